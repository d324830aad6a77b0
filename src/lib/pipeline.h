/* pipeline.h: the order of the stages; the only file that knows it. */
#ifndef QC_PIPELINE_H
#define QC_PIPELINE_H

#include "doc.h"

/* Ownership: everything this stage makes lives in doc->arena (see doc.h). */

/* The stages in order, as named by make bench; doc->stage_ns[i] is stage i's time. */
#define QC_STAGE_COUNT 10
extern const char *const qc_stage_names[QC_STAGE_COUNT + 1];

/* Contract: runs input -> (html) -> clean -> segment -> quotes -> score ->
 * select -> script on `src` (path, "-", URL) or, if src is NULL, on
 * data[0..len). */
qc_status qc_pipeline_analyze(qc_doc *doc, const char *src, const void *data, size_t len);
/* Contract: synth -> audio write, honouring --seconds (re-select and
 * re-synthesise when the audio is over budget). */
qc_status qc_pipeline_speak(qc_doc *doc, const char *path);

#endif
