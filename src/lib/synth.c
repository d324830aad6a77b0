/* synth.c: speak the script with libespeak-ng in-process (one engine per process). */
#include "synth.h"

#include <dirent.h>
#include <errno.h>
#include <espeak-ng/espeak_ng.h>
#include <glob.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "text.h"

#define DEFAULT_NARRATOR "narrator"
#define DEFAULT_QUOTE "quote"
#define DEFAULT_RATE 170
#define SYNTH_RATE 22050            /* espeak-ng's output rate (checked after speaking) */

/* Process-wide engine state: espeak-ng has one global engine. */
static struct {
    bool prepared, tried, ok;   /* system data looked for; engine started (or failed) */
    char sys[PATH_MAX];         /* espeak-ng's own data folder, "" if not found */
    char overlay[PATH_MAX];     /* this call's espeak-ng-data overlay, removed after it */
    char voices[PATH_MAX];      /* this call's voices folder, "" if none */
    bool full;                  /* the overlay links every system voice and dictionary */
} eng;

/* Per-call synthesis context reached from the callback. */
static struct {
    qc_doc *doc;
    size_t item, seg;
    size_t base;                /* samples before this Synth call */
    const size_t *cp2byte;      /* code point index -> byte offset in the segment */
    size_t ncp;
    bool oom;
} cur;

static const char *const system_data[] = {
    "/usr/lib/x86_64-linux-gnu/espeak-ng-data", "/usr/lib/aarch64-linux-gnu/espeak-ng-data",
    "/usr/lib/i386-linux-gnu/espeak-ng-data",   "/usr/lib/espeak-ng-data",
    "/usr/share/espeak-ng-data",                "/usr/local/share/espeak-ng-data",
    "/usr/local/lib/espeak-ng-data",
};

/* snprintf that reports truncation (paths that do not fit are errors). */
static bool fmt_path(char *out, size_t size, const char *a, const char *b)
{
    int n = snprintf(out, size, "%s%s", a, b);
    return n >= 0 && (size_t)n < size;
}

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static const char *find_system_data(void)
{
    const char *env = getenv("ESPEAK_DATA_PATH");
    static char buf[PATH_MAX];
    if (env && snprintf(buf, sizeof buf, "%s/espeak-ng-data", env) < (int)sizeof buf && is_dir(buf)) return buf;
    for (size_t i = 0; i < sizeof system_data / sizeof *system_data; i++) {
        char p[PATH_MAX];
        snprintf(p, sizeof p, "%s/phontab", system_data[i]);
        if (access(p, R_OK) == 0) return system_data[i];
    }
    /* Other multiarch triplets (armhf, ppc64el, riscv64, s390x, ...). */
    glob_t g;
    const char *found = NULL;
    if (glob("/usr/lib/*/espeak-ng-data/phontab", 0, NULL, &g) == 0 && g.gl_pathc > 0) {
        size_t n = strlen(g.gl_pathv[0]) - strlen("/phontab");
        if (n < sizeof buf) {
            memcpy(buf, g.gl_pathv[0], n);
            buf[n] = '\0';
            found = buf;
        }
    }
    globfree(&g);
    return found;
}

const char *qc_synth_voices_dir(const qc_options *opt, char *buf, size_t size)
{
    char cand[6][PATH_MAX];
    int n = 0;
    if (opt && opt->voices_dir) snprintf(cand[n++], PATH_MAX, "%s", opt->voices_dir);
    const char *env = getenv("QUOTECAST_VOICES");
    if (env && *env) snprintf(cand[n++], PATH_MAX, "%s", env);
    char exe[PATH_MAX];
    ssize_t k = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (k > 0) {
        exe[k] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) *slash = '\0';
        snprintf(cand[n++], PATH_MAX, "%.*s/../voices", PATH_MAX - 20, exe);
        snprintf(cand[n++], PATH_MAX, "%.*s/../share/quotecast/voices", PATH_MAX - 40, exe);
    }
#ifdef QC_DATADIR
    snprintf(cand[n++], PATH_MAX, "%s/voices", QC_DATADIR);
