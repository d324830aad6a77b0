/* fetch.h: fetch an http(s) URL with libcurl (redirects, size cap, time-outs). */
#ifndef QC_FETCH_H
#define QC_FETCH_H

#include "doc.h"

/* Ownership: everything this stage makes lives in doc->arena (see doc.h),
 * except the downloaded bytes, which go to the caller's qc_buf.
 * Threads: libcurl is initialised once per process (pthread_once) on the
 * first qc_fetch(); that first call must not race with other code that
 * initialises libcurl or its TLS library. After that, fetches on different
 * docs may run in parallel (no signals are used for time-outs). */

/* Contract: true if `src` starts with http:// or https:// (case-insensitive). */
bool qc_fetch_is_url(const char *src);
/* Contract: downloads `url` into *out (a qc_buf the caller frees), at most
 * min(`max`, 10 MB) bytes (`max` 0 = 10 MB); follows at most 5 redirects,
 * http and https only; connect time-out 10 s, total time-out 30 s (or
 * QUOTECAST_HTTP_TIMEOUT seconds from the environment); asks for gzip or
 * deflate. Sets *is_html from the Content-Type (HTML: true; plain text or no
 * type: false) and doc->charset from its charset parameter (the input
 * stage keeps bytes that are not UTF-8 in doc->raw). QC_ERR_URL (malformed, or another scheme),
 * QC_ERR_NET (connect, time-out, too many redirects), QC_ERR_HTTP
 * ("HTTP 404 from example.com"), QC_ERR_CONTENT_TYPE, QC_ERR_TOO_LARGE, with
 * the message in doc->err. */
qc_status qc_fetch(qc_doc *doc, const char *url, size_t max, qc_buf *out, bool *is_html);
/* Contract: releases libcurl's process-wide state (qc_global_cleanup calls
 * it once at exit); no further fetches are possible in the process. */
void qc_fetch_global_cleanup(void);

#endif
