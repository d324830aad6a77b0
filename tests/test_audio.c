/* test_audio.c: formats, tags, WAV cue labels, resampling, silence, loudness and failed writes; synthesis in child processes. */
#include <dirent.h>
#include <ebur128.h>
#include <errno.h>
#include <glob.h>
#include <jansson.h>
#include <math.h>
#include <signal.h>
#include <sndfile.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "audio.h"
#include "check.h"
#include "timings.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

#define RATE 22050
#define SEED "../shared/data/seed/sputnik-lavrov.txt"

static char tmpdir[64];

static const char *tmp(const char *name)
{
    static char buf[4][256];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof buf[k], "%s/%s", tmpdir, name);
    return buf[k];
}

/* Number of entries in a folder (excluding . and ..). */
static int entries(const char *dir)
{
    DIR *d = opendir(dir);
    int n = 0;
    struct dirent *e;
    while (d && (e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) n++;
    if (d) closedir(d);
    return n;
}

static void clear_dir(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        char p[512];
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        unlink(p);
    }
    if (d) closedir(d);
}

/* ---- a synthetic briefing (no speech engine) ------------------------------ */

static void push_mark(qc_audio *au, size_t sample, qc_mark_kind k, size_t item, size_t pos, size_t len)
{
    if (au->n_marks == au->cap_marks) {
        au->cap_marks = au->cap_marks ? 2 * au->cap_marks : 64;
        au->marks = realloc(au->marks, au->cap_marks * sizeof *au->marks);
    }
    au->marks[au->n_marks++] = (qc_mark){sample, k, item, item, pos, len};
}

static void put_silence(qc_audio *au, double secs)
{
    size_t k = (size_t)(secs * RATE);
    memset(au->pcm + au->n, 0, k * sizeof *au->pcm);
    au->n += k;
}

/* Voiced syllables (4 a second) of a harmonic tone, peaks at `peak`. */
static void put_speech(qc_audio *au, double secs, size_t item, double peak)
{
    size_t k = (size_t)(secs * RATE);
    for (size_t i = 0; i < k; i++) {
        double t = (double)i / RATE, syl = fmod(t, 0.25) / 0.25, v = 0;
        for (int h = 1; h <= 8; h++) v += sin(2 * M_PI * 140 * h * t + h) / h;
        au->pcm[au->n + i] = (int16_t)(peak / 1.9 * 32767 * v * pow(sin(M_PI * syl), 3));
        if (i % (RATE * 3 / 10) == 0) push_mark(au, au->n + i, QC_MARK_WORD, item, (i / (RATE * 3 / 10)) * 5, 4);
    }
    au->n += k;
}

static const char *const LABELS[] = {"Harbour bridge: the vote", "Mayor Okafor on the cost", "What happens next"};

/* Three items; item 1 has 2 s of silence inside; a 1 s pause after item 0. */
static void build(qc_doc *d, const qc_options *o)
{
    qc_doc_init(d, o);
    d->meta.title = "Council approves bridge plan";
    d->meta.source = "The Test Courier";
    d->meta.date = "2024-05-01";
    qc_audio *au = &d->audio;
    au->rate = RATE;
    au->cap = (size_t)RATE * 12;
    au->pcm = calloc(au->cap, sizeof *au->pcm);
    au->item_start = qc_arena_alloc(d->arena, 3 * sizeof(size_t));
    au->item_end = qc_arena_alloc(d->arena, 3 * sizeof(size_t));
    static const double pause[] = {1.0, 0.4, 0.4};
    put_silence(au, 0.25);
    for (size_t i = 0; i < 3; i++) {
        qc_seg sg = {LABELS[i], "word word word word word word word word word word word word word word word",
                     QC_VOICE_NARRATOR, QC_NONE, QC_NONE, {0}};
        QC_PUSH(d->arena, d->segs, d->n_segs, d->cap_segs, sg);
        qc_item it = {QC_ITEM_SENTENCE, -1, -1, i, 1, LABELS[i], pause[i]};
        QC_PUSH(d->arena, d->items, d->n_items, d->cap_items, it);
        au->item_start[i] = au->n;
        push_mark(au, au->n, QC_MARK_ITEM, i, 0, 0);
        push_mark(au, au->n, QC_MARK_SENTENCE, i, 0, 0);
        put_speech(au, 1.5, i, 0.98);
        if (i == 1) {
            put_silence(au, 2.0);
            push_mark(au, au->n, QC_MARK_SENTENCE, i, 40, 0);
            put_speech(au, 1.0, i, 0.98);
        }
        au->item_end[i] = au->n;
        put_silence(au, pause[i]);
    }
    put_silence(au, 0.4);
}

