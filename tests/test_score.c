/* test_score.c: sentence features (lead, centrality, title, keywords, quote, length) and helpers. */
#include <math.h>
#include <stdlib.h>

#include "check.h"
#include "doc_fixture.h"
#include "score.h"

/* The fixture's doc (see doc_fixture.h), scored in `mode`. */
static void build_in(qc_doc *d, qc_mode mode, const char *const *paras, size_t np)
{
    qc_options o;
    qc_options_init(&o);
    o.mode = mode;
    build(d, &o, paras, np);
}

static double feat(const qc_doc *d, size_t i, int k) { return d->sents[i].feat[k]; }

static void score_is_the_sum_of_named_features(void)
{
    const char *p[] = {"Flood waters rose in the valley town. | Residents fled the rising river.",
                       "# Rescue", "Boats carried residents out of the flooded town."};
    qc_doc d;
    build_in(&d, QC_MODE_SUMMARY, p, 3);
    CHECK(qc_score(&d) == QC_OK);
    CHECK_INT(d.n_feat, QC_FEAT_COUNT);
    CHECK_STR(d.feat_names[QC_FEAT_LEAD], "lead");
    CHECK_STR(d.feat_names[QC_FEAT_LENGTH], "length");
    for (size_t i = 0; i < d.n_sents; i++) {
        double sum = 0;
        for (size_t k = 0; k < d.n_feat; k++) sum += d.sents[i].feat[k];
        CHECK(fabs(sum - d.sents[i].score) < 1e-9);
    }
    CHECK(d.sents[2].score == 0); /* the heading */
    qc_doc_reset(&d);
}

static void lead_prefers_earlier_sentences(void)
{
    const char *p[] = {"The council approved the new budget on Monday evening. | "
                       "The council approved the new budget on Monday evening. | "
                       "The council approved the new budget on Monday evening."};
    qc_doc d;
    build_in(&d, QC_MODE_SUMMARY, p, 1);
    CHECK(qc_score(&d) == QC_OK);
    CHECK(feat(&d, 0, QC_FEAT_LEAD) > feat(&d, 1, QC_FEAT_LEAD));
    CHECK(feat(&d, 1, QC_FEAT_LEAD) > feat(&d, 2, QC_FEAT_LEAD));
    CHECK(d.sents[0].score > d.sents[2].score);
    qc_doc_reset(&d);
}

static void centrality_favours_the_topic_over_an_aside(void)
{
    const char *p[] = {"A bakery owner painted her storefront bright yellow last week. | "
                       "The volcano erupted and lava reached the harbour villages overnight. | "
                       "Volcano ash covered the harbour and villages near the volcano. | "
                       "Lava from the volcano destroyed roads to the harbour villages."};
    qc_doc d;
    build_in(&d, QC_MODE_SUMMARY, p, 1);
    CHECK(qc_score(&d) == QC_OK);
    CHECK(feat(&d, 1, QC_FEAT_CENTRAL) > feat(&d, 0, QC_FEAT_CENTRAL));
    CHECK(feat(&d, 0, QC_FEAT_CENTRAL) == 0);
    qc_doc_reset(&d);
}

static void title_overlap_counts(void)
{
    const char *p[] = {"Officials met on Tuesday to discuss several unrelated matters. | "
                       "The new stadium plan was approved after a long debate in committee. | "
                       "Neighbours worry about the stadium traffic on match days."};
    qc_doc d;
    build_in(&d, QC_MODE_SUMMARY, p, 1);
    d.meta.title = "Stadium plan approved";
    CHECK(qc_score(&d) == QC_OK);
    CHECK(feat(&d, 1, QC_FEAT_TITLE) > feat(&d, 2, QC_FEAT_TITLE)); /* all title words vs one */
    CHECK(feat(&d, 2, QC_FEAT_TITLE) > 0);
    CHECK(feat(&d, 0, QC_FEAT_TITLE) == 0);
    qc_doc_reset(&d);
}

static void heading_overlap_counts_in_its_section(void)
{
    const char *p[] = {"The summit opened with speeches from every delegation present.",
                       "# On Fishing Quotas",
                       ("Delegates argued for hours about the schedule of the meetings. | "
                        "The fishing quotas will be cut by a fifth next year.")};
    qc_doc d;
    build_in(&d, QC_MODE_SUMMARY, p, 3);
    CHECK(qc_score(&d) == QC_OK);
    CHECK(feat(&d, 3, QC_FEAT_TITLE) > feat(&d, 2, QC_FEAT_TITLE));
    CHECK(feat(&d, 0, QC_FEAT_TITLE) == 0);
    qc_doc_reset(&d);
}

