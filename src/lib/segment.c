/* segment.c: split body paragraphs into sentences (abbreviations, decimals, quotes). */
#include "segment.h"

#include <string.h>

#include "text.h"

/*
 * A sentence ends at . ? ! … (or a run of them), plus any closing quotes and
 * brackets that follow, when white space and a sentence opener come next: an
 * upper-case letter, a digit, or an opening quote/bracket. The word before a
 * full stop decides whether it is one: titles ("Mr.", "Gen.") never end a
 * sentence, other abbreviations ("Inc.", "U.S.", "p.m.") and initials
 * ("J. K.") only before a word that usually opens one ("The", "He"). A
 * lower-case next word never starts a sentence ("Stop!" he said.). Full
 * stops glued to a capitalised word ("word.Next") split too.
 */

/* Abbreviations that are never the end of a sentence (titles before a name). */
static const char *const k_titles[] = {
    "Adm", "Ald", "Brig", "Capt", "Cmdr", "Col", "Cpl", "Dr", "Drs", "Fr", "Ft", "Gen", "Gov",
    "Hon", "Insp", "Int'l", "Lt", "Maj", "Messrs", "Mme", "Mr", "Mrs", "Ms", "Msgr", "Mt",
    "Pres", "Prof", "Pvt", "Rep", "Reps", "Rev", "Sen", "Sens", "Sgt", "St", "Supt", "approx",
    "cf", "vs",
};
/* Abbreviations before a number ("No. 5", "Jan. 20"): they end a sentence only
 * when no number follows. */
static const char *const k_numbered[] = {
    "Apr", "Art", "Aug", "Dec", "Feb", "Fig", "Jan", "Jul", "Jun", "No", "Nos", "Nov", "Oct",
    "Sec", "Sep", "Sept", "Vol", "fig", "no", "nos", "vol",
};
/* Abbreviations that may also end a sentence. */
static const char *const k_abbrevs[] = {
    "Bros", "Co", "Corp", "Inc", "Jr", "Ltd", "LLC", "Mass", "Calif", "Fla", "Ill", "Wash",
    "Pa", "Va", "Ga", "Ariz", "Colo", "Conn", "Minn", "Mich", "Tenn", "Tex", "Wis", "Ky",
    "Md", "Mo", "Okla", "Ore", "Sr", "etc", "al", "esp", "Ph.D", "a.m", "p.m",
};
/* Words that usually open a sentence (after an ambiguous abbreviation). */
static const char *const k_openers[] = {
    "A", "After", "Also", "An", "And", "As", "At", "But", "By", "During", "For", "He", "Her",
    "His", "How", "However", "I", "If", "In", "It", "Its", "Meanwhile", "Most", "Now", "On",
    "One", "Our", "She", "So", "Some", "That", "The", "Their", "There", "These", "They", "This",
    "Those", "To", "We", "What", "When", "Where", "While", "Who", "Why", "With", "Yet", "You",
};

/* Speech verbs: a capitalised name then one of these after a closing quote
 * continues the sentence ("Why?" Travolta asked.). */
static const char *const k_said[] = {
    "added", "adds", "answered", "asked", "asks", "continued", "cried", "declared", "explained",
    "insisted", "joked", "noted", "recalled", "remembered", "replied", "said", "says", "shouted",
    "told", "tweeted", "wrote", "writes", "yelled",
};

static bool in_list(const char *const *list, size_t n, const char *w, size_t len)
{
    for (size_t i = 0; i < n; i++)
        if (strlen(list[i]) == len && !memcmp(list[i], w, len)) return true;
    return false;
}

#define IN(list, w, n) in_list(list, sizeof list / sizeof *list, w, n)

static bool is_term(uint32_t c)
{
    return c == '.' || c == '?' || c == '!' || c == 0x2026 || c == 0x3002 || c == 0xFF01 ||
           c == 0xFF1F;
}

static bool is_closer(uint32_t c)
{
    return qc_is_close_quote(c) || c == ')' || c == ']' || c == '*';
}

/* The word (letters, digits, dots, apostrophes) that ends just before t[i]. */
static size_t word_before(const char *t, size_t i, size_t *ws)
{
    size_t s = i;
    while (s > 0) {
        size_t k = s;
        uint32_t c = qc_utf8_prev(t, &k);
        if (!(qc_is_alpha(c) || qc_is_digit(c) || c == '.' || c == '\'' || c == 0x2019 || c == '-'))
            break;
        s = k;
    }
    /* a leading hyphen or dot is punctuation, not part of the word */
    while (s < i && (t[s] == '-' || t[s] == '.')) s++;
    *ws = s;
    return i - s;
}

/* Does the full stop at t[dot] (with word t[ws..dot)) end a sentence, given
 * that the next word starts at t[nx] (capitalised or a digit)? */
