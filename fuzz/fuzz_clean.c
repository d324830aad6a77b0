/* fuzz_clean.c: libFuzzer target: the clean stage, then segmentation, on arbitrary text. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "clean.h"
#include "segment.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qc_doc d;
    if (qc_doc_init(&d, NULL) != QC_OK) return 0;
    d.text = qc_arena_strndup(d.arena, (const char *)data, size);
    if (d.text) {
        d.len = strlen(d.text);   /* stop at an embedded NUL, as the input stage does */
        if (qc_clean(&d) == QC_OK) {
            for (size_t k = 0; k < d.n_paras; k++)
                if (d.paras[k].start >= d.paras[k].end || d.paras[k].end > d.len) __builtin_trap();
            if (!d.body) __builtin_trap();
            (void)qc_segment(&d);
            for (size_t k = 0; k < d.n_sents; k++)
                if (d.sents[k].start >= d.sents[k].end || d.sents[k].end > d.len) __builtin_trap();
        }
    }
    qc_doc_reset(&d);
    return 0;
}
