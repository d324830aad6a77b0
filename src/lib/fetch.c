/* fetch.c: fetch an http(s) URL with libcurl (redirects, size cap, time-outs). */
#include "fetch.h"

#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>
#include <dlfcn.h>

#include "text.h"

/*
 * libcurl is loaded with dlopen() on the first URL, not linked: with its TLS,
 * Kerberos and LDAP dependencies it adds about 6 MB to every process's
 * resident memory, and most runs read files. The names below stand for the
 * loaded functions, so the code reads as ordinary libcurl code.
 */
static struct curl_fns {
    void *lib;
    CURLcode (*global_init)(long);
    void (*global_cleanup)(void);
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_perform)(CURL *);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(CURLcode);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
    CURLU *(*url)(void);
    CURLUcode (*url_set)(CURLU *, CURLUPart, const char *, unsigned int);
    CURLUcode (*url_get)(const CURLU *, CURLUPart, char **, unsigned int);
    void (*url_cleanup)(CURLU *);
    void (*free)(void *);
} cu;

#undef curl_easy_setopt   /* curl's type-checking macros, if any */
#undef curl_easy_getinfo
#define curl_global_init cu.global_init
#define curl_global_cleanup cu.global_cleanup
#define curl_easy_init cu.easy_init
#define curl_easy_setopt cu.easy_setopt
#define curl_easy_perform cu.easy_perform
#define curl_easy_getinfo cu.easy_getinfo
#define curl_easy_cleanup cu.easy_cleanup
#define curl_easy_strerror cu.easy_strerror
#define curl_slist_append cu.slist_append
#define curl_slist_free_all cu.slist_free_all
#define curl_url cu.url
#define curl_url_set cu.url_set
#define curl_url_get cu.url_get
#define curl_url_cleanup cu.url_cleanup
#define curl_free cu.free

/* Loads libcurl and every function above; false (library closed) if any is missing. */
static bool load_curl(void)
{
    cu.lib = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!cu.lib) return false;
    static const struct { const char *name; size_t off; } fns[] = {
#define FN(f) {"curl_" #f, offsetof(struct curl_fns, f)}
        FN(global_init), FN(global_cleanup), FN(easy_init), FN(easy_setopt), FN(easy_perform),
        FN(easy_getinfo), FN(easy_cleanup), FN(easy_strerror), FN(slist_append),
        FN(slist_free_all), FN(url), FN(url_set), FN(url_get), FN(url_cleanup), FN(free),
#undef FN
    };
    for (size_t i = 0; i < sizeof fns / sizeof *fns; i++) {
        void *f = dlsym(cu.lib, fns[i].name);
        if (!f) {
            dlclose(cu.lib);
            memset(&cu, 0, sizeof cu);
            return false;
        }
        memcpy((char *)&cu + fns[i].off, &f, sizeof f); /* POSIX: data and code pointers agree */
    }
    return true;
}

#define FETCH_CAP (10u << 20)         /* never more than 10 MB */
#define MAX_REDIRS 5L
#define CONNECT_TIMEOUT_MS 10000L
#define TOTAL_TIMEOUT_MS 30000L
#define USER_AGENT "quotecast/" QC_VERSION_STRING " (+offline news briefings)"

/*
 * curl_global_init() is not thread-safe: it runs once per process through
 * pthread_once, so the first qc_fetch() must not race with other code that
 * initialises libcurl or OpenSSL itself. After qc_fetch_global_cleanup() no
 * further fetches are possible in the process (as with the speech engine).
 */
static pthread_once_t g_once = PTHREAD_ONCE_INIT;
static CURLcode g_init = CURLE_FAILED_INIT;

static void global_init(void)
{
    if (load_curl()) g_init = curl_global_init(CURL_GLOBAL_DEFAULT);
}

void qc_fetch_global_cleanup(void)
{
    if (g_init == CURLE_OK) {
        curl_global_cleanup();
        g_init = CURLE_FAILED_INIT;
    }
    /* The library stays mapped: closing it could unload code that TLS
     * libraries registered with atexit(). */
}

bool qc_fetch_is_url(const char *s)
{
    return s && (!strncasecmp(s, "http://", 7) || !strncasecmp(s, "https://", 8));
}