static void keywords_reward_recurring_names(void)
{
    const char *p[] = {"Yesterday the mayor Ortega opened a new library downtown. | "
                       "A crowd gathered despite the cold weather outside. | "
                       "Later Ortega toured the reading rooms with children. | "
                       "Critics said Ortega spent too much on the building."};
    qc_doc d;
    build_in(&d, QC_MODE_SUMMARY, p, 1);
    CHECK(qc_score(&d) == QC_OK);
    CHECK(feat(&d, 2, QC_FEAT_KEYWORDS) > feat(&d, 1, QC_FEAT_KEYWORDS));
    CHECK(feat(&d, 3, QC_FEAT_KEYWORDS) > 0);
    qc_doc_reset(&d);
}

static void quotes_mode_rewards_the_interviewees_quotes(void)
{
    const char *p[] = {"\"We will rebuild the bridge before winter,\" the minister said. | "
                       "\"The repairs start in May,\" the minister added. | "
                       "\"I saw the bridge fall into the water,\" a passer-by said. | "
                       "\"Nobody knows who wrote the sign on the wall.\""};
    qc_doc d;
    build_in(&d, QC_MODE_QUOTES, p, 1);
    quote(&d, 0, "Anna Berg", false);
    quote(&d, 1, "Anna Berg", false);
    quote(&d, 2, "passer-by", false);
    quote(&d, 3, NULL, false);
    CHECK(qc_score(&d) == QC_OK);
    CHECK(feat(&d, 0, QC_FEAT_QUOTE) > 0);
    CHECK(feat(&d, 0, QC_FEAT_QUOTE) > feat(&d, 2, QC_FEAT_QUOTE));
    CHECK(feat(&d, 2, QC_FEAT_QUOTE) > 0);
    CHECK(feat(&d, 3, QC_FEAT_QUOTE) == 0); /* nobody said it */
    qc_doc_reset(&d);
}

static void a_quote_that_leans_back_counts_less(void)
{
    const char *p[] = {"\"However, the bridge will not open before winter,\" Berg said. | "
                       "\"The bridge will not open before the winter,\" Berg said. | "
                       "\"This is a scandal for the whole region,\" Berg said."};
    qc_doc d;
    build_in(&d, QC_MODE_QUOTES, p, 1);
    for (size_t i = 0; i < 3; i++) quote(&d, i, "Anna Berg", false);
    CHECK(qc_score_leans_back(&d, 0));
    CHECK(!qc_score_leans_back(&d, 1));
    CHECK(qc_score_leans_back(&d, 2));
    CHECK(!qc_score_leans_back(&d, 99));
    CHECK(qc_score(&d) == QC_OK);
    CHECK(feat(&d, 1, QC_FEAT_QUOTE) > feat(&d, 0, QC_FEAT_QUOTE));
    CHECK(feat(&d, 0, QC_FEAT_QUOTE) > 0);
    qc_doc_reset(&d);
}

static void quotes_mode_wants_crisp_quotes(void)
{
    const char *p[] = {"\"We will rebuild the old bridge over the river before the first snow "
                       "falls and the ferries stop,\" the minister said."};
    qc_doc d;
    build_in(&d, QC_MODE_QUOTES, p, 1);
    quote(&d, 0, "Anna Berg", false);
    CHECK(qc_score(&d) == QC_OK);
    double as_quote = feat(&d, 0, QC_FEAT_LENGTH);
    qc_doc_reset(&d);
    build_in(&d, QC_MODE_QUOTES, p, 1); /* the same words, unattributed */
    CHECK(qc_score(&d) == QC_OK);
    CHECK(as_quote < feat(&d, 0, QC_FEAT_LENGTH));
    CHECK(feat(&d, 0, QC_FEAT_LENGTH) == 0);
    qc_doc_reset(&d);
}

static void summary_mode_prefers_reported_speech(void)
{
    const char *p[] = {"The minister promised a new bridge before the winter comes. | "
                       "\"We will rebuild the bridge before winter,\" the minister said. | "
                       "The minister called the plan \"ambitious but possible\" on radio."};
    qc_doc d;
    build_in(&d, QC_MODE_SUMMARY, p, 1);
    quote(&d, 1, "Anna Berg", false);
    quote(&d, 2, "Anna Berg", true);
    CHECK(qc_score(&d) == QC_OK);
    CHECK(feat(&d, 1, QC_FEAT_QUOTE) < 0);
    CHECK(feat(&d, 2, QC_FEAT_QUOTE) == 0); /* a partial quote is reported speech */
    CHECK(feat(&d, 0, QC_FEAT_QUOTE) == 0);
    qc_doc_reset(&d);
}

