/* html.c: extract the article body and metadata from an HTML page (libxml2). */
#include "html.h"

#include <errno.h>
#ifdef QC_HTML_DEBUG
#include <stdio.h>
#endif
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include "html_meta.h"
#include "text.h"

/* ---- tags ---------------------------------------------------------------- */

enum {
    T_INLINE = 1 << 0,  /* phrasing content: text flows through it */
    T_JUNK = 1 << 1,    /* never article text: skip the subtree */
    T_BREAK = 1 << 2,   /* ends the current line (br, hr) */
    T_HEAD = 1 << 3,    /* h1..h6 */
    T_LIST = 1 << 4,    /* li, dt, dd */
    T_CELL = 1 << 5,    /* td, th */
    T_PARA = 1 << 6,    /* p */
    T_PRE = 1 << 7,     /* pre */
    T_QUOTE = 1 << 8,   /* blockquote */
    T_NOISE = 1 << 9,   /* nav, aside, footer, header, form, figure: skip unless large */
    T_LINK = 1 << 10,   /* a */
    T_SEM = 1 << 11,    /* article, main */
    T_BLOCK = 1 << 12,  /* a plain block container (div, section, ul, table, ...) */
};

typedef struct tagdef { const char *name; unsigned flags; } tagdef;

/* Sorted by name for bsearch. */
static const tagdef TAGS[] = {
    {"a", T_INLINE | T_LINK}, {"abbr", T_INLINE}, {"acronym", T_INLINE}, {"address", T_BLOCK},
    {"applet", T_JUNK}, {"area", T_JUNK}, {"article", T_SEM}, {"aside", T_NOISE}, {"audio", T_JUNK},
    {"b", T_INLINE}, {"base", T_JUNK}, {"bdi", T_INLINE}, {"bdo", T_INLINE}, {"big", T_INLINE},
    {"blockquote", T_QUOTE}, {"body", T_BLOCK}, {"br", T_BREAK}, {"button", T_JUNK},
    {"canvas", T_JUNK}, {"caption", T_BLOCK}, {"center", T_BLOCK}, {"cite", T_INLINE},
    {"code", T_INLINE}, {"col", T_BLOCK}, {"colgroup", T_BLOCK}, {"data", T_INLINE},
    {"datalist", T_JUNK}, {"dd", T_LIST}, {"del", T_INLINE}, {"details", T_BLOCK},
    {"dfn", T_INLINE}, {"dialog", T_JUNK}, {"dir", T_BLOCK}, {"div", T_BLOCK}, {"dl", T_BLOCK},
    {"dt", T_LIST}, {"em", T_INLINE}, {"embed", T_JUNK}, {"fieldset", T_BLOCK},
    {"figcaption", T_JUNK}, {"figure", T_NOISE}, {"font", T_INLINE}, {"footer", T_NOISE},
    {"form", T_NOISE}, {"frame", T_JUNK}, {"frameset", T_JUNK}, {"h1", T_HEAD}, {"h2", T_HEAD},
    {"h3", T_HEAD}, {"h4", T_HEAD}, {"h5", T_HEAD}, {"h6", T_HEAD}, {"head", T_JUNK},
    {"header", T_NOISE}, {"hgroup", T_BLOCK}, {"hr", T_BREAK}, {"html", T_BLOCK}, {"i", T_INLINE},
    {"iframe", T_JUNK}, {"img", T_JUNK}, {"input", T_JUNK}, {"ins", T_INLINE}, {"kbd", T_INLINE},
    {"label", T_JUNK}, {"legend", T_BLOCK}, {"li", T_LIST}, {"link", T_JUNK}, {"listing", T_BLOCK},
    {"main", T_SEM}, {"map", T_JUNK}, {"mark", T_INLINE}, {"math", T_JUNK}, {"menu", T_JUNK},
    {"meta", T_JUNK}, {"meter", T_JUNK}, {"nav", T_NOISE}, {"nobr", T_INLINE},
    {"noframes", T_BLOCK}, {"noscript", T_JUNK}, {"object", T_JUNK}, {"ol", T_BLOCK},
    {"optgroup", T_JUNK}, {"option", T_JUNK}, {"output", T_JUNK}, {"p", T_PARA}, {"param", T_JUNK},
    {"picture", T_JUNK}, {"plaintext", T_BLOCK}, {"pre", T_PRE}, {"progress", T_JUNK},
    {"q", T_INLINE}, {"rp", T_JUNK}, {"rt", T_JUNK}, {"ruby", T_INLINE}, {"s", T_INLINE},
    {"samp", T_INLINE}, {"script", T_JUNK}, {"section", T_BLOCK}, {"select", T_JUNK},
    {"small", T_INLINE}, {"source", T_JUNK}, {"span", T_INLINE}, {"strike", T_INLINE},
    {"strong", T_INLINE}, {"style", T_JUNK}, {"sub", T_INLINE}, {"summary", T_BLOCK},
    {"sup", T_INLINE}, {"svg", T_JUNK}, {"table", T_BLOCK}, {"tbody", T_BLOCK}, {"td", T_CELL},
    {"template", T_JUNK}, {"textarea", T_JUNK}, {"tfoot", T_BLOCK}, {"th", T_CELL},
    {"thead", T_BLOCK}, {"time", T_INLINE}, {"title", T_JUNK}, {"tr", T_BLOCK}, {"track", T_JUNK},
    {"tt", T_INLINE}, {"u", T_INLINE}, {"ul", T_BLOCK}, {"var", T_INLINE}, {"video", T_JUNK},
    {"wbr", T_INLINE}, {"xmp", T_BLOCK},
};

static int tagcmp(const void *k, const void *e)
{
    return strcmp(k, ((const tagdef *)e)->name);
}

static unsigned tag_flags(const xmlNode *n)
{
    const tagdef *d = bsearch(n->name, TAGS, sizeof TAGS / sizeof *TAGS, sizeof *TAGS, tagcmp);
    /* Unknown and custom elements are inline, as in a browser's default style. */
    return d ? d->flags : T_INLINE;
}

/* ---- per-node facts, hung on node->_private ------------------------------ */

