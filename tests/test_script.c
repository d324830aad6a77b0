/* test_script.c: unit tests of script composition on hand-built article models. */
#include <stdlib.h>

#include "check.h"
#include "script.h"
#include "text.h"

static qc_doc D;

/* A fresh doc over `text`; `intro` false is --no-intro. */
static void setup(const char *text, bool intro)
{
    qc_options o;
    qc_options_init(&o);
    o.no_intro = !intro;
    qc_doc_init(&D, &o);
    D.text = qc_arena_strdup(D.arena, text);
    D.len = strlen(text);
}

static size_t off(const char *needle)
{
    const char *p = strstr(D.text, needle);
    return p ? (size_t)(p - D.text) : 0;
}

/* A paragraph spanning `first`..`last` (substrings of the text). */
static void para(const char *first, const char *last, qc_para_kind kind, int section)
{
    qc_para p = {off(first), off(last) + strlen(last), kind, section, D.n_sents, 0};
    QC_PUSH(D.arena, D.paras, D.n_paras, D.cap_paras, p);
}

static void sent(const char *s)
{
    size_t st = off(s), para = 0;
    for (size_t k = 0; k < D.n_paras; k++)
        if (D.paras[k].start <= st && st < D.paras[k].end) para = k;
    qc_sentence se = {st, st + strlen(s), para, -1, 0, NULL, false};
    QC_PUSH(D.arena, D.sents, D.n_sents, D.cap_sents, se);
    D.paras[para].n_sent++;
}

static void section(const char *heading_para_text, size_t first, size_t end)
{
    size_t h = 0;
    for (size_t k = 0; k < D.n_paras; k++)
        if (D.paras[k].start == off(heading_para_text)) h = k;
    qc_section s = {h, first, end};
    QC_PUSH(D.arena, D.sections, D.n_sections, D.cap_sections, s);
}

/* A quote: its text (marks included), the mention, the resolved name, the cue. */
static void quote(const char *qtext, const char *mention, size_t mention_from, const char *name, const char *cue,
                  bool partial)
{
    qc_quote q = {0};
    q.start = off(qtext);
    q.end = q.start + strlen(qtext);
    q.sp_start = q.sp_end = QC_NONE;
    if (mention) {
        const char *p = strstr(D.text + mention_from, mention);
        q.sp_start = (size_t)(p - D.text);
        q.sp_end = q.sp_start + strlen(mention);
    }
    q.speaker_name = name;
    q.cue = cue;
    q.partial = partial;
    q.first_sent = q.last_sent = QC_NONE;
    for (size_t k = 0; k < D.n_sents; k++) {
        if (D.sents[k].end <= q.start || D.sents[k].start >= q.end) continue;
        if (q.first_sent == QC_NONE) q.first_sent = k;
        q.last_sent = k;
        if (D.sents[k].quote < 0) D.sents[k].quote = (int)D.n_quotes;
    }
    QC_PUSH(D.arena, D.quotes, D.n_quotes, D.cap_quotes, q);
}

static void choose_all(void)
{
    D.chosen = qc_arena_alloc(D.arena, (D.n_sents + 1) * sizeof *D.chosen);
    for (size_t k = 0; k < D.n_sents; k++) D.chosen[k] = k;
    D.n_chosen = D.n_sents;
}

static void choose(size_t k)
{
    if (!D.chosen) D.chosen = qc_arena_alloc(D.arena, 64 * sizeof *D.chosen);
    D.chosen[D.n_chosen++] = k;
}

/* Line `n` (0-based) of the script, or "" */
static const char *line(size_t n)
{
    static char buf[1024];
    const char *p = D.script ? D.script : "";
    for (size_t k = 0; k < n && p; k++) {
        p = strchr(p, '\n');
        if (p) p++;
    }
    if (!p) return "";
    size_t len = strcspn(p, "\n");
    if (len >= sizeof buf) len = sizeof buf - 1;
    memcpy(buf, p, len);
    buf[len] = '\0';
    return buf;
}

