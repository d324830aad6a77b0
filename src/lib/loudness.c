/* loudness.c: loudness measurement (libebur128), true-peak limiter and normalisation. */
#include "loudness.h"

#include <ebur128.h>
#include <math.h>
#include <stdlib.h>

#define TAPS 16            /* interpolator taps per phase (x[j-7] .. x[j+8]) */
#define PHASES 4           /* oversampling factor for peak detection */
#define BLOCK 64           /* samples per quiet-block check */
#define MARGIN_DB 0.3      /* first limiter ceiling below the requested one */
#define TOL_LU 0.2         /* loudness tolerance of normalisation */
#define MAX_PASSES 6

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

/* The 4x interpolator: coef[p][t] weighs x[j + t - 7] for the value at
 * j + p/4 (p = 1..3): a Blackman-windowed sinc, DC gain 1 per phase. */
typedef struct interp {
    float coef[PHASES][TAPS];
    float abs_sum;          /* max over phases of sum |coef|: bounds the overshoot */
} interp;

static void interp_init(interp *ip)
{
    ip->abs_sum = 1.0f;
    for (int p = 1; p < PHASES; p++) {
        double sum = 0, abs_sum = 0, c[TAPS];
        for (int t = 0; t < TAPS; t++) {
            double d = (double)p / PHASES - (t - (TAPS / 2 - 1)); /* distance in samples */
            double s = fabs(d) < 1e-12 ? 1.0 : sin(M_PI * d) / (M_PI * d);
            double w = 0.42 + 0.5 * cos(M_PI * d / (TAPS / 2)) + 0.08 * cos(2 * M_PI * d / (TAPS / 2));
            c[t] = s * w;
            sum += c[t];
        }
        for (int t = 0; t < TAPS; t++) {
            ip->coef[p][t] = (float)(c[t] / sum);
            abs_sum += fabs(c[t] / sum);
        }
        if (abs_sum > ip->abs_sum) ip->abs_sum = (float)abs_sum;
    }
}

/* Largest magnitude on [j, j+1): the sample and three interpolated points. */
static float peak_at(const interp *ip, const float *x, size_t n, size_t j)
{
    float pk = fabsf(x[j]);
    float w[TAPS];
    for (int t = 0; t < TAPS; t++) {
        long k = (long)j + t - (TAPS / 2 - 1);
        w[t] = k >= 0 && (size_t)k < n ? x[k] : 0.0f;
    }
    for (int p = 1; p < PHASES; p++) {
        float y = 0;
        for (int t = 0; t < TAPS; t++) y += ip->coef[p][t] * w[t];
        if (fabsf(y) > pk) pk = fabsf(y);
    }
    return pk;
}

qc_status qc_limit_true_peak(float *x, size_t n, int rate, double ceiling_db,
                             double lookahead_ms, double release_ms)
{
    if (!x || n == 0 || rate <= 0) return QC_OK;
    if (lookahead_ms <= 0) lookahead_ms = 5.0;
    if (release_ms <= 0) release_ms = 100.0;
    size_t L = (size_t)(lookahead_ms * 1e-3 * rate + 0.5);
    if (L < TAPS) L = TAPS;     /* the interpolator must read unmodified samples */
    size_t cap = L + 2;
    float *rr = malloc(cap * sizeof *rr), *hh = malloc(cap * sizeof *hh);
    size_t *dq = malloc(cap * sizeof *dq);
    if (!rr || !hh || !dq) {
        free(rr), free(hh), free(dq);
        return QC_ERR_NOMEM;
    }
    interp ip;
    interp_init(&ip);
    const float c = (float)pow(10.0, ceiling_db / 20.0);
    const double a = 1.0 - exp(-1.0 / (release_ms * 1e-3 * rate));
    for (size_t i = 0; i < cap; i++) hh[i] = 1.0f;
    size_t head = 0, tail = 0;      /* deque of indices into rr, ascending r */
    double hprev = 1.0, boxsum = (double)(L + 1);
    bool quiet = false;
    /* Step j reads sample j (the look-ahead end) and finishes sample m = j - L:
     * g1[m] = min r[m..m+L], h = g1 with exponential release, and the gain
     * g[m] = mean h[m-L..m] <= r[m]. Samples below j - 7 are never read again. */
    for (size_t j = 0; j < n + L; j++) {
        float r = 1.0f;
        if (j < n) {
            if (j % BLOCK == 0) {
                size_t lo = j >= TAPS ? j - TAPS : 0, hi = j + BLOCK + TAPS < n ? j + BLOCK + TAPS : n;
                float mx = 0;
                for (size_t k = lo; k < hi; k++)
                    if (fabsf(x[k]) > mx) mx = fabsf(x[k]);
                quiet = mx * ip.abs_sum <= c;
            }
            if (!quiet) {
                float p = peak_at(&ip, x, n, j);
                if (p > c) r = c / p;
            }
        }
        rr[j % cap] = r;
        while (tail > head && rr[dq[(tail - 1) % cap] % cap] >= r) tail--;
        dq[tail++ % cap] = j;
        if (j < L) continue;
        size_t m = j - L;
        while (dq[head % cap] < m) head++;
        float g1 = rr[dq[head % cap] % cap];
        double h = hprev + (1.0 - hprev) * a;
        if (g1 < h) h = g1;
        hprev = h;
        boxsum += h - hh[(m + 1) % cap];   /* the slot of h[m-L-1] */
        hh[m % cap] = (float)h;
        if (m < n) {
            double g = boxsum / (double)(L + 1);
            if (g < 1.0) x[m] = (float)(x[m] * g);
        }
    }
    free(rr), free(hh), free(dq);
    return QC_OK;
}

