/* test_select.c: selection: budgets (-n, --words, --ratio, --seconds, --all), MMR, section coverage, context. */
#include <math.h>
#include <stdlib.h>

#include "check.h"
#include "doc_fixture.h"
#include "score.h"
#include "select.h"

static qc_options opts(qc_mode mode)
{
    qc_options o;
    qc_options_init(&o);
    o.mode = mode;
    o.no_intro = true;
    return o;
}

/* Scores and selects; returns the chosen indices as a string like "0,2". */
static const char *run(qc_doc *d)
{
    static char out[256];
    out[0] = '\0';
    if (qc_score(d) != QC_OK || qc_select(d) != QC_OK) return "error";
    for (size_t k = 0; k < d->n_chosen; k++) {
        char one[24];
        snprintf(one, sizeof one, k ? ",%zu" : "%zu", d->chosen[k]);
        strcat(out, one);
        if (!d->sents[d->chosen[k]].selected) return "flag missing";
    }
    size_t flagged = 0;
    for (size_t i = 0; i < d->n_sents; i++) flagged += d->sents[i].selected;
    return flagged == d->n_chosen ? out : "stray flag";
}

static const char *const news[] = {
    "The city council voted on Monday to close the old harbour bridge for repairs. | "
    "Engineers found deep cracks in two of the bridge's steel supports last month. | "
    "The repairs are expected to take eight months and cost twelve million euros. | "
    "Ferries will carry commuters across the harbour while the bridge is closed. | "
    "Shop owners near the bridge fear they will lose customers during the works. | "
    "The council promised to review the ferry timetable after the first month."};

static void n_takes_the_best_in_article_order(void)
{
    qc_options o = opts(QC_MODE_SUMMARY);
    o.max_sentences = 3;
    qc_doc d;
    build(&d, &o, news, 1);
    CHECK_STR(run(&d), "0,1,2"); /* the lead prior wins on plain news */
    qc_doc_reset(&d);
}

static void a_strong_later_sentence_can_beat_the_lead(void)
{
    qc_options o = opts(QC_MODE_SUMMARY);
    o.max_sentences = 2;
    qc_doc d;
    build(&d, &o, news, 1);
    CHECK(qc_score(&d) == QC_OK);
    d.sents[4].score = 5; /* overwhelming evidence */
    CHECK(qc_select(&d) == QC_OK);
    CHECK_INT(d.n_chosen, 2);
    CHECK_INT(d.chosen[0], 0);
    CHECK_INT(d.chosen[1], 4);
    qc_doc_reset(&d);
}

static void all_reads_every_body_sentence_and_no_heading(void)
{
    const char *p[] = {"First body sentence of the story here. | Second body sentence follows it.",
                       "# A Heading", "Third body sentence after the heading."};
    qc_options o = opts(QC_MODE_QUOTES);
    o.all = true;
    qc_doc d;
    build(&d, &o, p, 3);
    CHECK_STR(run(&d), "0,1,3");
    qc_doc_reset(&d);
}

static void headings_are_never_selected(void)
{
    const char *p[] = {"# Bridge Repairs Bridge Repairs", "The bridge repairs will start soon.",
                       "# Ferries", "Ferries will run every hour."};
    qc_options o = opts(QC_MODE_SUMMARY);
    o.max_sentences = 4;
    qc_doc d;
    build(&d, &o, p, 4);
    CHECK_STR(run(&d), "1,3");
    qc_doc_reset(&d);
}

static void words_budget_caps_the_total(void)
{
    qc_options o = opts(QC_MODE_SUMMARY);
    o.max_words = 30;
    qc_doc d;
    build(&d, &o, news, 1);
    run(&d);
    size_t w = 0;
    for (size_t k = 0; k < d.n_chosen; k++) {
        const qc_sentence *s = &d.sents[d.chosen[k]];
        w += qc_score_count_words(d.text + s->start, s->end - s->start);
    }
    CHECK(w <= 30);
    CHECK_INT(d.n_chosen, 2);
    qc_doc_reset(&d);
}

static void ratio_takes_a_share_of_the_sentences(void)
{
    qc_options o = opts(QC_MODE_SUMMARY);
    o.ratio = 0.5;
    qc_doc d;
    build(&d, &o, news, 1);
    run(&d);
    CHECK_INT(d.n_chosen, 3);
    qc_doc_reset(&d);
    o.ratio = 0.01; /* never nothing */
    build(&d, &o, news, 1);
    run(&d);
    CHECK_INT(d.n_chosen, 1);
    qc_doc_reset(&d);
}

