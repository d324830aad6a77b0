/* test_html.c: article extraction from HTML pages (fixtures in tests/data/html). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "doc.h"
#include "html.h"
#include "input.h"

static char g_bytes[1 << 16];
static size_t g_n;

/* Reads a fixture into g_bytes. */
static bool slurp(const char *name)
{
    char path[256];
    snprintf(path, sizeof path, "tests/data/html/%s", name);
    FILE *f = fopen(path, "rb");
    if (!f) { fprintf(stderr, "  cannot open %s\n", path); return false; }
    g_n = fread(g_bytes, 1, sizeof g_bytes - 1, f);
    fclose(f);
    g_bytes[g_n] = '\0';
    return true;
}

/* Loads bytes as the input stage does, then runs the html stage. */
static qc_status run_mem(qc_doc *d, const char *bytes, size_t n)
{
    qc_doc_init(d, NULL);
    qc_status s = qc_input_memory(d, bytes, n);
    if (s) return s;
    /* The input stage keeps the raw bytes when they are not UTF-8. */
    if (d->in_map && !d->raw) {
        d->raw = (const unsigned char *)bytes;
        d->raw_len = n;
    }
    return qc_html(d);
}

static qc_status run_file(qc_doc *d, const char *name)
{
    if (!slurp(name)) { qc_doc_init(d, NULL); return QC_ERR_IO; }
    return run_mem(d, g_bytes, g_n);
}

static bool has(const qc_doc *d, const char *s) { return d->text && strstr(d->text, s) != NULL; }

/* Paragraph offsets index the new text, are separated by blank lines, and
 * cover it exactly. */
static void check_paras(const qc_doc *d)
{
    CHECK(d->n_paras > 0);
    size_t pos = 0;
    for (size_t i = 0; i < d->n_paras; i++) {
        const qc_para *p = &d->paras[i];
        CHECK(p->start == pos);
        CHECK(p->end > p->start && p->end <= d->len);
        CHECK(p->section == -1);
        CHECK(d->text[p->start] != ' ' && d->text[p->end - 1] != ' ');
        CHECK(memchr(d->text + p->start, '\n', p->end - p->start) == NULL);
        pos = p->end;
        if (i + 1 < d->n_paras) {
            CHECK(strncmp(d->text + pos, "\n\n", 2) == 0);
            pos += 2;
        }
    }
    CHECK(pos == d->len);
    CHECK(strlen(d->text) == d->len);
}

static void test_furniture_removed(void)
{
    qc_doc d;
    CHECK_INT(run_file(&d, "furniture.html"), QC_OK);
    CHECK(d.is_html);
    CHECK(d.in_map == NULL);
    CHECK(strncmp(d.text, "The town council voted seven to four", 36) == 0);
    CHECK(has(&d, "said councillor Ada Brennan"));
    CHECK(has(&d, "environment agency."));
    static const char *const junk[] = {
        "Sport", "Weather", "Home", "Share on", "artist's impression", "Harbour Studio",
        "Advertisement", "Mill district plans", "About time too", "potholes", "comments",
        "Most read", "newsletter", "All rights reserved", "Privacy", "tracking pixel", "font-family",
        "Local Affairs Reporter", "5 March 2024",
    };
    for (size_t i = 0; i < sizeof junk / sizeof *junk; i++)
        if (has(&d, junk[i])) { fprintf(stderr, "  junk kept: %s\n", junk[i]); CHECK(!has(&d, junk[i])); }
    CHECK_INT(d.n_paras, 5);
    check_paras(&d);
    qc_doc_reset(&d);
}

static void test_headline_not_in_body(void)
{
    qc_doc d;
    CHECK_INT(run_file(&d, "furniture.html"), QC_OK);
    CHECK(!has(&d, "Council approves river footbridge"));
    qc_doc_reset(&d);
}

static void test_meta_from_tags(void)
{
    qc_doc d;
    CHECK_INT(run_file(&d, "furniture.html"), QC_OK);
    CHECK_STR(d.meta.title, "Council approves river footbridge after long debate");
    CHECK_STR(d.meta.source, "The Valley Courier");
    CHECK_STR(d.meta.byline, "Petra Lindqvist");
    CHECK_STR(d.meta.date, "2024-03-05T09:30:00Z");
    qc_doc_reset(&d);
}

