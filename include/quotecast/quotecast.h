/* quotecast.h: the whole public API of libquotecast (articles in, spoken briefings out). */
#ifndef QUOTECAST_H
#define QUOTECAST_H

/*
 * Ownership, stated once for the whole API (every other header follows it):
 *  - A `const char *` or array returned by a `qc_article_*` getter is owned by
 *    the article and stays valid until qc_article_free(), or until the next
 *    qc_article_load*() on the same article. Never free it.
 *  - A `char *` returned by a function whose contract says "caller frees" is
 *    malloc()ed: release it with qc_free().
 *  - Strings passed in (paths, option strings) are borrowed for the duration
 *    of the call, except qc_options strings, which must outlive every call
 *    that uses those options.
 * Threads: analysis (load, analyze, getters, JSON) is re-entrant per article.
 * Speech synthesis uses libespeak-ng, which has one global engine per process:
 * qc_article_speak() must only be called from one thread at a time, and after
 * qc_global_cleanup() no further synthesis is possible in that process.
 * The library never prints and never exits.
 */

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define QC_VERSION_MAJOR 0
#define QC_VERSION_MINOR 1
#define QC_VERSION_PATCH 0
#define QC_VERSION_STRING "0.1.0"

/* The one status type. Every fallible call returns one of these. */
typedef enum qc_status {
    QC_OK = 0,
    QC_ERR_NOMEM,          /* out of memory */
    QC_ERR_ARG,            /* invalid argument or option value */
    QC_ERR_IO,             /* cannot read the input (missing, unreadable) */
    QC_ERR_EMPTY,          /* the input is empty */
    QC_ERR_BINARY,         /* the input is binary data, not text */
    QC_ERR_TOO_LARGE,      /* the input exceeds the size cap */
    QC_ERR_NO_TEXT,        /* no article text found in the input */
    QC_ERR_NO_SENTENCES,   /* the article has no sentences to speak */
    QC_ERR_HTML,           /* the HTML could not be parsed */
    QC_ERR_URL,            /* malformed or unsupported URL */
    QC_ERR_NET,            /* network failure (connect, time-out, too many redirects) */
    QC_ERR_HTTP,           /* the server answered with an HTTP error */
    QC_ERR_CONTENT_TYPE,   /* the URL serves neither HTML nor plain text */
    QC_ERR_VOICE,          /* voice not found or not loadable */
    QC_ERR_SYNTH,          /* the speech engine failed */
    QC_ERR_AUDIO_FORMAT,   /* unknown or unsupported audio file extension */
    QC_ERR_WRITE,          /* cannot write an output file */
    QC_ERR_UNSUPPORTED,    /* feature not available in this build */
    QC_ERR_INTERNAL,       /* a bug: please report it */
    QC_STATUS_COUNT
} qc_status;

/* Contract: returns a static, non-NULL, one-line English description of `s`
 * (also for values outside the enum). */
const char *qc_strerror(qc_status s);

/* Contract: returns the library version as "MAJOR.MINOR.PATCH"; static. */
const char *qc_version(void);

typedef enum qc_format { QC_FORMAT_AUTO = 0, QC_FORMAT_TEXT, QC_FORMAT_HTML } qc_format;
typedef enum qc_mode { QC_MODE_QUOTES = 0, QC_MODE_SUMMARY } qc_mode;

/* Everything a caller can tune. Initialise with qc_options_init(), then set
 * fields. Zero / NULL in a field means "the default" unless stated. */
