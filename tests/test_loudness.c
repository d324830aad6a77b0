/* test_loudness.c: loudness measurement, the true-peak limiter and normalisation on synthetic signals. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "check.h"
#include "loudness.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

static float *sine(size_t n, int rate, double hz, double amp, double phase)
{
    float *x = malloc(n * sizeof *x);
    for (size_t i = 0; i < n; i++) x[i] = (float)(amp * sin(2 * M_PI * hz * (double)i / rate + phase));
    return x;
}

/* Deterministic speech-like test signal: noisy vowel bursts (harmonics of a
 * gliding pitch, syllable envelope) with gaps, peaks near full scale and a
 * high peak-to-loudness ratio like espeak-ng's output. */
static float *speechy(size_t n, int rate, double peak)
{
    float *x = malloc(n * sizeof *x);
    uint32_t r = 12345;
    double ph = 0, mx = 0;
    for (size_t i = 0; i < n; i++) {
        double t = (double)i / rate;
        double syl = fmod(t, 0.25) / 0.25;                   /* 4 syllables a second */
        double env = fmod(t, 2.0) > 1.6 ? 0 : pow(sin(M_PI * syl), 3);
        double f0 = 110 + 30 * sin(2 * M_PI * 0.7 * t);
        ph += 2 * M_PI * f0 / rate;
        double v = 0;
        for (int h = 1; h <= 12; h++) v += sin(h * ph + h * h * 0.3) / h;
        r = r * 1664525u + 1013904223u;
        v += 0.05 * ((double)(r >> 8) / (1 << 24) - 0.5);
        v *= env;
        if (fmod(t, 2.0) <= 1.6 && syl > 0.3 && syl < 0.32)           /* a plosive-like spike */
            v += 4.0 * sin(2 * M_PI * 2500 * t) * sin(M_PI * (syl - 0.3) / 0.02);
        x[i] = (float)v;
        if (fabs(x[i]) > mx) mx = fabs(x[i]);
    }
    for (size_t i = 0; i < n; i++) x[i] = (float)(x[i] * peak / mx);
    return x;
}

static void test_measure_sine(void)
{
    /* A 1 kHz sine at -20 dBFS in one channel reads -23 LUFS (EBU R128, -3 dB for mono). */
    int rate = 48000;
    size_t n = (size_t)rate * 5;
    float *x = sine(n, rate, 1000, pow(10, -20 / 20.0), 0);
    qc_loudness_stats st;
    CHECK_INT(qc_loudness_measure(x, n, rate, &st), QC_OK);
    CHECK(fabs(st.lufs - -23.0) < 0.2);
    CHECK(fabs(st.true_peak - -20.0) < 0.1);
    free(x);
}

static void test_measure_intersample_peak(void)
{
    /* fs/4 sine at 45 degrees: every sample is at 0.707 of the true peak. */
    int rate = 44100;
    size_t n = (size_t)rate * 2;
    float *x = sine(n, rate, rate / 4.0, 0.9, M_PI / 4);
    qc_loudness_stats st;
    CHECK_INT(qc_loudness_measure(x, n, rate, &st), QC_OK);
    float smax = 0;
    for (size_t i = 0; i < n; i++) smax = fabsf(x[i]) > smax ? fabsf(x[i]) : smax;
    CHECK(20 * log10(smax) < 20 * log10(0.9) - 2.5);        /* sample peak is 3 dB low */
    CHECK(fabs(st.true_peak - 20 * log10(0.9)) < 0.3);       /* true peak is not */
    free(x);
}

static void test_measure_silence_and_bad_rate(void)
{
    float z[4800] = {0};
    qc_loudness_stats st;
    CHECK_INT(qc_loudness_measure(z, 4800, 48000, &st), QC_OK);
    CHECK(isinf(st.lufs) && st.lufs < 0);
    CHECK_INT(qc_loudness_measure(z, 4800, 0, &st), QC_ERR_ARG);
}