static size_t n_lines(void)
{
    size_t n = 0;
    for (const char *p = D.script; p && *p; p++) n += *p == '\n';
    return n;
}

static void test_plain_sentence_no_intro(void)
{
    setup("Sales rose 5% to $2bn on Jan. 5.", false);
    para("Sales", "5.", QC_PARA_BODY, -1);
    sent("Sales rose 5% to $2bn on Jan. 5.");
    choose_all();
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_STR(D.script, "Sales rose 5 percent to 2 billion dollars on January fifth.\n");
    CHECK_INT(D.n_items, 1);
    CHECK_INT(D.items[0].kind, QC_ITEM_SENTENCE);
    CHECK_INT(D.segs[0].voice, QC_VOICE_NARRATOR);
    CHECK_INT(D.segs[0].src_start, 0);
    qc_doc_reset(&D);
}

/* A label cut inside a long word stops at a character boundary (valid UTF-8). */
static void test_label_cut_keeps_utf8(void)
{
    char text[256] = "A";
    for (int k = 0; k < 45; k++) strcat(text, "\xC3\xB6");   /* o-umlaut: lead bytes at odd offsets */
    strcat(text, " rose.");
    setup(text, false);
    para("A", "rose.", QC_PARA_BODY, -1);
    sent(text);
    choose_all();
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_INT(D.n_items, 1);
    const char *l = D.items[0].label;
    CHECK(l != NULL);
    size_t n = l ? strlen(l) : 0, i = 0, k = 1;
    while (i < n && (k = qc_utf8_valid_len((const unsigned char *)l + i, n - i))) i += k;
    CHECK_INT(i, n);
    CHECK(n < strlen(text));
    qc_doc_reset(&D);
}

/* A sentence ending in "\xC3\xA0" (a-grave) keeps it whole: its last byte
 * 0xA0 is not a no-break space to trim. */
static void test_trim_keeps_whole_characters(void)
{
    setup("The ferry sailed to Tromso, voil\xC3\xA0", false);
    para("The", "voil\xC3\xA0", QC_PARA_BODY, -1);
    sent("The ferry sailed to Tromso, voil\xC3\xA0");
    choose_all();
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_INT(D.n_segs, 1);
    CHECK(D.n_segs && strstr(D.segs[0].text, "voil\xC3\xA0") != NULL);
    qc_doc_reset(&D);
}

/* Two quotes of one speaker, the attribution after both: the circumstance
 * search must not run from the mention back to the second quote (an
 * inverted range read past the text; caught by sanitizer builds). */
static void test_attribution_after_two_quotes(void)
{
    setup("\"We are ready,\" \"and we will sign,\" said Jane Miller.", false);
    para("\"We", "Miller.", QC_PARA_BODY, -1);
    sent("\"We are ready,\" \"and we will sign,\" said Jane Miller.");
    quote("\"We are ready,\"", "Jane Miller", 0, "Jane Miller", "said", false);
    quote("\"and we will sign,\"", "Jane Miller", 0, "Jane Miller", "said", false);
    choose_all();
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK(strstr(line(0), "Jane Miller said") != NULL);
    CHECK(strstr(line(0), "sign") != NULL);
    qc_doc_reset(&D);
}