#endif
    for (int i = 0; i < n; i++) {
        if (is_dir(cand[i])) {
            char *r = realpath(cand[i], NULL);
            if (!r) continue;
            snprintf(buf, size, "%s", r);
            free(r);
            return buf;
        }
        if (i == 0 && opt && opt->voices_dir) return NULL; /* an explicit folder must exist */
    }
    return NULL;
}

/* Symlink each entry of `from` into `to` that `keep` accepts (NULL: all);
 * names already present (ours) are left alone. */
static bool link_all(const char *from, const char *to, bool (*keep)(const char *name))
{
    DIR *d = opendir(from);
    if (!d) return false;
    struct dirent *e;
    bool ok = true;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.' || (keep && !keep(e->d_name))) continue;
        char src[PATH_MAX], dst[PATH_MAX];
        if (!fmt_path(src, sizeof src, from, "/") || !fmt_path(src + strlen(src), sizeof src - strlen(src), e->d_name, "")) continue;
        if (!fmt_path(dst, sizeof dst, to, "/") || !fmt_path(dst + strlen(dst), sizeof dst - strlen(dst), e->d_name, "")) continue;
        if (symlink(src, dst) != 0 && errno != EEXIST) ok = false;
    }
    closedir(d);
    return ok;
}

/* What the project's own (en-us based) voices need of the data folder: all
 * but the other languages' dictionaries and the voices folder. */
static bool core_entry(const char *name)
{
    size_t n = strlen(name);
    bool dict = n > 5 && strcmp(name + n - 5, "_dict") == 0;
    return strcmp(name, "voices") != 0 && (!dict || strcmp(name, "en_dict") == 0);
}
static bool not_voices(const char *name) { return strcmp(name, "voices") != 0; }
static bool not_variants(const char *name) { return strcmp(name, "!v") != 0; }

/* Paths of the system data and of the overlay's own folders. */
static struct { char sys[PATH_MAX], sysvoices[PATH_MAX], sysv[PATH_MAX], voices[PATH_MAX], v[PATH_MAX]; } dirs;

/* The overlay: a temporary espeak-ng-data whose voices/!v also holds our
 * voice files, so "en-us+NAME" finds them (SetVoiceByFile is unusable: it
 * truncates and lowercases paths). It links only what our voices need (a
 * dozen links, well under a millisecond); overlay_full() adds the rest when
 * a caller asks for another espeak-ng voice. */
static qc_status make_overlay(qc_doc *doc, const char *sysdata)
{
    const char *tmp = getenv("TMPDIR");
    if (!tmp || !*tmp) tmp = access("/dev/shm", W_OK | X_OK) == 0 ? "/dev/shm" : "/tmp";
    snprintf(eng.overlay, sizeof eng.overlay, "%s/quotecast-espeak.XXXXXX", tmp);
    if (!mkdtemp(eng.overlay)) {
        eng.overlay[0] = '\0';
        return qc_doc_fail(doc, QC_ERR_SYNTH, "cannot create a temporary folder for espeak-ng data: %s", strerror(errno));
    }
    if (!fmt_path(dirs.sys, sizeof dirs.sys, sysdata, "") ||
        !fmt_path(dirs.voices, sizeof dirs.voices, eng.overlay, "/voices") ||
        !fmt_path(dirs.v, sizeof dirs.v, eng.overlay, "/voices/!v") ||
        !fmt_path(dirs.sysvoices, sizeof dirs.sysvoices, sysdata, "/voices") ||
        !fmt_path(dirs.sysv, sizeof dirs.sysv, sysdata, "/voices/!v") ||
        !link_all(sysdata, eng.overlay, core_entry) || mkdir(dirs.voices, 0700) || mkdir(dirs.v, 0700) ||
        !link_all(dirs.sysvoices, dirs.voices, not_variants))
        return qc_doc_fail(doc, QC_ERR_SYNTH, "cannot build the espeak-ng data overlay in %s", eng.overlay);
    if (eng.voices[0]) {
        DIR *d = opendir(eng.voices);
        struct dirent *e;
        while (d && (e = readdir(d))) {
            if (e->d_name[0] == '.') continue;
            char src[PATH_MAX], dst[PATH_MAX];
            if (!fmt_path(src, sizeof src, eng.voices, "/") || !fmt_path(src + strlen(src), sizeof src - strlen(src), e->d_name, "")) continue;
            if (!fmt_path(dst, sizeof dst, dirs.v, "/") || !fmt_path(dst + strlen(dst), sizeof dst - strlen(dst), e->d_name, "")) continue;
            if (symlink(src, dst) != 0) { closedir(d); return qc_doc_fail(doc, QC_ERR_SYNTH, "cannot link voice %s", src); }
        }
        if (d) closedir(d);
    }
    return QC_OK;
}

