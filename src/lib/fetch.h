/* fetch.h: fetch an http(s) URL with libcurl (redirects, size cap, time-outs). */
#ifndef QC_FETCH_H
#define QC_FETCH_H

#include "doc.h"

/* Ownership: everything this stage makes lives in doc->arena (see doc.h). */

/* Contract: true if `src` starts with http:// or https:// (case-insensitive). */
bool qc_fetch_is_url(const char *src);
/* Contract: downloads `url` into *out (a qc_buf the caller frees), at most
 * `max` bytes; sets *is_html from the Content-Type. QC_ERR_URL, QC_ERR_NET,
 * QC_ERR_HTTP ("HTTP 404 from example.com"), QC_ERR_CONTENT_TYPE,
 * QC_ERR_TOO_LARGE, with the message in doc->err. */
qc_status qc_fetch(qc_doc *doc, const char *url, size_t max, qc_buf *out, bool *is_html);
void qc_fetch_global_cleanup(void);

#endif
