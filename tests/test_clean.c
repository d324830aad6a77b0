/* test_clean.c: unit tests of the clean stage (page furniture out, article structure in). */
#include <stdlib.h>

#include "check.h"
#include "clean.h"

/* Fixtures are made up for these tests. */

static qc_doc D;

static qc_status run_clean(const char *text)
{
    qc_doc_reset(&D);
    if (qc_doc_init(&D, NULL) != QC_OK) return QC_ERR_NOMEM;
    D.len = strlen(text);
    D.text = qc_arena_strndup(D.arena, text, D.len);
    return qc_clean(&D);
}

static bool body_has(const char *s) { return D.body && strstr(D.body, s) != NULL; }

/* A scraped page: site name, menu, headline, photo credit, caption, the
 * article with two section headings, then the comment widget. */
static const char PAGE[] =
    "Harbour Bridge Reopens After Two Years of Repairs | Daily Lantern\n"
    "News and views from the valley\n"
    "Home\nNews\nSport\nWeather\nOpinion\nLog in\n\n"
    "Harbour Bridge Reopens After Two Years of Repairs\n\n"
    "\xc2\xa9 Lantern Photo / J. Doe / Image archiveWorkers paint the harbour bridge railings, 3 May 2024\n"
    "Workers paint the harbour bridge railings, 3 May 2024 - Daily Lantern\n"
    "Subscribe\n"
    "PORTVILLE (Lantern) - The harbour bridge reopened to traffic on Monday after two years of repairs, the city council said in a statement.\n"
    "\"We are proud that the work was finished on time and under budget, and we thank everyone for their patience\", the mayor told reporters at the opening.\n\n"
    "Engineers replaced all of the steel cables and rebuilt the deck, which had been damaged by a storm in the winter of the previous year.\n\n"
    "Traffic and Tolls\n\n"
    "The council said that there will be no toll for the first month, and that buses will return to their old routes from next week.\n\n"
    "Drivers had to take a long detour through the industrial area while the bridge was closed, which added about twenty minutes to each trip.\n\n"
    "What Comes Next\n\n"
    "The next project is the repair of the old ferry landing, which the council hopes to start in the spring if the budget allows it.\n\n"
    "Comments\n0\nTo join the discussion\nlog in or register\nloader\nChats\n"
    "\xd0\x97\xd0\xb0\xd0\xb3\xd0\xbe\xd0\xbb\xd0\xbe\xd0\xb2\xd0\xbe\xd0\xba \xd0\xbc\xd0\xb0\xd1\x82\xd0\xb5\xd1\x80\xd0\xb8\xd0\xb0\xd0\xbb\xd0\xb0\n";

static void test_page_body_bounds(void)
{
    CHECK_INT(run_clean(PAGE), QC_OK);
    CHECK(strncmp(D.body, "PORTVILLE (Lantern) - The harbour bridge", 40) == 0);
    size_t n = strlen(D.body);
    const char *tail = "if the budget allows it.";
    CHECK(n > strlen(tail) && strcmp(D.body + n - strlen(tail), tail) == 0);
}

static void test_menu_dropped(void)
{
    run_clean(PAGE);
    CHECK(!body_has("Weather"));
    CHECK(!body_has("Log in"));
    CHECK(!body_has("Home\n"));
}

static void test_photo_credit_and_caption_dropped(void)
{
    run_clean(PAGE);
    CHECK(!body_has("\xc2\xa9"));
    CHECK(!body_has("Workers paint"));
    CHECK(!body_has("Subscribe"));
}

static void test_comment_widget_and_foreign_ui_dropped(void)
{
    run_clean(PAGE);
    CHECK(!body_has("discussion"));
    CHECK(!body_has("loader"));
    CHECK(!body_has("Chats"));
    CHECK(!body_has("\xd0\x97"));
}

