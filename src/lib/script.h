/* script.h: compose the spoken script: intro, attributions, signposts, closing. */
#ifndef QC_SCRIPT_H
#define QC_SCRIPT_H

#include "doc.h"

/* Ownership: everything this stage makes lives in doc->arena (see doc.h). */

/* Contract: builds doc->items and doc->segs from doc->chosen (written form,
 * then each segment normalised with qc_normalize) and doc->script (one item
 * per line, spoken form, no SSML). */
qc_status qc_script(qc_doc *doc);

#endif
