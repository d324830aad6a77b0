/* quotes.c: find direct quotations and who said them. */
#include "quotes.h"
/* PLACEHOLDER (to be replaced by the quotes work). */
qc_status qc_quotes(qc_doc *doc) { (void)doc; return QC_OK; }