/* Every dictionary and system variant, for voices other than ours (ours
 * keep their names: a system variant of the same name is not linked). */
static qc_status overlay_full(qc_doc *doc)
{
    if (eng.full) return QC_OK;
    eng.full = true;
    if (!link_all(dirs.sys, eng.overlay, not_voices) || !link_all(dirs.sysv, dirs.v, NULL))
        return qc_doc_fail(doc, QC_ERR_SYNTH, "cannot complete the espeak-ng data overlay in %s", eng.overlay);
    return QC_OK;
}

static void rm_tree(const char *path)
{
    DIR *d = opendir(path);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        char p[PATH_MAX];
        if (!fmt_path(p, sizeof p, path, "/") || !fmt_path(p + strlen(p), sizeof p - strlen(p), e->d_name, "")) continue;
        struct stat st;
        if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode)) rm_tree(p);
        else unlink(p);
    }
    closedir(d);
    rmdir(path);
}

static qc_status push_mark(qc_audio *au, qc_mark m)
{
    if (au->n_marks == au->cap_marks) {
        size_t nc = au->cap_marks ? au->cap_marks * 2 : 256;
        qc_mark *p = realloc(au->marks, nc * sizeof *p);
        if (!p) return QC_ERR_NOMEM;
        au->marks = p;
        au->cap_marks = nc;
    }
    au->marks[au->n_marks++] = m;
    return QC_OK;
}

static int on_audio(short *wav, int n, espeak_EVENT *ev)
{
    qc_doc *doc = cur.doc;
    qc_audio *au = &doc->audio;
    for (; ev && ev->type != espeakEVENT_LIST_TERMINATED; ev++) {
        qc_mark m;
        memset(&m, 0, sizeof m);    /* padding too: marks are written out by workers */
        if (ev->type == espeakEVENT_WORD) m.kind = QC_MARK_WORD;
        else if (ev->type == espeakEVENT_SENTENCE) m.kind = QC_MARK_SENTENCE;
        else continue;
        m.sample = cur.base + (size_t)(ev->sample > 0 ? ev->sample : 0);
        m.item = cur.item;
        m.seg = cur.seg;
        size_t cp = ev->text_position > 0 ? (size_t)ev->text_position - 1 : 0;
        size_t cpe = cp + (size_t)(ev->length > 0 ? ev->length : 0);
        if (cp > cur.ncp) cp = cur.ncp;
        if (cpe > cur.ncp) cpe = cur.ncp;
        m.pos = cur.cp2byte[cp];
        m.len = cur.cp2byte[cpe] - m.pos;
        if (push_mark(au, m)) { cur.oom = true; return 1; }
    }
    if (wav && n > 0) {
        if (au->n + (size_t)n > au->cap) {
            size_t nc = au->cap ? au->cap : 1u << 16;
            while (nc < au->n + (size_t)n) nc *= 2;
            int16_t *p = realloc(au->pcm, nc * sizeof *p);
            if (!p) { cur.oom = true; return 1; }
            au->pcm = p;
            au->cap = nc;
        }
        memcpy(au->pcm + au->n, wav, (size_t)n * sizeof *wav);
        au->n += (size_t)n;
    }
    return 0;
}

/* Removes this call's overlay (espeak-ng has read what it needs by then, and
 * reads voice files again only when a voice is set, inside qc_synth). */
static void drop_overlay(void)
{
    if (eng.overlay[0]) rm_tree(eng.overlay);
    eng.overlay[0] = '\0';
    eng.full = false;
}

/* This call's voices folder (looked up each time: the options may name
 * another) and data overlay, which lives only while qc_synth runs so that
 * nothing is left in the temporary folder between calls (worker processes
 * use the parent's). espeak-ng reads a voice file whenever a voice is set,
 * so the engine, started once, follows the overlay of each call. */
