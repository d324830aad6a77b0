/* audio.c: process and write doc->audio: silence, resampling, loudness, formats, chapters, timings. */
#include "audio.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <sndfile.h>
#include <soxr.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "loudness.h"
#include "text.h"
#include "timings.h"

#define SILENCE_LEVEL 33        /* |sample| at or below this (-60 dBFS) is silence */
#define LEAD_IN 0.25            /* seconds kept before the first sound */
#define TAIL 0.5                /* seconds kept after the last sound, plus the last pause */
#define DEFAULT_LUFS (-16.0)

/* ---- formats -------------------------------------------------------------- */

typedef struct audio_fmt {
    const char *ext;
    int sf;                     /* libsndfile major | subtype */
    int default_rate;           /* 0 = the synthesis rate */
    const int *rates;           /* rates the codec takes, 0-terminated; NULL = any */
    const char *rate_list;
    double ceiling;             /* limiter ceiling (dBTP): lossy codecs overshoot */
    bool lossy;                 /* check the decoded file's true peak */
} audio_fmt;

static const int opus_rates[] = {8000, 12000, 16000, 24000, 48000, 0};
static const int mp3_rates[] = {8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000, 0};

static const audio_fmt formats[] = {
    {".wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16, 0, NULL, NULL, QC_AUDIO_CEILING_DBTP, false},
    {".flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_16, 0, NULL, NULL, QC_AUDIO_CEILING_DBTP, false},
    {".ogg", SF_FORMAT_OGG | SF_FORMAT_VORBIS, 0, NULL, NULL, QC_AUDIO_CEILING_DBTP - 0.7, true},
    {".mp3", SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III, 0, mp3_rates,
     "8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100 or 48000", QC_AUDIO_CEILING_DBTP - 0.5, true},
    {".opus", SF_FORMAT_OGG | SF_FORMAT_OPUS, 48000, opus_rates, "8000, 12000, 16000, 24000 or 48000",
     QC_AUDIO_CEILING_DBTP - 1.0, true},
};

static const audio_fmt *find_format(const char *path)
{
    if (!path) return NULL;
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(slash ? slash + 1 : path, '.');
    if (!dot) return NULL;
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
        if (!strcasecmp(dot, formats[i].ext)) return &formats[i];
    return NULL;
}

bool qc_audio_format_ok(const char *path) { return find_format(path) != NULL; }

static bool rate_ok(const audio_fmt *f, int rate)
{
    if (rate < 1000 || rate > 192000) return false;
    if (!f->rates) return true;
    for (const int *r = f->rates; *r; r++)
        if (*r == rate) return true;
    return false;
}

/* ---- silence -------------------------------------------------------------- */

typedef struct cut { size_t at, len, before; } cut;  /* removed [at, at+len); `before` removed earlier */

static size_t map_cut(const cut *c, size_t n, size_t p)
{
    size_t lo = 0, hi = n;              /* first cut with at > p */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c[mid].at <= p) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return p;
    const cut *k = &c[lo - 1];
    if (p < k->at + k->len) return k->at - k->before;
    return p - k->before - k->len;
}

/* Silence allowed for the quiet run [s, e). */
static double allowance(const qc_doc *doc, size_t s, size_t e)
{
    const qc_audio *au = &doc->audio;
    if (s == 0) return LEAD_IN;
    if (e == au->n) return TAIL + (doc->n_items ? doc->items[doc->n_items - 1].pause_after : 0);
    double allow = QC_AUDIO_MAX_SILENCE;
    for (size_t k = 0; au->item_end && k + 1 < doc->n_items; k++)
        if (e >= au->item_end[k] && s <= au->item_start[k + 1] && doc->items[k].pause_after + 0.1 > allow)
            allow = doc->items[k].pause_after + 0.1;
    return allow;
}

size_t qc_audio_trim_silence(qc_doc *doc)
{
    qc_audio *au = &doc->audio;
    if (!au->pcm || !au->n || au->rate <= 0) return 0;
    cut *c = NULL;
    size_t nc = 0, cap = 0, removed = 0;
    for (size_t i = 0; i < au->n;) {
        if (abs(au->pcm[i]) > SILENCE_LEVEL) { i++; continue; }
        size_t s = i;
        while (i < au->n && abs(au->pcm[i]) <= SILENCE_LEVEL) i++;
        size_t len = i - s, keep = (size_t)(allowance(doc, s, i) * au->rate);
        if (len <= keep + (size_t)au->rate / 100) continue;    /* 10 ms slack */
        cut k = {s + keep / 2, len - keep, removed};
        if (s == 0) k.at = 0;
        else if (i == au->n) k.at = s + keep;
        if (nc == cap) {
            size_t ncap = cap ? 2 * cap : 16;
            cut *p = realloc(c, ncap * sizeof *p);
            if (!p) break;                      /* out of memory: cut what we have */
            c = p;
            cap = ncap;
        }
        c[nc++] = k;
        removed += k.len;
    }
    if (!nc) { free(c); return 0; }
    size_t w = 0, r = 0;
    for (size_t j = 0; j < nc; j++) {
        memmove(au->pcm + w, au->pcm + r, (c[j].at - r) * sizeof *au->pcm);
        w += c[j].at - r;
        r = c[j].at + c[j].len;
    }
    memmove(au->pcm + w, au->pcm + r, (au->n - r) * sizeof *au->pcm);
    au->n = w + au->n - r;
    for (size_t m = 0; m < au->n_marks; m++) au->marks[m].sample = map_cut(c, nc, au->marks[m].sample);
    for (size_t i = 0; au->item_start && i < doc->n_items; i++) {
        au->item_start[i] = map_cut(c, nc, au->item_start[i]);
        au->item_end[i] = map_cut(c, nc, au->item_end[i]);
    }
    free(c);
    return removed;
}

/* ---- resampling ----------------------------------------------------------- */

static size_t scale_pos(size_t p, double ratio, size_t n)
{
    double v = round((double)p * ratio);
    return v >= (double)n ? n : (size_t)v;
}

/* Resample float x[0..*n) from doc->audio.rate to `rate`; replaces *x. */
static qc_status resample(qc_doc *doc, float **x, size_t *n, int rate)
{
    qc_audio *au = &doc->audio;
    if (rate == au->rate || *n == 0) {
        au->rate = rate;
        return QC_OK;
    }
    double ratio = (double)rate / au->rate;
    size_t olen = (size_t)ceil((double)*n * ratio) + 1, done = 0;
    float *y = malloc(olen * sizeof *y);
    if (!y) return QC_ERR_NOMEM;
    soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    soxr_quality_spec_t q = soxr_quality_spec(SOXR_HQ, 0);
    soxr_error_t err = soxr_oneshot(au->rate, rate, 1, *x, *n, NULL, y, olen, &done, &io, &q, NULL);
    if (err) {
        free(y);
        return qc_doc_fail(doc, QC_ERR_INTERNAL, "resampling to %d Hz failed: %s", rate, err);
    }
    free(*x);
    *x = y;
    *n = done;
    for (size_t m = 0; m < au->n_marks; m++) au->marks[m].sample = scale_pos(au->marks[m].sample, ratio, done);
    for (size_t i = 0; au->item_start && i < doc->n_items; i++) {
        au->item_start[i] = scale_pos(au->item_start[i], ratio, done);
        au->item_end[i] = scale_pos(au->item_end[i], ratio, done);
    }
    au->rate = rate;
    return QC_OK;
}

static float *to_float(const qc_audio *au)
{
    float *x = malloc((au->n ? au->n : 1) * sizeof *x);
    if (x)
        for (size_t i = 0; i < au->n; i++) x[i] = au->pcm[i] * (1.0f / 32768.0f);
    return x;
}

/* Store x[0..n) back into doc->audio.pcm. */
static qc_status from_float(qc_audio *au, const float *x, size_t n)
{
    if (n > au->cap) {
        int16_t *p = realloc(au->pcm, n * sizeof *p);
        if (!p) return QC_ERR_NOMEM;
        au->pcm = p;
        au->cap = n;
    }
    for (size_t i = 0; i < n; i++) {
        float v = x[i] * 32767.0f;
        au->pcm[i] = (int16_t)(v >= 32767.0f ? 32767 : v <= -32768.0f ? -32768 : lrintf(v));
    }
    au->n = n;
    return QC_OK;
}

qc_status qc_audio_resample(qc_doc *doc, int rate)
{
    qc_audio *au = &doc->audio;
    if (rate <= 0) return QC_ERR_ARG;
    float *x = to_float(au);
    if (!x) return QC_ERR_NOMEM;
    size_t n = au->n;
    qc_status s = resample(doc, &x, &n, rate);
    if (!s) s = from_float(au, x, n);
    free(x);
    return s;
}

/* ---- encoding into memory (libsndfile virtual I/O) ------------------------ */

typedef struct membuf {
    unsigned char *p;
    size_t len, cap, pos;
} membuf;

static bool mb_reserve(membuf *m, size_t need)
{
    if (need <= m->cap) return true;
    size_t nc = m->cap ? m->cap : 1 << 16;
    while (nc < need) nc *= 2;
    unsigned char *p = realloc(m->p, nc);
    if (!p) return false;
    m->p = p;
    m->cap = nc;
    return true;
}

static sf_count_t vio_len(void *u) { return (sf_count_t)((membuf *)u)->len; }
static sf_count_t vio_tell(void *u) { return (sf_count_t)((membuf *)u)->pos; }

static sf_count_t vio_seek(sf_count_t off, int whence, void *u)
{
    membuf *m = u;
    sf_count_t base = whence == SEEK_CUR ? (sf_count_t)m->pos : whence == SEEK_END ? (sf_count_t)m->len : 0;
    if (base + off < 0) return -1;
    m->pos = (size_t)(base + off);
    return (sf_count_t)m->pos;
}

static sf_count_t vio_read(void *ptr, sf_count_t count, void *u)
{
    membuf *m = u;
    size_t k = m->pos < m->len ? m->len - m->pos : 0;
    if (count < 0) return 0;
    if ((size_t)count < k) k = (size_t)count;
    memcpy(ptr, m->p + m->pos, k);
    m->pos += k;
    return (sf_count_t)k;
}

static sf_count_t vio_write(const void *ptr, sf_count_t count, void *u)
{
    membuf *m = u;
    if (count <= 0) return 0;
    size_t end = m->pos + (size_t)count;
    if (!mb_reserve(m, end)) return 0;
    if (m->pos > m->len) memset(m->p + m->len, 0, m->pos - m->len);
    memcpy(m->p + m->pos, ptr, (size_t)count);
    m->pos = end;
    if (end > m->len) m->len = end;
    return count;
}

static void put_le32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v, p[1] = (unsigned char)(v >> 8), p[2] = (unsigned char)(v >> 16), p[3] = (unsigned char)(v >> 24);
}