enum {
    N_SKIP = 1 << 0,     /* the subtree is never article text */
    N_SCORED = 1 << 1,   /* a Readability-style candidate with a score */
    N_NEG = 1 << 2,      /* class/id say boilerplate */
    N_POS = 1 << 3,      /* class/id say content */
    N_UNLIKELY = 1 << 4, /* class/id/role say furniture (strip on the first try) */
    N_BYLINE = 1 << 5,   /* class/id say byline or dateline */
    N_BODYHINT = 1 << 6, /* itemprop=articleBody or similar */
    N_CHECKED = 1 << 7,  /* drop_inner computed */
    N_DROP = 1 << 8,     /* drop_inner result */
    N_HASBLOCK = 1 << 9, /* has block-level element children */
    N_PSCORED = 1 << 10, /* its own text was scored */
    N_CORE = 1 << 11,    /* the best candidate or one of its ancestors: never dropped */
    N_ROOT = 1 << 12,    /* the container or a sibling taken with it */
    N_HEADLINE = 1 << 13,/* holds the page's headline */
    N_CAPTION = 1 << 14, /* class/id say caption or credit */
};

typedef struct nfo {
    unsigned tag;        /* tag flags */
    unsigned flags;
    unsigned text;       /* visible characters below (junk excluded) */
    unsigned link;       /* of which inside links */
    unsigned ptext;      /* characters in paragraph-like blocks below */
    unsigned commas;
    unsigned direct, dcommas; /* characters and commas of its own text (not in child blocks) */
    unsigned articles;   /* <article> elements strictly below */
    int weight;          /* class weight */
    double score;
} nfo;

#define NF(n) ((nfo *)(n)->_private)

/* ---- class / id hints ---------------------------------------------------- */

static const char *const UNLIKELY[] = {
    "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap",
    "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
    "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
    "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "newsletter",
    "cookie", "consent", "subscribe", "signup", "outbrain", "taboola", "recirc",
    "most-popular", "mostpopular", "most-read", "trending", "share", "sharing", "toolbar",
};
static const char *const MAYBE[] = {"and", "article", "body", "column", "content", "main", "shadow"};
static const char *const NEGATIVE[] = {
    "-ad-", "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr",
    "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
    "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "newsletter",
    "recommend", "taboola", "caption", "credit", "byline", "author", "signup", "subscribe",
    "advert", "social", "popular", "trending", "recirc", "teaser", "nav", "breadcrumb",
};
static const char *const POSITIVE[] = {
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post",
    "text", "blog", "story", "prose", "paragraph",
};
static const char *const HIDDEN[] = {
    "hidden", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
    "screenreader", "d-none", "offscreen", "element-invisible", "is-hidden", "u-hidden",
};

static bool any_sub(const char *s, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strstr(s, list[i])) return true;
    return false;
}

/* Exact token match in a space-separated list. */
static bool any_token(const char *s, const char *const *list, size_t n)
{
    while (*s) {
        while (*s == ' ') s++;
        const char *e = s;
        while (*e && *e != ' ') e++;
        for (size_t i = 0; i < n; i++)
            if ((size_t)(e - s) == strlen(list[i]) && memcmp(s, list[i], (size_t)(e - s)) == 0) return true;
        s = e;
    }
    return false;
}

#define COUNT(a) (sizeof a / sizeof *a)

static const char *attr(const xmlNode *n, const char *name)
{
    for (xmlAttr *p = n->properties; p; p = p->next)
        if (p->name && strcmp((const char *)p->name, name) == 0 && p->children &&
            p->children->type == XML_TEXT_NODE)
            return (const char *)p->children->content;
    return NULL;
}

/* Lower-cased "class id" of a node into buf. */
static void class_id(const xmlNode *n, char *buf, size_t cap)
{
    size_t o = 0;
    const char *parts[2] = {attr(n, "class"), attr(n, "id")};
    for (int k = 0; k < 2; k++) {
        if (!parts[k]) continue;
        if (o && o + 1 < cap) buf[o++] = ' ';
        for (const char *p = parts[k]; *p && o + 1 < cap; p++) {
            char c = *p;
            if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
            if (c == '\t' || c == '\n' || c == '\r') c = ' ';
            buf[o++] = c;
        }
    }
    buf[o] = '\0';
}

static bool ieq(const char *a, const char *b) { return a && strcasecmp(a, b) == 0; }

/* Classify a node from its attributes: flags N_NEG/N_POS/N_UNLIKELY/N_BYLINE/N_SKIP. */
static void classify(xmlNode *n, nfo *f)
{
    char ci[320];
    class_id(n, ci, sizeof ci);
    if (xmlHasProp(n, (const xmlChar *)"hidden") || ieq(attr(n, "aria-hidden"), "true")) f->flags |= N_SKIP;
    const char *st = attr(n, "style");
    if (st) {
        char s[160];
        size_t o = 0;
        for (const char *p = st; *p && o + 1 < sizeof s; p++)
            if (*p != ' ') s[o++] = (char)((*p >= 'A' && *p <= 'Z') ? *p - 'A' + 'a' : *p);
        s[o] = '\0';
        if (strstr(s, "display:none") || strstr(s, "visibility:hidden")) f->flags |= N_SKIP;
    }
    const char *role = attr(n, "role");
    if (role && (ieq(role, "navigation") || ieq(role, "complementary") || ieq(role, "menu") ||
                 ieq(role, "menubar") || ieq(role, "dialog") || ieq(role, "alertdialog") ||
                 ieq(role, "banner") || ieq(role, "contentinfo") || ieq(role, "search")))
        f->flags |= N_UNLIKELY;
    const char *ip = attr(n, "itemprop");
    if (ip && (strstr(ip, "articleBody") || strstr(ip, "articlebody") || strstr(ip, "reviewBody")))
        f->flags |= N_BODYHINT;
    const char *rel = attr(n, "rel");
    if ((rel && ieq(rel, "author")) || (ip && strstr(ip, "author"))) f->flags |= N_BYLINE;
    if (!ci[0]) return;
    if (any_token(ci, HIDDEN, COUNT(HIDDEN))) f->flags |= N_SKIP;
    if (any_sub(ci, UNLIKELY, COUNT(UNLIKELY)) && !any_sub(ci, MAYBE, COUNT(MAYBE)))
        f->flags |= N_UNLIKELY;
    if (strstr(ci, "byline") || strstr(ci, "dateline") || strstr(ci, "writtenby") ||
        strstr(ci, "p-author") || strstr(ci, "author"))
        f->flags |= N_BYLINE;
    if (strstr(ci, "articlebody") || strstr(ci, "article-body") || strstr(ci, "article__body") ||
        strstr(ci, "story-body") || strstr(ci, "entry-content") || strstr(ci, "post-content") ||
        strstr(ci, "article-content") || strstr(ci, "story-content"))
        f->flags |= N_BODYHINT;
    if (strstr(ci, "caption") || strstr(ci, "credit")) f->flags |= N_CAPTION;
    if (any_sub(ci, NEGATIVE, COUNT(NEGATIVE))) { f->weight -= 25; f->flags |= N_NEG; }
    if (any_sub(ci, POSITIVE, COUNT(POSITIVE))) { f->weight += 25; f->flags |= N_POS; }
}

