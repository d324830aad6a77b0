/* fuzz_text.h: what the quote fuzz targets share: bytes to a doc with valid UTF-8 text, and the checks on the quotes found. */
#ifndef QC_FUZZ_TEXT_H
#define QC_FUZZ_TEXT_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "doc.h"
#include "text.h"

/* Contract: for inputs up to 64 KiB, initialises *d and sets d->text (in
 * d->arena) and d->len to data[0..size) made valid UTF-8 the cheap way
 * (invalid bytes and NULs become '?'). False, with nothing to free, when
 * the input is larger or memory runs out; else the caller frees *d with
 * qc_doc_reset(). */
static inline bool fuzz_doc(qc_doc *d, const uint8_t *data, size_t size)
{
    if (size > 1 << 16 || qc_doc_init(d, NULL)) return false;
    char *t = qc_arena_alloc(d->arena, size + 1);
    if (!t) { qc_doc_reset(d); return false; }
    size_t n = 0;
    for (size_t i = 0; i < size;) {
        size_t k = qc_utf8_valid_len(data + i, size - i);
        if (k == 0 || (k == 1 && data[i] == 0)) { t[n++] = '?'; i++; continue; }
        memcpy(t + n, data + i, k);
        n += k;
        i += k;
    }
    t[n] = 0;
    d->text = t;
    d->len = n;
    return true;
}

/* Contract: adds one paragraph per line of d->text; with `sentences`, each
 * line also one sentence and some lines (by length) headings, else body
 * paragraphs with no sentences (for qc_segment to find). Stops quietly
 * when memory runs out. */
static inline void fuzz_lines(qc_doc *d, bool sentences)
{
    for (size_t i = 0, s = 0; i <= d->len; i++) {
        if (i < d->len && d->text[i] != '\n') continue;
        if (i > s) {
            qc_para_kind kind = sentences && (i - s) % 7 == 3 ? QC_PARA_HEADING : QC_PARA_BODY;
            qc_para p = {s, i, kind, -1, sentences ? d->n_sents : 0, sentences ? 1 : 0};
            qc_sentence se = {s, i, d->n_paras, -1, 0, NULL, false};
            if (QC_PUSH(d->arena, d->paras, d->n_paras, d->cap_paras, p) ||
                (sentences && QC_PUSH(d->arena, d->sents, d->n_sents, d->cap_sents, se)))
                return;
        }
        s = i + 1;
    }
}

/* Contract: traps unless every quote of d lies inside its text, with its
 * speaker mention and sentences in range, and every sentence's quote link
 * names a quote. */
static inline void fuzz_check_quotes(const qc_doc *d)
{
    for (size_t i = 0; i < d->n_quotes; i++) {
        const qc_quote *q = &d->quotes[i];
        if (q->start >= q->end || q->end > d->len) __builtin_trap();
        if (q->sp_start != QC_NONE && (q->sp_start >= q->sp_end || q->sp_end > d->len)) __builtin_trap();
        if (q->first_sent != QC_NONE && (q->first_sent > q->last_sent || q->last_sent >= d->n_sents)) __builtin_trap();
    }
    for (size_t i = 0; i < d->n_sents; i++)
        if (d->sents[i].quote >= (int)d->n_quotes) __builtin_trap();
}

#endif