size_t qc_wav_labels_size(const char *const *labels, size_t n)
{
    size_t sz = 8 + 4 + 24 * n + 8 + 4;     /* cue chunk; LIST header + "adtl" */
    for (size_t i = 0; i < n; i++) {
        size_t body = 4 + strlen(labels[i]) + 1;
        sz += 8 + body + (body & 1);
    }
    return sz + 1;                          /* a possible pad byte before the cue chunk */
}

bool qc_wav_add_labels(unsigned char *buf, size_t *len, size_t cap, const size_t *pos,
                       const char *const *labels, size_t n)
{
    size_t l = *len;
    if (l < 12 || memcmp(buf, "RIFF", 4) || memcmp(buf + 8, "WAVE", 4)) return false;
    if (cap < l || cap - l < qc_wav_labels_size(labels, n)) return false;
    if (l & 1) buf[l++] = 0;
    unsigned char *p = buf + l;
    memcpy(p, "cue ", 4);
    put_le32(p + 4, (uint32_t)(4 + 24 * n));
    put_le32(p + 8, (uint32_t)n);
    p += 12;
    for (size_t i = 0; i < n; i++, p += 24) {
        put_le32(p, (uint32_t)(i + 1));             /* cue id */
        put_le32(p + 4, (uint32_t)pos[i]);          /* play order position */
        memcpy(p + 8, "data", 4);
        put_le32(p + 12, 0);                        /* chunk start */
        put_le32(p + 16, 0);                        /* block start */
        put_le32(p + 20, (uint32_t)pos[i]);         /* sample offset */
    }
    unsigned char *list = p;
    memcpy(p, "LIST", 4);
    memcpy(p + 8, "adtl", 4);
    p += 12;
    for (size_t i = 0; i < n; i++) {
        size_t tl = strlen(labels[i]), body = 4 + tl + 1;
        memcpy(p, "labl", 4);
        put_le32(p + 4, (uint32_t)body);
        put_le32(p + 8, (uint32_t)(i + 1));
        memcpy(p + 12, labels[i], tl + 1);
        p += 8 + body;
        if (body & 1) *p++ = 0;
    }
    put_le32(list + 4, (uint32_t)(p - list - 8));
    *len = (size_t)(p - buf);
    put_le32(buf + 4, (uint32_t)(*len - 8));
    return true;
}

