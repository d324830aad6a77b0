/* script.c: compose the spoken script: intro, attributions, signposts, closing. */
#include "script.h"

#include <string.h>

#include "normalize.h"
#include "text.h"

/*
 * Items are built from segments; each segment is written text plus its
 * spoken form (qc_normalize), with anchors back into doc->text for the
 * pieces that came from the article. A quote item names its speaker first
 * ("Sergey Lavrov said:") in the narrator's voice, then the quoted words
 * in the quote voice, with the attribution clause taken out of the text
 * so it is not heard twice.
 */

/* True if c is one of the characters of `set` (never for NUL). */
static bool in_set(const char *set, int c) { return c != 0 && strchr(set, c) != NULL; }

/* First offset in [s, e) of t that is not white space; whole characters are
 * decoded (a byte 0xA0 inside "à" or U+00A0 is no space of its own). */
static size_t skip_space(const char *t, size_t s, size_t e)
{
    while (s < e) {
        size_t k = s;
        if (!qc_is_space(qc_utf8_next(t, e, &k))) break;
        s = k;
    }
    return s;
}

static void trim_end(const qc_doc *doc, size_t s, size_t *e, const char *punct);

enum { MAX_NAMED = 64 };

typedef struct sc {
    qc_doc *doc;
    qc_buf line;                /* the current item's script line */
    qc_buf all;                 /* doc->script */
    const char *named[MAX_NAMED]; /* speakers already introduced by full name */
    size_t n_named;
    const char *last_speaker;   /* speaker of the previous quote, or NULL */
    bool *sec_done;             /* per section: signpost spoken */
    qc_item item;               /* item being built */
    qc_status st;
} sc;

typedef struct segb {
    qc_buf text, spoken;
    qc_offmap map;
    size_t src_s, src_e;
    qc_voice_role voice;
} segb;

/* ---------- segments ---------- */

static void seg_begin(segb *b, qc_voice_role v)
{
    memset(b, 0, sizeof *b);
    qc_buf_init(&b->text, 0);
    qc_buf_init(&b->spoken, 0);
    b->src_s = b->src_e = QC_NONE;
    b->voice = v;
}

static void seg_free(segb *b)
{
    qc_buf_free(&b->text);
    qc_buf_free(&b->spoken);
}

static bool ends_space(const qc_buf *b) { return b->len && b->data[b->len - 1] == ' '; }

/* Separates the next piece from what is already there by one space. */
static void seg_gap(sc *c, qc_buf *b, const char *next)
{
    if (c->st || !b->len || ends_space(b) || !next || !*next) return;
    if (in_set(",.;:!?)", next[0])) return;
    c->st = qc_buf_putc(b, ' ');
}

/* Appends doc->text[s, e): written as is, spoken normalised, anchored. */
static void seg_src(sc *c, segb *b, size_t s, size_t e)
{
    qc_doc *doc = c->doc;
    s = skip_space(doc->text, s, e);
    trim_end(doc, s, &e, "");
    if (c->st || s >= e) return;
    seg_gap(c, &b->text, doc->text + s);
    if (!c->st) c->st = qc_buf_add(&b->text, doc->text + s, e - s);
    qc_buf tmp;
    qc_buf_init(&tmp, 0);
    qc_offmap m = {0};
    if (!c->st) c->st = qc_normalize(doc->arena, doc->text + s, e - s, &tmp, &m);
    if (!c->st && tmp.len) {
        seg_gap(c, &b->spoken, tmp.data);
        size_t base = b->spoken.len;
        for (size_t k = 0; k < m.n && !c->st; k++) {
            qc_anchor an = {m.a[k].out + base, m.a[k].in + s};
            if (b->map.n && b->map.a[b->map.n - 1].out >= an.out) continue;
            c->st = QC_PUSH(doc->arena, b->map.a, b->map.n, b->map.cap, an);
        }
        if (!c->st) c->st = qc_buf_add(&b->spoken, tmp.data, tmp.len);
        if (b->src_s == QC_NONE || s < b->src_s) b->src_s = s;
        if (b->src_e == QC_NONE || e > b->src_e) b->src_e = e;
    }
    qc_buf_free(&tmp);
}

/* Appends composed words (no source). */
static void seg_lit(sc *c, segb *b, const char *t)
{
    if (c->st || !t || !*t) return;
    seg_gap(c, &b->text, t);
    if (!c->st) c->st = qc_buf_puts(&b->text, t);
    qc_buf tmp;
    qc_buf_init(&tmp, 0);
    if (!c->st) c->st = qc_normalize(c->doc->arena, t, strlen(t), &tmp, NULL);
    if (!c->st && tmp.len) {
        seg_gap(c, &b->spoken, tmp.data);
        if (!c->st) c->st = qc_buf_add(&b->spoken, tmp.data, tmp.len);
    }
    qc_buf_free(&tmp);
}