static void test_title_source_dateline(void)
{
    run_clean(PAGE);
    CHECK_STR(D.meta.title, "Harbour Bridge Reopens After Two Years of Repairs");
    CHECK(!body_has("Harbour Bridge Reopens"));
    CHECK_STR(D.meta.source, "Daily Lantern");
    CHECK_STR(D.meta.dateline, "PORTVILLE (Lantern)");
    CHECK(D.meta.title_start != QC_NONE);
    CHECK(strncmp(D.text + D.meta.title_start, "Harbour Bridge", 14) == 0);
}

static void test_headings_and_sections(void)
{
    run_clean(PAGE);
    CHECK_INT(D.n_sections, 2);
    if (D.n_sections < 2) return;
    qc_para *h = &D.paras[D.sections[0].heading];
    CHECK_INT(h->kind, QC_PARA_HEADING);
    CHECK(strncmp(D.text + h->start, "Traffic and Tolls", h->end - h->start) == 0);
    CHECK_INT(D.sections[0].first_para, D.sections[0].heading + 1);
    CHECK_INT(D.sections[0].end_para, D.sections[1].heading);
    CHECK_INT(D.sections[1].end_para, D.n_paras);
    CHECK_INT(D.paras[0].section, -1);
    CHECK_INT(D.paras[D.n_paras - 1].section, 1);
    CHECK(body_has("\n\nWhat Comes Next\n\n"));
}

static void test_paras_are_offsets_into_text(void)
{
    run_clean(PAGE);
    CHECK(D.n_paras >= 7);
    for (size_t k = 0; k < D.n_paras; k++) {
        CHECK(D.paras[k].start < D.paras[k].end && D.paras[k].end <= D.len);
        CHECK(D.text[D.paras[k].start] != ' ' && D.text[D.paras[k].end - 1] != '\n');
    }
}

static void test_byline_and_date(void)
{
    const char *page =
        "Menu\nSearch\nSections\n\n"
        "Library Extends Opening Hours for Students\n"
        "By Maria Lopez and Tom Reed\n"
        "Published March 3, 2023 at 9:15 AM\n"
        "Share\nTweet\nEmail\n"
        "The city library will stay open until midnight during exam weeks, the library board decided after a vote on Tuesday evening.\n"
        "Students had asked for longer hours in a petition that collected more than two thousand signatures over the autumn.\n"
        "The board said the extra hours would be paid for by a grant from a local foundation, and not by the city budget.\n"
        "Related Stories\nNew Bus Line Opens\nPark Renovation Starts\n";
    CHECK_INT(run_clean(page), QC_OK);
    CHECK_STR(D.meta.byline, "Maria Lopez and Tom Reed");
    CHECK_STR(D.meta.date, "Published March 3, 2023 at 9:15 AM");
    CHECK_STR(D.meta.title, "Library Extends Opening Hours for Students");
    CHECK(!body_has("Maria Lopez"));
    CHECK(!body_has("Published"));
    CHECK(!body_has("Related"));
    CHECK(!body_has("Bus Line"));
    CHECK(strncmp(D.body, "The city library", 16) == 0);
}

static void test_boilerplate_phrases(void)
{
    const char *page =
        "Weekly Garden\n"
        "We use cookies to improve your experience. By using this site you agree to our privacy policy.\n"
        "Tomatoes Need More Water in a Hot Summer\n"
        "Tomato plants need a deep watering at least twice a week when the weather is hot and dry, gardeners say.\n"
        "The roots grow deeper when the soil is soaked rather than sprinkled, which helps the plants survive a heat wave.\n"
        "A layer of straw on the soil keeps it cool and stops the water from drying out before the roots can use it.\n"
        "Image 2 of 7\n"
        "Advertisement\n"
        "Email the reporter at jane.doe@example.com or follow her online.\n"
        "Get the best garden news in your inbox every morning.\n"
        "Sign up for our newsletter\n"
        "Copyright 2024 Weekly Garden. All rights reserved.\n";
    CHECK_INT(run_clean(page), QC_OK);
    CHECK(!body_has("cookies"));
    CHECK(!body_has("Advertisement"));
    CHECK(!body_has("Image 2"));
    CHECK(!body_has("@"));
    CHECK(!body_has("inbox"));
    CHECK(!body_has("newsletter"));
    CHECK(!body_has("rights reserved"));
    CHECK(body_has("A layer of straw"));
}