/* The MP3 writer hands tags to LAME as ISO-8859-1: UTF-8 is converted,
 * typographic punctuation made ASCII, anything else becomes '?'. */
static const char *latin1(qc_arena *a, const char *s)
{
    size_t len = strlen(s), k = 0;
    char *out = qc_arena_alloc(a, 3 * len + 1);
    if (!out) return NULL;
    for (size_t i = 0; i < len;) {
        uint32_t c = qc_utf8_next(s, len, &i);
        if (c == 0x2018 || c == 0x2019 || c == 0x201B || c == 0x2032) out[k++] = '\'';
        else if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x2033) out[k++] = '"';
        else if (c == 0x2010 || c == 0x2011 || c == 0x2013 || c == 0x2014 || c == 0x2212) out[k++] = '-';
        else if (c == 0x2026) memcpy(out + k, "...", 3), k += 3;
        else if (c == 0x00A0 || c == 0x2009 || c == 0x202F) out[k++] = ' ';
        else out[k++] = c < 0x100 ? (char)(unsigned char)c : '?';
    }
    out[k] = '\0';
    return out;
}

static void set_tags(qc_doc *doc, SNDFILE *sf, bool mp3)
{
    const qc_meta *m = &doc->meta;
    const char *src = doc->src_name && strcmp(doc->src_name, "-") ? doc->src_name : NULL;
    const struct { int type; const char *s; } tags[] = {
        {SF_STR_TITLE, m->title}, {SF_STR_ARTIST, m->source}, {SF_STR_ALBUM, m->source},
        {SF_STR_DATE, m->date}, {SF_STR_COMMENT, src}, {SF_STR_GENRE, "Speech"},
        {SF_STR_SOFTWARE, "quotecast " QC_VERSION_STRING},
    };
    for (size_t i = 0; i < sizeof tags / sizeof *tags; i++) {
        const char *v = tags[i].s && mp3 ? latin1(doc->arena, tags[i].s) : tags[i].s;
        if (v && *v) sf_set_string(sf, tags[i].type, v);
    }
}