/* A ratio too large for a sentence count (API callers are not range-checked)
 * selects as a ratio of 1 does. */
static void a_huge_ratio_is_a_ratio_of_one(void)
{
    qc_options o = opts(QC_MODE_SUMMARY);
    o.ratio = 1.0;
    qc_doc d;
    build(&d, &o, news, 1);
    run(&d);
    size_t all = d.n_chosen;
    qc_doc_reset(&d);
    o.ratio = 1e300;
    build(&d, &o, news, 1);
    run(&d);
    CHECK(all > 1);
    CHECK_INT(d.n_chosen, all);
    qc_doc_reset(&d);
}

static void budgets_combine_and_the_tightest_wins(void)
{
    qc_options o = opts(QC_MODE_SUMMARY);
    o.max_sentences = 5;
    o.max_words = 16;
    qc_doc d;
    build(&d, &o, news, 1);
    run(&d);
    CHECK_INT(d.n_chosen, 1);
    qc_doc_reset(&d);
    o.max_words = 1000;
    o.ratio = 0.34;
    build(&d, &o, news, 1);
    run(&d);
    CHECK_INT(d.n_chosen, 2);
    qc_doc_reset(&d);
}

static double spoken_seconds(const qc_doc *d)
{
    double s = 0;
    for (size_t k = 0; k < d->n_chosen; k++) {
        const qc_sentence *x = &d->sents[d->chosen[k]];
        s += qc_select_estimate_seconds(d, qc_score_count_words(d->text + x->start, x->end - x->start));
    }
    return s;
}

static void seconds_budget_fits_the_estimate_and_counts_the_intro(void)
{
    qc_options o = opts(QC_MODE_SUMMARY);
    o.seconds = 12;
    qc_doc d;
    build(&d, &o, news, 1);
    run(&d);
    size_t without_intro = d.n_chosen;
    CHECK(without_intro >= 2);
    CHECK(spoken_seconds(&d) <= 12);
    qc_doc_reset(&d);
    o.no_intro = false;
    build(&d, &o, news, 1);
    d.meta.title = "Harbour bridge to close for eight months of repairs";
    run(&d);
    CHECK(d.n_chosen < without_intro);
    qc_doc_reset(&d);
}

static void default_budget_is_about_a_minute(void)
{
    const char *p[] = {news[0], news[0], news[0], news[0]};
    qc_options o = opts(QC_MODE_SUMMARY);
    qc_doc d;
    build(&d, &o, p, 4);
    run(&d);
    double s = spoken_seconds(&d);
    CHECK(s > 40 && s <= 60);
    qc_doc_reset(&d);
}

static void estimate_follows_the_rate(void)
{
    qc_options o = opts(QC_MODE_SUMMARY);
    qc_doc d;
    qc_doc_init(&d, &o);
    double base = qc_select_estimate_seconds(&d, 170);
    CHECK(base > 50 && base < 70); /* 170 words at the default 170 wpm: about a minute */
    d.opt.rate = 340;
    CHECK(fabs(qc_select_estimate_seconds(&d, 170) - base / 2) < 1e-9);
    CHECK(qc_select_estimate_seconds(&d, 0) == 0);
    qc_doc_reset(&d);
}

static void mmr_skips_a_repeated_sentence(void)
{
    const char *p[] = {"Storm winds toppled trees across the northern province overnight. | "
                       "Storm winds toppled trees across the northern province overnight. | "
                       "Schools will stay closed on Friday while crews clear the roads."};
    qc_options o = opts(QC_MODE_SUMMARY);
    o.max_sentences = 2;
    qc_doc d;
    build(&d, &o, p, 1);
    CHECK_STR(run(&d), "0,2");
    qc_doc_reset(&d);
}

static const char *const interview[] = {
    "The foreign minister gave a long interview about the treaty talks on Sunday. | "
    "\"We are ready to sign the treaty this year,\" Karlsson said. | "
    "\"The treaty protects both our nations from a new arms race,\" Karlsson said.",
    "# On Trade",
    ("The minister also spoke about the trade dispute with the neighbouring state. | "
     "\"Tariffs hurt farmers on both sides of the border,\" Karlsson said.")};