static void test_meta_from_jsonld(void)
{
    qc_doc d;
    CHECK_INT(run_file(&d, "jsonld.html"), QC_OK);
    CHECK_STR(d.meta.title, "Glacier retreat measured from orbit");
    CHECK_STR(d.meta.byline, "Jonas Eriksen, Li Wei");
    CHECK_STR(d.meta.date, "2023-11-20T08:00:00+01:00");
    CHECK_STR(d.meta.source, "Northern Science Weekly");
    qc_doc_reset(&d);
}

static void test_headings_are_paragraphs(void)
{
    qc_doc d;
    CHECK_INT(run_file(&d, "jsonld.html"), QC_OK);
    check_paras(&d);
    size_t heads = 0, found = 0;
    for (size_t i = 0; i < d.n_paras; i++) {
        const qc_para *p = &d.paras[i];
        if (p->kind == QC_PARA_HEADING) {
            heads++;
            found += strncmp(d.text + p->start, "What the data show", p->end - p->start) == 0;
        }
    }
    CHECK_INT(heads, 1);
    CHECK_INT(found, 1);
    CHECK(!has(&d, "Glacier retreat measured"));  /* the h1 headline */
    qc_doc_reset(&d);
}

static void test_list_items_are_lines(void)
{
    qc_doc d;
    CHECK_INT(run_file(&d, "jsonld.html"), QC_OK);
    CHECK(has(&d, "\n\nwarmer summers at the glacier's snout,\n\nless snow in the winter months, and\n\n"));
    qc_doc_reset(&d);
}

static void test_broken_markup(void)
{
    qc_doc d;
    CHECK_INT(run_file(&d, "broken.html"), QC_OK);
    CHECK(has(&d, "After two years of closure the weekly market"));
    CHECK(has(&d, "sold out of their best produce entirely."));
    CHECK(has(&d, "said baker Tomas Varga"));
    CHECK(has(&d, "in the autumn & decide"));          /* entity decoded */
    CHECK(has(&d, "fixture again \xE2\x80\x94 most"));  /* &mdash; */
    CHECK(!has(&d, "Archive"));
    CHECK(!has(&d, "Copyright 2009"));
    check_paras(&d);
    qc_doc_reset(&d);
}

static void test_windows_1252_from_meta(void)
{
    qc_doc d;
    CHECK_INT(run_file(&d, "cp1252.html"), QC_OK);
    CHECK(has(&d, "The \xE2\x80\x9C" "Caf\xC3\xA9 Bleu\xE2\x80\x9D reopened"));
    CHECK(has(&d, "Ren\xC3\xA9" "e Dubois"));
    CHECK(has(&d, "cr\xC3\xA8me br\xC3\xBBl\xC3\xA9" "e"));
    CHECK(has(&d, "always had \xE2\x80\x93 only"));
    CHECK(!has(&d, "\xEF\xBF\xBD"));
    CHECK_STR(d.meta.title, "Caf\xC3\xA9 society");
    qc_doc_reset(&d);
}

static void test_latin1_from_meta(void)
{
    qc_doc d;
    CHECK_INT(run_file(&d, "latin1.html"), QC_OK);
    CHECK(has(&d, "Die Stra\xC3\x9F" "e am Fj\xC3\xB6rd war nach dem Sturm \xC3\xBC" "berflutet"));
    CHECK(has(&d, "F\xC3\xA4hre"));
    qc_doc_reset(&d);
}

/* Valid UTF-8 wins over a wrong declaration. */
static void test_utf8_despite_declared_latin1(void)
{
    static const char page[] =
        "<html><head><meta charset=\"iso-8859-1\"></head><body><article><p>The na\xC3\xAFve "
        "visitor ordered a caf\xC3\xA9 au lait and sat by the window for most of the "
        "afternoon, reading.</p></article></body></html>";
    qc_doc d;
    CHECK_INT(run_mem(&d, page, sizeof page - 1), QC_OK);
    CHECK(has(&d, "na\xC3\xAFve visitor ordered a caf\xC3\xA9 au lait"));
    qc_doc_reset(&d);
}