/* Chapter titles and starts of every item, for a WAV's cue labels (arena). */
static bool wav_labels(qc_doc *doc, const char ***labels, size_t **pos)
{
    *labels = qc_arena_alloc(doc->arena, doc->n_items * sizeof **labels);
    *pos = qc_arena_alloc(doc->arena, doc->n_items * sizeof **pos);
    if (!*labels || !*pos) return false;
    for (size_t i = 0; i < doc->n_items; i++) {
        if (!((*labels)[i] = qc_chapter_title(doc, i))) return false;
        (*pos)[i] = qc_chapter_start(doc, i);
    }
    return true;
}

static qc_status encode(qc_doc *doc, const audio_fmt *f, const float *x, size_t n, int rate,
                        const char *path, membuf *mb)
{
    SF_VIRTUAL_IO vio = {vio_len, vio_seek, vio_read, vio_write, vio_tell};
    SF_INFO info = {0};
    info.samplerate = rate;
    info.channels = 1;
    info.format = f->sf;
    if (!sf_format_check(&info))
        return qc_doc_fail(doc, QC_ERR_AUDIO_FORMAT, "%s: this libsndfile cannot write %s at %d Hz", path, f->ext + 1, rate);
    SNDFILE *sf = sf_open_virtual(&vio, SFM_WRITE, &info, mb);
    if (!sf) return qc_doc_fail(doc, QC_ERR_WRITE, "%s: cannot encode %s: %s", path, f->ext + 1, sf_strerror(NULL));
    sf_command(sf, SFC_SET_CLIPPING, NULL, SF_TRUE);
    set_tags(doc, sf, (f->sf & SF_FORMAT_TYPEMASK) == SF_FORMAT_MPEG);
    sf_count_t done = 0;
    while ((size_t)done < n) {
        sf_count_t k = (sf_count_t)(n - (size_t)done < 65536 ? n - (size_t)done : 65536);
        sf_count_t w = sf_writef_float(sf, x + done, k);
        if (w != k) break;
        done += w;
    }
    char err[128];
    snprintf(err, sizeof err, "%s", sf_strerror(sf));
    int rc = sf_close(sf);
    if ((size_t)done != n || rc != 0)
        return qc_doc_fail(doc, QC_ERR_WRITE, "%s: encoding %s failed: %s", path, f->ext + 1, err);
    if (f->sf == (SF_FORMAT_WAV | SF_FORMAT_PCM_16) && doc->n_items) {
        const char **labels;
        size_t *pos;
        if (!wav_labels(doc, &labels, &pos)) return QC_ERR_NOMEM;
        if (!mb_reserve(mb, mb->len + qc_wav_labels_size(labels, doc->n_items))) return QC_ERR_NOMEM;
        if (!qc_wav_add_labels(mb->p, &mb->len, mb->cap, pos, labels, doc->n_items))
            return qc_doc_fail(doc, QC_ERR_INTERNAL, "%s: libsndfile did not write a RIFF/WAVE file", path);
    }
    return QC_OK;
}

