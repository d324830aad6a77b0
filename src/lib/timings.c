/* timings.c: chapters (Podcasting 2.0 JSON) and timings (WebVTT, SRT, word JSON) from doc->audio. */
#include "timings.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text.h"

#define MIN_CUE_SAMPLES(rate) ((size_t)(rate) / 4)   /* a cue with no room gets 0.25 s */

qc_timings_kind qc_timings_kind_of(const char *path)
{
    const char *slash = path ? strrchr(path, '/') : NULL;
    const char *dot = path ? strrchr(slash ? slash : path, '.') : NULL;
    if (!dot) return QC_TIMINGS_NONE;
    if (!strcasecmp(dot, ".vtt")) return QC_TIMINGS_VTT;
    if (!strcasecmp(dot, ".srt")) return QC_TIMINGS_SRT;
    if (!strcasecmp(dot, ".json")) return QC_TIMINGS_JSON;
    return QC_TIMINGS_NONE;
}

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/* s[0..n) with runs of white space made one space, trimmed; arena string. */
static char *collapse(qc_arena *a, const char *s, size_t n)
{
    char *out = qc_arena_alloc(a, n + 1);
    if (!out) return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_space(s[i])) {
            if (k && out[k - 1] != ' ') out[k++] = ' ';
        } else {
            out[k++] = s[i];
        }
    }
    while (k && out[k - 1] == ' ') k--;
    out[k] = '\0';
    return out;
}

static const char *kind_name(qc_item_kind k)
{
    switch (k) {
    case QC_ITEM_INTRO: return "Introduction";
    case QC_ITEM_HEADING: return "Section";
    case QC_ITEM_QUOTE: return "Quote";
    case QC_ITEM_OUTRO: return "Closing";
    case QC_ITEM_SENTENCE: break;
    }
    return "Sentence";
}

const char *qc_chapter_title(qc_doc *doc, size_t i)
{
    if (i >= doc->n_items) return NULL;
    const qc_item *it = &doc->items[i];
    const char *l = it->label;
    char *t = l ? collapse(doc->arena, l, strlen(l)) : NULL;
    if (l && !t) return NULL;
    if (!t || !*t) return qc_arena_printf(doc->arena, "%s %zu", kind_name(it->kind), i + 1);
    size_t n = strlen(t);
    if (n <= QC_TITLE_MAX) return t;
    size_t cut = QC_TITLE_MAX - 3;
    while (cut > QC_TITLE_MAX / 2 && t[cut] != ' ') cut--;
    if (t[cut] != ' ') {                     /* no word boundary: cut at a UTF-8 boundary */
        cut = QC_TITLE_MAX - 3;
        cut = qc_utf8_floor(t, cut);
    }
    while (cut && (t[cut - 1] == ' ' || t[cut - 1] == ',' || t[cut - 1] == ';' || t[cut - 1] == ':')) cut--;
    memcpy(t + cut, "...", 4);
    return t;
}

size_t qc_chapter_start(const qc_doc *doc, size_t i)
{
    if (i == 0 || !doc->audio.item_start || i >= doc->n_items) return 0;
    return doc->audio.item_start[i] < doc->audio.n ? doc->audio.item_start[i] : doc->audio.n;
}

/* The segment's anchors are doc->text offsets (doc.h); an anchor outside the
 * segment's source range means they are relative to src_start instead. */
static size_t anchor_base(const qc_seg *sg)
{
    for (size_t k = 0; k < sg->map.n; k++)
        if (sg->map.a[k].in < sg->src_start || sg->map.a[k].in > sg->src_end) return sg->src_start;
    return 0;
}

/* doc->text offset of spoken offset `off`: exact inside a verbatim stretch
 * after an anchor, else the anchor's own offset (*exact false). */
static size_t map_off(const qc_doc *doc, const qc_seg *sg, size_t base, size_t off, bool *exact)
{
    size_t lo = 0, hi = sg->map.n;       /* last anchor with out <= off */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (sg->map.a[mid].out <= off) lo = mid;
        else hi = mid;
    }
    const qc_anchor *a = &sg->map.a[lo];
    size_t in = a->in + base, limit = sg->src_end < doc->len ? sg->src_end : doc->len;
    *exact = false;
    if (a->out > off || in > limit) return in < limit ? in : limit;
    size_t d = off - a->out;
    if (in + d <= limit && memcmp(sg->spoken + a->out, doc->text + in, d) == 0) {
        *exact = true;
        return in + d;
    }
    return in;
}