typedef struct readback {
    int rate;
    size_t frames;
    double secs, lufs, tp;
    char title[128];
    float *x;
} readback;

static bool read_audio(const char *path, readback *r)
{
    memset(r, 0, sizeof *r);
    SF_INFO in = {0};
    SNDFILE *sf = sf_open(path, SFM_READ, &in);
    if (!sf) return false;
    r->rate = in.samplerate;
    r->x = malloc((size_t)(in.frames + 1) * sizeof *r->x);
    r->frames = (size_t)sf_readf_float(sf, r->x, in.frames);
    r->secs = (double)r->frames / in.samplerate;
    const char *t = sf_get_string(sf, SF_STR_TITLE);
    snprintf(r->title, sizeof r->title, "%s", t ? t : "");
    sf_close(sf);
    ebur128_state *e = ebur128_init(1, (unsigned long)r->rate, EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK);
    ebur128_add_frames_float(e, r->x, r->frames);
    double tp = 0;
    ebur128_loudness_global(e, &r->lufs);
    ebur128_true_peak(e, 0, &tp);
    r->tp = 20 * log10(tp);
    ebur128_destroy(&e);
    return in.channels == 1;
}

static qc_status write_synthetic(const char *path, const qc_options *o, qc_doc *keep)
{
    qc_doc d;
    build(&d, o);
    qc_status s = qc_audio_write(&d, path);
    if (keep) *keep = d;
    else qc_doc_reset(&d);
    return s;
}

static void test_format_ok(void)
{
    CHECK(qc_audio_format_ok("a.wav") && qc_audio_format_ok("A.WAV") && qc_audio_format_ok("x/y.flac"));
    CHECK(qc_audio_format_ok("b.ogg") && qc_audio_format_ok("b.mp3") && qc_audio_format_ok("b.Opus"));
    CHECK(!qc_audio_format_ok("b.m4a") && !qc_audio_format_ok("wav") && !qc_audio_format_ok("dir.wav/b"));
    CHECK(!qc_audio_format_ok("b.wav.txt") && !qc_audio_format_ok("-"));
}

static void test_check_before_synthesis(void)
{
    qc_options o;
    qc_options_init(&o);
    qc_doc d;
    qc_doc_init(&d, &o);                         /* no audio yet */
    CHECK_INT(qc_audio_check(&d, "out/b.opus"), QC_OK);
    CHECK_INT(qc_audio_check(&d, "b.m4a"), QC_ERR_AUDIO_FORMAT);
    d.opt.sample_rate = 22050;
    CHECK_INT(qc_audio_check(&d, "b.mp3"), QC_OK);
    CHECK_INT(qc_audio_check(&d, "b.opus"), QC_ERR_ARG);
    d.opt.sample_rate = 23000;
    CHECK_INT(qc_audio_check(&d, "b.mp3"), QC_ERR_ARG);
    CHECK_INT(qc_audio_check(&d, "b.flac"), QC_OK);
    d.opt.sample_rate = 0;
    d.opt.timings_path = "t.txt";
    CHECK_INT(qc_audio_check(&d, "b.wav"), QC_ERR_ARG);
    CHECK(strstr(d.err, "t.txt") != NULL);
    d.opt.timings_path = "t.SRT";
    CHECK_INT(qc_audio_check(&d, "b.wav"), QC_OK);
    qc_doc_reset(&d);
}

static void test_unknown_extension(void)
{
    qc_options o;
    qc_options_init(&o);
    qc_doc d;
    build(&d, &o);
    CHECK_INT(qc_audio_write(&d, tmp("b.aiff")), QC_ERR_AUDIO_FORMAT);
    CHECK(strstr(d.err, ".wav") != NULL);
    CHECK_INT(entries(tmpdir), 0);
    qc_doc_reset(&d);
}

