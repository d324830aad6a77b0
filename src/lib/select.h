/* select.h: choose the sentences of the briefing within the budgets. */
#ifndef QC_SELECT_H
#define QC_SELECT_H

#include "doc.h"

/* Ownership: everything this stage makes lives in doc->arena (see doc.h). */

/* Contract: marks doc->sents[i].selected and fills doc->chosen in article
 * order according to opt (mode, -n, --words, --ratio, --seconds, --all).
 * Headings are never selected. */
qc_status qc_select(qc_doc *doc);
/* Contract: estimated seconds to speak `words` words of running text at the
 * doc's rate (opt.rate, 0 = 170 wpm), pauses between sentences excluded. */
double qc_select_estimate_seconds(const qc_doc *doc, size_t words);
/* Contract: estimated seconds to speak s[0..n) (UTF-8) at the doc's rate,
 * from its characters (digits weigh more: they are read as words); pauses
 * excluded. What the budgets use; 0 for empty text. */
double qc_select_estimate_text_seconds(const qc_doc *doc, const char *s, size_t n);

#endif
