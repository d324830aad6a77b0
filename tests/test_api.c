/* test_api.c: the public API as a library user sees it (quotecast.h only). */
#include <jansson.h>
#include <math.h>
#include <sndfile.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "quotecast/quotecast.h"

static const char article[] =
    "Harbour Town Opens New Library\n\n"
    "The town of Eastholm opened its new public library on Saturday after three years of work.\n\n"
    "\"Books are the best investment a town can make,\" Mayor Jane Doyle said at the opening.\n\n"
    "The building has room for 40,000 books and a reading garden on the roof.\n\n"
    "\"We will keep the doors open until nine every night,\" said librarian Omar Haddad.\n";

static void strerror_covers_every_status(void)
{
    for (int s = 0; s < QC_STATUS_COUNT; s++) {
        const char *m = qc_strerror((qc_status)s);
        CHECK(m && *m && !strchr(m, '\n'));
        for (int t = 0; t < s; t++) CHECK(strcmp(m, qc_strerror((qc_status)t)) != 0);
    }
    CHECK_STR(qc_strerror((qc_status)999), "unknown error");
    CHECK_STR(qc_strerror((qc_status)-1), "unknown error");
    CHECK_STR(qc_version(), QC_VERSION_STRING);
}

static void options_defaults(void)
{
    qc_options o;
    memset(&o, 0x5A, sizeof o);
    qc_options_init(&o);
    CHECK(o.format == QC_FORMAT_AUTO && o.mode == QC_MODE_QUOTES);
    CHECK(o.max_sentences == 0 && o.pitch == -1 && o.loudness == -16.0 && !o.all);
    CHECK(o.voice == NULL && o.voices_dir == NULL);
}

static void load_and_get(void)
{
    qc_options o;
    qc_options_init(&o);
    o.max_sentences = 2;
    qc_article *a = qc_article_new(&o);
    CHECK(a != NULL);
    CHECK(qc_article_load_memory(a, article, sizeof article - 1) == QC_OK);
    CHECK_STR(qc_article_error(a), "");
    CHECK(qc_article_summary_count(a) >= 1 && qc_article_summary_count(a) <= 2);
    CHECK(qc_article_summary(a, 0) != NULL);
    CHECK(qc_article_summary(a, 99) == NULL);
    CHECK(strstr(qc_article_body(a), "reading garden") != NULL);
    CHECK(strlen(qc_article_script(a)) > 20);
    char *j = qc_article_json(a, true);
    CHECK(j != NULL);
    json_t *root = json_loads(j, 0, NULL);
    CHECK(root && json_is_array(json_object_get(root, "sentences")));
    json_decref(root);
    qc_free(j);
    /* reloading replaces everything; failure leaves an empty, safe article */
    CHECK(qc_article_load_memory(a, "", 0) == QC_ERR_EMPTY);
    CHECK(strstr(qc_article_error(a), "empty") != NULL);
    CHECK_INT(qc_article_summary_count(a), 0);
    CHECK_STR(qc_article_body(a), "");
    CHECK(qc_article_json(a, false) == NULL);
    qc_article_free(a);
    qc_article_free(NULL);
    qc_free(NULL);
}

static void load_missing_file(void)
{
    qc_article *a = qc_article_new(NULL);
    CHECK(qc_article_load_memory(a, article, sizeof article - 1) == QC_OK);
    CHECK(qc_article_load(a, NULL) == QC_ERR_ARG);       /* the old article is gone */
    CHECK(strstr(qc_article_error(a), "no input") != NULL);
    CHECK_INT(qc_article_summary_count(a), 0);
    CHECK(qc_article_load(a, "/nonexistent/article.txt") == QC_ERR_IO);
    CHECK(strstr(qc_article_error(a), "/nonexistent/article.txt") != NULL);
    CHECK(qc_article_speak(a, "/tmp/x.wav") == QC_ERR_ARG);
    qc_article_free(a);
}

static void on_voice(const char *name, const char *path, void *user)
{
    int *n = user;
    (*n)++;
    CHECK(strstr(path, name) != NULL);
}

static void voices_are_listed(void)
{
    qc_options o;
    qc_options_init(&o);
    o.voices_dir = "voices";
    int n = 0;
    CHECK(qc_list_voices(&o, on_voice, &n) == QC_OK);
    CHECK(n >= 2);
    o.voices_dir = "/nonexistent/voices";
    CHECK(qc_list_voices(&o, on_voice, &n) == QC_ERR_VOICE);
}