qc_status qc_loudness_measure(const float *x, size_t n, int rate, qc_loudness_stats *st)
{
    st->lufs = st->true_peak = -HUGE_VAL;
    st->gain_db = 0;
    st->passes = 0;
    if (rate < 16 || rate > 2822400) return QC_ERR_ARG;
    ebur128_state *e = ebur128_init(1, (unsigned long)rate, EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK);
    if (!e) return QC_ERR_NOMEM;
    qc_status s = QC_OK;
    for (size_t off = 0; off < n && s == QC_OK; off += 65536) {
        size_t k = n - off < 65536 ? n - off : 65536;
        if (ebur128_add_frames_float(e, x + off, k) != EBUR128_SUCCESS) s = QC_ERR_NOMEM;
    }
    double lufs = -HUGE_VAL, tp = 0;
    if (s == QC_OK && ebur128_loudness_global(e, &lufs) != EBUR128_SUCCESS) s = QC_ERR_INTERNAL;
    if (s == QC_OK && ebur128_true_peak(e, 0, &tp) != EBUR128_SUCCESS) s = QC_ERR_INTERNAL;
    ebur128_destroy(&e);
    if (s) return s;
    st->lufs = lufs;
    st->true_peak = tp > 0 ? 20.0 * log10(tp) : -HUGE_VAL;
    return QC_OK;
}

static void scale(float *x, size_t n, double gain_db)
{
    float g = (float)pow(10.0, gain_db / 20.0);
    for (size_t i = 0; i < n; i++) x[i] *= g;
}

qc_status qc_loudness_normalize(float *x, size_t n, int rate, double target_lufs,
                                double ceiling_dbtp, qc_loudness_stats *st)
{
    qc_loudness_stats m, dummy;
    if (!st) st = &dummy;
    qc_status s = qc_loudness_measure(x, n, rate, &m);
    *st = m;
    if (s || !isfinite(m.lufs)) return s;   /* silence (or too short to gate): unchanged */
    double total = 0, ceiling = ceiling_dbtp - MARGIN_DB, gain = target_lufs - m.lufs;
    for (int pass = 1; pass <= MAX_PASSES; pass++) {
        if (gain != 0) scale(x, n, gain);
        total += gain;
        if ((s = qc_limit_true_peak(x, n, rate, ceiling, 0, 0))) return s;
        if ((s = qc_loudness_measure(x, n, rate, &m))) return s;
        m.gain_db = total;
        m.passes = pass;
        *st = m;
        gain = 0;
        if (m.true_peak > ceiling_dbtp) ceiling -= m.true_peak - ceiling_dbtp + 0.1;
        else if (fabs(m.lufs - target_lufs) > TOL_LU) gain = target_lufs - m.lufs;
        else break;
    }
    return QC_OK;
}
