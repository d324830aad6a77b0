/* audio.c: cost of the audio stage (loudness, resampling, each encoder) next to synthesis (make bench). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "audio.h"
#include "doc.h"
#include "loudness.h"
#include "pipeline.h"
#include "synth.h"

/* Usage: audio [INPUT]   (default: the seed article, else examples/harbour-bridge.txt)
 * Prints CPU milliseconds (median of RUNS) and the ratio to synthesis time. */

#define RUNS 3

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);   /* CPU time: robust on a busy machine */
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double median(double *v)
{
    for (int i = 0; i < RUNS; i++)
        for (int j = i + 1; j < RUNS; j++)
            if (v[j] < v[i]) { double t = v[i]; v[i] = v[j]; v[j] = t; }
    return v[RUNS / 2];
}

/* The synthesised audio, restored before each measured step. */
typedef struct snap {
    qc_audio a;
    size_t items;
} snap;

static void save(snap *s, const qc_doc *d)
{
    s->a = d->audio;
    s->items = d->n_items;
    s->a.pcm = malloc(d->audio.n * sizeof *s->a.pcm);
    s->a.marks = malloc((d->audio.n_marks + 1) * sizeof *s->a.marks);
    s->a.item_start = malloc((d->n_items + 1) * sizeof(size_t));
    s->a.item_end = malloc((d->n_items + 1) * sizeof(size_t));
    memcpy(s->a.pcm, d->audio.pcm, d->audio.n * sizeof *s->a.pcm);
    memcpy(s->a.marks, d->audio.marks, d->audio.n_marks * sizeof *s->a.marks);
    memcpy(s->a.item_start, d->audio.item_start, d->n_items * sizeof(size_t));
    memcpy(s->a.item_end, d->audio.item_end, d->n_items * sizeof(size_t));
}

static void restore(qc_doc *d, const snap *s)
{
    qc_audio *au = &d->audio;
    if (au->cap < s->a.n) {
        au->pcm = realloc(au->pcm, s->a.n * sizeof *au->pcm);
        au->cap = s->a.n;
    }
    if (au->cap_marks < s->a.n_marks) {
        au->marks = realloc(au->marks, s->a.n_marks * sizeof *au->marks);
        au->cap_marks = s->a.n_marks;
    }
    memcpy(au->pcm, s->a.pcm, s->a.n * sizeof *au->pcm);
    memcpy(au->marks, s->a.marks, s->a.n_marks * sizeof *au->marks);
    memcpy(au->item_start, s->a.item_start, s->items * sizeof(size_t));
    memcpy(au->item_end, s->a.item_end, s->items * sizeof(size_t));
    au->n = s->a.n;
    au->n_marks = s->a.n_marks;
    au->rate = s->a.rate;
}

static float *floats(const qc_audio *au)
{
    float *x = malloc(au->n * sizeof *x);
    for (size_t i = 0; i < au->n; i++) x[i] = au->pcm[i] / 32768.0f;
    return x;
}

