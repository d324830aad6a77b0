/* audio.h: process and write doc->audio: silence, resampling, loudness, formats, chapters, timings. */
#ifndef QC_AUDIO_H
#define QC_AUDIO_H

#include "doc.h"

/* Ownership: everything this stage makes lives in doc->arena (see doc.h),
 * except doc->audio.pcm and marks, which it rewrites in place (malloc). */

#define QC_AUDIO_CEILING_DBTP (-1.0)   /* true-peak ceiling after loudness */
#define QC_AUDIO_MAX_SILENCE 0.7       /* seconds: longer internal silences are cut */

/* Contract: true if `path` has an extension the writer supports:
 * .wav .flac .ogg .mp3 .opus (any case). */
bool qc_audio_format_ok(const char *path);

/* Contract: checks before synthesis what qc_audio_write() would refuse:
 * the audio extension (QC_ERR_AUDIO_FORMAT), opt.timings_path's extension
 * and opt.sample_rate for the container (QC_ERR_ARG), with a one-line
 * message in doc->err. QC_OK otherwise. */
qc_status qc_audio_check(qc_doc *doc, const char *path);

/* Contract: processes doc->audio and writes it to `path` (format by
 * extension) plus opt.chapters_path and opt.timings_path. Processing: long
 * silences cut, resampled to opt.sample_rate (48 kHz for .opus by default)
 * with libsoxr, loudness normalised to opt.loudness LUFS with a true-peak
 * ceiling of QC_AUDIO_CEILING_DBTP (unless opt.no_loudness). Afterwards
 * doc->audio holds the processed audio: pcm, n, rate, marks and item ranges
 * all in output samples. Title, source and date go into the file's tags; a
 * WAV gets a cue point and label per item. Loudness works in place on the
 * 16-bit samples (qc_loudness_normalize_s16()); a .wav or .flac at the
 * synthesis rate is then streamed from them into its file (the cue chunks
 * appended, the RIFF size patched), so no copy of the signal is made; other
 * outputs (resampled, lossy) go through float samples and, for lossy
 * codecs, a decode-and-check of level and true peak. Every file is written to a
 * temporary file in its target folder and renamed only when all were
 * written; on failure nothing is left behind. QC_ERR_AUDIO_FORMAT,
 * QC_ERR_ARG (bad rate or timings extension), QC_ERR_WRITE, QC_ERR_NOMEM. */
qc_status qc_audio_write(qc_doc *doc, const char *path);

/* Contract: cuts silences in doc->audio (|sample| below -60 dBFS) longer
 * than their allowance: QC_AUDIO_MAX_SILENCE inside items, the item's
 * pause_after (+0.1 s, at least QC_AUDIO_MAX_SILENCE) between items, 0.25 s
 * before the first sound and the last item's pause_after + 0.5 s after the
 * last. The middle of a long
 * silence is removed; marks and item ranges move with the samples. Returns
 * the number of samples removed. */
size_t qc_audio_trim_silence(qc_doc *doc);

/* Contract: resamples doc->audio to `rate` Hz with libsoxr (high quality)
 * and scales mark and item positions. QC_OK, QC_ERR_NOMEM, QC_ERR_INTERNAL. */
qc_status qc_audio_resample(qc_doc *doc, int rate);

/* Contract: appends to the RIFF/WAVE file in buf[0..*len) (capacity `cap`)
 * a `cue ` chunk with points at samples pos[0..n) (ids 1..n) and a
 * LIST/adtl chunk with a `labl` for each (labels[i], NUL-terminated, padded
 * to even size), and patches the RIFF size. Returns false (buffer
 * unchanged) if it is not a RIFF/WAVE file or `cap` is too small; use
 * qc_wav_labels_size() for the bytes needed. */
bool qc_wav_add_labels(unsigned char *buf, size_t *len, size_t cap, const size_t *pos,
                       const char *const *labels, size_t n);
/* Contract: bytes qc_wav_add_labels() appends for these labels. */
size_t qc_wav_labels_size(const char *const *labels, size_t n);

#endif
