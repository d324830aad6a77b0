/* clean.h: separate the article from page furniture; find title, dateline, headings. */
#ifndef QC_CLEAN_H
#define QC_CLEAN_H

#include "doc.h"

/* Ownership: everything this stage makes lives in doc->arena (see doc.h). */

/* Contract: splits doc->text into blocks, keeps the article body as
 * doc->paras (kind BODY or HEADING, offsets into doc->text), fills
 * doc->sections, doc->meta (title, source, dateline, byline, date) and
 * doc->body (paragraphs joined by "\n\n", headings on their own lines).
 * For HTML input (doc->is_html) the text is already the body: only split it.
 * QC_ERR_NO_TEXT if nothing article-like remains. */
qc_status qc_clean(qc_doc *doc);

#endif
