/* html_meta.h: page metadata (JSON-LD, OpenGraph, <meta>, <title>) for the html stage. */
#ifndef QC_HTML_META_H
#define QC_HTML_META_H

#include <libxml/tree.h>

#include "doc.h"

/* Ownership: every string is an arena string of the doc, or NULL. */

/* What the page says about itself. */
typedef struct qc_html_meta {
    const char *title;       /* headline: JSON-LD, else og:title, else <title> minus site suffix */
    const char *page_title;  /* the <title> text as written */
    const char *source;      /* site name: og:site_name, JSON-LD publisher, else the URL's host */
    const char *byline;      /* author name(s) */
    const char *date;        /* publication date as written (ISO 8601 when from metadata) */
    const char *body;        /* JSON-LD articleBody, whitespace-trimmed, or NULL */
} qc_html_meta;

/* Contract: reads the metadata of the parsed page `x` into *m (zeroed first);
 * `url` (may be NULL) gives the host as a last-resort source. Never fails:
 * broken JSON-LD is ignored; out of memory leaves fields NULL. */
void qc_html_meta_read(qc_doc *doc, xmlDoc *x, const char *url, qc_html_meta *m);

/* Contract: copies s[0..n) into the arena with runs of white space (ASCII,
 * NBSP) collapsed to one space and the ends trimmed; NULL when out of memory. */
char *qc_html_squash(qc_arena *a, const char *s, size_t n);

#endif
