/* fuzz_normalize.c: libFuzzer target for the speech normaliser (any bytes, anchors checked). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "normalize.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qc_arena *a = qc_arena_new();
    if (!a) return 0;
    qc_buf out;
    qc_buf_init(&out, 0);
    qc_offmap map = {0};
    qc_status s = qc_normalize(a, (const char *)data, size, &out, &map);
    if (s != QC_OK && s != QC_ERR_NOMEM && s != QC_ERR_TOO_LARGE) abort();
    if (s == QC_OK) {
        if (!out.data || strlen(out.data) != out.len) abort(); /* one NUL-free line */
        if (memchr(out.data, '\n', out.len)) abort();
        for (size_t k = 0; k < map.n; k++) {
            if (map.a[k].out > out.len || map.a[k].in > size) abort();
            if (k && map.a[k].out <= map.a[k - 1].out) abort();
        }
    }
    for (size_t i = 0; i < size; i++)
        (void)qc_normalize_abbrev_dot((const char *)data, size, i);
    qc_buf_free(&out);
    qc_arena_free(a);
    return 0;
}
