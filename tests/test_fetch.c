/* test_fetch.c: URL fetching against a local HTTP server (tests/http_server.py on 127.0.0.1). */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "doc.h"
#include "fetch.h"
#include "html.h"
#include "input.h"

static pid_t g_server;
static int g_port;

/* Starts tests/http_server.py and reads its port; false if it cannot. */
static bool server_start(void)
{
    int fd[2];
    if (pipe(fd) != 0) return false;
    g_server = fork();
    if (g_server < 0) return false;
    if (g_server == 0) {
        dup2(fd[1], 1);
        close(fd[0]);
        close(fd[1]);
        execlp("python3", "python3", "tests/http_server.py", "--lifetime", "120", (char *)NULL);
        _exit(127);
    }
    close(fd[1]);
    char line[64] = {0};
    size_t n = 0;
    while (n + 1 < sizeof line) {
        ssize_t k = read(fd[0], line + n, 1);
        if (k <= 0 || line[n] == '\n') break;
        n++;
    }
    close(fd[0]);
    return sscanf(line, "PORT %d", &g_port) == 1 && g_port > 0;
}

static void server_stop(void)
{
    if (g_server > 0) {
        kill(g_server, SIGTERM);
        waitpid(g_server, NULL, 0);
        g_server = 0;
    }
}

typedef struct got {
    qc_doc doc;
    qc_buf buf;
    bool is_html;
    qc_status st;
} got;

static void get(got *g, const char *path, size_t max)
{
    char url[256];
    snprintf(url, sizeof url, "http://127.0.0.1:%d%s", g_port, path);
    qc_doc_init(&g->doc, NULL);
    qc_buf_init(&g->buf, 0);
    g->is_html = false;
    g->st = qc_fetch(&g->doc, url, max, &g->buf, &g->is_html);
}

static void done(got *g)
{
    qc_buf_free(&g->buf);
    qc_doc_reset(&g->doc);
}

static void test_is_url(void)
{
    CHECK(qc_fetch_is_url("http://example.com/"));
    CHECK(qc_fetch_is_url("HTTPS://example.com/a"));
    CHECK(!qc_fetch_is_url("ftp://example.com/"));
    CHECK(!qc_fetch_is_url("article.html"));
    CHECK(!qc_fetch_is_url("-"));
}

static void test_bad_urls(void)
{
    static const char *const bad[] = {"http://", "https:///path", "http://exa mple.com/", "ftp://x/"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        qc_doc d;
        qc_doc_init(&d, NULL);
        qc_buf b;
        qc_buf_init(&b, 0);
        bool h;
        CHECK_INT(qc_fetch(&d, bad[i], 0, &b, &h), QC_ERR_URL);
        CHECK(strstr(d.err, "not a valid") != NULL);
        qc_buf_free(&b);
        qc_doc_reset(&d);
    }
}

static void test_ok_html(void)
{
    got g;
    get(&g, "/ok", 0);
    CHECK_INT(g.st, QC_OK);
    CHECK(g.is_html);
    CHECK(g.buf.data && strstr(g.buf.data, "harbour bells rang") != NULL);
    CHECK_STR(g.doc.charset, "utf-8");
    CHECK(g.doc.raw == NULL);
    done(&g);
}

static void test_plain_text(void)
{
    got g;
    get(&g, "/plain", 0);
    CHECK_INT(g.st, QC_OK);
    CHECK(!g.is_html);
    CHECK(g.buf.data && strncmp(g.buf.data, "The lighthouse keeper", 21) == 0);
    done(&g);
}

static void test_user_agent(void)
{
    got g;
    get(&g, "/ua", 0);
    CHECK_INT(g.st, QC_OK);
    CHECK_STR(g.buf.data, "quotecast/0.1.0 (+offline news briefings)");
    done(&g);
}

static void test_redirect_chain(void)
{
    got g;
    get(&g, "/redir/4", 0);  /* five redirects: the most allowed */
    CHECK_INT(g.st, QC_OK);
    CHECK(g.buf.data && strstr(g.buf.data, "Mara Quill") != NULL);
    done(&g);
    get(&g, "/redir/5", 0);  /* six */
    CHECK_INT(g.st, QC_ERR_NET);
    CHECK(strstr(g.doc.err, "too many redirects") != NULL);
    done(&g);
}

static void test_redirect_loop(void)
{
    got g;
    get(&g, "/loop", 0);
    CHECK_INT(g.st, QC_ERR_NET);
    CHECK(strstr(g.doc.err, "too many redirects") != NULL);
    done(&g);
}

static void test_http_404(void)
{
    got g;
    get(&g, "/missing", 0);
    CHECK_INT(g.st, QC_ERR_HTTP);
    CHECK_STR(g.doc.err, "HTTP 404 from 127.0.0.1");
    done(&g);
}

