#!/bin/sh
# run.sh: run every unit test program and the CLI tests; end with "N passed, N failed".
# Usage: tests/run.sh [BUILD_DIR]
BUILD=${1:-build}
cd "$(dirname "$0")/.." || exit 2
passed=0 failed=0
log=$(mktemp) || exit 2
trap 'rm -f "$log"' EXIT

count() { # $1 = name; reads the program's output in $log
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
    if [ -z "$line" ]; then
        echo "FAIL $1: ended without a result line"; failed=$((failed + 1)); return
    fi
    p=${line%% passed*}; f=${line#*passed, }; f=${f%% failed*}
    passed=$((passed + p)); failed=$((failed + f))
    grep -E '^FAIL|^  ' "$log" | sed "s|^|$1: |"
    echo "$1: $p passed, $f failed"
}

for t in "$BUILD"/tests/test_*; do
    [ -x "$t" ] || continue
    QUOTECAST="$BUILD/quotecast" QUOTECAST_VOICES="$PWD/voices" "$t" >"$log" 2>&1
    count "$(basename "$t")"
done
for t in tests/cli/*.sh; do
    [ -f "$t" ] || continue
    QC="$BUILD/quotecast" sh "$t" >"$log" 2>&1
    count "$(basename "$t" .sh)"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