static qc_status prepare(qc_doc *doc)
{
    if (!eng.prepared) {
        eng.prepared = true;
        const char *found = find_system_data();
        snprintf(eng.sys, sizeof eng.sys, "%s", found ? found : "");
    }
    if (!eng.sys[0]) return qc_doc_fail(doc, QC_ERR_SYNTH, "espeak-ng data not found (install espeak-ng-data)");
    if (!qc_synth_voices_dir(&doc->opt, eng.voices, sizeof eng.voices)) {
        eng.voices[0] = '\0';
        if (doc->opt.voices_dir)
            return qc_doc_fail(doc, QC_ERR_VOICE, "voices folder not found: %s", doc->opt.voices_dir);
    }
    qc_status s = make_overlay(doc, eng.sys);
    if (s) {
        drop_overlay();
        return s;
    }
    espeak_ng_InitializePath(eng.overlay);
    return QC_OK;
}

/* The engine of this process: once (espeak-ng cannot be restarted). */
static qc_status start_engine(qc_doc *doc)
{
    if (eng.tried) {
        if (!eng.ok) return qc_doc_fail(doc, QC_ERR_SYNTH, "the speech engine failed to start");
        return QC_OK;
    }
    eng.tried = true;
    espeak_ng_ERROR_CONTEXT ctx = NULL;
    if (espeak_ng_Initialize(&ctx) != ENS_OK) {
        espeak_ng_ClearErrorContext(&ctx);
        return qc_doc_fail(doc, QC_ERR_SYNTH, "espeak-ng failed to initialise");
    }
    if (espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, NULL) != ENS_OK)
        return qc_doc_fail(doc, QC_ERR_SYNTH, "espeak-ng failed to open its output");
    espeak_SetSynthCallback(on_audio);
    eng.ok = true;
    return QC_OK;
}

/* "en-us+NAME" for a voice in our folder or a user's file by path (linked
 * into the overlay); other names (e.g. "en-gb", "en-us+klatt") pass through. */
static qc_status voice_spec(qc_doc *doc, const char *want, const char *dflt, char *out, size_t size)
{
    const char *v = want && *want ? want : dflt;
    char p[PATH_MAX];
    /* A path names a file that exists ("gmw/en-GB-x-rp" is an espeak-ng id). */
    if (strchr(v, '/') && (access(v, R_OK) == 0 || v[0] == '/' || v[0] == '.')) {
        if (access(v, R_OK) != 0) return qc_doc_fail(doc, QC_ERR_VOICE, "voice file not readable: %s", v);
        char *abs = realpath(v, NULL);
        const char *base = strrchr(v, '/') + 1;
        if (!fmt_path(p, sizeof p, eng.overlay, "/voices/!v/user-") || !fmt_path(p + strlen(p), sizeof p - strlen(p), base, ""))
            return qc_doc_fail(doc, QC_ERR_VOICE, "voice path too long: %s", v);
        unlink(p);
        int rc = abs ? symlink(abs, p) : -1;
        free(abs);
        if (rc != 0) return qc_doc_fail(doc, QC_ERR_VOICE, "cannot use voice file %s", v);
        snprintf(out, size, "en-us+user-%s", base);
        return QC_OK;
    }
    bool ours = eng.voices[0] && fmt_path(p, sizeof p, eng.voices, "/") &&
                fmt_path(p + strlen(p), sizeof p - strlen(p), v, "") && access(p, R_OK) == 0;
    if (ours) snprintf(out, size, "en-us+%s", v);
    else snprintf(out, size, "%s", v);
    return ours ? QC_OK : overlay_full(doc);
}

static qc_status set_voice(qc_doc *doc, const char *spec)
{
    if (espeak_ng_SetVoiceByName(spec) != ENS_OK) {
        /* As the espeak-ng program does: a language name ("en-gb") picks
         * the best voice for that language. */
        espeak_VOICE props;
        memset(&props, 0, sizeof props);
        props.languages = spec;
        if (strchr(spec, '+') || espeak_ng_SetVoiceByProperties(&props) != ENS_OK)
            return qc_doc_fail(doc, QC_ERR_VOICE, "voice not found: %s", spec);
    }
    int rate = doc->opt.rate > 0 ? doc->opt.rate : DEFAULT_RATE;
    espeak_ng_SetParameter(espeakRATE, rate, 0);
    if (doc->opt.pitch >= 0) espeak_ng_SetParameter(espeakPITCH, doc->opt.pitch, 0);
    return QC_OK;
}