static void test_list_announced_at_the_end(void)
{
    const char *page =
        "Music Weekly\nNews\nCharts\nVideo\n"
        "Band Announces Reunion Tour\n"
        "The band will play together again next summer for the first time in twelve years, their label said on Monday.\n"
        "Tickets go on sale on Friday morning, and the band said that more dates may be added if demand is high.\n"
        "The tour dates:\n"
        "June 9 -- Harbour Arena, Portsmouth\n"
        "June 12 -- City Hall, Leeds\n"
        "June 15 -- The Dome, Brighton\n"
        "FACEBOOK\nTWITTER\nSubscribe\n";
    CHECK_INT(run_clean(page), QC_OK);
    CHECK(body_has("The tour dates:"));
    CHECK(body_has("June 15 -- The Dome, Brighton"));
    CHECK(!body_has("TWITTER"));
}

static void test_list_announced_inside(void)
{
    const char *page =
        "Garden News\nHome\nPlants\nTools\n"
        "Spring Planting Guide\n"
        "Spring is the best time to plant most vegetables, as long as the ground is no longer frozen.\n"
        "Gardeners should dig in compost a week before they plant, so that the soil has time to settle.\n"
        "Plant in this order:\n"
        "March 20, 2024: peas and spinach\n"
        "April 5, 2024: carrots and beets\n"
        "April 25, 2024: beans and squash\n"
        "Keep the soil moist for the first two weeks, and cover young plants if a late frost is expected.\n"
        "Most seeds come up within ten days, though carrots can take up to three weeks in cold soil.\n"
        "Home\nPlants\nTools\n";
    CHECK_INT(run_clean(page), QC_OK);
    CHECK(body_has("April 5, 2024: carrots and beets"));
    CHECK(body_has("late frost is expected."));
    CHECK_INT(D.n_paras, 8);
}

static void test_names_with_the_are_prose(void)
{
    /* "The" capitalised inside names is not the Title Case of a teaser */
    const char *page =
        "Home\nNews\nSport\nCulture\nVideo\nLog in\n"
        "Reporter Joins Paper\n"
        "She wrote for The Boston Globe and The Daily Star before she joined the paper as its new science editor.\n"
        "Her first series will look at how the city plans to protect its old harbour from rising sea levels.\n"
        "Home\nNews\nSport\nCulture\nVideo\nLog in\n";
    CHECK_INT(run_clean(page), QC_OK);
    CHECK(body_has("The Boston Globe"));
    CHECK_INT(D.n_paras, 2);
}

/* A quote paragraph whose sentences open with "He", "It", "She" is speech,
 * not the Title Case of a teaser. */
static void test_quote_paragraph_is_not_a_teaser(void)
{
    const char *page =
        "Home\nNews\nSport\nCulture\nVideo\nLog in\n"
        "Ferry Fares Rise Again\n"
        "The island ferry company raised its fares for the third time this year on Monday, blaming fuel costs.\n"
        "\"No. It is not fair. We pay, and they shrug,\" said Ruth Amsel, a teacher who has lived on the island since 1990.\n"
        "The company said the new prices would stay in place until the end of the summer season.\n"
        "Home\nNews\nSport\nCulture\nVideo\nLog in\n";
    CHECK_INT(run_clean(page), QC_OK);
    CHECK(body_has("We pay, and they shrug"));
    CHECK(body_has("until the end of the summer season"));
    CHECK_INT(D.n_paras, 3);
}

/* A lede full of names that reports speech is prose, though it has few
 * stop words ("Libertarian candidate Gary Johnson's doctor is calling ..."). */
