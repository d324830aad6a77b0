/* test_segment.c: unit tests of the sentence splitter and the segment stage. */
#include <stdlib.h>

#include "check.h"
#include "segment.h"

static qc_arena *A;
static char got[16][160];
static size_t n_got;

/* Splits `s` and copies the trimmed sentences into got[]. */
static void split(const char *s)
{
    size_t *ends = NULL, n = 0, cap = 0, len = strlen(s), b = 0;
    n_got = 0;
    if (qc_segment_text(A, s, len, &ends, &n, &cap) != QC_OK) return;
    for (size_t k = 0; k < n && n_got < 16; k++) {
        size_t e = ends[k], x = b;
        while (x < e && s[x] == ' ') x++;
        size_t m = e - x < 159 ? e - x : 159;
        memcpy(got[n_got], s + x, m);
        got[n_got][m] = 0;
        n_got++;
        b = e;
    }
}

static void test_plain(void)
{
    split("It rained. The game went on! Did anyone stay?");
    CHECK_INT(n_got, 3);
    CHECK_STR(got[0], "It rained.");
    CHECK_STR(got[1], "The game went on!");
    CHECK_STR(got[2], "Did anyone stay?");
}

static void test_titles(void)
{
    split("Mr. Hale and Mrs. Hale met Dr. Ortiz. Prof. Lin, Gov. Park, Sen. Ruiz and Rep. Cho came too.");
    CHECK_INT(n_got, 2);
    CHECK_STR(got[0], "Mr. Hale and Mrs. Hale met Dr. Ortiz.");
    split("Lt. Col. Amos and Gen. Varga spoke. St. Paul is cold.");
    CHECK_INT(n_got, 2);
    CHECK_STR(got[1], "St. Paul is cold.");
}

static void test_company_suffixes(void)
{
    split("She joined Acme Corp. in May. He left Bolt Inc. The firm grew.");
    CHECK_INT(n_got, 3);
    CHECK_STR(got[0], "She joined Acme Corp. in May.");
    CHECK_STR(got[1], "He left Bolt Inc.");
    split("Tom Reyes Jr. Became mayor. Gray & Co. He said no.");
    CHECK_INT(n_got, 3);
    CHECK_STR(got[0], "Tom Reyes Jr. Became mayor.");
    CHECK_STR(got[2], "He said no.");
}

static void test_versus_and_number(void)
{
    split("It was Ames vs. Boyd. It ranked No. 3 in the poll.");
    CHECK_INT(n_got, 2);
    CHECK_STR(got[1], "It ranked No. 3 in the poll.");
}

static void test_country_acronyms(void)
{
    split("The U.S. and the U.K. agreed at the U.N. on Monday.");
    CHECK_INT(n_got, 1);
    split("Troops left the U.S. The talks ended.");
    CHECK_INT(n_got, 2);
    CHECK_STR(got[0], "Troops left the U.S.");
}

static void test_intl(void)
{
    split("Int'l. Monetary officials met. Int'l observers arrived.");
    CHECK_INT(n_got, 2);
    CHECK_STR(got[1], "Int'l observers arrived.");
}

static void test_months(void)
{
    split("It opens Jan. 5 and closes Sept. 30. Feb. 2 is free. Oct. 1 and Dec. 24 too.");
    CHECK_INT(n_got, 3);
    CHECK_STR(got[0], "It opens Jan. 5 and closes Sept. 30.");
    CHECK_STR(got[1], "Feb. 2 is free.");
}

static void test_decimals(void)
{
    split("Growth was 1.5 percent. Prices rose 0.25 points.");
    CHECK_INT(n_got, 2);
    CHECK_STR(got[0], "Growth was 1.5 percent.");
}

static void test_initials(void)
{
    split("J. K. Rowling wrote it. E. B. White did not.");
    CHECK_INT(n_got, 2);
    CHECK_STR(got[0], "J. K. Rowling wrote it.");
}

static void test_ellipsis(void)
{
    split("It was ... and then it stopped. Wait\xe2\x80\xa6 and see. Then\xe2\x80\xa6 Nothing.");
    CHECK_INT(n_got, 4);
    CHECK_STR(got[0], "It was ... and then it stopped.");
    CHECK_STR(got[1], "Wait\xe2\x80\xa6 and see.");
    CHECK_STR(got[2], "Then\xe2\x80\xa6");
}

static void test_stop_inside_closing_quote(void)
{
    split("He said \"we will win.\" The crowd cheered. She said \xe2\x80\x9cno.\xe2\x80\x9d Then left.");
    CHECK_INT(n_got, 4);
    CHECK_STR(got[0], "He said \"we will win.\"");
    CHECK_STR(got[2], "She said \xe2\x80\x9cno.\xe2\x80\x9d");
    split("It was \xe2\x80\x98over.\xe2\x80\x99 Fans left.");
    CHECK_INT(n_got, 2);
}

