/* score.c: score every body sentence for selection (lead, centrality, title, keywords, quotes, length). */
#include "score.h"

#include <libstemmer.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

/*
 * The score of a body sentence is the sum of six contributions (doc->feat):
 *
 *   lead      W_LEAD / (1 + k), k = the sentence's rank among body sentences.
 *             News puts the essentials first; this prior is the backbone and
 *             the other features only override it with good evidence.
 *   central   W_CENTRAL * c / max c, where c is PacSum's position-aware
 *             degree centrality on the cosine-similarity graph of TF-IDF
 *             vectors: edges to later sentences count 1, to earlier ones
 *             CENT_BACK (a sentence whose content the rest of the article
 *             develops is central; one that repeats earlier content is not).
 *   title     W_TITLE * (IDF-weighted share of the title's words, or of its
 *             section heading's, that the sentence contains; the larger).
 *   keywords  W_KEYWORDS * k / max k, k = sum over the sentence's distinct
 *             salient words (names written capitalised mid-sentence, or
 *             words in >= 3 sentences) of idf * log(1 + sentences using it),
 *             over sqrt(1 + distinct words).
 *   quote     quotes mode: W_QUOTE * salience when the sentence carries an
 *             attributed quote; salience = the speaker's quotes / the most
 *             quotes by one speaker (the interviewee's quotes rank above a
 *             passer-by's); halved when its quoted words open by pointing
 *             back ("This", "However"...: unclear alone). Small on purpose:
 *             selection guarantees the key quotes (select.c), so this only
 *             ranks quotes. Summary mode: W_QUOTE_SUMMARY (< 0) for a full
 *             direct quote: summaries are written in reported speech.
 *   length    -W_LENGTH * (SHORT - h) / SHORT below SHORT words heard, and
 *             -W_LENGTH * (w - LONG) / LONG_SCALE above LONG words (long
 *             sentences are poor listening; the slope is gentle). h is the
 *             sentence's word count w, except for a full quote in quotes
 *             mode, where it is the quoted words ("We agree", Lavrov said:
 *             two words heard as the quote). In quotes mode a sentence with
 *             a quote feature is long from QUOTE_LONG_WORDS: a short, crisp
 *             quote carries best.
 *
 * Words: runs of letters and digits, lower-cased, stop words dropped,
 * Snowball English stems. IDF comes from a background table of document
 * frequencies built from the PolNeAR train split (score_df.h, made by
 * scripts/build_score_df.py), not from the evaluation data.
 * Constants are few and round on purpose: they were set on the CNN/DM dev
 * split, and a held-out split decides.
 */

#define W_LEAD 1.0
#define W_CENTRAL 0.1
#define CENT_BACK 0.5
#define W_TITLE 0.2
#define W_KEYWORDS 0.1
#define W_QUOTE 0.1
#define W_QUOTE_SUMMARY (-0.1)
#define W_LENGTH 1.0
#define SHORT_WORDS 8
#define LONG_WORDS 25
#define LONG_SCALE 100     /* words over LONG_WORDS that cost W_LENGTH */
#define QUOTE_LONG_WORDS 15 /* quotes mode: a quote should be short and crisp */
#define MAX_GRAPH 400      /* sentences beyond this rank get no centrality */
#define MAX_WORD 64        /* bytes; longer tokens are skipped */

#include "score_df.h"

static const char *const feat_names[QC_FEAT_COUNT] = {
    "lead", "central", "title", "keywords", "quote", "length",
};

/* Sorted (strcmp order) for bsearch; scripts/build_score_df.py reads this list. */
static const char *const stop_words[] = {
    /* STOP_WORDS_BEGIN */
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
    "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
    "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
    "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
    "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
    "into", "is", "it", "its", "itself", "just", "me", "more", "most", "mr", "mrs", "ms",
    "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only",
    "or", "other", "our", "ours", "ourselves", "out", "over", "own", "said", "same", "say",
    "says", "she", "should", "so", "some", "such", "than", "that", "the", "their",
    "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
    "through", "to", "told", "too", "under", "until", "up", "very", "was", "we", "were",
    "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
    "would", "you", "your", "yours", "yourself",
    /* STOP_WORDS_END */
};

/* One term of a sentence vector. */
typedef struct { unsigned term; float w; } qc_tw;

/* A unit-length sparse TF-IDF vector, entries sorted by term. */
struct qc_sent_vec {
    qc_tw *e;
    size_t n;
};