static void test_http_charset_wins(void)
{
    /* Declared windows-1252 in the page, but the server said ISO-8859-7 (Greek). */
    static const char page[] = "<html><head><meta charset=windows-1252></head><body><article><p>"
                               "\xE1\xE2\xE3 is how the first three letters look, and the rest of "
                               "this paragraph is plain enough to be kept as text.</p></article></body></html>";
    qc_doc d;
    qc_doc_init(&d, NULL);
    CHECK_INT(qc_input_memory(&d, page, sizeof page - 1), QC_OK);
    d.raw = (const unsigned char *)page;
    d.raw_len = sizeof page - 1;
    d.charset = "iso-8859-7";
    CHECK_INT(qc_html(&d), QC_OK);
    CHECK(has(&d, "\xCE\xB1\xCE\xB2\xCE\xB3 is how"));
    qc_doc_reset(&d);
}

static void test_hidden_dropped(void)
{
    static const char page[] =
        "<html><body><div class=\"post-content\">"
        "<p>The museum reopens its east wing next month after a long refit, with new lighting and "
        "a room given over to the town's shipbuilding past.</p>"
        "<p style=\"display: none\">Please enable JavaScript to see this offer today only.</p>"
        "<div hidden><p>Hidden text that a reader never sees on the page at all.</p></div>"
        "<span class=\"sr-only\">Screen reader only label</span>"
        "<p>Entry will stay free for residents, the museum's director said on Thursday.</p>"
        "</div></body></html>";
    qc_doc d;
    CHECK_INT(run_mem(&d, page, sizeof page - 1), QC_OK);
    CHECK(has(&d, "The museum reopens"));
    CHECK(has(&d, "Entry will stay free"));
    CHECK(!has(&d, "JavaScript"));
    CHECK(!has(&d, "Hidden text"));
    CHECK(!has(&d, "Screen reader"));
    qc_doc_reset(&d);
}

static void test_jsonld_body_fallback(void)
{
    /* The markup hides the text behind a script; articleBody carries it. */
    static const char page[] =
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        "\"headline\":\"Ferry timetable changes\",\"articleBody\":\"The island ferry will run "
        "every ninety minutes from June, instead of every two hours, the operator said on "
        "Wednesday.\\nThe change follows a year of complaints from commuters who said the gap "
        "between crossings made it impossible to reach the mainland in time for work.\\nA "
        "second boat, leased from a company in the north, will join the route in May and will "
        "be used mainly at the busiest times of the morning and evening.\\nFares will not "
        "change, the operator said, although it is reviewing the price of season tickets.\"}"
        "</script></head><body><div id=\"app\"><p>Loading...</p></div>"
        "<nav><a href=\"/\">Home</a></nav></body></html>";
    qc_doc d;
    CHECK_INT(run_mem(&d, page, sizeof page - 1), QC_OK);
    CHECK(strncmp(d.text, "The island ferry will run every ninety minutes", 46) == 0);
    CHECK(has(&d, "work.\n\nA second boat"));
    CHECK_INT(d.n_paras, 4);
    CHECK_STR(d.meta.title, "Ferry timetable changes");
    check_paras(&d);
    qc_doc_reset(&d);
}

static void test_related_link_list_dropped(void)
{
    static const char page[] =
        "<html><body><div class=\"entry\">"
        "<p>The new library opened on Saturday with a reading by a local poet, and more than "
        "three hundred people came through the doors in the first hour, officials said.</p>"
        "<p>It holds forty thousand books, a music room and a small cafe that will be run by "
        "volunteers from the neighbourhood association.</p>"
        "<ul><li><a href=\"/x1\">Library funding row explained in full</a></li>"
        "<li><a href=\"/x2\">Poet wins regional prize for debut</a></li>"
        "<li><a href=\"/x3\">Volunteers wanted for the summer fair</a></li></ul>"
        "<p>The library will be open every day except Monday, from nine in the morning until "
        "eight in the evening.</p></div></body></html>";
    qc_doc d;
    CHECK_INT(run_mem(&d, page, sizeof page - 1), QC_OK);
    CHECK(has(&d, "The new library opened"));
    CHECK(has(&d, "every day except Monday"));
    CHECK(!has(&d, "funding row"));
    CHECK(!has(&d, "Volunteers wanted"));
    qc_doc_reset(&d);
}