static void test_question_inside_quote(void)
{
    split("\"Why now?\" The reporter asked. \"Go!\" Everyone ran.");
    CHECK_INT(n_got, 4);
    CHECK_STR(got[0], "\"Why now?\"");
}

static void test_ongoing_quotation(void)
{
    split("\"Stop,\" he said. \"Don't move!\" she shouted. \"Really?\" asked Tom.");
    CHECK_INT(n_got, 3);
    CHECK_STR(got[1], "\"Don't move!\" she shouted.");
    CHECK_STR(got[2], "\"Really?\" asked Tom.");
    split("\"Why me?\" Anna Marsh asked. \"Go.\" Tom said. \"Yes!\" The crowd cheered.");
    CHECK_INT(n_got, 4);
    CHECK_STR(got[0], "\"Why me?\" Anna Marsh asked.");
    CHECK_STR(got[1], "\"Go.\" Tom said.");
    CHECK_STR(got[2], "\"Yes!\"");
}

static void test_lowercase_after_stop(void)
{
    split("The price is approx. ten dollars, e.g. for a pair.");
    CHECK_INT(n_got, 1);
}

static void test_glued(void)
{
    split("He left early.Then he came back. Visit example.com today. It is 3.5.");
    CHECK_INT(n_got, 4);
    CHECK_STR(got[2], "Visit example.com today.");
    CHECK_STR(got[0], "He left early.");
    CHECK_STR(got[1], "Then he came back.");
}

static void test_cnn_header_and_dashes(void)
{
    split("(CNN)A storm hit -- and it was big. Crews arrived.");
    CHECK_INT(n_got, 2);
    CHECK_STR(got[0], "(CNN)A storm hit -- and it was big.");
}

static void test_last_end_is_len(void)
{
    size_t *ends = NULL, n = 0, cap = 0;
    const char *s = "No stop at the end";
    CHECK_INT(qc_segment_text(A, s, strlen(s), &ends, &n, &cap), QC_OK);
    CHECK_INT(n, 1);
    CHECK_INT(ends[0], strlen(s));
    n = 0;
    CHECK_INT(qc_segment_text(A, "", 0, &ends, &n, &cap), QC_OK);
    CHECK_INT(n, 0);
}

static void test_segment_stage(void)
{
    qc_doc d;
    CHECK_INT(qc_doc_init(&d, NULL), QC_OK);
    const char *t = "On Trade\n\n  It grew. Mr. Lee said so.  \n\nDone.";
    d.len = strlen(t);
    d.text = qc_arena_strndup(d.arena, t, d.len);
    qc_para ps[3] = {{0, 8, QC_PARA_HEADING, -1, 0, 0}, {10, 39, QC_PARA_BODY, -1, 0, 0},
                     {41, 46, QC_PARA_BODY, -1, 0, 0}};
    for (int k = 0; k < 3; k++) QC_PUSH(d.arena, d.paras, d.n_paras, d.cap_paras, ps[k]);
    CHECK_INT(qc_segment(&d), QC_OK);
    CHECK_INT(d.n_sents, 4);
    CHECK_INT(d.paras[0].n_sent, 1);
    CHECK_INT(d.paras[1].first_sent, 1);
    CHECK_INT(d.paras[1].n_sent, 2);
    CHECK_INT(d.paras[2].first_sent, 3);
    CHECK_INT(d.sents[1].start, 12);
    CHECK_INT(d.sents[1].end, 20);
    CHECK_INT(d.sents[2].start, 21);
    CHECK_INT(d.sents[2].end, 37);   /* trailing spaces trimmed */
    CHECK_INT(d.sents[3].para, 2);
    CHECK_INT(d.sents[0].quote, -1);
    qc_doc_reset(&d);
}