/* A term (one stem) of the article. */
typedef struct {
    const char *stem;
    size_t len;
    double idf;
    unsigned sents;          /* sentences containing it */
    unsigned caps;           /* times written capitalised, not sentence-initial */
    unsigned last;           /* last sentence counted + 1 (for `sents`) */
    unsigned mark;           /* stamp for title/heading overlap */
} term;

/* Open-addressing map from a byte string to a term id. */
typedef struct { const char *key; size_t len; unsigned id; } slot;
typedef struct { slot *s; size_t cap, n; } strmap;

typedef struct {
    qc_doc *doc;
    struct sb_stemmer *st;
    strmap words;            /* lower-cased word -> term id (stem cache) */
    strmap stems;            /* stem -> term id */
    term *terms; size_t n_terms, cap_terms;
    unsigned *toks; size_t n_toks, cap_toks;   /* term ids of all sentences */
    size_t *tok_start;       /* per sentence, n_sents + 1 offsets into toks */
} ctx;

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool is_stop(const char *w)
{
    return bsearch(&w, stop_words, sizeof stop_words / sizeof *stop_words, sizeof *stop_words,
                   cmp_str) != NULL;
}

double qc_score_idf(const char *stem, size_t n)
{
    size_t lo = 0, hi = QC_DF_COUNT;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *k = qc_df_table[mid].stem;
        int c = strncmp(k, stem, n);
        if (c == 0 && k[n] != '\0') c = 1;
        if (c == 0) return log((QC_DF_DOCS + 1.0) / (qc_df_table[mid].df + 1.0));
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    return log(QC_DF_DOCS + 1.0);
}

size_t qc_score_count_words(const char *s, size_t n)
{
    size_t w = 0;
    bool in = false;
    for (size_t i = 0; i < n; i++) {
        bool sp = s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r';
        if (!sp && !in) w++;
        in = !sp;
    }
    return w;
}

static size_t hash(const char *s, size_t n)
{
    size_t h = 1469598103934665603u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211u;
    return h;
}

/* Finds `key`; returns its slot (empty slot if absent). cap is a power of 2. */
static slot *map_find(strmap *m, const char *key, size_t len)
{
    size_t i = hash(key, len) & (m->cap - 1);
    while (m->s[i].key && !(m->s[i].len == len && memcmp(m->s[i].key, key, len) == 0))
        i = (i + 1) & (m->cap - 1);
    return &m->s[i];
}

static qc_status map_init(qc_arena *a, strmap *m, size_t cap)
{
    m->cap = cap;
    m->n = 0;
    m->s = qc_arena_alloc(a, cap * sizeof *m->s);
    return m->s ? QC_OK : QC_ERR_NOMEM;
}

/* Inserts key (copied into the arena) with id; grows at half load. */
static qc_status map_put(qc_arena *a, strmap *m, const char *key, size_t len, unsigned id)
{
    if (2 * (m->n + 1) > m->cap) {
        strmap bigger;
        if (map_init(a, &bigger, m->cap * 2)) return QC_ERR_NOMEM;
        for (size_t i = 0; i < m->cap; i++)
            if (m->s[i].key) *map_find(&bigger, m->s[i].key, m->s[i].len) = m->s[i];
        bigger.n = m->n;
        *m = bigger;
    }
    slot *s = map_find(m, key, len);
    if (!s->key) {
        char *k = qc_arena_strndup(a, key, len);
        if (!k) return QC_ERR_NOMEM;
        s->key = k;
        s->len = len;
        s->id = id;
        m->n++;
    }
    return QC_OK;
}

/* The term id of lower-cased word w[0..n) (stemmed, interned); sets *id to
 * UINT_MAX-like sentinel (unsigned)-1 for stop words. */