static void test_quote_speaker_first_then_surname(void)
{
    setup("The board met on Monday. \"We will not back down,\" Jane Miller said. "
          "Costs rose again. \"It is a fair deal,\" she said.", false);
    para("The board", "she said.", QC_PARA_BODY, -1);
    sent("The board met on Monday.");
    sent("\"We will not back down,\" Jane Miller said.");
    sent("Costs rose again.");
    sent("\"It is a fair deal,\" she said.");
    quote("\"We will not back down,\"", "Jane Miller", 0, "Jane Miller", "said", false);
    quote("\"It is a fair deal,\"", "she", off("Costs"), "Jane Miller", "said", false);
    choose_all();
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_INT(n_lines(), 4);
    CHECK_STR(line(1), "Jane Miller said: We will not back down.");
    CHECK_STR(line(3), "Miller said: It is a fair deal.");
    CHECK_INT(D.items[1].kind, QC_ITEM_QUOTE);
    CHECK_INT(D.items[1].quote, 0);
    CHECK_INT(D.items[1].n_seg, 2);
    const qc_seg *attr = &D.segs[D.items[1].first_seg], *words = attr + 1;
    CHECK_INT(attr->voice, QC_VOICE_NARRATOR);
    CHECK_INT(attr->src_start, QC_NONE);
    CHECK_INT(words->voice, QC_VOICE_QUOTE);
    CHECK_STR(words->spoken, "We will not back down.");
    CHECK_INT(words->src_start, off("We will"));
    CHECK(words->map.n >= 1 && words->map.a[0].out == 0 && words->map.a[0].in == off("We will"));
    CHECK(D.items[1].label && strstr(D.items[1].label, "Jane Miller") == D.items[1].label);
    qc_doc_reset(&D);
}

/* --all reads the article as written: no speaker-first rewrite. */
static void test_all_mode_reads_quotes_as_written(void)
{
    setup("\"We will not back down,\" Jane Miller said.", false);
    para("\"We", "said.", QC_PARA_BODY, -1);
    sent("\"We will not back down,\" Jane Miller said.");
    quote("\"We will not back down,\"", "Jane Miller", 0, "Jane Miller", "said", false);
    choose_all();
    D.opt.all = true;
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_INT(n_lines(), 1);
    CHECK(strstr(line(0), "Jane Miller said") != NULL);
    CHECK(strncmp(line(0), "Jane Miller said:", 17) != 0);
    qc_doc_reset(&D);
}

static void test_added_after_same_speaker(void)
{
    setup("\"First point,\" Tom Reed said. \"Second point,\" Reed said.", false);
    para("\"First", "Reed said.", QC_PARA_BODY, -1);
    sent("\"First point,\" Tom Reed said.");
    sent("\"Second point,\" Reed said.");
    quote("\"First point,\"", "Tom Reed", 0, "Tom Reed", "said", false);
    quote("\"Second point,\"", "Reed", off("\"Second"), "Tom Reed", "said", false);
    choose_all();
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_STR(line(0), "Tom Reed said: First point.");
    CHECK_STR(line(1), "Reed added: Second point.");
    qc_doc_reset(&D);
}

static void test_first_quote_is_said_not_added(void)
{
    setup("\"It is over,\" Tom Reed added.", false);
    para("\"It", "added.", QC_PARA_BODY, -1);
    sent("\"It is over,\" Tom Reed added.");
    quote("\"It is over,\"", "Tom Reed", 0, "Tom Reed", "added", false);
    choose_all();
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_STR(D.script, "Tom Reed said: It is over.\n");
    qc_doc_reset(&D);
}

static void test_attribution_before_quote(void)
{
    setup("The minister said: \"Costs rose by $3m this year.\"", false);
    para("The minister", "year.\"", QC_PARA_BODY, -1);
    sent("The minister said: \"Costs rose by $3m this year.\"");
    quote("\"Costs rose by $3m this year.\"", "The minister", 0, "Ana Ruiz", "said", false);
    choose_all();
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_STR(line(0), "Ana Ruiz said: Costs rose by 3 million dollars this year.");
    qc_doc_reset(&D);
}

static void test_attribution_in_the_middle(void)
{
    setup("\"We tried,\" Ann Cho said, \"but it failed.\"", false);
    para("\"We", "failed.\"", QC_PARA_BODY, -1);
    sent("\"We tried,\" Ann Cho said, \"but it failed.\"");
    quote("\"We tried,\"", "Ann Cho", 0, "Ann Cho", "said", false);
    quote("\"but it failed.\"", "Ann Cho", 0, "Ann Cho", "said", false);
    D.sents[0].quote = 0;
    choose_all();
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_STR(line(0), "Ann Cho said: We tried, but it failed.");
    CHECK(strstr(D.script, "Cho said,") == NULL);
    qc_doc_reset(&D);
}

