/* loudness.c: loudness measurement (libebur128), true-peak limiter and normalisation. */
#include "loudness.h"

#include <ebur128.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define TAPS 16            /* interpolator taps per phase (x[j-7] .. x[j+8]) */
#define PHASES 4           /* oversampling factor for peak detection */
#define BLOCK 64           /* samples per quiet-block check */
#define MARGIN_DB 0.3      /* the limiter aims this far below the requested ceiling */
#define TOL_LU 0.2         /* loudness tolerance of normalisation */
#define MAX_PASSES 6       /* verification/correction rounds at most */

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
    const float *w = x + j - (TAPS / 2 - 1);
    float buf[TAPS];
    if (j < TAPS / 2 - 1 || j + TAPS / 2 >= n) {      /* an edge: zeros outside */
        for (int t = 0; t < TAPS; t++) {
            long k = (long)j + t - (TAPS / 2 - 1);
            buf[t] = k >= 0 && (size_t)k < n ? x[k] : 0.0f;
        }
        w = buf;
    }
    float y1 = 0, y2 = 0, y3 = 0;
    for (int t = 0; t < TAPS; t++) {
        y1 += ip->coef[1][t] * w[t];
        y2 += ip->coef[2][t] * w[t];
        y3 += ip->coef[3][t] * w[t];
    }
    float pk = fabsf(x[j]);
    y1 = fabsf(y1), y2 = fabsf(y2), y3 = fabsf(y3);
    if (y1 > pk) pk = y1;
    if (y2 > pk) pk = y2;
    if (y3 > pk) pk = y3;
    return pk;
}

/* The limiter's gain envelope, streamed: step j takes the required gain
 * r[j] (the look-ahead end) and yields the gain of sample m = j - L:
 * g1[m] = min r[m..m+L], h = g1 with exponential release, g[m] = mean
 * h[m-L..m] <= r[m]: the gain reaches each target within the look-ahead,
 * linearly, and never steps. */
typedef struct envelope {
    size_t L, mask, head, tail; /* ring buffers of mask + 1 (a power of two) entries */
    float *rr, *hh;
    size_t *dq;                 /* deque of indices into rr, ascending r */
    double a, hprev, boxsum;
} envelope;

static qc_status env_init(envelope *e, int rate, double lookahead_ms, double release_ms)
{
    if (lookahead_ms <= 0) lookahead_ms = 5.0;
    if (release_ms <= 0) release_ms = 100.0;
    e->L = (size_t)(lookahead_ms * 1e-3 * rate + 0.5);
    if (e->L < TAPS) e->L = TAPS;   /* the in-place limiter reads samples up to j - 7 */
    size_t cap = 4;
    while (cap < e->L + 2) cap *= 2;
    e->mask = cap - 1;
    e->a = 1.0 - exp(-1.0 / (release_ms * 1e-3 * rate));
    e->rr = malloc(cap * sizeof *e->rr);
    e->hh = malloc(cap * sizeof *e->hh);
    e->dq = malloc(cap * sizeof *e->dq);
    if (!e->rr || !e->hh || !e->dq) {
        free(e->rr), free(e->hh), free(e->dq);
        return QC_ERR_NOMEM;
    }
    return QC_OK;
}

static void env_reset(envelope *e)
{
    for (size_t i = 0; i <= e->mask; i++) e->hh[i] = 1.0f;
    e->head = e->tail = 0;
    e->hprev = 1.0;
    e->boxsum = (double)(e->L + 1);
}

static void env_free(envelope *e) { free(e->rr), free(e->hh), free(e->dq); }

/* Feeds r[j]; returns the gain of sample j - L (valid when j >= L). */
static inline double env_step(envelope *e, size_t j, float r)
{
    const size_t mask = e->mask;
    float *rr = e->rr;
    size_t *dq = e->dq;
    rr[j & mask] = r;
    while (e->tail > e->head && rr[dq[(e->tail - 1) & mask] & mask] >= r) e->tail--;
    dq[e->tail++ & mask] = j;
    if (j < e->L) return 1.0;
    size_t m = j - e->L;
    while (dq[e->head & mask] < m) e->head++;
    double g1 = rr[dq[e->head & mask] & mask];
    double h = e->hprev + (1.0 - e->hprev) * e->a;
    if (h > 1.0 - 1e-7) h = 1.0;
    if (g1 < h) h = g1;
    e->hprev = h;
    e->boxsum += h - e->hh[(m + mask - e->L) & mask];   /* the slot of h[m-L-1] */
    e->hh[m & mask] = (float)h;
    double g = e->boxsum / (double)(e->L + 1);
    return g > 1.0 - 1e-7 ? 1.0 : g;
}

/* Upper bound of the interpolated peak over block [j, j+BLOCK). */
static float block_bound(const interp *ip, const float *x, size_t n, size_t j)
{
    size_t lo = j >= TAPS ? j - TAPS : 0, hi = j + BLOCK + TAPS < n ? j + BLOCK + TAPS : n;
    float mx = 0;
    for (size_t k = lo; k < hi; k++)
        if (fabsf(x[k]) > mx) mx = fabsf(x[k]);
    return mx * ip->abs_sum;
}