static void test_own_measures_agree_with_ebur128(void)
{
    static const int rates[] = {22050, 44100, 48000};
    for (int i = 0; i < 3; i++) {
        size_t n = (size_t)rates[i] * 12;
        float *x = speechy(n, rates[i], 0.9);
        qc_loudness_stats st;
        CHECK_INT(qc_loudness_measure(x, n, rates[i], &st), QC_OK);
        double l = qc_loudness_estimate(x, n, rates[i]), tp = qc_loudness_true_peak(x, n);
        printf("# %d Hz: ebur128 %.3f LUFS %.3f dBTP, own %.3f LUFS %.3f dBTP\n", rates[i], st.lufs, st.true_peak, l, tp);
        CHECK(fabs(l - st.lufs) < 0.05);
        CHECK(fabs(tp - st.true_peak) < 0.1);
        free(x);
    }
    float z[1000] = {0};
    CHECK(isinf(qc_loudness_estimate(z, 1000, 48000)));
    CHECK(isinf(qc_loudness_true_peak(z, 1000)));
}

static void test_limiter_keeps_true_peak_under_ceiling(void)
{
    /* A loud signal, 8 dB over full scale with inter-sample peaks. */
    int rate = 22050;
    size_t n = (size_t)rate * 6;
    float *x = speechy(n, rate, 2.5);
    CHECK_INT(qc_limit_true_peak(x, n, rate, -1.3, 0, 0), QC_OK);
    qc_loudness_stats st;
    CHECK_INT(qc_loudness_measure(x, n, rate, &st), QC_OK);
    CHECK(st.true_peak <= -1.0);
    CHECK(st.true_peak > -3.0);              /* limited, not crushed */
    free(x);
}

static void test_limiter_gain_is_smooth(void)
{
    /* A quiet tone with one loud burst: the gain ramps down within the
     * look-ahead before the burst, never steps, and recovers after it. */
    int rate = 48000;
    size_t n = (size_t)rate * 3, b0 = (size_t)rate, b1 = b0 + (size_t)rate / 2;
    float *x = sine(n, rate, 440, 0.3, 0), *y = malloc(n * sizeof *y);
    for (size_t i = b0; i < b1; i++) x[i] *= 3.0f;           /* +9.5 dB burst: 0.9 peak */
    for (size_t i = 0; i < n; i++) y[i] = x[i];
    CHECK_INT(qc_limit_true_peak(y, n, rate, -6.0, 5.0, 100.0), QC_OK);
    size_t la = (size_t)(0.005 * rate);
    for (size_t i = 0; i + la + 2 < b0; i++)
        if (y[i] != x[i]) { CHECK(!"gain moved before the look-ahead window"); break; }
    double maxstep = 0, gmin = 1.0;
    for (size_t i = 1; i < n; i++) {
        if (fabsf(x[i]) < 0.05f || fabsf(x[i - 1]) < 0.05f) continue;
        double g = y[i] / x[i], gp = y[i - 1] / x[i - 1];
        if (fabs(g - gp) > maxstep) maxstep = fabs(g - gp);
        if (g < gmin) gmin = g;
    }
    printf("# max gain step %.5f, min gain %.3f\n", maxstep, gmin);
    CHECK(maxstep < 0.01);                                    /* no steps (clicks) */
    CHECK(gmin < pow(10, (-6.0 - 20 * log10(0.9)) / 20) + 0.01); /* it did limit the burst */
    double g_after = y[b1 + rate / 2 + 3] / (double)x[b1 + rate / 2 + 3]; /* 0.5 s after: recovered */
    if (fabsf(x[b1 + rate / 2 + 3]) > 0.05f) CHECK(g_after > 0.99);
    free(x);
    free(y);
}

