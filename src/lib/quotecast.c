/* quotecast.c: the public API over the article model and the pipeline. */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "fetch.h"
#include "html.h"
#include "json.h"
#include "pipeline.h"
#include "synth.h"

struct qc_article {
    qc_options opt;
    qc_doc doc;
    bool loaded;
    const char **summary;   /* arena strings, one per chosen sentence */
    double audio_seconds;
};

static const char *const messages[QC_STATUS_COUNT] = {
    [QC_OK] = "success",
    [QC_ERR_NOMEM] = "out of memory",
    [QC_ERR_ARG] = "invalid argument",
    [QC_ERR_IO] = "cannot read the input",
    [QC_ERR_EMPTY] = "the input is empty",
    [QC_ERR_BINARY] = "the input is binary data, not text",
    [QC_ERR_TOO_LARGE] = "the input is too large",
    [QC_ERR_NO_TEXT] = "no article text found",
    [QC_ERR_NO_SENTENCES] = "no sentences found in the article",
    [QC_ERR_HTML] = "the HTML page could not be parsed",
    [QC_ERR_URL] = "malformed or unsupported URL",
    [QC_ERR_NET] = "network failure",
    [QC_ERR_HTTP] = "the server answered with an HTTP error",
    [QC_ERR_CONTENT_TYPE] = "the URL serves neither HTML nor plain text",
    [QC_ERR_VOICE] = "voice not found",
    [QC_ERR_SYNTH] = "speech synthesis failed",
    [QC_ERR_AUDIO_FORMAT] = "unknown audio format",
    [QC_ERR_WRITE] = "cannot write the output file",
    [QC_ERR_UNSUPPORTED] = "not supported",
    [QC_ERR_INTERNAL] = "internal error",
};

const char *qc_strerror(qc_status s)
{
    if ((unsigned)s >= QC_STATUS_COUNT || !messages[s]) return "unknown error";
    return messages[s];
}

const char *qc_version(void) { return QC_VERSION_STRING; }

void qc_options_init(qc_options *o)
{
    memset(o, 0, sizeof *o);
    o->format = QC_FORMAT_AUTO;
    o->mode = QC_MODE_QUOTES;
    o->pitch = -1;
    o->loudness = -16.0;
}

qc_article *qc_article_new(const qc_options *opt)
{
    qc_article *a = calloc(1, sizeof *a);
    if (!a) return NULL;
    if (opt) a->opt = *opt;
    else qc_options_init(&a->opt);
    if (qc_doc_init(&a->doc, &a->opt) != QC_OK) {
        free(a);
        return NULL;
    }
    return a;
}

void qc_article_free(qc_article *a)
{
    if (!a) return;
    qc_doc_reset(&a->doc);
    free(a);
}

static qc_status fresh(qc_article *a)
{
    qc_doc_reset(&a->doc);
    a->loaded = false;
    a->summary = NULL;
    a->audio_seconds = 0;
    return qc_doc_init(&a->doc, &a->opt);
}

/* The summary strings for the current selection (which --seconds may tighten). */
static qc_status build_summary(qc_article *a)
{
    qc_doc *d = &a->doc;
    a->summary = qc_arena_alloc(d->arena, (d->n_chosen + 1) * sizeof *a->summary);
    if (!a->summary) return QC_ERR_NOMEM;
    for (size_t i = 0; i < d->n_chosen; i++) {
        const qc_sentence *se = &d->sents[d->chosen[i]];
        a->summary[i] = qc_arena_strndup(d->arena, d->text + se->start, se->end - se->start);
        if (!a->summary[i]) return QC_ERR_NOMEM;
    }
    return QC_OK;
}

static qc_status finish_load(qc_article *a, qc_status s)
{
    qc_doc *d = &a->doc;
    if (s == QC_OK) s = build_summary(a);
    if (s != QC_OK) {
        char err[sizeof d->err];
        memcpy(err, d->err[0] ? d->err : qc_strerror(s), sizeof err);
        err[sizeof err - 1] = '\0';
        fresh(a);
        memcpy(a->doc.err, err, sizeof err);
        return s;
    }
    a->loaded = true;
    return QC_OK;
}

qc_status qc_article_load(qc_article *a, const char *src)
{
    if (!a) return QC_ERR_ARG;
    qc_status s = fresh(a);
    if (s) return s;
    if (!src) return qc_doc_fail(&a->doc, QC_ERR_ARG, "no input given");
    return finish_load(a, qc_pipeline_analyze(&a->doc, src, NULL, 0));
}

qc_status qc_article_load_memory(qc_article *a, const void *data, size_t len)
{
    if (!a) return QC_ERR_ARG;
    qc_status s = fresh(a);
    if (s) return s;
    return finish_load(a, qc_pipeline_analyze(&a->doc, NULL, data, len));
}

const char *qc_article_error(const qc_article *a) { return a ? a->doc.err : "no article"; }

const char *qc_article_title(const qc_article *a)
{
    return a && a->loaded ? a->doc.meta.title : NULL;
}

const char *qc_article_body(const qc_article *a)
{
    return a && a->loaded && a->doc.body ? a->doc.body : "";
}

size_t qc_article_summary_count(const qc_article *a) { return a && a->loaded ? a->doc.n_chosen : 0; }

const char *qc_article_summary(const qc_article *a, size_t i)
{
    return a && a->loaded && i < a->doc.n_chosen ? a->summary[i] : NULL;
}

const char *qc_article_script(const qc_article *a)
{
    return a && a->loaded && a->doc.script ? a->doc.script : "";
}

char *qc_article_json(const qc_article *a, bool pretty)
{
    if (!a || !a->loaded) return NULL;
    return qc_json(&a->doc, pretty);
}

qc_status qc_article_speak(qc_article *a, const char *path)
{
    if (!a || !path) return QC_ERR_ARG;
    if (!a->loaded) return qc_doc_fail(&a->doc, QC_ERR_ARG, "no article loaded");
    qc_status s = qc_pipeline_speak(&a->doc, path);
    if (s == QC_OK) s = build_summary(a);
    if (s == QC_OK && a->doc.audio.rate)
        a->audio_seconds = (double)a->doc.audio.n / a->doc.audio.rate;
    else if (s != QC_OK && !a->doc.err[0])
        qc_doc_fail(&a->doc, s, "%s", qc_strerror(s));
    return s;
}

double qc_article_audio_seconds(const qc_article *a) { return a ? a->audio_seconds : 0; }

void qc_free(void *p) { free(p); }

void qc_global_cleanup(void)
{
    qc_synth_global_cleanup();
    qc_html_global_cleanup();
    qc_fetch_global_cleanup();
}