static void test_lede_with_few_stop_words_is_prose(void)
{
    const char *page =
        "Home\nNews\nSport\nCulture\nVideo\nLog in\n"
        "Live updates\n"
        "5:45 p.m.\n"
        "Libertarian presidential candidate Gary Johnson's doctor is calling the candidate \"extremely physically fit.\"\n"
        "The former New Mexico governor is a triathlete and has climbed the highest peaks on all seven continents, "
        "and he released a letter from his doctor on Friday that described his health in detail.\n"
        "Home\nNews\nSport\nCulture\nVideo\nLog in\n";
    CHECK_INT(run_clean(page), QC_OK);
    CHECK(body_has("extremely physically fit"));
    CHECK(body_has("highest peaks"));
}

static void test_captions_and_shouted_promos(void)
{
    const char *page =
        "Town News\n"
        "Ferry Service Returns to the Island\n"
        "The ferry to the island started running again on Monday after the harbour was dredged over the summer.\n"
        "It runs every two hours in the daytime and once in the evening, the operator said in a statement.\n"
        "The ferry docks at the new pier on a sunny morning (Photo: Lee Park)\n"
        "Islanders had used small private boats for three months, which was expensive and sometimes dangerous in bad weather.\n"
        "CLICK HERE TO GET THE TOWN NEWS APP\n"
        "The operator said the timetable will be the same as before, with the first boat leaving at seven in the morning.\n"
        "Tickets can be bought on board or at the kiosk on the pier, and children under five travel free of charge.\n";
    CHECK_INT(run_clean(page), QC_OK);
    CHECK(!body_has("Photo:"));
    CHECK(!body_has("CLICK HERE"));
    CHECK(body_has("over the summer."));
    CHECK(body_has("bad weather."));
    CHECK(body_has("free of charge."));
    CHECK_INT(D.n_paras, 5);
}

static void test_repeated_lines_are_furniture(void)
{
    const char *page =
        "Top Stories\nWorld\nBusiness\n"
        "The river rose above its banks for the first time in ten years, flooding the low streets of the old town overnight.\n"
        "Residents were moved to the school gym, where volunteers served hot meals and handed out blankets until the morning.\n"
        "The water is expected to fall again by the weekend if no more rain comes, the weather service said on Friday.\n"
        "Top Stories\nWorld\nBusiness\n";
    CHECK_INT(run_clean(page), QC_OK);
    CHECK(!body_has("Top Stories"));
    CHECK(!body_has("Business"));
    CHECK_INT(D.n_paras, 3);
}

static void test_teaser_list_after_article(void)
{
    /* headline, author, date, snippet: a teaser list, not more article */
    const char *page =
        "The Morning Paper\n"
        "Council Approves New Cycle Lanes\n"
        "The council approved three new cycle lanes on Thursday after a long debate about parking in the centre of town.\n"
        "Work on the first lane will start in June and should be finished before the start of the school year in September.\n"
        "Shop owners had worried about losing parking spaces, but the plan keeps most of them on the side streets.\n"
        "The mayor said the lanes would make the roads safer for children who ride to school every morning.\n"
        "More from The Morning Paper\n"
        "Why the Old Mill Is Still Standing\n"
        "Anna Berg\n"
        "Tuesday November 19, 2019\n"
        "The old mill has survived two fires and a flood, and the owners say they will never sell the building to anyone.\n"
        "A Guide to the Winter Market\n"
        "Paul King\n"
        "Monday November 18, 2019\n"
        "The winter market opens next week with more stalls than ever before, selling food, crafts and warm clothes.\n";
    CHECK_INT(run_clean(page), QC_OK);
    CHECK(body_has("every morning."));
    CHECK(!body_has("old mill"));
    CHECK(!body_has("winter market"));
}