qc_status qc_limit_true_peak(float *x, size_t n, int rate, double ceiling_db,
                             double lookahead_ms, double release_ms)
{
    if (!x || n == 0 || rate <= 0) return QC_OK;
    envelope e;
    if (env_init(&e, rate, lookahead_ms, release_ms)) return QC_ERR_NOMEM;
    env_reset(&e);
    interp ip;
    interp_init(&ip);
    const float c = (float)pow(10.0, ceiling_db / 20.0);
    bool quiet = false;
    /* Samples below j - 7 are never read again, so x[j - L] can change. */
    for (size_t j = 0; j < n + e.L; j++) {
        float r = 1.0f;
        if (j < n) {
            if (j % BLOCK == 0) quiet = block_bound(&ip, x, n, j) <= c;
            if (!quiet) {
                float p = peak_at(&ip, x, n, j);
                if (p > c) r = c / p;
            }
        }
        double g = env_step(&e, j, r);
        if (j >= e.L && g < 1.0) x[j - e.L] = (float)(x[j - e.L] * g);
    }
    env_free(&e);
    return QC_OK;
}

double qc_loudness_true_peak(const float *x, size_t n)
{
    interp ip;
    interp_init(&ip);
    float mx = 0;
    for (size_t j = 0; j < n; j += BLOCK) {
        if (block_bound(&ip, x, n, j) <= mx) continue;
        for (size_t k = j; k < j + BLOCK && k < n; k++) {
            float p = peak_at(&ip, x, n, k);
            if (p > mx) mx = p;
        }
    }
    return mx > 0 ? 20.0 * log10(mx) : -HUGE_VAL;
}

/* ---- BS.1770 loudness of a gain-shaped signal, without re-filtering ------- */

/* K-weighting (BS.1770 pre-filter and RLB high-pass) designed for a rate
 * with libebur128's formulas: two biquads, direct form II transposed. */
typedef struct kfilt { double pb0, pb1, pb2, pa1, pa2, ra1, ra2; } kfilt;

static void kfilt_init(kfilt *k, int rate)
{
    double f0 = 1681.974450955533, G = 3.999843853973347, Q = 0.7071752369554196;
    double K = tan(M_PI * f0 / rate), Vh = pow(10.0, G / 20.0), Vb = pow(Vh, 0.4996667741545416);
    double a0 = 1.0 + K / Q + K * K;
    k->pb0 = (Vh + Vb * K / Q + K * K) / a0, k->pb1 = 2.0 * (K * K - Vh) / a0, k->pb2 = (Vh - Vb * K / Q + K * K) / a0;
    k->pa1 = 2.0 * (K * K - 1.0) / a0, k->pa2 = (1.0 - K / Q + K * K) / a0;
    f0 = 38.13547087602444, Q = 0.5003270373238773;
    K = tan(M_PI * f0 / rate);
    k->ra1 = 2.0 * (K * K - 1.0) / (1.0 + K / Q + K * K), k->ra2 = (1.0 - K / Q + K * K) / (1.0 + K / Q + K * K);
}

/* One sample through the K filter (states s[0..3]); its square. */
static inline double kstep(const kfilt *k, double in, double *s)
{
    double y = k->pb0 * in + s[0];
    s[0] = k->pb1 * in - k->pa1 * y + s[1];
    s[1] = k->pb2 * in - k->pa2 * y;
    double z = y + s[2];                    /* high-pass: b = 1, -2, 1 */
    s[2] = -2.0 * y - k->ra1 * z + s[3];
    s[3] = y - k->ra2 * z;
    return z * z;
}

/* Writes x's K-weighted squares at `rate` to k2. */
static void kweight_squares(const float *x, size_t n, int rate, float *k2)
{
    kfilt k;
    kfilt_init(&k, rate);
    double s[4] = {0, 0, 0, 0};
    for (size_t i = 0; i < n; i++) k2[i] = (float)kstep(&k, x[i], s);
}

/* Gated integrated loudness from 100 ms sub-block energy sums (each of
 * `len` samples) scaled by `scale`: 400 ms blocks with 75% overlap, the
 * absolute gate at -70 LUFS and the relative gate 10 LU below. */
static double gated(const double *sub, size_t nsub, size_t len, double scale)
{
    if (nsub < 4) return -HUGE_VAL;
    const double abs_z = pow(10.0, (-70.0 + 0.691) / 10.0), norm = scale / (4.0 * (double)len);
    double sum = 0;
    size_t cnt = 0;
    for (size_t j = 0; j + 4 <= nsub; j++) {
        double z = (sub[j] + sub[j + 1] + sub[j + 2] + sub[j + 3]) * norm;
        if (z > abs_z) sum += z, cnt++;
    }
    if (!cnt) return -HUGE_VAL;
    double rel_z = sum / cnt * 0.1;          /* -10 LU */
    sum = 0, cnt = 0;
    for (size_t j = 0; j + 4 <= nsub; j++) {
        double z = (sub[j] + sub[j + 1] + sub[j + 2] + sub[j + 3]) * norm;
        if (z > abs_z && z > rel_z) sum += z, cnt++;
    }
    return cnt ? -0.691 + 10.0 * log10(sum / cnt) : -HUGE_VAL;
}

double qc_loudness_estimate(const float *x, size_t n, int rate)
{
    size_t len = (size_t)(rate + 5) / 10, nsub = len ? n / len : 0;
    float *k2 = malloc((n ? n : 1) * sizeof *k2);
    double *sub = calloc(nsub + 1, sizeof *sub);
    double l = -HUGE_VAL;
    if (k2 && sub && rate > 0) {
        kweight_squares(x, n, rate, k2);
        for (size_t i = 0; i < nsub * len; i++) sub[i / len] += k2[i];
        l = gated(sub, nsub, len, 1.0);
    }
    free(k2), free(sub);
    return l;
}

/* Everything normalisation needs, computed once from the input. */
typedef struct plan {
    const float *pk;            /* 4x peak per sample; 0 where no gain tried can reach the ceiling */
    const float *k2;            /* K-weighted squares */
    double *sub;
    size_t n, len, nsub;
    float c;                    /* limiter ceiling, linear */
    envelope *env;
} plan;