static void test_each_format_reads_back(void)
{
    static const char *const ext[] = {"wav", "flac", "ogg", "mp3", "opus"};
    qc_options o;
    qc_options_init(&o);
    double ref = 0;
    for (size_t i = 0; i < 5; i++) {
        char name[32];
        snprintf(name, sizeof name, "b.%s", ext[i]);
        CHECK_INT(write_synthetic(tmp(name), &o, NULL), QC_OK);
        readback r;
        bool ok = read_audio(tmp(name), &r);
        CHECK(ok);
        if (!ok) continue;
        printf("# %-4s %5d Hz %.3f s %.2f LUFS %.2f dBTP\n", ext[i], r.rate, r.secs, r.lufs, r.tp);
        if (i == 0) ref = r.secs;
        CHECK(fabs(r.secs - ref) <= 0.03 * ref);
        CHECK(fabs(r.lufs - -16.0) <= 0.5);
        CHECK(r.tp <= -1.0);
        CHECK_STR(r.title, "Council approves bridge plan");
        CHECK_INT(r.rate, i == 4 ? 48000 : RATE);
        free(r.x);
    }
    CHECK_INT(entries(tmpdir), 5);                /* no temporary files left */
    clear_dir(tmpdir);
}

static void test_tags_utf8(void)
{
    qc_options o;
    qc_options_init(&o);
    static const char *const ext[] = {"ogg", "flac", "mp3"};
    for (int i = 0; i < 3; i++) {
        qc_doc d;
        build(&d, &o);
        d.meta.title = "Caf\xc3\xa9\xe2\x80\x99s \xe2\x80\x9c" "big\xe2\x80\x9d plan \xe2\x80\x93 a long title for ID3v2";
        char name[16];
        snprintf(name, sizeof name, "u.%s", ext[i]);
        CHECK_INT(qc_audio_write(&d, tmp(name)), QC_OK);
        qc_doc_reset(&d);
        readback r;
        CHECK(read_audio(tmp(name), &r));
        /* MP3 tags are ISO-8859-1 (LAME): typographic marks become ASCII. */
        CHECK_STR(r.title, i < 2 ? "Caf\xc3\xa9\xe2\x80\x99s \xe2\x80\x9c" "big\xe2\x80\x9d plan \xe2\x80\x93 a long title for ID3v2"
                                 : "Caf\xc3\xa9's \"big\" plan - a long title for ID3v2");
        free(r.x);
    }
    clear_dir(tmpdir);
}

static uint32_t le32(const unsigned char *p) { return p[0] | p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }

static void test_wav_cue_labels(void)
{
    qc_options o;
    qc_options_init(&o);
    qc_doc d;
    CHECK_INT(write_synthetic(tmp("c.wav"), &o, &d), QC_OK);
    FILE *f = fopen(tmp("c.wav"), "rb");
    unsigned char *buf = malloc(4 << 20);
    size_t len = f ? fread(buf, 1, 4 << 20, f) : 0;
    if (f) fclose(f);
    CHECK(len > 44 && !memcmp(buf, "RIFF", 4) && le32(buf + 4) == len - 8);
    size_t ncue = 0, nlabl = 0;
    for (size_t p = 12; p + 8 <= len;) {
        uint32_t sz = le32(buf + p + 4);
        CHECK(p + 8 + sz <= len);
        if (p + 8 + sz > len) break;
        if (!memcmp(buf + p, "cue ", 4)) {
            ncue = le32(buf + p + 8);
            CHECK_INT(sz, 4 + 24 * ncue);
            for (size_t i = 0; i < ncue && i < 3; i++) {
                const unsigned char *c = buf + p + 12 + 24 * i;
                CHECK_INT(le32(c), i + 1);
                CHECK_INT(le32(c + 20), i ? d.audio.item_start[i] : 0);
                CHECK(!memcmp(c + 8, "data", 4));
            }
        }
        if (!memcmp(buf + p, "LIST", 4) && !memcmp(buf + p + 8, "adtl", 4)) {
            for (size_t q = p + 12; q + 8 <= p + 8 + sz;) {
                uint32_t ls = le32(buf + q + 4);
                CHECK(!memcmp(buf + q, "labl", 4));
                CHECK_INT(le32(buf + q + 8), nlabl + 1);
                if (nlabl < 3) CHECK_STR((const char *)buf + q + 12, LABELS[nlabl]);
                CHECK(buf[q + 8 + ls - 1] == 0);   /* NUL-terminated */
                nlabl++;
                q += 8 + ls + (ls & 1);
            }
        }
        p += 8 + sz + (sz & 1);
    }
    CHECK_INT(ncue, 3);
    CHECK_INT(nlabl, 3);
    /* libsndfile reads the cue points back, and the audio still plays. */
    SF_INFO in = {0};
    SNDFILE *sf = sf_open(tmp("c.wav"), SFM_READ, &in);
    CHECK(sf != NULL);
    uint32_t count = 0;
    if (sf) sf_command(sf, SFC_GET_CUE_COUNT, &count, sizeof count);
    CHECK_INT(count, 3);
    CHECK_INT(in.frames, d.audio.n);
    if (sf) sf_close(sf);
    free(buf);
    qc_doc_reset(&d);
    clear_dir(tmpdir);
}