bool qc_timings_source_span(const qc_doc *doc, size_t seg, size_t pos, size_t len,
                            size_t *start, size_t *end)
{
    if (seg >= doc->n_segs) return false;
    const qc_seg *sg = &doc->segs[seg];
    if (sg->src_start == QC_NONE || !sg->map.n || !sg->spoken || sg->src_end > doc->len) return false;
    size_t base = anchor_base(sg), splen = strlen(sg->spoken);
    if (pos > splen) pos = splen;
    if (len > splen - pos) len = splen - pos;
    if (pos < sg->map.a[0].out) return false;   /* composed words before the first anchor */
    bool ex;
    size_t s = map_off(doc, sg, base, pos, &ex);
    size_t e = map_off(doc, sg, base, pos + len, &ex);
    if (!ex) {
        /* Where the next spoken word starts in the source, less separators. */
        e = sg->src_end;
        for (size_t k = 0; k < sg->map.n; k++) {
            size_t in = sg->map.a[k].in + base;
            if (sg->map.a[k].out >= pos + len && in > s) {
                e = in < e ? in : e;
                break;
            }
        }
        while (e > s && strchr(" \t\r\n,.;:!?\"'()[]", doc->text[e - 1])) e--;
    }
    if (s < sg->src_start) s = sg->src_start;
    if (e > sg->src_end) e = sg->src_end;
    if (e < s) e = s;
    while (s < e && is_space(doc->text[s])) s++;
    while (e > s && is_space(doc->text[e - 1])) e--;
    *start = s;
    *end = e;
    return true;
}

qc_status qc_timings_cues(qc_doc *doc, qc_cue **cues, size_t *n)
{
    const qc_audio *au = &doc->audio;
    qc_cue *c = NULL;
    size_t nc = 0, cap = 0;
    bool open = false;
    qc_cue cur = {0};
    for (size_t k = 0; k <= au->n_marks; k++) {
        const qc_mark *m = k < au->n_marks ? &au->marks[k] : NULL;
        bool starts = m && m->seg < doc->n_segs && m->item < doc->n_items &&
                      (m->kind == QC_MARK_SENTENCE ||
                       (m->kind == QC_MARK_WORD && (!open || cur.seg != m->seg)));
        if (open && (!m || starts || m->kind == QC_MARK_ITEM)) {
            if (QC_PUSH(doc->arena, c, nc, cap, cur)) return QC_ERR_NOMEM;
            open = false;
        }
        if (starts) {
            cur = (qc_cue){m->sample, 0, m->item, m->seg, m->pos, 0};
            open = true;
        }
    }
    /* Text ranges, end times; then drop cues that say or last nothing. */
    size_t out = 0;
    for (size_t i = 0; i < nc; i++) {
        qc_cue *q = &c[i];
        const qc_seg *sg = &doc->segs[q->seg];
        const char *sp = sg->spoken ? sg->spoken : sg->text ? sg->text : "";
        size_t splen = strlen(sp);
        if (q->pos > splen) q->pos = splen;
        size_t tend = i + 1 < nc && c[i + 1].seg == q->seg && c[i + 1].pos >= q->pos ? c[i + 1].pos : splen;
        q->len = tend - q->pos;
        size_t end = au->item_end && au->item_end[q->item] > q->start ? au->item_end[q->item] : au->n;
        if (i + 1 < nc && c[i + 1].start < end) end = c[i + 1].start;
        if (end <= q->start) end = q->start + MIN_CUE_SAMPLES(au->rate);
        if (i + 1 < nc && end > c[i + 1].start) end = c[i + 1].start;
        if (end > au->n) end = au->n;
        if (out && q->start < c[out - 1].end) q->start = c[out - 1].end;
        q->end = end;
        bool words = false;
        for (size_t b = q->pos; b < q->pos + q->len && !words; b++) words = !is_space(sp[b]);
        if (q->end > q->start && words) c[out++] = *q;
    }
    *cues = c;
    *n = out;
    return QC_OK;
}

