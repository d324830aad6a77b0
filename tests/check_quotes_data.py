#!/usr/bin/env python3
"""check_quotes_data.py: score the quote finder on the hand-written articles in tests/data/quotes/cases.jsonl.

  python3 tests/check_quotes_data.py [BIN] [--cases FILE] [--quiet] [--flatten]

Runs `BIN --format text --json -` (BIN defaults to build/quotecast) on each
article's text and compares its quotes[] with the annotations:
  {"id", "text", "style", "quotes": [{"quote", "speaker"}], "not_quotes": [...]}
`quote` is the exact quoted words as they appear in the text (found in order),
`speaker` the fullest name the article gives; `not_quotes` are quoted strings
that are not speech (titles, scare quotes), found right after an opening mark.

Matching: both spans are trimmed of white space, quote marks and , . ; : at
either end; a prediction matches an expected quote when the character spans
overlap with Jaccard >= 0.5 (one to one, best overlap first). The speaker of a
matched quote is right when the last word of the predicted speaker_name (or of
the speaker mention when the name is null), ignoring Jr./Sr./II/III/IV, is a
word of the expected speaker; when another speaker in the same article shares
that word (two Brandts), the prediction must also carry a word that only the
expected speaker has (a first name, an initial, Jr./Sr.).
Prints per-article misses, then one summary line:
  quotes P x R y F1 z, speaker acc w, full names f, not-quote errors k
`full names` is the share of right speakers whose speaker_name is the
annotated name exactly (case and spacing aside): "Jade" for Jade Mallory, or
"Taoiseach Conor Fitzmaurice", is right by its word but not in full.
--flatten joins each article's body paragraphs into one block first (how
scraped and CNN/Daily Mail texts come), to measure the same articles without
their paragraph breaks.
Exit status 0 when every article ran, 2 when the program failed on one.
"""
import json
import os
import re
import subprocess
import sys

MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a"
TRIM = " \t\r\n" + MARKS + ",.;:"
OPENERS = "\"'\u201c\u2018\u00ab\u201e\u201a\u2039"
WORD = re.compile(r"[^\W\d_]+")
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def trim(text, a, b):
    """Shrink [a, b) past white space, quote marks and , . ; : at both ends."""
    while a < b and text[a] in TRIM:
        a += 1
    while b > a and text[b - 1] in TRIM:
        b -= 1
    return a, b


def jaccard(x, y):
    inter = max(0, min(x[1], y[1]) - max(x[0], y[0]))
    union = max(x[1], y[1]) - min(x[0], y[0])
    return inter / union if union > 0 else 0.0


def words(name):
    return [w.lower() for w in WORD.findall(name or "")]


def last_word(name):
    ws = [w for w in words(name) if w not in SUFFIXES]
    return ws[-1] if ws else ""


def squash(s):
    return " ".join(s.split())


def same_name(a, b):
    """Are the two names equal, case and spacing aside?"""
    return squash(a or "").lower() == squash(b or "").lower()


def speaker_right(expected, others, pred_name):
    """expected: the annotated speaker; others: the article's other speakers."""
    if same_name(pred_name, expected):
        return True     # the annotated name itself, even when a rival's holds it ("X" and "X Jr.")
    lw = last_word(pred_name)
    exp = set(words(expected))
    if not lw or lw not in exp:
        return False
    rivals = [set(words(o)) for o in others if lw in set(words(o))]
    if not rivals:
        return True
    own = exp.difference(*rivals)
    return bool(own & set(words(pred_name)))


def byte_to_char(text):
    m, pos = {}, 0
    for i, ch in enumerate(text):
        m[pos] = i
        pos += len(ch.encode("utf-8"))
    m[pos] = len(text)
    return m


def to_char(b2c, off):
    while off > 0 and off not in b2c:
        off -= 1
    return b2c.get(off, 0)


def run(binary, text):
    p = subprocess.run([binary, "--format", "text", "--json", "-"],
                       input=text.encode("utf-8"), capture_output=True, timeout=60)
    if p.returncode != 0:
        raise RuntimeError(f"exit {p.returncode}: {p.stderr.decode(errors='replace').strip()}")
    return json.loads(p.stdout)


def short(s, n=70):
    s = squash(s)
    return repr(s if len(s) <= n else s[:n - 3] + "...")


