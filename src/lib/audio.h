/* audio.h: process and write doc->audio: loudness, formats, chapters, timings. */
#ifndef QC_AUDIO_H
#define QC_AUDIO_H

#include "doc.h"

/* Ownership: everything this stage makes lives in doc->arena (see doc.h). */

/* Contract: true if `path` has an extension the writer supports. */
bool qc_audio_format_ok(const char *path);
/* Contract: processes doc->audio (silence, loudness, resampling) and writes
 * it to `path` (format by extension) plus opt.chapters_path and
 * opt.timings_path, each via a temporary file renamed on success; nothing is
 * left behind on failure. QC_ERR_AUDIO_FORMAT, QC_ERR_WRITE. */
qc_status qc_audio_write(qc_doc *doc, const char *path);

#endif