static void test_comments_after_article(void)
{
    const char *page =
        "Sports Desk\n"
        "Rovers Win the Cup Final in Extra Time\n"
        "The Rovers won the cup final on Saturday with a goal in the last minute of extra time, ending a wait of thirty years.\n"
        "Their captain scored the winner with a header from a corner, and the crowd rushed onto the pitch after the whistle.\n"
        "The coach said the team had never stopped believing, even when they were a goal down at half time.\n"
        "12 responses to \"Rovers Win the Cup Final\"\n"
        "bluefan says:\n"
        "November 19, 2019 at 6:34 am\n"
        "What a game that was, I have never seen anything like it in all my years of watching this club play.\n"
        "oldtimer says:\n"
        "November 19, 2019 at 6:50 am\n"
        "The referee should have given a penalty in the first half, but I am not complaining about the result today.\n"
        "northstand says:\n"
        "November 19, 2019 at 7:02 am\n"
        "Best day of my life, and my father would have loved to see it, he waited for this cup for so many years.\n";
    CHECK_INT(run_clean(page), QC_OK);
    CHECK(body_has("half time."));
    CHECK(!body_has("referee"));
    CHECK(!body_has("says:"));
}

static void test_clean_article_kept_whole(void)
{
    /* already clean text: a title line and paragraphs, all of them kept */
    const char *art =
        "Senator Calls for Budget Vote.\n\n"
        "A senior senator said on Tuesday that the budget should come to a vote before the end of the month.\n\n"
        "\"We cannot wait any longer,\" she said.\n\n"
        "Her colleagues were divided on the timing, and some asked for more hearings first.\n\n"
        "Short line here.\n\n"
        "The vote is expected next week, aides said.\n";
    CHECK_INT(run_clean(art), QC_OK);
    CHECK_STR(D.meta.title, "Senator Calls for Budget Vote.");
    CHECK_INT(D.n_paras, 5);
    CHECK(body_has("Short line here."));
    CHECK(body_has("\"We cannot wait any longer,\" she said."));
}

static void test_links_and_share_bar(void)
{
    const char *page =
        "City Desk\n"
        "Facebook\nTwitter\nEmail\nPrint\n"
        "Bakery Wins National Bread Prize\n"
        "A small bakery on the corner of Mill Street has won the national prize for the best sourdough bread this year.\n"
        "The judges praised its crust and said the bread was the best they had tasted in the ten years of the contest.\n"
        "Read the full results at https://example.org/bread-prize-2024\n"
        "The owners, two sisters who opened the shop in 2015, said they would use the prize money to buy a second oven.\n"
        "www.example.org/newsletter\n";
    CHECK_INT(run_clean(page), QC_OK);
    CHECK(!body_has("http"));
    CHECK(!body_has("www."));
    CHECK(!body_has("Twitter"));
    CHECK(body_has("second oven."));
    CHECK_INT(D.n_paras, 3);
}

static void test_other_language_page(void)
{
    /* German prose: its own stop words count, menus still go */
    const char *page =
        "Startseite\nPolitik\nWirtschaft\nSport\n"
        "Neue Brücke über den Fluss eröffnet\n"
        "Die neue Brücke über den Fluss ist am Montag für den Verkehr freigegeben worden, wie die Stadt mitteilte.\n"
        "Nach zwei Jahren Bauzeit können Autos und Fahrräder wieder direkt in die Altstadt fahren, ohne einen Umweg zu nehmen.\n"
        "Der Bürgermeister sagte, dass die Arbeiten pünktlich und im Rahmen der Kosten abgeschlossen wurden.\n"
        "Impressum\nDatenschutz\n";
    CHECK_INT(run_clean(page), QC_OK);
    CHECK_INT(D.n_paras, 3);
    CHECK(!body_has("Politik"));
    CHECK(!body_has("Impressum"));
    CHECK_STR(D.meta.title, "Neue Brücke über den Fluss eröffnet");
}

