/* quotes.h: find direct quotations and who said them. */
#ifndef QC_QUOTES_H
#define QC_QUOTES_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"

/* Ownership: everything this stage makes lives in doc->arena (see doc.h). */

/* Contract: fills doc->quotes (in text order) from the body paragraphs,
 * with speaker mentions, resolved speaker names and cues, and sets each
 * sentence's `quote` and each quote's first_sent/last_sent. Reads only
 * doc->text, doc->paras (kind QC_PARA_BODY) and doc->sents; a body
 * paragraph of many sentences (an article flattened into one block) is
 * read as the paragraphs it most likely lost, and doc->paras is left as it
 * was. QC_OK, or QC_ERR_NOMEM after qc_doc_fail(). */
qc_status qc_quotes(qc_doc *doc);

/* A quoted span found in one paragraph: [start, end) includes the marks;
 * `closed` is false when the paragraph ended before the closing mark. */
typedef struct qc_qspan {
    size_t start, end;
    bool closed;
} qc_qspan;

/* Contract: appends to *out (an arena array of *n elements, capacity *cap)
 * the top-level quoted spans of the paragraph text[0..len), offsets
 * relative to `text`, in order. Double quotes (straight, curly, „) and
 * guillemets always open a quote; British single quotes do only when
 * `singles` is true. Quotes of the other kind nested inside are part of
 * the outer quote; apostrophes are never marks; a quote left open ends at
 * the paragraph end; spans with no letter or digit and the attribute
 * values of <tags> are skipped. QC_OK or QC_ERR_NOMEM. The low-level
 * finder used by qc_quotes, exposed for tests and fuzzing. */
qc_status qc_quote_spans(qc_arena *a, const char *text, size_t len, bool singles,
                         qc_qspan **out, size_t *n, size_t *cap);

#endif
