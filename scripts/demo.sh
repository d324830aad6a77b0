#!/bin/sh
# demo.sh: turn the bundled example article into a spoken briefing (used by `make demo`).
set -eu
BUILD=${1:-build}
cd "$(dirname "$0")/.."
mkdir -p out
IN=examples/harbour-bridge.txt
echo "== Summary of $IN (the sentences the briefing is built on):"
"$BUILD/quotecast" --summary "$IN"
echo
"$BUILD/quotecast" "$IN" -o out/example.wav --chapters out/example.chapters.json --timings out/example.vtt
echo
echo "Audio:    $PWD/out/example.wav"
echo "Chapters: $PWD/out/example.chapters.json"
echo "Timings:  $PWD/out/example.vtt"
