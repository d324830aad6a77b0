/* normalize.c: rewrite written text as it should be spoken (currency, dates, abbreviations). */
#include "normalize.h"
/* PLACEHOLDER (to be replaced by the normalisation work): copy. */
qc_status qc_normalize(qc_arena *a, const char *in, size_t len, qc_buf *out, qc_offmap *map)
{
    if (map) {
        qc_anchor an = {out->len, 0};
        if (QC_PUSH(a, map->a, map->n, map->cap, an)) return QC_ERR_NOMEM;
    }
    return qc_buf_add(out, in, len);
}