static qc_status word_term(ctx *c, const char *w, size_t n, unsigned *id)
{
    *id = (unsigned)-1;
    slot *hit = map_find(&c->words, w, n);
    if (hit->key) { *id = hit->id; return QC_OK; }
    if (n < 2 || is_stop(w)) return map_put(c->doc->arena, &c->words, w, n, (unsigned)-1);
    const sb_symbol *sy = sb_stemmer_stem(c->st, (const sb_symbol *)w, (int)n);
    if (!sy) return QC_ERR_NOMEM;
    size_t sl = (size_t)sb_stemmer_length(c->st);
    const char *stem = (const char *)sy;
    slot *hs = map_find(&c->stems, stem, sl);
    unsigned t;
    if (hs->key) {
        t = hs->id;
    } else {
        t = (unsigned)c->n_terms;
        term te = {0};
        te.stem = qc_arena_strndup(c->doc->arena, stem, sl);
        if (!te.stem) return QC_ERR_NOMEM;
        te.len = sl;
        te.idf = qc_score_idf(stem, sl);
        if (QC_PUSH(c->doc->arena, c->terms, c->n_terms, c->cap_terms, te)) return QC_ERR_NOMEM;
        if (map_put(c->doc->arena, &c->stems, te.stem, sl, t)) return QC_ERR_NOMEM;
    }
    if (map_put(c->doc->arena, &c->words, w, n, t)) return QC_ERR_NOMEM;
    *id = t;
    return QC_OK;
}

/* Calls back with each content word of s[0..n): its term id and whether it is
 * written capitalised after the first word. */
typedef qc_status (*word_fn)(ctx *c, unsigned id, bool caps, void *user);

static qc_status each_word(ctx *c, const char *s, size_t n, word_fn fn, void *user)
{
    char w[MAX_WORD + 8];
    size_t i = 0, wn = 0, nth = 0;
    bool caps = false, skip = false;
    while (i <= n) {
        uint32_t cp = 0;
        if (i < n) {
            cp = qc_utf8_next(s, n, &i);
        } else {
            i++;
        }
        if (cp && (qc_is_alpha(cp) || qc_is_digit(cp))) {
            if (wn == 0) caps = qc_is_upper(cp);
            char enc[4];
            size_t el = qc_utf8_put(qc_to_lower(cp), enc);
            if (wn + el > MAX_WORD) skip = true;
            else { memcpy(w + wn, enc, el); wn += el; }
            continue;
        }
        if (wn) {
            if (!skip) {
                w[wn] = '\0';
                unsigned id;
                qc_status st = word_term(c, w, wn, &id);
                if (st) return st;
                if (id != (unsigned)-1) {
                    st = fn(c, id, caps && nth > 0, user);
                    if (st) return st;
                }
            }
            nth++;
            wn = 0;
            skip = false;
        }
    }
    return QC_OK;
}

static qc_status add_tok(ctx *c, unsigned id, bool caps, void *user)
{
    size_t sent = *(size_t *)user;
    term *t = &c->terms[id];
    if (caps) t->caps++;
    if (t->last != sent + 1) { t->last = (unsigned)sent + 1; t->sents++; }
    return QC_PUSH(c->doc->arena, c->toks, c->n_toks, c->cap_toks, id);
}

static qc_status mark_tok(ctx *c, unsigned id, bool caps, void *user)
{
    (void)caps;
    c->terms[id].mark = *(unsigned *)user;
    return QC_OK;
}

static int cmp_uint(const void *a, const void *b)
{
    unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
    return (x > y) - (x < y);
}

static bool is_body(const qc_doc *doc, size_t i)
{
    return doc->paras[doc->sents[i].para].kind != QC_PARA_HEADING;
}

/* Builds the unit TF-IDF vector of sentence i from its sorted tokens. */
static qc_status build_vec(ctx *c, size_t i, struct qc_sent_vec *v)
{
    unsigned *tk = c->toks ? c->toks + c->tok_start[i] : NULL; /* NULL + 0 is undefined */
    size_t n = c->tok_start[i + 1] - c->tok_start[i];
    v->e = qc_arena_alloc(c->doc->arena, (n + 1) * sizeof *v->e);
    if (!v->e) return QC_ERR_NOMEM;
    v->n = 0;
    double norm = 0;
    for (size_t k = 0; k < n;) {
        size_t r = k;
        while (r < n && tk[r] == tk[k]) r++;
        double w = (1.0 + log((double)(r - k))) * c->terms[tk[k]].idf;
        v->e[v->n].term = tk[k];
        v->e[v->n].w = (float)w;
        v->n++;
        norm += w * w;
        k = r;
    }
    norm = sqrt(norm);
    for (size_t k = 0; k < v->n; k++) v->e[k].w = norm > 0 ? (float)(v->e[k].w / norm) : 0.0f;
    return QC_OK;
}

static double dot(const struct qc_sent_vec *a, const struct qc_sent_vec *b)
{
    double s = 0;
    size_t i = 0, j = 0;
    while (i < a->n && j < b->n) {
        if (a->e[i].term < b->e[j].term) i++;
        else if (a->e[i].term > b->e[j].term) j++;
        else s += (double)a->e[i++].w * b->e[j++].w;
    }
    return s;
}