static qc_status silence(qc_doc *doc, double seconds)
{
    size_t n = (size_t)(seconds * doc->audio.rate);
    if (n == 0) return QC_OK;
    short zeros[1024] = {0};
    cur.doc = doc;
    while (n) {
        int k = n > 1024 ? 1024 : (int)n;
        if (on_audio(zeros, k, NULL)) return QC_ERR_NOMEM;
        n -= (size_t)k;
    }
    return QC_OK;
}

/* Speaks items [i0, i1) in this process, appending to doc->audio. */
static qc_status synth_range(qc_doc *doc, size_t i0, size_t i1, char spec[2][PATH_MAX + 16])
{
    qc_status s = start_engine(doc);
    if (s) return s;
    qc_audio *au = &doc->audio;
    int voice = -1;
    cur.doc = doc;
    for (size_t i = i0; i < i1; i++) {
        const qc_item *it = &doc->items[i];
        au->item_start[i] = au->n;
        qc_mark im;
        memset(&im, 0, sizeof im);
        im.sample = au->n, im.kind = QC_MARK_ITEM, im.item = i, im.seg = it->first_seg;
        if ((s = push_mark(au, im))) return s;
        for (size_t k = it->first_seg; k < it->first_seg + it->n_seg; k++) {
            const qc_seg *sg = &doc->segs[k];
            const char *t = sg->spoken ? sg->spoken : sg->text;
            if (!t || !*t) continue;
            int want = sg->voice == QC_VOICE_QUOTE ? 1 : 0;
            if (want != voice) {
                if ((s = set_voice(doc, spec[want]))) return s;
                voice = want;
            }
            /* code point -> byte, in one decoding pass (a stray byte counts as
             * one code point, as the decoder reads it); never more code
             * points than bytes */
            size_t len = strlen(t), ncp = 0;
            size_t *map = qc_arena_alloc(doc->arena, (len + 1) * sizeof *map);
            if (!map) return QC_ERR_NOMEM;
            for (size_t b = 0; b < len; ncp++) {
                map[ncp] = b;
                qc_utf8_next(t, len, &b);
            }
            map[ncp] = len;
            cur.item = i;
            cur.seg = k;
            cur.base = au->n;
            cur.cp2byte = map;
            cur.ncp = ncp;
            espeak_ng_STATUS es = espeak_ng_Synthesize(t, len + 1, 0, POS_CHARACTER, 0,
                                                       espeakCHARS_UTF8, NULL, NULL);
            if (cur.oom) return QC_ERR_NOMEM;
            if (es != ENS_OK) return qc_doc_fail(doc, QC_ERR_SYNTH, "espeak-ng failed to speak item %zu", i + 1);
        }
        au->item_end[i] = au->n;
        if ((s = silence(doc, it->pause_after))) return s;
    }
    return QC_OK;
}

/*
 * Parallel speech. espeak-ng has one engine per process, so parallelism means
 * worker processes: a forked worker speaks the second half of the items
 * (split by spoken length) into an unlinked temporary file while this
 * process speaks the first half; then the worker's samples and marks are
 * appended here, shifted to their place. Worth it only for long scripts on a
 * machine with a second core.
 */
typedef struct worker_head {
    qc_status status;
    size_t n, n_marks;
    char err[256];
} worker_head;

#define PARALLEL_MIN_BYTES 600      /* ~35 s of speech; below it a worker's start-up (~5 ms) does not pay */

static bool write_all(FILE *f, const void *p, size_t n) { return fwrite(p, 1, n, f) == n; }
static bool read_all(FILE *f, void *p, size_t n) { return fread(p, 1, n, f) == n; }

