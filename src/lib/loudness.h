/* loudness.h: loudness measurement (libebur128), true-peak limiter and normalisation. */
#ifndef QC_LOUDNESS_H
#define QC_LOUDNESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "quotecast/quotecast.h"

/* Ownership: these work on caller-owned buffers (mono; float in nominal
 * range [-1, 1], or 16-bit); internal scratch memory is malloc()ed and
 * freed before return. */

/* What a measurement or a normalisation found. */
typedef struct qc_loudness_stats {
    double lufs;        /* integrated loudness (EBU R128); -HUGE_VAL for silence */
    double true_peak;   /* true peak in dBTP (4x oversampled); -HUGE_VAL for silence */
    double gain_db;     /* gain applied before limiting (normalise only) */
    int passes;         /* gain/limit passes used (normalise only) */
} qc_loudness_stats;

/* Contract: measures integrated loudness and true peak of x[0..n) at `rate`
 * Hz with libebur128 into *st (gain_db and passes set to 0).
 * QC_OK, QC_ERR_NOMEM, or QC_ERR_ARG for a rate libebur128 rejects. */
qc_status qc_loudness_measure(const float *x, size_t n, int rate, qc_loudness_stats *st);

/* Contract: as qc_loudness_measure(); the true peak only when `true_peak`
 * (libebur128's true-peak mode costs about three times the loudness). */
qc_status qc_loudness_measure_mode(const float *x, size_t n, int rate, bool true_peak,
                                   qc_loudness_stats *st);

/* Contract: true peak of x[0..n) in dBFS from this module's 4x
 * interpolator (-HUGE_VAL for silence); blocks that cannot beat the running
 * maximum are skipped. */
double qc_loudness_true_peak(const float *x, size_t n);

/* Contract: BS.1770 gated integrated loudness of x[0..n) at `rate`, computed
 * here (K-weighting with libebur128's filter design, 400 ms blocks, 75%
 * overlap, absolute and relative gates): agrees with libebur128 within a
 * few hundredths of a LU. -HUGE_VAL for silence, NOMEM or a bad rate. */
double qc_loudness_estimate(const float *x, size_t n, int rate);

/* Contract: look-ahead true-peak limiter, in place. Inter-sample peaks are
 * detected with a 4x oversampling interpolator; the gain envelope reaches
 * its target within a `lookahead_ms` window before each peak (linear ramp),
 * holds, and recovers exponentially with `release_ms`, so peaks stay at or
 * below `ceiling_db` dBFS (true peak, within the interpolator's accuracy).
 * Passing 0 for lookahead_ms/release_ms uses 5 ms / 100 ms.
 * QC_OK or QC_ERR_NOMEM (x unchanged). */
qc_status qc_limit_true_peak(float *x, size_t n, int rate, double ceiling_db,
                             double lookahead_ms, double release_ms);

/* Contract: brings x[0..n) to `target_lufs` integrated loudness with a
 * true-peak ceiling of `ceiling_dbtp`. The gain is solved once on a model
 * (4x peaks and K-weighted energies computed once; the limiter's gain
 * envelope, as qc_limit_true_peak() makes it, weighs the energies), applied
 * with the limiter in one pass, then verified: loudness with libebur128,
 * true peak with the 4x detector. A miss (beyond 0.2 LU, or over the
 * ceiling) is corrected by gain and the limiter, re-verified, a few times
 * at most. Silence is left unchanged. *st (may be NULL) receives the final
 * measurement. QC_OK, QC_ERR_NOMEM, QC_ERR_ARG (bad rate). */
qc_status qc_loudness_normalize(float *x, size_t n, int rate, double target_lufs,
                                double ceiling_dbtp, qc_loudness_stats *st);

/* Contract: qc_loudness_normalize() for 16-bit samples, in place, with
 * one application pass and small scratch memory (about 30 bytes per 64
 * samples plus 16 per group of 8 samples near peaks). x[0..n) is measured
 * once: K-weighted energies per 64 samples and per 100 ms, the K filter's
 * state every 64 samples, sample peaks; 4x true peaks are computed only
 * where the sample peaks bound them over the ceiling at the largest gain
 * tried (the plain gain + 2 dB, widened to + 8 dB if the limiter needs it).
 * The gain is solved on that model with the limiter's envelope built only
 * around those peaks (exact K-weighted energies where it moves fast, block
 * energies in its slow release); gain x envelope is then applied once and
 * rounded. The envelope takes each peak's gain over its group and the
 * interpolator's reach (8 samples each side), ramps to it linearly over
 * 5 ms before, and recovers exponentially (100 ms) after. No verification
 * pass: the model agrees with libebur128 within a few hundredths of a LU
 * (the tests measure it). *st (may be NULL) receives the predicted loudness,
 * a true-peak estimate, gain_db and passes = 1. Silence is left unchanged.
 * On a multi-core machine a long signal (2^18 samples or more) is measured
 * and searched for peaks by two threads, one per half (joined before it
 * returns; reentrant). QC_OK, QC_ERR_NOMEM (x unchanged), QC_ERR_ARG (bad rate). */
qc_status qc_loudness_normalize_s16(int16_t *x, size_t n, int rate, double target_lufs,
                                    double ceiling_dbtp, qc_loudness_stats *st);

/* Contract: integrated loudness (this module's BS.1770 estimate, as
 * qc_loudness_estimate()) and 4x true peak (as qc_loudness_true_peak()) of
 * 16-bit x[0..n) (full scale 32768) at `rate` into *st (gain_db, passes 0);
 * scratch about 30 bytes per 64 samples; two threads as above. QC_OK,
 * QC_ERR_NOMEM, QC_ERR_ARG (bad rate). */
qc_status qc_loudness_measure_s16(const int16_t *x, size_t n, int rate, qc_loudness_stats *st);

#endif