/* Names arrive sorted; remembers the first and last and counts. */
typedef struct seen { int n; char first[32], last[32]; bool sorted; } seen;

static void on_many(const char *name, const char *path, void *user)
{
    seen *v = user;
    (void)path;
    if (v->n == 0) snprintf(v->first, sizeof v->first, "%s", name);
    else if (strcmp(v->last, name) >= 0) v->sorted = false;
    snprintf(v->last, sizeof v->last, "%s", name);
    v->n++;
}

static void many_voices_are_all_listed(void)
{
    char dir[] = "/tmp/qc-voices-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    for (int i = 0; i < 300; i++) {     /* more than any fixed table would hold */
        char p[64];
        snprintf(p, sizeof p, "%s/v%03d", dir, 299 - i);
        FILE *f = fopen(p, "w");
        CHECK(f != NULL);
        if (f) fclose(f);
    }
    qc_options o;
    qc_options_init(&o);
    o.voices_dir = dir;
    seen v = {0, "", "", true};
    CHECK(qc_list_voices(&o, on_many, &v) == QC_OK);
    CHECK_INT(v.n, 300);
    CHECK(v.sorted);
    CHECK_STR(v.first, "v000");
    CHECK_STR(v.last, "v299");
    for (int i = 0; i < 300; i++) {
        char p[64];
        snprintf(p, sizeof p, "%s/v%03d", dir, i);
        unlink(p);
    }
    rmdir(dir);
}

/* espeak-ng has one engine per process and cannot restart: synthesise in a child. */
static int in_child(int (*fn)(void))
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) _exit(fn());
    int st = 0;
    waitpid(pid, &st, 0);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 100;
}

static int speak_child(void)
{
    qc_options o;
    qc_options_init(&o);
    o.voices_dir = "voices";
    qc_article *a = qc_article_new(&o);
    int rc = 0;
    if (qc_article_load_memory(a, article, sizeof article - 1) != QC_OK) rc = 1;
    else if (qc_article_speak(a, "/tmp/qc-test-api.xyz") != QC_ERR_AUDIO_FORMAT) rc = 2;
    else if (access("/tmp/qc-test-api.xyz", F_OK) == 0) rc = 3;
    else if (qc_article_speak(a, "/tmp/qc-test-api.wav") != QC_OK) rc = 4;
    else if (qc_article_audio_seconds(a) < 2.0) rc = 5;
    qc_article_free(a);
    qc_global_cleanup();
    return rc;
}

static void speak_writes_audio(void)
{
    unlink("/tmp/qc-test-api.wav");
    CHECK_INT(in_child(speak_child), 0);
    SF_INFO info = {0};
    SNDFILE *sf = sf_open("/tmp/qc-test-api.wav", SFM_READ, &info);
    CHECK(sf != NULL);
    CHECK(info.frames > info.samplerate * 2);
    if (sf) sf_close(sf);
    unlink("/tmp/qc-test-api.wav");
}

/* Copies voices/NAME to DIR/NAME, adding `extra` (a voice-file line). */
static bool copy_voice(const char *dir, const char *name, const char *extra)
{
    char from[128], to[128], line[256];
    snprintf(from, sizeof from, "voices/%s", name);
    snprintf(to, sizeof to, "%s/%s", dir, name);
    FILE *in = fopen(from, "r"), *out = fopen(to, "w");
    bool ok = in && out;
    while (ok && fgets(line, sizeof line, in)) fputs(line, out);
    if (ok) fprintf(out, "%s\n", extra);
    if (in) fclose(in);
    if (out) fclose(out);
    return ok;
}

/* Speaks the article with voices from `dir`; its length in seconds, or -1. */
static double speak_with(const char *dir)
{
    qc_options o;
    qc_options_init(&o);
    o.voices_dir = dir;
    o.all = true;
    qc_article *a = qc_article_new(&o);
    double secs = -1;
    if (a && qc_article_load_memory(a, article, sizeof article - 1) == QC_OK &&
        qc_article_speak(a, "/tmp/qc-test-api-dirs.wav") == QC_OK)
        secs = qc_article_audio_seconds(a);
    qc_article_free(a);
    unlink("/tmp/qc-test-api-dirs.wav");
    return secs;
}