static void test_normalize_to_target(void)
{
    int rate = 22050;
    size_t n = (size_t)rate * 20;
    float *x = speechy(n, rate, 0.98);
    qc_loudness_stats before, after;
    qc_loudness_measure(x, n, rate, &before);
    printf("# before %.2f LUFS %.2f dBTP\n", before.lufs, before.true_peak);
    CHECK(before.lufs < -17.5);                               /* the input is quieter than the target */
    CHECK_INT(qc_loudness_normalize(x, n, rate, -16.0, -1.0, &after), QC_OK);
    qc_loudness_stats check;
    qc_loudness_measure(x, n, rate, &check);
    CHECK(fabs(check.lufs - -16.0) <= 0.5);
    CHECK(check.true_peak <= -1.0);
    CHECK(fabs(after.lufs - check.lufs) < 1e-9);
    CHECK(after.passes >= 1 && after.passes <= 2);   /* the model predicts the limiter's loss */
    free(x);
}

static void test_normalize_other_target_and_rate(void)
{
    int rate = 48000;
    size_t n = (size_t)rate * 10;
    float *x = speechy(n, rate, 0.5);
    qc_loudness_stats st;
    CHECK_INT(qc_loudness_normalize(x, n, rate, -23.0, -2.0, &st), QC_OK);
    CHECK(fabs(st.lufs - -23.0) <= 0.5);
    CHECK(st.true_peak <= -2.0);
    free(x);
}

static void test_normalize_silence_unchanged(void)
{
    float z[22050] = {0};
    qc_loudness_stats st;
    CHECK_INT(qc_loudness_normalize(z, 22050, 22050, -16, -1, &st), QC_OK);
    bool all0 = true;
    for (size_t i = 0; i < 22050; i++) all0 = all0 && z[i] == 0.0f;
    CHECK(all0);
}

static int16_t *to_s16(const float *x, size_t n)
{
    int16_t *y = malloc(n * sizeof *y);
    for (size_t i = 0; i < n; i++) y[i] = (int16_t)lrintf(x[i] * 32767.0f);
    return y;
}

static void from_s16(const int16_t *y, size_t n, float *x)
{
    for (size_t i = 0; i < n; i++) x[i] = y[i] / 32768.0f;
}

static void test_normalize_s16_to_target(void)
{
    /* Loud peaks, quiet speech: the gain needs the limiter; libebur128 judges. */
    static const int rates[] = {22050, 48000};
    for (int r = 0; r < 2; r++) {
        int rate = rates[r];
        size_t n = (size_t)rate * 20;
        float *x = speechy(n, rate, 0.98);
        int16_t *y = to_s16(x, n);
        qc_loudness_stats st, check;
        CHECK_INT(qc_loudness_normalize_s16(y, n, rate, -16.0, -1.0, &st), QC_OK);
        from_s16(y, n, x);
        CHECK_INT(qc_loudness_measure(x, n, rate, &check), QC_OK);
        printf("# s16 %d Hz: predicted %.3f LUFS, ebur128 %.3f LUFS %.3f dBTP, gain %.2f dB\n", rate, st.lufs,
               check.lufs, check.true_peak, st.gain_db);
        CHECK(fabs(check.lufs - -16.0) <= 0.5);
        CHECK(fabs(check.lufs - st.lufs) <= 0.1);           /* the model predicts the limiter */
        CHECK(check.true_peak <= -1.0);
        CHECK(check.true_peak > -2.5);                       /* limited, not crushed */
        free(x);
        free(y);
    }
}

static void test_normalize_s16_quieter_and_silence(void)
{
    int rate = 22050;
    size_t n = (size_t)rate * 10;
    float *x = speechy(n, rate, 0.9);
    int16_t *y = to_s16(x, n);
    qc_loudness_stats st;
    CHECK_INT(qc_loudness_normalize_s16(y, n, rate, -23.0, -2.0, &st), QC_OK);
    from_s16(y, n, x);
    qc_loudness_measure(x, n, rate, &st);
    CHECK(fabs(st.lufs - -23.0) <= 0.5);
    CHECK(st.true_peak <= -2.0);
    free(x);
    free(y);
    int16_t z[4410] = {0};
    CHECK_INT(qc_loudness_normalize_s16(z, 4410, rate, -16, -1, &st), QC_OK);
    bool all0 = true;
    for (size_t i = 0; i < 4410; i++) all0 = all0 && z[i] == 0;
    CHECK(all0);
    CHECK_INT(qc_loudness_normalize_s16(z, 4410, 0, -16, -1, &st), QC_ERR_ARG);
}