/* Appends punctuation to both forms, attached. */
static void seg_punct(sc *c, segb *b, const char *p)
{
    if (c->st) return;
    c->st = qc_buf_puts(&b->text, p);
    if (!c->st) c->st = qc_buf_puts(&b->spoken, p);
}

/* Last character of the spoken form, spaces and closing quote marks
 * skipped ("...to.'" ends in '.'), or 0. */
static char seg_last(const segb *b)
{
    size_t n = b->spoken.len;
    while (n) {
        size_t k = n;
        uint32_t c = qc_utf8_prev(b->spoken.data, &k);
        if (c != ' ' && !qc_is_close_quote(c)) break;
        n = k;
    }
    return n ? b->spoken.data[n - 1] : '\0';
}

/* Ends a sentence-like segment with a full stop unless it has an end mark. */
static void seg_close(sc *c, segb *b)
{
    char l = seg_last(b);
    if (!l || in_set(".!?", l)) return;
    if (b->spoken.len) {
        size_t k = b->spoken.len;
        if (qc_is_close_quote(qc_utf8_prev(b->spoken.data, &k))) return; /* ends in a quoted word */
    }
    while (b->spoken.len && in_set(" ,;:-", b->spoken.data[b->spoken.len - 1])) b->spoken.data[--b->spoken.len] = '\0';
    while (b->text.len && in_set(" ,;:-", b->text.data[b->text.len - 1])) b->text.data[--b->text.len] = '\0';
    seg_punct(c, b, ".");
}

/* Pushes the segment into the current item; empty segments are dropped. */
static void seg_end(sc *c, segb *b)
{
    qc_doc *doc = c->doc;
    if (!c->st && b->spoken.len) {
        qc_seg sg = {0};
        sg.text = qc_arena_strndup(doc->arena, b->text.data ? b->text.data : "", b->text.len);
        sg.spoken = qc_arena_strndup(doc->arena, b->spoken.data, b->spoken.len);
        sg.voice = b->voice;
        sg.src_start = b->src_s;
        sg.src_end = b->src_e;
        sg.map = b->src_s == QC_NONE ? (qc_offmap){0} : b->map;
        if (!sg.text || !sg.spoken) c->st = QC_ERR_NOMEM;
        if (!c->st) c->st = QC_PUSH(doc->arena, doc->segs, doc->n_segs, doc->cap_segs, sg);
        if (!c->st) {
            c->item.n_seg++;
            if (c->line.len) c->st = qc_buf_putc(&c->line, ' ');
            if (!c->st) c->st = qc_buf_add(&c->line, b->spoken.data, b->spoken.len);
        }
    }
    seg_free(b);
}

/* ---------- items ---------- */

static void item_begin(sc *c, qc_item_kind kind, int sentence, int quote)
{
    memset(&c->item, 0, sizeof c->item);
    c->item.kind = kind;
    c->item.sentence = sentence;
    c->item.quote = quote;
    c->item.first_seg = c->doc->n_segs;
    c->line.len = 0;
    if (c->line.data) c->line.data[0] = '\0';
}

/* A chapter title: the first words of `t`, cut at a word boundary. */
static const char *make_label(sc *c, const char *prefix, const char *t)
{
    size_t n = strlen(t), max = 72;
    if (n > max) {
        n = max;
        while (n > 40 && t[n] != ' ') n--;
        n = qc_utf8_floor(t, n);
        while (n > 0 && in_set(" ,;:", t[n - 1])) n--;
    }
    const char *more = n < strlen(t) ? "\xE2\x80\xA6" : "";
    char *l = qc_arena_printf(c->doc->arena, "%s%s%.*s%s", prefix ? prefix : "", prefix ? ": " : "", (int)n, t, more);
    if (!l) c->st = QC_ERR_NOMEM;
    return l;
}

static void item_end(sc *c, double pause)
{
    qc_doc *doc = c->doc;
    if (c->st || c->item.n_seg == 0) return;
    c->item.pause_after = pause;
    if (!c->item.label) {
        const qc_seg *first = &doc->segs[c->item.first_seg];
        c->item.label = make_label(c, NULL, first->text);
    }
    if (!c->st) c->st = QC_PUSH(doc->arena, doc->items, doc->n_items, doc->cap_items, c->item);
    if (!c->st) c->st = qc_buf_add(&c->all, c->line.data, c->line.len);
    if (!c->st) c->st = qc_buf_putc(&c->all, '\n');
}