/* ---- the extractor ------------------------------------------------------- */

enum { K_P, K_HEAD, K_LI, K_CELL, K_PRE, K_QUOTE, K_OTHER };

typedef struct block {
    xmlNode *owner;      /* nearest block-level element holding the text */
    size_t off, len;     /* text in ex->txt */
    unsigned chars, link, commas;
    unsigned char kind, level;
} block;

typedef struct ex {
    qc_doc *doc;
    qc_buf txt;          /* all block texts, back to back */
    block *b; size_t nb, cap;
    bool open;           /* a block is being filled */
    bool space;          /* a space is pending */
    bool soft;           /* a link edge: a space if letters meet across it */
    block cur;
    bool strip_unlikely; /* first try: drop class/id furniture */
    qc_status err;
} ex;

static unsigned char kind_of(const xmlNode *owner, unsigned char *level)
{
    unsigned t = NF(owner) ? NF(owner)->tag : 0;
    *level = 0;
    if (t & T_PARA) return K_P;
    if (t & T_HEAD) { *level = (unsigned char)(owner->name[1] - '0'); return K_HEAD; }
    if (t & T_LIST) return K_LI;
    if (t & T_CELL) return K_CELL;
    if (t & T_PRE) return K_PRE;
    if (t & T_QUOTE) return K_QUOTE;
    return K_OTHER;
}

static void close_block(ex *e)
{
    if (!e->open) return;
    e->open = false;
    e->space = false;
    block *c = &e->cur;
    c->len = e->txt.len - c->off;
    while (c->len && e->txt.data[c->off + c->len - 1] == ' ') c->len--;
    if (c->chars == 0) { e->txt.len = c->off; if (e->txt.data) e->txt.data[c->off] = '\0'; return; }
    if (QC_PUSH(e->doc->arena, e->b, e->nb, e->cap, *c) != QC_OK) e->err = QC_ERR_NOMEM;
    if (qc_buf_putc(&e->txt, '\0') != QC_OK) e->err = QC_ERR_NOMEM;
}

/* A letter or digit starts at p (any non-ASCII character except CJK
 * punctuation U+3000..U+303F counts as one). */
static bool letter_at(const unsigned char *p)
{
    if (*p < 0x80) return (*p >= '0' && *p <= '9') || ((*p | 32) >= 'a' && (*p | 32) <= 'z');
    return *p >= 0xC0 && !(p[0] == 0xE3 && p[1] == 0x80);
}

/* The character that ends s[0..n) is a letter or digit. */
static bool letter_before(const char *s, size_t n)
{
    size_t i = n;
    while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80) i--;
    return i > 0 && letter_at((const unsigned char *)s + i - 1);
}

static void add_text(ex *e, xmlNode *owner, const char *s, bool in_link)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        unsigned char c = *p;
        bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        if (c == 0xC2 && p[1] == 0xA0) { ws = true; p++; }
        if (ws) { if (e->open) e->space = true; e->soft = false; continue; }
        if (!e->open) {
            e->open = true;
            e->space = false;
            memset(&e->cur, 0, sizeof e->cur);
            e->cur.owner = owner;
            e->cur.off = e->txt.len;
            e->cur.kind = kind_of(owner, &e->cur.level);
        }
        if (e->soft && !e->space && e->open && e->txt.len > e->cur.off && letter_at(p) &&
            letter_before(e->txt.data + e->cur.off, e->txt.len - e->cur.off))
            e->space = true;
        e->soft = false;
        if (e->space) { if (qc_buf_putc(&e->txt, ' ')) e->err = QC_ERR_NOMEM; e->space = false; }
        if (qc_buf_putc(&e->txt, (char)c)) e->err = QC_ERR_NOMEM;
        if ((c & 0xC0) != 0x80) {
            e->cur.chars++;
            if (in_link) e->cur.link++;
            if (c == ',') e->cur.commas++;
        }
    }
}

/* Pass 1: tag and class facts for every element, and what to skip. */
static qc_status annotate(qc_arena *a, xmlNode *n, int depth)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        nfo *f = qc_arena_alloc(a, sizeof *f);
        if (!f) return QC_ERR_NOMEM;
        n->_private = f;
        f->tag = tag_flags(n);
        if (f->tag & T_JUNK) { f->flags |= N_SKIP; continue; }
        classify(n, f);
        if (n->parent && n->parent->_private && !(f->tag & (T_INLINE | T_BREAK)))
            ((nfo *)n->parent->_private)->flags |= N_HASBLOCK;
        if (f->flags & N_SKIP) continue;
        if (depth < 400 && n->children) {
            qc_status s = annotate(a, n->children, depth + 1);
            if (s) return s;
        }
        if (n->parent && n->parent->_private)
            ((nfo *)n->parent->_private)->articles += f->articles + (strcmp((const char *)n->name, "article") == 0);
    }
    return QC_OK;
}

/* Is this element skipped on this try? */
static bool skipped(const ex *e, const xmlNode *n)
{
    const nfo *f = NF(n);
    if (!f || (f->flags & N_SKIP)) return true;
    if (e->strip_unlikely && (f->flags & N_UNLIKELY) && !(f->tag & T_SEM) &&
        !(f->flags & N_BODYHINT) && strcmp((const char *)n->name, "body") != 0)
        return true;
    return false;
}

/* Pass 2: blocks in document order. */
static void walk(ex *e, xmlNode *n, xmlNode *owner, bool in_link, int depth)
{
    for (; n && !e->err; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content) add_text(e, owner, (const char *)n->content, in_link);
            continue;
        }
        if (n->type != XML_ELEMENT_NODE || skipped(e, n)) continue;
        unsigned t = NF(n)->tag;
        if (t & T_BREAK) { close_block(e); continue; }
        if (depth >= 400) continue;
        if (t & T_INLINE) {
            if (NF(n)->flags & N_CAPTION) continue;  /* a credit inside a line */
            /* A link is a word of its own, also in scripts without spaces. */
            if (t & T_LINK) e->soft = true;
            walk(e, n->children, owner, in_link || (t & T_LINK), depth + 1);
            if (t & T_LINK) e->soft = true;
            continue;
        }
        close_block(e);
        walk(e, n->children, n, in_link, depth + 1);
        close_block(e);
    }
}