/* Float samples to 16 bits, rounded and clamped. */
static void float_to_s16(const float *x, size_t n, int16_t *y)
{
    for (size_t i = 0; i < n; i++) {
        float v = x[i] * 32768.0f;
        y[i] = (int16_t)(v >= 32767.0f ? 32767 : v <= -32768.0f ? -32768 : lrintf(v));
    }
}

/* True peak (dBTP, 4x detector) and loudness of the encoded file in mb as
 * a decoder plays it, measured on its 16-bit rounding (a decoded peak over
 * full scale still reads as full scale, far over the ceiling). */
static qc_status decoded_level(membuf *mb, double *tp, double *lufs)
{
    SF_VIRTUAL_IO vio = {vio_len, vio_seek, vio_read, vio_write, vio_tell};
    SF_INFO info = {0};
    mb->pos = 0;
    SNDFILE *sf = sf_open_virtual(&vio, SFM_READ, &info, mb);
    if (!sf || info.channels != 1 || info.frames <= 0) {
        if (sf) sf_close(sf);
        return QC_ERR_INTERNAL;
    }
    int16_t *y = malloc((size_t)info.frames * sizeof *y);
    float buf[4096];
    size_t n = 0;
    sf_count_t got;
    while (y && n < (size_t)info.frames && (got = sf_readf_float(sf, buf, 4096)) > 0) {
        size_t k = (size_t)got < (size_t)info.frames - n ? (size_t)got : (size_t)info.frames - n;
        float_to_s16(buf, k, y + n);
        n += k;
    }
    sf_close(sf);
    qc_loudness_stats st;
    qc_status s = y ? qc_loudness_measure_s16(y, n, info.samplerate, &st) : QC_ERR_NOMEM;
    free(y);
    if (s) return s;
    *tp = st.true_peak;
    *lufs = st.lufs;
    return QC_OK;
}

/* qc_loudness_normalize_s16() on float samples, through a 16-bit copy. */
static qc_status normalize_float(float *x, size_t n, int rate, double target, double ceiling)
{
    int16_t *y = malloc((n ? n : 1) * sizeof *y);
    if (!y) return QC_ERR_NOMEM;
    float_to_s16(x, n, y);
    qc_status s = qc_loudness_normalize_s16(y, n, rate, target, ceiling, NULL);
    if (!s)
        for (size_t i = 0; i < n; i++) x[i] = y[i] * (1.0f / 32768.0f);
    free(y);
    return s;
}

/* The float path (resampling or a lossy codec), after loudness was done
 * on the 16-bit samples at the synthesis rate: resampling, then the
 * encoder. A peak that resampling pushed over the ceiling is limited again.
 * A lossy codec's file is decoded and checked: over the ceiling or off the
 * target (the codec shifts both a little), loudness is redone at the output
 * rate with a lower ceiling and a corrected target, and the file encoded
 * again; the third retry only attenuates. */
static qc_status process_encode(qc_doc *doc, const audio_fmt *f, float **x, size_t *n, int rate,
                                const char *path, membuf *mb)
{
    const qc_options *o = &doc->opt;
    double target = o->loudness != 0 ? o->loudness : DEFAULT_LUFS, ceiling = f->ceiling, aim = target;
    const double limit = QC_AUDIO_CEILING_DBTP - 0.1;   /* detector margin */
    bool resampled = rate != doc->audio.rate;
    qc_status s = QC_OK;
    if ((s = resample(doc, x, n, rate))) return s;
    if (!o->no_loudness && resampled && !f->lossy && qc_loudness_true_peak(*x, *n) > limit &&
        (s = qc_limit_true_peak(*x, *n, rate, ceiling - 0.3, 0, 0)))
        return s;
    for (int attempt = 0;; attempt++) {
        mb->len = mb->pos = 0;
        if ((s = encode(doc, f, *x, *n, rate, path, mb))) return s;
        double tp, lufs;
        if (!f->lossy || o->no_loudness || decoded_level(mb, &tp, &lufs) != QC_OK) return QC_OK;
        bool peak_ok = tp <= limit, level_ok = !isfinite(lufs) || fabs(lufs - target) <= 0.25;
        if ((peak_ok && level_ok) || attempt == 3) return QC_OK;
        if (attempt == 2) {                     /* last resort: plain attenuation */
            float g = peak_ok ? 1.0f : (float)pow(10.0, -(tp - limit + 0.2) / 20.0);
            for (size_t i = 0; i < *n; i++) (*x)[i] *= g;
            continue;
        }
        if (!peak_ok) ceiling -= tp - limit + 0.2;
        if (!level_ok) aim += target - lufs;
        if ((s = normalize_float(*x, *n, rate, aim, ceiling))) return s;
    }
}