/* Each speak uses the voices folder its options name, also after another
 * one in the same process: the same voices at twice the speed are heard
 * at about half the length, and the first folder again as before. */
static char fast_dir[32];
static int voices_dir_child(void)
{
    double a = speak_with("voices"), b = speak_with(fast_dir), c = speak_with("voices");
    qc_global_cleanup();
    printf("# voices %.2f s, fast copies %.2f s, voices again %.2f s\n", a, b, c);
    if (a <= 0 || b <= 0 || c <= 0) return 1;
    if (b > 0.8 * a) return 2;
    if (fabs(c - a) > 0.03 * a) return 3;
    return 0;
}

static void voices_dir_followed_per_call(void)
{
    snprintf(fast_dir, sizeof fast_dir, "/tmp/qc-fast-XXXXXX");
    CHECK(mkdtemp(fast_dir) != NULL);
    CHECK(copy_voice(fast_dir, "narrator", "speed 200"));
    CHECK(copy_voice(fast_dir, "quote", "speed 200"));
    CHECK_INT(in_child(voices_dir_child), 0);
    char p[64];
    snprintf(p, sizeof p, "%s/narrator", fast_dir);
    unlink(p);
    snprintf(p, sizeof p, "%s/quote", fast_dir);
    unlink(p);
    rmdir(fast_dir);
}

/* A worker process speaks half of a long script. espeak-ng's Klatt voices
 * draw noise from rand() and a fresh engine starts its first clause a
 * little differently, so the samples are not identical to speaking it all
 * in one process; the result must be the same speech: the same length to
 * within 1% and the same energy to within 5%. (Each run in a fresh process.) */
static int speak_jobs(int jobs, const char *out)
{
    qc_options o;
    qc_options_init(&o);
    o.voices_dir = "voices";
    o.no_loudness = true;
    o.all = true;               /* a long script: the worker surely runs */
    o.jobs = jobs;
    qc_article *a = qc_article_new(&o);
    int rc = qc_article_load(a, "examples/harbour-bridge.txt") != QC_OK ? 1
           : qc_article_speak(a, out) != QC_OK                   ? 2
                                                                   : 0;
    qc_article_free(a);
    qc_global_cleanup();
    return rc;
}
static int speak_parallel(void) { return speak_jobs(2, "/tmp/qc-test-api-par.wav"); }
static int speak_sequential(void) { return speak_jobs(1, "/tmp/qc-test-api-seq.wav"); }

static double rms_of(SNDFILE *f)
{
    short x[4096];
    sf_count_t n;
    double e = 0, cnt = 0;
    while ((n = sf_read_short(f, x, 4096)) > 0)
        for (sf_count_t i = 0; i < n; i++) e += (double)x[i] * x[i], cnt++;
    return cnt ? sqrt(e / cnt) : 0;
}

static void parallel_speech_matches_sequential(void)
{
    CHECK_INT(in_child(speak_parallel), 0);
    CHECK_INT(in_child(speak_sequential), 0);
    SF_INFO ia = {0}, ib = {0};
    SNDFILE *a = sf_open("/tmp/qc-test-api-par.wav", SFM_READ, &ia);
    SNDFILE *b = sf_open("/tmp/qc-test-api-seq.wav", SFM_READ, &ib);
    CHECK(a && b);
    if (a && b) {
        CHECK(ia.frames > ia.samplerate * 60);   /* --all: long enough to split */
        CHECK(fabs((double)ia.frames - (double)ib.frames) < 0.01 * (double)ib.frames);
        double ra = rms_of(a), rb = rms_of(b);
        CHECK(rb > 100 && fabs(ra - rb) < 0.05 * rb);
    }
    if (a) sf_close(a);
    if (b) sf_close(b);
    unlink("/tmp/qc-test-api-par.wav");
    unlink("/tmp/qc-test-api-seq.wav");
}

int main(void)
{
    RUN(strerror_covers_every_status);
    RUN(options_defaults);
    RUN(load_and_get);
    RUN(load_missing_file);
    RUN(voices_are_listed);
    RUN(many_voices_are_all_listed);
    RUN(speak_writes_audio);
    RUN(voices_dir_followed_per_call);
    RUN(parallel_speech_matches_sequential);
    return check_summary();
}