static void quotes_mode_covers_each_section_first(void)
{
    qc_options o = opts(QC_MODE_QUOTES);
    o.max_sentences = 2;
    qc_doc d;
    build(&d, &o, interview, 3);
    quote(&d, 1, "Ingrid Karlsson", false);
    quote(&d, 2, "Ingrid Karlsson", false);
    quote(&d, 5, "Ingrid Karlsson", false);
    CHECK_STR(run(&d), "1,5"); /* one quote per section before a second from the first */
    qc_doc_reset(&d);
}

static void summary_mode_has_no_quote_coverage(void)
{
    qc_options o = opts(QC_MODE_SUMMARY);
    o.max_sentences = 2;
    qc_doc d;
    build(&d, &o, interview, 3);
    quote(&d, 1, "Ingrid Karlsson", false);
    quote(&d, 2, "Ingrid Karlsson", false);
    quote(&d, 5, "Ingrid Karlsson", false);
    const char *got = run(&d);
    CHECK(strncmp(got, "0,", 2) == 0); /* the lead, not two quotes */
    qc_doc_reset(&d);
}

static void a_quote_that_leans_back_gets_its_context(void)
{
    const char *p[] = {"Prices for bread rose by a third in the capital this spring. | "
                       "The minister blamed the drought for the poor harvest. | "
                       "\"This is the worst harvest in forty years,\" Okafor said. | "
                       "Farmers in the south asked for emergency loans from the state bank."};
    qc_options o = opts(QC_MODE_QUOTES);
    o.max_sentences = 2;
    qc_doc d;
    build(&d, &o, p, 1);
    quote(&d, 2, "Grace Okafor", false);
    CHECK_STR(run(&d), "1,2");
    qc_doc_reset(&d);
}

static void a_clear_quote_needs_no_context(void)
{
    const char *p[] = {"Prices for bread rose by a third in the capital this spring. | "
                       "The minister blamed the drought for the poor harvest. | "
                       "\"The drought is the worst in forty years,\" Okafor said. | "
                       "Farmers in the south asked for emergency loans from the state bank."};
    qc_options o = opts(QC_MODE_QUOTES);
    o.max_sentences = 2;
    qc_doc d;
    build(&d, &o, p, 1);
    quote(&d, 2, "Grace Okafor", false);
    CHECK_STR(run(&d), "0,2");
    qc_doc_reset(&d);
}

static void a_long_quote_does_not_crowd_out_a_section(void)
{
    const char *p[] = {
        "\"We are ready to sign the treaty this year, and we expect every other party to the "
        "agreement to confirm in writing that it will honour each of its provisions, including "
        "the inspections, the data exchanges and the limits on launchers,\" Karlsson said. | "
        "\"Signing is our first goal,\" Karlsson said.",
        "# On Trade",
        "\"Tariffs hurt farmers on both sides of the border,\" Karlsson said."};
    qc_options o = opts(QC_MODE_QUOTES);
    qc_doc d;
    build(&d, &o, p, 3);
    quote(&d, 0, "Ingrid Karlsson", false);
    quote(&d, 1, "Ingrid Karlsson", false);
    quote(&d, 3, "Ingrid Karlsson", false);
    CHECK(qc_score(&d) == QC_OK);
    d.sents[0].score = 2; /* the long quote is the best one */
    /* room for the long quote alone, or for both short ones */
    d.opt.seconds = qc_select_estimate_text_seconds(&d, d.text + d.sents[0].start,
                                                    d.sents[0].end - d.sents[0].start) + 3;
    CHECK(qc_select(&d) == QC_OK);
    CHECK(d.sents[3].selected);  /* the trade section keeps its quote */
    CHECK(d.sents[1].selected);  /* the first section gets its short one */
    CHECK(!d.sents[0].selected);
    qc_doc_reset(&d);
}

static void coverage_prefers_a_quote_that_stands_alone(void)
{
    const char *p[] = {"The minister spoke at length about the new harbour plan on Monday. | "
                       "\"However, that will take years,\" Okafor said. | "
                       "\"The harbour will reopen in June,\" Okafor said."};
    qc_options o = opts(QC_MODE_QUOTES);
    o.max_sentences = 1;
    qc_doc d;
    build(&d, &o, p, 1);
    quote(&d, 1, "Grace Okafor", false);
    quote(&d, 2, "Grace Okafor", false);
    CHECK_STR(run(&d), "2");
    qc_doc_reset(&d);
}

