/* select.c: choose the sentences of the briefing within the budgets (MMR, section coverage, context). */
#include "select.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "score.h"
#include "text.h"

/*
 * Selection is greedy maximal marginal relevance: the next sentence is the
 * one with the highest score - MMR_LAMBDA * (its largest similarity to a
 * sentence already chosen) that still fits every budget. Quotes mode first
 * tries the plain fill (pass 3 alone): when that already carries an
 * attributed quote, clear on its own, in every section that has a quote
 * that fits, it is the briefing (coverage forced on top would only push out
 * a sentence worth more). Otherwise it starts again in three passes:
 *   1. coverage: one attributed quote for each section (the part before
 *      the first heading counts as a section) before any section gets a
 *      second: under a time or word budget, the set of quotes that covers
 *      the most sections and then is worth most (a small knapsack); when
 *      the sentence count binds, the best sections first. A quote is worth
 *      its score, plus SPEAKER_W times its speaker's salience (the
 *      article's main voice first), less its words over QUOTE_WORD_SCALE
 *      (the listening time it takes from the briefing's other lines: a
 *      long quote must say more to earn its place);
 *   2. context: a chosen quote whose words open by pointing back ("This",
 *      "However", ...) gets the short sentence before it, if that fits;
 *   3. fill: the rest by MMR over every body sentence, leaving out quotes
 *      that would be unclear alone.
 * Summary mode runs the fill pass only. Budgets combine, the tightest wins:
 * -n, --words, --ratio, --seconds (estimated, intro included). With none of
 * them the default is a one-minute briefing. --all takes body sentences in
 * article order, within any budget given.
 */

#define MMR_LAMBDA 0.3
#define COVER_BONUS 10.0         /* covering one more section outweighs any score */
#define CLEAR_BONUS 1.0          /* a quote clear on its own outweighs score differences */
#define QUOTE_WORD_SCALE 50.0    /* a 50-word quote costs as much as the lead prior of the first sentence */
#define SPEAKER_W 0.5            /* the main speaker's quote outweighs a passer-by's by half the lead prior */
#define COVER_UNITS 240          /* resolution of the coverage knapsack */
#define CONTEXT_MAX_WORDS 25
#define DEFAULT_SECONDS 60.0
#define DEFAULT_RATE 170          /* words per minute; synth.c's default */

/* Speaking time, measured: the whole pipeline (script, espeak-ng at 170 wpm,
 * pauses, loudness, trim) on 41 articles x 3 budgets (CNN/DM, PolNeAR, the
 * seed), least squares; mean error 3% of the audio's length. Speech
 * scales with 170 / rate; pauses do not. */
#define SECONDS_PER_CHAR 0.0535   /* per code point, spaces and punctuation included */
#define DIGIT_EXTRA_CHARS 3       /* a digit is spoken as a word ("1,200") */
#define SECONDS_PER_ITEM 0.83     /* per script line: pauses and breaks */
#define SIGNPOST_PAUSE 1.0        /* longer pauses around a section's signpost (the seed) */
#define SECONDS_PER_WORD 0.306    /* the same fit by words, for qc_select_estimate_seconds */
#define ATTRIBUTION_CHARS 6       /* "Lavrov said:" beyond what the sentence says */
#define OUTRO_CHARS 25            /* "That is the end of this briefing." */

typedef struct {
    qc_doc *doc;
    size_t max_n, max_words;
    double max_seconds;           /* 0 = none */
    size_t n, words;
    double seconds;
    size_t *words_of;             /* per sentence */
    double *secs_of;              /* per sentence, its line of the script */
    bool *signposted;             /* per section: its heading is already counted */
    size_t *sel;                  /* the chosen so far, in order of choice */
    double start_seconds;         /* what the intro takes before any choice */
} budget;

static double rate_scale(const qc_doc *doc)
{
    return (double)DEFAULT_RATE / (doc->opt.rate > 0 ? doc->opt.rate : DEFAULT_RATE);
}

