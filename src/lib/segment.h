/* segment.h: split body paragraphs into sentences (abbreviations, decimals, quotes). */
#ifndef QC_SEGMENT_H
#define QC_SEGMENT_H

#include "doc.h"

/* Ownership: everything this stage makes lives in doc->arena (see doc.h). */

/* Contract: fills doc->sents for every paragraph in doc->paras (headings
 * included, as one sentence each) and each para's first_sent/n_sent.
 * Sentence spans are trimmed of white space. The first body paragraph's
 * first sentence starts after doc->meta.dateline ("MOSCOW (Sputnik) -") when
 * the paragraph opens with it. QC_ERR_NO_SENTENCES if none. */
qc_status qc_segment(qc_doc *doc);
/* Contract: appends to *out the sentence ends found in text[0..len) as
 * offsets one past each sentence (the last one is len if text is non-empty);
 * the low-level splitter used by qc_segment, exposed for tests and fuzzing. */
qc_status qc_segment_text(qc_arena *a, const char *text, size_t len,
                          size_t **ends, size_t *n, size_t *cap);

#endif