static double secs(const qc_doc *doc, size_t sample)
{
    int rate = doc->audio.rate > 0 ? doc->audio.rate : 1;
    return round((double)sample * 1000.0 / rate) / 1000.0;
}

static json_t *jstr(const char *s)
{
    json_t *j = json_string(s);
    return j ? j : json_string("");
}

/* json_dumps `root` (consumed) and append it with a newline. */
static qc_status dump(json_t *root, qc_buf *out)
{
    if (!root) return QC_ERR_NOMEM;
    char *s = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
    json_decref(root);
    if (!s) return QC_ERR_NOMEM;
    qc_status st = qc_buf_puts(out, s);
    free(s);
    return st ? st : qc_buf_putc(out, '\n');
}

qc_status qc_chapters_json(qc_doc *doc, const char *audio_name, qc_buf *out)
{
    json_t *root = json_object(), *list = json_array();
    if (!root || !list) {
        json_decref(root), json_decref(list);
        return QC_ERR_NOMEM;
    }
    json_object_set_new(root, "version", json_string("1.2.0"));
    if (doc->meta.title) json_object_set_new(root, "title", jstr(doc->meta.title));
    if (audio_name) {
        const char *b = strrchr(audio_name, '/');
        json_object_set_new(root, "fileName", jstr(b ? b + 1 : audio_name));
    }
    for (size_t i = 0; i < doc->n_items; i++) {
        const char *t = qc_chapter_title(doc, i);
        json_t *ch = json_object();
        if (!t || !ch || json_array_append_new(list, ch)) {
            json_decref(ch), json_decref(root), json_decref(list);
            return QC_ERR_NOMEM;
        }
        json_object_set_new(ch, "startTime", json_real(secs(doc, qc_chapter_start(doc, i))));
        json_object_set_new(ch, "title", jstr(t));
    }
    json_object_set_new(root, "chapters", list);
    return dump(root, out);
}

static qc_status stamp(qc_buf *out, const qc_doc *doc, size_t sample, char sep)
{
    long long ms = llround((double)sample * 1000.0 / (doc->audio.rate > 0 ? doc->audio.rate : 1));
    return qc_buf_printf(out, "%02lld:%02lld:%02lld%c%03lld", ms / 3600000, ms / 60000 % 60,
                         ms / 1000 % 60, sep, ms % 1000);
}

/* Cue text: spoken words, one line; WebVTT escapes & < >. */
static qc_status cue_text(qc_doc *doc, const qc_cue *q, bool vtt, qc_buf *out)
{
    const qc_seg *sg = &doc->segs[q->seg];
    const char *sp = sg->spoken ? sg->spoken : sg->text;
    char *t = collapse(doc->arena, sp + q->pos, q->len);
    if (!t) return QC_ERR_NOMEM;
    qc_status s = QC_OK;
    for (const char *p = t; *p && !s; p++) {
        if (vtt && *p == '&') s = qc_buf_puts(out, "&amp;");
        else if (vtt && *p == '<') s = qc_buf_puts(out, "&lt;");
        else if (vtt && *p == '>') s = qc_buf_puts(out, "&gt;");
        else s = qc_buf_putc(out, *p);
    }
    return s ? s : qc_buf_putc(out, '\n');
}

static qc_status render_cues(qc_doc *doc, bool vtt, qc_buf *out)
{
    qc_cue *c;
    size_t n;
    qc_status s = qc_timings_cues(doc, &c, &n);
    if (!s && vtt) s = qc_buf_puts(out, "WEBVTT\n");
    for (size_t i = 0; i < n && !s; i++) {
        if (vtt) s = qc_buf_printf(out, "\n%zu\n", i + 1);
        else s = qc_buf_printf(out, "%s%zu\n", i ? "\n" : "", i + 1);
        if (!s) s = stamp(out, doc, c[i].start, vtt ? '.' : ',');
        if (!s) s = qc_buf_puts(out, " --> ");
        if (!s) s = stamp(out, doc, c[i].end, vtt ? '.' : ',');
        if (!s) s = qc_buf_putc(out, '\n');
        if (!s) s = cue_text(doc, &c[i], vtt, out);
    }
    return s;
}

