/* test_timings.c: chapters JSON, WebVTT/SRT cues and word timings with input offsets, on a hand-built doc. */
#include <jansson.h>
#include <stdlib.h>

#include "check.h"
#include "timings.h"

static const char TEXT[] = "Bridge news.\n\nThe mayor said the bridge opens in May. It is new.\n\nIt costs $5 million.";

static void mark(qc_doc *d, size_t sample, qc_mark_kind k, size_t item, size_t seg, size_t pos, size_t len)
{
    qc_audio *au = &d->audio;
    if (au->n_marks == au->cap_marks) {
        au->cap_marks = au->cap_marks ? 2 * au->cap_marks : 64;
        au->marks = realloc(au->marks, au->cap_marks * sizeof *au->marks);
    }
    au->marks[au->n_marks++] = (qc_mark){sample, k, item, seg, pos, len};
}

static void anchor(qc_doc *d, qc_seg *sg, size_t out, size_t in)
{
    qc_anchor a = {out, in};
    QC_PUSH(d->arena, sg->map.a, sg->map.n, sg->map.cap, a);
}

/* Two items at 1000 Hz: a composed intro, then a quote item with two
 * segments from the text (one verbatim with absolute anchors, one
 * normalised "$5" -> "five ... dollars" with anchors relative to the
 * segment). The input had 3 bytes more in front (in_map). */
static void build(qc_doc *d)
{
    qc_options o;
    qc_options_init(&o);
    qc_doc_init(d, &o);
    d->text = qc_arena_strdup(d->arena, TEXT);
    d->len = strlen(TEXT);
    d->in_map = qc_arena_alloc(d->arena, (d->len + 1) * sizeof *d->in_map);
    for (size_t i = 0; i <= d->len; i++) d->in_map[i] = i + 3;
    d->meta.title = "Bridge news";
    size_t s1 = (size_t)(strstr(TEXT, "The mayor") - TEXT), s2 = (size_t)(strstr(TEXT, "It costs") - TEXT);
    qc_seg g0 = {"Here is the news & views.", "Here is the news & views.", QC_VOICE_NARRATOR, QC_NONE, QC_NONE, {0}};
    qc_seg g1 = {TEXT + s1, "The mayor said the bridge opens in May. It is new.", QC_VOICE_NARRATOR, s1, s1 + 50, {0}};
    qc_seg g2 = {TEXT + s2, "It costs five million dollars.", QC_VOICE_QUOTE, s2, s2 + 20, {0}};
    anchor(d, &g1, 0, s1);
    size_t an[][2] = {{0, 0}, {3, 3}, {9, 9}, {14, 12}, {22, 9}, {29, 19}};
    for (size_t i = 0; i < 6; i++) anchor(d, &g2, an[i][0], an[i][1]);
    QC_PUSH(d->arena, d->segs, d->n_segs, d->cap_segs, g0);
    QC_PUSH(d->arena, d->segs, d->n_segs, d->cap_segs, g1);
    QC_PUSH(d->arena, d->segs, d->n_segs, d->cap_segs, g2);
    qc_item i0 = {QC_ITEM_INTRO, -1, -1, 0, 1, "Here is the news", 0.4};
    qc_item i1 = {QC_ITEM_QUOTE, 1, 0, 1, 2,
                  "The mayor said the bridge opens in May, and that it would carry more traffic than any bridge "
                  "the city has built",
                  0.4};
    QC_PUSH(d->arena, d->items, d->n_items, d->cap_items, i0);
    QC_PUSH(d->arena, d->items, d->n_items, d->cap_items, i1);
    qc_audio *au = &d->audio;
    au->rate = 1000;
    au->n = au->cap = 7000;
    au->pcm = calloc(au->n, sizeof *au->pcm);
    au->item_start = qc_arena_alloc(d->arena, 2 * sizeof(size_t));
    au->item_end = qc_arena_alloc(d->arena, 2 * sizeof(size_t));
    au->item_start[0] = 250, au->item_end[0] = 1500;
    au->item_start[1] = 2000, au->item_end[1] = 6000;
    mark(d, 250, QC_MARK_ITEM, 0, 0, 0, 0);
    mark(d, 250, QC_MARK_SENTENCE, 0, 0, 0, 0);
    mark(d, 250, QC_MARK_WORD, 0, 0, 0, 4);
    mark(d, 600, QC_MARK_WORD, 0, 0, 5, 2);
    mark(d, 1000, QC_MARK_WORD, 0, 0, 12, 4);
    mark(d, 2000, QC_MARK_ITEM, 1, 1, 0, 0);
    mark(d, 2000, QC_MARK_SENTENCE, 1, 1, 0, 0);
    mark(d, 2000, QC_MARK_WORD, 1, 1, 0, 3);
    mark(d, 2300, QC_MARK_WORD, 1, 1, 4, 5);
    mark(d, 3200, QC_MARK_SENTENCE, 1, 1, 40, 0);
    mark(d, 3200, QC_MARK_WORD, 1, 1, 40, 2);
    mark(d, 4000, QC_MARK_SENTENCE, 1, 2, 0, 0);
    mark(d, 4000, QC_MARK_WORD, 1, 2, 0, 2);
    mark(d, 4600, QC_MARK_WORD, 1, 2, 9, 4);
    mark(d, 4900, QC_MARK_WORD, 1, 2, 14, 7);
    mark(d, 5300, QC_MARK_WORD, 1, 2, 22, 7);
}

