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
 * sentence already chosen) that still fits every budget. In quotes mode it
 * runs in three passes:
 *   1. coverage: the best attributed quote of each section (the part before
 *      the first heading counts as a section), best sections first, before
 *      any section gets a second;
 *   2. context: a chosen quote whose words open by pointing back ("This",
 *      "However", ...) gets the short sentence before it, if that fits;
 *   3. fill: the rest by MMR over every body sentence.
 * Summary mode runs the fill pass only. Budgets combine, the tightest wins:
 * -n, --words, --ratio, --seconds (estimated, intro included). With none of
 * them the default is a one-minute briefing. --all takes body sentences in
 * article order, within any budget given.
 */

#define MMR_LAMBDA 0.3
#define DEFAULT_SECONDS 60.0
#define DEFAULT_RATE 170          /* words per minute; synth.c's default */
#define SECONDS_PER_WORD_SCALE 1.0 /* espeak-ng's pace against the nominal rate */
#define ITEM_PAUSE 0.4            /* seconds of silence after each item */
#define ATTRIBUTION_WORDS 3       /* "Lavrov said" around a quote */
#define INTRO_EXTRA_WORDS 8       /* source line and closing, beyond the title */
#define CONTEXT_MAX_WORDS 25

typedef struct {
    qc_doc *doc;
    size_t max_n, max_words;
    double max_seconds;           /* 0 = none */
    size_t n, words;
    double seconds;
    size_t *words_of;             /* per sentence */
} budget;

double qc_select_estimate_seconds(const qc_doc *doc, size_t words)
{
    int rate = doc->opt.rate > 0 ? doc->opt.rate : DEFAULT_RATE;
    return (double)words * 60.0 / rate * SECONDS_PER_WORD_SCALE;
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

static double item_seconds(const budget *b, size_t i)
{
    size_t w = b->words_of[i];
    if (b->doc->opt.mode == QC_MODE_QUOTES && carried(b->doc, i)) w += ATTRIBUTION_WORDS;
    return qc_select_estimate_seconds(b->doc, w) + ITEM_PAUSE;
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
    b->doc->sents[i].selected = true;
    b->n++;
    b->words += b->words_of[i];
    b->seconds += item_seconds(b, i);
}

static double mmr(const qc_doc *doc, size_t i)
{
    double red = 0;
    for (size_t k = 0; k < doc->n_sents; k++)
        if (doc->sents[k].selected) {
            double s = qc_score_similarity(doc, i, k);
            if (s > red) red = s;
        }
    return doc->sents[i].score - MMR_LAMBDA * red;
}

/* The best unselected body sentence by MMR that fits (and, if quotes_only,
 * carries an attributed quote in `section`); QC_NONE if none. */
static size_t best(const budget *b, bool quotes_only, int section)
{
    const qc_doc *doc = b->doc;
    size_t arg = QC_NONE;
    double top = -INFINITY;
    for (size_t i = 0; i < doc->n_sents; i++) {
        if (doc->sents[i].selected || !is_body(doc, i)) continue;
        if (quotes_only && (!carried(doc, i) || doc->paras[doc->sents[i].para].section != section))
            continue;
        if (!fits(b, i)) continue;
        double m = mmr(doc, i);
        if (m > top) { top = m; arg = i; }
    }
    return arg;
}

/* Pass 2: a short sentence before a chosen quote that leans back. */
static void add_context(budget *b)
{
    qc_doc *doc = b->doc;
    for (size_t i = 1; i < doc->n_sents; i++) {
        const qc_quote *q = doc->sents[i].selected ? carried(doc, i) : NULL;
        if (!q || !qc_score_quote_leans_back(doc, q)) continue;
        if (q->first_sent != QC_NONE && q->first_sent < i) continue; /* mid-quote: no help */
        size_t p = i - 1;
        if (doc->sents[p].selected || !is_body(doc, p) || carried(doc, p)) continue;
        if (doc->paras[doc->sents[p].para].section != doc->paras[doc->sents[i].para].section) continue;
        if (b->words_of[p] > CONTEXT_MAX_WORDS || !fits(b, p)) continue;
        take(b, p);
    }
}

/* Pass 1: one attributed quote per section, best sections first. */
static void cover_sections(budget *b)
{
    qc_doc *doc = b->doc;
    size_t ns = doc->n_sections + 1;  /* section -1 is slot 0 */
    for (size_t round = 0; round < ns; round++) {
        size_t arg = QC_NONE;
        double top = -INFINITY;
        for (size_t s = 0; s < ns; s++) {
            int sec = (int)s - 1;
            bool has = false;
            for (size_t i = 0; i < doc->n_sents && !has; i++)
                has = doc->sents[i].selected && carried(doc, i) &&
                      doc->paras[doc->sents[i].para].section == sec;
            if (has) continue;
            size_t i = best(b, true, sec);
            if (i == QC_NONE) continue;
            double m = mmr(doc, i);
            if (m > top) { top = m; arg = i; }
        }
        if (arg == QC_NONE) break;
        take(b, arg);
    }
}

static double intro_seconds(const qc_doc *doc)
{
    if (doc->opt.no_intro) return 0;
    size_t w = INTRO_EXTRA_WORDS;
    if (doc->meta.title) w += qc_score_count_words(doc->meta.title, strlen(doc->meta.title));
    return qc_select_estimate_seconds(doc, w) + 2 * ITEM_PAUSE;
}

qc_status qc_select(qc_doc *doc)
{
    const qc_options *o = &doc->opt;
    size_t n = doc->n_sents, nb = 0;
    budget b;
    memset(&b, 0, sizeof b);
    b.doc = doc;
    b.words_of = qc_arena_alloc(doc->arena, (n + 1) * sizeof *b.words_of);
    doc->chosen = qc_arena_alloc(doc->arena, (n + 1) * sizeof *doc->chosen);
    if (!b.words_of || !doc->chosen) return qc_doc_fail(doc, QC_ERR_NOMEM, "out of memory while selecting sentences");
    for (size_t i = 0; i < n; i++) {
        doc->sents[i].selected = false;
        b.words_of[i] = qc_score_count_words(doc->text + doc->sents[i].start, doc->sents[i].end - doc->sents[i].start);
        if (is_body(doc, i)) nb++;
    }
    doc->n_chosen = 0;

    b.max_n = o->max_sentences > 0 ? (size_t)o->max_sentences : SIZE_MAX;
    if (o->ratio > 0) {
        double r = floor(o->ratio * (double)nb + 0.5);
        size_t rn = r < 1 ? 1 : (size_t)r;
        if (rn < b.max_n) b.max_n = rn;
    }
    b.max_words = o->max_words > 0 ? (size_t)o->max_words : SIZE_MAX;
    b.max_seconds = o->seconds > 0 ? o->seconds : 0;
    if (!o->all && o->max_sentences <= 0 && o->max_words <= 0 && o->ratio <= 0 && o->seconds <= 0)
        b.max_seconds = DEFAULT_SECONDS;
    if (b.max_seconds > 0) b.seconds = intro_seconds(doc);

    if (o->all) {
        for (size_t i = 0; i < n; i++)
            if (!is_body(doc, i)) continue;
            else if (fits(&b, i)) take(&b, i);
            else break;
    } else {
        if (o->mode == QC_MODE_QUOTES) {
            cover_sections(&b);
            add_context(&b);
        }
        for (;;) {
            size_t i = best(&b, false, 0);
            if (i == QC_NONE) break;
            take(&b, i);
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