/* What the write callback needs. */
typedef struct sink {
    CURL *h;
    qc_buf *out;
    size_t max;
    bool checked;        /* the content type was looked at */
    bool too_large;
    bool bad_type;
    qc_status err;
} sink;

/* Content types we read: HTML (true), plain text (false); *ok false otherwise. */
static bool type_is_html(const char *ct, bool *ok)
{
    *ok = true;
    if (!ct || !*ct) return false;  /* no type: let the input sniff it */
    size_t n = strcspn(ct, "; \t");
    if (qc_ieq(ct, n, "text/html") || qc_ieq(ct, n, "application/xhtml+xml")) return true;
    if (qc_ieq(ct, n, "text/plain")) return false;
    *ok = false;
    return false;
}

static size_t on_data(char *p, size_t size, size_t nmemb, void *user)
{
    sink *s = user;
    size_t n = size * nmemb;
    if (!s->checked) {
        s->checked = true;
        long code = 0;
        curl_easy_getinfo(s->h, CURLINFO_RESPONSE_CODE, &code);
        char *ct = NULL;
        curl_easy_getinfo(s->h, CURLINFO_CONTENT_TYPE, &ct);
        bool ok;
        type_is_html(ct, &ok);
        /* An error page's type does not matter: the status is reported. */
        if (!ok && code < 400) { s->bad_type = true; return 0; }
    }
    if (s->out->len + n > s->max) { s->too_large = true; return 0; }
    qc_status st = qc_buf_add(s->out, p, n);
    if (st) { s->err = st; return 0; }
    return n;
}

/* The host part of a URL for messages ("example.com"); "the server" if none. */
static const char *host_of(qc_doc *doc, const char *url)
{
    const char *host = "the server";
    CURLU *u = curl_url();
    char *h = NULL;
    if (u && url && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_HOST, &h, 0) == CURLUE_OK && h) {
        const char *c = qc_arena_strdup(doc->arena, h);
        if (c) host = c;
    }
    curl_free(h);
    curl_url_cleanup(u);
    return host;
}

/* Time-out in ms: QUOTECAST_HTTP_TIMEOUT (seconds, may be fractional) or the default. */
static long total_timeout_ms(void)
{
    const char *e = getenv("QUOTECAST_HTTP_TIMEOUT");
    if (e && *e) {
        char *end;
        double s = strtod(e, &end);
        if (end != e && s > 0 && s < 3600) return (long)(s * 1000 + 0.5);
    }
    return TOTAL_TIMEOUT_MS;
}

/* A URL we accept: http(s), a host, no white space or control characters. */
static bool url_ok(const char *url)
{
    if (!qc_fetch_is_url(url)) return false;
    const char *host = strstr(url, "://") + 3;
    if (*host == '/' || *host == '?' || *host == '#' || *host == '\0') return false;
    for (const unsigned char *p = (const unsigned char *)url; *p; p++)
        if (*p <= ' ' || *p == 0x7F) return false;
    CURLU *u = curl_url();
    if (!u) return false;
    char *h = NULL;
    bool ok = curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
              curl_url_get(u, CURLUPART_HOST, &h, 0) == CURLUE_OK && h && *h;
    curl_free(h);
    curl_url_cleanup(u);
    return ok;
}

/* The charset parameter of a Content-Type, as an arena string, or NULL. */
static const char *charset_of(qc_doc *doc, const char *ct)
{
    const char *p = ct;
    while (p && *p && strncasecmp(p, "charset=", 8) != 0) p++;
    if (!p || !*p) return NULL;
    p += 8;
    if (*p == '"' || *p == '\'') p++;
    size_t n = strcspn(p, "\"'; \t");
    return n && n < 40 ? qc_arena_strndup(doc->arena, p, n) : NULL;
}