static void test_wav_labels_odd_sizes(void)
{
    unsigned char buf[256] = "RIFF\0\0\0\0WAVE";
    size_t len = 12, pos[2] = {0, 100};
    const char *labels[2] = {"ab", "abc"};   /* 4+3 odd -> padded, 4+4 even */
    CHECK(!qc_wav_add_labels(buf, &len, 20, pos, labels, 2));   /* too small: untouched */
    CHECK_INT(len, 12);
    CHECK(qc_wav_add_labels(buf, &len, sizeof buf, pos, labels, 2));
    CHECK_INT(len, 12 + 12 + 48 + 12 + (8 + 7 + 1) + (8 + 8));
    CHECK_INT(le32(buf + 4), len - 8);
    CHECK_INT(len % 2, 0);
    unsigned char bad[64] = "RIFX";
    size_t bl = 12;
    CHECK(!qc_wav_add_labels(bad, &bl, sizeof bad, pos, labels, 2));
}

static void test_resample_rate_option(void)
{
    qc_options o;
    qc_options_init(&o);
    o.sample_rate = 44100;
    qc_doc d;
    build(&d, &o);
    size_t n0 = d.audio.n;
    qc_audio_trim_silence(&d);
    size_t trimmed = d.audio.n, s2 = d.audio.item_start[2];
    qc_doc_reset(&d);
    CHECK(trimmed < n0);
    CHECK_INT(write_synthetic(tmp("r.wav"), &o, &d), QC_OK);
    readback r;
    CHECK(read_audio(tmp("r.wav"), &r));
    CHECK_INT(r.rate, 44100);
    CHECK(fabs(r.secs - (double)trimmed / RATE) < 0.01);
    CHECK_INT(d.audio.rate, 44100);
    CHECK_INT(d.audio.n, r.frames);
    CHECK(labs((long)d.audio.item_start[2] - (long)(2 * s2)) <= 1);
    free(r.x);
    qc_doc_reset(&d);
    clear_dir(tmpdir);
}

static void test_resample_keeps_pitch(void)
{
    qc_options o;
    qc_options_init(&o);
    qc_doc d;
    qc_doc_init(&d, &o);
    d.audio.rate = RATE;
    d.audio.n = d.audio.cap = RATE;
    d.audio.pcm = malloc(RATE * sizeof *d.audio.pcm);
    for (size_t i = 0; i < RATE; i++) d.audio.pcm[i] = (int16_t)(16000 * sin(2 * M_PI * 1000 * (double)i / RATE));
    CHECK_INT(qc_audio_resample(&d, 48000), QC_OK);
    CHECK_INT(d.audio.rate, 48000);
    CHECK(labs((long)d.audio.n - 48000) <= 2);
    int crossings = 0;
    for (size_t i = 1000; i + 1000 < d.audio.n; i++) crossings += (d.audio.pcm[i - 1] < 0) != (d.audio.pcm[i] < 0);
    double hz = crossings / 2.0 / ((double)(d.audio.n - 2000) / 48000);
    CHECK(fabs(hz - 1000) < 5);
    qc_doc_reset(&d);
}

static void test_opus_rates(void)
{
    qc_options o;
    qc_options_init(&o);
    o.sample_rate = 22050;                       /* Opus cannot store it */
    qc_doc d;
    build(&d, &o);
    CHECK_INT(qc_audio_write(&d, tmp("x.opus")), QC_ERR_ARG);
    CHECK(strstr(d.err, "48000") != NULL);
    CHECK_INT(entries(tmpdir), 0);
    qc_doc_reset(&d);
    o.sample_rate = 24000;
    CHECK_INT(write_synthetic(tmp("y.opus"), &o, NULL), QC_OK);
    readback r;
    CHECK(read_audio(tmp("y.opus"), &r));
    CHECK_INT(r.rate, 24000);
    free(r.x);
    clear_dir(tmpdir);
}

