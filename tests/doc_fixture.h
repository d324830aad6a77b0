/* doc_fixture.h: build small article models by hand for the score and select tests. */
#ifndef QC_DOC_FIXTURE_H
#define QC_DOC_FIXTURE_H

#include <stdbool.h>
#include <string.h>

#include "doc.h"

/* Ownership: everything lives in the doc's arena; qc_doc_reset() frees it. */

/* Builds a doc from paragraphs: "# " opens a heading; '|' ends a sentence
 * (the marker and the space after it are not part of the text). */
static void build(qc_doc *d, const qc_options *o, const char *const *paras, size_t np)
{
    qc_doc_init(d, o);
    qc_buf b;
    qc_buf_init(&b, 0);
    int section = -1;
    for (size_t p = 0; p < np; p++) {
        const char *s = paras[p];
        bool heading = strncmp(s, "# ", 2) == 0;
        if (heading) s += 2;
        if (p) qc_buf_puts(&b, "\n\n");
        qc_para pa = {b.len, 0, heading ? QC_PARA_HEADING : QC_PARA_BODY, 0, d->n_sents, 0};
        if (heading) {
            qc_section sec = {p, p + 1, np};
            if (d->n_sections) d->sections[d->n_sections - 1].end_para = p;
            QC_PUSH(d->arena, d->sections, d->n_sections, d->cap_sections, sec);
            section = (int)d->n_sections - 1;
        }
        pa.section = section;
        size_t st = b.len;
        for (; *s; s++) {
            if (*s == '|') {
                qc_sentence se = {st, b.len, p, -1, 0, NULL, false};
                QC_PUSH(d->arena, d->sents, d->n_sents, d->cap_sents, se);
                if (s[1] == ' ') s++;
                st = b.len + (s[1] ? 1 : 0);
                if (s[1]) qc_buf_putc(&b, ' ');
                continue;
            }
            qc_buf_putc(&b, *s);
        }
        if (b.len > st) {
            qc_sentence se = {st, b.len, p, -1, 0, NULL, false};
            QC_PUSH(d->arena, d->sents, d->n_sents, d->cap_sents, se);
        }
        pa.end = b.len;
        pa.n_sent = d->n_sents - pa.first_sent;
        QC_PUSH(d->arena, d->paras, d->n_paras, d->cap_paras, pa);
    }
    d->text = qc_arena_strndup(d->arena, b.data ? b.data : "", b.len);
    d->len = b.len;
    qc_buf_free(&b);
}

/* Marks the first "..." span of sentence i as a quote by `speaker` (NULL: none). */
static void quote(qc_doc *d, size_t i, const char *speaker, bool partial)
{
    qc_sentence *s = &d->sents[i];
    const char *a = memchr(d->text + s->start, '"', s->end - s->start);
    const char *z = a ? memchr(a + 1, '"', (size_t)(d->text + s->end - a - 1)) : NULL;
    qc_quote q = {0};
    q.start = a ? (size_t)(a - d->text) : s->start;
    q.end = z ? (size_t)(z - d->text) + 1 : s->end;
    q.sp_start = q.sp_end = QC_NONE;
    q.speaker_name = speaker;
    if (speaker) { q.sp_start = q.end; q.sp_end = q.end + 1; }
    q.partial = partial;
    q.first_sent = q.last_sent = i;
    s->quote = (int)d->n_quotes;
    QC_PUSH(d->arena, d->quotes, d->n_quotes, d->cap_quotes, q);
}

#endif
