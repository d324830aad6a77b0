/* stages.c: time each analysis stage per document over a set of articles (make bench). */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "pipeline.h"

/* Usage: stages NAME text|html FIELD FILE.jsonl      (FIELD of each JSON line)
 *        stages NAME text|html - FILE...             (whole files)
 * Prints one line: NAME, documents, failures, then mean ms per document for
 * each analysis stage and in total, and the mean arena footprint in KiB. */

typedef struct {
    uint64_t ns[QC_STAGE_COUNT];
    size_t docs, fails, footprint;
} totals;

static void one(totals *t, qc_format fmt, const char *data, size_t len)
{
    qc_options o;
    qc_options_init(&o);
    o.format = fmt;
    qc_doc d;
    if (qc_doc_init(&d, &o) != QC_OK) return;
    if (qc_pipeline_analyze(&d, NULL, data, len) != QC_OK) t->fails++;
    for (int i = 0; i < QC_STAGE_COUNT; i++) t->ns[i] += d.stage_ns[i];
    t->footprint += qc_arena_footprint(d.arena);
    t->docs++;
    qc_doc_reset(&d);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    size_t cap = 0, n = 0, k;
    do {
        if (n + 65536 > cap) {
            cap = cap ? cap * 2 : 1u << 17;
            char *p = realloc(buf, cap);
            if (!p) { free(buf); fclose(f); return NULL; }
            buf = p;
        }
        k = fread(buf + n, 1, 65536, f);
        n += k;
    } while (k > 0);
    fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    if (argc < 5) {
        fprintf(stderr, "usage: stages NAME text|html FIELD|- FILE...\n");
        return 2;
    }
    qc_format fmt = strcmp(argv[2], "html") == 0 ? QC_FORMAT_HTML : QC_FORMAT_TEXT;
    totals t = {0};
    for (int a = 4; a < argc; a++) {
        size_t len;
        char *data = slurp(argv[a], &len);
        if (!data) { fprintf(stderr, "stages: cannot read %s\n", argv[a]); return 1; }
        if (strcmp(argv[3], "-") == 0) {
            one(&t, fmt, data, len);
        } else {
            char *line = data, *end = data + len;
            while (line < end) {
                char *nl = memchr(line, '\n', (size_t)(end - line));
                size_t ll = nl ? (size_t)(nl - line) : (size_t)(end - line);
                json_t *j = json_loadb(line, ll, 0, NULL);
                const char *s = j ? json_string_value(json_object_get(j, argv[3])) : NULL;
                if (s) one(&t, fmt, s, json_string_length(json_object_get(j, argv[3])));
                json_decref(j);
                line += ll + 1;
            }
        }
        free(data);
    }
    if (!t.docs) { fprintf(stderr, "stages: no documents\n"); return 1; }
    double total = 0;
    printf("%-10s %4zu docs %3zu failed  ms/doc:", argv[1], t.docs, t.fails);
    for (int i = 0; i < QC_STAGE_COUNT; i++) {
        if (!t.ns[i]) continue;
        double ms = (double)t.ns[i] / 1e6 / (double)t.docs;
        total += ms;
        printf(" %s %.3f", qc_stage_names[i], ms);
    }
    printf("  total %.3f  arena %zu KiB\n", total, t.footprint / t.docs / 1024);
    return 0;
}
