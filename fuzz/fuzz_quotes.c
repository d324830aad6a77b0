/* fuzz_quotes.c: libFuzzer target for the quote finder and the quotes stage. */
#include <stdint.h>
#include <string.h>

#include "doc.h"
#include "quotes.h"
#include "fuzz_text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Contract: runs qc_quote_spans on the input as one paragraph (both modes),
 * then the whole stage with one paragraph and one sentence per line; checks
 * that every span stays inside its paragraph and every quote's speaker and
 * sentences are in range. Aborts on a violation. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qc_doc d;
    if (!fuzz_doc(&d, data, size)) return 0;
    const char *t = d.text;
    size_t n = d.len;
    for (int singles = 0; singles < 2; singles++) {
        qc_qspan *sp = NULL;
        size_t ns = 0, cap = 0;
        if (qc_quote_spans(d.arena, t, n, singles, &sp, &ns, &cap)) break;
        for (size_t i = 0; i < ns; i++)
            if (sp[i].start >= sp[i].end || sp[i].end > n || (i && sp[i].start < sp[i - 1].end))
                __builtin_trap();
    }
    fuzz_lines(&d, true);
    if (qc_quotes(&d) == QC_OK) fuzz_check_quotes(&d);
    qc_doc_reset(&d);
    return 0;
}