static void the_fill_skips_a_quote_that_leans_back(void)
{
    const char *p[] = {"The harbour closed in March after a storm damaged the piers badly. | "
                       "Repairs have cost the city nearly four million euros so far. | "
                       "\"It was the worst storm we have seen,\" Okafor said. | "
                       "\"The harbour will reopen in June,\" Okafor said."};
    qc_options o = opts(QC_MODE_QUOTES);
    o.max_sentences = 3;
    qc_doc d;
    build(&d, &o, p, 1);
    quote(&d, 2, "Grace Okafor", false);
    quote(&d, 3, "Grace Okafor", false);
    CHECK(qc_score(&d) == QC_OK);
    d.sents[2].score = 3; /* the best sentence, but unclear alone */
    d.sents[3].score = 2;
    CHECK(qc_select(&d) == QC_OK);
    CHECK(d.sents[3].selected);
    CHECK(!d.sents[2].selected || d.sents[1].selected);
    qc_doc_reset(&d);
}

static void text_estimate_counts_characters_and_digits(void)
{
    qc_options o = opts(QC_MODE_SUMMARY);
    qc_doc d;
    qc_doc_init(&d, &o);
    double words = qc_select_estimate_text_seconds(&d, "abcd abcd", 9);
    double digits = qc_select_estimate_text_seconds(&d, "1234 5678", 9);
    CHECK(words > 0.3 && words < 1.0);
    CHECK(digits > words); /* "1234" is read as words */
    CHECK(qc_select_estimate_text_seconds(&d, "", 0) == 0);
    CHECK(qc_select_estimate_text_seconds(&d, "\xC3\xA9t\xC3\xA9", 5) ==
          qc_select_estimate_text_seconds(&d, "ete", 3)); /* code points, not bytes */
    qc_doc_reset(&d);
}

static void nothing_fits_still_gives_one_sentence(void)
{
    qc_options o = opts(QC_MODE_SUMMARY);
    o.max_words = 1;
    qc_doc d;
    build(&d, &o, news, 1);
    CHECK_STR(run(&d), "0");
    qc_doc_reset(&d);
}

static void reselecting_starts_afresh(void)
{
    qc_options o = opts(QC_MODE_SUMMARY);
    o.max_sentences = 3;
    qc_doc d;
    build(&d, &o, news, 1);
    CHECK_STR(run(&d), "0,1,2");
    d.opt.max_sentences = 1; /* what the pipeline does when audio runs long */
    CHECK(qc_select(&d) == QC_OK);
    CHECK_INT(d.n_chosen, 1);
    CHECK(!d.sents[1].selected && !d.sents[2].selected);
    qc_doc_reset(&d);
}

static void quotes_mode_keeps_a_summary_that_already_quotes(void)
{
    const char *p[] = {"The city council voted on Monday to close the old harbour bridge. | "
                       "Council leader Anna Dahl said the long delayed repairs were \"overdue by a decade\" "
                       "and warned that ferries would carry every commuter across the water until the "
                       "spring. | "
                       "Shop owners fear they will lose customers during the works. | "
                       "\"Nobody will be stranded on either side,\" Dahl said."};
    qc_options o = opts(QC_MODE_QUOTES);
    o.max_sentences = 2;
    qc_doc d;
    build(&d, &o, p, 1);
    quote(&d, 1, "Anna Dahl", true);
    quote(&d, 3, "Anna Dahl", false);
    CHECK(qc_score(&d) == QC_OK);
    d.sents[0].score = 1.0;
    d.sents[1].score = 0.8; /* the summary's second sentence, and it quotes */
    d.sents[2].score = 0.1;
    d.sents[3].score = 0.7; /* the quote coverage alone would take (short) */
    CHECK(qc_select(&d) == QC_OK);
    CHECK(d.sents[0].selected && d.sents[1].selected);
    CHECK(!d.sents[3].selected);
    CHECK_INT(d.n_chosen, 2);
    qc_doc_reset(&d);
}

