/* json.c: the analysis as JSON (jansson), schema in docs/contract.md. */
#include "json.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

/* jansson steals the references handed to json_object_set_new; a NULL
 * value (allocation failure) makes the set fail, which we fold into `ok`. */
typedef struct { bool ok; } jctx;

static void put(jctx *c, json_t *obj, const char *key, json_t *v)
{
    if (!v || json_object_set_new(obj, key, v) != 0) c->ok = false;
}

static void push(jctx *c, json_t *arr, json_t *v)
{
    if (!v || json_array_append_new(arr, v) != 0) c->ok = false;
}

/* A JSON string of s[0..n). Text from the input is valid UTF-8; should a
 * composed string not be, its invalid bytes become U+FFFD rather than the
 * whole document failing. */
static json_t *text(const char *s, size_t n)
{
    json_t *j = json_stringn(s, n);
    if (j || !s) return j;
    char *fixed = malloc(n * 3 + 1);
    if (!fixed) return NULL;
    size_t o = 0;
    for (size_t i = 0; i < n;) o += qc_utf8_put(qc_utf8_next(s, n, &i), fixed + o);
    j = json_stringn(fixed, o);
    free(fixed);
    return j;
}

static json_t *str(const char *s) { return text(s, strlen(s)); }
static json_t *str_or_null(const char *s) { return s ? str(s) : json_null(); }

static json_t *span_text(const qc_doc *d, size_t a, size_t b)
{
    return text(d->text + a, b - a);
}

static json_t *off(const qc_doc *d, size_t o) { return json_integer((json_int_t)qc_doc_input_offset(d, o)); }

static json_t *sections(jctx *c, const qc_doc *d)
{
    json_t *arr = json_array();
    if (!arr) return NULL;
    for (size_t i = 0; i < d->n_sections; i++) {
        const qc_section *s = &d->sections[i];
        const qc_para *h = &d->paras[s->heading];
        size_t end = s->end_para > s->first_para ? d->paras[s->end_para - 1].end : h->end;
        json_t *o = json_object();
        put(c, o, "heading", span_text(d, h->start, h->end));
        put(c, o, "start", off(d, h->start));
        put(c, o, "end", off(d, end));
        push(c, arr, o);
    }
    return arr;
}

static json_t *sentences(jctx *c, const qc_doc *d)
{
    json_t *arr = json_array();
    if (!arr) return NULL;
    for (size_t i = 0; i < d->n_sents; i++) {
        const qc_sentence *s = &d->sents[i];
        json_t *o = json_object();
        put(c, o, "start", off(d, s->start));
        put(c, o, "end", off(d, s->end));
        put(c, o, "text", span_text(d, s->start, s->end));
        put(c, o, "score", json_real(s->score));
        put(c, o, "selected", json_boolean(s->selected));
        put(c, o, "quote", s->quote >= 0 ? json_integer(s->quote) : json_null());
        put(c, o, "paragraph", json_integer((json_int_t)s->para));
        put(c, o, "heading", json_boolean(d->paras[s->para].kind == QC_PARA_HEADING));
        if (d->opt.explain && s->feat && d->feat_names) {
            json_t *f = json_object();
            for (size_t k = 0; k < d->n_feat; k++) put(c, f, d->feat_names[k], json_real(s->feat[k]));
            put(c, o, "features", f);
        }
        push(c, arr, o);
    }
    return arr;
}

static json_t *quotes(jctx *c, const qc_doc *d)
{
    json_t *arr = json_array();
    if (!arr) return NULL;
    for (size_t i = 0; i < d->n_quotes; i++) {
        const qc_quote *q = &d->quotes[i];
        json_t *o = json_object();
        put(c, o, "start", off(d, q->start));
        put(c, o, "end", off(d, q->end));
        put(c, o, "text", span_text(d, q->start, q->end));
        if (q->sp_start != QC_NONE) {
            json_t *sp = json_object();
            put(c, sp, "start", off(d, q->sp_start));
            put(c, sp, "end", off(d, q->sp_end));
            put(c, sp, "text", span_text(d, q->sp_start, q->sp_end));
            put(c, o, "speaker", sp);
        } else {
            put(c, o, "speaker", json_null());
        }
        put(c, o, "speaker_name", str_or_null(q->speaker_name));
        put(c, o, "cue", str_or_null(q->cue));
        put(c, o, "partial", json_boolean(q->partial));
        push(c, arr, o);
    }
    return arr;
}

static json_t *summary(jctx *c, const qc_doc *d)
{
    json_t *arr = json_array();
    if (!arr) return NULL;
    for (size_t i = 0; i < d->n_chosen; i++) {
        const qc_sentence *s = &d->sents[d->chosen[i]];
        push(c, arr, span_text(d, s->start, s->end));
    }
    return arr;
}

static const char *kind_name(qc_item_kind k)
{
    switch (k) {
    case QC_ITEM_INTRO: return "intro";
    case QC_ITEM_HEADING: return "heading";
    case QC_ITEM_SENTENCE: return "sentence";
    case QC_ITEM_QUOTE: return "quote";
    case QC_ITEM_OUTRO: return "outro";
    }
    return "?";
}

static json_t *items(jctx *c, const qc_doc *d)
{
    json_t *arr = json_array();
    if (!arr) return NULL;
    for (size_t i = 0; i < d->n_items; i++) {
        const qc_item *it = &d->items[i];
        json_t *o = json_object();
        put(c, o, "kind", json_string(kind_name(it->kind)));
        put(c, o, "sentence", it->sentence >= 0 ? json_integer(it->sentence) : json_null());
        put(c, o, "quote", it->quote >= 0 ? json_integer(it->quote) : json_null());
        put(c, o, "label", str_or_null(it->label));
        json_t *segs = json_array();
        for (size_t k = it->first_seg; k < it->first_seg + it->n_seg; k++) {
            json_t *so = json_object();
            put(c, so, "voice", json_string(d->segs[k].voice == QC_VOICE_QUOTE ? "quote" : "narrator"));
            put(c, so, "spoken", str_or_null(d->segs[k].spoken));
            push(c, segs, so);
        }
        put(c, o, "segments", segs);
        push(c, arr, o);
    }
    return arr;
}

char *qc_json(const qc_doc *d, bool pretty)
{
    jctx c = {true};
    json_t *root = json_object();
    if (!root) return NULL;
    put(&c, root, "title", str_or_null(d->meta.title));
    put(&c, root, "source", str_or_null(d->meta.source));
    put(&c, root, "dateline", str_or_null(d->meta.dateline));
    put(&c, root, "byline", str_or_null(d->meta.byline));
    put(&c, root, "date", str_or_null(d->meta.date));
    put(&c, root, "format", json_string(d->is_html ? "html" : "text"));
    put(&c, root, "sections", sections(&c, d));
    put(&c, root, "body", str(d->body ? d->body : ""));
    put(&c, root, "sentences", sentences(&c, d));
    put(&c, root, "quotes", quotes(&c, d));
    put(&c, root, "summary", summary(&c, d));
    put(&c, root, "script", str(d->script ? d->script : ""));
    put(&c, root, "items", items(&c, d));
    char *out = c.ok ? json_dumps(root, (pretty ? JSON_INDENT(2) : 0) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6)) : NULL;
    json_decref(root);
    return out;
}
