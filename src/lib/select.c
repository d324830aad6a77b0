/* select.c: choose the sentences of the briefing within the budgets. */
#include "select.h"
/* PLACEHOLDER (to be replaced by the selection work): first N. */
double qc_select_estimate_seconds(const qc_doc *doc, size_t words)
{
    return (double)words * 60.0 / (doc->opt.rate ? doc->opt.rate : 175);
}
qc_status qc_select(qc_doc *doc)
{
    size_t n = doc->opt.all ? doc->n_sents : (size_t)(doc->opt.max_sentences ? doc->opt.max_sentences : 5);
    if (n > doc->n_sents) n = doc->n_sents;
    doc->chosen = qc_arena_alloc(doc->arena, (n + 1) * sizeof *doc->chosen);
    if (!doc->chosen) return QC_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) { doc->sents[i].selected = true; doc->chosen[i] = i; }
    doc->n_chosen = n;
    return QC_OK;
}