typedef struct qc_options {
    qc_format format;          /* how to read the input (default auto: sniff HTML) */
    qc_mode mode;              /* quotes (default) or summary */
    int max_sentences;         /* -n: at most N sentences; 0 = default budget */
    int max_words;             /* --words: at most N words; 0 = no limit */
    double ratio;              /* --ratio: at most this share of the body's sentences; 0 = none */
    double seconds;            /* --seconds: fit this much audio; 0 = none */
    bool all;                  /* select every body sentence in order */
    bool no_intro;             /* no spoken title, source or closing */
    bool explain;              /* include per-feature score contributions in JSON */
    const char *voice;         /* narrator voice: name in voices/, or a path; NULL = default */
    const char *quote_voice;   /* voice for quoted speech; NULL = default */
    int rate;                  /* words per minute; 0 = default */
    int pitch;                 /* 0..99; -1 = voice default */
    const char *voices_dir;    /* folder of voice files; NULL = search (see README) */
    double loudness;           /* target integrated loudness in LUFS (default -16) */
    bool no_loudness;          /* write the engine's level unchanged */
    int sample_rate;           /* output rate in Hz; 0 = native (48000 for .opus) */
    const char *chapters_path; /* write Podcasting 2.0 chapters JSON here; NULL = none */
    const char *timings_path;  /* write .vtt, .srt or .json timings here; NULL = none */
    size_t max_input;          /* input size cap in bytes; 0 = default (16 MiB) */
    int jobs;                  /* speech processes: 0 = 2 for long scripts on a multi-core
                                * machine, else 1; 1 = speak in the calling process only */
} qc_options;

/* Contract: fills `o` with the defaults. Never fails. */
void qc_options_init(qc_options *o);

/* An article: the input bytes and everything derived from them (opaque). */
typedef struct qc_article qc_article;

/* Contract: creates an empty article using `opt` (NULL = defaults; the
 * struct is copied, its strings are borrowed). Returns NULL only when out of
 * memory. Release with qc_article_free(). */
qc_article *qc_article_new(const qc_options *opt);

/* Contract: frees the article and everything it owns. NULL is a no-op. */
void qc_article_free(qc_article *a);

/* Contract: reads the article from `src`: a file path, "-" for standard
 * input, or an http:// or https:// URL. Checks and repairs UTF-8 (invalid
 * bytes become U+FFFD), then analyses it (clean, segment, quotes, score,
 * select, script). On failure returns the status and qc_article_error()
 * names the problem; the article is then empty. */
qc_status qc_article_load(qc_article *a, const char *src);

/* Contract: as qc_article_load(), from `len` bytes at `data` (copied). */
qc_status qc_article_load_memory(qc_article *a, const void *data, size_t len);

/* Contract: one line (no newline) describing the last failure on `a`, or ""
 * if there was none. Owned by the article. */
const char *qc_article_error(const qc_article *a);

/* Getters: valid after a successful load. Strings owned by the article. */
const char *qc_article_title(const qc_article *a);   /* NULL if none found */
const char *qc_article_body(const qc_article *a);    /* paragraphs separated by "\n\n" */
size_t qc_article_summary_count(const qc_article *a);
const char *qc_article_summary(const qc_article *a, size_t i); /* NULL if i out of range */
const char *qc_article_script(const qc_article *a);  /* spoken script, one item per line, no SSML */

/* Contract: the analysis as one JSON object (schema in docs/contract.md),
 * as a NUL-terminated string the caller frees with qc_free(); NULL when out
 * of memory. If `pretty`, indented. */
char *qc_article_json(const qc_article *a, bool pretty);

/* Contract: synthesises the script and writes audio to `path`; the container
 * follows the extension (.wav .flac .ogg .mp3 .opus). Also writes the
 * chapters and timings files named in the options. Every file is written to a
 * temporary name in the target folder and renamed on success; on failure
 * nothing is left behind. Not thread-safe (one speech engine per process). */
qc_status qc_article_speak(qc_article *a, const char *path);

/* Contract: duration in seconds of the audio made by the last successful
 * qc_article_speak(), or 0. */
double qc_article_audio_seconds(const qc_article *a);

/* Voices. Contract: calls `fn(name, path, user)` for each voice file in the
 * voices folder (opt->voices_dir or the default search), in name order.
 * Returns QC_ERR_VOICE if no voices folder is found, QC_ERR_NOMEM (then
 * fn is not called). Any number of files. */
qc_status qc_list_voices(const qc_options *opt,
                         void (*fn)(const char *name, const char *path, void *user),
                         void *user);

/* Contract: frees memory the library handed to the caller. NULL is a no-op. */
void qc_free(void *p);

/* Contract: releases process-wide resources (the speech engine, libxml2,
 * libcurl). Call once at exit; no synthesis is possible afterwards. */
void qc_global_cleanup(void);

#ifdef __cplusplus
}
#endif
#endif /* QUOTECAST_H */