/* ---- files: temporary name in the target folder, renamed on success ------- */

typedef struct pending {
    const char *path;
    char tmp[PATH_MAX];
} pending;

/* Creates the temporary file for `path` in its folder: a descriptor, or -1
 * after qc_doc_fail(). */
static int open_temp(qc_doc *doc, const char *path, pending *out)
{
    const char *slash = strrchr(path, '/');
    int dirlen = slash ? (int)(slash - path) : 1;
    const char *dir = slash ? path : ".";
    if (slash == path) dirlen = 1;      /* a file in / */
    out->tmp[0] = '\0';
    int k = snprintf(out->tmp, sizeof out->tmp, "%.*s/.%s.XXXXXX", dirlen, dir, slash ? slash + 1 : path);
    if (k < 0 || (size_t)k >= sizeof out->tmp) {
        out->tmp[0] = '\0';
        qc_doc_fail(doc, QC_ERR_WRITE, "%s: path too long", path);
        return -1;
    }
    out->path = path;
    int fd = mkstemp(out->tmp);
    if (fd < 0) {
        int e = errno;
        out->tmp[0] = '\0';
        qc_doc_fail(doc, QC_ERR_WRITE, "cannot create %s: %s", path, strerror(e));
    }
    return fd;
}

/* Writes all of p[0..len) at the descriptor's position: 0 or an errno. */
static int write_all(int fd, const void *data, size_t len)
{
    const unsigned char *p = data;
    while (len) {
        ssize_t w = write(fd, p, len);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return w < 0 ? errno : EIO;
        p += w, len -= (size_t)w;
    }
    return 0;
}

/* Finishes a temporary file: the mode a new file would get (mkstemp makes
 * 0600), close; on an error `e` (or one here) it is removed and QC_ERR_WRITE
 * recorded. No fsync: the rename makes the output appear whole or not at
 * all, which is the promise; durability across a power cut is the file
 * system's business, as for other media tools (it cost 2-10 ms a file). */
static qc_status finish_temp(qc_doc *doc, int fd, pending *out, int e)
{
    mode_t mask = umask(022);
    umask(mask);
    if (!e && fchmod(fd, 0666 & ~mask) != 0) e = errno;
    if (close(fd) != 0 && !e) e = errno;
    if (e) {
        unlink(out->tmp);
        out->tmp[0] = '\0';
        return qc_doc_fail(doc, QC_ERR_WRITE, "cannot write %s: %s", out->path, strerror(e));
    }
    return QC_OK;
}

static qc_status write_temp(qc_doc *doc, const char *path, const void *data, size_t len, pending *out)
{
    int fd = open_temp(doc, path, out);
    if (fd < 0) return QC_ERR_WRITE;
    return finish_temp(doc, fd, out, write_all(fd, data, len));
}

/* Rename every pending file into place, or remove them all. */
static qc_status settle(qc_doc *doc, pending *f, size_t n, qc_status s)
{
    for (size_t i = 0; i < n; i++) {
        if (!f[i].tmp[0]) continue;
        if (s == QC_OK && rename(f[i].tmp, f[i].path) != 0) {
            int e = errno;
            s = qc_doc_fail(doc, QC_ERR_WRITE, "cannot write %s: %s", f[i].path, strerror(e));
        }
        if (s != QC_OK) unlink(f[i].tmp);
    }
    return s;
}

/* ---- streaming 16-bit encoder into a temporary file ---------------------- */

/* libsndfile virtual I/O on a descriptor with a write buffer; the first
 * write error's errno is kept for the message. */
typedef struct fdio {
    int fd, err;
    size_t nbuf;
    unsigned char buf[1 << 16];
} fdio;

static bool fd_flush(fdio *f)
{
    if (f->nbuf && !f->err) f->err = write_all(f->fd, f->buf, f->nbuf);
    f->nbuf = 0;
    return !f->err;
}

static sf_count_t fd_len(void *u)
{
    fdio *f = u;
    struct stat st;
    if (!fd_flush(f) || fstat(f->fd, &st) != 0) return -1;
    return (sf_count_t)st.st_size;
}

