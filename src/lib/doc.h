/* doc.h: the article model that every stage reads and fills in turn. */
#ifndef QC_DOC_H
#define QC_DOC_H

/*
 * Ownership: a qc_doc owns one arena; every string and array reachable from
 * the doc (except qc_audio's pcm and marks, which are malloc()ed and freed by
 * qc_doc_reset()) lives in that arena and dies with it.
 *
 * Offsets: all offsets are byte offsets into doc->text, half-open [start,end).
 * doc->text is valid UTF-8, NUL-terminated. For text input it is the input as
 * read (when the input needed UTF-8 repair, doc->in_map maps back to the
 * input's own offsets); for HTML input it is the extracted body.
 *
 * Stage contract: each stage is `qc_status qc_<stage>(qc_doc *doc)`, reads
 * what earlier stages filled, fills its own part, and on failure returns a
 * status after qc_doc_fail() recorded a one-line message. Only pipeline.c
 * knows the order.
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "quotecast/quotecast.h"

#define QC_NONE ((size_t)-1)

typedef enum qc_para_kind {
    QC_PARA_BODY = 0,   /* article prose */
    QC_PARA_HEADING,    /* a section heading inside the body */
} qc_para_kind;

/* A paragraph of the cleaned body (clean stage). */
typedef struct qc_para {
    size_t start, end;          /* trimmed text of the paragraph */
    qc_para_kind kind;
    int section;                /* index into doc->sections, -1 before the first */
    size_t first_sent, n_sent;  /* its sentences (segment stage) */
} qc_para;

/* A section: a heading paragraph and the body paragraphs after it. */
typedef struct qc_section {
    size_t heading;             /* index of the heading paragraph */
    size_t first_para, end_para;/* body paragraphs [first_para, end_para) */
} qc_section;

/* A sentence (segment stage; score/select stages fill the rest). */
typedef struct qc_sentence {
    size_t start, end;
    size_t para;                /* index into doc->paras */
    int quote;                  /* index of a quote it contains, -1 (quotes stage) */
    double score;               /* score stage */
    double *feat;               /* score stage: doc->n_feat contributions, or NULL */
    bool selected;              /* select stage */
} qc_sentence;

/* A direct quotation and its speaker (quotes stage). */
typedef struct qc_quote {
    size_t start, end;          /* the quoted words, marks included */
    size_t sp_start, sp_end;    /* speaker mention as written; QC_NONE if none */
    const char *speaker_name;   /* fullest name it resolves to; NULL if unknown */
    const char *cue;            /* the cue as written ("said", "according to", ":"); NULL */
    bool partial;               /* a fragment inside reported speech */
    bool speaker_group;         /* speaker_name is a body or a description ("Ministry
                                 * of Finance", "a farmer in Ohio"), not a person's name */
    size_t first_sent, last_sent; /* sentences it overlaps (QC_NONE if none) */
    double salience;            /* score stage: its speaker's quotes over the most quotes
                                 * by one speaker, in [0,1]; 0 when the speaker is unnamed */
} qc_quote;

/* Page metadata found by the clean or html stage: arena strings or NULL. */
typedef struct qc_meta {
    const char *title, *source, *dateline, *byline, *date;
    size_t title_start, title_end;  /* in doc->text, QC_NONE if not from the text */
} qc_meta;

/* Anchors mapping offsets in a normalised string back to its source. */
typedef struct qc_anchor { size_t out, in; } qc_anchor;
typedef struct qc_offmap {
    qc_anchor *a;               /* `out` ascending */
    size_t n, cap;
} qc_offmap;

typedef enum qc_item_kind {
    QC_ITEM_INTRO = 0,          /* title and source */
    QC_ITEM_HEADING,            /* a section signpost */
    QC_ITEM_SENTENCE,           /* narrated sentence */
    QC_ITEM_QUOTE,              /* attribution + quoted words */
    QC_ITEM_OUTRO,              /* closing line */
} qc_item_kind;

typedef enum qc_voice_role { QC_VOICE_NARRATOR = 0, QC_VOICE_QUOTE = 1 } qc_voice_role;