static void test_link_rich_list_kept(void)
{
    /* A list that is the article: each item a link plus a sentence of its own. */
    static const char page[] =
        "<html><body><div class=\"article-body\"><p>Here is what happened in the region this "
        "week, in brief, with links to the full reports.</p><ul>"
        "<li><a href=\"/1\">The old quarry will become a nature reserve</a>. The county bought "
        "the site for a nominal sum and plans to open paths next year.</li>"
        "<li><a href=\"/2\">Bus fares rise by ten pence</a>. The operator blamed fuel costs and "
        "said the rise would be the last for at least two years.</li>"
        "<li><a href=\"/3\">A new bakery opens on Bridge Street</a>. It is run by two sisters "
        "who trained in Lyon and will sell sourdough and pastries.</li>"
        "</ul></div></body></html>";
    qc_doc d;
    CHECK_INT(run_mem(&d, page, sizeof page - 1), QC_OK);
    CHECK(has(&d, "The old quarry will become a nature reserve. The county bought"));
    CHECK(has(&d, "A new bakery opens on Bridge Street"));
    qc_doc_reset(&d);
}

static void test_no_article(void)
{
    static const char page[] = "<html><body><nav><a href=\"/\">Home</a> <a href=\"/a\">About</a>"
                               "</nav><script>var x = 1;</script></body></html>";
    qc_doc d;
    CHECK_INT(run_mem(&d, page, sizeof page - 1), QC_ERR_NO_TEXT);
    CHECK(strstr(d.err, "no article text") != NULL);
    qc_doc_reset(&d);
}

static void test_garbage_does_not_crash(void)
{
    static const char *const pages[] = {
        "<", "<html", "<<<>>>", "<p>", "</p></div></body>", "<!-- never closed",
        "<html><body><p>x</p>\xFF\xFE</body>", "<script>", "<table><tr><td><td><td>",
    };
    for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
        qc_doc d;
        qc_status s = run_mem(&d, pages[i], strlen(pages[i]));
        CHECK(s == QC_OK || s == QC_ERR_NO_TEXT || s == QC_ERR_HTML || s == QC_ERR_EMPTY);
        qc_doc_reset(&d);
    }
}

static void test_deep_nesting(void)
{
    /* Ten thousand nested divs: bounded recursion, no crash. */
    size_t n = 10000;
    char *page = malloc(n * 11 + 200);
    CHECK(page != NULL);
    if (!page) return;
    size_t o = 0;
    for (size_t i = 0; i < n; i++) { memcpy(page + o, "<div>", 5); o += 5; }
    o += (size_t)sprintf(page + o, "<p>Deep inside the page there is one sentence, which is long enough to count.</p>");
    for (size_t i = 0; i < n; i++) { memcpy(page + o, "</div>", 6); o += 6; }
    qc_doc d;
    qc_status s = run_mem(&d, page, o);
    CHECK(s == QC_OK || s == QC_ERR_NO_TEXT);
    qc_doc_reset(&d);
    free(page);
}

static void test_table_rows_joined(void)
{
    static const char page[] =
        "<html><body><article><p>Results from the regional election were announced late on Sunday "
        "night, with turnout slightly up on four years ago.</p><table>"
        "<tr><th>Party</th><th>Seats</th></tr><tr><td>Greens</td><td>12</td></tr>"
        "<tr><td>Liberals</td><td>9</td></tr></table></article></body></html>";
    qc_doc d;
    CHECK_INT(run_mem(&d, page, sizeof page - 1), QC_OK);
    CHECK(has(&d, "\n\nParty Seats\n\nGreens 12\n\nLiberals 9"));
    check_paras(&d);
    qc_doc_reset(&d);
}

static void test_split_article_joined(void)
{
    qc_doc d;
    CHECK_INT(run_file(&d, "split.html"), QC_OK);
    CHECK(strncmp(d.text, "Sleeper trains will run again", 29) == 0);
    CHECK(has(&d, "buy breakfast before arrival.\n\nWhy now\n\nDemand for overnight travel"));
    CHECK(has(&d, "price of a hotel room in the capital."));
    CHECK_INT(d.n_paras, 6);
    check_paras(&d);
    qc_doc_reset(&d);
}

static void test_other_stories_dropped(void)
{
    qc_doc d;
    CHECK_INT(run_file(&d, "split.html"), QC_OK);
    CHECK(!has(&d, "Ferry operator"));
    CHECK(!has(&d, "three hundred passengers"));
    CHECK(!has(&d, "second tram line"));
    CHECK(!has(&d, "uses cookies"));
    CHECK(!has(&d, "A cabin in one of the new carriages"));
    qc_doc_reset(&d);
}