/* Loudness after gain `gain_db` and the limiter, predicted from the
 * sub-block energies weighted by the squared gain envelope. */
static double predict(const plan *p, double gain_db)
{
    double G = pow(10.0, gain_db / 20.0);
    float thr = (float)(p->c / G);
    envelope *e = p->env;
    env_reset(e);
    memset(p->sub, 0, (p->nsub + 1) * sizeof *p->sub);
    size_t L = e->L, lim = p->nsub * p->len;
    for (size_t j = 0; j < p->n + L; j++) {
        float r = j < p->n && p->pk[j] > thr ? thr / p->pk[j] : 1.0f;
        double g = env_step(e, j, r);
        if (j >= L && j - L < lim) p->sub[(j - L) / p->len] += g * g * p->k2[j - L];
    }
    return gated(p->sub, p->nsub, p->len, G * G);
}

/* x *= G * envelope, in place. */
static void apply(const plan *p, float *x, double gain_db)
{
    double G = pow(10.0, gain_db / 20.0);
    float thr = (float)(p->c / G);
    envelope *e = p->env;
    env_reset(e);
    for (size_t j = 0; j < p->n + e->L; j++) {
        float r = j < p->n && p->pk[j] > thr ? thr / p->pk[j] : 1.0f;
        double g = env_step(e, j, r);
        if (j >= e->L) x[j - e->L] = (float)(x[j - e->L] * G * g);
    }
}

/* Gain (dB) that brings the limited signal to `target`: secant steps on a
 * bracket, from the plain gain (too quiet once limited) upwards.
 * predict(ctx, gain_db) is the loudness the model expects at that gain;
 * `tol` (LU) is close enough. */
static double solve(double (*predict_fn)(void *, double), void *ctx, double l0, double target, double max_db,
                    double tol)
{
    double a = target - l0, fa = predict_fn(ctx, a) - target;
    if (fabs(fa) <= tol || !isfinite(fa)) return a;
    double b = a - fa, fb;
    for (int i = 0; i < 10; i++) {
        if (b > max_db) b = max_db;
        fb = predict_fn(ctx, b) - target;
        if (fabs(fb) <= tol || !isfinite(fb) || fb == fa) return b;
        double nb = b - fb * (b - a) / (fb - fa);
        a = b, fa = fb, b = nb;
    }
    return b;
}

static double predict_float(void *p, double gain_db) { return predict(p, gain_db); }

qc_status qc_loudness_measure(const float *x, size_t n, int rate, qc_loudness_stats *st)
{
    return qc_loudness_measure_mode(x, n, rate, true, st);
}