double qc_select_estimate_seconds(const qc_doc *doc, size_t words)
{
    return (double)words * SECONDS_PER_WORD * rate_scale(doc);
}

double qc_select_estimate_text_seconds(const qc_doc *doc, const char *s, size_t n)
{
    size_t units = qc_utf8_count(s, n);
    for (size_t i = 0; i < n; i++)
        if (s[i] >= '0' && s[i] <= '9') units += DIGIT_EXTRA_CHARS;
    return (double)units * SECONDS_PER_CHAR * rate_scale(doc);
}

static bool is_body(const qc_doc *doc, size_t i)
{
    return doc->paras[doc->sents[i].para].kind != QC_PARA_HEADING;
}

/* The attributed quote sentence i carries, or NULL. */
static const qc_quote *carried(const qc_doc *doc, size_t i)
{
    int q = doc->sents[i].quote;
    if (q < 0 || (size_t)q >= doc->n_quotes) return NULL;
    const qc_quote *qq = &doc->quotes[q];
    return qq->speaker_name || qq->sp_start != QC_NONE ? qq : NULL;
}

static double line_seconds(const qc_doc *doc, size_t chars_extra, const char *s, size_t n)
{
    return qc_select_estimate_text_seconds(doc, s, n) +
           (double)chars_extra * SECONDS_PER_CHAR * rate_scale(doc) + SECONDS_PER_ITEM;
}

/* Seconds that choosing sentence i adds: its line, and its section's
 * signpost if that section has no line yet. */
static double item_seconds(const budget *b, size_t i)
{
    const qc_doc *doc = b->doc;
    double t = b->secs_of[i];
    int sec = doc->paras[doc->sents[i].para].section;
    if (sec >= 0 && (size_t)sec < doc->n_sections && !b->signposted[sec]) {
        const qc_para *h = &doc->paras[doc->sections[sec].heading];
        t += line_seconds(doc, 0, doc->text + h->start, h->end - h->start) + SIGNPOST_PAUSE;
    }
    return t;
}

static bool fits(const budget *b, size_t i)
{
    if (b->n + 1 > b->max_n) return false;
    if (b->words + b->words_of[i] > b->max_words) return false;
    if (b->max_seconds > 0 && b->seconds + item_seconds(b, i) > b->max_seconds) return false;
    return true;
}

static void take(budget *b, size_t i)
{
    qc_doc *doc = b->doc;
    doc->sents[i].selected = true;
    b->sel[b->n++] = i;
    b->words += b->words_of[i];
    b->seconds += item_seconds(b, i);
    int sec = doc->paras[doc->sents[i].para].section;
    if (sec >= 0 && (size_t)sec < doc->n_sections) b->signposted[sec] = true;
}

/* Undoes every choice: the budget as before the first one. */
static void untake_all(budget *b)
{
    qc_doc *doc = b->doc;
    for (size_t k = 0; k < b->n; k++) doc->sents[b->sel[k]].selected = false;
    b->n = b->words = 0;
    b->seconds = b->start_seconds;
    memset(b->signposted, 0, doc->n_sections + 1);
}

static double mmr(const budget *b, size_t i)
{
    double red = 0;
    for (size_t k = 0; k < b->n; k++) {
        double s = qc_score_similarity(b->doc, i, b->sel[k]);
        if (s > red) red = s;
    }
    return b->doc->sents[i].score - MMR_LAMBDA * red;
}

static int section_of(const qc_doc *doc, size_t i)
{
    return doc->paras[doc->sents[i].para].section;
}

/* Quotes mode: a quote that leans back is unclear without the sentence before. */
static bool unclear(const qc_doc *doc, size_t i)
{
    return doc->opt.mode == QC_MODE_QUOTES && qc_score_leans_back(doc, i) &&
           (i == 0 || !doc->sents[i - 1].selected);
}