/* ---------- names and cues ---------- */

static const char *const pronouns[] = {
    "he", "she", "they", "it", "we", "i", "you", NULL,
};

static bool is_pronoun(const char *s, size_t n)
{
    for (size_t k = 0; pronouns[k]; k++)
        if (qc_ieq(s, n, pronouns[k])) return true;
    return false;
}

/* The last word of a name ("Sergey Lavrov" -> "Lavrov"), skipping suffixes. */
static void surname(const char *name, const char **s, size_t *n)
{
    size_t len = strlen(name), e = len;
    for (int pass = 0; pass < 2; pass++) {
        while (e > 0 && (name[e - 1] == ' ' || name[e - 1] == ',' || name[e - 1] == '.')) e--;
        size_t b = e;
        while (b > 0 && name[b - 1] != ' ') b--;
        if (pass == 0 && (qc_ieq(name + b, e - b, "Jr") || qc_ieq(name + b, e - b, "Sr") ||
                          qc_ieq(name + b, e - b, "II") || qc_ieq(name + b, e - b, "III")) && b > 0) {
            e = b;
            continue;
        }
        /* name particles belong to the surname: "Van Der Beek", "de la Cruz" */
        static const char *const particles[] = {"van", "der", "den", "de", "da", "di", "del", "della",
                                                "la", "le", "von", "bin", "al", "el", "du", "ter", "ten", NULL};
        while (b > 1) {
            size_t pe = b - 1, ps = pe;
            while (ps > 0 && name[ps - 1] != ' ') ps--;
            bool particle = false;
            for (size_t k = 0; particles[k]; k++)
                if (qc_ieq(name + ps, pe - ps, particles[k])) particle = true;
            if (!particle) break;
            b = ps;
            if (ps == 0) break;
        }
        *s = name + b;
        *n = e - b;
        return;
    }
    *s = name;
    *n = len;
}

/* Is name in the script so far as whole words (any case: also opening a
 * sentence, "A farmer in Ohio said" for "a farmer in Ohio")? */
static bool heard(const sc *c, const char *name, bool any_case)
{
    size_t n = strlen(name);
    const char *h = c->all.data;
    if (!h || !n) return false;
    for (const char *e = h + c->all.len, *x = h; x + n <= e; x++) {
        if (any_case ? !qc_ieq(x, n, name) : memcmp(x, name, n) != 0) continue;
        bool before = x == h || !qc_is_alpha((unsigned char)x[-1]);
        bool after = x + n == e || !qc_is_alpha((unsigned char)x[n]);
        if (before && after) return true;
    }
    return false;
}

static bool was_named(const sc *c, const char *name)
{
    for (size_t k = 0; k < c->n_named; k++)
        if (strcmp(c->named[k], name) == 0) return true;
    return heard(c, name, false);     /* already heard in full in an earlier item */
}

static void mark_named(sc *c, const char *name)
{
    if (!name) return;
    for (size_t k = 0; k < c->n_named; k++)
        if (strcmp(c->named[k], name) == 0) return;
    if (c->n_named < MAX_NAMED) c->named[c->n_named++] = name;
}

/* s with its first letter in capitals when it is an ASCII small letter
 * ("the ministry" opening a line); s itself. */
static char *upper_first(char *s)
{
    if (s[0] >= 'a' && s[0] <= 'z') s[0] = (char)(s[0] - 32);
    return s;
}

/* Is a body's name said with "the" ("the Ministry of Finance", "the Tran
 * campaign", "the Kremlin"; not "Reuters", "Microsoft")? */
static bool takes_the(const char *name)
{
    static const char *const BODY[] = {"Ministry", "Department", "Office", "Committee", "Commission", "Council",
                                       "Agency", "Authority", "Association", "Board", "Bureau", "Service",
                                       "Institute", "Foundation", "Court", "Party", "Union", "Administration",
                                       "Government", "Coalition", "Federation", "Organization", "Organisation",
                                       "Alliance", "League", "Secretariat", "Tribunal", "Parliament", "Assembly",
                                       "Center", "Centre", "Embassy", "Army", "Navy", "Police", "Kremlin",
                                       "Pentagon", "Vatican", "White House", "University"};
    if (!qc_is_upper((unsigned char)name[0]) || qc_ieq(name, 4, "the ")) return false;
    size_t len = strlen(name), first = strcspn(name, " ");
    if (len > 9 && strcmp(name + len - 9, " campaign") == 0) return true;      /* "the Tran campaign" */
    for (size_t k = 0; k < sizeof BODY / sizeof *BODY; k++) {
        size_t n = strlen(BODY[k]);
        /* "the Foreign Ministry"; "the Ministry of Finance" (not "Bank of America") */
        if (len >= n && strcmp(name + len - n, BODY[k]) == 0 && (len == n || name[len - n - 1] == ' ')) return true;
        if (first == n && memcmp(name, BODY[k], n) == 0 && strncmp(name + n, " of ", 4) == 0) return true;
    }
    return false;
}

