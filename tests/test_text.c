/* test_text.c: the character classes every stage shares (letters, case). */
#include "check.h"
#include "text.h"

static void ascii_and_latin1_letters(void)
{
    CHECK(qc_is_upper('A') && qc_is_lower('z') && !qc_is_alpha('1') && !qc_is_alpha('-'));
    CHECK(qc_is_upper(0xC9) && qc_is_lower(0xE9));          /* É é */
    CHECK(!qc_is_alpha(0xD7) && !qc_is_alpha(0xF7));        /* × ÷ */
}

/* Vietnamese and other Latin Extended Additional letters have a case:
 * "Nguyễn Thị Minh Hằng" is four capitalised words */
static void latin_extended_additional_letters(void)
{
    CHECK(qc_is_upper(0x1EA0) && qc_is_lower(0x1EA1));      /* Ạ ạ */
    CHECK(qc_is_lower(0x1EB1) && qc_is_lower(0x1EC5));      /* ằ ễ */
    CHECK(qc_is_upper(0x1E9E) && !qc_is_lower(0x1E9E));     /* ẞ, the capital sharp s */
    CHECK(qc_is_lower(0x1E96) && !qc_is_upper(0x1E96));     /* ẖ: small only */
    CHECK(qc_is_alpha(0x0301));                             /* a combining accent of decomposed text */
}

/* letters of other scripts, but not their punctuation, digits or currency */
static void other_scripts(void)
{
    CHECK(qc_is_alpha(0x915) && qc_is_alpha(0x93F));        /* Devanagari ka, vowel sign i */
    CHECK(!qc_is_alpha(0x964) && !qc_is_alpha(0x966));      /* danda, digit zero */
    CHECK(qc_is_alpha(0xE01) && !qc_is_alpha(0xE3F) && !qc_is_alpha(0xE50));  /* Thai ko kai; baht; digit */
    CHECK(qc_is_alpha(0x4E2D) && qc_is_alpha(0x627) && qc_is_alpha(0x5D0));   /* CJK, Arabic, Hebrew */
}

int main(void)
{
    RUN(ascii_and_latin1_letters);
    RUN(latin_extended_additional_letters);
    RUN(other_scripts);
    return check_summary();
}
