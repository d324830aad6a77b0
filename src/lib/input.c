/* input.c: read the input (file, stdin, memory) into doc->text as valid UTF-8. */
#include "input.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fetch.h"
#include "text.h"

#define DEFAULT_MAX_INPUT (16u << 20)

static size_t max_input(const qc_doc *doc)
{
    return doc->opt.max_input ? doc->opt.max_input : DEFAULT_MAX_INPUT;
}

/* Binary data: a NUL byte anywhere (text never has one, and it would cut
 * every string made from the text), or many control characters in the
 * first 8 KiB. */
static bool looks_binary(const unsigned char *p, size_t n)
{
    if (memchr(p, 0, n)) return true;
    size_t lim = n < 8192 ? n : 8192, ctrl = 0;
    for (size_t i = 0; i < lim; i++)
        if (p[i] < 32 && p[i] != '\n' && p[i] != '\r' && p[i] != '\t' && p[i] != '\f') ctrl++;
    return ctrl * 20 > lim;
}

/* Takes ownership of nothing: copies p[0..n) into the arena as valid UTF-8. */
static qc_status adopt(qc_doc *doc, const unsigned char *p, size_t n)
{
    if (n == 0) return qc_doc_fail(doc, QC_ERR_EMPTY, "the input is empty");
    if (n > max_input(doc))
        return qc_doc_fail(doc, QC_ERR_TOO_LARGE, "the input is larger than %zu bytes", max_input(doc));
    if (looks_binary(p, n)) return qc_doc_fail(doc, QC_ERR_BINARY, "the input is binary data, not text");
    size_t ws = 0;
    while (ws < n && (p[ws] == ' ' || (p[ws] >= '\t' && p[ws] <= '\r'))) ws++;
    if (ws == n) return qc_doc_fail(doc, QC_ERR_EMPTY, "the input is empty (only white space)");

    size_t skip = (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) ? 3 : 0;
    size_t bad = 0;
    for (size_t i = skip; i < n;) {
        size_t k = qc_utf8_valid_len(p + i, n - i);
        if (k == 0) { bad++; i++; } else i += k;
    }
    size_t len = n - skip + bad * 2;  /* each bad byte becomes 3-byte U+FFFD */
    char *t = qc_arena_alloc(doc->arena, len + 1);
    if (!t) return QC_ERR_NOMEM;
    size_t *map = NULL;
    if (skip || bad) {
        map = qc_arena_alloc(doc->arena, (len + 1) * sizeof *map);
        if (!map) return QC_ERR_NOMEM;
    }
    size_t o = 0;
    for (size_t i = skip; i < n;) {
        size_t k = qc_utf8_valid_len(p + i, n - i);
        if (k == 0) {
            for (int j = 0; j < 3; j++) {
                if (map) map[o + (size_t)j] = i;
            }
            memcpy(t + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i++;
        } else {
            for (size_t j = 0; j < k; j++) {
                if (map) map[o] = i + j;
                t[o++] = (char)p[i + j];
            }
            i += k;
        }
    }
    if (map) map[o] = n;
    t[o] = '\0';
    /* Invalid UTF-8 may be a page in a legacy charset: the html stage
     * converts from the bytes as read (the fetcher sets them for URLs). */
    if (bad && !doc->raw) {
        unsigned char *raw = qc_arena_alloc(doc->arena, n);
        if (!raw) return QC_ERR_NOMEM;
        memcpy(raw, p, n);
        doc->raw = raw;
        doc->raw_len = n;
    }
    doc->text = t;
    doc->len = o;
    doc->in_map = map;
    return QC_OK;
}

qc_status qc_input_memory(qc_doc *doc, const void *data, size_t len)
{
    if (!data && len) return qc_doc_fail(doc, QC_ERR_ARG, "no input data");
    return adopt(doc, data, len);
}

static qc_status read_stream(qc_doc *doc, FILE *f, const char *name, qc_buf *b)
{
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        qc_status s = qc_buf_add(b, chunk, n);
        if (s == QC_ERR_TOO_LARGE)
            return qc_doc_fail(doc, s, "%s: the input is larger than %zu bytes", name, b->max);
        if (s) return s;
    }
    if (ferror(f)) return qc_doc_fail(doc, QC_ERR_IO, "%s: %s", name, strerror(errno));
    return QC_OK;
}

qc_status qc_input_load(qc_doc *doc, const char *src)
{
    if (!src || !*src) return qc_doc_fail(doc, QC_ERR_ARG, "no input given");
    doc->src_name = qc_arena_strdup(doc->arena, src);
    qc_buf b;
    qc_buf_init(&b, max_input(doc));
    qc_status s;
    if (qc_fetch_is_url(src)) {
        bool is_html = false;
        s = qc_fetch(doc, src, max_input(doc), &b, &is_html);
        if (s == QC_OK && is_html && doc->opt.format == QC_FORMAT_AUTO) doc->opt.format = QC_FORMAT_HTML;
    } else if (strcmp(src, "-") == 0) {
        s = read_stream(doc, stdin, "standard input", &b);
    } else {
        FILE *f = fopen(src, "rb");
        if (!f) {
            qc_buf_free(&b);
            return qc_doc_fail(doc, QC_ERR_IO, "%s: %s", src, strerror(errno));
        }
        s = read_stream(doc, f, src, &b);
        if (s == QC_ERR_IO && errno == EISDIR) qc_doc_fail(doc, s, "%s: is a directory", src);
        fclose(f);
    }
    if (s == QC_OK) {
        s = adopt(doc, (const unsigned char *)b.data, b.len);
        if (s && s != QC_ERR_NOMEM) {
            char tmp[sizeof doc->err];
            memcpy(tmp, doc->err, sizeof tmp);
            qc_doc_fail(doc, s, "%s: %s", strcmp(src, "-") ? src : "standard input", tmp);
        }
    }
    qc_buf_free(&b);
    return s;
}

bool qc_input_looks_html(const qc_doc *doc)
{
    size_t n = doc->len < 2048 ? doc->len : 2048, i = 0;
    const char *t = doc->text;
    while (i < n && qc_is_space((unsigned char)t[i])) i++;
    if (i < n && t[i] != '<') {
        /* Text that merely contains some markup later is still text. */
        return false;
    }
    static const char *const tags[] = {"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<!--"};
    for (size_t k = 0; k < sizeof tags / sizeof *tags; k++) {
        size_t m = strlen(tags[k]);
        for (size_t j = i; j + m <= n; j++)
            if (strncasecmp(t + j, tags[k], m) == 0) return true;
    }
    return false;
}