/* Per-element totals: add every block's counts to its ancestors. */
static void totals(ex *e)
{
    for (size_t i = 0; i < e->nb; i++) {
        block *b = &e->b[i];
        /* Paragraph text: prose blocks with few links, counted up to the
         * first furniture element above them. */
        bool para = (b->kind == K_P || b->kind == K_PRE || b->kind == K_OTHER || b->kind == K_QUOTE) &&
                    b->chars >= 25 && b->link * 4 < b->chars;
        for (xmlNode *n = b->owner; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
            nfo *f = NF(n);
            if (!f) break;
            f->text += b->chars;
            f->link += b->link;
            f->commas += b->commas;
            if (para) f->ptext += b->chars;
            if (!(f->flags & N_BODYHINT) &&
                ((f->tag & T_NOISE) || (f->flags & N_UNLIKELY)))
                para = false;
            if (n == b->owner) {
                f->direct += b->chars;
                f->dcommas += b->commas;
            }
        }
    }
}

static double link_density(const nfo *f)
{
    return f->text ? (double)f->link / f->text : 0;
}

static void init_score(xmlNode *n)
{
    nfo *f = NF(n);
    if (f->flags & N_SCORED) return;
    f->flags |= N_SCORED;
    const char *name = (const char *)n->name;
    double s = 0;
    if (strcmp(name, "div") == 0) s = 5;
    else if (strcmp(name, "pre") == 0 || strcmp(name, "td") == 0 || strcmp(name, "blockquote") == 0) s = 3;
    else if (strcmp(name, "address") == 0 || strcmp(name, "ol") == 0 || strcmp(name, "ul") == 0 ||
             strcmp(name, "dl") == 0 || strcmp(name, "dd") == 0 || strcmp(name, "dt") == 0 ||
             strcmp(name, "li") == 0 || strcmp(name, "form") == 0)
        s = -3;
    else if ((f->tag & T_HEAD) || strcmp(name, "th") == 0) s = -5;
    if (f->tag & T_SEM) s += 10;
    if (f->flags & N_BODYHINT) s += 25;
    f->score = s + f->weight;
}

/* Readability-style scoring of containers; returns the best one. */
static bool title_like(const char *h, const char *t);

/* Marks the ancestors of the headline: the first <h1> that repeats the
 * title, else the only <h1>. */
static void mark_headline(ex *e, const qc_html_meta *m)
{
    const block *h = NULL;
    size_t h1s = 0;
    for (size_t i = 0; i < e->nb; i++) {
        const block *b = &e->b[i];
        if (b->kind != K_HEAD || b->level != 1) continue;
        h1s++;
        const char *s = e->txt.data + b->off;
        if (!h && (title_like(s, m->title) || title_like(s, m->page_title))) h = b;
    }
    if (!h && h1s == 1)
        for (size_t i = 0; i < e->nb && !h; i++)
            if (e->b[i].kind == K_HEAD && e->b[i].level == 1) h = &e->b[i];
    if (!h) return;
    for (xmlNode *n = h->owner; n && n->type == XML_ELEMENT_NODE && NF(n); n = n->parent) NF(n)->flags |= N_HEADLINE;
}

static xmlNode *best_container(ex *e, xmlNode *body)
{
    for (size_t i = 0; i < e->nb; i++) {
        block *b = &e->b[i];
        if (b->kind == K_HEAD || b->kind == K_LI) continue;
        /* An owner scores once, with all its own text (a <br> may split it). */
        nfo *of = NF(b->owner);
        if (of->flags & N_PSCORED) continue;
        of->flags |= N_PSCORED;
        unsigned chars = of->direct, commas = of->dcommas;
        if (chars < 25) continue;
        double s = 1 + commas + (chars / 100 < 3 ? chars / 100 : 3);
        /* Text loose in a container (beside child blocks) scores the container itself. */
        xmlNode *n = b->kind == K_OTHER && (of->flags & N_HASBLOCK) ? b->owner : b->owner->parent;
        for (int level = 0; n && n->type == XML_ELEMENT_NODE && level < 5; level++, n = n->parent) {
            if (!NF(n)) break;
            init_score(n);
            NF(n)->score += level == 0 ? s : level == 1 ? s / 2 : s / (level * 3);
        }
    }
    xmlNode *top = NULL;
    double best = 0;
    /* Walk all scored nodes: they are ancestors of blocks. */
    for (size_t i = 0; i < e->nb; i++) {
        xmlNode *n = e->b[i].owner;
        for (int level = 0; n && n->type == XML_ELEMENT_NODE && level < 6; level++, n = n->parent) {
            nfo *f = NF(n);
            if (!f || !(f->flags & N_SCORED)) continue;
            double fs = f->score * (1 - link_density(f));
            if (f->articles >= 2) fs *= 0.3;  /* a list of stories, not one */
            if (f->flags & N_HEADLINE) fs *= 1.3;  /* the story under its headline */
#ifdef QC_HTML_DEBUG
            if (fs > 20 && !(f->flags & N_CHECKED)) {
                f->flags |= N_CHECKED;
                fprintf(stderr, "cand %s.%s score %.1f ld %.2f text %u ptext %u\n", n->name,
                        attr(n, "class") ? attr(n, "class") : "", fs, link_density(f), f->text, f->ptext);
            }
#endif
            if (!top || fs > best) { best = fs; top = n; }
        }
    }
    if (!top) return body;
    for (xmlNode *n = top; n && n->type == XML_ELEMENT_NODE && NF(n); n = n->parent) NF(n)->flags |= N_CORE;
    /* The page's own article-body container, a few levels up, when it is
     * not much more than the top and not link-heavy. */
    xmlNode *p = top->parent;
    for (int level = 0; p && p->type == XML_ELEMENT_NODE && NF(p) && level < 6; level++, p = p->parent) {
        nfo *pf = NF(p), *tf = NF(top);
        if (!(pf->flags & N_BODYHINT)) continue;
        if (pf->ptext <= tf->ptext * 3 && link_density(pf) < 0.3) top = p;
        break;
    }
#ifdef QC_HTML_DEBUG
    for (size_t i = 0; i < e->nb; i++)
        for (xmlNode *n = e->b[i].owner; n && n->type == XML_ELEMENT_NODE; n = n->parent) NF(n)->flags &= ~(unsigned)N_CHECKED;
    fprintf(stderr, "top %s class=%s id=%s score %.1f\n", top->name, attr(top, "class") ? attr(top, "class") : "",
            attr(top, "id") ? attr(top, "id") : "", NF(top)->score);
#endif
    return top;
}

