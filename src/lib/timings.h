/* timings.h: chapters (Podcasting 2.0 JSON) and timings (WebVTT, SRT, word JSON) from doc->audio. */
#ifndef QC_TIMINGS_H
#define QC_TIMINGS_H

#include "doc.h"

/* Ownership: strings returned live in doc->arena; text is appended to a
 * caller-owned qc_buf. Everything reads doc->audio as final: mark and item
 * sample positions at doc->audio.rate, duration doc->audio.n samples. */

#define QC_TITLE_MAX 100    /* bytes in a chapter title before it is cut */

typedef enum qc_timings_kind {
    QC_TIMINGS_NONE = 0,    /* unknown extension */
    QC_TIMINGS_VTT,         /* WebVTT, one cue per spoken sentence */
    QC_TIMINGS_SRT,         /* SubRip, one cue per spoken sentence */
    QC_TIMINGS_JSON,        /* words with times and input byte offsets */
} qc_timings_kind;

/* A caption cue: [start, end) in samples and the spoken text it shows. */
typedef struct qc_cue {
    size_t start, end;
    size_t item, seg;       /* where the words are */
    size_t pos, len;        /* bytes of the segment's spoken text */
} qc_cue;

/* Contract: the timings format named by `path`'s extension (.vtt .srt .json,
 * any case), or QC_TIMINGS_NONE. */
qc_timings_kind qc_timings_kind_of(const char *path);

/* Contract: the chapter title of item `i`: its label (or a name for its
 * kind when it has none), white space collapsed, cut at a word boundary to
 * at most QC_TITLE_MAX bytes with "..." appended when cut. Arena string;
 * NULL only when out of memory or i is out of range. */
const char *qc_chapter_title(qc_doc *doc, size_t i);

/* Contract: start of item i's chapter in samples: 0 for the first item (so
 * the lead-in belongs to it), else doc->audio.item_start[i]. */
size_t qc_chapter_start(const qc_doc *doc, size_t i);

/* Contract: one cue per spoken sentence (a new cue also starts where a
 * segment begins), in time order, non-overlapping and inside the audio,
 * into an arena array *cues of *n. QC_OK or QC_ERR_NOMEM. */
qc_status qc_timings_cues(qc_doc *doc, qc_cue **cues, size_t *n);

/* Contract: appends the Podcasting 2.0 chapters JSON (version 1.2.0, one
 * chapter per item, startTime in seconds) to `out`; `audio_name` (may be
 * NULL) goes into fileName. QC_OK or QC_ERR_NOMEM. */
qc_status qc_chapters_json(qc_doc *doc, const char *audio_name, qc_buf *out);

/* Contract: appends timings of kind `k` to `out`: WebVTT or SRT cues per
 * sentence, or JSON {"duration", "sentences":[...], "words":[{"start","end",
 * "text","item","input_start","input_end"}]} where input offsets are byte
 * offsets into the input as read (null for words that are not from the
 * article, e.g. the intro). QC_OK, QC_ERR_NOMEM, QC_ERR_ARG (k NONE). */
qc_status qc_timings_render(qc_doc *doc, qc_timings_kind k, qc_buf *out);

/* Contract: the doc->text byte range [*start, *end) that spoken bytes
 * [pos, pos+len) of segment `seg` came from, via the segment's anchors.
 * Returns false (outputs untouched) for composed segments without a source
 * and for composed words before the segment's first anchor. */
bool qc_timings_source_span(const qc_doc *doc, size_t seg, size_t pos, size_t len,
                            size_t *start, size_t *end);

#endif
