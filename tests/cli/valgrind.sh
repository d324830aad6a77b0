#!/bin/sh
# valgrind.sh: the seed run end to end has no leak and no memory error (skipped under sanitizers).
if [ -n "${QC_SANITIZED:-}" ] || ! command -v valgrind >/dev/null 2>&1; then
    echo "skipped: valgrind absent or sanitizer build"; echo "0 passed, 0 failed"; exit 0
fi
if scripts/valgrind-seed.sh "$(dirname "$QC")"; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; fi