/* The name to say for a speaker: a person's in full the first time, by
 * surname after; a body's or a description's in full each time, with
 * "the" ("the Tran campaign said", and "a farmer in Ohio" once, then "the
 * farmer in Ohio"). */
static const char *name_form(sc *c, const char *name, bool group)
{
    if (!name) return NULL;
    if (group) {
        const char *r = name;
        static const char *const A[] = {"a ", "an ", "one "};
        bool said = was_named(c, name) || heard(c, name, true);
        for (size_t k = 0; k < 3 && said; k++)
            if (qc_ieq(name, strlen(A[k]), A[k])) r = qc_arena_printf(c->doc->arena, "the %s", name + strlen(A[k]));
        if (r == name && takes_the(name)) r = qc_arena_printf(c->doc->arena, "the %s", name);
        if (!r) c->st = QC_ERR_NOMEM;
        return r;
    }
    if (!was_named(c, name)) return name;
    const char *s;
    size_t n;
    surname(name, &s, &n);
    char *r = qc_arena_strndup(c->doc->arena, s, n);
    if (!r) c->st = QC_ERR_NOMEM;
    return r;
}

static const char *const speech_verbs[] = {
    "said", "added", "noted", "stated", "stressed", "emphasised", "emphasized", "explained",
    "warned", "insisted", "argued", "declared", "wrote", "replied", "answered", "continued",
    "concluded", "acknowledged", "admitted", "recalled", "confirmed", "suggested",
    "announced", "tweeted", "asked", "remarked", "observed", "commented", "claimed",
    "maintained", "countered", "responded", "underlined", "pointed out", "went on",
    "specified", "asserted", "predicted", "recounted", "told reporters", NULL,
};

/* The attribution verb from a cue as written ("says" -> "said"). */
static const char *verb_of(const char *cue)
{
    static const char *const present[][2] = {
        {"says", "said"}, {"adds", "added"}, {"notes", "noted"}, {"writes", "wrote"},
        {"explains", "explained"}, {"warns", "warned"}, {"insists", "insisted"},
        {"argues", "argued"}, {"tells", "said"}, {"told", "said"}, {"asks", "asked"},
    };
    if (!cue) return "said";
    for (size_t k = 0; k < sizeof present / sizeof *present; k++)
        if (qc_ieq(cue, strlen(cue), present[k][0])) return present[k][1];
    for (size_t k = 0; speech_verbs[k]; k++)
        if (qc_ieq(cue, strlen(cue), speech_verbs[k])) return speech_verbs[k];
    return "said";
}

/* True if h contains n[0..nl) (nl > 0). */
static bool has_sub(const char *h, const char *n, size_t nl)
{
    if (!nl) return false;
    for (; *h; h++)
        if (strncmp(h, n, nl) == 0) return true;
    return false;
}

/* ---------- helpers on the text ---------- */

static bool open_mark_at(const qc_doc *doc, size_t i, size_t *next)
{
    size_t j = i;
    uint32_t c = qc_utf8_next(doc->text, doc->len, &j);
    if (!qc_is_open_quote(c)) return false;
    *next = j;
    return true;
}

static bool close_mark_before(const qc_doc *doc, size_t e, size_t *prev)
{
    if (e == 0) return false;
    size_t j = e;
    uint32_t c = qc_utf8_prev(doc->text, &j);
    if (!qc_is_close_quote(c)) return false;
    *prev = j;
    return true;
}

/* Trims white space and the given ASCII punctuation from the end of [s, *e),
 * whole characters at a time. */
static void trim_end(const qc_doc *doc, size_t s, size_t *e, const char *punct)
{
    while (*e > s) {
        size_t k = *e;
        uint32_t c = qc_utf8_prev(doc->text, &k);
        if (k < s || !(qc_is_space(c) || (c < 0x80 && in_set(punct, (int)c)))) break;
        *e = k;
    }
}

/* True if [s, e) has a word character. */
static bool has_words(const qc_doc *doc, size_t s, size_t e)
{
    for (size_t i = s; i < e;) {
        uint32_t c = qc_utf8_next(doc->text, e, &i);
        if (qc_is_alpha(c) || qc_is_digit(c)) return true;
    }
    return false;
}