double qc_score_similarity(const qc_doc *doc, size_t i, size_t j)
{
    if (!doc->sent_vec || i >= doc->n_sents || j >= doc->n_sents) return 0;
    double s = dot(&doc->sent_vec[i], &doc->sent_vec[j]);
    return s < 0 ? 0 : s > 1 ? 1 : s;
}

/* IDF-weighted share of the marked terms (stamp) that sentence i contains. */
static double overlap(const ctx *c, size_t i, unsigned stamp, double total)
{
    if (total <= 0) return 0;
    const struct qc_sent_vec *v = &c->doc->sent_vec[i];
    double s = 0;
    for (size_t k = 0; k < v->n; k++)
        if (c->terms[v->e[k].term].mark == stamp) s += c->terms[v->e[k].term].idf;
    return s / total;
}

/* Marks the terms of text[0..n) with stamp; returns their IDF sum (distinct). */
static qc_status mark_text(ctx *c, const char *s, size_t n, unsigned stamp, double *total)
{
    qc_status st = each_word(c, s, n, mark_tok, &stamp);
    if (st) return st;
    *total = 0;
    for (size_t t = 0; t < c->n_terms; t++)
        if (c->terms[t].mark == stamp) *total += c->terms[t].idf;
    return QC_OK;
}

/* Title and section-heading overlap, into raw[i]. */
static qc_status title_feature(ctx *c, double *raw)
{
    qc_doc *doc = c->doc;
    unsigned stamp = 1;
    if (doc->meta.title) {
        double tot;
        qc_status st = mark_text(c, doc->meta.title, strlen(doc->meta.title), stamp, &tot);
        if (st) return st;
        for (size_t i = 0; i < doc->n_sents; i++)
            if (is_body(doc, i)) raw[i] = overlap(c, i, stamp, tot);
    }
    for (size_t s = 0; s < doc->n_sections; s++) {
        const qc_section *sec = &doc->sections[s];
        const qc_para *h = &doc->paras[sec->heading];
        double tot;
        stamp++;
        qc_status st = mark_text(c, doc->text + h->start, h->end - h->start, stamp, &tot);
        if (st) return st;
        for (size_t p = sec->first_para; p < sec->end_para && p < doc->n_paras; p++) {
            const qc_para *pa = &doc->paras[p];
            for (size_t i = pa->first_sent; i < pa->first_sent + pa->n_sent && i < doc->n_sents; i++) {
                double o = overlap(c, i, stamp, tot);
                if (is_body(doc, i) && o > raw[i]) raw[i] = o;
            }
        }
    }
    return QC_OK;
}

/* Salience of each quote's speaker: the speaker's quotes over the most by
 * one speaker (0 for an unnamed speaker), into sal[q]; linear time. */
static qc_status speaker_salience(ctx *c, double *sal)
{
    qc_doc *doc = c->doc;
    strmap names;
    unsigned *count = qc_arena_alloc(doc->arena, (doc->n_quotes + 1) * sizeof *count);
    if (!count || map_init(doc->arena, &names, 64)) return QC_ERR_NOMEM;
    unsigned most = 1;
    for (size_t q = 0; q < doc->n_quotes; q++) {
        const char *n = doc->quotes[q].speaker_name;
        if (!n) continue;
        size_t len = strlen(n);
        slot *hit = map_find(&names, n, len);
        if (!hit->key && map_put(doc->arena, &names, n, len, (unsigned)q)) return QC_ERR_NOMEM;
        unsigned first = map_find(&names, n, len)->id;
        if (++count[first] > most) most = count[first];
    }
    for (size_t q = 0; q < doc->n_quotes; q++) {
        const char *n = doc->quotes[q].speaker_name;
        sal[q] = n ? (double)count[map_find(&names, n, strlen(n))->id] / most : 0;
        doc->quotes[q].salience = sal[q];
    }
    return QC_OK;
}

static bool attributed(const qc_quote *q)
{
    return q->speaker_name || q->sp_start != QC_NONE;
}

