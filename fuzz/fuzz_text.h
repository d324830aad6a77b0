/* fuzz_text.h: the fuzz targets' shared start: bytes to a doc with valid UTF-8 text. */
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

#endif