static char *render(qc_doc *d, qc_timings_kind k)
{
    qc_buf b;
    qc_buf_init(&b, 0);
    CHECK_INT(qc_timings_render(d, k, &b), QC_OK);
    return b.data;
}

static void test_kind_of(void)
{
    CHECK_INT(qc_timings_kind_of("a/b.vtt"), QC_TIMINGS_VTT);
    CHECK_INT(qc_timings_kind_of("B.SRT"), QC_TIMINGS_SRT);
    CHECK_INT(qc_timings_kind_of("x.json"), QC_TIMINGS_JSON);
    CHECK_INT(qc_timings_kind_of("x.txt"), QC_TIMINGS_NONE);
    CHECK_INT(qc_timings_kind_of("dir.vtt/x"), QC_TIMINGS_NONE);
    CHECK_INT(qc_timings_kind_of(NULL), QC_TIMINGS_NONE);
}

static void test_vtt(void)
{
    qc_doc d;
    build(&d);
    char *v = render(&d, QC_TIMINGS_VTT);
    CHECK_STR(v, "WEBVTT\n"
                 "\n1\n00:00:00.250 --> 00:00:01.500\nHere is the news &amp; views.\n"
                 "\n2\n00:00:02.000 --> 00:00:03.200\nThe mayor said the bridge opens in May.\n"
                 "\n3\n00:00:03.200 --> 00:00:04.000\nIt is new.\n"
                 "\n4\n00:00:04.000 --> 00:00:06.000\nIt costs five million dollars.\n");
    free(v);
    qc_doc_reset(&d);
}

static void test_srt(void)
{
    qc_doc d;
    build(&d);
    char *v = render(&d, QC_TIMINGS_SRT);
    const char *head = "1\n00:00:00,250 --> 00:00:01,500\nHere is the news & views.\n\n2\n00:00:02,000";
    CHECK(v && !strncmp(v, head, strlen(head)));
    CHECK(v && strstr(v, "\n\n4\n00:00:04,000 --> 00:00:06,000\nIt costs five million dollars.\n"));
    free(v);
    qc_doc_reset(&d);
}

static void test_cues_clamped_and_ordered(void)
{
    qc_doc d;
    build(&d);
    d.audio.item_end[1] = 9000;           /* past the end of the audio */
    d.audio.marks[11].sample = 3100;      /* a sentence mark that went backwards */
    qc_cue *c;
    size_t n;
    CHECK_INT(qc_timings_cues(&d, &c, &n), QC_OK);
    CHECK(n >= 3);
    for (size_t i = 0; i < n; i++) {
        CHECK(c[i].start < c[i].end);
        CHECK(c[i].end <= d.audio.n);
        if (i) CHECK(c[i].start >= c[i - 1].end);
    }
    qc_doc_reset(&d);
}

static json_t *word(json_t *words, const char *text)
{
    for (size_t i = 0; i < json_array_size(words); i++) {
        json_t *w = json_array_get(words, i);
        if (!strcmp(json_string_value(json_object_get(w, "text")), text)) return w;
    }
    return NULL;
}

static void check_span(json_t *w, const char *want)
{
    CHECK(w != NULL);
    if (!w) return;
    json_t *a = json_object_get(w, "input_start"), *b = json_object_get(w, "input_end");
    CHECK(json_is_integer(a) && json_is_integer(b));
    if (!json_is_integer(a) || !json_is_integer(b)) return;
    size_t s = (size_t)json_integer_value(a) - 3, e = (size_t)json_integer_value(b) - 3;
    CHECK(s <= e && e <= strlen(TEXT));
    if (s <= e && e <= strlen(TEXT)) {
        char got[64];
        snprintf(got, sizeof got, "%.*s", (int)(e - s), TEXT + s);
        CHECK_STR(got, want);
    }
}