static void length_penalises_very_short_and_very_long(void)
{
    const char *p[] = {"Markets fell. | "
                       "Shares in the largest banks lost a tenth of their value in one day. | "
                       "Traders who had bought heavily in the spring sold everything they held as "
                       "prices dropped through the morning, and by noon the exchange had paused "
                       "trading twice while regulators called the heads of the largest banks to "
                       "ask what they planned to do next about the losses and the panic."};
    qc_doc d;
    build_in(&d, QC_MODE_SUMMARY, p, 1);
    CHECK(qc_score(&d) == QC_OK);
    CHECK(feat(&d, 0, QC_FEAT_LENGTH) < 0);
    CHECK(feat(&d, 1, QC_FEAT_LENGTH) == 0);
    CHECK(feat(&d, 2, QC_FEAT_LENGTH) < 0);
    qc_doc_reset(&d);
}

static void similarity_is_cosine_over_stems(void)
{
    const char *p[] = {"Farmers protested the new water rules. | "
                       "The farmer protests against water rules grew. | "
                       "An orchestra played Mozart in the cathedral."};
    qc_doc d;
    build_in(&d, QC_MODE_SUMMARY, p, 1);
    CHECK(qc_score(&d) == QC_OK);
    CHECK(qc_score_similarity(&d, 0, 1) > 0.5); /* farmers/farmer, protested/protests */
    CHECK(qc_score_similarity(&d, 0, 2) == 0);
    CHECK(fabs(qc_score_similarity(&d, 1, 1) - 1.0) < 1e-6);
    CHECK(qc_score_similarity(&d, 0, 99) == 0);
    qc_doc_reset(&d);
}

static void the_speaker_mention_does_not_make_quotes_alike(void)
{
    const char *p[] = {"\"Taxes will fall next spring,\" Okonkwo said. | "
                       "\"Our orchestra needs a new concert hall,\" Okonkwo said."};
    qc_doc d;
    build_in(&d, QC_MODE_QUOTES, p, 1);
    quote(&d, 0, "Ada Okonkwo", false);
    quote(&d, 1, "Ada Okonkwo", false);
    d.quotes[0].sp_start = d.sents[0].end - 13; /* "Okonkwo said." */
    d.quotes[0].sp_end = d.quotes[0].sp_start + 7;
    d.quotes[1].sp_start = d.sents[1].end - 13;
    d.quotes[1].sp_end = d.quotes[1].sp_start + 7;
    CHECK(qc_score(&d) == QC_OK);
    CHECK(qc_score_similarity(&d, 0, 1) == 0);
    qc_doc_reset(&d);
}

static void idf_ranks_rare_words_higher(void)
{
    CHECK(qc_score_idf("volcano", 7) > qc_score_idf("presid", 6));
    CHECK(qc_score_idf("zzqx", 4) >= qc_score_idf("volcano", 7));
    CHECK(qc_score_idf("presid", 6) > 0);
}

static void words_are_counted_by_white_space(void)
{
    CHECK_INT(qc_score_count_words("", 0), 0);
    CHECK_INT(qc_score_count_words("  one two\tthree\n", 16), 3);
}

static void each_quote_records_its_speakers_salience(void)
{
    const char *p[] = {"The mayor opened the new library on Saturday morning. | "
                       "\"Books belong to everyone,\" Dahl said. | "
                       "\"We read here every week,\" a visitor said. | "
                       "\"The doors open at eight,\" Dahl said. | "
                       "\"It was a long wait,\" Berg said."};
    qc_doc d;
    build_in(&d, QC_MODE_QUOTES, p, 1);
    quote(&d, 1, "Anna Dahl", false);
    quote(&d, 2, NULL, false);
    quote(&d, 3, "Anna Dahl", false);
    quote(&d, 4, "Lars Berg", false);
    CHECK(qc_score(&d) == QC_OK);
    CHECK(fabs(d.quotes[0].salience - 1.0) < 1e-9); /* the most quoted speaker */
    CHECK(fabs(d.quotes[2].salience - 1.0) < 1e-9);
    CHECK(fabs(d.quotes[3].salience - 0.5) < 1e-9); /* one quote of the most's two */
    CHECK(d.quotes[1].salience == 0);               /* unnamed */
    qc_doc_reset(&d);
}

int main(void)
{
    RUN(score_is_the_sum_of_named_features);
    RUN(lead_prefers_earlier_sentences);
    RUN(centrality_favours_the_topic_over_an_aside);
    RUN(title_overlap_counts);
    RUN(heading_overlap_counts_in_its_section);
    RUN(keywords_reward_recurring_names);
    RUN(quotes_mode_rewards_the_interviewees_quotes);
    RUN(a_quote_that_leans_back_counts_less);
    RUN(quotes_mode_wants_crisp_quotes);
    RUN(summary_mode_prefers_reported_speech);
    RUN(length_penalises_very_short_and_very_long);
    RUN(similarity_is_cosine_over_stems);
    RUN(the_speaker_mention_does_not_make_quotes_alike);
    RUN(each_quote_records_its_speakers_salience);
    RUN(idf_ranks_rare_words_higher);
    RUN(words_are_counted_by_white_space);
    return check_summary();
}