static void test_dateline_not_in_first_sentence(void)
{
    qc_doc d;
    CHECK_INT(qc_doc_init(&d, NULL), QC_OK);
    const char *t = "OSLO (Wire) - Snow fell. It melted.\n\nOSLO (Wire) - Again.";
    d.len = strlen(t);
    d.text = qc_arena_strndup(d.arena, t, d.len);
    d.meta.dateline = "OSLO (Wire)";
    qc_para ps[2] = {{0, 35, QC_PARA_BODY, -1, 0, 0}, {37, 57, QC_PARA_BODY, -1, 0, 0}};
    for (int k = 0; k < 2; k++) QC_PUSH(d.arena, d.paras, d.n_paras, d.cap_paras, ps[k]);
    CHECK_INT(qc_segment(&d), QC_OK);
    CHECK_INT(d.n_sents, 3);
    CHECK_INT(d.sents[0].start, 14);   /* "Snow fell." */
    CHECK_INT(d.sents[0].end, 24);
    CHECK_INT(d.sents[2].start, 37);   /* only the first paragraph */
    d.meta.dateline = "(CNN)";
    const char *c = "(CNN)Rain fell.";
    d.text = qc_arena_strdup(d.arena, c);
    d.len = strlen(c);
    d.n_paras = 0;
    qc_para pc = {0, 15, QC_PARA_BODY, -1, 0, 0};
    QC_PUSH(d.arena, d.paras, d.n_paras, d.cap_paras, pc);
    CHECK_INT(qc_segment(&d), QC_OK);
    CHECK_INT(d.n_sents, 1);
    CHECK_INT(d.sents[0].start, 5);
    qc_doc_reset(&d);
}

/* Segments `text` as one body paragraph of a fresh *d (reset by the caller). */
static qc_status segment_one(qc_doc *d, const char *text)
{
    if (qc_doc_init(d, NULL) != QC_OK) return QC_ERR_NOMEM;
    d->len = strlen(text);
    d->text = qc_arena_strndup(d->arena, text, d->len);
    qc_para p = {0, d->len, QC_PARA_BODY, -1, 0, 0};
    if (QC_PUSH(d->arena, d->paras, d->n_paras, d->cap_paras, p)) return QC_ERR_NOMEM;
    return qc_segment(d);
}

static void test_no_sentences(void)
{
    qc_doc d;
    CHECK_INT(segment_one(&d, "   "), QC_ERR_NO_SENTENCES);
    qc_doc_reset(&d);
}

/* Punctuation alone is nothing to say: no sentence of its own, and an
 * article of nothing else has no sentences; digits and any script count. */
static void test_punctuation_is_no_sentence(void)
{
    qc_doc d;
    CHECK_INT(qc_doc_init(&d, NULL), QC_OK);
    const char *t = "It rained. The game went on.\n\n***\n\n\xe2\x80\x94 \xe2\x80\xa6";
    d.len = strlen(t);
    d.text = qc_arena_strndup(d.arena, t, d.len);
    qc_para ps[3] = {{0, 28, QC_PARA_BODY, -1, 0, 0}, {30, 33, QC_PARA_BODY, -1, 0, 0},
                     {35, d.len, QC_PARA_BODY, -1, 0, 0}};
    for (int k = 0; k < 3; k++) QC_PUSH(d.arena, d.paras, d.n_paras, d.cap_paras, ps[k]);
    CHECK_INT(qc_segment(&d), QC_OK);
    CHECK_INT(d.n_sents, 2);
    CHECK_INT(d.paras[1].n_sent, 0);
    CHECK_INT(d.paras[2].n_sent, 0);
    qc_doc_reset(&d);

    const char *only[] = {"!!! ??? ...", "--- *** ---", "\xef\xbf\xbd\xef\xbf\xbd.", "\xc2\xa9 \xc2\xbb"};
    for (int i = 0; i < 4; i++) {
        CHECK_INT(segment_one(&d, only[i]), QC_ERR_NO_SENTENCES);
        qc_doc_reset(&d);
    }
    const char *some[] = {"12345 67890", "\xe5\x8c\x97\xe4\xba\xac\xe3\x80\x82", "\xc3\x89t\xc3\xa9."};
    for (int i = 0; i < 3; i++) {
        CHECK_INT(segment_one(&d, some[i]), QC_OK);
        CHECK_INT(d.n_sents, 1);
        qc_doc_reset(&d);
    }
}

int main(void)
{
    A = qc_arena_new();
    if (!A) return 1;
    RUN(test_plain);
    RUN(test_titles);
    RUN(test_company_suffixes);
    RUN(test_versus_and_number);
    RUN(test_country_acronyms);
    RUN(test_intl);
    RUN(test_months);
    RUN(test_decimals);
    RUN(test_initials);
    RUN(test_ellipsis);
    RUN(test_stop_inside_closing_quote);
    RUN(test_question_inside_quote);
    RUN(test_ongoing_quotation);
    RUN(test_lowercase_after_stop);
    RUN(test_glued);
    RUN(test_cnn_header_and_dashes);
    RUN(test_last_end_is_len);
    RUN(test_segment_stage);
    RUN(test_dateline_not_in_first_sentence);
    RUN(test_no_sentences);
    RUN(test_punctuation_is_no_sentence);
    qc_arena_free(A);
    return check_summary();
}
