/* html.h: extract the article body and metadata from an HTML page (libxml2). */
#ifndef QC_HTML_H
#define QC_HTML_H

#include "doc.h"

/* Ownership: everything this stage makes lives in doc->arena (see doc.h). */

/* Contract: parses doc->text as HTML and replaces it with the extracted
 * article body (paragraphs separated by blank lines, headings on their own
 * lines), fills doc->meta (title, source, byline, date) and marks
 * doc->is_html. Offsets then index the new text. QC_ERR_HTML if the page
 * cannot be parsed, QC_ERR_NO_TEXT if no article is found. */
qc_status qc_html(qc_doc *doc);
/* Contract: process-wide libxml2 cleanup (called by qc_global_cleanup). */
void qc_html_global_cleanup(void);

#endif