static bool stop_ends(const char *t, size_t len, size_t ws, size_t dot, size_t nx)
{
    size_t wl = dot - ws;
    if (wl == 0) return true;
    const char *w = t + ws;
    size_t nl = 0;
    while (nx + nl < len && (qc_is_alpha((unsigned char)t[nx + nl]) || (unsigned char)t[nx + nl] >= 0x80)) nl++;
    bool opener = nl && in_list(k_openers, sizeof k_openers / sizeof *k_openers, t + nx, nl);
    if (IN(k_titles, w, wl)) return false;
    if (IN(k_numbered, w, wl)) return !(nx < len && qc_is_digit((unsigned char)t[nx]));
    /* a single letter: an initial ("J. K. Rowling"), unless a sentence opener follows */
    if (wl == 1 && qc_is_upper((unsigned char)w[0])) return opener;
    /* dotted acronyms (U.S., a.m., e.g.) and listed abbreviations */
    bool dotted = memchr(w, '.', wl) != NULL;
    if (dotted || IN(k_abbrevs, w, wl)) {
        if ((qc_ieq(w, wl, "e.g") || qc_ieq(w, wl, "i.e"))) return false;
        return opener;
    }
    return true;
}

/* After a closing quote: one to three capitalised words and a speech verb
 * that ends the clause ("Travolta asked."), not "Mr Lee said the ...". */
static bool attribution_follows(const char *t, size_t len, size_t i)
{
    for (int words = 0; words < 4 && i < len; words++) {
        size_t e = i;
        while (e < len && (qc_is_alpha((unsigned char)t[e]) || t[e] == '\'' || t[e] == '-')) e++;
        if (e == i) return false;
        if (words > 0 && in_list(k_said, sizeof k_said / sizeof *k_said, t + i, e - i))
            return e == len || t[e] == '.' || t[e] == ',';   /* the attribution ends there */
        if (!qc_is_upper((unsigned char)t[i])) return false;
        if (e < len && t[e] == '.' && e - i <= 3) e++;   /* "Mr." or an initial */
        i = e;
        if (i >= len || t[i] != ' ') return false;
        i++;
    }
    return false;
}

qc_status qc_segment_text(qc_arena *a, const char *t, size_t len, size_t **ends, size_t *n, size_t *cap)
{
    size_t i = 0, last = 0;
    while (i < len) {
        size_t at = i;
        uint32_t c = qc_utf8_next(t, len, &i);
        if (!is_term(c)) continue;
        bool dot = c == '.';
        bool cjk = c >= 0x3000;
        size_t first_term = at;
        /* a run of terminators: "?!", "...", "!!" (an ellipsis is no full stop) */
        int dots = dot;
        while (i < len) {
            size_t k = i;
            uint32_t d = qc_utf8_next(t, len, &k);
            if (!is_term(d)) break;
            if (d == '.') dots++;
            if (d != '.') dot = false;
            i = k;
        }
        if (dots >= 2 || (dots == 1 && i - first_term > 1)) dot = false;   /* "...", "?." */
        size_t end = i;
        bool closed = false;
        while (end < len) {
            size_t k = end;
            uint32_t d = qc_utf8_next(t, len, &k);
            if (!is_closer(d)) break;
            closed = true;
            end = k;
        }
        /* what follows */
        size_t nx = end;
        bool space = false;
        while (nx < len) {
            size_t k = nx;
            uint32_t d = qc_utf8_next(t, len, &k);
            if (!qc_is_space(d)) break;
            space = true;
            nx = k;
        }
        if (cjk) {
            if (QC_PUSH(a, *ends, *n, *cap, end)) return QC_ERR_NOMEM;
            last = end;
            i = end;
            continue;
        }
        if (nx >= len) break;   /* the end of the text ends the sentence anyway */
        /* the next word: skip opening quotes and brackets */
        size_t w0 = nx;
        uint32_t d = 0;
        while (w0 < len) {
            size_t k = w0;
            d = qc_utf8_next(t, len, &k);
            if (!(qc_is_open_quote(d) || d == '(' || d == '[' || qc_is_dash(d))) break;
            w0 = k;
        }
        bool upper = qc_is_upper(d) || qc_is_digit(d) || (qc_is_alpha(d) && !qc_is_lower(d));
        if (!space) {
            /* glued: "word.Next" after a lower-case word, not a domain or a decimal */
            size_t ws;
            size_t wl = word_before(t, first_term, &ws);
            if (!(dot && !closed && wl >= 2 && qc_is_upper(d) && qc_is_lower((unsigned char)t[first_term - 1]) &&
                  !memchr(t + ws, '.', wl) && !IN(k_titles, t + ws, wl) && !IN(k_abbrevs, t + ws, wl) &&
                  !IN(k_numbered, t + ws, wl)))
                continue;
            /* and the next word is a real word, not "Com" of a domain */
            size_t e2 = w0;
            while (e2 < len && qc_is_alpha((unsigned char)t[e2])) e2++;
            if (e2 - w0 < 2 || (e2 < len && t[e2] == '.')) continue;
        } else if (!upper) {
            continue;   /* "Stop!" he said. / "wait... what" */
        } else if (dot && !closed) {
            size_t ws;
            word_before(t, first_term, &ws);
            /* a decimal or number run like "No. 5" is handled by the word lists */
            if (!stop_ends(t, len, ws, first_term, w0)) continue;
        } else if (closed && attribution_follows(t, len, w0)) {
            continue;   /* "Why now?" Ann Lee asked. */
        } else if (dot && closed) {
            /* ."  ends the sentence after the mark; but not "Mr." inside quotes */
            size_t ws;
            size_t wl = word_before(t, first_term, &ws);
            if (wl && IN(k_titles, t + ws, wl)) continue;
        }
        if (end > last) {
            if (QC_PUSH(a, *ends, *n, *cap, end)) return QC_ERR_NOMEM;
            last = end;
        }
        i = end;
    }
    if (len && (*n == 0 || (*ends)[*n - 1] != len))
        if (QC_PUSH(a, *ends, *n, *cap, len)) return QC_ERR_NOMEM;
    return QC_OK;
}

