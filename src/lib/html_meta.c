/* html_meta.c: page metadata (JSON-LD, OpenGraph, <meta>, <title>) for the html stage. */
#include "html_meta.h"

#include <jansson.h>
#include <string.h>
#include <strings.h>

char *qc_html_squash(qc_arena *a, const char *s, size_t n)
{
    char *out = qc_arena_alloc(a, n + 1);
    if (!out) return NULL;
    size_t o = 0;
    bool space = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) { ws = true; i++; }
        if (ws) { space = o > 0; continue; }
        if (space) out[o++] = ' ';
        space = false;
        out[o++] = (char)c;
    }
    out[o] = '\0';
    return out;
}

/* Concatenated text of a node's text children (one level, as in <title>). */
static char *node_text(qc_arena *a, xmlNode *n)
{
    xmlChar *t = xmlNodeGetContent(n);
    if (!t) return NULL;
    char *s = qc_html_squash(a, (const char *)t, strlen((const char *)t));
    xmlFree(t);
    return s && *s ? s : NULL;
}

static const char *attr(xmlNode *n, const char *name)
{
    for (xmlAttr *p = n->properties; p; p = p->next)
        if (p->name && strcasecmp((const char *)p->name, name) == 0 && p->children &&
            p->children->type == XML_TEXT_NODE)
            return (const char *)p->children->content;
    return NULL;
}

/* A JSON string, or NULL. */
static const char *jstr(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* The name of a person/organisation value: "x", {"name":"x"}, or an array of those. */
static void jnames(json_t *v, qc_buf *out)
{
    if (json_is_array(v)) {
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e) jnames(e, out);
        return;
    }
    const char *s = json_is_string(v) ? json_string_value(v)
                    : json_is_object(v) ? jstr(v, "name") : NULL;
    if (!s || !*s) return;
    if (out->len) qc_buf_puts(out, ", ");
    qc_buf_puts(out, s);
}

static bool is_article_type(json_t *o)
{
    json_t *t = json_object_get(o, "@type");
    size_t i = 0;
    json_t *e = t;
    do {
        if (json_is_array(t)) e = json_array_get(t, i);
        const char *s = json_is_string(e) ? json_string_value(e) : NULL;
        if (s && (strstr(s, "Article") || strcmp(s, "BlogPosting") == 0 ||
                  strcmp(s, "Report") == 0 || strcmp(s, "LiveBlogPosting") == 0))
            return true;
        i++;
    } while (json_is_array(t) && i < json_array_size(t));
    return false;
}

/* Depth-first search for the first object of an article type. */
static json_t *find_article(json_t *v, int depth)
{
    if (depth > 8) return NULL;
    if (json_is_array(v)) {
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e) {
            json_t *r = find_article(e, depth + 1);
            if (r) return r;
        }
        return NULL;
    }
    if (!json_is_object(v)) return NULL;
    if (is_article_type(v)) return v;
    json_t *g = json_object_get(v, "@graph");
    if (g) return find_article(g, depth + 1);
    json_t *me = json_object_get(v, "mainEntity");
    if (me) return find_article(me, depth + 1);
    return NULL;
}

static char *adup(qc_doc *doc, const char *s)
{
    if (!s) return NULL;
    char *r = qc_html_squash(doc->arena, s, strlen(s));
    return r && *r ? r : NULL;
}

static void read_jsonld(qc_doc *doc, const char *txt, qc_html_meta *m)
{
    json_error_t err;
    json_t *root = json_loads(txt, JSON_DECODE_ANY, &err);
    if (!root) return;
    json_t *art = find_article(root, 0);
    if (art) {
        if (!m->title) m->title = adup(doc, jstr(art, "headline"));
        if (!m->date) m->date = adup(doc, jstr(art, "datePublished"));
        if (!m->byline) {
            qc_buf b;
            qc_buf_init(&b, 4096);
            jnames(json_object_get(art, "author"), &b);
            if (b.len) m->byline = adup(doc, b.data);
            qc_buf_free(&b);
        }
        if (!m->source) {
            json_t *p = json_object_get(art, "publisher");
            if (json_is_object(p)) m->source = adup(doc, jstr(p, "name"));
        }
        const char *body = jstr(art, "articleBody");
        if (!m->body && body && strlen(body) > 0) {
            /* Keep the line structure: trim only. */
            size_t n = strlen(body);
            while (n && (body[n - 1] == ' ' || body[n - 1] == '\n' || body[n - 1] == '\r' || body[n - 1] == '\t')) n--;
            while (n && (*body == ' ' || *body == '\n' || *body == '\r' || *body == '\t')) { body++; n--; }
            if (n) m->body = qc_arena_strndup(doc->arena, body, n);
        }
    }
    json_decref(root);
}

