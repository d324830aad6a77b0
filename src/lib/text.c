/* text.c: small UTF-8 and character-class helpers shared by the text stages. */
#include "text.h"

#include <ctype.h>
#include <string.h>

size_t qc_utf8_valid_len(const unsigned char *s, size_t len)
{
    if (len == 0) return 0;
    unsigned c = s[0];
    if (c < 0x80) return 1;
    size_t n;
    uint32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) { n = 2; cp = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 3; cp = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 4; cp = c & 0x07; min = 0x10000; }
    else return 0;
    if (len < n) return 0;
    for (size_t k = 1; k < n; k++) {
        if ((s[k] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (s[k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

uint32_t qc_utf8_next(const char *s, size_t len, size_t *i)
{
    const unsigned char *p = (const unsigned char *)s + *i;
    size_t n = qc_utf8_valid_len(p, len - *i);
    if (n == 0) { (*i)++; return 0xFFFD; }
    *i += n;
    if (n == 1) return p[0];
    uint32_t cp = p[0] & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (size_t k = 1; k < n; k++) cp = (cp << 6) | (p[k] & 0x3F);
    return cp;
}

uint32_t qc_utf8_prev(const char *s, size_t *i)
{
    if (*i == 0) return 0;
    size_t j = *i - 1, stop = *i >= 4 ? *i - 4 : 0;
    while (j > stop && ((unsigned char)s[j] & 0xC0) == 0x80) j--;
    size_t k = j;
    uint32_t c = qc_utf8_next(s, *i, &k);
    if (k != *i) { j = *i - 1; c = 0xFFFD; } /* not a clean sequence: step one byte */
    *i = j;
    return c;
}

size_t qc_utf8_put(uint32_t cp, char *o)
{
    if (cp < 0x80) { o[0] = (char)cp; return 1; }
    if (cp < 0x800) { o[0] = (char)(0xC0 | cp >> 6); o[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | cp >> 12); o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F)); return 3;
    }
    o[0] = (char)(0xF0 | cp >> 18); o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t qc_utf8_floor(const char *s, size_t i)
{
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) i--;
    return i;
}

size_t qc_utf8_count(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

bool qc_is_space(uint32_t c)
{
    return c == ' ' || (c >= 9 && c <= 13) || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

/* Latin Extended Additional (Vietnamese "Hằng", Welsh "Ẁ"...): pairs of
 * capital (even) and small (odd), but for U+1E96..U+1E9F (small, and the
 * capital sharp s U+1E9E) */
static bool latin_additional(uint32_t c) { return c >= 0x1E00 && c <= 0x1EFF && !(c >= 0x1E96 && c <= 0x1E9F); }

bool qc_is_upper(uint32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
           (c >= 0x391 && c <= 0x3A9) || (c >= 0x410 && c <= 0x42F) ||
           (((c >= 0x100 && c <= 0x17F) || latin_additional(c)) && (c & 1) == 0) || c == 0x1E9E;
}

bool qc_is_lower(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
           (c >= 0x3B1 && c <= 0x3C9) || (c >= 0x430 && c <= 0x44F) ||
           (((c >= 0x100 && c <= 0x17F) || latin_additional(c)) && (c & 1) == 1) || (c >= 0x1E96 && c <= 0x1E9F && c != 0x1E9E);
}

bool qc_is_alpha(uint32_t c)
{
    return qc_is_upper(c) || qc_is_lower(c) || (c >= 0x180 && c <= 0x24F) ||
           (c >= 0x370 && c <= 0x3FF) || (c >= 0x400 && c <= 0x4FF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3040 && c <= 0x30FF) ||
           (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x600 && c <= 0x6FF) ||
           (c >= 0x5D0 && c <= 0x5EA) || (c >= 0x300 && c <= 0x36F) ||   /* combining accents of decomposed text */
           (c >= 0x900 && c <= 0x963) || (c >= 0x971 && c <= 0x97F) ||      /* Devanagari, not its dandas and digits */
           (c >= 0xE01 && c <= 0xE3A) || (c >= 0xE40 && c <= 0xE4E);        /* Thai, not the baht sign and digits */
}

bool qc_is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

bool qc_is_open_quote(uint32_t c)
{
    return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == 0xAB ||
           c == 0x201E || c == 0x201A;
}

bool qc_is_close_quote(uint32_t c)
{
    return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0xBB;
}

bool qc_is_dash(uint32_t c) { return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2012; }

uint32_t qc_to_lower(uint32_t c)
{
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
    if (c < 0x100) return c;
    /* Latin Extended-A pairs capital and small, the capital even in
     * 0100-0137 and 014A-0177, odd in 0139-0148 and 0179-017E: "Łukasz",
     * "Žiga"; Romanian Ș and Ț (Extended-B); Greek and Russian capitals */
    if (c == 0x130) return 'i';      /* Turkish dotted capital I */
    if ((c <= 0x137 || (c >= 0x14A && c <= 0x177)) && (c & 1) == 0) return c + 1;
    if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) && (c & 1)) return c + 1;
    if (c == 0x178) return 0xFF;
    if (c >= 0x218 && c <= 0x21B && (c & 1) == 0) return c + 1;
    if ((c >= 0x391 && c <= 0x3A9 && c != 0x3A2) || (c >= 0x410 && c <= 0x42F)) return c + 32;
    return c;
}

bool qc_ieq(const char *s, size_t len, const char *lit)
{
    /* (no strlen: most words of a list differ in their first letter) */
    for (size_t i = 0; i < len; i++) {
        unsigned char a = (unsigned char)s[i], b = (unsigned char)lit[i];
        if (!b) return false;
        if (a != b && (unsigned char)(a | 0x20) != (unsigned char)(b | 0x20)) return false;
        if (a != b && !((a | 0x20) >= 'a' && (a | 0x20) <= 'z')) return false;    /* only ASCII letters differ by case */
    }
    return lit[len] == 0;
}

bool qc_ieq_any(const char *s, size_t len, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (qc_ieq(s, len, list[i])) return true;
    return false;
}
