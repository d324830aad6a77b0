/* score.h: score every body sentence for selection. */
#ifndef QC_SCORE_H
#define QC_SCORE_H

#include "doc.h"

/* Ownership: everything this stage makes lives in doc->arena (see doc.h). */

/* Contract: sets doc->sents[i].score (higher = more worth hearing; headings
 * score 0) and, per sentence, doc->n_feat feature contributions in `feat`
 * named by doc->feat_names. */
qc_status qc_score(qc_doc *doc);

#endif
