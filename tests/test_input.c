/* test_input.c: reading input: UTF-8 repair, BOM, binary, empty, size cap, files, HTML sniffing. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "check.h"
#include "input.h"

static qc_status load(qc_doc *d, const char *s, size_t n)
{
    qc_doc_init(d, NULL);
    return qc_input_memory(d, s, n);
}

static void valid_text_is_kept_exactly(void)
{
    qc_doc d;
    const char *s = "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D text.\r\n";
    CHECK(load(&d, s, strlen(s)) == QC_OK);
    CHECK_STR(d.text, s);
    CHECK(d.in_map == NULL);
    CHECK_INT(qc_doc_input_offset(&d, 5), 5);
    qc_doc_reset(&d);
}

static void invalid_bytes_become_replacement_chars(void)
{
    qc_doc d;
    const char s[] = "ab\xFF" "cd\xC3";  /* a stray byte and a truncated sequence */
    CHECK(load(&d, s, sizeof s - 1) == QC_OK);
    CHECK_STR(d.text, "ab\xEF\xBF\xBD" "cd\xEF\xBF\xBD");
    CHECK(d.in_map != NULL);
    /* offsets map back to the input as read */
    CHECK_INT(qc_doc_input_offset(&d, 0), 0);
    CHECK_INT(qc_doc_input_offset(&d, 5), 3);  /* 'c' */
    CHECK_INT(qc_doc_input_offset(&d, d.len), sizeof s - 1);
    /* the bytes as read are kept for a charset conversion by the html stage */
    CHECK(d.raw != NULL && d.raw_len == sizeof s - 1 && memcmp(d.raw, s, d.raw_len) == 0);
    qc_doc_reset(&d);
    CHECK(load(&d, "valid", 5) == QC_OK);
    CHECK(d.raw == NULL);
    qc_doc_reset(&d);
}

static void overlong_and_surrogates_are_invalid(void)
{
    qc_doc d;
    const char s[] = "x\xC0\xAFy\xED\xA0\x80z";
    CHECK(load(&d, s, sizeof s - 1) == QC_OK);
    CHECK_STR(d.text, "x\xEF\xBF\xBD\xEF\xBF\xBDy\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDz");
    qc_doc_reset(&d);
}

static void bom_is_dropped_but_offsets_count_it(void)
{
    qc_doc d;
    const char s[] = "\xEF\xBB\xBFHello.";
    CHECK(load(&d, s, sizeof s - 1) == QC_OK);
    CHECK_STR(d.text, "Hello.");
    CHECK_INT(qc_doc_input_offset(&d, 0), 3);
    qc_doc_reset(&d);
}

static void empty_binary_and_huge_are_refused(void)
{
    qc_doc d;
    CHECK(load(&d, "", 0) == QC_ERR_EMPTY);
    CHECK(strstr(d.err, "empty") != NULL);
    qc_doc_reset(&d);
    const char bin[] = "PK\x03\x04\x00\x00\x01\x02";
    CHECK(load(&d, bin, sizeof bin - 1) == QC_ERR_BINARY);
    CHECK(strstr(d.err, "binary") != NULL);
    qc_doc_reset(&d);

    /* a NUL byte far into otherwise plain text is binary too */
    static char late[20000];
    memset(late, 'a', sizeof late);
    late[15000] = '\0';
    CHECK(load(&d, late, sizeof late) == QC_ERR_BINARY);
    qc_doc_reset(&d);

    qc_options o;
    qc_options_init(&o);
    o.max_input = 16;
    qc_doc_init(&d, &o);
    CHECK(qc_input_memory(&d, "0123456789abcdefXYZ", 19) == QC_ERR_TOO_LARGE);
    qc_doc_reset(&d);
}

static void files_and_missing_files(void)
{
    char path[] = "/tmp/qc-test-input-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    CHECK(write(fd, "One. Two.\n", 10) == 10);
    close(fd);
    qc_doc d;
    qc_doc_init(&d, NULL);
    CHECK(qc_input_load(&d, path) == QC_OK);
    CHECK_STR(d.text, "One. Two.\n");
    qc_doc_reset(&d);
    unlink(path);

    qc_doc_init(&d, NULL);
    CHECK(qc_input_load(&d, path) == QC_ERR_IO);
    CHECK(strstr(d.err, path) != NULL);
    qc_doc_reset(&d);

    qc_doc_init(&d, NULL);
    CHECK(qc_input_load(&d, "/tmp") == QC_ERR_IO);
    qc_doc_reset(&d);
}

static void html_sniffing(void)
{
    qc_doc d;
    const char *page = "  <!DOCTYPE html><html><body><p>Hi.</p></body></html>";
    CHECK(load(&d, page, strlen(page)) == QC_OK);
    CHECK(qc_input_looks_html(&d));
    qc_doc_reset(&d);
    const char *text = "He wrote <b> on the board.\n<html> is a tag.";
    CHECK(load(&d, text, strlen(text)) == QC_OK);
    CHECK(!qc_input_looks_html(&d));
    qc_doc_reset(&d);
}

int main(void)
{
    RUN(valid_text_is_kept_exactly);
    RUN(invalid_bytes_become_replacement_chars);
    RUN(overlong_and_surrogates_are_invalid);
    RUN(bom_is_dropped_but_offsets_count_it);
    RUN(empty_binary_and_huge_are_refused);
    RUN(files_and_missing_files);
    RUN(html_sniffing);
    return check_summary();
}