/* Inside the chosen container: drop a nested furniture element? */
static bool drop_inner(xmlNode *n)
{
    nfo *f = NF(n);
    if (f->flags & N_CHECKED) return f->flags & N_DROP;
    f->flags |= N_CHECKED;
    if (f->flags & N_CORE) return false;
    bool drop = false;
    const char *name = (const char *)n->name;
    if (f->flags & N_BODYHINT) drop = false;
    else if (f->tag & T_NOISE) drop = f->ptext < 400 || link_density(f) > 0.3;
    else if (f->weight < 0 && !(f->flags & N_POS)) drop = f->ptext < 1000 || link_density(f) > 0.3;
    else if (f->flags & N_UNLIKELY) drop = f->ptext < 1000 || link_density(f) > 0.3;
    else if ((f->flags & N_BYLINE) && f->text < 120) drop = true;
    else if ((f->flags & N_CAPTION) && f->text < 300) drop = true;
    else if (strcmp(name, "ul") == 0 || strcmp(name, "ol") == 0 || strcmp(name, "div") == 0 ||
             strcmp(name, "section") == 0 || strcmp(name, "table") == 0) {
        double ld = link_density(f);
        if (f->commas < 10) drop = (f->weight < 25 && ld > 0.33) || (f->weight >= 25 && ld > 0.5);
    }
    if (drop) f->flags |= N_DROP;
    return drop;
}

static bool word_byte(char c)
{
    unsigned char u = (unsigned char)c;
    return (u >= '0' && u <= '9') || ((u | 32) >= 'a' && (u | 32) <= 'z') || u >= 0x80;
}

/* Case-insensitive substring search in s[0..len). */
static bool has_ci(const char *s, size_t len, const char *lit)
{
    size_t m = strlen(lit);
    for (size_t i = 0; i + m <= len; i++)
        if (strncasecmp(s + i, lit, m) == 0) return true;
    return false;
}

/* Case-sensitive substring search in s[0..len). */
static bool has_cs(const char *s, size_t len, const char *lit)
{
    size_t m = strlen(lit);
    for (size_t i = 0; i + m <= len; i++)
        if (memcmp(s + i, lit, m) == 0) return true;
    return false;
}

static bool starts_ci(const char *s, size_t len, const char *lit)
{
    size_t m = strlen(lit);
    return len >= m && strncasecmp(s, lit, m) == 0;
}

/* Words that make up datelines: "Updated 3:27 am PST Wednesday November 20, 2019". */
static bool date_word(const char *w, size_t n)
{
    static const char *const words[] = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "am", "pm", "a", "p", "m",
        "utc", "gmt", "est", "edt", "cst", "cdt", "pst", "pdt", "mst", "mdt", "bst", "cet", "cest",
        "et", "pt", "updated", "published", "posted", "last", "on", "at", "by", "and", "ago",
        "hours", "hour", "minutes", "min", "mins", "days", "day", "yesterday", "today",
    };
    bool digits = true;
    for (size_t i = 0; i < n; i++) digits &= w[i] >= '0' && w[i] <= '9';
    if (digits) return true;
    for (size_t i = 0; i < COUNT(words); i++)
        if (strlen(words[i]) == n && strncasecmp(w, words[i], n) == 0) return true;
    return false;
}

/* A short line that is mostly a date, a time or a byline around them. */
static bool dateline(const char *s, size_t len)
{
    if (len > 100) return false;
    size_t words = 0, datey = 0, digits = 0, strong = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && !word_byte(s[i])) i++;
        size_t j = i;
        while (j < len && word_byte(s[j])) j++;
        if (j > i) {
            words++;
            if (date_word(s + i, j - i)) {
                datey++;
                strong += (s[i] < '0' || s[i] > '9') && j - i > 2 && strncasecmp(s + i, "and", 3) &&
                          strncasecmp(s + i, "day", 3) && strncasecmp(s + i, "min", 3);
            }
            if (s[i] >= '0' && s[i] <= '9') digits++;
        }
        i = j;
    }
    return words && digits && strong && datey * 4 >= words * 3;
}

/* Page furniture that sits inside article containers: promotions, credits,
 * share and follow prompts, datelines. */
static bool boiler_line(const char *s, size_t len)
{
    static const char *const starts[] = {
        "advertisement", "sponsored", "read more", "read also", "related:", "related articles",
        "related stories", "see also", "share this", "share on", "click here", "sign up",
        "subscribe", "follow us", "copyright", "\xC2\xA9", "all rights reserved", "loading",
        "image:", "photo:", "image source", "getty images", "skip to", "continue reading",
        "more:", "watch:", "listen to", "you may also like", "recommended", "text size",
    };
    /* Advertisement labels, as a whole line, in a few languages. */
    static const char *const ads[] = {
        "ad", "ads", "advert", "advertisement", "anzeige", "werbung", "publicidad", "publicidade",
        "publicit\xC3\xA9", "pubblicit\xC3\xA0", "reklama", "\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0",
        "sponsored content", "paid content", "promoted",
    };
    size_t n = len;
    while (n && !word_byte(s[n - 1])) n--;
    for (size_t i = 0; i < COUNT(ads); i++)
        if (n == strlen(ads[i]) && strncasecmp(s, ads[i], n) == 0) return true;
    if (len <= 80)
        for (size_t i = 0; i < COUNT(starts); i++)
            if (starts_ci(s, len, starts[i])) return true;
    if (dateline(s, len)) return true;
    /* "By Jane Doe" and "By Jane Doe, Reuters" */
    if (len < 60 && starts_ci(s, len, "by ") && s[3] >= 'A' && s[3] <= 'Z' && !memchr(s, '.', len)) return true;
    if (len < 300) {
        if (starts_ci(s, len, "photo: ") || starts_ci(s, len, "image: ") ||
            starts_ci(s, len, "reporting by ") || starts_ci(s, len, "writing by ") ||
            starts_ci(s, len, "editing by ") || starts_ci(s, len, "additional reporting by ") ||
            has_ci(s, len, "contributed to this report") || has_ci(s, len, "contributed reporting") ||
            has_ci(s, len, "newsletter") || has_ci(s, len, "delivered to your inbox"))
            return true;
        if (starts_ci(s, len, "follow ") &&
            (has_ci(s, len, "twitter") || has_ci(s, len, "facebook") || has_ci(s, len, "instagram")))
            return true;
    }
    /* Photo captions and credits that escaped their <figure>. */
    if (len < 400 && (has_ci(s, len, "credit:") || has_ci(s, len, "image credit") ||
                      has_ci(s, len, "photo credit") || has_ci(s, len, "(ap photo") ||
                      has_ci(s, len, "(photo:") || has_ci(s, len, "getty images)") ||
                      starts_ci(s, len, "photo by ") || starts_ci(s, len, "photograph:") ||
                      has_cs(s, len, "REUTERS/")))
        return true;
    /* "Image 1 of 5" and other gallery counters. */
    if (len < 40 && has_ci(s, len, " of ") && (starts_ci(s, len, "image ") || starts_ci(s, len, "photo ") ||
                                              starts_ci(s, len, "slide ")))
        return true;
    return false;
}

