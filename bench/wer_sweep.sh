#!/bin/sh
# wer_sweep.sh: round-trip WER (bench/wer.sh's method) of several voice candidates on
# several scripts, so a choice of voices rests on more than one 150-word briefing.
# Usage: bench/wer_sweep.sh BUILD_DIR CANDIDATE... -- SCRIPT...
#   CANDIDATE  a folder holding a narrator and a quote voice file (named by its basename),
#              or "plain" for espeak-ng's en-us in both roles
#   SCRIPT     an article file, optionally FILE:OPTION to add a quotecast option (FILE:--all)
# Env: WER_JOBS=N runs N transcriptions at once (default 1); run it under nice.
# Prints one row per candidate: WER per script, the mean WER and the total errors.
set -eu
BUILD=${1:?usage: wer_sweep.sh BUILD_DIR CANDIDATE... -- SCRIPT...}; shift
ROOT=$(cd "$(dirname "$0")/.." && pwd) || exit 2
QC="$BUILD/quotecast"
WPY="$ROOT/bench/wer/wer.py"
MODEL=/usr/share/pocketsphinx/model/en-us
PY=/usr/bin/python3
CANDS=""
while [ $# -gt 0 ] && [ "$1" != -- ]; do CANDS="$CANDS $1"; shift; done
[ $# -gt 0 ] && shift
if [ -z "$CANDS" ] || [ $# -eq 0 ]; then echo "usage: wer_sweep.sh BUILD_DIR CANDIDATE... -- SCRIPT..."; exit 2; fi
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

# One reference and language model per script, shared by every candidate.
i=0
for s in "$@"; do
    i=$((i + 1)); f=${s%%:*}; opt=""; [ "$f" != "$s" ] && opt=${s#*:}
    mkdir "$tmp/s$i"
    # shellcheck disable=SC2086
    "$QC" --script $opt "$f" >"$tmp/s$i/script.txt"
    $PY "$WPY" words "$tmp/s$i/script.txt" >"$tmp/s$i/ref.txt"
    $PY "$WPY" lm "$tmp/s$i/script.txt" "$MODEL/cmudict-en-us.dict" "$tmp/s$i" >/dev/null
    printf '%s\t%s\n' "$f" "$opt" >"$tmp/s$i/what"
done
nscripts=$i

# One job per (candidate, script): synthesise, transcribe, score.
for c in $CANDS; do
    for j in $(seq 1 "$nscripts"); do echo "$c $j"; done
done >"$tmp/jobs"
export QC MODEL PY WPY ROOT tmp
# shellcheck disable=SC2016 # the job script expands its own variables
xargs -P "${WER_JOBS:-1}" -L 1 sh -c '
    c=$1; j=$2; s=$tmp/s$j; name=$(basename "$c")
    IFS="	" read -r f opt <"$s/what"
    if [ "$c" = plain ]; then v="--voice en-us --quote-voice en-us"; export QUOTECAST_VOICES="$ROOT/voices"
    else v=""; export QUOTECAST_VOICES="$(cd "$c" && pwd)"; fi
    # shellcheck disable=SC2086
    "$QC" $v --sample-rate 16000 -o "$s/$name.wav" $opt "$f" 2>/dev/null
    $PY "$WPY" wav "$s/$name.wav" "$s/$name.pcm.wav"
    pocketsphinx_continuous -infile "$s/$name.pcm.wav" -hmm "$MODEL/en-us" -lm "$s/lm.arpa" \
        -dict "$s/lm.dic" -logfn /dev/null >"$s/$name.hyp" 2>/dev/null || true
    $PY "$WPY" score "$s/ref.txt" "$s/$name.hyp" >"$s/$name.score"
    rm -f "$s/$name.wav" "$s/$name.pcm.wav"' sh <"$tmp/jobs"

printf '%-16s' candidate
for j in $(seq 1 "$nscripts"); do
    IFS='	' read -r f opt <"$tmp/s$j/what"; b=$(basename "$f" .txt)
    printf ' %9.9s' "$(echo "$b" | cut -c1-7)${opt:+*}"
done
printf ' %7s %6s\n' mean errors
for c in $CANDS; do
    name=$(basename "$c"); printf '%-16s' "$name"; sum=0; errs=0
    for j in $(seq 1 "$nscripts"); do
        read -r w _ _ e <"$tmp/s$j/$name.score"
        printf ' %9s' "$w"; sum=$($PY -c "print($sum + $w)"); errs=$((errs + e))
    done
    printf ' %7.3f %6d\n' "$($PY -c "print($sum / $nscripts)")" "$errs"
done
echo "(* = with the script's option, e.g. --all)"