qc_status qc_fetch(qc_doc *doc, const char *url, size_t max, qc_buf *out, bool *is_html)
{
    *is_html = false;
    pthread_once(&g_once, global_init);
    if (!cu.lib) return qc_doc_fail(doc, QC_ERR_UNSUPPORTED, "URLs need libcurl (libcurl.so.4), which is not installed");
    if (g_init != CURLE_OK) return qc_doc_fail(doc, QC_ERR_NET, "cannot initialise libcurl");
    if (!url_ok(url)) return qc_doc_fail(doc, QC_ERR_URL, "%s: not a valid http(s) URL", url ? url : "(null)");
    CURL *h = curl_easy_init();
    if (!h) return qc_doc_fail(doc, QC_ERR_NOMEM, "out of memory");

    sink s = {.h = h, .out = out, .max = max && max < FETCH_CAP ? max : FETCH_CAP};
    if (out->max && out->max < s.max) s.max = out->max;
    long timeout = total_timeout_ms();
    struct curl_slist *hdr = curl_slist_append(NULL, "Accept: text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1");
    curl_easy_setopt(h, CURLOPT_URL, url);
    if (curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https") != CURLE_OK ||
        curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https") != CURLE_OK) {
        /* libcurl before 7.85 has only the (now deprecated) bit masks, named
         * by number here; without them a redirect could reach ftp:// etc. */
        long http = (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS);
        curl_easy_setopt(h, (CURLoption)(CURLOPTTYPE_LONG + 181), http);  /* CURLOPT_PROTOCOLS */
        curl_easy_setopt(h, (CURLoption)(CURLOPTTYPE_LONG + 182), http);  /* CURLOPT_REDIR_PROTOCOLS */
    }
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(h, CURLOPT_MAXREDIRS, MAX_REDIRS);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, timeout < CONNECT_TIMEOUT_MS ? timeout : CONNECT_TIMEOUT_MS);
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, timeout);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);  /* no SIGALRM: safe in threads */
    curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(h, CURLOPT_USERAGENT, USER_AGENT);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdr);
    curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)s.max);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_data);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &s);

    CURLcode rc = curl_easy_perform(h);
    long code = 0;
    char *ct = NULL, *eff = NULL;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
    curl_easy_getinfo(h, CURLINFO_CONTENT_TYPE, &ct);
    curl_easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &eff);
    const char *host = host_of(doc, eff ? eff : url);
    qc_status st = QC_OK;
    bool ok_type = true;
    bool html = type_is_html(ct, &ok_type);
    if (s.err) st = qc_doc_fail(doc, s.err, "out of memory");
    else if (s.too_large || rc == CURLE_FILESIZE_EXCEEDED)
        st = qc_doc_fail(doc, QC_ERR_TOO_LARGE, "%s: the page is larger than %zu bytes", host, s.max);
    else if (code >= 400)
        st = qc_doc_fail(doc, QC_ERR_HTTP, "HTTP %ld from %s", code, host);
    else if (s.bad_type || (rc == CURLE_OK && !ok_type)) {
        size_t n = ct ? strcspn(ct, "; \t") : 0;
        st = qc_doc_fail(doc, QC_ERR_CONTENT_TYPE, "%s serves %.*s, not HTML or plain text", host,
                         (int)(n < 60 ? n : 60), ct ? ct : "");
    } else if (rc == CURLE_TOO_MANY_REDIRECTS)
        st = qc_doc_fail(doc, QC_ERR_NET, "%s: too many redirects (more than %ld)", host, MAX_REDIRS);
    else if (rc == CURLE_OPERATION_TIMEDOUT)
        st = qc_doc_fail(doc, QC_ERR_NET, "%s: timed out after %.1f s", host, timeout / 1000.0);
    else if (rc == CURLE_UNSUPPORTED_PROTOCOL)
        st = qc_doc_fail(doc, QC_ERR_URL, "%s: redirected to an unsupported URL scheme (only http and https)", host);
    else if (rc != CURLE_OK)
        st = qc_doc_fail(doc, QC_ERR_NET, "%s: %s", host, curl_easy_strerror(rc));
    else if (code < 200 || code >= 300)
        st = qc_doc_fail(doc, QC_ERR_HTTP, "HTTP %ld from %s", code, host);
    if (st == QC_OK) {
        *is_html = html;
        doc->charset = charset_of(doc, ct);   /* bytes that are not UTF-8 are kept by input.c */
    }
    curl_slist_free_all(hdr);
    curl_easy_cleanup(h);
    return st;
}
