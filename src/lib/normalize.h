/* normalize.h: rewrite written text as it should be spoken (currency, dates, abbreviations). */
#ifndef QC_NORMALIZE_H
#define QC_NORMALIZE_H

#include <stdbool.h>

#include "doc.h"

/* Ownership: everything this stage makes lives in doc->arena (see doc.h). */

/* Contract: appends the spoken form of in[0..len) to `out`. If `map` is not
 * NULL, appends anchors (offset in out, offset in in) at least at the start
 * of every output word, offsets relative to this call (arrays in `a`).
 * Never fails on any byte sequence except for QC_ERR_NOMEM/TOO_LARGE.
 * The output is one line: white space collapses to single spaces; a dot of
 * an abbreviation is kept only at the very end of the text. */
qc_status qc_normalize(qc_arena *a, const char *in, size_t len, qc_buf *out, qc_offmap *map);

/* Contract: true if s[dot] is a '.' that closes a title, initial or other
 * abbreviation that cannot end a sentence there ("Mr. Smith", "Jan. 5",
 * "St. Louis", "No. 2", "John F. Kennedy", "est. 1890", "Sat. Jan. 5",
 * "Rs. 500", a unit between numbers "5 ft. 7 in."). For the sentence
 * splitter; pure. */
bool qc_normalize_abbrev_dot(const char *s, size_t len, size_t dot);

#endif