int main(int argc, char **argv)
{
    const char *src = argc > 1 ? argv[1] : "../shared/data/seed/sputnik-lavrov.txt";
    if (argc < 2 && access(src, R_OK) != 0) src = "examples/harbour-bridge.txt";
    setenv("QUOTECAST_VOICES", "voices", 0);
    qc_options o;
    qc_options_init(&o);
    qc_doc d;
    if (qc_doc_init(&d, &o) || qc_pipeline_analyze(&d, src, NULL, 0)) {
        fprintf(stderr, "audio bench: %s: %s\n", src, d.err);
        return 1;
    }
    double t[RUNS];
    for (int r = 0; r < RUNS; r++) {
        double t0 = now_ms();
        if (qc_synth(&d)) {
            fprintf(stderr, "audio bench: %s\n", d.err);
            return 1;
        }
        t[r] = now_ms() - t0;
    }
    double synth = median(t);
    snap s;
    save(&s, &d);
    const char *base = strrchr(src, '/') ? strrchr(src, '/') + 1 : src;
    printf("%s: %.1f s of audio; synthesis %.0f ms\n", base, (double)s.a.n / s.a.rate, synth);
    printf("  %-22s %8s %8s\n", "step", "ms", "/synth");

    for (int r = 0; r < RUNS; r++) {
        restore(&d, &s);
        float *x = floats(&d.audio);
        double t0 = now_ms();
        qc_loudness_normalize(x, d.audio.n, d.audio.rate, -16, QC_AUDIO_CEILING_DBTP, NULL);
        t[r] = now_ms() - t0;
        free(x);
    }
    double v = median(t);
    printf("  %-22s %8.1f %8.3f\n", "float loudness 22 kHz", v, v / synth);  /* the old path, for comparison */
    for (int r = 0; r < RUNS; r++) {   /* what the stage runs: in place on the 16-bit samples */
        restore(&d, &s);
        double t0 = now_ms();
        qc_loudness_normalize_s16(d.audio.pcm, d.audio.n, d.audio.rate, -16, QC_AUDIO_CEILING_DBTP, NULL);
        t[r] = now_ms() - t0;
    }
    v = median(t);
    printf("  %-22s %8.1f %8.3f\n", "int16 loudness 22 kHz", v, v / synth);
    for (int r = 0; r < RUNS; r++) {
        restore(&d, &s);
        double t0 = now_ms();
        qc_audio_resample(&d, 48000);
        t[r] = now_ms() - t0;
    }
    v = median(t);
    printf("  %-22s %8.1f %8.3f\n", "resample to 48 kHz", v, v / synth);
    int16_t *y = malloc(d.audio.n * sizeof *y);  /* d.audio is at 48 kHz here */
    for (int r = 0; r < RUNS; r++) {   /* a lossy output's decode check */
        qc_loudness_stats st;
        double t0 = now_ms();
        qc_loudness_measure_s16(d.audio.pcm, d.audio.n, d.audio.rate, &st);
        t[r] = now_ms() - t0;
    }
    v = median(t);
    printf("  %-22s %8.1f %8.3f\n", "int16 measure 48 kHz", v, v / synth);
    for (int r = 0; r < RUNS; r++) {   /* a lossy output's renormalisation */
        memcpy(y, d.audio.pcm, d.audio.n * sizeof *y);
        double t0 = now_ms();
        qc_loudness_normalize_s16(y, d.audio.n, d.audio.rate, -16, QC_AUDIO_CEILING_DBTP, NULL);
        t[r] = now_ms() - t0;
    }
    free(y);
    v = median(t);
    printf("  %-22s %8.1f %8.3f\n", "int16 loudness 48 kHz", v, v / synth);

    char dir[] = "/tmp/qc-bench-XXXXXX";
    if (!mkdtemp(dir)) return 1;
    static const char *const ext[] = {"wav", "flac", "ogg", "mp3", "opus"};
    printf("  %-22s %8s %8s %8s %8s\n", "write (whole stage)", "ms", "/synth", "no-loud", "/synth");
    for (size_t e = 0; e < 5; e++) {
        char path[64];
        snprintf(path, sizeof path, "%s/b.%s", dir, ext[e]);
        double full = 0, enc = 0;
        for (int pass = 0; pass < 2; pass++) {
            d.opt.no_loudness = pass == 1;
            for (int r = 0; r < RUNS; r++) {
                restore(&d, &s);
                double t0 = now_ms();
                qc_status st = qc_audio_write(&d, path);
                t[r] = now_ms() - t0;
                if (st) fprintf(stderr, "audio bench: %s\n", d.err);
            }
            if (pass) enc = median(t);
            else full = median(t);
        }
        unlink(path);
        printf("  .%-21s %8.1f %8.3f %8.1f %8.3f\n", ext[e], full, full / synth, enc, enc / synth);
    }
    rmdir(dir);
    free(s.a.pcm), free(s.a.marks), free(s.a.item_start), free(s.a.item_end);
    qc_doc_reset(&d);
    qc_synth_global_cleanup();
    return 0;
}