/* A run of the script spoken in one voice (script stage). */
typedef struct qc_seg {
    const char *text;           /* written form */
    const char *spoken;         /* normalised for speech */
    qc_voice_role voice;
    size_t src_start, src_end;  /* where in doc->text the words came from; QC_NONE if composed */
    qc_offmap map;              /* spoken offset -> doc->text offset, when src_start != QC_NONE */
} qc_seg;

/* One item of the briefing: one line of --script, one chapter. */
typedef struct qc_item {
    qc_item_kind kind;
    int sentence;               /* source sentence, -1 */
    int quote;                  /* quote spoken, -1 */
    size_t first_seg, n_seg;    /* its segments in doc->segs */
    const char *label;          /* chapter title */
    double pause_after;         /* seconds of silence after it */
} qc_item;

/* Synthesis output. pcm and marks are malloc()ed (they can be large). */
typedef enum qc_mark_kind { QC_MARK_WORD = 0, QC_MARK_SENTENCE, QC_MARK_ITEM } qc_mark_kind;
typedef struct qc_mark {
    size_t sample;              /* absolute sample index */
    qc_mark_kind kind;
    size_t item, seg;           /* which item and segment */
    size_t pos, len;            /* bytes in that segment's `spoken` text */
} qc_mark;

typedef struct qc_audio {
    int16_t *pcm;               /* mono samples */
    size_t n, cap;
    int rate;                   /* Hz */
    qc_mark *marks;
    size_t n_marks, cap_marks;
    size_t *item_start, *item_end; /* per item, sample range (arena) */
} qc_audio;

typedef struct qc_doc {
    qc_arena *arena;
    qc_options opt;

    /* input */
    char *text;                 /* valid UTF-8, NUL-terminated (arena) */
    size_t len;
    bool is_html;
    size_t *in_map;             /* if non-NULL: in_map[i] = input offset of text byte i (len+1 entries) */
    const char *src_name;       /* path or URL as given */

    /* clean */
    qc_meta meta;
    qc_para *paras; size_t n_paras, cap_paras;
    qc_section *sections; size_t n_sections, cap_sections;
    char *body;                 /* cleaned body: paragraphs joined by "\n\n" */

    /* segment */
    qc_sentence *sents; size_t n_sents, cap_sents;

    /* quotes */
    qc_quote *quotes; size_t n_quotes, cap_quotes;

    /* score */
    size_t n_feat;
    const char *const *feat_names;
    struct qc_sent_vec *sent_vec;      /* n_sents TF-IDF vectors (score.c), or NULL */

    /* select */
    size_t *chosen; size_t n_chosen;   /* selected sentence indices, article order */

    /* script */
    qc_item *items; size_t n_items, cap_items;
    qc_seg *segs; size_t n_segs, cap_segs;
    char *script;               /* one item per line, spoken form, no SSML */

    /* synth */
    qc_audio audio;

    /* pipeline: nanoseconds spent in each stage (for make bench) */
    uint64_t stage_ns[16];

    char err[256];              /* last failure, one line */

    /* input, for the html stage's charset handling (added by the HTML work) */
    const unsigned char *raw;   /* the input bytes as read, when they were not valid
                                 * UTF-8 (so doc->text holds U+FFFD repairs); else NULL */
    size_t raw_len;
    const char *charset;        /* charset named by the HTTP Content-Type, or NULL */
} qc_doc;

/* Contract: initialises `doc` with a fresh arena and a copy of `opt`.
 * QC_OK or QC_ERR_NOMEM. */
qc_status qc_doc_init(qc_doc *doc, const qc_options *opt);
/* Contract: frees everything the doc owns; the doc can be re-initialised. */
void qc_doc_reset(qc_doc *doc);
/* Contract: records a one-line message (printf format) and returns `s`. */
qc_status qc_doc_fail(qc_doc *doc, qc_status s, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Contract: the input offset of doc->text offset `off`. */
size_t qc_doc_input_offset(const qc_doc *doc, size_t off);

#endif