static sf_count_t fd_seek(sf_count_t off, int whence, void *u)
{
    fdio *f = u;
    if (!fd_flush(f)) return -1;
    return (sf_count_t)lseek(f->fd, (off_t)off, whence);
}

static sf_count_t fd_tell(void *u)
{
    fdio *f = u;
    off_t at = lseek(f->fd, 0, SEEK_CUR);
    return at < 0 ? -1 : (sf_count_t)at + (sf_count_t)f->nbuf;
}

static sf_count_t fd_read(void *ptr, sf_count_t count, void *u)
{
    fdio *f = u;
    if (!fd_flush(f) || count <= 0) return 0;
    ssize_t r = read(f->fd, ptr, (size_t)count);
    return r > 0 ? (sf_count_t)r : 0;
}

static sf_count_t fd_write(const void *ptr, sf_count_t count, void *u)
{
    fdio *f = u;
    if (count <= 0 || f->err) return 0;
    size_t k = (size_t)count;
    if (f->nbuf + k > sizeof f->buf && !fd_flush(f)) return 0;
    if (k >= sizeof f->buf) {
        if ((f->err = write_all(f->fd, ptr, k))) return 0;
        return count;
    }
    memcpy(f->buf + f->nbuf, ptr, k);
    f->nbuf += k;
    return count;
}

/* Appends the cue and label chunks to the WAV file on `fd` and patches
 * its RIFF size: 0 or an errno (EINVAL if it is not a RIFF/WAVE file). */
static int append_labels(qc_doc *doc, int fd)
{
    const char **labels;
    size_t *pos;
    if (!wav_labels(doc, &labels, &pos)) return ENOMEM;
    size_t cap = 12 + qc_wav_labels_size(labels, doc->n_items), len = 12;
    unsigned char *buf = malloc(cap);
    off_t end = lseek(fd, 0, SEEK_END);
    int e = !buf ? ENOMEM : end < 12 ? EINVAL : 0;
    if (!e && pread(fd, buf, 12, 0) != 12) e = errno ? errno : EIO;
    if (!e && !qc_wav_add_labels(buf, &len, cap, pos, labels, doc->n_items)) e = EINVAL;
    if (!e && (end & 1)) e = write_all(fd, "", 1), end++;  /* chunks start at even offsets */
    if (!e) e = write_all(fd, buf + 12, len - 12);
    if (!e) {
        put_le32(buf + 4, (uint32_t)((size_t)end + len - 12 - 8));
        if (pwrite(fd, buf + 4, 4, 4) != 4) e = errno ? errno : EIO;
    }
    free(buf);
    return e;
}

/* Lossless output at the synthesis rate: doc->audio's 16-bit samples go
 * straight into the temporary file (no copy of the signal); a WAV gets its
 * cue labels appended. */
static qc_status stream_encode(qc_doc *doc, const audio_fmt *f, const char *path, pending *out)
{
    const qc_audio *au = &doc->audio;
    SF_INFO info = {0};
    info.samplerate = au->rate;
    info.channels = 1;
    info.format = f->sf;
    if (!sf_format_check(&info))
        return qc_doc_fail(doc, QC_ERR_AUDIO_FORMAT, "%s: this libsndfile cannot write %s at %d Hz", path, f->ext + 1,
                           au->rate);
    fdio *io = malloc(sizeof *io);
    if (!io) return QC_ERR_NOMEM;
    io->fd = open_temp(doc, path, out);
    io->err = 0;
    io->nbuf = 0;
    if (io->fd < 0) {
        free(io);
        return QC_ERR_WRITE;
    }
    SF_VIRTUAL_IO vio = {fd_len, fd_seek, fd_read, fd_write, fd_tell};
    SNDFILE *sf = sf_open_virtual(&vio, SFM_WRITE, &info, io);
    if (!sf) {
        int fd = io->fd;
        free(io);
        finish_temp(doc, fd, out, EIO);
        return qc_doc_fail(doc, QC_ERR_WRITE, "%s: cannot encode %s: %s", path, f->ext + 1, sf_strerror(NULL));
    }
    set_tags(doc, sf, false);
    sf_count_t done = 0;
    while ((size_t)done < au->n) {
        sf_count_t k = (sf_count_t)(au->n - (size_t)done < 65536 ? au->n - (size_t)done : 65536);
        sf_count_t w = sf_writef_short(sf, au->pcm + done, k);
        if (w != k) break;
        done += w;
    }
    char err[128];
    snprintf(err, sizeof err, "%s", sf_strerror(sf));
    int rc = sf_close(sf);
    fd_flush(io);
    int e = io->err, fd = io->fd;
    free(io);
    if (!e && ((size_t)done != au->n || rc != 0)) {
        finish_temp(doc, fd, out, EIO);
        return qc_doc_fail(doc, QC_ERR_WRITE, "%s: encoding %s failed: %s", path, f->ext + 1, err);
    }
    if (!e && f->sf == (SF_FORMAT_WAV | SF_FORMAT_PCM_16) && doc->n_items) e = append_labels(doc, fd);
    if (e == ENOMEM) {
        finish_temp(doc, fd, out, e);
        return QC_ERR_NOMEM;
    }
    return finish_temp(doc, fd, out, e);
}