bool qc_score_leans_back(const qc_doc *doc, size_t sent)
{
    static const char *const lead_words[] = {
        "this", "that", "these", "those", "it", "they", "he", "she", "however", "but",
        "and", "so", "also", "then", "therefore", "still", "yet", "such", "there",
    };
    if (sent >= doc->n_sents) return false;
    const qc_sentence *se = &doc->sents[sent];
    if (se->quote < 0 || (size_t)se->quote >= doc->n_quotes) return false;
    const qc_quote *q = &doc->quotes[se->quote];
    size_t i = q->start > se->start ? q->start : se->start;
    size_t end = q->end < se->end ? q->end : se->end;
    while (i < end) { /* skip the opening mark and spaces */
        size_t j = i;
        uint32_t cp = qc_utf8_next(doc->text, end, &j);
        if (qc_is_alpha(cp)) break;
        i = j;
    }
    size_t s = i;
    while (i < end) {
        size_t j = i;
        uint32_t cp = qc_utf8_next(doc->text, end, &j);
        if (!qc_is_alpha(cp)) break;
        i = j;
    }
    for (size_t k = 0; k < sizeof lead_words / sizeof *lead_words; k++)
        if (qc_ieq(doc->text + s, i - s, lead_words[k])) return true;
    return false;
}

static double quote_feature(const qc_doc *doc, size_t i, const double *sal)
{
    int q = doc->sents[i].quote;
    if (q < 0 || (size_t)q >= doc->n_quotes) return 0;
    const qc_quote *qq = &doc->quotes[q];
    if (doc->opt.mode == QC_MODE_SUMMARY) return qq->partial ? 0 : W_QUOTE_SUMMARY;
    if (!attributed(qq)) return 0;
    double clear = qc_score_leans_back(doc, i) ? 0.5 : 1.0;
    return W_QUOTE * clear * sal[q];
}

/* `heard`: the words the listener hears as one unit (a full quote's own
 * words; else the sentence's); `w`: the sentence's words. */
static double length_feature(size_t heard, size_t w, size_t long_words)
{
    if (heard < SHORT_WORDS) return -W_LENGTH * (double)(SHORT_WORDS - heard) / SHORT_WORDS;
    if (w > long_words) return -W_LENGTH * (double)(w - long_words) / LONG_SCALE;
    return 0;
}