static void a_forced_quote_counts_among_the_n(void)
{
    const char *p[] = {"The city council voted on Monday to close the old harbour bridge for repairs. | "
                       "Engineers found deep cracks in two of the bridge's steel supports last month. | "
                       "The repairs are expected to take eight months and cost twelve million euros. | "
                       "Ferries will carry commuters across the harbour while the bridge is closed. | "
                       "\"Nobody will be stranded on either side of the water,\" Dahl said."};
    qc_options o = opts(QC_MODE_QUOTES);
    o.max_sentences = 3;
    qc_doc d;
    build(&d, &o, p, 1);
    quote(&d, 4, "Anna Dahl", false);
    CHECK_STR(run(&d), "0,1,4"); /* at most 3 sentences, the quote one of them */
    qc_doc_reset(&d);
}

static void coverage_prefers_the_shorter_of_equal_quotes(void)
{
    const char *p[] = {"The harbour closed in March after a storm damaged the piers. | "
                       "\"We have asked the national government for money, for engineers, for divers and "
                       "for cranes, and we expect an answer from the ministry before the summer holidays "
                       "begin,\" Okafor said. | "
                       "\"The harbour will reopen to ships in June,\" Okafor said."};
    qc_options o = opts(QC_MODE_QUOTES);
    o.max_sentences = 1; /* the lead alone carries no quote: coverage decides */
    qc_doc d;
    build(&d, &o, p, 1);
    quote(&d, 1, "Grace Okafor", false);
    quote(&d, 2, "Grace Okafor", false);
    CHECK(qc_score(&d) == QC_OK);
    d.sents[0].score = 1.0;
    d.sents[1].score = d.sents[2].score = 0.5; /* equal worth: the long one costs more time */
    CHECK(qc_select(&d) == QC_OK);
    CHECK(d.sents[2].selected);
    CHECK(!d.sents[1].selected);
    qc_doc_reset(&d);
}

static void coverage_prefers_the_main_speaker(void)
{
    const char *p[] = {"The harbour closed in March after a storm damaged the piers. | "
                       "\"Our boats stayed in port all spring,\" a fisherman said. | "
                       "\"The harbour will reopen in early June,\" Okafor said. | "
                       "\"The piers are stronger than before,\" Okafor said."};
    qc_options o = opts(QC_MODE_QUOTES);
    o.max_sentences = 1; /* the lead alone carries no quote: coverage decides */
    qc_doc d;
    build(&d, &o, p, 1);
    quote(&d, 1, "Tom Berg", false);
    quote(&d, 2, "Grace Okafor", false);
    quote(&d, 3, "Grace Okafor", false);
    CHECK(qc_score(&d) == QC_OK);
    d.sents[0].score = 1.0;
    d.sents[1].score = d.sents[2].score = d.sents[3].score = 0.5;
    CHECK(qc_select(&d) == QC_OK);
    CHECK(!d.sents[1].selected); /* a passer-by, quoted once */
    CHECK(d.sents[2].selected || d.sents[3].selected);
    qc_doc_reset(&d);
}

int main(void)
{
    RUN(n_takes_the_best_in_article_order);
    RUN(a_strong_later_sentence_can_beat_the_lead);
    RUN(all_reads_every_body_sentence_and_no_heading);
    RUN(headings_are_never_selected);
    RUN(words_budget_caps_the_total);
    RUN(ratio_takes_a_share_of_the_sentences);
    RUN(a_huge_ratio_is_a_ratio_of_one);
    RUN(budgets_combine_and_the_tightest_wins);
    RUN(seconds_budget_fits_the_estimate_and_counts_the_intro);
    RUN(default_budget_is_about_a_minute);
    RUN(estimate_follows_the_rate);
    RUN(mmr_skips_a_repeated_sentence);
    RUN(quotes_mode_covers_each_section_first);
    RUN(summary_mode_has_no_quote_coverage);
    RUN(a_quote_that_leans_back_gets_its_context);
    RUN(a_clear_quote_needs_no_context);
    RUN(a_long_quote_does_not_crowd_out_a_section);
    RUN(coverage_prefers_a_quote_that_stands_alone);
    RUN(the_fill_skips_a_quote_that_leans_back);
    RUN(quotes_mode_keeps_a_summary_that_already_quotes);
    RUN(a_forced_quote_counts_among_the_n);
    RUN(coverage_prefers_the_shorter_of_equal_quotes);
    RUN(coverage_prefers_the_main_speaker);
    RUN(text_estimate_counts_characters_and_digits);
    RUN(nothing_fits_still_gives_one_sentence);
    RUN(reselecting_starts_afresh);
    return check_summary();
}
