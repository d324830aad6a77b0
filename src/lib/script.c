/* script.c: compose the spoken script: intro, attributions, signposts, closing. */
#include "script.h"
#include "normalize.h"
/* PLACEHOLDER (to be replaced by the script work): one narrated item per sentence. */
qc_status qc_script(qc_doc *doc)
{
    qc_buf all; qc_buf_init(&all, 0);
    for (size_t k = 0; k < doc->n_chosen; k++) {
        qc_sentence *s = &doc->sents[doc->chosen[k]];
        qc_buf b; qc_buf_init(&b, 0);
        qc_seg seg = {0};
        seg.text = qc_arena_strndup(doc->arena, doc->text + s->start, s->end - s->start);
        if (qc_normalize(doc->arena, seg.text, s->end - s->start, &b, &seg.map)) return QC_ERR_NOMEM;
        seg.spoken = qc_arena_strndup(doc->arena, b.data ? b.data : "", b.len);
        seg.src_start = s->start; seg.src_end = s->end;
        qc_item it = {QC_ITEM_SENTENCE, (int)doc->chosen[k], -1, doc->n_segs, 1, seg.text, 0.4};
        if (QC_PUSH(doc->arena, doc->segs, doc->n_segs, doc->cap_segs, seg)) return QC_ERR_NOMEM;
        if (QC_PUSH(doc->arena, doc->items, doc->n_items, doc->cap_items, it)) return QC_ERR_NOMEM;
        qc_buf_puts(&all, seg.spoken); qc_buf_putc(&all, '\n');
        qc_buf_free(&b);
    }
    doc->script = qc_arena_strndup(doc->arena, all.data ? all.data : "", all.len);
    qc_buf_free(&all);
    return QC_OK;
}