static qc_status score_doc(ctx *c)
{
    qc_doc *doc = c->doc;
    size_t n = doc->n_sents;
    qc_arena *a = doc->arena;
    c->tok_start = qc_arena_alloc(a, (n + 1) * sizeof *c->tok_start);
    doc->sent_vec = qc_arena_alloc(a, (n + 1) * sizeof *doc->sent_vec);
    double *cent = qc_arena_alloc(a, (n + 1) * sizeof *cent);
    double *kw = qc_arena_alloc(a, (n + 1) * sizeof *kw);
    double *title = qc_arena_alloc(a, (n + 1) * sizeof *title);
    double *feat = qc_arena_alloc(a, (n + 1) * QC_FEAT_COUNT * sizeof *feat);
    if (!c->tok_start || !doc->sent_vec || !cent || !kw || !title || !feat) return QC_ERR_NOMEM;

    /* words of every sentence (headings too: their words feed the title
     * feature), without the speaker mention of its quote: "..., Lavrov said"
     * in every quote must not make the quotes look alike */
    for (size_t i = 0; i < n; i++) {
        c->tok_start[i] = c->n_toks;
        qc_sentence *s = &doc->sents[i];
        size_t cut = s->end, resume = s->end;
        if (s->quote >= 0 && (size_t)s->quote < doc->n_quotes) {
            const qc_quote *q = &doc->quotes[s->quote];
            if (q->sp_start != QC_NONE && q->sp_start >= s->start && q->sp_end <= s->end &&
                q->sp_start < q->sp_end) {
                cut = q->sp_start;
                resume = q->sp_end;
            }
        }
        qc_status st = each_word(c, doc->text + s->start, cut - s->start, add_tok, &i);
        if (!st && resume < s->end) st = each_word(c, doc->text + resume, s->end - resume, add_tok, &i);
        if (st) return st;
    }
    c->tok_start[n] = c->n_toks;
    for (size_t i = 0; i < n; i++) {
        size_t k = c->tok_start[i], m = c->tok_start[i + 1] - k;
        if (m > 1) qsort(c->toks + k, m, sizeof *c->toks, cmp_uint);
        if (is_body(doc, i)) {
            if (build_vec(c, i, &doc->sent_vec[i])) return QC_ERR_NOMEM;
        } else {
            doc->sent_vec[i].n = 0;
        }
    }

    /* centrality: directed degree on the similarity graph (first MAX_GRAPH body sentences) */
    size_t *body = qc_arena_alloc(a, (n + 1) * sizeof *body), nb = 0;
    if (!body) return QC_ERR_NOMEM;
    for (size_t i = 0; i < n; i++)
        if (is_body(doc, i)) body[nb++] = i;
    size_t ng = nb < MAX_GRAPH ? nb : MAX_GRAPH;
    double cmax = 0;
    for (size_t x = 0; x < ng; x++)
        for (size_t y = x + 1; y < ng; y++) {
            double s = dot(&doc->sent_vec[body[x]], &doc->sent_vec[body[y]]);
            cent[body[x]] += s;             /* x is earlier: later content develops it */
            cent[body[y]] += CENT_BACK * s; /* y is later: it repeats earlier content */
        }
    for (size_t x = 0; x < ng; x++)
        if (cent[body[x]] > cmax) cmax = cent[body[x]];

    /* keywords: salient names and recurring words */
    double kmax = 0;
    for (size_t x = 0; x < nb; x++) {
        const struct qc_sent_vec *v = &doc->sent_vec[body[x]];
        double k = 0;
        for (size_t e = 0; e < v->n; e++) {
            const term *t = &c->terms[v->e[e].term];
            if ((t->caps > 0 && t->sents >= 2) || t->sents >= 3) k += t->idf * log(1.0 + t->sents);
        }
        kw[body[x]] = k / sqrt(1.0 + (double)v->n);
        if (kw[body[x]] > kmax) kmax = kw[body[x]];
    }

    qc_status st = title_feature(c, title);
    if (st) return st;
    double *sal = qc_arena_alloc(a, (doc->n_quotes + 1) * sizeof *sal);
    if (!sal) return QC_ERR_NOMEM;
    if ((st = speaker_salience(c, sal))) return st;

    for (size_t x = 0; x < nb; x++) {
        size_t i = body[x];
        qc_sentence *s = &doc->sents[i];
        double *f = feat + i * QC_FEAT_COUNT;
        f[QC_FEAT_LEAD] = W_LEAD / (1.0 + (double)x);
        f[QC_FEAT_CENTRAL] = cmax > 0 ? W_CENTRAL * cent[i] / cmax : 0;
        f[QC_FEAT_TITLE] = W_TITLE * title[i];
        f[QC_FEAT_KEYWORDS] = kmax > 0 ? W_KEYWORDS * kw[i] / kmax : 0;
        f[QC_FEAT_QUOTE] = quote_feature(doc, i, sal);
        size_t w = qc_score_count_words(doc->text + s->start, s->end - s->start), heard = w;
        bool quoted = doc->opt.mode == QC_MODE_QUOTES && f[QC_FEAT_QUOTE] > 0;
        if (quoted && !doc->quotes[s->quote].partial) {
            const qc_quote *q = &doc->quotes[s->quote];
            size_t from = q->start > s->start ? q->start : s->start;
            size_t to = q->end < s->end ? q->end : s->end;
            heard = to > from ? qc_score_count_words(doc->text + from, to - from) : w;
        }
        f[QC_FEAT_LENGTH] = length_feature(heard, w, quoted ? QUOTE_LONG_WORDS : LONG_WORDS);
        double sum = 0;
        for (size_t k = 0; k < QC_FEAT_COUNT; k++) sum += f[k];
        s->score = sum;
    }
    for (size_t i = 0; i < n; i++) {
        doc->sents[i].feat = feat + i * QC_FEAT_COUNT;
        if (!is_body(doc, i)) doc->sents[i].score = 0;
    }
    doc->n_feat = QC_FEAT_COUNT;
    doc->feat_names = feat_names;
    return QC_OK;
}

qc_status qc_score(qc_doc *doc)
{
    ctx c;
    memset(&c, 0, sizeof c);
    c.doc = doc;
    if (map_init(doc->arena, &c.words, 1024) || map_init(doc->arena, &c.stems, 1024))
        return qc_doc_fail(doc, QC_ERR_NOMEM, "out of memory while scoring sentences");
    c.st = sb_stemmer_new("english", NULL);
    if (!c.st) return qc_doc_fail(doc, QC_ERR_NOMEM, "out of memory while scoring sentences");
    qc_status st = score_doc(&c);
    sb_stemmer_delete(c.st);
    if (st) {
        doc->sent_vec = NULL;
        return qc_doc_fail(doc, st, "out of memory while scoring sentences");
    }
    return QC_OK;
}