/* Spoken text of [pos, pos+len) in a segment as a JSON string. */
static json_t *spoken_json(qc_doc *doc, size_t seg, size_t pos, size_t len)
{
    const qc_seg *sg = &doc->segs[seg];
    const char *sp = sg->spoken ? sg->spoken : sg->text ? sg->text : "";
    size_t n = strlen(sp);
    if (pos > n) pos = n;
    if (len > n - pos) len = n - pos;
    char *t = collapse(doc->arena, sp + pos, len);
    return t ? jstr(t) : NULL;
}

static qc_status render_json(qc_doc *doc, qc_buf *out)
{
    const qc_audio *au = &doc->audio;
    qc_cue *c;
    size_t nc;
    qc_status s = qc_timings_cues(doc, &c, &nc);
    if (s) return s;
    json_t *root = json_object(), *sents = json_array(), *words = json_array();
    if (!root || !sents || !words) {
        json_decref(root), json_decref(sents), json_decref(words);
        return QC_ERR_NOMEM;
    }
    json_object_set_new(root, "duration", json_real(secs(doc, au->n)));
    json_object_set_new(root, "sample_rate", json_integer(au->rate));
    json_object_set_new(root, "offsets", json_string(doc->is_html ? "body" : "input"));
    json_object_set_new(root, "sentences", sents);
    json_object_set_new(root, "words", words);
    for (size_t i = 0; i < nc; i++) {
        json_t *o = json_object();
        if (!o || json_array_append_new(sents, o)) goto oom;
        json_object_set_new(o, "start", json_real(secs(doc, c[i].start)));
        json_object_set_new(o, "end", json_real(secs(doc, c[i].end)));
        json_object_set_new(o, "item", json_integer((json_int_t)c[i].item));
        json_object_set_new(o, "text", spoken_json(doc, c[i].seg, c[i].pos, c[i].len));
    }
    for (size_t k = 0; k < au->n_marks; k++) {
        const qc_mark *m = &au->marks[k];
        if (m->kind != QC_MARK_WORD || m->seg >= doc->n_segs || m->item >= doc->n_items) continue;
        size_t end = au->item_end && au->item_end[m->item] > m->sample ? au->item_end[m->item] : au->n;
        for (size_t j = k + 1; j < au->n_marks; j++) {
            if (au->marks[j].item != m->item) break;
            if (au->marks[j].kind == QC_MARK_WORD) {
                if (au->marks[j].sample >= m->sample && au->marks[j].sample < end) end = au->marks[j].sample;
                break;
            }
        }
        if (end > au->n) end = au->n;
        json_t *o = json_object();
        if (!o || json_array_append_new(words, o)) goto oom;
        json_object_set_new(o, "start", json_real(secs(doc, m->sample)));
        json_object_set_new(o, "end", json_real(secs(doc, end > m->sample ? end : m->sample)));
        json_object_set_new(o, "text", spoken_json(doc, m->seg, m->pos, m->len));
        json_object_set_new(o, "item", json_integer((json_int_t)m->item));
        size_t a, b;
        if (qc_timings_source_span(doc, m->seg, m->pos, m->len, &a, &b)) {
            json_object_set_new(o, "input_start", json_integer((json_int_t)qc_doc_input_offset(doc, a)));
            json_object_set_new(o, "input_end", json_integer((json_int_t)qc_doc_input_offset(doc, b)));
        } else {
            json_object_set_new(o, "input_start", json_null());
            json_object_set_new(o, "input_end", json_null());
        }
    }
    return dump(root, out);
oom:
    json_decref(root);
    return QC_ERR_NOMEM;
}

qc_status qc_timings_render(qc_doc *doc, qc_timings_kind k, qc_buf *out)
{
    switch (k) {
    case QC_TIMINGS_VTT: return render_cues(doc, true, out);
    case QC_TIMINGS_SRT: return render_cues(doc, false, out);
    case QC_TIMINGS_JSON: return render_json(doc, out);
    case QC_TIMINGS_NONE: break;
    }
    return QC_ERR_ARG;
}