static void test_datelines_bylines_credits_dropped(void)
{
    qc_doc d;
    CHECK_INT(run_file(&d, "split.html"), QC_OK);
    CHECK(!has(&d, "Updated 6:42"));
    CHECK(!has(&d, "By Elena Marsh"));
    CHECK(!has(&d, "Reporting by"));
    CHECK(!has(&d, "Photo: Rail Review archive"));
    CHECK(has(&d, "bring the service back. \"Now it has a timetable too.\""));
    qc_doc_reset(&d);
}

static void test_meta_fallbacks(void)
{
    /* No JSON-LD, no OpenGraph: <title> minus the site, host from the URL. */
    static const char page[] =
        "<html><head><title>Lanterns light up the old harbour | Coast Times</title>"
        "<meta name=\"date\" content=\"2022-08-01\"></head><body><article><p>Hundreds of paper "
        "lanterns floated across the old harbour on Saturday night, as the town marked the end "
        "of its summer festival.</p></article></body></html>";
    qc_doc d;
    qc_doc_init(&d, NULL);
    d.src_name = "https://www.coast-times.example/news/lanterns";
    CHECK_INT(qc_input_memory(&d, page, sizeof page - 1), QC_OK);
    CHECK_INT(qc_html(&d), QC_OK);
    CHECK_STR(d.meta.title, "Lanterns light up the old harbour");
    CHECK_STR(d.meta.source, "coast-times.example");
    CHECK_STR(d.meta.date, "2022-08-01");
    CHECK(d.meta.byline == NULL);
    qc_doc_reset(&d);
}

static void test_opengraph_title(void)
{
    static const char page[] =
        "<html><head><title>Home</title><meta property=\"og:title\" content=\"Orchard saved "
        "by volunteers\"><meta property=\"og:site_name\" content=\"Valley Post\"></head>"
        "<body><div class=\"article-content\"><p>Volunteers replanted forty apple trees in the "
        "old orchard over the weekend, after a storm in the spring had flattened half of it.</p>"
        "</div></body></html>";
    qc_doc d;
    CHECK_INT(run_mem(&d, page, sizeof page - 1), QC_OK);
    CHECK_STR(d.meta.title, "Orchard saved by volunteers");
    CHECK_STR(d.meta.source, "Valley Post");
    qc_doc_reset(&d);
}

static void test_heading_of_dropped_section(void)
{
    static const char page[] =
        "<html><body><div class=\"story\"><p>The river burst its banks on Sunday morning, and by "
        "the afternoon the lower streets of the town were under a metre of water.</p>"
        "<h2>Most shared</h2><ul><li><a href=\"/a\">Ten photos of the flood you need to see</a></li>"
        "<li><a href=\"/b\">What to do when your house floods</a></li></ul>"
        "<h2>Background</h2><p>The town last flooded in 1998, when the same stretch of river rose "
        "after a week of heavy rain in the hills above the valley.</p>"
        "<h2>Share this story</h2></div></body></html>";
    qc_doc d;
    CHECK_INT(run_mem(&d, page, sizeof page - 1), QC_OK);
    CHECK(!has(&d, "Most shared"));
    CHECK(!has(&d, "Share this story"));
    CHECK(has(&d, "water.\n\nBackground\n\nThe town last flooded"));
    qc_doc_reset(&d);
}

static void test_headline_paragraph_and_ad_labels(void)
{
    static const char page[] =
        "<html><head><title>Bakery wins national prize - Town News</title></head><body>"
        "<div class=\"col\"><p class=\"titulo\">Bakery wins national prize</p>"
        "<p>The small bakery on Mill Lane has won the national prize for the best loaf, beating "
        "more than four hundred entries from across the country.</p><div>Advert</div>"
        "<p>Its owner, who opened the shop eleven years ago, said the secret was patience and a "
        "very old starter that her grandmother had kept alive for decades.</p>"
        "<div>Publicidad</div></div></body></html>";
    qc_doc d;
    CHECK_INT(run_mem(&d, page, sizeof page - 1), QC_OK);
    CHECK(strncmp(d.text, "The small bakery on Mill Lane", 29) == 0);
    CHECK(!has(&d, "Advert"));
    CHECK(!has(&d, "Publicidad"));
    CHECK_INT(d.n_paras, 2);
    qc_doc_reset(&d);
}