/* Compare two strings ignoring case, white space and punctuation. */
static bool same_words(const char *a, const char *b)
{
    if (!a || !b) return false;
    for (;;) {
        while (*a && !word_byte(*a)) a++;
        while (*b && !word_byte(*b)) b++;
        if (!*a || !*b) return !*a && !*b;
        char ca = *a >= 'A' && *a <= 'Z' ? (char)(*a | 32) : *a;
        char cb = *b >= 'A' && *b <= 'Z' ? (char)(*b | 32) : *b;
        if (ca != cb) return false;
        a++, b++;
    }
}

/* Does the heading `h` repeat the title `t` (all of it, or its start)? */
static bool title_like(const char *h, const char *t)
{
    if (!h || !t) return false;
    if (same_words(h, t)) return true;
    size_t n = 0;
    const char *a = h, *b = t;
    for (;;) {
        while (*a && !word_byte(*a)) a++;
        while (*b && !word_byte(*b)) b++;
        if (!*a) {
            /* A prefix of the title: long enough, ending at a word edge. */
            size_t rest = 0;
            for (const char *q = b; *q; q++) rest += word_byte(*q);
            return n >= 12 && n >= rest && !word_byte(*b);
        }
        if (!*b) return false;
        char ca = *a >= 'A' && *a <= 'Z' ? (char)(*a | 32) : *a;
        char cb = *b >= 'A' && *b <= 'Z' ? (char)(*b | 32) : *b;
        if (ca != cb) return false;
        a++, b++, n++;
    }
}

static bool is_noise(const nfo *f)
{
    return !(f->flags & N_BODYHINT) &&
           ((f->tag & T_NOISE) || (f->flags & N_UNLIKELY) || ((f->flags & N_NEG) && !(f->flags & N_POS)));
}

/* Does the sibling `s` of the container (found `level` levels up) continue the article? */
static bool sibling_ok(const ex *e, xmlNode *s, xmlNode *top, int level, double thresh)
{
    nfo *sf = NF(s);
    if (!sf || skipped(e, s) || !sf->text || is_noise(sf) || (sf->flags & N_BYLINE)) return false;
    /* Another <article> beside an article is another story. */
    if (!strcmp((const char *)s->name, "article"))
        for (const xmlNode *n = top; n && n->type == XML_ELEMENT_NODE; n = n->parent)
            if (!strcmp((const char *)n->name, "article")) return false;
    double ld = link_density(sf);
    if (sf->tag & T_HEAD) return ld < 0.5 && level == 0;
    if (level == 0 && (sf->flags & N_SCORED)) {
        double bonus = 0;
        const char *c1 = attr(s, "class"), *c2 = attr(top, "class");
        if (c1 && c2 && strcmp(c1, c2) == 0) bonus = NF(top)->score * 0.2;
        if (sf->score + bonus >= thresh && ld < 0.5) return true;
    }
    if (sf->tag & (T_PARA | T_QUOTE | T_PRE))
        return (sf->text > 80 && ld < 0.25) || (sf->text > 20 && ld == 0 && sf->ptext == sf->text);
    /* A block of prose beside the container: paragraphs with few links. */
    if (sf->ptext >= 300 && sf->ptext >= 0.7 * sf->text && ld < 0.2) return true;
    /* A list or table right beside the paragraphs. */
    if (level == 0 && (!strcmp((const char *)s->name, "ul") || !strcmp((const char *)s->name, "ol") ||
                       !strcmp((const char *)s->name, "table") || !strcmp((const char *)s->name, "dl")))
        return ld < 0.2 && sf->text >= 50;
    return false;
}

/* Marks the container and the siblings that continue it, up to three levels. */
static void mark_roots(ex *e, xmlNode *top, xmlNode *body)
{
    NF(top)->flags |= N_ROOT;
    nfo *tf = NF(top);
    double thresh = tf->score * 0.2 > 10 ? tf->score * 0.2 : 10;
    xmlNode *c = top;
    for (int level = 0, steps = 0; level < 3 && steps < 12 && c != body; steps++) {
        xmlNode *p = c->parent;
        if (!p || p->type != XML_ELEMENT_NODE || !NF(p) || p == body) break;
        bool added = false;
        for (xmlNode *s = p->children; s; s = s->next) {
            if (s == c || s->type != XML_ELEMENT_NODE) continue;
            if (sibling_ok(e, s, top, level, thresh)) { NF(s)->flags |= N_ROOT; added = true; }
#ifdef QC_HTML_DEBUG
            fprintf(stderr, "  L%d sib %s.%s ok=%d text %u ptext %u\n", level, s->name, attr(s, "class") ? attr(s, "class") : "",
                    NF(s) && (NF(s)->flags & N_ROOT), NF(s) ? NF(s)->text : 0, NF(s) ? NF(s)->ptext : 0);
#endif
        }
        /* Go higher only through wrappers or while the article keeps going. */
        nfo *pf = NF(p), *cf = NF(c);
        bool wrapper = pf->text <= cf->text * 1.1 + 50;
        if (!added && !wrapper) break;
        if (!wrapper) level++;
        c = p;
    }
}