/* The first item the worker speaks, by spoken bytes; *total = all bytes. */
static size_t split_point(const qc_doc *doc, size_t *total)
{
    size_t sum = 0;
    for (size_t i = 0; i < doc->n_items; i++)
        for (size_t k = doc->items[i].first_seg; k < doc->items[i].first_seg + doc->items[i].n_seg; k++)
            sum += doc->segs[k].spoken ? strlen(doc->segs[k].spoken) : 0;
    *total = sum;
    size_t half = 0, i = 0;
    /* this process takes ~55%: the worker first spends ~5 ms starting its engine */
    for (; i < doc->n_items && half * 20 < sum * 11; i++)
        for (size_t k = doc->items[i].first_seg; k < doc->items[i].first_seg + doc->items[i].n_seg; k++)
            half += doc->segs[k].spoken ? strlen(doc->segs[k].spoken) : 0;
    return i;
}

/* The worker: speaks [mid, n_items) from sample 0 and writes the result. */
static void worker_main(qc_doc *doc, size_t mid, char spec[2][PATH_MAX + 16], FILE *out)
{
    qc_audio *au = &doc->audio;
    free(au->pcm);              /* our copies of the parent's buffers: start empty */
    free(au->marks);
    au->pcm = NULL;
    au->marks = NULL;
    au->n = au->cap = au->n_marks = au->cap_marks = 0;
    worker_head h;
    memset(&h, 0, sizeof h);
    h.status = synth_range(doc, mid, doc->n_items, spec);
    h.n = au->n;
    h.n_marks = au->n_marks;
    memcpy(h.err, doc->err, sizeof h.err);
    bool ok = write_all(out, &h, sizeof h) && write_all(out, au->pcm, au->n * sizeof *au->pcm) &&
              write_all(out, au->marks, au->n_marks * sizeof *au->marks) &&
              write_all(out, au->item_start + mid, (doc->n_items - mid) * sizeof *au->item_start) &&
              write_all(out, au->item_end + mid, (doc->n_items - mid) * sizeof *au->item_end) &&
              fflush(out) == 0;
    free(au->pcm);
    free(au->marks);
    /* The engine is not terminated: that joins its thread and costs 5-10 ms
     * of the caller's wall time; the process ends here anyway
     * (scripts/valgrind.supp names the thread's memory for valgrind). */
    _exit(ok ? 0 : 1);          /* no atexit handlers, no stdio of the parent's */
}

/* Appends the worker's result (samples shifted by `base`) to doc->audio. */
static qc_status collect(qc_doc *doc, size_t mid, FILE *in)
{
    qc_audio *au = &doc->audio;
    worker_head h;
    rewind(in);
    if (!read_all(in, &h, sizeof h)) return qc_doc_fail(doc, QC_ERR_SYNTH, "the speech worker failed");
    if (h.status) {
        memcpy(doc->err, h.err, sizeof doc->err);
        doc->err[sizeof doc->err - 1] = '\0';
        return h.status;
    }
    size_t base = au->n;
    if (au->n + h.n > au->cap) {
        int16_t *p = realloc(au->pcm, (au->n + h.n) * sizeof *p);
        if (!p) return QC_ERR_NOMEM;
        au->pcm = p;
        au->cap = au->n + h.n;
    }
    if (!read_all(in, au->pcm + au->n, h.n * sizeof *au->pcm))
        return qc_doc_fail(doc, QC_ERR_SYNTH, "the speech worker's output is short");
    au->n += h.n;
    for (size_t i = 0; i < h.n_marks; i++) {
        qc_mark m;
        if (!read_all(in, &m, sizeof m)) return qc_doc_fail(doc, QC_ERR_SYNTH, "the speech worker's output is short");
        m.sample += base;
        qc_status s = push_mark(au, m);
        if (s) return s;
    }
    size_t k = doc->n_items - mid;
    if (!read_all(in, au->item_start + mid, k * sizeof *au->item_start) ||
        !read_all(in, au->item_end + mid, k * sizeof *au->item_end))
        return qc_doc_fail(doc, QC_ERR_SYNTH, "the speech worker's output is short");
    for (size_t i = mid; i < doc->n_items; i++) au->item_start[i] += base, au->item_end[i] += base;
    return QC_OK;
}

/* Speaks all items with one worker process beside this one; QC_ERR_INTERNAL
 * (nothing spoken) when no worker could be started. */