/* Pass 3: the best unselected body sentence by MMR that fits; QC_NONE if none. */
static size_t best(const budget *b)
{
    const qc_doc *doc = b->doc;
    size_t arg = QC_NONE;
    double top = -INFINITY;
    for (size_t i = 0; i < doc->n_sents; i++) {
        if (doc->sents[i].selected || !is_body(doc, i) || unclear(doc, i) || !fits(b, i)) continue;
        double m = mmr(b, i);
        if (m > top) { top = m; arg = i; }
    }
    return arg;
}

/* Pass 3: takes the best by MMR until nothing more fits. */
static void fill(budget *b)
{
    for (;;) {
        size_t i = best(b);
        if (i == QC_NONE) return;
        take(b, i);
    }
}

/* Pass 2: a short sentence before a chosen quote that leans back. */
static void add_context(budget *b)
{
    qc_doc *doc = b->doc;
    for (size_t i = 1; i < doc->n_sents; i++) {
        if (!doc->sents[i].selected || !carried(doc, i) || !unclear(doc, i)) continue;
        size_t p = i - 1;
        if (!is_body(doc, p) || section_of(doc, p) != section_of(doc, i)) continue;
        if (b->words_of[p] > CONTEXT_MAX_WORDS || !fits(b, p)) continue;
        take(b, p);
    }
}

/* A coverage candidate: an unselected attributed quote sentence that fits. */
static bool cover_candidate(const budget *b, size_t i)
{
    const qc_doc *doc = b->doc;
    return !doc->sents[i].selected && is_body(doc, i) && carried(doc, i) && fits(b, i);
}

/* What covering a section with sentence i is worth: covering comes first,
 * then a quote clear on its own, then its MMR value, plus its speaker's
 * salience, less what its words cost (listening time the other lines lose). */
static double cover_value(const budget *b, size_t i)
{
    return COVER_BONUS + (unclear(b->doc, i) ? 0 : CLEAR_BONUS) + mmr(b, i) +
           SPEAKER_W * carried(b->doc, i)->salience - (double)b->words_of[i] / QUOTE_WORD_SCALE;
}

/* Whether the choices so far carry an attributed quote, clear where it
 * stands, in every section (slot section + 1) marked in `wanted`.
 * `have` is scratch of doc->n_sections + 1 entries. */
static bool covers(const budget *b, const bool *wanted, bool *have)
{
    const qc_doc *doc = b->doc;
    size_t ns = doc->n_sections + 1;
    memset(have, 0, ns);
    for (size_t k = 0; k < b->n; k++) {
        size_t i = b->sel[k];
        if (carried(doc, i) && !unclear(doc, i)) have[section_of(doc, i) + 1] = true;
    }
    for (size_t s = 0; s < ns; s++)
        if (wanted[s] && !have[s]) return false;
    return true;
}

/* Pass 1, when the sentence count binds (or no time or word budget):
 * rounds of the best quote of any uncovered section. */
static void cover_greedy(budget *b, bool *covered)
{
    qc_doc *doc = b->doc;
    for (;;) {
        size_t arg = QC_NONE;
        double top = -INFINITY;
        for (size_t i = 0; i < doc->n_sents; i++) {
            if (!cover_candidate(b, i) || covered[section_of(doc, i) + 1]) continue;
            double v = cover_value(b, i);
            if (v > top) { top = v; arg = i; }
        }
        if (arg == QC_NONE) return;
        covered[section_of(doc, arg) + 1] = true;
        take(b, arg);
    }
}

/* Cost of sentence i in COVER_UNITS of what is left of the time and word
 * budgets (the scarcer of the two). */
static size_t cover_cost(const budget *b, size_t i, double rem_s, double rem_w)
{
    double f = 0;
    if (rem_s < INFINITY) f = item_seconds(b, i) / rem_s;
    if (rem_w < INFINITY && (double)b->words_of[i] / rem_w > f) f = (double)b->words_of[i] / rem_w;
    if (!(f >= 0 && f <= 1)) return COVER_UNITS + 1; /* does not fit at all */
    return (size_t)ceil(f * COVER_UNITS);
}

