/* pipeline.c: the order of the stages; the only file that knows it. */
#include "pipeline.h"

#include <math.h>
#include <time.h>

#include "audio.h"
#include "clean.h"
#include "html.h"
#include "input.h"
#include "quotes.h"
#include "score.h"
#include "script.h"
#include "segment.h"
#include "select.h"
#include "synth.h"

enum { ST_INPUT, ST_HTML, ST_CLEAN, ST_SEGMENT, ST_QUOTES, ST_SCORE, ST_SELECT, ST_SCRIPT,
       ST_SYNTH, ST_AUDIO, ST_COUNT };

const char *const qc_stage_names[QC_STAGE_COUNT + 1] = {
    "input", "html", "clean", "segment", "quotes", "score", "select", "script",
    "synth", "audio", NULL,
};
_Static_assert(ST_COUNT == QC_STAGE_COUNT, "stage names out of step");
_Static_assert(QC_STAGE_COUNT <= sizeof ((qc_doc *)0)->stage_ns / sizeof(uint64_t), "stage_ns too small");

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

#define STAGE(doc, id, call)                                   \
    do {                                                       \
        uint64_t t0_ = now_ns();                               \
        qc_status s_ = (call);                                 \
        (doc)->stage_ns[id] += now_ns() - t0_;                 \
        if (s_ != QC_OK) return s_;                            \
    } while (0)

/* The selection-dependent tail, re-run when --seconds needs a tighter budget. */
static qc_status choose_and_write(qc_doc *doc)
{
    STAGE(doc, ST_SELECT, qc_select(doc));
    STAGE(doc, ST_SCRIPT, qc_script(doc));
    return QC_OK;
}

qc_status qc_pipeline_analyze(qc_doc *doc, const char *src, const void *data, size_t len)
{
    STAGE(doc, ST_INPUT, src ? qc_input_load(doc, src) : qc_input_memory(doc, data, len));
    if (doc->opt.format == QC_FORMAT_HTML ||
        (doc->opt.format == QC_FORMAT_AUTO && qc_input_looks_html(doc)))
        STAGE(doc, ST_HTML, qc_html(doc));
    STAGE(doc, ST_CLEAN, qc_clean(doc));
    STAGE(doc, ST_SEGMENT, qc_segment(doc));
    STAGE(doc, ST_QUOTES, qc_quotes(doc));
    STAGE(doc, ST_SCORE, qc_score(doc));
    return choose_and_write(doc);
}

/* One --seconds round: select, write and speak again, each from scratch. */
static qc_status speak_again(qc_doc *doc)
{
    qc_status s = choose_and_write(doc);
    if (s) return s;
    STAGE(doc, ST_SYNTH, qc_synth(doc));
    return QC_OK;
}

qc_status qc_pipeline_speak(qc_doc *doc, const char *path)
{
    qc_status s0 = qc_audio_check(doc, path);   /* refuse bad outputs before synthesis */
    if (s0) return s0;
    STAGE(doc, ST_SYNTH, qc_synth(doc));
    /* --seconds: the selection used an estimate; while the real audio is
     * over budget, tighten the sentence budget by one and speak again. */
    double budget = doc->opt.seconds;
    int asked = doc->opt.max_sentences;     /* restored: the next speak starts afresh */
    for (int round = 0; budget > 0 && round < 8 && doc->audio.rate; round++) {
        double secs = (double)doc->audio.n / doc->audio.rate;
        if (secs <= budget * 1.05 || doc->n_chosen <= 1) break;
        doc->opt.max_sentences = (int)doc->n_chosen - 1;
        qc_status s = speak_again(doc);
        if (s) {
            doc->opt.max_sentences = asked;
            return s;
        }
    }
    doc->opt.max_sentences = asked;
    STAGE(doc, ST_AUDIO, qc_audio_write(doc, path));
    return QC_OK;
}