/* ---------- the items ---------- */

static void emit_heading(sc *c, int section)
{
    qc_doc *doc = c->doc;
    if (section < 0 || (size_t)section >= doc->n_sections || c->sec_done[section]) return;
    c->sec_done[section] = true;
    size_t hp = doc->sections[section].heading;
    if (hp >= doc->n_paras) return;
    const qc_para *p = &doc->paras[hp];
    item_begin(c, QC_ITEM_HEADING, -1, -1);
    segb b;
    seg_begin(&b, QC_VOICE_NARRATOR);
    seg_src(c, &b, p->start, p->end);
    seg_close(c, &b);
    size_t e = p->end;
    trim_end(doc, p->start, &e, ".:");
    c->item.label = qc_arena_strndup(doc->arena, doc->text + p->start, e - p->start);
    seg_end(c, &b);
    item_end(c, 0.5);
}

/* Length of a dateline written at s: "WASHINGTON (AP)", "LONDON, Nov 12 (Reuters)",
 * "MOSCOW": capitals, then an optional agency in brackets, before a dash. */
static size_t dateline_len(const qc_doc *doc, size_t s, size_t e)
{
    size_t i = s, caps = 0, lower = 0;
    while (i < e && i < s + 80) {
        size_t j = i;
        uint32_t ch = qc_utf8_next(doc->text, e, &j);
        if (qc_is_dash(ch) && i > s && doc->text[i - 1] == ' ') break;
        if (ch == '(') {
            while (j < e && doc->text[j] != ')' && j < i + 40) j++;
            if (j >= e || doc->text[j] != ')') return 0;
            j++;
        } else if (qc_is_upper(ch)) caps++;
        else if (qc_is_lower(ch)) lower++;
        else if (!(ch == ' ' || ch == ',' || ch == '.' || qc_is_digit(ch))) return 0;
        i = j;
    }
    if (i >= e || i >= s + 80 || caps < 3 || lower > 6) return 0;
    /* the first word must be all capitals */
    size_t k = s;
    while (k < i && doc->text[k] != ' ' && doc->text[k] != ',' && doc->text[k] != '(') {
        if (qc_is_lower((unsigned char)doc->text[k])) return 0;
        k++;
    }
    if (k - s < 2) return 0;
    while (i > s && doc->text[i - 1] == ' ') i--;
    return i - s;
}

/* The start of a sentence after a dateline ("MOSCOW (Sputnik) - "). */
static size_t skip_dateline(const qc_doc *doc, size_t s, size_t e)
{
    const char *d = doc->meta.dateline;
    size_t n = d ? strlen(d) : 0;
    if (!n || e - s <= n || memcmp(doc->text + s, d, n) != 0) n = dateline_len(doc, s, e);
    if (!n) return s;
    size_t i = s + n;
    while (i < e) {
        size_t j = i;
        uint32_t ch = qc_utf8_next(doc->text, e, &j);
        if (!(qc_is_space(ch) || qc_is_dash(ch) || ch == ':' || ch == ',')) break;
        i = j;
    }
    return i < e && i > s + n ? i : s;
}

/* A narrated sentence (or several joined after an abbreviation split). */
static void emit_sentence(sc *c, size_t si, size_t last)
{
    qc_doc *doc = c->doc;
    size_t s = doc->sents[si].start, e = doc->sents[last].end;
    if (si == 0 || doc->sents[si].para != doc->sents[si - 1].para) s = skip_dateline(doc, s, e);
    item_begin(c, QC_ITEM_SENTENCE, (int)si, doc->sents[si].quote);
    segb b;
    seg_begin(&b, QC_VOICE_NARRATOR);
    seg_src(c, &b, s, e);
    seg_end(c, &b);
    bool para_end = last + 1 >= doc->n_sents || doc->sents[last + 1].para != doc->sents[last].para;
    item_end(c, para_end ? 0.7 : 0.45);
    c->last_speaker = NULL; /* "added" only right after the same speaker's quote */
}

/* The quoted words [*is, *ie) of quote q inside [s, e), marks stripped. */
static bool quote_inner(const qc_doc *doc, const qc_quote *q, size_t s, size_t e, size_t *is, size_t *ie)
{
    size_t a = q->start > s ? q->start : s, b = q->end < e ? q->end : e, k;
    if (a >= b) return false;
    if (a == q->start && open_mark_at(doc, a, &k)) a = k;
    if (b == q->end && close_mark_before(doc, b, &k)) b = k;
    if (a >= b || !has_words(doc, a, b)) return false;
    *is = a;
    *ie = b;
    return true;
}

