#!/bin/sh
# wer.sh: round-trip intelligibility: synthesise the seed briefing, transcribe it with
# pocketsphinx (language model built from the script itself), report word error rates.
# Usage: bench/wer.sh [BUILD_DIR] [INPUT] [extra quotecast options, e.g. --all]
# Env: WER_VOICES="label:narrator:quote ..." overrides the voice pairs compared; the
#      last pair is the baseline every ratio is taken against.
#      WER_ALIGN=1 also prints each transcript aligned with the script, errors as [ref/hyp].
set -eu
BUILD=${1:-build}
cd "$(dirname "$0")/.." || exit 2
IN=${2:-../shared/data/seed/sputnik-lavrov.txt}
if [ $# -ge 2 ]; then shift 2; else shift $#; fi
QC="$BUILD/quotecast"
MODEL=/usr/share/pocketsphinx/model/en-us
PY=/usr/bin/python3
for tool in pocketsphinx_continuous "$QC"; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "$tool" ] || { echo "wer.sh: $tool not found (apt-get install pocketsphinx pocketsphinx-en-us; make)"; exit 2; }
done
[ -d "$MODEL/en-us" ] || { echo "wer.sh: $MODEL missing (apt-get install pocketsphinx-en-us)"; exit 2; }
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

export QUOTECAST_VOICES="${QUOTECAST_VOICES:-$PWD/voices}"
"$QC" --script "$@" "$IN" >"$tmp/script.txt"
$PY bench/wer/wer.py words "$tmp/script.txt" >"$tmp/ref.txt"
$PY bench/wer/wer.py lm "$tmp/script.txt" "$MODEL/cmudict-en-us.dict" "$tmp"

PAIRS=${WER_VOICES:-"default:: plain-en-us:en-us:en-us"}
# Transcribe every pair first: the last one is the baseline of the ratios.
for pair in $PAIRS; do
    label=${pair%%:*}; rest=${pair#*:}; nar=${rest%%:*}; quo=${rest#*:}
    vopt=""
    [ -n "$nar" ] && vopt="$vopt --voice $nar"
    [ -n "$quo" ] && vopt="$vopt --quote-voice $quo"
    # shellcheck disable=SC2086
    "$QC" $vopt --sample-rate 16000 -o "$tmp/$label.wav" "$@" "$IN" 2>/dev/null
    $PY bench/wer/wer.py wav "$tmp/$label.wav" "$tmp/$label.pcm.wav"
    pocketsphinx_continuous -infile "$tmp/$label.pcm.wav" -hmm "$MODEL/en-us" -lm "$tmp/lm.arpa" \
        -dict "$tmp/lm.dic" -logfn /dev/null >"$tmp/$label.hyp" 2>/dev/null || true
    $PY bench/wer/wer.py score "$tmp/ref.txt" "$tmp/$label.hyp" >"$tmp/$label.score"
    base=$label
done
read -r _ _ _ base_err <"$tmp/$base.score"
printf '%-14s %-14s %-14s %6s %6s %6s %7s %7s\n' voices narrator quote WER errors words seconds ratio
for pair in $PAIRS; do
    label=${pair%%:*}; rest=${pair#*:}; nar=${rest%%:*}; quo=${rest#*:}
    read -r w nref _ err <"$tmp/$label.score"
    secs=$($PY -c 'import sys, wave; w = wave.open(sys.argv[1]); print("%.1f" % (w.getnframes() / w.getframerate()))' "$tmp/$label.wav")
    ratio=$($PY -c 'import sys; b = int(sys.argv[2]); print("%.2fx" % (int(sys.argv[1]) / b) if b else "-")' "$err" "$base_err")
    printf '%-14s %-14s %-14s %6s %6s %6s %7s %7s\n' "$label" "${nar:-(default)}" "${quo:-(default)}" \
        "$w" "$err" "$nref" "$secs" "$ratio"
    [ "${WER_ALIGN:-0}" = 1 ] && $PY bench/wer/wer.py align "$tmp/ref.txt" "$tmp/$label.hyp" | fold -s -w 100 | sed 's/^/    /'
done
exit 0