static void test_json_words(void)
{
    qc_doc d;
    build(&d);
    char *v = render(&d, QC_TIMINGS_JSON);
    json_error_t err;
    json_t *root = v ? json_loads(v, 0, &err) : NULL;
    CHECK(root != NULL);
    json_t *words = json_object_get(root, "words");
    CHECK_INT(json_array_size(words), 10);
    CHECK(json_is_null(json_object_get(word(words, "news"), "input_start")));  /* composed intro */
    check_span(word(words, "mayor"), "mayor");
    check_span(word(words, "It"), "It");
    check_span(word(words, "dollars"), "$5 million");
    check_span(word(words, "five"), "$5");
    check_span(word(words, "million"), "million");
    json_t *m = word(words, "mayor");
    CHECK(json_real_value(json_object_get(m, "start")) == 2.3);
    CHECK(json_real_value(json_object_get(m, "end")) == 3.2);
    CHECK(json_real_value(json_object_get(root, "duration")) == 7.0);
    CHECK_INT(json_array_size(json_object_get(root, "sentences")), 4);
    double prev = -1;
    for (size_t i = 0; i < json_array_size(words); i++) {
        double t = json_real_value(json_object_get(json_array_get(words, i), "start"));
        CHECK(t >= prev);
        prev = t;
    }
    json_decref(root);
    free(v);
    qc_doc_reset(&d);
}

static void test_chapters(void)
{
    qc_doc d;
    build(&d);
    qc_buf b;
    qc_buf_init(&b, 0);
    CHECK_INT(qc_chapters_json(&d, "out/brief.mp3", &b), QC_OK);
    json_error_t err;
    json_t *root = json_loads(b.data, 0, &err);
    CHECK(root != NULL);
    CHECK_STR(json_string_value(json_object_get(root, "version")), "1.2.0");
    CHECK_STR(json_string_value(json_object_get(root, "fileName")), "brief.mp3");
    json_t *ch = json_object_get(root, "chapters");
    CHECK_INT(json_array_size(ch), 2);
    CHECK(json_number_value(json_object_get(json_array_get(ch, 0), "startTime")) == 0.0);
    CHECK(json_number_value(json_object_get(json_array_get(ch, 1), "startTime")) == 2.0);
    CHECK_STR(json_string_value(json_object_get(json_array_get(ch, 0), "title")), "Here is the news");
    const char *t = json_string_value(json_object_get(json_array_get(ch, 1), "title"));
    CHECK(t && strlen(t) <= QC_TITLE_MAX);
    CHECK(t && !strcmp(t + strlen(t) - 3, "...") && !strncmp(t, "The mayor said", 14));
    CHECK(t && t[strlen(t) - 4] != ' ');
    json_decref(root);
    qc_buf_free(&b);
    qc_doc_reset(&d);
}

static void test_chapter_title_fallback(void)
{
    qc_doc d;
    build(&d);
    d.items[0].label = "  \n ";
    d.items[1].label = NULL;
    CHECK_STR(qc_chapter_title(&d, 0), "Introduction 1");
    CHECK_STR(qc_chapter_title(&d, 1), "Quote 2");
    CHECK(qc_chapter_title(&d, 2) == NULL);
    d.items[0].label = "A  title\twith\n spaces";
    CHECK_STR(qc_chapter_title(&d, 0), "A title with spaces");
    qc_doc_reset(&d);
}

static void test_source_span_composed(void)
{
    qc_doc d;
    build(&d);
    size_t a = 7, b = 7;
    CHECK(!qc_timings_source_span(&d, 0, 0, 4, &a, &b));
    CHECK_INT(a, 7);
    CHECK(!qc_timings_source_span(&d, 9, 0, 4, &a, &b));
    d.segs[1].map.a[0].out = 4;              /* "The " composed before the first anchor */
    CHECK(!qc_timings_source_span(&d, 1, 0, 3, &a, &b));
    CHECK(qc_timings_source_span(&d, 1, 4, 5, &a, &b));
    qc_doc_reset(&d);
}

int main(void)
{
    RUN(test_kind_of);
    RUN(test_vtt);
    RUN(test_srt);
    RUN(test_cues_clamped_and_ordered);
    RUN(test_json_words);
    RUN(test_chapters);
    RUN(test_chapter_title_fallback);
    RUN(test_source_span_composed);
    return check_summary();
}
