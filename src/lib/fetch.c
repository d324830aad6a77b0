/* fetch.c: fetch an http(s) URL with libcurl (redirects, size cap, time-outs). */
#include "fetch.h"
#include <strings.h>
/* PLACEHOLDER (to be replaced by the URL work). */
bool qc_fetch_is_url(const char *s) { return !strncasecmp(s, "http://", 7) || !strncasecmp(s, "https://", 8); }
qc_status qc_fetch(qc_doc *doc, const char *url, size_t max, qc_buf *out, bool *is_html)
{
    (void)url; (void)max; (void)out; (void)is_html;
    return qc_doc_fail(doc, QC_ERR_UNSUPPORTED, "URLs are not supported yet");
}
void qc_fetch_global_cleanup(void) {}
