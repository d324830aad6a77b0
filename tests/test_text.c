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

/* lower case: Latin-1, Latin Extended-A with its two parities, Ș, Greek, Russian */
static void to_lower(void)
{
    CHECK_INT(qc_to_lower('A'), 'a');
    CHECK_INT(qc_to_lower(0xC9), 0xE9);                     /* É é */
    CHECK_INT(qc_to_lower(0x141), 0x142);                   /* Ł ł: capital odd */
    CHECK_INT(qc_to_lower(0x160), 0x161);                   /* Š š: capital even */
    CHECK_INT(qc_to_lower(0x17D), 0x17E);                   /* Ž ž */
    CHECK_INT(qc_to_lower(0x142), 0x142);                   /* ł stays */
    CHECK_INT(qc_to_lower(0x218), 0x219);                   /* Ș ș */
    CHECK_INT(qc_to_lower(0x130), 'i');                     /* İ */
    CHECK_INT(qc_to_lower(0x178), 0xFF);                    /* Ÿ ÿ */
    CHECK_INT(qc_to_lower(0x41F), 0x43F);                   /* П п */
    CHECK_INT(qc_to_lower(0x3A3), 0x3C3);                   /* Σ σ */
    CHECK_INT(qc_to_lower(0x4E2D), 0x4E2D);                 /* no case */
}

/* equality ignoring ASCII case only, against whole words of a list */
static void ieq(void)
{
    CHECK(qc_ieq("Said", 4, "said") && qc_ieq("SAID", 4, "said") && qc_ieq("said", 4, "SAID"));
    CHECK(!qc_ieq("sai", 3, "said") && !qc_ieq("saids", 5, "said") && !qc_ieq("", 0, "x") && qc_ieq("", 0, ""));
    CHECK(!qc_ieq("@", 1, "`") && !qc_ieq("[", 1, "{"));           /* 0x40/0x60, 0x5B/0x7B: no letters */
    CHECK(!qc_ieq("\xc3\x89", 2, "\xc3\xa9") && qc_ieq("caf\xc3\xa9", 5, "CAF\xc3\xa9"));   /* É é: bytes as given */
    static const char *const L[] = {"alpha", "beta", "gamma"};
    CHECK(QC_IEQ_ANY("Beta", 4, L) && !QC_IEQ_ANY("bet", 3, L) && !QC_IEQ_ANY("delta", 5, L));
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
    RUN(to_lower);
    RUN(ieq);
    return check_summary();
}