static void test_circumstance_kept(void)
{
    setup("\"Prices will fall,\" Lee Park said in an interview with the radio.", false);
    para("\"Prices", "radio.", QC_PARA_BODY, -1);
    sent("\"Prices will fall,\" Lee Park said in an interview with the radio.");
    quote("\"Prices will fall,\"", "Lee Park", 0, "Lee Park", "said", false);
    choose_all();
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_STR(line(0), "Lee Park said in an interview with the radio: Prices will fall.");
    qc_doc_reset(&D);
}

static void test_multi_sentence_quote_last_part(void)
{
    setup("\"The first part is long. The second part matters,\" Bo Li said.", false);
    para("\"The first", "said.", QC_PARA_BODY, -1);
    sent("\"The first part is long.");
    sent("The second part matters,\" Bo Li said.");
    quote("\"The first part is long. The second part matters,\"", "Bo Li", 0, "Bo Li", "said", false);
    choose(1);
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_STR(D.script, "Bo Li said: The second part matters.\n");
    qc_doc_reset(&D);
}

static void test_whole_multi_sentence_quote_one_item(void)
{
    setup("\"The first part is long. The second part matters,\" Bo Li said.", false);
    para("\"The first", "said.", QC_PARA_BODY, -1);
    sent("\"The first part is long.");
    sent("The second part matters,\" Bo Li said.");
    quote("\"The first part is long. The second part matters,\"", "Bo Li", 0, "Bo Li", "said", false);
    choose_all();
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_STR(D.script, "Bo Li said: The first part is long. The second part matters.\n");
    CHECK_INT(D.n_items, 1);
    qc_doc_reset(&D);
}

static void test_partial_quote_is_narrated(void)
{
    setup("She called the plan \"a real mess\" on Friday.", false);
    para("She", "Friday.", QC_PARA_BODY, -1);
    sent("She called the plan \"a real mess\" on Friday.");
    quote("\"a real mess\"", "She", 0, "Eve Long", "called", true);
    choose_all();
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_STR(D.script, "She called the plan \"a real mess\" on Friday.\n");
    CHECK_INT(D.items[0].kind, QC_ITEM_SENTENCE);
    CHECK_INT(D.segs[0].voice, QC_VOICE_NARRATOR);
    qc_doc_reset(&D);
}

static void test_intro_headings_outro(void)
{
    setup("Budget Talks Stall\n\nLeaders met for hours.\n\nOn Taxes\n\nThe tax plan was dropped. It may return.", true);
    D.meta.title = "Budget Talks Stall";
    D.meta.source = "Example News";
    D.meta.title_start = D.meta.title_end = QC_NONE;
    para("Leaders", "hours.", QC_PARA_BODY, -1);
    para("On Taxes", "On Taxes", QC_PARA_HEADING, 0);
    para("The tax", "return.", QC_PARA_BODY, 0);
    section("On Taxes", 2, 3);
    sent("Leaders met for hours.");
    sent("On Taxes");
    sent("The tax plan was dropped.");
    sent("It may return.");
    choose(0);
    choose(2);
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_STR(line(0), "From Example News: Budget Talks Stall.");
    CHECK_STR(line(1), "Leaders met for hours.");
    CHECK_STR(line(2), "On Taxes.");
    CHECK_STR(line(3), "The tax plan was dropped.");
    CHECK_STR(line(4), "That was the briefing from Example News.");
    CHECK_INT(D.n_items, 5);
    CHECK_INT(D.items[0].kind, QC_ITEM_INTRO);
    CHECK_INT(D.items[2].kind, QC_ITEM_HEADING);
    CHECK_STR(D.items[2].label, "On Taxes");
    CHECK_INT(D.items[4].kind, QC_ITEM_OUTRO);
    for (size_t k = 0; k < D.n_items; k++) CHECK(D.items[k].pause_after >= 0 && D.items[k].pause_after < 2);
    CHECK(D.items[3].pause_after > D.items[1].pause_after - 1);
    qc_doc_reset(&D);
}

