/* score.c: score every body sentence for selection. */
#include "score.h"
/* PLACEHOLDER (to be replaced by the scoring work): earlier is better. */
qc_status qc_score(qc_doc *doc)
{
    for (size_t i = 0; i < doc->n_sents; i++) doc->sents[i].score = 1.0 / (double)(i + 1);
    return QC_OK;
}