/* ---- the stage ------------------------------------------------------------ */

qc_status qc_audio_check(qc_doc *doc, const char *path)
{
    const audio_fmt *f = find_format(path);
    if (!f)
        return qc_doc_fail(doc, QC_ERR_AUDIO_FORMAT, "%s: unknown audio format (use .wav, .flac, .ogg, .mp3 or .opus)",
                           path ? path : "(null)");
    const qc_options *o = &doc->opt;
    if (o->timings_path && !qc_timings_kind_of(o->timings_path))
        return qc_doc_fail(doc, QC_ERR_ARG, "%s: unknown timings format (use .vtt, .srt or .json)", o->timings_path);
    int rate = o->sample_rate > 0 ? o->sample_rate : f->default_rate;
    if (rate && !rate_ok(f, rate))
        return qc_doc_fail(doc, QC_ERR_ARG, "%s: %s cannot store %d Hz audio (use %s)", path, f->ext + 1, rate,
                           f->rate_list ? f->rate_list : "1000 to 192000");
    return QC_OK;
}

qc_status qc_audio_write(qc_doc *doc, const char *path)
{
    qc_status s = qc_audio_check(doc, path);
    if (s) return s;
    const audio_fmt *f = find_format(path);
    const qc_options *o = &doc->opt;
    qc_timings_kind tk = o->timings_path ? qc_timings_kind_of(o->timings_path) : QC_TIMINGS_NONE;
    qc_audio *au = &doc->audio;
    if (!au->pcm || au->rate <= 0) return qc_doc_fail(doc, QC_ERR_INTERNAL, "no audio was synthesised");
    int rate = o->sample_rate > 0 ? o->sample_rate : f->default_rate ? f->default_rate : au->rate;
    if (!rate_ok(f, rate))
        return qc_doc_fail(doc, QC_ERR_ARG, "%s: %s cannot store %d Hz audio (use %s)", path, f->ext + 1, rate,
                           f->rate_list ? f->rate_list : "1000 to 192000");

    qc_audio_trim_silence(doc);
    if (!o->no_loudness) {      /* in place on the 16-bit samples, at the synthesis rate */
        double target = o->loudness != 0 ? o->loudness : DEFAULT_LUFS;
        s = qc_loudness_normalize_s16(au->pcm, au->n, au->rate, target, f->ceiling, NULL);
        if (s == QC_ERR_ARG) return qc_doc_fail(doc, s, "cannot measure loudness at %d Hz", au->rate);
        if (s) return s;
    }
    qc_buf chap, tim;
    qc_buf_init(&chap, 0);
    qc_buf_init(&tim, 0);
    pending files[3];
    memset(files, 0, sizeof files);
    float *x = NULL;
    membuf mb = {0};
    if (rate == au->rate && !f->lossy) {
        s = stream_encode(doc, f, path, &files[0]);
    } else {                    /* resampling or a lossy codec: float samples */
        x = to_float(au);
        size_t n = au->n;
        s = x ? process_encode(doc, f, &x, &n, rate, path, &mb) : QC_ERR_NOMEM;
        if (!s) s = from_float(au, x, n);
        free(x);
        if (!s) s = write_temp(doc, path, mb.p, mb.len, &files[0]);
        free(mb.p);
    }
    if (!s && o->chapters_path) s = qc_chapters_json(doc, path, &chap);
    if (!s && tk) s = qc_timings_render(doc, tk, &tim);
    if (!s && o->chapters_path) s = write_temp(doc, o->chapters_path, chap.data, chap.len, &files[1]);
    if (!s && tk) s = write_temp(doc, o->timings_path, tim.data, tim.len, &files[2]);
    s = settle(doc, files, 3, s);
    qc_buf_free(&chap);
    qc_buf_free(&tim);
    if (s == QC_ERR_NOMEM && !doc->err[0]) qc_doc_fail(doc, s, "out of memory while writing %s", path);
    return s;
}
