/* loudness.h: loudness measurement (libebur128), true-peak limiter and normalisation. */
#ifndef QC_LOUDNESS_H
#define QC_LOUDNESS_H

#include <stddef.h>

#include "quotecast/quotecast.h"

/* Ownership: these work on caller-owned float buffers (mono, nominal range
 * [-1, 1]); internal scratch memory is malloc()ed and freed before return. */

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
 * true-peak ceiling of `ceiling_dbtp`: gain, then the limiter, then a
 * libebur128 check, repeated (at most a few passes) until the loudness is
 * within 0.2 LU of the target and the measured true peak is at or below the
 * ceiling. Silence is left unchanged. *st (may be NULL) receives the final
 * measurement. QC_OK, QC_ERR_NOMEM, QC_ERR_ARG (bad rate). */
qc_status qc_loudness_normalize(float *x, size_t n, int rate, double target_lufs,
                                double ceiling_dbtp, qc_loudness_stats *st);

#endif