/* Pass 3: keep[] marks the blocks of the article. Returns kept characters. */
static size_t select_blocks(ex *e, const qc_html_meta *m, bool *keep)
{
    size_t kept = 0;
    for (size_t i = 0; i < e->nb; i++) {
        block *b = &e->b[i];
        keep[i] = false;
        /* Under the container, or under a sibling taken with it. */
        xmlNode *root = b->owner;
        while (root && root->type == XML_ELEMENT_NODE && NF(root) && !(NF(root)->flags & N_ROOT)) root = root->parent;
        if (!root || root->type != XML_ELEMENT_NODE || !NF(root)) continue;
        bool drop = false;
        for (xmlNode *n = b->owner; n && n != root; n = n->parent)
            if (drop_inner(n)) { drop = true; break; }
        if (drop) continue;
        const char *s = e->txt.data + b->off;
#ifdef QC_HTML_DEBUG
        fprintf(stderr, "keep? %s.%s <- %s.%s: %.60s\n", b->owner->name, attr(b->owner, "class") ? attr(b->owner, "class") : "",
                b->owner->parent->name, attr(b->owner->parent, "class") ? attr(b->owner->parent, "class") : "", s);
#endif
        if (b->kind == K_HEAD) {
            if (b->link * 2 > b->chars) continue;
            if (b->level == 1 && kept == 0) continue;  /* the headline */
            if (title_like(s, m->title) || title_like(s, m->page_title)) continue;
        } else {
            /* Mostly a link, with little text of its own. */
            if (b->chars >= 20 && b->link * 2 > b->chars && (b->chars - b->link < 30 || b->link * 5 > b->chars * 4)) continue;
            /* The headline set as a plain paragraph, before the text. */
            if (kept == 0 && b->chars < 200 && (title_like(s, m->title) || title_like(s, m->page_title))) continue;
        }
        if (boiler_line(s, b->len)) continue;
        keep[i] = true;
        kept += b->chars;
    }
    /* No headings dangling at the end, nor headings whose section was all
     * dropped (the next kept block is another heading of the same or a
     * higher rank). */
    const block *next = NULL;
    bool gap = false;
    for (size_t i = e->nb; i-- > 0;) {
        const block *b = &e->b[i];
        if (!keep[i]) { gap = true; continue; }
        if (b->kind == K_HEAD && (!next || (gap && next->kind == K_HEAD && next->level <= b->level))) {
            keep[i] = false;
            kept -= b->chars;
            continue;
        }
        next = b;
        gap = false;
    }
    return kept;
}

/* Append the kept blocks to out and doc->paras. */
static qc_status emit(ex *e, const bool *keep, qc_buf *out)
{
    qc_doc *doc = e->doc;
    const xmlNode *last_row = NULL;
    const char *last_text = NULL;
    for (size_t i = 0; i < e->nb; i++) {
        if (!keep[i]) continue;
        block *b = &e->b[i];
        const char *s = e->txt.data + b->off;
        if (last_text && strcmp(last_text, s) == 0) continue; /* repeated line */
        last_text = s;
        const xmlNode *row = b->kind == K_CELL ? b->owner->parent : NULL;
        qc_status st;
        if (row && row == last_row && doc->n_paras) {
            if ((st = qc_buf_putc(out, ' '))) return st;
            if ((st = qc_buf_add(out, s, b->len))) return st;
            doc->paras[doc->n_paras - 1].end = out->len;
            continue;
        }
        last_row = row;
        if (out->len && (st = qc_buf_puts(out, "\n\n"))) return st;
        qc_para p = {0};
        p.start = out->len;
        if ((st = qc_buf_add(out, s, b->len))) return st;
        p.end = out->len;
        p.kind = b->kind == K_HEAD ? QC_PARA_HEADING : QC_PARA_BODY;
        p.section = -1;
        if ((st = QC_PUSH(doc->arena, doc->paras, doc->n_paras, doc->cap_paras, p))) return st;
    }
    return QC_OK;
}

/* Paragraphs of the JSON-LD articleBody, as a fallback body. */
static qc_status emit_plain(qc_doc *doc, const char *s, qc_buf *out)
{
    size_t n = strlen(s), i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '\n') j++;
        char *line = qc_html_squash(doc->arena, s + i, j - i);
        if (!line) return QC_ERR_NOMEM;
        if (*line) {
            qc_status st;
            if (out->len && (st = qc_buf_puts(out, "\n\n"))) return st;
            qc_para p = {0};
            p.start = out->len;
            if ((st = qc_buf_puts(out, line))) return st;
            p.end = out->len;
            p.section = -1;
            if ((st = QC_PUSH(doc->arena, doc->paras, doc->n_paras, doc->cap_paras, p))) return st;
        }
        i = j + 1;
    }
    return QC_OK;
}

/* ---- charset ------------------------------------------------------------- */

/* The charset a page declares in its first bytes ("charset=..."), or NULL. */
static const char *declared_charset(qc_arena *a, const unsigned char *p, size_t n)
{
    size_t lim = n < 8192 ? n : 8192;
    for (size_t i = 0; i + 8 < lim; i++) {
        if (strncasecmp((const char *)p + i, "charset", 7) != 0) continue;
        size_t j = i + 7;
        while (j < lim && p[j] == ' ') j++;
        if (j >= lim || p[j] != '=') continue;
        j++;
        while (j < lim && (p[j] == ' ' || p[j] == '"' || p[j] == '\'')) j++;
        size_t k = j;
        while (k < lim && k - j < 40 &&
               ((p[k] >= 'a' && p[k] <= 'z') || (p[k] >= 'A' && p[k] <= 'Z') ||
                (p[k] >= '0' && p[k] <= '9') || p[k] == '-' || p[k] == '_' || p[k] == '.' || p[k] == ':'))
            k++;
        if (k > j) return qc_arena_strndup(a, (const char *)p + j, k - j);
    }
    return NULL;
}

/* Converts raw bytes in charset `cs` to UTF-8 in the arena (undecodable
 * bytes become U+FFFD). NULL if the charset is unknown or out of memory. */
static char *to_utf8(qc_arena *a, const unsigned char *raw, size_t n, const char *cs, size_t *outlen)
{
    /* Browsers read Latin-1 and ASCII labels as windows-1252. */
    if (!strcasecmp(cs, "iso-8859-1") || !strcasecmp(cs, "latin1") || !strcasecmp(cs, "latin-1") ||
        !strcasecmp(cs, "us-ascii") || !strcasecmp(cs, "ascii") || !strcasecmp(cs, "iso8859-1") ||
        !strcasecmp(cs, "utf-8") || !strcasecmp(cs, "utf8"))
        cs = "WINDOWS-1252";
    iconv_t cd = iconv_open("UTF-8", cs);
    if (cd == (iconv_t)-1) return NULL;
    char *in = qc_arena_alloc(a, n + 1);
    size_t cap = n * 3 + 16;
    char *out = qc_arena_alloc(a, cap + 1);
    if (!in || !out) { iconv_close(cd); return NULL; }
    memcpy(in, raw, n);
    char *ip = in, *op = out;
    size_t il = n, ol = cap;
    while (il > 0) {
        if (iconv(cd, &ip, &il, &op, &ol) != (size_t)-1) break;
        if (errno == E2BIG || ol < 3) break;
        memcpy(op, "\xEF\xBF\xBD", 3);  /* EILSEQ / EINVAL: replace one byte */
        op += 3, ol -= 3;
        ip++, il--;
    }
    iconv_close(cd);
    *op = '\0';
    *outlen = (size_t)(op - out);
    return out;
}