static void test_oversize(void)
{
    got g;
    get(&g, "/big?n=11000000", 64u << 20);  /* over the 10 MB cap, declared */
    CHECK_INT(g.st, QC_ERR_TOO_LARGE);
    CHECK(strstr(g.doc.err, "larger than 10485760 bytes") != NULL);
    done(&g);
    get(&g, "/stream?n=11000000", 64u << 20);  /* over the cap, undeclared */
    CHECK_INT(g.st, QC_ERR_TOO_LARGE);
    done(&g);
    get(&g, "/stream?n=5000", 1000);  /* over the caller's max */
    CHECK_INT(g.st, QC_ERR_TOO_LARGE);
    CHECK(strstr(g.doc.err, "larger than 1000 bytes") != NULL);
    done(&g);
    get(&g, "/big?n=900", 1000);  /* under it */
    CHECK_INT(g.st, QC_OK);
    CHECK_INT(g.buf.len, 900);
    done(&g);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void test_timeout(void)
{
    setenv("QUOTECAST_HTTP_TIMEOUT", "1", 1);
    got g;
    double t0 = now_s();
    get(&g, "/slow?s=4", 0);
    double dt = now_s() - t0;
    unsetenv("QUOTECAST_HTTP_TIMEOUT");
    CHECK_INT(g.st, QC_ERR_NET);
    CHECK(strstr(g.doc.err, "timed out") != NULL);
    CHECK(dt > 0.8 && dt < 3.0);
    done(&g);
}

static void test_content_type(void)
{
    got g;
    get(&g, "/pdf", 0);
    CHECK_INT(g.st, QC_ERR_CONTENT_TYPE);
    CHECK(strstr(g.doc.err, "application/pdf") != NULL);
    done(&g);
}

static void test_gzip(void)
{
    got g;
    get(&g, "/gzip", 0);
    CHECK_INT(g.st, QC_OK);
    CHECK(g.buf.data && strstr(g.buf.data, "harbour bells rang") != NULL);
    done(&g);
}

static void test_no_other_schemes_on_redirect(void)
{
    got g;
    get(&g, "/ftp", 0);
    CHECK_INT(g.st, QC_ERR_URL);
    done(&g);
}

static void test_connection_refused(void)
{
    qc_doc d;
    qc_doc_init(&d, NULL);
    qc_buf b;
    qc_buf_init(&b, 0);
    bool h;
    CHECK_INT(qc_fetch(&d, "http://127.0.0.1:1/", 0, &b, &h), QC_ERR_NET);
    CHECK(strstr(d.err, "127.0.0.1") != NULL);
    qc_buf_free(&b);
    qc_doc_reset(&d);
}

/* The whole input path: URL -> input stage -> html stage, in Latin-1. */
static void test_latin1_page_through_input(void)
{
    char url[128];
    snprintf(url, sizeof url, "http://127.0.0.1:%d/latin1", g_port);
    qc_doc d;
    qc_doc_init(&d, NULL);
    CHECK_INT(qc_input_load(&d, url), QC_OK);
    CHECK_INT(d.opt.format, QC_FORMAT_HTML);
    CHECK(d.raw != NULL);
    CHECK_STR(d.charset, "iso-8859-1");
    CHECK_INT(qc_html(&d), QC_OK);
    CHECK(strstr(d.text, "caf\xC3\xA9 on the corner") != NULL);
    CHECK(strstr(d.text, "cr\xC3\xA8me br\xC3\xBBl\xC3\xA9" "e") != NULL);
    CHECK(strstr(d.text, "\xEF\xBF\xBD") == NULL);
    CHECK_STR(d.meta.title, "Caf\xC3\xA9");
    qc_doc_reset(&d);
}

static void test_http_page_through_input(void)
{
    char url[128];
    snprintf(url, sizeof url, "http://127.0.0.1:%d/redir/2", g_port);
    qc_doc d;
    qc_doc_init(&d, NULL);
    CHECK_INT(qc_input_load(&d, url), QC_OK);
    CHECK_INT(qc_html(&d), QC_OK);
    CHECK(strncmp(d.text, "The harbour bells rang", 22) == 0);
    CHECK(strstr(d.text, "Contact us") == NULL);
    CHECK(strstr(d.text, "World") == NULL);
    CHECK_STR(d.meta.title, "Harbour Bells");
    CHECK_STR(d.meta.source, "127.0.0.1");
    qc_doc_reset(&d);
}

int main(void)
{
    RUN(test_is_url);
    RUN(test_bad_urls);
    if (!server_start()) {
        fprintf(stderr, "  cannot start tests/http_server.py (python3 needed)\n");
        server_stop();
        check_failed++;
        return check_summary();
    }
    RUN(test_ok_html);
    RUN(test_plain_text);
    RUN(test_user_agent);
    RUN(test_redirect_chain);
    RUN(test_redirect_loop);
    RUN(test_http_404);
    RUN(test_oversize);
    RUN(test_timeout);
    RUN(test_content_type);
    RUN(test_gzip);
    RUN(test_no_other_schemes_on_redirect);
    RUN(test_connection_refused);
    RUN(test_latin1_page_through_input);
    RUN(test_http_page_through_input);
    server_stop();
    qc_fetch_global_cleanup();
    return check_summary();
}
