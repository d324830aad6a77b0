/* quotes.h: find direct quotations and who said them. */
#ifndef QC_QUOTES_H
#define QC_QUOTES_H

#include "doc.h"

/* Ownership: everything this stage makes lives in doc->arena (see doc.h). */

/* Contract: fills doc->quotes (in text order) from the body paragraphs,
 * with speaker mentions, resolved speaker names and cues, and sets each
 * sentence's `quote` and each quote's first_sent/last_sent. */
qc_status qc_quotes(qc_doc *doc);

#endif