/* The host of an http(s) URL, without "www.". */
static const char *url_host(qc_doc *doc, const char *url)
{
    if (!url) return NULL;
    const char *p = strstr(url, "://");
    if (!p || (strncasecmp(url, "http", 4) != 0)) return NULL;
    p += 3;
    const char *e = p;
    while (*e && *e != '/' && *e != ':' && *e != '?' && *e != '#') e++;
    if (e - p > 4 && strncasecmp(p, "www.", 4) == 0) p += 4;
    return e > p ? qc_arena_strndup(doc->arena, p, (size_t)(e - p)) : NULL;
}

/* "Headline | Site" or "Headline - Site": drop the site part. */
static const char *strip_site(qc_doc *doc, const char *t, const char *site)
{
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xBB "};
    const char *best = NULL;
    for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
        const char *p = t, *q;
        while ((q = strstr(p, seps[k]))) { if (!best || q > best) best = q; p = q + 1; }
    }
    if (!best || best == t) return t;
    size_t head = (size_t)(best - t);
    const char *tail = strchr(best + 1, ' ') + 1;
    /* Strip when the tail names the site, or is short next to the headline. */
    if ((site && strcasecmp(tail, site) == 0) || (strlen(tail) < 40 && head >= strlen(tail)))
        return qc_arena_strndup(doc->arena, t, head);
    return t;
}

typedef struct metas {
    const char *og_title, *og_site, *author, *pub, *date, *time_dt;
    const char *title;
} metas;

static void scan(qc_doc *doc, xmlNode *n, metas *ms, qc_html_meta *m, int depth)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE || !n->name) continue;
        const char *name = (const char *)n->name;
        if (strcmp(name, "meta") == 0) {
            const char *k = attr(n, "property");
            if (!k) k = attr(n, "name");
            if (!k) k = attr(n, "itemprop");
            const char *v = attr(n, "content");
            if (k && v && *v) {
                if (!ms->og_title && strcasecmp(k, "og:title") == 0) ms->og_title = v;
                else if (!ms->og_site && strcasecmp(k, "og:site_name") == 0) ms->og_site = v;
                else if (!ms->author && (strcasecmp(k, "author") == 0 || strcasecmp(k, "article:author") == 0 ||
                                         strcasecmp(k, "byl") == 0 || strcasecmp(k, "dc.creator") == 0) &&
                         strncasecmp(v, "http", 4) != 0)
                    ms->author = v;
                else if (!ms->pub && (strcasecmp(k, "article:published_time") == 0 ||
                                      strcasecmp(k, "datePublished") == 0))
                    ms->pub = v;
                else if (!ms->date && (strcasecmp(k, "date") == 0 || strcasecmp(k, "pubdate") == 0 ||
                                       strcasecmp(k, "publishdate") == 0 || strcasecmp(k, "dc.date") == 0 ||
                                       strcasecmp(k, "dc.date.issued") == 0))
                    ms->date = v;
            }
            continue;
        }
        if (strcmp(name, "title") == 0) {
            if (!ms->title) ms->title = node_text(doc->arena, n);
            continue;
        }
        if (strcmp(name, "script") == 0) {
            const char *t = attr(n, "type");
            if (t && strcasecmp(t, "application/ld+json") == 0 && n->children) {
                xmlChar *c = xmlNodeGetContent(n);
                if (c) { read_jsonld(doc, (const char *)c, m); xmlFree(c); }
            }
            continue;
        }
        if (strcmp(name, "svg") == 0 || strcmp(name, "style") == 0) continue;
        if (!ms->time_dt && strcmp(name, "time") == 0) ms->time_dt = attr(n, "datetime");
        if (n->children && depth < 200) scan(doc, n->children, ms, m, depth + 1);
    }
}

void qc_html_meta_read(qc_doc *doc, xmlDoc *x, const char *url, qc_html_meta *m)
{
    memset(m, 0, sizeof *m);
    metas ms = {0};
    scan(doc, xmlDocGetRootElement(x), &ms, m, 0);
    if (!m->source) m->source = adup(doc, ms.og_site);
    if (!m->source) m->source = url_host(doc, url);
    m->page_title = ms.title;
    if (!m->title) m->title = adup(doc, ms.og_title);
    if (!m->title && ms.title) m->title = strip_site(doc, ms.title, m->source);
    if (!m->byline) m->byline = adup(doc, ms.author);
    if (!m->date) m->date = adup(doc, ms.pub);
    if (!m->date) m->date = adup(doc, ms.date);
    if (!m->date) m->date = adup(doc, ms.time_dt);
}
