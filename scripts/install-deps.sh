#!/bin/sh
# install-deps.sh: install the Debian packages quotecast needs; does nothing when all are present.
# Usage: scripts/install-deps.sh [--bench]   (--bench adds the benchmark/measurement tools)
set -eu

PKGS="build-essential pkg-config
libespeak-ng-dev espeak-ng-data
libsndfile1-dev libebur128-dev libxml2-dev libcurl4-openssl-dev
libjansson-dev libstemmer-dev libsoxr-dev
espeak-ng python3 python3-nltk"
[ "${1:-}" = "--bench" ] && PKGS="$PKGS pocketsphinx pocketsphinx-en-us sox time valgrind"

missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' \
        || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "install-deps: installing:$missing" >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "install-deps: need root or sudo to install:$missing" >&2; exit 1; }
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