/* A quote spread over chosen sentences [si, last]: speaker first, then the words. */
static bool emit_quote(sc *c, size_t si, size_t last, int qi)
{
    qc_doc *doc = c->doc;
    const qc_quote *q = &doc->quotes[qi];
    size_t S = doc->sents[si].start, E = doc->sents[last].end;
    size_t is, ie;
    if (!quote_inner(doc, q, S, E, &is, &ie)) return false;

    /* the speaker's mention and name */
    bool has_mention = q->sp_start != QC_NONE && q->sp_end != QC_NONE && q->sp_end <= doc->len && q->sp_start < q->sp_end;
    const char *name = q->speaker_name;
    char *mention = NULL;
    if (has_mention) {
        mention = qc_arena_strndup(doc->arena, doc->text + q->sp_start, q->sp_end - q->sp_start);
        if (!mention) { c->st = QC_ERR_NOMEM; return true; }
        if (!name && !is_pronoun(mention, strlen(mention)) && qc_is_upper((unsigned char)mention[0])) name = mention;
    }
    bool mention_before = has_mention && q->sp_start >= S && q->sp_end <= is;
    bool mention_after = has_mention && q->sp_start >= ie && q->sp_end <= E;
    if (!name && !mention_before) return false; /* nobody to name: read it as written */

    /* further quotes in the last sentence by the same speaker: "...," he said, "..." */
    size_t pieces[8][2];
    size_t np = 0;
    pieces[np][0] = is;
    pieces[np][1] = ie;
    np++;
    size_t tail = q->end < E ? q->end : E;
    for (size_t k = 0; k < doc->n_quotes && np < 8; k++) {
        const qc_quote *r = &doc->quotes[k];
        if ((int)k == qi || r->start < tail || r->end > E || r->partial) continue;
        bool same = (r->speaker_name && name && strcmp(r->speaker_name, name) == 0) ||
                    (r->sp_start == q->sp_start && r->sp_end == q->sp_end);
        size_t a, b;
        if (!same || !quote_inner(doc, r, S, E, &a, &b)) continue;
        /* the gap must be just the attribution (or nothing) */
        if (!(has_mention && q->sp_start >= tail && q->sp_end <= r->start) && has_words(doc, tail, r->start)) continue;
        pieces[np][0] = a;
        pieces[np][1] = b;
        np++;
        tail = r->end;
    }

    item_begin(c, QC_ITEM_QUOTE, (int)si, qi);
    const char *said = NULL;
    segb b;
    seg_begin(&b, QC_VOICE_NARRATOR);
    size_t pre_e = is;
    /* the text before the quote, when the quote starts in this run */
    if (q->start >= S) {
        size_t k;
        if (open_mark_at(doc, q->start, &k)) pre_e = q->start;
    } else {
        pre_e = S; /* continuing a quote begun in an earlier sentence */
    }
    size_t pre_s = S;
    if (si == 0 || doc->sents[si].para != doc->sents[si - 1].para) pre_s = skip_dateline(doc, S, pre_e);
    bool pre_words = pre_e > pre_s && has_words(doc, pre_s, pre_e);
    if (mention_before) {
        /* "Lavrov said: "..."": as written, a pronoun or title replaced by the name */
        const char *sn = NULL;
        size_t snl = 0;
        if (name) surname(name, &sn, &snl);
        bool replace = name && (is_pronoun(mention, strlen(mention)) || !has_sub(mention, sn, snl));
        if (replace) {
            seg_src(c, &b, pre_s, q->sp_start);
            const char *form = name_form(c, name, q->speaker_group);
            if (form && form[0] >= 'a' && form[0] <= 'z' && !has_words(doc, pre_s, q->sp_start)) {
                char *up = qc_arena_strndup(doc->arena, form, strlen(form));     /* opens the line */
                if (!up) { c->st = QC_ERR_NOMEM; seg_free(&b); return true; }
                form = upper_first(up);
            }
            seg_lit(c, &b, form);
            seg_src(c, &b, q->sp_end, pre_e);
        } else {
            seg_src(c, &b, pre_s, pre_e);
        }
        while (b.spoken.len && in_set(" ,", b.spoken.data[b.spoken.len - 1])) b.spoken.data[--b.spoken.len] = '\0';
        while (b.text.len && in_set(" ,", b.text.data[b.text.len - 1])) b.text.data[--b.text.len] = '\0';
        if (seg_last(&b) && !in_set(":.!?", seg_last(&b))) {
            /* "he said that" reads on; "he said" takes a colon */
            size_t tl = b.spoken.len;
            bool that = tl >= 5 && qc_ieq(b.spoken.data + tl - 4, 4, "that") && b.spoken.data[tl - 5] == ' ';
            if (!that) seg_punct(c, &b, ":");
        }
        if (name) mark_named(c, name);
    } else {
        if (pre_words) {
            seg_src(c, &b, pre_s, pre_e);
            while (b.spoken.len && in_set(" ,", b.spoken.data[b.spoken.len - 1])) b.spoken.data[--b.spoken.len] = '\0';
            seg_punct(c, &b, ",");
        }
        const char *form = name_form(c, name, q->speaker_group);
        said = verb_of(q->cue);
        bool first = !was_named(c, name);
        if (c->last_speaker && strcmp(c->last_speaker, name) == 0 && strcmp(said, "said") == 0 && !first)
            said = "added";
        /* "added" presupposes an earlier quote: the first time, the speaker "said" */
        if (first && (!strcmp(said, "added") || !strcmp(said, "continued") || !strcmp(said, "went on")))
            said = "said";
        /* keep the circumstances of the attribution: "said in an interview with Sputnik" */
        const char *rest = NULL;
        if (mention_after) {
            size_t as = q->sp_end, ae = E;
            if (np > 1) ae = pieces[1][0];
            trim_end(doc, as, &ae, ".,;:!?\"'");
            as = skip_space(doc->text, as, ae);
            size_t cl = q->cue ? strlen(q->cue) : 0;
            /* ae < as when a later quote of the speaker starts before the mention */
            if (cl && ae > as && ae - as > cl && memcmp(doc->text + as, q->cue, cl) == 0 && doc->text[as + cl] == ' ') {
                size_t r0 = as + cl;
                while (r0 < ae && doc->text[r0] == ' ') r0++;
                /* only a short prepositional tail, not a second clause */
                bool clause = memchr(doc->text + r0, ',', ae - r0) != NULL || ae - r0 > 60;
                if (!clause && has_words(doc, r0, ae) && strcmp(verb_of(q->cue), q->cue) == 0) {
                    said = verb_of(q->cue);
                    rest = qc_arena_strndup(doc->arena, doc->text + r0, ae - r0);
                }
            }
        }
        char *attr = qc_arena_printf(doc->arena, "%s %s%s%s", form ? form : "", said, rest ? " " : "", rest ? rest : "");
        if (!attr) { c->st = QC_ERR_NOMEM; seg_free(&b); return true; }
        if (!pre_words) upper_first(attr);      /* opens the line */
        seg_lit(c, &b, attr);
        seg_punct(c, &b, ":");
        mark_named(c, name);
    }
    seg_end(c, &b);

    /* the quoted words */
    seg_begin(&b, QC_VOICE_QUOTE);
    for (size_t k = 0; k < np; k++) {
        size_t a = pieces[k][0], e = pieces[k][1];
        trim_end(doc, a, &e, k + 1 < np ? "" : ",;:");
        seg_src(c, &b, a, e);
    }
    seg_close(c, &b);
    size_t quote_seg = doc->n_segs;
    seg_end(c, &b);

    /* what follows the quote that is not the attribution */
    size_t ts = np > 1 ? pieces[np - 1][1] : ie, te = E;
    if (ts < te) {
        size_t j = ts;
        if (qc_is_close_quote(qc_utf8_next(doc->text, te, &j))) ts = j;
    }
    /* after a trailing attribution comes apposition or circumstance
     * (", director of games, told The Times"): the spoken attribution said it */
    if (mention_after && !mention_before && q->sp_start >= ts) ts = te;
    if (ts < te && has_words(doc, ts, te)) {
        segb t;
        seg_begin(&t, QC_VOICE_NARRATOR);
        seg_src(c, &t, ts, te);
        seg_close(c, &t);
        seg_end(c, &t);
    }
    if (quote_seg < doc->n_segs) c->item.label = make_label(c, name, doc->segs[quote_seg].text);
    item_end(c, 0.7);
    c->last_speaker = name;
    return true;
}