def check_article(doc, out, totals, quiet):
    text = doc["text"]
    b2c = byte_to_char(text)
    lines = []
    gold, pos = [], 0
    for q in doc["quotes"]:
        i = text.find(q["quote"], pos)
        if i < 0:
            raise ValueError(f"{doc['id']}: annotated quote not in text: {q['quote'][:50]!r}")
        pos = i + 1
        gold.append(dict(q, span=trim(text, i, i + len(q["quote"]))))
    preds = []
    for p in out.get("quotes") or []:
        a, b = to_char(b2c, int(p["start"])), to_char(b2c, int(p["end"]))
        if squash(text[a:b]) != squash(p.get("text") or text[a:b]):
            lines.append(f"  warning: offsets [{p['start']},{p['end']}) do not give the quote's text")
        sp = p.get("speaker") or {}
        name = p.get("speaker_name") or sp.get("text") or ""
        preds.append(dict(span=trim(text, a, b), name=name, mention=sp.get("text")))
    pairs = sorted(((jaccard(g["span"], p["span"]), i, j)
                    for i, g in enumerate(gold) for j, p in enumerate(preds)), reverse=True)
    g2p, used = {}, set()
    for ov, i, j in pairs:
        if ov < 0.5:
            break
        if i in g2p or j in used:
            continue
        g2p[i] = j
        used.add(j)
    speakers = {g["speaker"] for g in gold}
    for i, g in enumerate(gold):
        a, b = g["span"]
        if i not in g2p:
            lines.append(f"  missed  {short(text[a:b])} ({g['speaker']})")
            continue
        p = preds[g2p[i]]
        ok = speaker_right(g["speaker"], speakers - {g["speaker"]}, p["name"])
        totals["spk_ok"] += ok
        totals["full"] += ok and same_name(p["name"], g["speaker"])
        if not ok:
            lines.append(f"  speaker {short(text[a:b], 50)}: want {g['speaker']!r}, "
                         f"got {p['name'] or None!r} (mention {p['mention']!r})")
    not_spans = []
    for nq in doc.get("not_quotes") or []:
        for m in re.finditer(re.escape(nq), text):
            if m.start() > 0 and text[m.start() - 1] in OPENERS:
                not_spans.append((nq, (m.start(), m.end())))
                break
        else:
            raise ValueError(f"{doc['id']}: not_quote not found after a mark: {nq!r}")
    for j, p in enumerate(preds):
        if j in used:
            continue
        a, b = p["span"]
        hit = [nq for nq, s in not_spans if jaccard(s, p["span"]) >= 0.5]
        if hit:
            totals["notq"] += 1
            lines.append(f"  not-quote output {short(text[a:b])} (speaker {p['name'] or None!r})")
        else:
            lines.append(f"  extra   {short(text[a:b])} (speaker {p['name'] or None!r})")
    totals["gold"] += len(gold)
    totals["pred"] += len(preds)
    totals["match"] += len(g2p)
    if lines or not quiet:
        print(f"{doc['id']} [{doc.get('style', '')}]: {len(g2p)}/{len(gold)} found, "
              f"{len(preds)} output")
        for line in lines:
            print(line)


def flatten(doc):
    """The article as one block after its title line, as scraped and
    CNN/Daily Mail texts come: body paragraphs joined by a space."""
    def one_line(s):
        return re.sub(r"[ \t]*\n\s*", " ", s)
    paras = [one_line(p.strip()) for p in re.split(r"\n[ \t]*\n", doc["text"]) if p.strip()]
    text = paras[0] + "\n\n" + " ".join(paras[1:]) if len(paras) > 1 else doc["text"]
    quotes = [dict(q, quote=one_line(q["quote"])) for q in doc["quotes"]]
    nots = [one_line(n) for n in doc.get("not_quotes") or []]
    return dict(doc, text=text, quotes=quotes, not_quotes=nots)


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    quiet = "--quiet" in argv
    here = os.path.dirname(os.path.abspath(__file__))
    cases = os.path.join(here, "data", "quotes", "cases.jsonl")
    if "--cases" in argv:
        cases = argv[argv.index("--cases") + 1]
        args.remove(cases)
    binary = args[0] if args else "build/quotecast"
    docs = [json.loads(l) for l in open(cases, encoding="utf-8") if l.strip()]
    if "--flatten" in argv:
        docs = [flatten(d) for d in docs]
    totals = dict(gold=0, pred=0, match=0, spk_ok=0, full=0, notq=0)
    status = 0
    for doc in docs:
        try:
            out = run(binary, doc["text"])
        except (RuntimeError, ValueError, OSError, subprocess.TimeoutExpired) as e:
            print(f"{doc['id']}: program failed: {e}")
            status = 2
            totals["gold"] += len(doc["quotes"])
            continue
        check_article(doc, out, totals, quiet)
    P = totals["match"] / totals["pred"] if totals["pred"] else 0.0
    R = totals["match"] / totals["gold"] if totals["gold"] else 0.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    acc = totals["spk_ok"] / totals["match"] if totals["match"] else 0.0
    print(f"{len(docs)} articles, {totals['gold']} quotes, {totals['pred']} output, "
          f"{totals['match']} matched, {totals['spk_ok']} speakers right")
    full = totals["full"] / totals["spk_ok"] if totals["spk_ok"] else 0.0
    print(f"quotes P {P:.3f} R {R:.3f} F1 {F:.3f}, speaker acc {acc:.3f}, "
          f"full names {full:.3f}, not-quote errors {totals['notq']}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
