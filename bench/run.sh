#!/bin/sh
# run.sh: make bench: quotecast against its peer (espeak-ng) and per-stage costs on the dev sets.
# Usage: bench/run.sh [BUILD_DIR]   (RUNS=N to change the number of alternating runs)
set -eu
BUILD=${1:-build}
cd "$(dirname "$0")/.."
QC=$BUILD/quotecast
RUNS=${RUNS:-7}
DATA=../shared/data
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# One timed run: prints "seconds maxrss_kib" (wall time from the clock in ns:
# GNU time's own %e has only 10 ms resolution).
timed() {
    t0=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$T/time" "$@" >/dev/null 2>&1
    t1=$(date +%s%N)
    echo "$(( (t1 - t0) / 1000 )) $(cat "$T/time")" | awk '{printf "%.4f %s\n", $1 / 1e6, $2}'
}

# espeak-ng data with our voices added, so the peer speaks in the same voice
# (klatt variants cost more CPU than the default voice: compare like with like).
SYS=$(dirname "$(dpkg -L espeak-ng-data 2>/dev/null | grep '/phontab$' | head -n 1)")
OVL=$T/espeak-ng-data
mkdir -p "$OVL/voices/!v"
for e in "$SYS"/*; do [ "$(basename "$e")" = voices ] || ln -s "$e" "$OVL/"; done
for e in "$SYS"/voices/*; do [ "$(basename "$e")" = '!v' ] || ln -s "$e" "$OVL/voices/"; done
for e in "$SYS"/voices/'!v'/* voices/*; do ln -sf "$(readlink -f "$e")" "$OVL/voices/!v/"; done
PEER_VOICE=en-us+narrator

end_to_end() { # $1 = input
    in=$1
    "$QC" --script "$in" >"$T/script.txt"
    : >"$T/qc"; : >"$T/es"
    i=0
    while [ $i -lt "$RUNS" ]; do   # alternate so drift hits both alike
        timed "$QC" "$in" -o "$T/q.wav" >>"$T/qc"
        timed espeak-ng --path="$OVL" -v "$PEER_VOICE" -f "$T/script.txt" -w "$T/e.wav" >>"$T/es"
        i=$((i + 1))
    done
    qt=$(cut -d' ' -f1 "$T/qc" | median); et=$(cut -d' ' -f1 "$T/es" | median)
    qm=$(cut -d' ' -f2 "$T/qc" | median); em=$(cut -d' ' -f2 "$T/es" | median)
    qd=$(soxi -D "$T/q.wav" 2>/dev/null || echo 0); ed=$(soxi -D "$T/e.wav" 2>/dev/null || echo 0)
    awk -v n="$(basename "$in")" -v qt="$qt" -v et="$et" -v qm="$qm" -v em="$em" -v qd="$qd" -v ed="$ed" 'BEGIN {
        printf "%-22s quotecast %6.3f s %6.1f MB (audio %5.1f s) | espeak-ng -w %6.3f s %6.1f MB (audio %5.1f s) | time ratio %.2fx  RSS ratio %.2fx\n",
               n, qt, qm / 1024, qd, et, em / 1024, ed, (et > 0 ? qt / et : 0), (em > 0 ? qm / em : 0) }'
}

echo "== End to end: quotecast INPUT -o x.wav vs espeak-ng -v $PEER_VOICE -w on the same script (median of $RUNS alternating runs)"
for in in "$DATA/seed/sputnik-lavrov.txt" examples/*.txt; do
    if [ -f "$in" ]; then end_to_end "$in"; else echo "$in: absent, skipped"; fi
done

echo
echo "== Analysis stages, mean per document (bench/stages)"
if [ -d "$DATA" ]; then
    "$BUILD/bench/stages" textdump text text "$DATA/extract/textdump.jsonl"
    if [ -d "$DATA/extract/html" ]; then
        mkdir -p "$T/html"
        for f in "$DATA"/extract/html/*.html.gz; do gzip -dc "$f" >"$T/html/$(basename "$f" .gz)"; done
        "$BUILD/bench/stages" html html - "$T"/html/*.html
    fi
    "$BUILD/bench/stages" cnndm text article "$DATA/summ/cnndm_dev.jsonl"
    "$BUILD/bench/stages" polnear text text "$DATA/quotes/polnear_dev.jsonl"
else
    echo "$DATA absent: skipped"
fi

for b in "$BUILD"/bench/*; do
    case $(basename "$b") in stages) continue ;; esac
    [ -x "$b" ] || continue
    echo; echo "== $(basename "$b")"; "$b"
done
for s in bench/*.sh; do
    case $(basename "$s") in run.sh|wer_sweep.sh) continue ;; esac   # wer_sweep.sh: a tool, run by hand
    echo; echo "== $(basename "$s" .sh)"; BUILD=$BUILD sh "$s"
done