static size_t first_sound(const qc_audio *au)
{
    size_t i = 0;
    while (i < au->n && abs(au->pcm[i]) <= 33) i++;
    return i;
}

static void test_trim_silence(void)
{
    qc_options o;
    qc_options_init(&o);
    qc_doc d;
    build(&d, &o);
    size_t n0 = d.audio.n, gap0 = d.audio.item_start[1] - d.audio.item_end[0];
    size_t inner = 0, lead_cut = first_sound(&d.audio) - (size_t)(0.25 * RATE);
    for (size_t m = 0; m < d.audio.n_marks; m++)
        if (d.audio.marks[m].kind == QC_MARK_SENTENCE && d.audio.marks[m].pos == 40) inner = m;
    size_t inner0 = d.audio.marks[inner].sample, last0 = d.audio.marks[d.audio.n_marks - 1].sample;
    size_t start1 = d.audio.item_start[1], tail0 = n0 - d.audio.item_end[2];
    size_t removed = qc_audio_trim_silence(&d);
    double rm = (double)removed / RATE;
    CHECK(rm > 1.28 && rm < 1.36);                             /* 2 s inside item 1 -> 0.7 s */
    CHECK_INT(d.audio.n, n0 - removed);
    CHECK_INT(first_sound(&d.audio), (size_t)(0.25 * RATE));   /* the lead-in */
    CHECK_INT(d.audio.item_start[1] - d.audio.item_end[0], gap0); /* the planned 1 s pause stays */
    CHECK_INT(d.audio.n - d.audio.item_end[2], tail0);            /* so do the last pause and tail */
    CHECK_INT(d.audio.item_start[1], start1 - lead_cut);
    size_t inner_cut = removed - lead_cut;
    CHECK_INT(d.audio.marks[inner].sample, inner0 - removed);  /* after both cuts */
    CHECK_INT(d.audio.marks[d.audio.n_marks - 1].sample, last0 - removed);
    CHECK(labs((long)inner_cut - (long)(1.3 * RATE)) < RATE * 3 / 100); /* + quiet syllable edges */
    CHECK_INT(qc_audio_trim_silence(&d), 0);                    /* idempotent */
    qc_doc_reset(&d);
}

static void test_no_loudness_leaves_level(void)
{
    qc_options o;
    qc_options_init(&o);
    o.no_loudness = true;
    qc_doc d;
    CHECK_INT(write_synthetic(tmp("n.wav"), &o, &d), QC_OK);
    SF_INFO in = {0};
    SNDFILE *sf = sf_open(tmp("n.wav"), SFM_READ, &in);
    short *s = malloc((size_t)in.frames * sizeof *s);
    sf_count_t got = sf ? sf_readf_short(sf, s, in.frames) : 0;
    if (sf) sf_close(sf);
    CHECK_INT(got, d.audio.n);
    bool same = got == (sf_count_t)d.audio.n;
    for (sf_count_t i = 0; same && i < got; i++) same = abs(s[i] - d.audio.pcm[i]) <= 1;
    CHECK(same);
    free(s);
    qc_doc_reset(&d);
    o.no_loudness = false;
    o.loudness = -23.0;
    CHECK_INT(write_synthetic(tmp("q.wav"), &o, NULL), QC_OK);
    readback r;
    CHECK(read_audio(tmp("q.wav"), &r));
    CHECK(fabs(r.lufs - -23.0) <= 0.5);
    free(r.x);
    clear_dir(tmpdir);
}

static void test_write_missing_folder(void)
{
    qc_options o;
    qc_options_init(&o);
    qc_doc d;
    build(&d, &o);
    CHECK_INT(qc_audio_write(&d, tmp("nope/b.wav")), QC_ERR_WRITE);
    CHECK(strstr(d.err, "No such file") != NULL);
    qc_doc_reset(&d);
    /* The audio is fine but the chapters cannot be written: nothing stays. */
    o.chapters_path = tmp("nope/c.json");
    o.timings_path = tmp("t.vtt");
    build(&d, &o);
    CHECK_INT(qc_audio_write(&d, tmp("b.wav")), QC_ERR_WRITE);
    CHECK(strstr(d.err, "c.json") != NULL);
    CHECK_INT(entries(tmpdir), 0);
    qc_doc_reset(&d);
}

