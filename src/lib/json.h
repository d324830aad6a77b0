/* json.h: the analysis as JSON (jansson), schema in docs/contract.md. */
#ifndef QC_JSON_H
#define QC_JSON_H

#include "doc.h"

/* Ownership: everything this stage makes lives in doc->arena (see doc.h). */

/* Contract: malloc()ed JSON text of the doc (caller frees), NULL on OOM. */
char *qc_json(const qc_doc *doc, bool pretty);

#endif
