#!/usr/bin/python3
"""wer.py: helpers for bench/wer.sh (standard library, and the espeak-ng CLI if present).

  wer.py words  SCRIPT              reference words of a spoken script, one line
  wer.py lm     SCRIPT DICT OUTDIR  bigram ARPA model + dictionary from the script itself
  wer.py score  REF HYP             "WER reference-words hypothesis-words errors"
  wer.py align  REF HYP             the alignment, errors marked [ref/hyp]
  wer.py wav    IN OUT              IN's samples in a plain 44-byte-header WAV

pocketsphinx_continuous reads everything after the first 44 bytes of a WAV as
samples, so the metadata chunks quotecast writes (title, source path, chapter
cues) would be heard as a click that differs with the path; "wav" drops them.

Words that cmudict lacks (names, "covid") and all-capital words that espeak-ng
spells ("US" as "U S") get the pronunciation espeak-ng's en-us rules give them,
mapped to cmudict's phone set, so the recogniser can output every reference
word; the dictionary is the same for every voice compared.
"""
import math
import re
import subprocess
import sys
import wave
from collections import Counter

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen " \
       "fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


SYMBOLS = {"%": "percent", "&": "and", "$": "dollar", "+": "plus", "@": "at"}


def say(n):
    """Cardinal words, as espeak-ng reads digits."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if 1900 <= n <= 1999:       # espeak-ng's en: "nineteen hundred ninety"
        return "nineteen hundred" + ("" if n == 1900 else " " + say(n % 100))
    for v, w in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand"), (100, "hundred")):
        if n >= v:
            rest = n % v
            return say(n // v) + " " + w + ("" if rest == 0 else " " + say(rest))
    return str(n)


def words(text):
    text = text.lower().replace("\u2019", "'")
    text = re.sub(r"(\d),(\d{3})", r"\1\2", text)
    text = re.sub(r"(\d+)\.(\d+)", lambda m: m.group(1) + " point " + " ".join(m.group(2)), text)
    text = re.sub(r"\d+", lambda m: " " + say(int(m.group(0))) + " ", text)
    for sym, word in SYMBOLS.items():    # symbols espeak-ng reads as words
        text = text.replace(sym, " %s " % word)
    text = re.sub(r"[^a-z']+", " ", text)
    return [w.strip("'") for w in text.split() if w.strip("'")]


def sentences(text):
    for line in text.splitlines():
        for part in re.split(r"[.!?:;]+", line):
            w = words(part)
            if w:
                yield w


def load_dict(path):
    d = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            base = re.sub(r"\(\d+\)$", "", parts[0])
            d.setdefault(base, []).append(" ".join(parts[1:]))
    return d


# espeak-ng's en-us phoneme mnemonics (espeak-ng -x) to cmudict's phones.
ESPEAK_TO_CMU = {
    "a": "AE", "aa": "AE", "a#": "AH", "A:": "AA", "A": "AA", "A@": "AA R", "0": "AA",
    "O:": "AO", "O": "AO", "O@": "AO R", "o@": "AO R", "oU": "OW", "o": "OW", "V": "AH",
    "@": "AH", "@2": "AH", "@5": "AH", "@-": "AH", "@L": "AH L", "3:": "ER", "3": "ER",
    "e@": "EH R", "E": "EH", "e": "EH", "eI": "EY", "i:": "IY", "i": "IY", "I": "IH",
    "I2": "IH", "I#": "IH", "aI": "AY", "aI@": "AY ER", "aI3": "AY ER", "aU": "AW",
    "aU@": "AW ER", "OI": "OY", "u:": "UW", "u": "UW", "U": "UH", "U@": "UH R",
    "i@": "IH R", "i@3": "IH R", "p": "P", "b": "B", "t": "T", "d": "D", "k": "K",
    "g": "G", "f": "F", "v": "V", "s": "S", "z": "Z", "h": "HH", "m": "M", "n": "N",
    "l": "L", "r": "R", "w": "W", "T": "TH", "D": "DH", "S": "SH", "Z": "ZH",
    "tS": "CH", "dZ": "JH", "N": "NG", "j": "Y", "t#": "T", "d#": "D", "t2": "T",
    "d2": "D", "n-": "AH N", "l-": "AH L", "m-": "AH M", "r-": "R", "x": "K", "hw": "W",
    "?": "",
}


def espeak_prons(tokens):
    """{token: cmudict-style pronunciation} from espeak-ng's en-us rules (empty
    without espeak-ng or for a phoneme without a mapping)."""
    out = {}
    for tok in tokens:
        try:
            ph = subprocess.run(["espeak-ng", "-q", "-v", "en-us", "-x", "--sep= ", tok],
                                capture_output=True, text=True, timeout=20).stdout
        except (OSError, subprocess.SubprocessError):
            return out
        phones = []
        for p in ph.split():
            p = p.strip("',%=_|!;")
            if not p:
                continue
            if p not in ESPEAK_TO_CMU:
                phones = None
                break
            phones += ESPEAK_TO_CMU[p].split()
        if phones:
            out[tok] = " ".join(phones)
    return out


def build_lm(script, dict_path, out):
    text = open(script, encoding="utf-8").read()
    cmu = load_dict(dict_path)
    ref = [w for s in sentences(text) for w in s]
    oov = sorted({w for w in ref if w not in cmu})
    caps = sorted({t for t in re.findall(r"\b[A-Z]{2,}\b", text) if t.lower() in cmu})
    for tok, pron in espeak_prons(oov + caps).items():
        prons = cmu.setdefault(tok.lower(), [])
        if pron not in prons:
            prons.append(pron)
    sents = [[w for w in s if w in cmu] for s in sentences(text)]
    sents = [s for s in sents if s]
    uni, bi = Counter(), Counter()
    for s in sents:
        toks = ["<s>"] + s + ["</s>"]
        uni.update(toks)
        bi.update(zip(toks, toks[1:]))
    vocab = sorted(uni)
    total = sum(c for w, c in uni.items() if w != "<s>")
    V = len(vocab)
    p1 = {w: (uni[w] + 1) / (total + V) for w in vocab}
    D = 0.5
    hist = Counter()
    follow = Counter()
    for (h, w), c in bi.items():
        hist[h] += c
        follow[h] += 1
    p2 = {}
    for (h, w), c in bi.items():
        p2[(h, w)] = (c - D) / hist[h] + (D * follow[h] / hist[h]) * p1[w]
    bow = {}
    for h in hist:
        seen = [w for (hh, w) in bi if hh == h]
        num = 1 - sum(p2[(h, w)] for w in seen)
        den = 1 - sum(p1[w] for w in seen)
        bow[h] = max(num, 1e-9) / max(den, 1e-9)
    with open(out + "/lm.arpa", "w") as f:
        f.write("\\data\\\nngram 1=%d\nngram 2=%d\n\n\\1-grams:\n" % (V, len(bi)))
        for w in vocab:
            lp = -99.0 if w == "<s>" else math.log10(p1[w])
            f.write("%.4f %s %.4f\n" % (lp, w, math.log10(bow.get(w, 1.0))))
        f.write("\n\\2-grams:\n")
        for (h, w) in sorted(bi):
            f.write("%.4f %s %s\n" % (math.log10(p2[(h, w)]), h, w))
        f.write("\n\\end\\\n")
    with open(out + "/lm.dic", "w") as f:
        for w in vocab:
            if w in ("<s>", "</s>"):
                continue
            for i, pron in enumerate(cmu[w]):
                f.write("%s %s\n" % (w if i == 0 else "%s(%d)" % (w, i + 1), pron))
    unknown = sorted({w for w in ref if w not in cmu})
    print("vocabulary %d words, %d bigrams, %d reference words; %d not in cmudict%s, %s" %
          (V - 2, len(bi), len(ref), len(oov), (" (" + " ".join(oov) + ")") if oov else "",
           ("%d without a pronunciation: %s" % (len(unknown), " ".join(unknown))) if unknown
           else "pronounced by espeak-ng's rules"))


def edits(ref, hyp):
    """Levenshtein table between word lists."""
    d = [list(range(len(hyp) + 1))]
    for i, r in enumerate(ref, 1):
        cur = [i] + [0] * len(hyp)
        prev = d[-1]
        for j, h in enumerate(hyp, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h))
        d.append(cur)
    return d


def wer(ref, hyp):
    return edits(ref, hyp)[-1][-1] / max(len(ref), 1)


def align(ref, hyp):
    d = edits(ref, hyp)
    i, j, out = len(ref), len(hyp), []
    while i or j:
        if i and j and d[i][j] == d[i - 1][j - 1] + (ref[i - 1] != hyp[j - 1]):
            i, j = i - 1, j - 1
            out.append(ref[i] if ref[i] == hyp[j] else "[%s/%s]" % (ref[i], hyp[j]))
        elif i and d[i][j] == d[i - 1][j] + 1:
            i -= 1
            out.append("[%s/-]" % ref[i])
        else:
            j -= 1
            out.append("[-/%s]" % hyp[j])
    return " ".join(reversed(out))


def plain_wav(src, dst):
    """Copies src's 16 kHz mono 16-bit samples to dst with no other chunks."""
    with wave.open(src) as w:
        if (w.getframerate(), w.getnchannels(), w.getsampwidth()) != (16000, 1, 2):
            sys.exit("wer.py: %s is not 16 kHz mono 16-bit" % src)
        frames = w.readframes(w.getnframes())
    with wave.open(dst, "wb") as o:
        o.setnchannels(1)
        o.setsampwidth(2)
        o.setframerate(16000)
        o.writeframes(frames)


def main(a):
    if len(a) >= 2 and a[0] == "words":
        print(" ".join(words(open(a[1], encoding="utf-8").read())))
    elif len(a) == 4 and a[0] == "lm":
        build_lm(a[1], a[2], a[3])
    elif len(a) == 3 and a[0] == "score":
        ref = open(a[1], encoding="utf-8").read().split()
        hyp = words(open(a[2], encoding="utf-8").read())
        e = edits(ref, hyp)[-1][-1]
        print("%.3f %d %d %d" % (e / max(len(ref), 1), len(ref), len(hyp), e))
    elif len(a) == 3 and a[0] == "wav":
        plain_wav(a[1], a[2])
    elif len(a) == 3 and a[0] == "align":
        print(align(open(a[1], encoding="utf-8").read().split(),
                    words(open(a[2], encoding="utf-8").read())))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
