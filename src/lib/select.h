/* select.h: choose the sentences of the briefing within the budgets. */
#ifndef QC_SELECT_H
#define QC_SELECT_H

#include "doc.h"

/* Ownership: everything this stage makes lives in doc->arena (see doc.h). */

/* Contract: marks doc->sents[i].selected and fills doc->chosen in article
 * order according to opt (mode, -n, --words, --ratio, --seconds, --all).
 * Headings are never selected. */
qc_status qc_select(qc_doc *doc);
/* Contract: estimated seconds to speak `words` words at opt rate. */
double qc_select_estimate_seconds(const qc_doc *doc, size_t words);

#endif
