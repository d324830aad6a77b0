/* clean.c: separate the article from page furniture; find title, dateline, headings. */
#include "clean.h"
/* PLACEHOLDER (to be replaced by the clean stage work): blank-line blocks become paragraphs. */
qc_status qc_clean(qc_doc *doc)
{
    size_t i = 0;
    while (i < doc->len) {
        while (i < doc->len && (doc->text[i] == '\n' || doc->text[i] == ' ' || doc->text[i] == '\r')) i++;
        size_t s = i;
        while (i < doc->len && doc->text[i] != '\n') i++;
        if (i > s) {
            qc_para p = {s, i, QC_PARA_BODY, -1, 0, 0};
            if (QC_PUSH(doc->arena, doc->paras, doc->n_paras, doc->cap_paras, p)) return QC_ERR_NOMEM;
        }
    }
    if (!doc->n_paras) return qc_doc_fail(doc, QC_ERR_NO_TEXT, "no article text found");
    qc_buf b; qc_buf_init(&b, 0);
    for (size_t k = 0; k < doc->n_paras; k++) {
        if (k) qc_buf_puts(&b, "\n\n");
        qc_buf_add(&b, doc->text + doc->paras[k].start, doc->paras[k].end - doc->paras[k].start);
    }
    doc->body = qc_arena_strndup(doc->arena, b.data ? b.data : "", b.len);
    qc_buf_free(&b);
    return doc->body ? QC_OK : QC_ERR_NOMEM;
}
