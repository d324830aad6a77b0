#!/bin/sh
# quotesmode.sh: the selection measures: quotes-mode and summary-mode ROUGE on CNN/DM dev, and quote coverage.
# Usage: bench/quotesmode.sh [BUILD_DIR]   (or BUILD=dir; run from anywhere)
# quotes mode (--mode quotes -n 3): target R1 >= 39, and >= 95% of the
# summaries of articles that quote someone carry an attributed quote.
# summary mode (--mode summary -n 3): target R1/R2/RL >= Lead-3 (41.56/19.53/37.74).
set -eu
BUILD=${1:-${BUILD:-build}}
cd "$(dirname "$0")/.."
SB=../shared/tools/scoreboard.py
if [ ! -f "$SB" ]; then echo "$SB absent: skipped"; exit 0; fi
if [ ! -x "$BUILD/quotecast" ]; then echo "no $BUILD/quotecast: run make first" >&2; exit 2; fi
QUOTECAST=$BUILD/quotecast /usr/bin/python3 "$SB" --only quotesmode,summary | grep -v '^(predictions'