qc_status qc_loudness_measure_mode(const float *x, size_t n, int rate, bool true_peak, qc_loudness_stats *st)
{
    st->lufs = st->true_peak = -HUGE_VAL;
    st->gain_db = 0;
    st->passes = 0;
    if (rate < 16 || rate > 2822400) return QC_ERR_ARG;
    ebur128_state *e = ebur128_init(1, (unsigned long)rate, EBUR128_MODE_I | (true_peak ? EBUR128_MODE_TRUE_PEAK : 0));
    if (!e) return QC_ERR_NOMEM;
    qc_status s = QC_OK;
    for (size_t off = 0; off < n && s == QC_OK; off += 65536) {
        size_t k = n - off < 65536 ? n - off : 65536;
        if (ebur128_add_frames_float(e, x + off, k) != EBUR128_SUCCESS) s = QC_ERR_NOMEM;
    }
    double lufs = -HUGE_VAL, tp = 0;
    if (s == QC_OK && ebur128_loudness_global(e, &lufs) != EBUR128_SUCCESS) s = QC_ERR_INTERNAL;
    if (s == QC_OK && true_peak && ebur128_true_peak(e, 0, &tp) != EBUR128_SUCCESS) s = QC_ERR_INTERNAL;
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

/* Verification with libebur128 (loudness) and the 4x detector (true peak). */
static qc_status verify(const float *x, size_t n, int rate, qc_loudness_stats *m)
{
    qc_status s = qc_loudness_measure_mode(x, n, rate, false, m);
    if (!s) m->true_peak = qc_loudness_true_peak(x, n);
    return s;
}

qc_status qc_loudness_normalize(float *x, size_t n, int rate, double target_lufs,
                                double ceiling_dbtp, qc_loudness_stats *st)
{
    qc_loudness_stats m, dummy;
    if (!st) st = &dummy;
    memset(st, 0, sizeof *st);
    st->lufs = st->true_peak = -HUGE_VAL;
    if (rate < 16 || rate > 2822400) return QC_ERR_ARG;
    if (!x || n == 0) return QC_OK;
    size_t len = (size_t)(rate + 5) / 10, nsub = n / len;
    float *pk = malloc(n * sizeof *pk), *k2 = malloc(n * sizeof *k2);
    double *sub = calloc(nsub + 1, sizeof *sub);
    envelope env;
    bool env_ok = env_init(&env, rate, 0, 0) == QC_OK;
    qc_status s = pk && k2 && sub && env_ok ? QC_OK : QC_ERR_NOMEM;
    double l0 = -HUGE_VAL, gain = 0, ceiling = ceiling_dbtp - MARGIN_DB;
    if (!s) {
        kweight_squares(x, n, rate, k2);
        for (size_t i = 0; i < nsub * len; i++) sub[i / len] += k2[i];
        l0 = gated(sub, nsub, len, 1.0);
    }
    if (!s && isfinite(l0)) {
        /* Peaks once; blocks that no gain up to max_db can push past the
         * ceiling keep 0 (never limited). */
        double max_db = target_lufs - l0 + 12.0;
        float c = (float)pow(10.0, ceiling / 20.0), thr = (float)(c / pow(10.0, max_db / 20.0));
        interp ip;
        interp_init(&ip);
        for (size_t j = 0; j < n; j += BLOCK) {
            bool quiet = block_bound(&ip, x, n, j) <= thr;
            for (size_t k = j; k < j + BLOCK && k < n; k++) pk[k] = quiet ? 0.0f : peak_at(&ip, x, n, k);
        }
        plan p = {pk, k2, sub, n, len, nsub, c, &env};
        gain = solve(predict_float, &p, l0, target_lufs, max_db, 0.02);
        apply(&p, x, gain);
    }
    free(pk), free(k2), free(sub);
    if (env_ok) env_free(&env);
    if (s || !isfinite(l0)) return s ? s : qc_loudness_measure(x, n, rate, st);
    /* Check; if the prediction missed, correct with gain and the limiter. */
    for (int pass = 1; pass <= MAX_PASSES; pass++) {
        if ((s = verify(x, n, rate, &m))) return s;
        m.gain_db = gain;
        m.passes = pass;
        *st = m;
        double fix = 0;
        if (m.true_peak > ceiling_dbtp) ceiling -= m.true_peak - ceiling_dbtp + 0.1;
        else if (fabs(m.lufs - target_lufs) > TOL_LU) fix = target_lufs - m.lufs;
        else break;
        if (pass == MAX_PASSES) break;
        scale(x, n, fix);
        gain += fix;
        if ((s = qc_limit_true_peak(x, n, rate, ceiling, 0, 0))) return s;
    }
    return QC_OK;
}

/* ---- 16-bit normalisation: measure once, envelope only near peaks --------- */

#define SBLK 64                 /* samples per analysis block */
#define HOLD (TAPS / 2)         /* a peak's gain holds over the interpolator's reach */
#define HOT_DB 2.0              /* true peaks are found for gains up to plain + this, at first */
#define SNAP 1e-7               /* a gain deficit below this is none */

#define GRP 8                   /* hot samples are kept per group of GRP (divides SBLK) */

typedef struct hot { size_t at; float pk; } hot;    /* 4x peak on [at, at+GRP), full scale 1 */

/* The measurements of one 16-bit signal. */
typedef struct s16plan {
    const int16_t *x;
    size_t n, nb;               /* samples; blocks of SBLK */
    kfilt kf;
    float *bk;                  /* per block: K-weighted energy */
    float (*ks)[4];             /* per block: K filter state at its start */
    uint16_t *bm;               /* per block: max |x| */
    double *sub0, *sub;         /* 100 ms K-weighted energies: measured, predicted */
    size_t len, nsub;
    hot *hot;
    size_t nhot, cap_hot;
    size_t L;                   /* look-ahead (ramp) in samples */
    size_t mid;                 /* first block of the second thread's half; 0: one thread */
    double q, qpow[SBLK + 2];   /* release: deficit factor per sample, its powers */
    double c;                   /* limiter ceiling, linear */
    double last_db, last;       /* the last prediction: gain, loudness */
} s16plan;

/* w[t] = x[o + t] / 32768 for t < cnt, zeros outside the signal. */
static void window_s16(const int16_t *x, size_t n, long o, size_t cnt, float *w)
{
    if (o >= 0 && (size_t)o + cnt <= n) {           /* inside: no checks, vectorises */
        const int16_t *xo = x + o;
        for (size_t t = 0; t < cnt; t++) w[t] = xo[t] * (1.0f / 32768.0f);
        return;
    }
    for (size_t t = 0; t < cnt; t++) {
        long k = o + (long)t;
        w[t] = k >= 0 && (size_t)k < n ? x[k] * (1.0f / 32768.0f) : 0.0f;
    }
}

/* pk[k] = largest magnitude on [g0+k, g0+k+1) for k < GRP, from w[t] =
 * the signal at g0 - (TAPS/2 - 1) + t (GRP + TAPS values): phases outer,
 * samples inner (vectorises). */
static void peaks_grp(const interp *ip, const float *w, float *pk)
{
    float acc[GRP];
    for (size_t k = 0; k < GRP; k++) pk[k] = fabsf(w[k + TAPS / 2 - 1]);
    for (int ph = 1; ph < PHASES; ph++) {
        for (size_t k = 0; k < GRP; k++) acc[k] = 0;
        for (int t = 0; t < TAPS; t++) {
            const float c = ip->coef[ph][t];
            for (size_t k = 0; k < GRP; k++) acc[k] += c * w[k + (size_t)t];
        }
        for (size_t k = 0; k < GRP; k++) pk[k] = fabsf(acc[k]) > pk[k] ? fabsf(acc[k]) : pk[k];
    }
}

/* peaks_grp() of the 16-bit signal's group at g0. */
static void peaks_s16(const interp *ip, const int16_t *x, size_t n, size_t g0, float *pk)
{
    float w[GRP + TAPS];
    window_s16(x, n, (long)g0 - (TAPS / 2 - 1), GRP + TAPS, w);
    peaks_grp(ip, w, pk);
}

/* x[k] *= gk[k], rounded (to even, by the 1.5 * 2^23 trick) and clamped to
 * 16 bits, branch-free so that it vectorises. |x G| stays near full scale:
 * samples that could pass it are limited. */
#define SCALE_LOOP(n)                                  \
    for (size_t k = 0; k < (n); k++) {                 \
        float v = x[k] * gk[k];   /* |v| < 2^22 */     \
        int iv = (int)((v + 12582912.0f) - 12582912.0f); /* rounded */ \
        iv = iv > 32767 ? 32767 : iv;                  \
        iv = iv < -32768 ? -32768 : iv;                \
        x[k] = (int16_t)iv;                            \
    }

static void scale_s16(int16_t *x, const float *gk, size_t cnt)
{
    if (cnt == SBLK) SCALE_LOOP(SBLK)   /* a constant count vectorises at -O2 */
    else SCALE_LOOP(cnt)
}

/* One pass over the signal at gain G (linear) with the limiter's envelope:
 * with `out` (p->x itself), out *= G * g in place; else p->sub receives the
 * predicted sub-block energies (before G^2). The envelope g: for each hot
 * sample whose peak at G is over the ceiling, g <= ceiling / (G peak) over
 * [at - HOLD, at + HOLD], ramping linearly from 1 over the L samples before;
 * after that, the deficit 1 - g decays by q per sample. */
static void walk(s16plan *p, double G, int16_t *out)
{
    const bool apply = out != NULL;
    const float thr = (float)(p->c / G);
    const size_t n = p->n, L = p->L, len = p->len, lim = p->nsub * p->len;
    const float invL = 1.0f / (float)L;
    float gflat[SBLK], gk[SBLK];
    for (size_t k = 0; k < SBLK; k++) gflat[k] = (float)G;
    if (!apply) memcpy(p->sub, p->sub0, p->nsub * sizeof *p->sub);
    double d = 0;               /* deficit 1 - g of the previous sample */
    size_t h0 = 0;              /* first hot sample that can still act */
    float cons[SBLK];
    for (size_t b = 0; b < p->nb; b++) {
        size_t b0 = b * SBLK, b1 = b0 + SBLK < n ? b0 + SBLK : n, cnt = b1 - b0;
        while (h0 < p->nhot && p->hot[h0].at + GRP + HOLD <= b0) h0++;
        bool stamped = false;
        for (size_t i = h0; i < p->nhot && p->hot[i].at < b1 + HOLD + L; i++) {
            const hot *h = &p->hot[i];
            if (h->pk <= thr) continue;
            if (!stamped) {
                for (size_t k = 0; k < cnt; k++) cons[k] = 1.0f;
                stamped = true;
            }
            float r = thr / h->pk;
            size_t hs = h->at >= HOLD ? h->at - HOLD : 0, rs = hs >= L ? hs - L : 0;
            size_t he = h->at + GRP + HOLD;     /* hold end (exclusive) */
            size_t lo = rs > b0 ? rs : b0, mid = hs > b0 ? (hs < b1 ? hs : b1) : b0, hi = he < b1 ? he : b1;
            float step = (1.0f - r) * invL;
            for (size_t m = lo; m < mid; m++) {
                float v = r + step * (float)(hs - m);
                if (v < cons[m - b0]) cons[m - b0] = v;
            }
            for (size_t m = mid > lo ? mid : lo; m < hi; m++)
                if (r < cons[m - b0]) cons[m - b0] = r;
        }
        int16_t *x = apply ? out + b0 : NULL;
        if (!stamped && d == 0) {               /* untouched by the limiter */
            if (apply) scale_s16(x, gflat, cnt);
            continue;
        }
        size_t si = b0 / len, next = (si + 1) * len;   /* sub-block and its end */
        if (!stamped) {                         /* release only: slow, block energy suffices */
            if (apply) {
                for (size_t k = 0; k < cnt; k++) gk[k] = (float)(G * (1.0 - d * p->qpow[k + 1]));
                scale_s16(x, gk, cnt);
                d *= p->qpow[cnt];
            } else {
                double e = p->bk[b] / (double)cnt;
                size_t cut = next > b0 && next < b1 ? next - b0 : cnt;   /* part in sub-block si */
                for (int part = 0; part < 2; part++) {
                    size_t k0 = part ? cut : 0, k1 = part ? cnt : cut;
                    if (k1 <= k0 || b0 + k0 >= lim) continue;
                    double dm = d * p->qpow[(k0 + k1) / 2 + 1];
                    p->sub[si + (size_t)part] -= e * (double)(k1 - k0) * (2.0 * dm - dm * dm);
                }
                d *= p->qpow[cnt];
            }
            if (d < SNAP) d = 0;
            continue;
        }
        double s[4] = {p->ks[b][0], p->ks[b][1], p->ks[b][2], p->ks[b][3]};
        for (size_t k = 0; k < cnt; k++) {
            double g = 1.0 - d * p->q;
            if (cons[k] < g) g = cons[k];
            d = 1.0 - g;
            if (d < SNAP) d = 0, g = 1.0;
            if (apply) {
                gk[k] = (float)(G * g);
            } else {
                double k2 = kstep(&p->kf, p->x[b0 + k] * (1.0 / 32768.0), s);
                if (b0 + k == next) si++, next += len;
                if (b0 + k < lim) p->sub[si] -= k2 * (1.0 - g * g);
            }
        }
        if (apply) scale_s16(x, gk, cnt);
    }
}

static double predict_s16(void *ctx, double gain_db)
{
    s16plan *p = ctx;
    double G = pow(10.0, gain_db / 20.0);
    walk(p, G, NULL);
    p->last_db = gain_db;
    return p->last = gated(p->sub, p->nsub, p->len, G * G);
}

/* Block b's K-weighted squares kk[0..cnt) and peak into the plan; its
 * 100 ms energies are added to sub (one array per thread). */
static void block_done(s16plan *p, double *sub, size_t b, const double *kk, size_t cnt, int mx)
{
    size_t b0 = b * SBLK;
    double e = 0;
    for (size_t k0 = 0; k0 < cnt;) {            /* the 100 ms sub-blocks it meets */
        size_t si = (b0 + k0) / p->len, k1 = (si + 1) * p->len - b0;
        if (k1 > cnt) k1 = cnt;
        double es = 0;
        for (size_t k = k0; k < k1; k++) es += kk[k];
        if (si < p->nsub) sub[si] += es;
        e += es;
        k0 = k1;
    }
    p->bk[b] = (float)e;
    p->bm[b] = (uint16_t)mx;
}

/* One K filter (states s0..s3) step on 16-bit sample v; z^2 into `out`. */
#define KSTEP(kf, v, s0, s1, s2, s3, out)                  \
    do {                                                   \
        double in_ = (v) * (1.0 / 32768.0);                \
        double y_ = kf.pb0 * in_ + s0;                     \
        s0 = kf.pb1 * in_ - kf.pa1 * y_ + s1;              \
        s1 = kf.pb2 * in_ - kf.pa2 * y_;                   \
        double z_ = y_ + s2;                               \
        s2 = -2.0 * y_ - kf.ra1 * z_ + s3;                 \
        s3 = y_ - kf.ra2 * z_;                             \
        out = z_ * z_;                                     \
    } while (0)

/* The K filter's state at sample `at`, from zero over the `warm` samples
 * before it (all of them if fewer): far beyond the filter's memory. */
#define KWARM(kf, x, at, warm, s0, s1, s2, s3)                                  \
    do {                                                                        \
        for (size_t m_ = (at) > (warm) ? (at) - (warm) : 0; m_ < (at); m_++) {  \
            double junk_;                                                       \
            KSTEP(kf, (x)[m_], s0, s1, s2, s3, junk_);                          \
            (void)junk_;                                                        \
        }                                                                       \
    } while (0)

/* Measures blocks [lo, hi) of x: block energies, filter states, block
 * peaks, 100 ms energies (added to sub). The filter is a chain of
 * dependent steps, so the range's two halves run side by side, each
 * starting from a state warmed up over the 0.2 s before it. */
static void measure_range(s16plan *p, size_t lo, size_t hi, double *sub)
{
    const kfilt kf = p->kf;
    const int16_t *x = p->x;
    size_t full = p->n / SBLK < hi ? p->n / SBLK : hi;    /* blocks of SBLK samples end here */
    size_t h = full > lo ? (full - lo) / 2 : 0, warm = ((size_t)p->len * 2 + SBLK - 1) / SBLK * SBLK;
    if (h * SBLK < 2 * warm) h = 0;
    double a0 = 0, a1 = 0, a2 = 0, a3 = 0, c0 = 0, c1 = 0, c2 = 0, c3 = 0, ka[SBLK], kb[SBLK];
    KWARM(kf, x, lo * SBLK, warm, a0, a1, a2, a3);
    if (h) KWARM(kf, x, (lo + h) * SBLK, warm, c0, c1, c2, c3);
    for (size_t i = lo; i < lo + h; i++) {      /* blocks i and h + i together */
        const int16_t *xa = x + i * SBLK, *xb = x + (h + i) * SBLK;
        p->ks[i][0] = (float)a0, p->ks[i][1] = (float)a1, p->ks[i][2] = (float)a2, p->ks[i][3] = (float)a3;
        p->ks[h + i][0] = (float)c0, p->ks[h + i][1] = (float)c1, p->ks[h + i][2] = (float)c2, p->ks[h + i][3] = (float)c3;
        int ma = 0, mb = 0;
        for (size_t k = 0; k < SBLK; k++) {
            int va = xa[k], vb = xb[k];
            ma = abs(va) > ma ? abs(va) : ma;
            mb = abs(vb) > mb ? abs(vb) : mb;
            KSTEP(kf, va, a0, a1, a2, a3, ka[k]);
            KSTEP(kf, vb, c0, c1, c2, c3, kb[k]);
        }
        block_done(p, sub, i, ka, SBLK, ma);
        block_done(p, sub, h + i, kb, SBLK, mb);
    }
    if (h) a0 = c0, a1 = c1, a2 = c2, a3 = c3;
    for (size_t b = lo + 2 * h; b < hi; b++) {  /* the rest, one stream */
        size_t b0 = b * SBLK, cnt = b0 + SBLK < p->n ? SBLK : p->n - b0;
        p->ks[b][0] = (float)a0, p->ks[b][1] = (float)a1, p->ks[b][2] = (float)a2, p->ks[b][3] = (float)a3;
        int mx = 0;
        for (size_t k = 0; k < cnt; k++) {
            int v = x[b0 + k];
            mx = abs(v) > mx ? abs(v) : mx;
            KSTEP(kf, v, a0, a1, a2, a3, ka[k]);
        }
        block_done(p, sub, b, ka, cnt, mx);
    }
}

/* Hot samples found in a range of blocks, in order. */
typedef struct hotlist { hot *v; size_t n, cap; } hotlist;

/* The hot samples of blocks [lo, hi) into *out: 4x peaks over `thr` in
 * blocks whose bound can pass it. QC_OK or QC_ERR_NOMEM. */
static qc_status find_hot_range(const s16plan *p, size_t lo, size_t hi, float thr, hotlist *out)
{
    interp ip;
    interp_init(&ip);
    for (size_t b = lo; b < hi; b++) {
        int mx = p->bm[b];
        if (b > 0 && p->bm[b - 1] > mx) mx = p->bm[b - 1];
        if (b + 1 < p->nb && p->bm[b + 1] > mx) mx = p->bm[b + 1];
        if (mx * (1.0f / 32768.0f) * ip.abs_sum <= thr) continue;
        /* Then per group: |x| over the group and its neighbours bounds the
         * interpolated peaks (TAPS / 2 <= GRP). */
        size_t b0 = b * SBLK, cnt = b0 + SBLK < p->n ? SBLK : p->n - b0, ng = (cnt + GRP - 1) / GRP;
        int gm[SBLK / GRP + 2] = {0};
        for (size_t m = b0 >= GRP ? b0 - GRP : 0; m < b0 + ng * GRP + GRP && m < p->n; m++) {
            int a = abs(p->x[m]);
            size_t gi = (m + GRP - b0) / GRP;   /* 0: the group before the block */
            gm[gi] = a > gm[gi] ? a : gm[gi];
        }
        float wb[SBLK + TAPS];
        bool have_w = false;
        for (size_t g = 0; g < ng; g++) {
            int gmx = gm[g] > gm[g + 1] ? gm[g] : gm[g + 1];
            gmx = gm[g + 2] > gmx ? gm[g + 2] : gmx;
            if (gmx * (1.0f / 32768.0f) * ip.abs_sum <= thr) continue;
            float pk[GRP], mxp = 0;
            if (!have_w) {              /* the block's samples as floats, once */
                window_s16(p->x, p->n, (long)b0 - (TAPS / 2 - 1), SBLK + TAPS, wb);
                have_w = true;
            }
            peaks_grp(&ip, wb + g * GRP, pk);
            for (size_t k = 0; k < GRP && g * GRP + k < cnt; k++) mxp = pk[k] > mxp ? pk[k] : mxp;
            if (mxp <= thr) continue;
            if (out->n == out->cap) {
                size_t nc = out->cap ? 2 * out->cap : 1024;
                hot *h = realloc(out->v, nc * sizeof *h);
                if (!h) return QC_ERR_NOMEM;
                out->v = h;
                out->cap = nc;
            }
            out->v[out->n++] = (hot){b0 + g * GRP, mxp};
        }
    }
    return QC_OK;
}

/* ---- two threads for the long passes --------------------------------------
 * Measuring and finding hot samples are per block, so on a multi-core
 * machine a long signal's second half goes to a second thread: each half
 * writes only its own blocks, and its own 100 ms energies and hot list,
 * which are then merged (the results equal one thread's but for rounding
 * in the order of the 100 ms sums). */

#define PAR_MIN_SAMPLES 262144  /* ~12 s at 22.05 kHz: below it a thread does not pay */

typedef struct half {
    s16plan *p;
    size_t lo, hi;
    double *sub;                /* measure: the 100 ms energies of this half */
    float thr;                  /* find_hot: the threshold */
    hotlist hot;
    qc_status st;
    bool measure;
} half;

static void run_half(half *h)
{
    if (h->measure) measure_range(h->p, h->lo, h->hi, h->sub);
    else h->st = find_hot_range(h->p, h->lo, h->hi, h->thr, &h->hot);
}

static void *half_thread(void *arg)
{
    run_half(arg);
    return NULL;
}

/* Runs h[0] here and h[1] on a second thread (here too if none starts). */
static void run_halves(half h[2])
{
    pthread_t t;
    bool threaded = pthread_create(&t, NULL, half_thread, &h[1]) == 0;
    run_half(&h[0]);
    if (threaded) pthread_join(t, NULL);
    else run_half(&h[1]);
}

/* Measures all of x into the plan (see measure_range). QC_OK or QC_ERR_NOMEM. */
static qc_status measure_s16(s16plan *p)
{
    size_t mid = p->mid;
    if (!mid) {
        measure_range(p, 0, p->nb, p->sub0);
        return QC_OK;
    }
    half h[2] = {{.p = p, .lo = 0, .hi = mid, .sub = p->sub0, .measure = true},
                 {.p = p, .lo = mid, .hi = p->nb, .sub = calloc(p->nsub + 1, sizeof(double)), .measure = true}};
    if (!h[1].sub) return QC_ERR_NOMEM;
    run_halves(h);
    for (size_t i = 0; i < p->nsub; i++) p->sub0[i] += h[1].sub[i];
    free(h[1].sub);
    return QC_OK;
}

/* The plan's hot samples at threshold thr (replacing any found before). */
static qc_status find_hot(s16plan *p, float thr)
{
    size_t mid = p->mid;
    hotlist all = {p->hot, 0, p->cap_hot};
    if (!mid) {
        qc_status s = find_hot_range(p, 0, p->nb, thr, &all);
        p->hot = all.v, p->nhot = all.n, p->cap_hot = all.cap;
        return s;
    }
    half h[2] = {{.p = p, .lo = 0, .hi = mid, .thr = thr, .hot = all},
                 {.p = p, .lo = mid, .hi = p->nb, .thr = thr}};
    run_halves(h);
    qc_status s = h[0].st ? h[0].st : h[1].st;
    all = h[0].hot;
    if (!s && all.n + h[1].hot.n > all.cap) {
        hot *v = realloc(all.v, (all.n + h[1].hot.n) * sizeof *v);
        if (v) all.v = v, all.cap = all.n + h[1].hot.n;
        else s = QC_ERR_NOMEM;
    }
    if (!s) {
        if (h[1].hot.n) memcpy(all.v + all.n, h[1].hot.v, h[1].hot.n * sizeof *all.v);
        all.n += h[1].hot.n;
    }
    free(h[1].hot.v);
    p->hot = all.v, p->nhot = s ? 0 : all.n, p->cap_hot = all.cap;
    return s;
}

/* Frees the plan's arrays and forgets them, so a second call is harmless
 * (plan_init frees on failure; its callers free again). */
static void plan_free(s16plan *p)
{
    free(p->bk), free(p->ks), free(p->bm), free(p->sub0), free(p->sub), free(p->hot);
    p->bk = NULL, p->ks = NULL, p->bm = NULL, p->sub0 = p->sub = NULL, p->hot = NULL;
}

/* Sets up the plan of x[0..n) (not yet measured); QC_ERR_NOMEM (nothing
 * left to free) or QC_OK. */
static qc_status plan_init(s16plan *p, const int16_t *x, size_t n, int rate, double ceiling_dbtp)
{
    memset(p, 0, sizeof *p);
    p->x = x;
    p->n = n;
    p->nb = (n + SBLK - 1) / SBLK;
    p->len = (size_t)(rate + 5) / 10;
    p->nsub = n / p->len;
    kfilt_init(&p->kf, rate);
    p->mid = n >= PAR_MIN_SAMPLES && sysconf(_SC_NPROCESSORS_ONLN) > 1 ? p->nb / 2 : 0;
    p->L = (size_t)(5e-3 * rate + 0.5);
    if (p->L < 1) p->L = 1;
    p->q = exp(-1.0 / (0.1 * rate));
    for (int k = 0; k < SBLK + 2; k++) p->qpow[k] = pow(p->q, k);
    p->c = pow(10.0, (ceiling_dbtp - MARGIN_DB) / 20.0);
    p->bk = malloc(p->nb * sizeof *p->bk);
    p->ks = malloc(p->nb * sizeof *p->ks);
    p->bm = malloc(p->nb * sizeof *p->bm);
    p->sub0 = calloc(p->nsub + 1, sizeof *p->sub0);
    p->sub = calloc(p->nsub + 1, sizeof *p->sub);
    if (p->bk && p->ks && p->bm && p->sub0 && p->sub) return QC_OK;
    plan_free(p);
    return QC_ERR_NOMEM;
}

/* The 4x true peak (linear): groups whose sample-peak bound cannot beat
 * the running maximum are skipped. */
static double true_peak_s16(const s16plan *p)
{
    interp ip;
    interp_init(&ip);
    int smax = 0;
    for (size_t b = 0; b < p->nb; b++) smax = p->bm[b] > smax ? p->bm[b] : smax;
    float mx = smax / 32768.0f;
    for (size_t g0 = 0; g0 < p->n; g0 += GRP) {
        size_t lo = g0 >= GRP ? g0 - GRP : 0, hi = g0 + 2 * GRP < p->n ? g0 + 2 * GRP : p->n;
        int gm = 0;
        for (size_t m = lo; m < hi; m++) gm = abs(p->x[m]) > gm ? abs(p->x[m]) : gm;
        if (gm * (1.0f / 32768.0f) * ip.abs_sum <= mx) continue;
        float pk[GRP];
        peaks_s16(&ip, p->x, p->n, g0, pk);
        for (size_t k = 0; k < GRP && g0 + k < p->n; k++) mx = pk[k] > mx ? pk[k] : mx;
    }
    return mx;
}

qc_status qc_loudness_measure_s16(const int16_t *x, size_t n, int rate, qc_loudness_stats *st)
{
    memset(st, 0, sizeof *st);
    st->lufs = st->true_peak = -HUGE_VAL;
    if (rate < 16 || rate > 2822400) return QC_ERR_ARG;
    if (!x || n == 0) return QC_OK;
    s16plan p;
    if (plan_init(&p, x, n, rate, 0)) return QC_ERR_NOMEM;
    if (measure_s16(&p)) {
        plan_free(&p);
        return QC_ERR_NOMEM;
    }
    st->lufs = gated(p.sub0, p.nsub, p.len, 1.0);
    double tp = true_peak_s16(&p);
    st->true_peak = tp > 0 ? 20.0 * log10(tp) : -HUGE_VAL;
    plan_free(&p);
    return QC_OK;
}

qc_status qc_loudness_normalize_s16(int16_t *x, size_t n, int rate, double target_lufs,
                                    double ceiling_dbtp, qc_loudness_stats *st)
{
    qc_loudness_stats dummy;
    if (!st) st = &dummy;
    memset(st, 0, sizeof *st);
    st->lufs = st->true_peak = -HUGE_VAL;
    if (rate < 16 || rate > 2822400) return QC_ERR_ARG;
    if (!x || n == 0) return QC_OK;
    s16plan p;
    qc_status s = plan_init(&p, x, n, rate, ceiling_dbtp);
    double l0 = -HUGE_VAL;
    if (!s) s = measure_s16(&p);
    if (!s) l0 = gated(p.sub0, p.nsub, p.len, 1.0);
    if (!s && isfinite(l0)) {
        /* Peaks are found for gains up to max_db; should the limiter cost
         * more than that headroom, find more peaks with twice as much. */
        double plain = target_lufs - l0, head = HOT_DB, max_db = plain + head, gain = plain;
        for (;;) {
            if ((s = find_hot(&p, (float)(p.c / pow(10.0, max_db / 20.0))))) break;
            gain = solve(predict_s16, &p, l0, target_lufs, max_db, 0.05);
            if (gain < max_db - 0.01 || head >= 8.0) break;
            head *= 2;
            max_db = plain + head;
        }
        if (!s) {
            st->lufs = p.last_db == gain ? p.last : predict_s16(&p, gain);
            walk(&p, pow(10.0, gain / 20.0), x);
            double pk = 0;
            for (size_t i = 0; i < p.nhot; i++) pk = p.hot[i].pk > pk ? p.hot[i].pk : pk;
            for (size_t b = 0; b < p.nb; b++) pk = p.bm[b] / 32768.0 > pk ? p.bm[b] / 32768.0 : pk;
            pk *= pow(10.0, gain / 20.0);
            st->true_peak = 20.0 * log10(pk < p.c ? pk : p.c);
            st->gain_db = gain;
            st->passes = 1;
        }
    }
    plan_free(&p);
    return s;
}
