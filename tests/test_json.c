/* test_json.c: the JSON report: contract fields, offsets into the input, strings always valid UTF-8. */
#include <jansson.h>
#include <stdlib.h>

#include "check.h"
#include "json.h"

static void minimal_doc(qc_doc *d, const char *text)
{
    qc_doc_init(d, NULL);
    d->len = strlen(text);
    d->text = qc_arena_strndup(d->arena, text, d->len);
    qc_para p = {0, d->len, QC_PARA_BODY, -1, 0, 1};
    QC_PUSH(d->arena, d->paras, d->n_paras, d->cap_paras, p);
    qc_sentence s = {0, d->len, 0, -1, 0.5, NULL, true};
    QC_PUSH(d->arena, d->sents, d->n_sents, d->cap_sents, s);
}

static void fields_and_offsets(void)
{
    qc_doc d;
    minimal_doc(&d, "Prices rose.");
    char *out = qc_json(&d, false);
    json_t *j = json_loads(out, 0, NULL);
    CHECK(j != NULL);
    const char *keys[] = {"title", "body", "sentences", "quotes", "summary", "script"};
    for (size_t i = 0; i < 6; i++) CHECK(json_object_get(j, keys[i]) != NULL);
    json_t *s0 = json_array_get(json_object_get(j, "sentences"), 0);
    CHECK_INT(json_integer_value(json_object_get(s0, "end")), 12);
    CHECK(json_is_null(json_object_get(s0, "quote")));
    CHECK(json_is_null(json_object_get(j, "title")));
    json_decref(j);
    free(out);
    qc_doc_reset(&d);
}

/* A composed string with a broken UTF-8 sequence must not sink the report. */
static void invalid_utf8_is_replaced(void)
{
    qc_doc d;
    minimal_doc(&d, "Prices rose.");
    d.meta.title = "Caf\xC3";  /* truncated sequence */
    char *out = qc_json(&d, false);
    CHECK(out != NULL);
    json_t *j = out ? json_loads(out, 0, NULL) : NULL;
    CHECK_STR(j ? json_string_value(json_object_get(j, "title")) : NULL, "Caf\xEF\xBF\xBD");
    json_decref(j);
    free(out);
    qc_doc_reset(&d);
}

int main(void)
{
    RUN(fields_and_offsets);
    RUN(invalid_utf8_is_replaced);
    return check_summary();
}
