#!/bin/sh
# valgrind-seed.sh: run the seed (or the example) end to end under valgrind; fail on any leak or error.
set -eu
BUILD=${1:-build}
cd "$(dirname "$0")/.."
IN=../shared/data/seed/sputnik-lavrov.txt
[ -f "$IN" ] || IN=examples/harbour-bridge.txt
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
valgrind --quiet --suppressions=scripts/valgrind.supp --leak-check=full --show-leak-kinds=definite,indirect,possible \
    --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99 \
    "$BUILD/quotecast" "$IN" -o "$T/seed.wav" --json >/dev/null
echo "valgrind: no leaks and no errors on $IN"
