/* doc.c: life cycle of the article model and its error message. */
#include "doc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

qc_status qc_doc_init(qc_doc *doc, const qc_options *opt)
{
    memset(doc, 0, sizeof *doc);
    if (opt) doc->opt = *opt;
    else qc_options_init(&doc->opt);
    doc->arena = qc_arena_new();
    return doc->arena ? QC_OK : QC_ERR_NOMEM;
}

void qc_doc_reset(qc_doc *doc)
{
    free(doc->audio.pcm);
    free(doc->audio.marks);
    qc_arena_free(doc->arena);
    qc_options opt = doc->opt;
    memset(doc, 0, sizeof *doc);
    doc->opt = opt;
}

qc_status qc_doc_fail(qc_doc *doc, qc_status s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(doc->err, sizeof doc->err, fmt, ap);
    va_end(ap);
    for (char *p = doc->err; *p; p++)
        if (*p == '\n' || *p == '\r') *p = ' ';
    return s;
}

size_t qc_doc_input_offset(const qc_doc *doc, size_t off)
{
    if (off > doc->len) off = doc->len;
    return doc->in_map ? doc->in_map[off] : off;
}