static void test_hard_wrapped_text(void)
{
    /* a plain-text article wrapped at 60 columns: paragraphs are blocks */
    const char *art =
        "The town council met on Tuesday evening to discuss the plan\n"
        "for a new library, which has been delayed for almost three\n"
        "years because of rising costs and a shortage of builders.\n"
        "\n"
        "Councillors agreed that work should begin in the spring, and\n"
        "asked the mayor to find the rest of the money from the State\n"
        "Lottery fund before the end of the financial year.\n";
    CHECK_INT(run_clean(art), QC_OK);
    CHECK_INT(D.n_paras, 2);
    CHECK(body_has("shortage of builders."));
    CHECK(body_has("financial year."));
    CHECK(strncmp(D.body, "The town council met", 20) == 0);
}

static void test_clean_text_title_forms(void)
{
    /* a sentence-case headline set apart by a blank line is the title */
    CHECK_INT(run_clean("Mayor opens the new market hall.\n\nThe mayor opened the market hall on Friday, "
                        "three years after the old one burned down.\n\nTraders said business was good.\n"), QC_OK);
    CHECK_STR(D.meta.title, "Mayor opens the new market hall.");
    CHECK_INT(D.n_paras, 2);
    /* a first sentence running on without a blank line is body */
    CHECK_INT(run_clean("It was a cold morning in the valley.\nThe river had frozen for the first time "
                        "in a decade, and the children went out to skate on it.\n"), QC_OK);
    CHECK(D.meta.title == NULL);
    CHECK_INT(D.n_paras, 2);
}

static void test_single_line_is_body(void)
{
    CHECK_INT(run_clean("The deal is worth $1.5bn."), QC_OK);
    CHECK_STR(D.body, "The deal is worth $1.5bn.");
    CHECK(D.meta.title == NULL);
    CHECK_INT(run_clean("Hello"), QC_OK);
    CHECK_STR(D.body, "Hello");
}

static void test_one_long_paragraph(void)
{
    const char *art = "(NEWS) The storm moved north overnight. Thousands lost power. Crews worked until dawn to restore it.";
    CHECK_INT(run_clean(art), QC_OK);
    CHECK_STR(D.body, art);
    CHECK_STR(D.meta.dateline, "(NEWS)");
}

/* A numbered list article: number, heading, photo credit, a long
 * paragraph, again. Every entry's paragraph is article text, though each
 * stands alone between furniture like a teaser snippet. */
static void test_numbered_list_article(void)
{
    static const char ART[] =
        "Five Gardeners Who Changed How We Grow Food\n\n"
        "Every year brings new ideas to the allotments, and this year was no exception for the valley and its many patient growers.\n\n"
        "Here are four growers whose work got the whole valley talking about soil, seeds and water, and what the rest of us can learn from them.\n\n"
        "1\nMara Quill Rebuilt The Old Orchard\n\nPhoto Agency.\n\n"
        "When the storm flattened the old orchard in March, Mara Quill spent the whole summer grafting the surviving branches onto new rootstock, and by October the neighbours were picking apples again from trees that everyone had given up for lost.\n\n"
        "2\nTeo Brand Taught Children To Save Seeds\n\nPhoto Agency.\n\n"
        "Teo Brand turned an empty classroom into a seed library where children dried, sorted and labelled beans and tomatoes, and the school now swaps packets with four other villages so that every family can plant something different each spring.\n\n"
        "3\nIna Voss Brought Water Up The Hill\n\nPhoto Agency.\n\n"
        "Ina Voss designed a small pump that runs on the stream below the terraces, and for the first time in decades the upper plots could be watered through the dry weeks of August without anyone carrying buckets up the steep path.\n\n"
        "4\nOle Ford Counted The Bees\n\nPhoto Agency.\n\n"
        "Ole Ford walked the same route every morning for a year and counted the bees on each flower bed, and his notebook convinced the council to stop mowing the verges until the clover had finished flowering in late summer.\n";
    CHECK_INT(run_clean(ART), QC_OK);
    CHECK(body_has("Here are four growers"));
    CHECK(body_has("Mara Quill spent the whole summer"));
    CHECK(body_has("Teo Brand turned an empty classroom"));
    CHECK(body_has("Ina Voss designed a small pump"));
    CHECK(body_has("Ole Ford walked the same route"));
    CHECK(!body_has("Photo Agency"));
}