static void test_measure_s16_agrees(void)
{
    /* The 16-bit measurement matches the float one and libebur128. */
    static const int rates[] = {22050, 48000};
    for (int r = 0; r < 2; r++) {
        size_t n = (size_t)rates[r] * 12;
        float *x = speechy(n, rates[r], 0.9);
        int16_t *y = to_s16(x, n);
        from_s16(y, n, x);
        qc_loudness_stats a, b;
        CHECK_INT(qc_loudness_measure(x, n, rates[r], &a), QC_OK);
        CHECK_INT(qc_loudness_measure_s16(y, n, rates[r], &b), QC_OK);
        printf("# %d Hz: ebur128 %.3f LUFS %.3f dBTP, s16 %.3f LUFS %.3f dBTP\n", rates[r], a.lufs, a.true_peak, b.lufs,
               b.true_peak);
        CHECK(fabs(a.lufs - b.lufs) < 0.05);
        CHECK(fabs(a.true_peak - b.true_peak) < 0.1);
        CHECK(fabs(b.true_peak - qc_loudness_true_peak(x, n)) < 1e-3);
        free(x);
        free(y);
    }
    int16_t z[1000] = {0};
    qc_loudness_stats st;
    CHECK_INT(qc_loudness_measure_s16(z, 1000, 48000, &st), QC_OK);
    CHECK(isinf(st.lufs) && isinf(st.true_peak));
}

static void test_normalize_s16_edges(void)
{
    /* Lengths around the block and sub-block sizes, and short signals with
     * no 400 ms block (left unchanged): no overrun, no change of length. */
    static const size_t lens[] = {1, 63, 64, 65, 2205, 2206, 8821, 22051, 44100 * 3 + 17};
    for (size_t i = 0; i < sizeof lens / sizeof *lens; i++) {
        int rate = i % 2 ? 44100 : 22050;
        size_t n = lens[i];
        float *x = speechy(n, rate, 0.98);
        int16_t *y = to_s16(x, n), *orig = to_s16(x, n);
        qc_loudness_stats st;
        CHECK_INT(qc_loudness_normalize_s16(y, n, rate, -16.0, -1.0, &st), QC_OK);
        bool same = true;
        for (size_t k = 0; k < n; k++) same = same && y[k] == orig[k];
        if (n < (size_t)rate * 4 / 10) CHECK(same);     /* too short to measure */
        if (n >= (size_t)rate * 3) {
            from_s16(y, n, x);
            qc_loudness_measure(x, n, rate, &st);
            CHECK(fabs(st.lufs - -16.0) <= 0.5);
            CHECK(st.true_peak <= -1.0);
        }
        free(x), free(y), free(orig);
    }
}

int main(void)
{
    RUN(test_measure_sine);
    RUN(test_measure_intersample_peak);
    RUN(test_measure_silence_and_bad_rate);
    RUN(test_own_measures_agree_with_ebur128);
    RUN(test_limiter_keeps_true_peak_under_ceiling);
    RUN(test_limiter_gain_is_smooth);
    RUN(test_normalize_to_target);
    RUN(test_normalize_other_target_and_rate);
    RUN(test_normalize_silence_unchanged);
    RUN(test_normalize_s16_to_target);
    RUN(test_normalize_s16_quieter_and_silence);
    RUN(test_measure_s16_agrees);
    RUN(test_normalize_s16_edges);
    return check_summary();
}