/* Pass 1: one attributed quote per section (slot s = section s - 1), the
 * best set that fits: a multiple-choice knapsack over the time (or word)
 * budget that covers as many sections as it can, preferring quotes clear
 * on their own, then the highest total score. So a long quote never crowds
 * out a section whose quote would otherwise fit. */
static qc_status cover_sections(budget *b)
{
    qc_doc *doc = b->doc;
    size_t ns = doc->n_sections + 1, k = 0;
    bool *covered = qc_arena_alloc(doc->arena, ns);
    if (!covered) return QC_ERR_NOMEM;
    for (size_t i = 0; i < doc->n_sents; i++)
        if (cover_candidate(b, i) && !covered[section_of(doc, i) + 1]) {
            covered[section_of(doc, i) + 1] = true;
            k++;
        }
    memset(covered, 0, ns);
    double rem_s = b->max_seconds > 0 ? b->max_seconds - b->seconds : INFINITY;
    double rem_w = b->max_words != SIZE_MAX ? (double)(b->max_words - b->words) : INFINITY;
    if (!k) return QC_OK;
    if (b->max_n - b->n < k || (rem_s == INFINITY && rem_w == INFINITY)) {
        cover_greedy(b, covered);
        return QC_OK;
    }
    /* val[s][r]: best value of slots < s within r units; pick[s][r]: slot s - 1's sentence */
    size_t R = COVER_UNITS, W = R + 1;
    double *val = qc_arena_alloc(doc->arena, (ns + 1) * W * sizeof *val);
    size_t *pick = qc_arena_alloc(doc->arena, (ns + 1) * W * sizeof *pick);
    size_t *cost = qc_arena_alloc(doc->arena, (doc->n_sents + 1) * sizeof *cost);
    double *value = qc_arena_alloc(doc->arena, (doc->n_sents + 1) * sizeof *value);
    if (!val || !pick || !cost || !value) return QC_ERR_NOMEM;
    for (size_t i = 0; i < doc->n_sents; i++)
        if (cover_candidate(b, i)) {
            cost[i] = cover_cost(b, i, rem_s, rem_w);
            value[i] = cover_value(b, i);
        }
    for (size_t r = 0; r < W; r++) { val[r] = 0; pick[r] = QC_NONE; }
    for (size_t s = 0; s < ns; s++) {
        double *cur = val + (s + 1) * W, *prev = val + s * W;
        size_t *pk = pick + (s + 1) * W;
        for (size_t r = 0; r < W; r++) { cur[r] = prev[r]; pk[r] = QC_NONE; }
        for (size_t i = 0; i < doc->n_sents; i++) {
            if (!cover_candidate(b, i) || (size_t)(section_of(doc, i) + 1) != s || cost[i] > R) continue;
            for (size_t r = cost[i]; r < W; r++)
                if (prev[r - cost[i]] + value[i] > cur[r]) { cur[r] = prev[r - cost[i]] + value[i]; pk[r] = i; }
        }
    }
    size_t r = R;
    for (size_t s = ns; s > 0; s--) {
        size_t i = pick[s * W + r];
        if (i == QC_NONE) continue;
        r -= cost[i];
        take(b, i);
    }
    return QC_OK;
}

/* Quotes mode: the plain fill when it covers every section that has a
 * quote that fits; else coverage, context, then the fill. */
static qc_status choose_quotes(budget *b)
{
    qc_doc *doc = b->doc;
    size_t ns = doc->n_sections + 1;
    bool *wanted = qc_arena_alloc(doc->arena, ns), *have = qc_arena_alloc(doc->arena, ns);
    if (!wanted || !have) return QC_ERR_NOMEM;
    for (size_t i = 0; i < doc->n_sents; i++)
        if (cover_candidate(b, i)) wanted[section_of(doc, i) + 1] = true;
    fill(b);
    if (covers(b, wanted, have)) return QC_OK;
    untake_all(b);
    qc_status st = cover_sections(b);
    if (st) return st;
    add_context(b);
    fill(b);
    return QC_OK;
}