static void test_no_intro_drops_intro_and_outro(void)
{
    setup("Leaders met for hours.", false);
    D.meta.title = "Budget Talks Stall";
    D.meta.source = "Example News";
    para("Leaders", "hours.", QC_PARA_BODY, -1);
    sent("Leaders met for hours.");
    choose_all();
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_STR(D.script, "Leaders met for hours.\n");
    qc_doc_reset(&D);
}

static void test_abbreviation_split_rejoined(void)
{
    setup("Mr. Smith left early.", false);
    para("Mr.", "early.", QC_PARA_BODY, -1);
    sent("Mr.");
    sent("Smith left early.");
    choose_all();
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_STR(D.script, "Mister Smith left early.\n");
    CHECK_INT(D.n_items, 1);
    qc_doc_reset(&D);
}

static void test_dateline_dropped(void)
{
    setup("PARIS (Wire) - The talks ended.", false);
    D.meta.dateline = "PARIS (Wire)";
    para("PARIS", "ended.", QC_PARA_BODY, -1);
    sent("PARIS (Wire) - The talks ended.");
    choose_all();
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_STR(D.script, "The talks ended.\n");
    CHECK_INT(D.segs[0].src_start, off("The talks"));
    qc_doc_reset(&D);
}

static void test_generic_dateline_dropped(void)
{
    setup("LONDON, May 3 (Wire) \xE2\x80\x94 Rates rose. WHO - or what - knows.", false);
    para("LONDON", "knows.", QC_PARA_BODY, -1);
    sent("LONDON, May 3 (Wire) \xE2\x80\x94 Rates rose.");
    sent("WHO - or what - knows.");
    choose_all();
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_STR(line(0), "Rates rose.");
    CHECK_STR(line(1), "WHO, or what, knows.");
    qc_doc_reset(&D);
}

static void test_surname_with_particles(void)
{
    setup("\"One,\" Ana van der Berg said. \"Two,\" Ana van der Berg said.", false);
    para("\"One", "said.", QC_PARA_BODY, -1);
    sent("\"One,\" Ana van der Berg said.");
    sent("\"Two,\" Ana van der Berg said.");
    quote("\"One,\"", "Ana van der Berg", 0, "Ana van der Berg", "said", false);
    quote("\"Two,\"", "Ana van der Berg", off("\"Two"), "Ana van der Berg", "said", false);
    choose_all();
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_STR(line(0), "Ana van der Berg said: One.");
    CHECK_STR(line(1), "Van der Berg added: Two.");     /* (opening the line, as English writes it) */
    qc_doc_reset(&D);
}

/* A body or a description is said in full each time, bodies with "the",
 * and a description met before with "the" for its "a". */