static void test_bad_timings_extension(void)
{
    qc_options o;
    qc_options_init(&o);
    o.timings_path = tmp("t.txt");
    qc_doc d;
    build(&d, &o);
    CHECK_INT(qc_audio_write(&d, tmp("b.wav")), QC_ERR_ARG);
    CHECK(strstr(d.err, ".vtt") != NULL);
    CHECK_INT(entries(tmpdir), 0);
    qc_doc_reset(&d);
}

/* In a child: a full disk (a 64 KiB tmpfs when we may mount, else a file
 * size limit) must fail the write, leave nothing behind and say why. */
static void test_full_disk(void)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        char mnt[128];
        snprintf(mnt, sizeof mnt, "%s/full", tmpdir);
        mkdir(mnt, 0700);
        bool mounted = mount("tmpfs", mnt, "tmpfs", 0, "size=64k") == 0;
        if (!mounted) {
            struct rlimit rl = {48 * 1024, 48 * 1024};
            signal(SIGXFSZ, SIG_IGN);
            setrlimit(RLIMIT_FSIZE, &rl);
        }
        qc_options o;
        qc_options_init(&o);
        char path[192];
        snprintf(path, sizeof path, "%s/b.wav", mnt);
        qc_doc d;
        build(&d, &o);
        qc_status s = qc_audio_write(&d, path);
        int rc = s != QC_ERR_WRITE ? 1
                 : !strstr(d.err, mounted ? "No space left" : "too large") ? 2
                 : entries(mnt) != 0 ? 3 : 0;
        if (rc) fprintf(stderr, "  full disk (%s): status %d, \"%s\"\n", mounted ? "tmpfs" : "rlimit", s, d.err);
        qc_doc_reset(&d);
        if (mounted) umount(mnt);
        rmdir(mnt);
        _exit(rc);
    }
    int st = 0;
    waitpid(pid, &st, 0);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

/* ---- with the speech engine: each case in a child process ----------------- */

static const char ARTICLE[] =
    "Town Votes to Rebuild Old Mill Footbridge\n\n"
    "ELMBROOK - The town council voted on Monday to rebuild the old mill footbridge, which has been closed since "
    "the spring floods damaged its supports.\n\n"
    "\"People have waited long enough to walk to the market without a detour,\" council leader Priya Nand said "
    "after the vote.\n\n"
    "The work is expected to cost about $2.5m and to take eight months. A temporary ferry will run in the summer.\n\n"
    "Engineer Tom Alvarez said the new design would sit higher above the river. \"We have raised the deck by a "
    "metre, so the next flood should pass underneath,\" he said.\n";

/* Child: speak `src` (a path, or ARTICLE when NULL) to each of paths[]. */
static int speak_child(const char *src, const char *const *paths, size_t n, const char *chapters, const char *timings)
{
    qc_options o;
    qc_options_init(&o);
    o.chapters_path = chapters;
    o.timings_path = timings;
    qc_article *a = qc_article_new(&o);
    qc_status s = src ? qc_article_load(a, src) : qc_article_load_memory(a, ARTICLE, sizeof ARTICLE - 1);
    for (size_t i = 0; i < n && s == QC_OK; i++) s = qc_article_speak(a, paths[i]);
    if (s) fprintf(stderr, "  speak: %s\n", qc_article_error(a));
    qc_article_free(a);
    return s == QC_OK ? 0 : 1;
}

static bool run_child(const char *src, const char *const *paths, size_t n, const char *chapters, const char *timings)
{
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid == 0) _exit(speak_child(src, paths, n, chapters, timings));
    int st = 0;
    waitpid(pid, &st, 0);
    return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

static double vtt_time(const char *s)
{
    int h, m, sec, ms;
    if (sscanf(s, "%d:%d:%d.%d", &h, &m, &sec, &ms) != 4) return -1;
    return h * 3600 + m * 60 + sec + ms / 1000.0;
}

