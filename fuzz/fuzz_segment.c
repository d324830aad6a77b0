/* fuzz_segment.c: libFuzzer target: the low-level sentence splitter on arbitrary bytes. */
#include <stddef.h>
#include <stdint.h>

#include "segment.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qc_arena *a = qc_arena_new();
    if (!a) return 0;
    size_t *ends = NULL, n = 0, cap = 0;
    if (qc_segment_text(a, (const char *)data, size, &ends, &n, &cap) == QC_OK) {
        size_t prev = 0;
        for (size_t k = 0; k < n; k++) {
            if (ends[k] <= prev) __builtin_trap();   /* strictly increasing */
            if (ends[k] > size) __builtin_trap();
            prev = ends[k];
        }
        if (size && (n == 0 || ends[n - 1] != size)) __builtin_trap();
    }
    qc_arena_free(a);
    return 0;
}
