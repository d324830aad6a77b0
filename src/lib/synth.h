/* synth.h: speak the script with libespeak-ng in-process (one engine per process). */
#ifndef QC_SYNTH_H
#define QC_SYNTH_H

#include "doc.h"

/* Ownership: everything this stage makes lives in doc->arena (see doc.h). */

/* Contract: synthesises doc->items/segs into doc->audio (22050 Hz mono
 * 16-bit) with the narrator and quote voices from opt, recording word,
 * sentence and item marks and item sample ranges. Initialises the engine on
 * first use; QC_ERR_VOICE, QC_ERR_SYNTH. */
qc_status qc_synth(qc_doc *doc);
/* Contract: the voices folder in use (opt.voices_dir, $QUOTECAST_VOICES, next
 * to the executable, or the install path), or NULL if none exists. */
const char *qc_synth_voices_dir(const qc_options *opt, char *buf, size_t size);
/* Contract: terminates the engine; no synthesis afterwards in this process. */
void qc_synth_global_cleanup(void);

#endif
