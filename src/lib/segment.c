/* segment.c: split body paragraphs into sentences (abbreviations, decimals, quotes). */
#include "segment.h"
/* PLACEHOLDER (to be replaced by the segmenter work): split after ". ". */
qc_status qc_segment_text(qc_arena *a, const char *t, size_t len, size_t **ends, size_t *n, size_t *cap)
{
    for (size_t i = 0; i < len; i++)
        if ((t[i] == '.' || t[i] == '?' || t[i] == '!') && (i + 1 == len || t[i + 1] == ' '))
            if (QC_PUSH(a, *ends, *n, *cap, i + 1)) return QC_ERR_NOMEM;
    if (len && (*n == 0 || (*ends)[*n - 1] != len))
        if (QC_PUSH(a, *ends, *n, *cap, len)) return QC_ERR_NOMEM;
    return QC_OK;
}
qc_status qc_segment(qc_doc *doc)
{
    for (size_t p = 0; p < doc->n_paras; p++) {
        qc_para *pa = &doc->paras[p];
        size_t *ends = NULL, n = 0, cap = 0, s = pa->start;
        if (qc_segment_text(doc->arena, doc->text + pa->start, pa->end - pa->start, &ends, &n, &cap)) return QC_ERR_NOMEM;
        pa->first_sent = doc->n_sents;
        for (size_t k = 0; k < n; k++) {
            size_t e = pa->start + ends[k];
            while (s < e && doc->text[s] == ' ') s++;
            if (e > s) {
                qc_sentence se = {s, e, p, -1, 0, NULL, false};
                if (QC_PUSH(doc->arena, doc->sents, doc->n_sents, doc->cap_sents, se)) return QC_ERR_NOMEM;
            }
            s = e;
        }
        pa->n_sent = doc->n_sents - pa->first_sent;
    }
    return doc->n_sents ? QC_OK : qc_doc_fail(doc, QC_ERR_NO_SENTENCES, "no sentences found in the article");
}