static void test_speak_all_formats(void)
{
    static const char *const ext[] = {"wav", "flac", "ogg", "mp3", "opus"};
    const char *paths[5];
    char *names[5];
    for (int i = 0; i < 5; i++) {
        char name[16];
        snprintf(name, sizeof name, "s.%s", ext[i]);
        paths[i] = names[i] = strdup(tmp(name));
    }
    char *chap = strdup(tmp("s.json")), *vtt = strdup(tmp("s.vtt"));
    bool ok = run_child(NULL, paths, 5, chap, vtt);
    CHECK(ok);
    double ref = 0;
    for (int i = 0; ok && i < 5; i++) {
        readback r;
        CHECK(read_audio(paths[i], &r));
        printf("# spoken %-4s %5d Hz %.3f s %.2f LUFS %.2f dBTP\n", ext[i], r.rate, r.secs, r.lufs, r.tp);
        if (i == 0) ref = r.secs;
        CHECK(r.secs > 5 && fabs(r.secs - ref) <= 0.03 * ref);
        CHECK(fabs(r.lufs - -16.0) <= 0.5);
        CHECK(r.tp <= -1.0);
        CHECK_STR(r.title, "Town Votes to Rebuild Old Mill Footbridge");
        free(r.x);
    }
    /* The chapters and cues describe the last file written (s.opus). */
    json_error_t err;
    json_t *root = ok ? json_load_file(chap, 0, &err) : NULL;
    CHECK(root != NULL);
    json_t *ch = json_object_get(root, "chapters");
    CHECK(json_array_size(ch) >= 2);
    double prev = -1;
    for (size_t i = 0; i < json_array_size(ch); i++) {
        double t = json_number_value(json_object_get(json_array_get(ch, i), "startTime"));
        CHECK(t > prev && t < ref);
        CHECK(json_string_length(json_object_get(json_array_get(ch, i), "title")) > 0);
        prev = t;
    }
    json_decref(root);
    FILE *f = ok ? fopen(vtt, "r") : NULL;
    CHECK(f != NULL);
    char line[1024];
    int cues = 0;
    double last_end = 0;
    bool header = f && fgets(line, sizeof line, f) && !strcmp(line, "WEBVTT\n");
    CHECK(header);
    while (f && fgets(line, sizeof line, f)) {
        char *arrow = strstr(line, " --> ");
        if (!arrow) continue;
        double a = vtt_time(line), b = vtt_time(arrow + 5);
        CHECK(a >= last_end - 1e-9 && b > a && b <= ref + 0.001);
        char text[1024];
        CHECK(fgets(text, sizeof text, f) && strlen(text) > 1);
        last_end = b;
        cues++;
    }
    if (f) fclose(f);
    CHECK(cues >= 3);
    for (int i = 0; i < 5; i++) free(names[i]);
    free(chap);
    free(vtt);
    clear_dir(tmpdir);
}

/* The seed briefing and every example: -16 +- 0.5 LUFS, at most -1 dBTP. */
static void test_speak_loudness_seed_and_examples(void)
{
    glob_t g;
    memset(&g, 0, sizeof g);
    glob("examples/*.txt", 0, NULL, &g);
    size_t n = g.gl_pathc + 1;
    int measured = 0;
    for (size_t i = 0; i < n; i++) {
        const char *src = i < g.gl_pathc ? g.gl_pathv[i] : SEED;
        if (access(src, R_OK) != 0) continue;
        const char *out[1] = {tmp("l.wav")};
        bool ok = run_child(src, out, 1, NULL, NULL);
        CHECK(ok);
        readback r;
        if (!ok || !read_audio(out[0], &r)) continue;
        printf("# %-40s %.1f s %.2f LUFS %.2f dBTP\n", src, r.secs, r.lufs, r.tp);
        CHECK(fabs(r.lufs - -16.0) <= 0.5);
        CHECK(r.tp <= -1.0);
        measured++;
        free(r.x);
    }
    CHECK(measured >= 1);
    globfree(&g);
    clear_dir(tmpdir);
}

int main(void)
{
    setenv("QUOTECAST_VOICES", "voices", 0);
    snprintf(tmpdir, sizeof tmpdir, "/tmp/qc-audio-XXXXXX");
    if (!mkdtemp(tmpdir)) return 1;
    RUN(test_format_ok);
    RUN(test_check_before_synthesis);
    RUN(test_unknown_extension);
    RUN(test_each_format_reads_back);
    RUN(test_tags_utf8);
    RUN(test_wav_cue_labels);
    RUN(test_wav_labels_odd_sizes);
    RUN(test_resample_rate_option);
    RUN(test_resample_keeps_pitch);
    RUN(test_opus_rates);
    RUN(test_trim_silence);
    RUN(test_no_loudness_leaves_level);
    RUN(test_write_missing_folder);
    RUN(test_bad_timings_extension);
    RUN(test_full_disk);
    RUN(test_speak_all_formats);
    RUN(test_speak_loudness_seed_and_examples);
    clear_dir(tmpdir);
    rmdir(tmpdir);
    return check_summary();
}
