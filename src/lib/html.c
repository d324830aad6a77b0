/* html.c: extract the article body and metadata from an HTML page (libxml2). */
#include "html.h"
/* PLACEHOLDER (to be replaced by the HTML work). */
qc_status qc_html(qc_doc *doc) { return qc_doc_fail(doc, QC_ERR_UNSUPPORTED, "HTML input is not supported yet"); }
void qc_html_global_cleanup(void) {}