/* Whether code point c is something to say: a letter or digit, not
 * punctuation, a symbol, a space or the replacement character. */
static bool sayable(uint32_t c)
{
    if (c < 0x80) return qc_is_alpha(c) || qc_is_digit(c);
    if (c <= 0xBF || c == 0xD7 || c == 0xF7) return false;        /* Latin-1 punctuation and signs */
    if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE30 && c <= 0xFE4F))
        return false;                                             /* punctuation, arrows, shapes */
    return c != 0xFFFD && c != 0xFEFF;
}

/* Appends sentence [s, e) of paragraph p, trimmed; nothing when it holds
 * nothing to say ("***", "!!!", a stray dash). */
static qc_status push_sent(qc_doc *doc, size_t s, size_t e, size_t p)
{
    const char *t = doc->text;
    while (s < e) { size_t k = s; if (!qc_is_space(qc_utf8_next(t, e, &k))) break; s = k; }
    while (e > s) { size_t k = e; if (!qc_is_space(qc_utf8_prev(t, &k))) break; e = k; }
    bool say = false;
    for (size_t k = s; k < e && !say;) say = sayable(qc_utf8_next(t, e, &k));
    if (!say) return QC_OK;
    qc_sentence se = {s, e, p, -1, 0, NULL, false};
    return QC_PUSH(doc->arena, doc->sents, doc->n_sents, doc->cap_sents, se);
}

/* Where the first sentence starts when the paragraph opens with the
 * dateline found by the clean stage ("MOSCOW (Sputnik) - The ..." or
 * "(CNN)The ..."): after it and its dash, if a sentence opener follows. */
static size_t after_dateline(const qc_doc *doc, const qc_para *pa)
{
    const char *dl = doc->meta.dateline, *t = doc->text;
    if (!dl) return pa->start;
    size_t n = strlen(dl);
    if (n == 0 || pa->end - pa->start <= n || memcmp(t + pa->start, dl, n) != 0) return pa->start;
    size_t j = pa->start + n;
    while (j < pa->end) {
        size_t k = j;
        uint32_t c = qc_utf8_next(t, pa->end, &k);
        if (!(qc_is_space(c) || qc_is_dash(c))) break;
        j = k;
    }
    if (j >= pa->end) return pa->start;
    size_t k = j;
    uint32_t c = qc_utf8_next(t, pa->end, &k);
    return qc_is_upper(c) || qc_is_digit(c) || qc_is_open_quote(c) ? j : pa->start;
}

qc_status qc_segment(qc_doc *doc)
{
    doc->n_sents = 0;
    size_t *ends = NULL, cap = 0;
    bool first_body = true;
    for (size_t p = 0; p < doc->n_paras; p++) {
        qc_para *pa = &doc->paras[p];
        pa->first_sent = doc->n_sents;
        if (pa->kind == QC_PARA_HEADING) {
            if (push_sent(doc, pa->start, pa->end, p)) return QC_ERR_NOMEM;
        } else {
            size_t n = 0, s = first_body ? after_dateline(doc, pa) : pa->start;
            first_body = false;
            if (qc_segment_text(doc->arena, doc->text + s, pa->end - s, &ends, &n, &cap))
                return QC_ERR_NOMEM;
            size_t base = s;
            for (size_t k = 0; k < n; k++) {
                size_t e = base + ends[k];
                if (push_sent(doc, s, e, p)) return QC_ERR_NOMEM;
                s = e;
            }
        }
        pa->n_sent = doc->n_sents - pa->first_sent;
    }
    return doc->n_sents ? QC_OK
                        : qc_doc_fail(doc, QC_ERR_NO_SENTENCES, "no sentences found in the article");
}