static void emit_intro(sc *c)
{
    qc_doc *doc = c->doc;
    const char *title = doc->meta.title, *source = doc->meta.source;
    if ((!title || !*title) && (!source || !*source)) return;
    item_begin(c, QC_ITEM_INTRO, -1, -1);
    segb b;
    seg_begin(&b, QC_VOICE_NARRATOR);
    if (source && *source) {
        char *t = qc_arena_printf(doc->arena, "From %s", source);
        if (!t) { c->st = QC_ERR_NOMEM; seg_free(&b); return; }
        seg_lit(c, &b, t);
        seg_punct(c, &b, title && *title ? ":" : ".");
    }
    if (title && *title) {
        size_t ts = doc->meta.title_start, te = doc->meta.title_end;
        if (ts != QC_NONE && te != QC_NONE && ts < te && te <= doc->len) seg_src(c, &b, ts, te);
        else seg_lit(c, &b, title);
        seg_close(c, &b);
    }
    c->item.label = title && *title ? title : source;
    seg_end(c, &b);
    item_end(c, 0.8);
}

static void emit_outro(sc *c)
{
    qc_doc *doc = c->doc;
    item_begin(c, QC_ITEM_OUTRO, -1, -1);
    segb b;
    seg_begin(&b, QC_VOICE_NARRATOR);
    const char *source = doc->meta.source;
    if (source && *source) {
        char *t = qc_arena_printf(doc->arena, "That was the briefing from %s.", source);
        if (!t) { c->st = QC_ERR_NOMEM; seg_free(&b); return; }
        seg_lit(c, &b, t);
    } else {
        seg_lit(c, &b, "That is the end of this briefing.");
    }
    c->item.label = "End";
    seg_end(c, &b);
    item_end(c, 0.0);
}

