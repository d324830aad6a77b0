/* fuzz_html.c: libFuzzer target for the HTML article extractor (qc_html). */
#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "html.h"
#include "input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qc_doc d;
    if (qc_doc_init(&d, NULL) != QC_OK) return 0;
    if (qc_input_memory(&d, data, size) == QC_OK) {
        /* Exercise the charset path too when the bytes are not UTF-8. */
        if (d.in_map) {
            d.raw = data;
            d.raw_len = size;
        }
        if (qc_html(&d) == QC_OK) {
            /* The contract: paragraphs index the new text. */
            for (size_t i = 0; i < d.n_paras; i++)
                if (d.paras[i].start > d.paras[i].end || d.paras[i].end > d.len) __builtin_trap();
            if (d.text[d.len] != '\0') __builtin_trap();
        }
    }
    qc_doc_reset(&d);
    return 0;
}
