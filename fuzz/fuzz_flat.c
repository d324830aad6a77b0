/* fuzz_flat.c: libFuzzer target for the quotes stage on long paragraphs split by the segment stage. */
#include <stdint.h>
#include <string.h>

#include "doc.h"
#include "quotes.h"
#include "segment.h"
#include "fuzz_text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Contract: one body paragraph per line (few lines, so paragraphs are
 * long and the stage reads them as flattened articles), sentences from
 * qc_segment, then qc_quotes; checks that the stage gives the article its
 * own paragraphs back and that every quote, speaker and sentence link is
 * in range. Aborts on a violation. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qc_doc d;
    if (!fuzz_doc(&d, data, size)) return 0;
    fuzz_lines(&d, false);
    if (qc_segment(&d) == QC_OK) {
        qc_para *paras = d.paras;
        size_t n_paras = d.n_paras, n_sents = d.n_sents;
        qc_status st = qc_quotes(&d);
        if (d.paras != paras || d.n_paras != n_paras || d.n_sents != n_sents) __builtin_trap();
        if (st == QC_OK) fuzz_check_quotes(&d);
    }
    qc_doc_reset(&d);
    return 0;
}