/* The spoken intro (title, source) and closing line. */
static double intro_seconds(const qc_doc *doc)
{
    if (doc->opt.no_intro) return 0;
    double t = line_seconds(doc, OUTRO_CHARS, "", 0);
    const char *ti = doc->meta.title, *so = doc->meta.source;
    if (ti || so) {
        t += line_seconds(doc, so ? ATTRIBUTION_CHARS : 0, ti ? ti : "", ti ? strlen(ti) : 0);
        if (so) t += qc_select_estimate_text_seconds(doc, so, strlen(so));
    }
    return t;
}

qc_status qc_select(qc_doc *doc)
{
    const qc_options *o = &doc->opt;
    size_t n = doc->n_sents, nb = 0;
    budget b;
    memset(&b, 0, sizeof b);
    b.doc = doc;
    b.words_of = qc_arena_alloc(doc->arena, (n + 1) * sizeof *b.words_of);
    b.secs_of = qc_arena_alloc(doc->arena, (n + 1) * sizeof *b.secs_of);
    b.signposted = qc_arena_alloc(doc->arena, doc->n_sections + 1);
    b.sel = qc_arena_alloc(doc->arena, (n + 1) * sizeof *b.sel);
    doc->chosen = qc_arena_alloc(doc->arena, (n + 1) * sizeof *doc->chosen);
    if (!b.words_of || !b.secs_of || !b.signposted || !b.sel || !doc->chosen)
        return qc_doc_fail(doc, QC_ERR_NOMEM, "out of memory while selecting sentences");
    for (size_t i = 0; i < n; i++) {
        const qc_sentence *s = &doc->sents[i];
        doc->sents[i].selected = false;
        b.words_of[i] = qc_score_count_words(doc->text + s->start, s->end - s->start);
        size_t attr = o->mode == QC_MODE_QUOTES && carried(doc, i) ? ATTRIBUTION_CHARS : 0;
        b.secs_of[i] = line_seconds(doc, attr, doc->text + s->start, s->end - s->start);
        if (is_body(doc, i)) nb++;
    }
    doc->n_chosen = 0;

    b.max_n = o->max_sentences > 0 ? (size_t)o->max_sentences : SIZE_MAX;
    if (o->ratio > 0) {
        double r = floor(o->ratio * (double)nb + 0.5);
        size_t rn = r < 1 ? 1 : r < 0x1p62 ? (size_t)r : (size_t)1 << 62;  /* no UB cast of a huge ratio */
        if (rn < b.max_n) b.max_n = rn;
    }
    b.max_words = o->max_words > 0 ? (size_t)o->max_words : SIZE_MAX;
    b.max_seconds = o->seconds > 0 ? o->seconds : 0;
    if (!o->all && o->max_sentences <= 0 && o->max_words <= 0 && o->ratio <= 0 && o->seconds <= 0)
        b.max_seconds = DEFAULT_SECONDS;
    if (b.max_seconds > 0) b.seconds = b.start_seconds = intro_seconds(doc);

    if (o->all) {
        for (size_t i = 0; i < n; i++)
            if (!is_body(doc, i)) continue;
            else if (fits(&b, i)) take(&b, i);
            else break;
    } else {
        if (o->mode == QC_MODE_QUOTES) {
            if (choose_quotes(&b)) return qc_doc_fail(doc, QC_ERR_NOMEM, "out of memory while selecting sentences");
        } else {
            fill(&b);
        }
    }
    if (!b.n) { /* nothing fits: one sentence rather than silence (--all: the first) */
        size_t arg = QC_NONE;
        for (size_t i = 0; i < n; i++)
            if (is_body(doc, i) && (arg == QC_NONE || (!o->all && doc->sents[i].score > doc->sents[arg].score)))
                arg = i;
        if (arg != QC_NONE) take(&b, arg);
    }
    for (size_t i = 0; i < n; i++)
        if (doc->sents[i].selected) doc->chosen[doc->n_chosen++] = i;
    return QC_OK;
}