static void test_bodies_and_descriptions_not_shortened(void)
{
    setup("\"Revenue fell,\" the ministry said. \"We will cut,\" the ministry added. "
          "\"It is bad,\" a farmer in Ohio said. \"We wait,\" the farmer said.", false);
    para("\"Revenue", "said.", QC_PARA_BODY, -1);
    sent("\"Revenue fell,\" the ministry said.");
    sent("\"We will cut,\" the ministry added.");
    sent("\"It is bad,\" a farmer in Ohio said.");
    sent("\"We wait,\" the farmer said.");
    quote("\"Revenue fell,\"", "the ministry", 0, "Ministry of Finance", "said", false);
    D.quotes[0].speaker_group = true;
    quote("\"We will cut,\"", "the ministry", off("\"We will"), "Ministry of Finance", "added", false);
    D.quotes[1].speaker_group = true;
    quote("\"It is bad,\"", "a farmer in Ohio", 0, "a farmer in Ohio", "said", false);
    D.quotes[2].speaker_group = true;
    quote("\"We wait,\"", "the farmer", off("\"We wait"), "a farmer in Ohio", "said", false);
    D.quotes[3].speaker_group = true;
    choose_all();
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_STR(line(0), "The Ministry of Finance said: Revenue fell.");
    CHECK_STR(line(1), "The Ministry of Finance added: We will cut.");
    CHECK_STR(line(2), "A farmer in Ohio said: It is bad.");
    CHECK_STR(line(3), "The farmer in Ohio added: We wait.");
    qc_doc_reset(&D);
    /* "the" for "Bank of England"-like names only when they are bodies by
     * their words: not "Bank of America", not "Marks and Spencer" */
    setup("\"Rates will fall,\" Bank of America said. \"Sales rose,\" Marks and Spencer said.", false);
    para("\"Rates", "said.", QC_PARA_BODY, -1);
    sent("\"Rates will fall,\" Bank of America said.");
    sent("\"Sales rose,\" Marks and Spencer said.");
    quote("\"Rates will fall,\"", "Bank of America", 0, "Bank of America", "said", false);
    D.quotes[0].speaker_group = true;
    quote("\"Sales rose,\"", "Marks and Spencer", 0, "Marks and Spencer", "said", false);
    D.quotes[1].speaker_group = true;
    choose_all();
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_STR(line(0), "Bank of America said: Rates will fall.");
    CHECK_STR(line(1), "Marks and Spencer said: Sales rose.");
    qc_doc_reset(&D);
}

static void test_apposition_after_attribution_dropped(void)
{
    setup("\"It works,\" Kim Lo, head of games at the firm, told the paper.", false);
    para("\"It", "paper.", QC_PARA_BODY, -1);
    sent("\"It works,\" Kim Lo, head of games at the firm, told the paper.");
    quote("\"It works,\"", "Kim Lo", 0, "Kim Lo", "told", false);
    choose_all();
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_STR(D.script, "Kim Lo said: It works.\n");
    qc_doc_reset(&D);
}

static void test_editorial_bracket(void)
{
    setup("He said they [the rebels] would stay.", false);
    para("He", "stay.", QC_PARA_BODY, -1);
    sent("He said they [the rebels] would stay.");
    choose_all();
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_STR(D.script, "He said the rebels would stay.\n");
    qc_doc_reset(&D);
}

static void test_empty_selection(void)
{
    setup("Nothing chosen.", true);
    para("Nothing", "chosen.", QC_PARA_BODY, -1);
    sent("Nothing chosen.");
    CHECK_INT(qc_script(&D), QC_OK);
    CHECK_STR(D.script, "");
    CHECK_INT(D.n_items, 0);
    qc_doc_reset(&D);
}

int main(void)
{
    RUN(test_plain_sentence_no_intro);
    RUN(test_label_cut_keeps_utf8);
    RUN(test_trim_keeps_whole_characters);
    RUN(test_attribution_after_two_quotes);
    RUN(test_quote_speaker_first_then_surname);
    RUN(test_all_mode_reads_quotes_as_written);
    RUN(test_added_after_same_speaker);
    RUN(test_first_quote_is_said_not_added);
    RUN(test_attribution_before_quote);
    RUN(test_attribution_in_the_middle);
    RUN(test_circumstance_kept);
    RUN(test_multi_sentence_quote_last_part);
    RUN(test_whole_multi_sentence_quote_one_item);
    RUN(test_partial_quote_is_narrated);
    RUN(test_intro_headings_outro);
    RUN(test_no_intro_drops_intro_and_outro);
    RUN(test_abbreviation_split_rejoined);
    RUN(test_dateline_dropped);
    RUN(test_generic_dateline_dropped);
    RUN(test_surname_with_particles);
    RUN(test_bodies_and_descriptions_not_shortened);
    RUN(test_apposition_after_attribution_dropped);
    RUN(test_editorial_bracket);
    RUN(test_empty_selection);
    return check_summary();
}