static void test_loose_captions_dropped(void)
{
    static const char page[] =
        "<html><body><div class=\"story\"><p>Firefighters worked through the night to contain the "
        "blaze, which started in a warehouse near the port shortly after ten o'clock.</p>"
        "<p>Smoke rises over the port district on Tuesday. (AP Photo/Jane Roe)</p>"
        "<p>No one was hurt, the fire service said, but several nearby streets were closed until "
        "the morning while engineers checked the buildings.</p>"
        "<p>The warehouse seen from the harbour. Image credit: Port Authority</p></div></body></html>";
    qc_doc d;
    CHECK_INT(run_mem(&d, page, sizeof page - 1), QC_OK);
    CHECK(has(&d, "Firefighters worked"));
    CHECK(has(&d, "No one was hurt"));
    CHECK(!has(&d, "Smoke rises"));
    CHECK(!has(&d, "Port Authority"));
    qc_doc_reset(&d);
}

static void test_heading_like_title_start_kept(void)
{
    static const char page[] =
        "<html><head><title>What happens next for the harbour after the storm | Coast Times</title>"
        "</head><body><article><h1>What happens next for the harbour after the storm</h1><p>The storm "
        "broke the outer wall of the harbour in two places, and the repairs will take most of the "
        "year, engineers said.</p><h2>What happens next</h2><p>The council will meet on Monday to "
        "decide how to pay for the work, which could cost several million.</p></article></body></html>";
    qc_doc d;
    CHECK_INT(run_mem(&d, page, sizeof page - 1), QC_OK);
    CHECK(!has(&d, "after the storm\n"));
    CHECK(has(&d, "\n\nWhat happens next\n\nThe council will meet"));
    qc_doc_reset(&d);
}

static void test_link_edges(void)
{
    static const char page[] =
        "<html><body><article><p>The figures, first reported by <a href=\"/r\">Reuters</a>, were "
        "confirmed by <a href=\"/t\">Tanaka</a>'s office on Friday after a long delay.</p>"
        "<p>\xE3\x83\x91\xE3\x82\xB9\xE3\x83\xAF\xE3\x83\xBC\xE3\x83\x89<a href=\"/k\">KeePass</a>"
        "\xE3\x81\xAE\xE8\xB5\xB7\xE5\x8B\x95\xE3\x80\x82 and more words to make a paragraph long.</p>"
        "</article></body></html>";
    qc_doc d;
    CHECK_INT(run_mem(&d, page, sizeof page - 1), QC_OK);
    CHECK(has(&d, "first reported by Reuters, were confirmed by Tanaka's office"));
    CHECK(has(&d, "\xE3\x83\x89 KeePass \xE3\x81\xAE"));
    qc_doc_reset(&d);
}

int main(void)
{
    RUN(test_furniture_removed);
    RUN(test_headline_not_in_body);
    RUN(test_meta_from_tags);
    RUN(test_meta_from_jsonld);
    RUN(test_headings_are_paragraphs);
    RUN(test_list_items_are_lines);
    RUN(test_broken_markup);
    RUN(test_windows_1252_from_meta);
    RUN(test_latin1_from_meta);
    RUN(test_utf8_despite_declared_latin1);
    RUN(test_http_charset_wins);
    RUN(test_hidden_dropped);
    RUN(test_jsonld_body_fallback);
    RUN(test_related_link_list_dropped);
    RUN(test_link_rich_list_kept);
    RUN(test_no_article);
    RUN(test_garbage_does_not_crash);
    RUN(test_deep_nesting);
    RUN(test_table_rows_joined);
    RUN(test_split_article_joined);
    RUN(test_other_stories_dropped);
    RUN(test_datelines_bylines_credits_dropped);
    RUN(test_meta_fallbacks);
    RUN(test_opengraph_title);
    RUN(test_heading_of_dropped_section);
    RUN(test_headline_paragraph_and_ad_labels);
    RUN(test_link_edges);
    RUN(test_heading_like_title_start_kept);
    RUN(test_loose_captions_dropped);
    qc_html_global_cleanup();
    return check_summary();
}
