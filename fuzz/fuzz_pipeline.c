/* fuzz_pipeline.c: libFuzzer target: the whole analysis (input to script) on arbitrary bytes. */
#include <stddef.h>
#include <stdint.h>

#include "quotecast/quotecast.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qc_options o;
    qc_options_init(&o);
    o.format = size && (data[0] & 1) ? QC_FORMAT_TEXT : QC_FORMAT_AUTO;
    qc_article *a = qc_article_new(&o);
    if (!a) return 0;
    if (qc_article_load_memory(a, data, size) == QC_OK) {
        char *j = qc_article_json(a, false);
        qc_free(j);
    }
    qc_article_free(a);
    return 0;
}