static qc_status synth_parallel(qc_doc *doc, size_t mid, char spec[2][PATH_MAX + 16])
{
    FILE *tmp = tmpfile();
    if (!tmp) return QC_ERR_INTERNAL;
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        fclose(tmp);
        return QC_ERR_INTERNAL;
    }
    if (pid == 0) worker_main(doc, mid, spec, tmp);
    qc_status s = synth_range(doc, 0, mid, spec);
    int st = 0;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {}
    if (s == QC_OK && !(WIFEXITED(st) && WEXITSTATUS(st) == 0))
        s = qc_doc_fail(doc, QC_ERR_SYNTH, "the speech worker process failed");
    if (s == QC_OK) s = collect(doc, mid, tmp);
    fclose(tmp);
    return s;
}

static qc_status synth_all(qc_doc *doc);

qc_status qc_synth(qc_doc *doc)
{
    qc_status s = prepare(doc);
    if (s) return s;
    s = synth_all(doc);
    drop_overlay();
    return s;
}

static qc_status synth_all(qc_doc *doc)
{
    qc_status s;
    char spec[2][PATH_MAX + 16];
    if ((s = voice_spec(doc, doc->opt.voice, DEFAULT_NARRATOR, spec[0], sizeof spec[0])) ||
        (s = voice_spec(doc, doc->opt.quote_voice, DEFAULT_QUOTE, spec[1], sizeof spec[1])))
        return s;
    qc_audio *au = &doc->audio;
    au->n = au->n_marks = 0;
    au->rate = SYNTH_RATE;
    au->item_start = qc_arena_alloc(doc->arena, (doc->n_items + 1) * sizeof *au->item_start);
    au->item_end = qc_arena_alloc(doc->arena, (doc->n_items + 1) * sizeof *au->item_end);
    if (!au->item_start || !au->item_end) return QC_ERR_NOMEM;
    memset(&cur, 0, sizeof cur);
    cur.doc = doc;
    /* A short lead-in; espeak-ng ignores a leading <break>, so we add samples. */
    if ((s = silence(doc, 0.25))) return s;
    size_t total = 0, mid = split_point(doc, &total);
    int jobs = doc->opt.jobs > 0 ? doc->opt.jobs : sysconf(_SC_NPROCESSORS_ONLN) > 1 ? 2 : 1;
    s = QC_ERR_INTERNAL;
    if (jobs > 1 && total >= PARALLEL_MIN_BYTES && mid > 0 && mid < doc->n_items)
        s = synth_parallel(doc, mid, spec);
    if (s == QC_ERR_INTERNAL) s = synth_range(doc, 0, doc->n_items, spec);
    if (s) return s;
    if (espeak_ng_GetSampleRate() != SYNTH_RATE)
        return qc_doc_fail(doc, QC_ERR_SYNTH, "espeak-ng speaks at %d Hz, not %d", espeak_ng_GetSampleRate(), SYNTH_RATE);
    return silence(doc, 0.4);
}

void qc_synth_global_cleanup(void)
{
    if (eng.ok) espeak_ng_Terminate();
    drop_overlay();
    eng.ok = false;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

qc_status qc_list_voices(const qc_options *opt,
                         void (*fn)(const char *name, const char *path, void *user), void *user)
{
    char dir[PATH_MAX];
    if (!fn) return QC_ERR_ARG;
    if (!qc_synth_voices_dir(opt, dir, sizeof dir)) return QC_ERR_VOICE;
    DIR *d = opendir(dir);
    if (!d) return QC_ERR_VOICE;
    char **names = NULL;
    size_t n = 0, cap = 0;
    qc_status s = QC_OK;
    struct dirent *e;
    while (!s && (e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        if (n == cap) {
            char **nn = realloc(names, (cap = cap ? 2 * cap : 32) * sizeof *nn);
            if (!nn) { s = QC_ERR_NOMEM; break; }
            names = nn;
        }
        if (!(names[n] = strdup(e->d_name))) s = QC_ERR_NOMEM;
        else n++;
    }
    closedir(d);
    if (n) qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n; i++) {
        char p[PATH_MAX + 256];
        snprintf(p, sizeof p, "%s/%s", dir, names[i]);
        if (!s) fn(names[i], p, user);
        free(names[i]);
    }
    free(names);
    return s;
}