/* ---- the stage ----------------------------------------------------------- */

static int g_parse_opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                          HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_NOBLANKS;

static xmlNode *find_body(xmlNode *root)
{
    for (xmlNode *n = root ? root->children : NULL; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, "body") == 0) return n;
    return root;
}

static qc_status extract(qc_doc *doc, xmlNode *body, const qc_html_meta *m, bool strip, qc_buf *out,
                         size_t *kept)
{
    ex e;
    memset(&e, 0, sizeof e);
    e.doc = doc;
    e.strip_unlikely = strip;
    qc_buf_init(&e.txt, 0);
    walk(&e, body->children, body, false, 1);
    close_block(&e);
    qc_status s = e.err;
    *kept = 0;
    if (!s && e.nb) {
        totals(&e);
        mark_headline(&e, m);
        xmlNode *top = best_container(&e, body);
        mark_roots(&e, top, body);
        bool *keep = qc_arena_alloc(doc->arena, e.nb * sizeof *keep);
        if (!keep) s = QC_ERR_NOMEM;
        else {
            *kept = select_blocks(&e, m, keep);
            doc->n_paras = 0;
            out->len = 0;
            if (out->data) out->data[0] = '\0';
            s = emit(&e, keep, out);
        }
    }
    qc_buf_free(&e.txt);
    return s;
}

static void reset_facts(xmlNode *n, int depth)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE || !NF(n)) continue;
        nfo *f = NF(n);
        f->flags &= ~(unsigned)(N_SCORED | N_CHECKED | N_DROP | N_PSCORED | N_CORE | N_ROOT | N_HEADLINE);
        f->score = 0;
        f->text = f->link = f->ptext = f->commas = f->direct = f->dcommas = 0;
        if (depth < 400) reset_facts(n->children, depth + 1);
    }
}

/* Share of s's words found in t, from about 48 words spread over s (a cheap
 * coverage estimate: each lookup is a substring search). */
static double coverage(const char *s, const char *t)
{
    size_t total = 0;
    for (const char *p = s; *p;) {
        while (*p == ' ' || *p == '\n') p++;
        if (!*p) break;
        total++;
        while (*p && *p != ' ' && *p != '\n') p++;
    }
    size_t step = total / 48 + 1, idx = 0, tried = 0, hit = 0;
    char w[64];
    for (const char *p = s; *p;) {
        while (*p == ' ' || *p == '\n') p++;
        if (!*p) break;
        size_t k = 0;
        while (*p && *p != ' ' && *p != '\n') { if (k < sizeof w - 1) w[k++] = *p; p++; }
        w[k] = '\0';
        if (idx++ % step) continue;
        tried++;
        hit += strstr(t, w) != NULL;
    }
    return tried ? (double)hit / tried : 1;
}

qc_status qc_html(qc_doc *doc)
{
    const char *text = doc->text;
    size_t len = doc->len;
    if (doc->raw && doc->raw_len) {
        const char *cs = doc->charset ? doc->charset : declared_charset(doc->arena, doc->raw, doc->raw_len);
        size_t n = 0;
        char *u = to_utf8(doc->arena, doc->raw, doc->raw_len, cs ? cs : "WINDOWS-1252", &n);
        if (!u && cs) u = to_utf8(doc->arena, doc->raw, doc->raw_len, "WINDOWS-1252", &n);
        if (u) { text = u; len = n; }
    }
    if (len > (size_t)0x7fffffff) return qc_doc_fail(doc, QC_ERR_TOO_LARGE, "the page is too large to parse");
    xmlDoc *x = htmlReadMemory(text, (int)len, NULL, "UTF-8", g_parse_opts);
    if (!x) return qc_doc_fail(doc, QC_ERR_HTML, "the HTML could not be parsed");
    xmlNode *root = xmlDocGetRootElement(x);
    qc_html_meta m;
    qc_html_meta_read(doc, x, doc->src_name, &m);
    qc_status s = root ? annotate(doc->arena, root, 0) : QC_OK;
    qc_buf out;
    qc_buf_init(&out, 0);
    size_t kept = 0;
    if (!s && root) {
        xmlNode *body = find_body(root);
        if (body && NF(body)) {
            s = extract(doc, body, &m, true, &out, &kept);
            size_t want = m.body ? strlen(m.body) / 3 : 200;
            if (!s && kept < (want < 500 ? want : 500)) {
                reset_facts(root, 0);
                size_t kept2 = 0;
                qc_buf out2;
                qc_buf_init(&out2, 0);
                size_t np = doc->n_paras;
                qc_para *pp = doc->paras;
                doc->paras = NULL, doc->n_paras = doc->cap_paras = 0;
                s = extract(doc, body, &m, false, &out2, &kept2);
                if (!s && kept2 > kept) { qc_buf_free(&out); out = out2; kept = kept2; }
                else { qc_buf_free(&out2); doc->paras = pp; doc->n_paras = doc->cap_paras = np; }
            }
        }
    }
    /* The page's own articleBody, when the markup yielded little of it. */
    if (!s && m.body && strlen(m.body) > 400 &&
        (kept < strlen(m.body) / 2 || !out.data || coverage(m.body, out.data) < 0.5)) {
        doc->n_paras = 0;
        out.len = 0;
        s = emit_plain(doc, m.body, &out);
    }
    xmlFreeDoc(x);
    if (s) {
        qc_buf_free(&out);
        return s == QC_ERR_NOMEM ? qc_doc_fail(doc, s, "out of memory") : s;
    }
    if (!out.len) {
        qc_buf_free(&out);
        return qc_doc_fail(doc, QC_ERR_NO_TEXT, "no article text found in the page");
    }
    char *t = qc_arena_strndup(doc->arena, out.data, out.len);
    size_t n = out.len;
    qc_buf_free(&out);
    if (!t) return qc_doc_fail(doc, QC_ERR_NOMEM, "out of memory");
    doc->text = t;
    doc->len = n;
    doc->in_map = NULL;
    doc->is_html = true;
    doc->meta.title = m.title;
    doc->meta.source = m.source;
    doc->meta.byline = m.byline;
    doc->meta.date = m.date;
    doc->meta.title_start = doc->meta.title_end = QC_NONE;
    return QC_OK;
}

void qc_html_global_cleanup(void) { xmlCleanupParser(); }
