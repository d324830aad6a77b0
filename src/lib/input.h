/* input.h: read the input (file, stdin, memory) into doc->text as valid UTF-8. */
#ifndef QC_INPUT_H
#define QC_INPUT_H

#include "doc.h"

/* Ownership: everything this stage makes lives in doc->arena (see doc.h). */

/* Contract: reads `src` ("-" = stdin, a path, or an http(s) URL via fetch.h)
 * into doc->text: at most opt.max_input bytes, BOM dropped (offsets still
 * count it via in_map), invalid UTF-8 replaced by U+FFFD (in_map set).
 * Fails with QC_ERR_IO, QC_ERR_EMPTY, QC_ERR_BINARY, QC_ERR_TOO_LARGE. */
qc_status qc_input_load(qc_doc *doc, const char *src);
/* Contract: as qc_input_load from `len` bytes at `data` (copied). */
qc_status qc_input_memory(qc_doc *doc, const void *data, size_t len);
/* Contract: true if the first KiB of doc->text looks like HTML markup. */
bool qc_input_looks_html(const qc_doc *doc);

#endif