/* A party label after a name is no agency: the text keeps its opening. */
static void test_party_label_is_no_dateline(void)
{
    const char *art = "Tom Reed (R-Ohio) spoke against the bill on Tuesday. He said it would cost too much. The vote is next week.";
    CHECK_INT(run_clean(art), QC_OK);
    CHECK(D.meta.dateline == NULL);
    CHECK_STR(D.body, art);
    const char *art2 = "Ann Lee (D) voted for the plan. Her office confirmed it later. The plan passed.";
    CHECK_INT(run_clean(art2), QC_OK);
    CHECK(D.meta.dateline == NULL);
    CHECK_INT(run_clean("Ann Lee (D-N.Y.) voted for the plan. Her office confirmed it later."), QC_OK);
    CHECK(D.meta.dateline == NULL);
}

static void test_html_paras_kept(void)
{
    qc_doc_reset(&D);
    qc_doc_init(&D, NULL);
    const char *txt = "Intro\nFirst paragraph of the body.\nSecond paragraph.";
    D.len = strlen(txt);
    D.text = qc_arena_strndup(D.arena, txt, D.len);
    D.is_html = true;
    qc_para ps[3] = {{0, 5, QC_PARA_HEADING, -1, 0, 0}, {6, 34, QC_PARA_BODY, -1, 0, 0},
                     {35, 52, QC_PARA_BODY, -1, 0, 0}};
    for (int k = 0; k < 3; k++) CHECK_INT(QC_PUSH(D.arena, D.paras, D.n_paras, D.cap_paras, ps[k]), QC_OK);
    CHECK_INT(qc_clean(&D), QC_OK);
    CHECK_INT(D.n_paras, 3);
    CHECK_STR(D.body, "Intro\n\nFirst paragraph of the body.\n\nSecond paragraph.");
    CHECK_INT(D.n_sections, 1);
    CHECK_INT(D.paras[2].section, 0);
}

static void test_no_text(void)
{
    CHECK_INT(run_clean("\n\n   \n"), QC_ERR_NO_TEXT);
    CHECK(D.err[0] != 0);
}

int main(void)
{
    RUN(test_page_body_bounds);
    RUN(test_menu_dropped);
    RUN(test_photo_credit_and_caption_dropped);
    RUN(test_comment_widget_and_foreign_ui_dropped);
    RUN(test_title_source_dateline);
    RUN(test_party_label_is_no_dateline);
    RUN(test_numbered_list_article);
    RUN(test_headings_and_sections);
    RUN(test_paras_are_offsets_into_text);
    RUN(test_byline_and_date);
    RUN(test_boilerplate_phrases);
    RUN(test_list_announced_at_the_end);
    RUN(test_list_announced_inside);
    RUN(test_names_with_the_are_prose);
    RUN(test_quote_paragraph_is_not_a_teaser);
    RUN(test_lede_with_few_stop_words_is_prose);
    RUN(test_captions_and_shouted_promos);
    RUN(test_repeated_lines_are_furniture);
    RUN(test_teaser_list_after_article);
    RUN(test_comments_after_article);
    RUN(test_clean_article_kept_whole);
    RUN(test_links_and_share_bar);
    RUN(test_other_language_page);
    RUN(test_hard_wrapped_text);
    RUN(test_clean_text_title_forms);
    RUN(test_single_line_is_body);
    RUN(test_one_long_paragraph);
    RUN(test_html_paras_kept);
    RUN(test_no_text);
    qc_doc_reset(&D);
    return check_summary();
}
