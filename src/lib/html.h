/* html.h: extract the article body and metadata from an HTML page (libxml2). */
#ifndef QC_HTML_H
#define QC_HTML_H

#include "doc.h"

/* Ownership: everything this stage makes lives in doc->arena (see doc.h).
 * Threads: re-entrant per doc (libxml2's parser is initialised on first use). */

/* Contract: parses the page in doc->text (or doc->raw, converted from the
 * charset named by doc->charset, a <meta> declaration, else windows-1252, when
 * the input bytes were not UTF-8) and replaces doc->text/doc->len with the
 * article body: paragraphs separated by a blank line, headings and list items
 * as paragraphs of their own, table rows as lines. Fills doc->paras (offsets
 * into the new text, kind BODY or HEADING, section -1), doc->meta (title,
 * source, byline, date from JSON-LD, OpenGraph, <meta> and <title>), sets
 * doc->in_map = NULL and doc->is_html. QC_ERR_HTML if the page cannot be
 * parsed, QC_ERR_NO_TEXT if no article is found. */
qc_status qc_html(qc_doc *doc);
/* Contract: process-wide libxml2 cleanup (called by qc_global_cleanup). */
void qc_html_global_cleanup(void);

#endif