/* The quote a sentence is read as: its own, if it is a full quote. */
static int sentence_quote(const qc_doc *doc, size_t si)
{
    int q = doc->sents[si].quote;
    if (q < 0 || (size_t)q >= doc->n_quotes || doc->quotes[q].partial) return -1;
    return q;
}

qc_status qc_script(qc_doc *doc)
{
    sc c;
    memset(&c, 0, sizeof c);
    c.doc = doc;
    qc_buf_init(&c.line, 0);
    qc_buf_init(&c.all, 0);
    doc->n_items = doc->n_segs = 0;
    c.sec_done = qc_arena_alloc(doc->arena, (doc->n_sections + 1) * sizeof *c.sec_done);
    if (!c.sec_done) c.st = QC_ERR_NOMEM;
    bool intro = !doc->opt.no_intro;
    if (intro && !c.st) emit_intro(&c);
    for (size_t k = 0; k < doc->n_chosen && !c.st;) {
        size_t si = doc->chosen[k];
        if (si >= doc->n_sents) { k++; continue; }
        const qc_sentence *s = &doc->sents[si];
        const qc_para *p = s->para < doc->n_paras ? &doc->paras[s->para] : NULL;
        if (p && p->kind == QC_PARA_HEADING) {
            for (size_t x = 0; x < doc->n_sections; x++)
                if (doc->sections[x].heading == s->para) emit_heading(&c, (int)x);
            k++;
            continue;
        }
        if (p && p->section >= 0) emit_heading(&c, p->section);
        /* group the chosen sentences that continue this one */
        size_t k2 = k, last = si;
        /* --all reads the article as written: quotes keep their attribution
         * where the writer put it. Briefings put the speaker first. */
        int q = doc->opt.all ? -1 : sentence_quote(doc, si);
        while (k2 + 1 < doc->n_chosen && doc->chosen[k2 + 1] == last + 1 &&
               doc->sents[last + 1].para == s->para) {
            size_t nx = last + 1;
            bool split_abbrev = qc_normalize_abbrev_dot(doc->text, doc->len, doc->sents[last].end - 1) ||
                                (doc->sents[last].end >= 2 && doc->text[doc->sents[last].end - 1] == ' ' &&
                                 qc_normalize_abbrev_dot(doc->text, doc->len, doc->sents[last].end - 2));
            bool same_quote = q >= 0 && (sentence_quote(doc, nx) == q ||
                              (doc->sents[nx].start < doc->quotes[q].end && doc->sents[nx].quote < 0));
            if (!split_abbrev && !same_quote) break;
            k2++;
            last = nx;
        }
        if (q < 0 || !emit_quote(&c, si, last, q)) emit_sentence(&c, si, last);
        k = k2 + 1;
    }
    if (!c.st && doc->n_items) doc->items[doc->n_items - 1].pause_after = 0.9;
    if (intro && !c.st && doc->n_items) emit_outro(&c);
    if (!c.st) {
        doc->script = qc_arena_strndup(doc->arena, c.all.data ? c.all.data : "", c.all.len);
        if (!doc->script) c.st = QC_ERR_NOMEM;
    }
    qc_buf_free(&c.line);
    qc_buf_free(&c.all);
    if (c.st) return qc_doc_fail(doc, c.st, "cannot compose the script: %s", qc_strerror(c.st));
    return QC_OK;
}
