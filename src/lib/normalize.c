/* normalize.c: rewrite written text as it should be spoken (currency, dates, abbreviations). */
#include "normalize.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "normalize_tables.h"
#include "text.h"

/*
 * One left-to-right pass. At the start of each word the rules below are tried
 * in order (URLs, e-mail, currency, numbers, months, abbreviations, ...); the
 * first that matches writes the spoken form and moves past what it read.
 * Everything else is copied, white space collapsed to single spaces, and a
 * few symbols are rewritten. Spaces are written lazily (`space` pending), so
 * punctuation attaches to the word before it.
 */
/* True if c is one of the characters of `set` (never for NUL). */
static bool in_set(const char *set, int c) { return c != 0 && strchr(set, c) != NULL; }

static bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }

typedef struct nz {
    qc_arena *a;
    const char *s;
    size_t n;
    qc_buf *out;
    size_t out0;        /* out->len when the call began */
    qc_offmap *map;
    bool space;         /* a space is due before the next word */
    bool glue;          /* the next word continues the last one ("[t]he") */
    qc_status st;
} nz;

static bool is_alnum_cp(uint32_t c) { return qc_is_alpha(c) || qc_is_digit(c); }

/* ---------- output ---------- */

static char last_out(const nz *z)
{
    return z->out->len > z->out0 ? z->out->data[z->out->len - 1] : '\0';
}

static void anchor(nz *z, size_t in)
{
    if (!z->map || z->st) return;
    qc_anchor an = {z->out->len - z->out0, in};
    if (z->map->n && z->map->a[z->map->n - 1].out == an.out) {
        return; /* keep the first anchor at an output offset */
    }
    z->st = QC_PUSH(z->a, z->map->a, z->map->n, z->map->cap, an);
}

/* Writes a word (or several) read from input offset `in`. */
static void say_n(nz *z, size_t in, const char *t, size_t len)
{
    if (z->st || !len) return;
    char last = last_out(z);
    bool word_last = false;
    if (last) {
        size_t k = z->out->len;
        uint32_t lc = qc_utf8_prev(z->out->data, &k);
        word_last = is_alnum_cp(lc);
    }
    size_t k0 = 0;
    bool word_next = is_alnum_cp(qc_utf8_next(t, len, &k0));
    if (last && last != ' ' && (z->space || (word_last && word_next && !z->glue))) {
        if ((z->st = qc_buf_putc(z->out, ' '))) return;
        last = ' ';
    }
    z->space = false;
    z->glue = false;
    if (!word_last || last == ' ') anchor(z, in);
    z->st = qc_buf_add(z->out, t, len);
}

static void say(nz *z, size_t in, const char *t) { say_n(z, in, t, strlen(t)); }

/* Writes punctuation against the previous word. */
static void punct(nz *z, const char *t)
{
    if (z->st || !last_out(z)) return;
    z->st = qc_buf_puts(z->out, t);
}

/* A clause break (for dashes, bullets, ellipses): a comma unless one is there. */
static void pause_comma(nz *z)
{
    char last = last_out(z);
    if (last && !in_set(",.;:!?(\"'", last)) punct(z, ",");
    z->space = true;
}

/* ---------- reading helpers ---------- */

static bool is_digit_at(const nz *z, size_t i) { return i < z->n && z->s[i] >= '0' && z->s[i] <= '9'; }
static bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }

static uint32_t cp_at(const nz *z, size_t i, size_t *next)
{
    size_t j = i;
    uint32_t c = i < z->n ? qc_utf8_next(z->s, z->n, &j) : 0;
    if (next) *next = j;
    return c;
}


/* True if a word character (letter or digit) starts at i. */
static bool alnum_at(const nz *z, size_t i) { return i < z->n && is_alnum_cp(cp_at(z, i, NULL)); }

/* The code point before offset i, 0 at the start. */
static uint32_t cp_before(const nz *z, size_t i)
{
    if (i == 0) return 0;
    size_t j = i;
    return qc_utf8_prev(z->s, &j);
}

/* Skips horizontal white space from i. */
static size_t skip_sp(const nz *z, size_t i)
{
    while (i < z->n) {
        size_t j;
        uint32_t c = cp_at(z, i, &j);
        if (!qc_is_space(c)) break;
        i = j;
    }
    return i;
}

/* True if nothing but white space, closing marks and sentence punctuation follow i. */
static bool at_end(const nz *z, size_t i)
{
    while (i < z->n) {
        size_t j;
        uint32_t c = cp_at(z, i, &j);
        if (!(qc_is_space(c) || qc_is_close_quote(c) || c == ')' || c == ']' || c == '.' ||
              c == '!' || c == '?'))
            return false;
        i = j;
    }
    return true;
}

/* End of the ASCII letter run at i. */
static size_t alpha_end(const nz *z, size_t i)
{
    while (i < z->n && is_ascii_alpha(z->s[i])) i++;
    return i;
}

/* End of the run of word characters (any script) at i. */
static size_t word_end(const nz *z, size_t i)
{
    while (i < z->n) {
        size_t j;
        uint32_t c = cp_at(z, i, &j);
        if (!is_alnum_cp(c)) break;
        i = j;
    }
    return i;
}

static bool has_prefix(const nz *z, size_t i, const char *lit)
{
    size_t k = strlen(lit);
    return i + k <= z->n && memcmp(z->s + i, lit, k) == 0;
}

/* The length of a dash at i ('-' 1, an en dash 3), or 0. */
static size_t dash_len(const nz *z, size_t i)
{
    return i < z->n && z->s[i] == '-' ? 1 : has_prefix(z, i, "\xE2\x80\x93") ? 3 : 0;
}

static bool has_prefix_ci(const nz *z, size_t i, const char *lit)
{
    size_t k = strlen(lit);
    return i + k <= z->n && qc_ieq(z->s + i, k, lit);
}

/* The word before offset i (skipping spaces only): [*ws, *we). */
static bool prev_word(const nz *z, size_t i, size_t *ws, size_t *we)
{
    size_t j = i;
    while (j > 0 && (z->s[j - 1] == ' ' || z->s[j - 1] == '\t')) j--;
    size_t e = j;
    while (j > 0) {
        size_t k = j;
        uint32_t c = qc_utf8_prev(z->s, &k);
        if (!is_alnum_cp(c)) break;
        j = k;
    }
    if (j == e) return false;
    *ws = j;
    *we = e;
    return true;
}

static const char *const function_words[] = {
    "The", "A", "An", "In", "On", "At", "From", "To", "Of", "For", "By", "With", "And",
    "But", "Or", "If", "When", "As", "This", "That", "It", "He", "She", "They", "We",
    "I", "His", "Her", "Their", "Our", "Its", "Visit", "Near", "Via", "Outside", "Inside", NULL,
};

/* True if the word before i is a capitalised name-like word (not the first
 * word of the text, not a function word) or a number: "Main St.", "5th Ave". */
static bool prev_is_name(const nz *z, size_t i)
{
    size_t ws, we;
    if (!prev_word(z, i, &ws, &we)) return false;
    if (z->s[ws] >= '0' && z->s[ws] <= '9') return true;
    if (!qc_is_upper(cp_at(z, ws, NULL))) return false;
    if (qc_nz_in_list(function_words, z->s + ws, we - ws)) return false;
    size_t k = ws;
    while (k > 0 && (z->s[k - 1] == ' ' || qc_is_open_quote((unsigned char)z->s[k - 1]))) k--;
    return k > 0; /* the text's first word is capitalised anyway */
}

/* True if the next word after i (spaces skipped) starts with a capital. */
static bool next_is_cap(const nz *z, size_t i)
{
    i = skip_sp(z, i);
    return i < z->n && qc_is_upper(cp_at(z, i, NULL));
}

/* ---------- numbers in words ---------- */

static const char *const ones_w[20] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
};
static const char *const tens_w[10] = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
};

typedef struct wbuf { char b[256]; size_t n; } wbuf;

static void wb_put(wbuf *w, const char *t)
{
    size_t k = strlen(t);
    if (w->n && w->n + 1 < sizeof w->b && w->b[w->n - 1] != ' ') w->b[w->n++] = ' ';
    if (w->n + k >= sizeof w->b) return;
    memcpy(w->b + w->n, t, k);
    w->n += k;
    w->b[w->n] = '\0';
}

static void wb_cardinal(wbuf *w, uint64_t v)
{
    static const struct { uint64_t v; const char *w; } big[] = {
        {1000000000000ull, "trillion"}, {1000000000ull, "billion"}, {1000000ull, "million"},
        {1000ull, "thousand"},
    };
    if (v >= 1000000000000000ull) { wb_put(w, "many"); return; }
    if (v == 0) { wb_put(w, "zero"); return; }
    for (size_t k = 0; k < sizeof big / sizeof *big; k++) {
        if (v >= big[k].v) {
            wb_cardinal(w, v / big[k].v);
            wb_put(w, big[k].w);
            v %= big[k].v;
            if (!v) return;
        }
    }
    if (v >= 100) {
        wb_put(w, ones_w[v / 100]);
        wb_put(w, "hundred");
        v %= 100;
        if (!v) return;
    }
    if (v >= 20) {
        wb_put(w, tens_w[v / 10]);
        if (v % 10) wb_put(w, ones_w[v % 10]);
    } else {
        wb_put(w, ones_w[v]);
    }
}

/* Turns the last word of w into its ordinal ("twenty one" -> "twenty first"). */
static void wb_ordinalize(wbuf *w)
{
    static const struct { const char *c, *o; } irr[] = {
        {"one", "first"}, {"two", "second"}, {"three", "third"}, {"five", "fifth"},
        {"eight", "eighth"}, {"nine", "ninth"}, {"twelve", "twelfth"},
    };
    size_t s = w->n;
    while (s > 0 && w->b[s - 1] != ' ') s--;
    const char *last = w->b + s;
    for (size_t k = 0; k < sizeof irr / sizeof *irr; k++) {
        if (strcmp(last, irr[k].c) == 0) {
            w->n = s;
            w->b[s] = '\0';
            size_t save = w->n;
            (void)save;
            if (s + strlen(irr[k].o) < sizeof w->b) {
                memcpy(w->b + s, irr[k].o, strlen(irr[k].o) + 1);
                w->n = s + strlen(irr[k].o);
            }
            return;
        }
    }
    if (w->n && w->b[w->n - 1] == 'y' && w->n + 4 < sizeof w->b) {
        memcpy(w->b + w->n - 1, "ieth", 5);
        w->n += 3;
    } else if (w->n + 3 < sizeof w->b) {
        memcpy(w->b + w->n, "th", 3);
        w->n += 2;
    }
}

/* Turns the last word into a plural ("ninety" -> "nineties", "ten" -> "tens"). */
static void wb_pluralize(wbuf *w)
{
    if (w->n && w->b[w->n - 1] == 'y' && w->n + 3 < sizeof w->b) {
        memcpy(w->b + w->n - 1, "ies", 4);
        w->n += 2;
    } else if (w->n && w->n + 2 < sizeof w->b) {
        memcpy(w->b + w->n, "s", 2);
        w->n += 1;
    }
}

/* A year as said: 1990 "nineteen ninety", 1905 "nineteen oh five",
 * 1900 "nineteen hundred", 2000 "two thousand", 2008 "two thousand eight",
 * 2021 "twenty twenty one". */
static void wb_year(wbuf *w, unsigned y)
{
    unsigned hi = y / 100, lo = y % 100;
    if (y % 1000 == 0 || (y > 2000 && y < 2010)) {
        wb_cardinal(w, y);
        return;
    }
    wb_cardinal(w, hi);
    if (lo == 0) wb_put(w, "hundred");
    else if (lo < 10) { wb_put(w, "oh"); wb_cardinal(w, lo); }
    else wb_cardinal(w, lo);
}

/* Decade: 1990s "nineteen nineties", 2000s "two thousands", 1900s "nineteen hundreds". */
static void wb_decade(wbuf *w, unsigned y)
{
    if (y % 1000 == 0) { wb_cardinal(w, y / 1000); wb_put(w, "thousands"); return; }
    wb_cardinal(w, y / 100);
    if (y % 100 == 0) wb_put(w, "hundreds");
    else { wb_cardinal(w, y % 100); wb_pluralize(w); }
}

/* ---------- number scanning ---------- */

typedef struct num {
    size_t s, e;        /* whole number text */
    size_t ie;          /* end of the integer part */
    uint64_t iv;        /* integer value (saturating) */
    int ndig;           /* integer digits, commas excluded */
    bool commas, dec;
    int ndec;           /* decimal digits */
    unsigned decv;      /* value of the first two decimals */
} num;

static bool scan_num(const nz *z, size_t i, num *m)
{
    memset(m, 0, sizeof *m);
    m->s = i;
    if (!is_digit_at(z, i)) return false;
    while (is_digit_at(z, i)) {
        if (m->iv < 100000000000000000ull) m->iv = m->iv * 10 + (uint64_t)(z->s[i] - '0');
        m->ndig++;
        i++;
    }
    /* thousands groups: ",ddd" not followed by another digit */
    while ((m->commas || m->ndig <= 3) && i < z->n && z->s[i] == ',' && is_digit_at(z, i + 1) && is_digit_at(z, i + 2) && is_digit_at(z, i + 3) && !is_digit_at(z, i + 4)) {
        for (int k = 1; k <= 3; k++)
            if (m->iv < 100000000000000000ull) m->iv = m->iv * 10 + (uint64_t)(z->s[i + k] - '0');
        m->ndig += 3;
        m->commas = true;
        i += 4;
    }
    m->ie = i;
    if (i + 1 < z->n && z->s[i] == '.' && is_digit_at(z, i + 1)) {
        m->dec = true;
        i++;
        while (is_digit_at(z, i)) {
            if (m->ndec < 2) m->decv = m->decv * 10 + (unsigned)(z->s[i] - '0');
            m->ndec++;
            i++;
        }
        if (m->ndec == 1) m->decv *= 10;
    }
    m->e = i;
    return true;
}

static bool plain_int(const num *m) { return !m->commas && !m->dec; }

/* Writes the number as written (digits, commas, decimals): espeak-ng reads these. */
static void say_digits(nz *z, const num *m)
{
    say_n(z, m->s, z->s + m->s, m->e - m->s);
}

static void say_words(nz *z, size_t in, const wbuf *w) { say_n(z, in, w->b, w->n); }

static bool is_year(const num *m) { return plain_int(m) && m->ndig == 4 && m->iv >= 1000 && m->iv <= 2099; }

/* ---------- rules ---------- */

/* "a.m." / "pm" / "AM" at i (after optional spaces); returns end or 0. */
static size_t match_ampm(const nz *z, size_t i, char *which)
{
    i = skip_sp(z, i);
    static const char *const forms[] = {"a.m.", "p.m.", "a.m", "p.m", "am", "pm", "AM", "PM", "A.M.", "P.M.", NULL};
    for (size_t k = 0; forms[k]; k++) {
        size_t len = strlen(forms[k]);
        if (has_prefix(z, i, forms[k]) && !alnum_at(z, i + len)) {
            *which = (char)(forms[k][0] | 0x20);
            return i + len;
        }
    }
    return 0;
}

static void say_ampm(nz *z, size_t in, char which, size_t end)
{
    say(z, in, which == 'a' ? "A M" : "P M");
    if (end > 0 && z->s[end - 1] == '.' && at_end(z, end)) punct(z, ".");
}

/* After a time ending at `end`: a dash before another time ("9am-5pm",
 * "3:30-5 p.m.") is read "to"; returns where the next time starts, or end. */
static size_t time_to(nz *z, size_t end)
{
    size_t k = end;
    if (k < z->n && z->s[k] == ' ' && dash_len(z, k + 1)) k++;
    if (!dash_len(z, k)) return end;
    k += dash_len(z, k);
    if (k < z->n && z->s[k] == ' ') k++;
    if (!is_digit_at(z, k)) return end;
    say(z, end, "to");
    return k;
}

/* "3:30 p.m." -> "3 30 P M"; "3:05" -> "3 oh 5"; "12:00" -> "12 o'clock". */
static bool rule_time(nz *z, const num *m, size_t *pi)
{
    size_t e = m->e;
    char w0 = 0;
    if (!plain_int(m) || m->ndig > 2 || m->iv > 24 || e + 2 >= z->n || z->s[e] != ':' ||
        !is_digit_at(z, e + 1) || !is_digit_at(z, e + 2) || is_digit_at(z, e + 3) ||
        (alnum_at(z, e + 3) && !match_ampm(z, e + 3, &w0)))
        return false;
    unsigned mm = (unsigned)((z->s[e + 1] - '0') * 10 + (z->s[e + 2] - '0'));
    if (mm > 59) return false;
    size_t end = e + 3;
    char which = 0;
    size_t ae = match_ampm(z, end, &which);
    char b[16];
    snprintf(b, sizeof b, "%u", (unsigned)m->iv);
    say(z, m->s, b);
    if (mm == 0) {
        if (!ae) say(z, e + 1, m->iv <= 12 ? "o'clock" : "hundred");
    } else if (mm < 10) {
        snprintf(b, sizeof b, "%u", mm);
        say(z, e + 1, "oh");
        say(z, e + 2, b);
    } else {
        say_n(z, e + 1, z->s + e + 1, 2);
    }
    if (ae) {
        say_ampm(z, end, which, ae);
        end = ae;
    }
    *pi = time_to(z, end);
    return true;
}

/* "a 3:1 ratio" -> "3 to 1" (one digit after the colon, so never a time). */
static bool rule_ratio(nz *z, const num *m, size_t *pi)
{
    size_t e = m->e;
    if (!plain_int(m) || e + 1 >= z->n || z->s[e] != ':' || !is_digit_at(z, e + 1) || alnum_at(z, e + 2) ||
        (e + 2 < z->n && z->s[e + 2] == ':'))
        return false;
    say_digits(z, m);
    say(z, e, "to");
    say_n(z, e + 1, z->s + e + 1, 1);
    *pi = e + 2;
    return true;
}

/* "9.30am", "6.15 p.m.": a dotted time, only with am/pm (else a decimal). */
static bool rule_dot_time(nz *z, const num *m, size_t *pi)
{
    char which = 0;
    size_t ae;
    if (m->commas || !m->dec || m->ndec != 2 || m->ndig > 2 || m->iv < 1 || m->iv > 12 || m->decv > 59 ||
        !(ae = match_ampm(z, m->e, &which)))
        return false;
    char b[16];
    snprintf(b, sizeof b, "%u", (unsigned)m->iv);
    say(z, m->s, b);
    if (m->decv == 0) {
        /* "9.00am" -> "9 A M" */
    } else if (m->decv < 10) {
        snprintf(b, sizeof b, "%u", m->decv);
        say(z, m->ie + 1, "oh");
        say(z, m->ie + 2, b);
    } else {
        say_n(z, m->ie + 1, z->s + m->ie + 1, 2);
    }
    say_ampm(z, m->e, which, ae);
    *pi = time_to(z, ae);
    return true;
}

static const char *const fraction_den[][2] = {
    {"", ""}, {"", ""}, {"half", "halves"}, {"third", "thirds"}, {"quarter", "quarters"},
    {"fifth", "fifths"}, {"sixth", "sixths"}, {"seventh", "sevenths"}, {"eighth", "eighths"},
    {"ninth", "ninths"}, {"tenth", "tenths"},
};

/* Fraction words for a/b, or false if a/b is not read as a fraction. */
static bool fraction_words(wbuf *w, uint64_t a, uint64_t b, bool article)
{
    const char *one = NULL, *many = NULL;
    if (b >= 2 && b <= 10) { one = fraction_den[b][0]; many = fraction_den[b][1]; }
    else if (b == 12) { one = "twelfth"; many = "twelfths"; }
    else if (b == 16) { one = "sixteenth"; many = "sixteenths"; }
    else if (b == 100) { one = "hundredth"; many = "hundredths"; }
    if (!one || a == 0 || a >= b) return false;
    if (a == 1) wb_put(w, article ? "a" : "one");
    else wb_cardinal(w, a);
    wb_put(w, a == 1 ? one : many);
    return true;
}

static int month_at(const nz *z, size_t i, size_t *end, bool *dotted, bool *abbr);
static bool rule_year_span(nz *z, const num *m, const num *b, size_t *pi);
static void wb_ordinal(wbuf *w, uint64_t v);
static size_t date_year(nz *z, size_t i);

/* "1/2" one half, "9/11" nine eleven, "24/7", "12/25/2020" a date. */
static bool rule_slash(nz *z, const num *m, size_t *pi)
{
    size_t e = m->e;
    if (m->commas || e + 1 >= z->n || z->s[e] != '/' || !is_digit_at(z, e + 1)) return false;
    num b;
    scan_num(z, e + 1, &b);
    if (!plain_int(&b)) return false;
    if (m->dec) {
        /* a rating: "4.5/5" -> "4.5 out of 5" */
        if (alnum_at(z, b.e) || (b.e < z->n && z->s[b.e] == '/') || b.iv < 2 || b.iv > 100) return false;
        say_digits(z, m);
        say(z, e, "out of");
        say_digits(z, &b);
        *pi = b.e;
        return true;
    }
    if (b.e < z->n && z->s[b.e] == '/' && is_digit_at(z, b.e + 1)) {
        num c;
        scan_num(z, b.e + 1, &c);
        if (!plain_int(&c) || alnum_at(z, c.e) || m->iv < 1 || m->iv > 12 || b.iv < 1 || b.iv > 31 ||
            (c.ndig != 4 && c.ndig != 2))
            return false;
        wbuf w = {{0}, 0};
        wb_put(&w, qc_nz_months[m->iv - 1]);
        wb_cardinal(&w, b.iv);
        wb_ordinalize(&w);
        say_words(z, m->s, &w);
        w.n = 0;
        w.b[0] = '\0';
        if (c.ndig == 4) wb_year(&w, (unsigned)c.iv);
        else wb_year(&w, (unsigned)(c.iv < 50 ? 2000 + c.iv : 1900 + c.iv));
        say_words(z, c.s, &w);
        *pi = c.e;
        return true;
    }
    if (alnum_at(z, b.e) || (b.e < z->n && (z->s[b.e] == '/' || z->s[b.e] == '-'))) return false;
    if (rule_year_span(z, m, &b, pi)) return true; /* "2021/22" */
    wbuf w = {{0}, 0};
    if (fraction_words(&w, m->iv, b.iv, false)) {
        say_words(z, m->s, &w);
    } else {
        wb_cardinal(&w, m->iv); /* "9/11" nine eleven, "24/7" twenty four seven */
        wb_cardinal(&w, b.iv);
        say_words(z, m->s, &w);
    }
    *pi = b.e;
    return true;
}

/* "1990s" nineteen nineties, "80s" eighties, "1990's". */
static bool rule_decade(nz *z, const num *m, size_t *pi)
{
    size_t e = m->e;
    if (!plain_int(m) || m->iv % 10 != 0) return false;
    size_t after;
    if (e < z->n && z->s[e] == 's') after = e + 1;
    else if (has_prefix(z, e, "'s")) after = e + 2;
    else if (has_prefix(z, e, "\xE2\x80\x99s")) after = e + 4;
    else return false;
    if (alnum_at(z, after)) return false;
    wbuf w = {{0}, 0};
    if (m->ndig == 4 && m->iv >= 1000 && m->iv <= 2090) wb_decade(&w, (unsigned)m->iv);
    else if (m->ndig == 2 && m->iv >= (after == e + 1 ? 10u : 20u)) { /* "No. 10's" is a possessive */
        wb_cardinal(&w, m->iv);
        wb_pluralize(&w);
    }
    else return false;
    say_words(z, m->s, &w);
    *pi = after;
    return true;
}

/* A year written as two digits after a full year: "2019-20" -> "twenty". */
static void wb_short_year(wbuf *w, uint64_t v)
{
    if (v < 10) { wb_put(w, "oh"); wb_cardinal(w, v); }
    else wb_cardinal(w, v);
}

/* Two years joined by '-' or '/': a season "2019-20" is a pair ("twenty
 * nineteen twenty"), a longer span "1990-95" or "1939-1945" a range with "to". */
static bool rule_year_span(nz *z, const num *m, const num *b, size_t *pi)
{
    if (!is_year(m) || !plain_int(b) || alnum_at(z, b->e)) return false;
    wbuf w = {{0}, 0};
    if (b->ndig == 2) {
        wb_year(&w, (unsigned)m->iv);
        if (m->iv / 100 * 100 + b->iv != m->iv + 1) wb_put(&w, "to");
        wb_short_year(&w, b->iv);
    } else if (is_year(b) && b->iv > m->iv) {
        wb_year(&w, (unsigned)m->iv);
        wb_put(&w, "to");
        wb_year(&w, (unsigned)b->iv);
    } else {
        return false;
    }
    say_words(z, m->s, &w);
    *pi = b->e;
    return true;
}

/* Ranges and scores: "2019-20", "1939-1945", "10-12" "10 to 12", "3-2" "3 2",
 * "102-99" "102 to 99", ISO dates "2021-05-01". */
static bool rule_range(nz *z, const num *m, size_t *pi)
{
    size_t e = m->e, d = e + dash_len(z, e);
    if (d == e) return false;
    if (!is_digit_at(z, d)) return false;
    num b;
    scan_num(z, d, &b);
    /* ISO date */
    if (is_year(m) && plain_int(&b) && b.ndig == 2 && b.iv >= 1 && b.iv <= 12 && b.e + 2 < z->n &&
        z->s[b.e] == '-' && is_digit_at(z, b.e + 1) && is_digit_at(z, b.e + 2) && !alnum_at(z, b.e + 3)) {
        unsigned day = (unsigned)((z->s[b.e + 1] - '0') * 10 + (z->s[b.e + 2] - '0'));
        if (day >= 1 && day <= 31) {
            wbuf w = {{0}, 0};
            wb_put(&w, qc_nz_months[b.iv - 1]);
            wb_cardinal(&w, day);
            wb_ordinalize(&w);
            say_words(z, m->s, &w);
            w.n = 0;
            wb_year(&w, (unsigned)m->iv);
            say_words(z, m->s, &w);
            *pi = b.e + 3;
            return true;
        }
    }
    if (b.e < z->n && (z->s[b.e] == '-' || z->s[b.e] == '/')) return false; /* 1-2-3, phone numbers */
    /* days of a month: "5-7 January" -> "the fifth to the seventh of January" */
    size_t me, mj = skip_sp(z, b.e);
    bool dotted, abbr;
    int mo = plain_int(m) && plain_int(&b) && m->ndig <= 2 && b.ndig <= 2 && m->iv >= 1 && b.iv > m->iv &&
             b.iv <= 31 && mj > b.e ? month_at(z, mj, &me, &dotted, &abbr) : 0;
    if (mo) {
        size_t ws, we;
        bool had_the = prev_word(z, m->s, &ws, &we) && qc_ieq(z->s + ws, we - ws, "the");
        wbuf w = {{0}, 0};
        if (!had_the) wb_put(&w, "the");
        wb_ordinal(&w, m->iv);
        wb_put(&w, "to the");
        wb_ordinal(&w, b.iv);
        wb_put(&w, "of");
        wb_put(&w, qc_nz_months[mo - 1]);
        say_words(z, m->s, &w);
        *pi = date_year(z, me);
        if (*pi == me && dotted && abbr && at_end(z, me)) punct(z, ".");
        return true;
    }
    if (plain_int(m) && plain_int(&b) && m->ndig == 3 && b.ndig == 4) return false;
    if (rule_year_span(z, m, &b, pi)) return true;
    say_digits(z, m);
    /* "3-2" and ties ("50-50") are read as two numbers, other pairs as a range */
    bool pair = plain_int(m) && plain_int(&b) && ((m->iv < 10 && b.iv < 10 && m->iv >= b.iv) || m->iv == b.iv);
    if (!pair) say(z, e, "to");
    *pi = d; /* the second number is read by the next step */
    return true;
}

/* Ordinal words for a day or rank, into w. */
static void wb_ordinal(wbuf *w, uint64_t v)
{
    wb_cardinal(w, v);
    wb_ordinalize(w);
}

static size_t ordinal_suffix(const nz *z, size_t e)
{
    static const char *const suf[] = {"st", "nd", "rd", "th", "ST", "ND", "RD", "TH", NULL};
    for (size_t k = 0; suf[k]; k++)
        if (has_prefix(z, e, suf[k]) && !alnum_at(z, e + 2)) return e + 2;
    return 0;
}

/* Reads an optional ", 1990" / " 1990" after a date; returns new end. */
static size_t date_year(nz *z, size_t i)
{
    size_t j = i;
    if (j < z->n && z->s[j] == ',') j++;
    j = skip_sp(z, j);
    if (j == i || !is_digit_at(z, j)) return i;
    num y;
    scan_num(z, j, &y);
    if (!is_year(&y) || alnum_at(z, y.e) || (y.e < z->n && (z->s[y.e] == '%' || z->s[y.e] == ':'))) return i;
    wbuf w = {{0}, 0};
    wb_year(&w, (unsigned)y.iv);
    if (z->s[i] == ',') punct(z, ",");
    z->space = true;
    say_words(z, y.s, &w);
    return y.e;
}

/* "4 July 1990" -> "the fourth of July nineteen ninety". */
static bool rule_day_month(nz *z, const num *m, size_t *pi)
{
    if (!plain_int(m) || m->iv < 1 || m->iv > 31 || m->ndig > 2) return false;
    size_t e = m->e, suf = ordinal_suffix(z, e);
    if (suf) e = suf;
    size_t j = skip_sp(z, e);
    if (j == e) return false;
    if (has_prefix(z, j, "of ")) j = skip_sp(z, j + 3);
    size_t me;
    bool dotted, abbr;
    int mo = month_at(z, j, &me, &dotted, &abbr);
    if (!mo) return false;
    size_t ws, we;
    bool had_the = prev_word(z, m->s, &ws, &we) && qc_ieq(z->s + ws, we - ws, "the");
    wbuf w = {{0}, 0};
    if (!had_the) wb_put(&w, "the");
    wb_ordinal(&w, m->iv);
    wb_put(&w, "of");
    wb_put(&w, qc_nz_months[mo - 1]);
    say_words(z, m->s, &w);
    *pi = date_year(z, me);
    if (*pi == me && dotted && abbr && at_end(z, me)) punct(z, "."); /* "... on 31 Dec." */
    return true;
}

/* "2nd" -> "second". */
static bool rule_ordinal(nz *z, const num *m, size_t *pi)
{
    size_t suf;
    if (m->dec || !(suf = ordinal_suffix(z, m->e))) return false;  /* "1,000th" too */
    if (rule_day_month(z, m, pi)) return true;
    wbuf w = {{0}, 0};
    wb_ordinal(&w, m->iv);
    say_words(z, m->s, &w);
    *pi = suf;
    return true;
}

static const char *const meter_words[] = {
    "tall", "high", "long", "wide", "deep", "away", "sprint", "race", "hurdles", "freestyle",
    "butterfly", "backstroke", "breaststroke", "relay", "above", "below", "under", "underground",
    "underwater", "thick", "square", "metres", "meters", NULL,
};

static const char *const people_words[] = {
    "people", "children", "men", "women", "staff", "police", "personnel", "cattle", "sheep",
    "fish", "viewers", "users", "voters", "residents", "of", NULL,
};

/* True if the word after i is something counted ("3m people", "2m jobs"),
 * so an attached "m" means million rather than meters. */
static bool counted_noun(const nz *z, size_t i)
{
    size_t k = skip_sp(z, i), ke = alpha_end(z, k), n = ke - k;
    if (n == 0) return false;
    if (qc_nz_in_list(meter_words, z->s + k, n)) return false;
    if (qc_nz_in_list(people_words, z->s + k, n)) return true;
    if (n < 4 || z->s[ke - 1] != 's') return false;
    char p = z->s[ke - 2];
    return p != 's' && p != 'u' && p != 'i';
}

static const char *const not_a_noun[] = {
    "of", "per", "a", "an", "each", "in", "on", "at", "to", "from", "and", "or", "than", "for",
    "by", "with", "away", "ago", "is", "was", "are", "were", "more", "less", "into", "has", "had",
    "have", "will", "would", "can", "could", "may", "might", "must", "should", "that", "which",
    "between", "across", "along", "off", "over", "under", "up", "down", "apart", "further",
    /* a new clause: "the $5m the court ordered", "the $300 she won" */
    "the", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my",
    "your", "this", "these", "those", "as", "but", "when", "if", "so", "then", NULL,
};

/* True if the amount at [s, e) is used as an adjective: "a 10 kg bag",
 * "the 100m sprint" (an article before it, a lowercase word that is not a
 * preposition or verb after it). Such an amount takes the singular unit. */
static bool adjective_amount(const nz *z, size_t s, size_t e)
{
    size_t ws, we, k = skip_sp(z, e), ke = alpha_end(z, k);
    if (!prev_word(z, s, &ws, &we) || !(qc_ieq(z->s + ws, we - ws, "a") || qc_ieq(z->s + ws, we - ws, "an") ||
                                        qc_ieq(z->s + ws, we - ws, "the")))
        return false;
    bool past = ke - k > 3 && z->s[ke - 2] == 'e' && z->s[ke - 1] == 'd'; /* "the $5m raised" */
    return k > e && ke > k && z->s[k] >= 'a' && z->s[k] <= 'z' && !alnum_at(z, ke) && !past &&
           !qc_nz_in_list(not_a_noun, z->s + k, ke - k);
}

/* True if one of the three words before i, in the same clause, speaks of
 * temperature ("highs of 30c"). */
static bool temperature_context(const nz *z, size_t i)
{
    static const char *const temp[] = {"temperature", "temperatures", "temps", "heat", "high", "highs", "low",
                                       "lows", "hottest", "coldest", "warmest", "thermometer", NULL};
    for (int w = 0; w < 3; w++) {
        size_t ws, we;
        if (!prev_word(z, i, &ws, &we)) return false; /* stops at a comma */
        for (size_t t = 0; temp[t]; t++)
            if (qc_ieq(z->s + ws, we - ws, temp[t])) return true;
        i = ws;
    }
    return false;
}

/* "50p" -> "50 pence", "1p" -> "1 penny", "99c" -> "99 cents" (small
 * amounts only: "1080p" is a resolution; "highs of 30c" is a temperature). */
static bool rule_pence(nz *z, const num *m, size_t *pi)
{
    size_t e = m->e;
    if (m->commas || m->iv >= 100 || e >= z->n || (z->s[e] != 'p' && z->s[e] != 'c') || alnum_at(z, e + 1))
        return false;
    if (z->s[e] == 'c' && temperature_context(z, m->s)) {
        say_digits(z, m);
        say(z, e, plain_int(m) && m->iv == 1 ? "degree Celsius" : "degrees Celsius");
        *pi = e + 1;
        return true;
    }
    for (const qc_nz_currency *c = qc_nz_currencies; c->sym; c++) {
        if (strcmp(c->sym, z->s[e] == 'p' ? "\xC2\xA3" : "$") != 0) continue;
        say_digits(z, m);
        say(z, e, plain_int(m) && m->iv == 1 ? c->sub_one : c->sub_many);
        *pi = e + 1;
        return true;
    }
    return false;
}

/* "x" or "×" between two amounts at [i, ...): returns the offset of the
 * second amount, or 0. Spacing must be the same on both sides ("30 x 40", "4x4"). */
static size_t by_sign(const nz *z, size_t i)
{
    bool sp = i < z->n && z->s[i] == ' ';
    size_t j = sp ? i + 1 : i, k;
    if (j < z->n && (z->s[j] == 'x' || z->s[j] == 'X')) k = j + 1;
    else if (has_prefix(z, j, "\xC3\x97")) k = j + 2;
    else return 0;
    if ((k < z->n && z->s[k] == ' ') != sp) return 0;
    if (sp) k++;
    return is_digit_at(z, k) ? k : 0;
}

/* True if s[e] is a dot closing the unit abbreviation [u, e) that does not end
 * the sentence: a digit or a lowercase word follows ("5 ft. 7 in.", "3 lbs. of"). */
static bool unit_dot(const nz *z, size_t u, size_t e)
{
    if (e >= z->n || z->s[e] != '.' || alpha_end(z, u) != e) return false;
    size_t k = skip_sp(z, e + 1);
    return k > e + 1 && k < z->n && (is_digit_at(z, k) || (z->s[k] >= 'a' && z->s[k] <= 'z'));
}

/* Units after a number: "5ft" "70 mph" "40°C" "12%". Writes the number too. */
static bool rule_unit(nz *z, const num *m, size_t *pi)
{
    size_t e = m->e;
    size_t j = e;
    bool spaced = false, hyphen = false;
    if (j < z->n && z->s[j] == ' ') { j++; spaced = true; }
    else if (j + 1 < z->n && z->s[j] == '-' && is_ascii_alpha(z->s[j + 1])) { j++; hyphen = true; }
    bool one = plain_int(m) && m->iv == 1;
    /* 6'2" and 6′2″: feet and inches */
    if (!spaced && (has_prefix(z, e, "\xE2\x80\xB2") || (e < z->n && z->s[e] == '\''))) {
        size_t k = e + (z->s[e] == '\'' ? 1 : 3);
        num in;
        bool ascii = z->s[e] == '\'';
        if (scan_num(z, k, &in) && plain_int(&in) && in.iv < 12 &&
            (has_prefix(z, in.e, "\xE2\x80\xB3") || (in.e < z->n && z->s[in.e] == '"'))) {
            say_digits(z, m);
            say(z, e, one ? "foot" : "feet");
            say_digits(z, &in);
            say(z, in.e, in.iv == 1 ? "inch" : "inches");
            *pi = in.e + (z->s[in.e] == '"' ? 1 : 3);
            return true;
        }
        if (!ascii && !alnum_at(z, k)) {
            say_digits(z, m);
            say(z, e, one ? "foot" : "feet");
            *pi = k;
            return true;
        }
    }
    if (!spaced && has_prefix(z, e, "\xE2\x80\xB3")) {
        say_digits(z, m);
        say(z, e, one ? "inch" : "inches");
        *pi = e + 3;
        return true;
    }
    /* "20€", "5 USD": a currency after the amount */
    for (const qc_nz_currency *c = qc_nz_currencies; c->sym; c++) {
        size_t len = strlen(c->sym);
        if (len > 1 && (unsigned char)c->sym[0] < 0x80) continue; /* "US$" only before */
        if ((c->sym[0] == '$' || (unsigned char)c->sym[0] >= 0x80) && has_prefix(z, j, c->sym) && !alnum_at(z, j + len)) {
            say_digits(z, m);
            say(z, j, one ? c->one : c->many);
            *pi = j + len;
            return true;
        }
    }
    if (!hyphen && j < z->n && z->s[j] == '%') {
        say_digits(z, m);
        say(z, j, "percent");
        *pi = j + 1;
        return true;
    }
    for (const qc_nz_unit *u = qc_nz_units; u->w; u++) {
        size_t len = strlen(u->w);
        if (!has_prefix(z, j, u->w) || alnum_at(z, j + len)) continue;
        if ((u->flags & QC_UNIT_ATTACHED) && spaced && !(u->flags & QC_UNIT_INCH)) continue;
        /* "a 5-km race", "a 100-m sprint"; never "1-in-5" */
        if (hyphen && ((u->flags & (QC_UNIT_ATTACHED | QC_UNIT_TEMP | QC_UNIT_INCH)) ||
                       (j + len < z->n && z->s[j + len] == '-')))
            continue;
        if ((u->flags & QC_UNIT_INCH) && spaced) {
            /* "5 ft 7 in": only right after a feet value */
            size_t ws, we, ps = m->s;
            if (ps >= 2 && z->s[ps - 1] == ' ' && z->s[ps - 2] == '.') ps -= 2; /* "5 ft. 7 in." */
            if (!prev_word(z, ps, &ws, &we) || !(qc_ieq(z->s + ws, we - ws, "ft") || qc_ieq(z->s + ws, we - ws, "feet") ||
                                                   qc_ieq(z->s + ws, we - ws, "foot")))
                continue;
        }
        if ((u->flags & QC_UNIT_TEMP) && j + len < z->n && (z->s[j + len] == '\'' || z->s[j + len] == '-')) continue;
        if ((u->flags & QC_UNIT_METER) && !spaced && counted_noun(z, j + len)) continue; /* "3m people" */
        say_digits(z, m);
        /* "a 5 kg bag" but "a 70 mph limit": rates keep the plural */
        bool adj = hyphen || (adjective_amount(z, m->s, j + len) && !strstr(u->one, " per ") && !strstr(u->one, " a "));
        if (j + len < z->n && z->s[j + len] == '-' && is_ascii_alpha(j + len + 1 < z->n ? z->s[j + len + 1] : 0))
            adj = true; /* "a 1.5m-long snake" */
        say(z, j, one || adj ? u->one : u->many);
        *pi = j + len;
        if (unit_dot(z, j, j + len)) *pi = j + len + 1;
        else if (by_sign(z, j + len)) { /* "2 m x 3 m" */
            size_t k = by_sign(z, j + len);
            say(z, j + len, "by");
            *pi = k;
        }
        return true;
    }
    return false;
}

/* "1.5bn", "10k", "3m people": an attached magnitude without a currency. */
static bool rule_magnitude(nz *z, const num *m, size_t *pi)
{
    static const char *const mags[][2] = {
        {"trn", "trillion"}, {"tn", "trillion"}, {"bn", "billion"}, {"bln", "billion"},
        {"mln", "million"}, {"mn", "million"}, {"k", "thousand"}, {"m", "million"}, {NULL, NULL},
    };
    for (size_t k = 0; mags[k][0]; k++) {
        size_t len = strlen(mags[k][0]);
        if (!has_prefix(z, m->e, mags[k][0]) || alnum_at(z, m->e + len)) continue;
        if (mags[k][0][0] == 'm' && len == 1 && !counted_noun(z, m->e + 1)) return false;
        say_digits(z, m);
        say(z, m->e, mags[k][1]);
        *pi = m->e + len;
        return true;
    }
    return false;
}

/* "3 pm" -> "3 P M". */
static bool rule_hour_ampm(nz *z, const num *m, size_t *pi)
{
    if (!plain_int(m) || m->iv < 1 || m->iv > 12) return false;
    char which = 0;
    size_t ae = match_ampm(z, m->e, &which);
    if (!ae) return false;
    say_digits(z, m);
    say_ampm(z, m->e, which, ae);
    *pi = time_to(z, ae);
    return true;
}

/* Dimensions: "30 x 40 cm" -> "30 by 40 centimeters", "a 4x4" -> "a 4 by 4". */
static bool rule_by(nz *z, const num *m, size_t *pi)
{
    size_t k = by_sign(z, m->e);
    if (!k) return false;
    say_digits(z, m);
    say(z, m->e, "by");
    *pi = k;
    return true;
}

/* "1 1/2" -> "1 and a half". */
static bool rule_mixed(nz *z, const num *m, size_t *pi)
{
    size_t j = m->e;
    if (!plain_int(m) || j + 3 >= z->n || z->s[j] != ' ' || !is_digit_at(z, j + 1)) return false;
    num a, b;
    scan_num(z, j + 1, &a);
    if (!plain_int(&a) || a.e >= z->n || z->s[a.e] != '/' || !is_digit_at(z, a.e + 1)) return false;
    scan_num(z, a.e + 1, &b);
    if (!plain_int(&b) || alnum_at(z, b.e) || (b.e < z->n && z->s[b.e] == '/')) return false;
    wbuf w = {{0}, 0};
    wb_put(&w, "and");
    if (!fraction_words(&w, a.iv, b.iv, true)) return false;
    say_digits(z, m);
    say_words(z, a.s, &w);
    *pi = b.e;
    return true;
}

static const char *const street_words[] = {
    "Street", "St", "Avenue", "Ave", "Road", "Rd", "Drive", "Dr", "Lane", "Ln", "Boulevard",
    "Blvd", "Way", "Court", "Ct", "Place", "Pl", "Highway", "Hwy", "Parkway", "Pkwy", "Terrace", NULL,
};

/* True if a street name follows: "1909 Jolinda Drive", "1600 Pennsylvania Ave." */
static bool house_number(const nz *z, size_t i)
{
    for (int w = 0; w < 3; w++) {
        size_t k = skip_sp(z, i), e = alpha_end(z, k);
        if (k == i || e == k || !is_ascii_upper(z->s[k])) return false;
        if (w > 0 && qc_nz_in_list(street_words, z->s + k, e - k)) return true;
        i = e;
    }
    return false;
}

/* True if a further group of a number to dial starts after the separator
 * at k: 3 or 4 digits after a space or '-' ("0800 123 456", "555-0123"). */
static bool dial_group(const nz *z, size_t k)
{
    if (k >= z->n || (z->s[k] != ' ' && z->s[k] != '-')) return false;
    size_t g = k + 1, ge = g;
    while (is_digit_at(z, ge)) ge++;
    return ge - g >= 3 && ge - g <= 4 && !alnum_at(z, ge);
}

/* "call 911", "dial 0800 123": a number to dial is read digit by digit
 * (a lone year is none: "calling 2020 a lost year"). */
static bool rule_dial(nz *z, const num *m, size_t *pi)
{
    static const char *const dial[] = {"call", "Call", "dial", "Dial", "dialed", "dialled", "calling",
                                       "text", "Text", "phone", "Phone", NULL};
    size_t ws, we;
    if (!plain_int(m) || m->ndig < 3 || alnum_at(z, m->e) || !prev_word(z, m->s, &ws, &we) ||
        !qc_nz_in_list(dial, z->s + ws, we - ws) || (is_year(m) && !dial_group(z, m->e)))
        return false;
    size_t k = m->s;
    for (;;) {
        for (; is_digit_at(z, k); k++) {
            z->space = true;
            say_n(z, k, z->s + k, 1);
        }
        if (!dial_group(z, k)) break;
        k++;
    }
    *pi = k;
    return true;
}

static bool rule_number(nz *z, size_t *pi)
{
    num m;
    size_t i = *pi;
    if (!scan_num(z, i, &m)) return false;
    if (rule_dial(z, &m, pi) || rule_time(z, &m, pi) || rule_ratio(z, &m, pi) || rule_dot_time(z, &m, pi) ||
        rule_slash(z, &m, pi) || rule_decade(z, &m, pi) || rule_ordinal(z, &m, pi) || rule_range(z, &m, pi) ||
        rule_by(z, &m, pi) || rule_day_month(z, &m, pi) || rule_hour_ampm(z, &m, pi) || rule_pence(z, &m, pi) ||
        rule_unit(z, &m, pi) || rule_magnitude(z, &m, pi) || rule_mixed(z, &m, pi))
        return true;
    uint32_t before = cp_before(z, i);
    bool pct = m.e < z->n && z->s[m.e] == '%';
    if (is_year(&m) && house_number(z, m.e)) before = '#';
    if (before == '-' && i >= 2 && qc_is_digit((unsigned char)z->s[i - 2])) before = '#'; /* 555-1234 */
    if (is_year(&m) && !alnum_at(z, m.e) && !pct && before != '$' && before != '#' && before != '.') {
        wbuf w = {{0}, 0};
        wb_year(&w, (unsigned)m.iv);
        say_words(z, m.s, &w);
        *pi = m.e;
        return true;
    }
    if (alnum_at(z, m.e)) return false; /* "5G", "MP3": leave to the copier */
    say_digits(z, &m);
    *pi = m.e;
    return true;
}

/* Currency before an amount: "$1.5bn", "£3m", "€20", "$250,000", "US$5", "$5.20". */
static bool rule_currency(nz *z, size_t *pi)
{
    size_t i = *pi;
    for (const qc_nz_currency *c = qc_nz_currencies; c->sym; c++) {
        size_t len = strlen(c->sym);
        if (!has_prefix(z, i, c->sym)) continue;
        size_t j = i + len;
        if (is_ascii_alpha(c->sym[len - 1]) && alnum_at(z, j) && !is_digit_at(z, j)) continue; /* "USDA" */
        if (j < z->n && z->s[j] == ' ') j++;
        num m;
        if (!scan_num(z, j, &m)) return false;
        /* magnitude, attached or spaced */
        size_t k = m.e, me = 0;
        const char *mag = NULL;
        bool hyphen = false;   /* "$1.5-billion deal": used as an adjective */
        for (int pass = 0; pass < 2 && !mag; pass++) {
            /* attached "bn", spaced "billion", or hyphenated "-billion" */
            size_t p = pass ? (k < z->n && (z->s[k] == ' ' || z->s[k] == '-') ? k + 1 : SIZE_MAX) : k;
            if (p == SIZE_MAX) break;
            for (const qc_nz_pair *g = qc_nz_mags; g->w; g++) {
                size_t gl = strlen(g->w);
                if (pass && gl < 4 && (z->s[k] == '-' || (strcmp(g->w, "bn") && strcmp(g->w, "mn") && strcmp(g->w, "tn") &&
                    strcmp(g->w, "trn") && strcmp(g->w, "mln") && strcmp(g->w, "bln")))) continue;
                if (has_prefix(z, p, g->w) && !alnum_at(z, p + gl)) {
                    mag = g->say;
                    me = p + gl;
                    hyphen = pass && z->s[k] == '-';
                    break;
                }
            }
        }
        size_t end = mag ? me : m.e;
        /* a range: "$5-10 million", "$5 to $10" */
        num m2;
        const char *mag2 = NULL;
        bool range = false;
        size_t r = end;
        if (dash_len(z, r) || has_prefix(z, r, " to ")) {
            r += dash_len(z, r) ? dash_len(z, r) : 4;
            if (has_prefix(z, r, c->sym)) r += len;
            if (scan_num(z, r, &m2)) {
                size_t q = m2.e, q2 = q < z->n && z->s[q] == ' ' ? q + 1 : q;
                for (const qc_nz_pair *g = qc_nz_mags; g->w; g++) {
                    size_t gl = strlen(g->w);
                    if ((q2 == q || gl >= 4) && has_prefix(z, q2, g->w) && !alnum_at(z, q2 + gl)) {
                        mag2 = g->say;
                        q = q2 + gl;
                        break;
                    }
                }
                if (!alnum_at(z, q)) {
                    range = true;
                    end = q;
                }
            }
        }
        if (!range && alnum_at(z, end)) return false;
        /* "a $5 million grant": an amount before a noun takes the singular */
        const char *many = c->many;
        if (adjective_amount(z, i, end)) many = c->one;
        if (hyphen) many = c->one;
        if (end + 1 < z->n && z->s[end] == '-' && is_ascii_alpha(z->s[end + 1])) many = c->one; /* "$15-an-hour" */
        /* "$3.50/gallon" -> "... per gallon" */
        size_t per = 0;
        if (!range && end + 1 < z->n && z->s[end] == '/' && is_ascii_alpha(z->s[end + 1])) {
            size_t pe = alpha_end(z, end + 1);
            if (!alnum_at(z, pe) && !(pe < z->n && z->s[pe] == '/')) per = pe;
        }
        bool cents = !range && !mag && m.dec && m.ndec == 2 && c->sub_many;
        if (!cents) say_digits(z, &m);
        if (range) {
            if (mag && (!mag2 || strcmp(mag, mag2))) say(z, m.e, mag);
            say(z, m.e, "to");
            say_digits(z, &m2);
            if (mag2 || mag) say(z, m2.e, mag2 ? mag2 : mag);
            say(z, i, many);
        } else if (mag) {
            say(z, m.e, mag);
            say(z, i, many);
        } else if (cents) {
            /* "$5.20" -> "5 dollars and 20 cents"; "$0.50" -> "50 cents" */
            if (m.iv > 0) {
                /* rewrite: integer part only */
                say_n(z, m.s, z->s + m.s, m.ie - m.s);
                say(z, i, m.iv == 1 && !m.commas ? c->one : c->many);
            }
            if (m.decv > 0) {
                char b[16];
                snprintf(b, sizeof b, "%u", m.decv);
                if (m.iv > 0) say(z, m.ie, "and");
                say(z, m.ie + 1, b);
                say(z, m.ie + 1, m.decv == 1 ? c->sub_one : c->sub_many);
            } else if (m.iv == 0) {
                say(z, i, "0");
                say(z, i, c->many);
            }
        } else {
            say(z, i, plain_int(&m) && m.iv == 1 ? c->one : many);
        }
        *pi = end;
        if (per) {
            say(z, end, "per");
            say_n(z, end + 1, z->s + end + 1, per - end - 1);
            *pi = per;
        }
        return true;
    }
    return false;
}

/* Month name or abbreviation at i; returns 1..12 or 0. */
static int month_at(const nz *z, size_t i, size_t *end, bool *dotted, bool *abbr)
{
    if (i >= z->n || !is_ascii_upper(z->s[i])) return 0;
    size_t e = alpha_end(z, i);
    *dotted = e < z->n && z->s[e] == '.';
    for (int k = 0; k < 12; k++) {
        if (strlen(qc_nz_months[k]) == e - i && memcmp(qc_nz_months[k], z->s + i, e - i) == 0) {
            *abbr = false;
            *end = e;
            return k + 1;
        }
    }
    for (const qc_nz_month_abbr *a = qc_nz_month_abbrs; a->w; a++) {
        if (strlen(a->w) == e - i && memcmp(a->w, z->s + i, e - i) == 0) {
            *abbr = true;
            *end = *dotted ? e + 1 : e;
            return a->month;
        }
    }
    return 0;
}

/* "Jan. 5" January fifth, "March 15, 2021", "Aug. 2021", "Jan." January. */
static bool rule_month(nz *z, size_t *pi)
{
    size_t i = *pi, me;
    bool dotted, abbr;
    int mo = month_at(z, i, &me, &dotted, &abbr);
    if (!mo) return false;
    size_t j = skip_sp(z, me);
    num d;
    bool day = j > me && scan_num(z, j, &d) && plain_int(&d) && d.ndig <= 2 && d.iv >= 1 && d.iv <= 31;
    size_t de = 0;
    if (day) {
        de = d.e;
        size_t suf = ordinal_suffix(z, de);
        if (suf) de = suf;
        if (alnum_at(z, de) || (de < z->n && (z->s[de] == ':' || z->s[de] == '%' || z->s[de] == '/')))
            day = false;
        /* "May 5 million" */
        size_t k = skip_sp(z, de), ke = alpha_end(z, k);
        if (day && (qc_ieq(z->s + k, ke - k, "million") || qc_ieq(z->s + k, ke - k, "billion") ||
                    qc_ieq(z->s + k, ke - k, "percent") || qc_ieq(z->s + k, ke - k, "people")))
            day = false;
    }
    num y;
    bool year = !day && j > me && scan_num(z, j, &y) && is_year(&y) && !alnum_at(z, y.e);
    if (!day && !year && !(abbr && dotted)) return false;
    if (mo == 5 && !day && !year) return false;
    say(z, i, qc_nz_months[mo - 1]);
    if (day) {
        wbuf w = {{0}, 0};
        wb_ordinal(&w, d.iv);
        /* "Jan. 5-7" */
        if (dash_len(z, de)) {
            size_t r = de + dash_len(z, de);
            num d2;
            if (scan_num(z, r, &d2) && plain_int(&d2) && d2.iv >= 1 && d2.iv <= 31 && d2.iv > d.iv && !alnum_at(z, d2.e)) {
                wb_put(&w, "to");
                wb_ordinal(&w, d2.iv);
                de = d2.e;
            }
        }
        say_words(z, d.s, &w);
        *pi = date_year(z, de);
        return true;
    }
    if (year) {
        wbuf w = {{0}, 0};
        wb_year(&w, (unsigned)y.iv);
        say_words(z, y.s, &w);
        *pi = y.e;
        return true;
    }
    if (at_end(z, me)) punct(z, ".");
    *pi = me;
    return true;
}

static const qc_nz_pair weekdays[] = {
    {"Mon", "Monday"}, {"Tue", "Tuesday"}, {"Tues", "Tuesday"}, {"Wed", "Wednesday"},
    {"Thu", "Thursday"}, {"Thur", "Thursday"}, {"Thurs", "Thursday"}, {"Fri", "Friday"},
    {"Sat", "Saturday"}, {"Sun", "Sunday"}, {NULL, NULL},
};

/* The weekday abbreviation s[b, e) ("Sat"), or NULL. */
static const char *weekday_of(const char *s, size_t b, size_t e)
{
    for (const qc_nz_pair *p = weekdays; p->w; p++)
        if (strlen(p->w) == e - b && memcmp(p->w, s + b, e - b) == 0) return p->say;
    return NULL;
}

/* True if a month name or abbreviation, or a day number, starts at i. */
static bool date_follows(const nz *z, size_t i)
{
    size_t me;
    bool dotted, abbr;
    return is_digit_at(z, i) || month_at(z, i, &me, &dotted, &abbr) != 0;
}

/* A weekday abbreviation in a date: "Sat., Jan. 5", "Thurs. Sept. 3", "Fri, May 1". */
static bool rule_weekday(nz *z, size_t *pi)
{
    size_t i = *pi, e = alpha_end(z, i);
    const char *day = weekday_of(z->s, i, e);
    if (!day) return false;
    size_t k = e;
    bool dot = k < z->n && z->s[k] == '.';
    if (dot) k++;
    /* "Mon.-Fri.", "Mon–Fri" -> "Monday to Friday" */
    size_t d = dash_len(z, k) ? k + dash_len(z, k) : 0;
    const char *day2 = d ? weekday_of(z->s, d, alpha_end(z, d)) : NULL;
    if (day2) {
        size_t e2 = alpha_end(z, d), k2 = e2 < z->n && z->s[e2] == '.' ? e2 + 1 : e2;
        if (!alnum_at(z, k2)) {
            say(z, i, day);
            say(z, k, "to");
            say(z, d, day2);
            if (k2 > e2 && at_end(z, k2)) punct(z, ".");
            *pi = k2;
            return true;
        }
    }
    bool comma = k < z->n && z->s[k] == ',';
    if (!dot && !comma) return false;
    if (!date_follows(z, skip_sp(z, comma ? k + 1 : k)) && !(dot && comma)) return false;
    say(z, i, day);
    if (dot && at_end(z, k)) punct(z, ".");
    *pi = k;
    return true;
}

/* Words from a table that contain dots or apostrophes: "e.g.", "Int'l". */
static bool rule_special_words(nz *z, size_t *pi)
{
    size_t i = *pi;
    for (const qc_nz_pair *p = qc_nz_dotted; p->w; p++) {
        size_t len = strlen(p->w);
        if (has_prefix(z, i, p->w) && !alnum_at(z, i + len)) {
            say(z, i, p->say);
            if (at_end(z, i + len)) punct(z, ".");
            *pi = i + len;
            return true;
        }
    }
    size_t e = alpha_end(z, i);
    size_t ap = 0;
    if (e < z->n && z->s[e] == '\'') ap = 1;
    else if (has_prefix(z, e, "\xE2\x80\x99")) ap = 3;
    if (!ap || !is_ascii_alpha(e + ap < z->n ? z->s[e + ap] : 0)) return false;
    size_t e2 = alpha_end(z, e + ap);
    if (alnum_at(z, e2)) return false;
    for (const qc_nz_pair *p = qc_nz_apos; p->w; p++) {
        const char *q = strchr(p->w, '\'');
        size_t l1 = (size_t)(q - p->w), l2 = strlen(q + 1);
        if (l1 == e - i && l2 == e2 - e - ap && memcmp(p->w, z->s + i, l1) == 0 && memcmp(q + 1, z->s + e + ap, l2) == 0) {
            say(z, i, p->say);
            *pi = e2;
            return true;
        }
    }
    return false;
}

/* "(D-Calif.)", ", R-Texas," -> "Democrat of California". */
static bool rule_party(nz *z, size_t *pi)
{
    size_t i = *pi;
    if (i + 2 >= z->n || z->s[i + 1] != '-' || !is_ascii_upper(z->s[i + 2])) return false;
    const char *who = z->s[i] == 'D' ? "Democrat of" : z->s[i] == 'R' ? "Republican of" : z->s[i] == 'I' ? "Independent of" : NULL;
    if (!who) return false;
    size_t k = i;
    while (k > 0 && z->s[k - 1] == ' ') k--;
    if (k == 0 || (z->s[k - 1] != '(' && z->s[k - 1] != ',')) return false;
    say(z, i, who);
    *pi = i + 2;
    return true;
}

/* State abbreviations that are no English word, read in full wherever they stand
 * (not "Ark", "Conn": "Noah's Ark.", "Ed Conn."; those only after a comma). */
static const char *const plain_states[] = {
    "Ala", "Ariz", "Calif", "Colo", "Fla", "Kan", "Kans", "Mich", "Minn",
    "Mont", "Neb", "Nebr", "Nev", "Okla", "Tenn", "Tex", "Wis", "Wyo", NULL,
};

/* State abbreviations after a comma or a party letter: "Dallas, Tex.";
 * unambiguous ones anywhere: "the Calif. Senate". */
static bool rule_state(nz *z, size_t *pi)
{
    size_t i = *pi;
    size_t k = i;
    while (k > 0 && z->s[k - 1] == ' ') k--;
    bool plain = k > 0 && qc_nz_in_list(plain_states, z->s + i, alpha_end(z, i) - i);
    if (!plain && (k == 0 || (z->s[k - 1] != ',' && z->s[k - 1] != '-'))) return false;
    if (!plain && z->s[k - 1] == '-' && !(k >= 2 && in_set("DRI", z->s[k - 2]))) return false;
    for (const qc_nz_pair *p = qc_nz_states; p->w; p++) {
        size_t len = strlen(p->w);
        if (has_prefix(z, i, p->w) && i + len < z->n && z->s[i + len] == '.' && !alnum_at(z, i + len + 1)) {
            say(z, i, p->say);
            if (at_end(z, i + len + 1)) punct(z, ".");
            *pi = i + len + 1;
            return true;
        }
    }
    return false;
}

/* "25 degrees C" -> "25 degrees Celsius" (a lone C or F after "degrees"). */
static bool rule_degrees(nz *z, size_t *pi)
{
    size_t i = *pi, e = alpha_end(z, i);
    if (!qc_ieq(z->s + i, e - i, "degrees") && !qc_ieq(z->s + i, e - i, "degree")) return false;
    size_t k = e + 1;
    if (e >= z->n || z->s[e] != ' ' || k >= z->n || (z->s[k] != 'C' && z->s[k] != 'F') || alnum_at(z, k + 1) ||
        (k + 2 < z->n && z->s[k + 1] == '.' && is_ascii_alpha(z->s[k + 2])))
        return false;
    say_n(z, i, z->s + i, e - i);
    say(z, k, z->s[k] == 'C' ? "Celsius" : "Fahrenheit");
    *pi = k + 1;
    return true;
}

/* Table abbreviations: titles, company suffixes, "No. 2", "St." by context. */
static bool rule_abbrev(nz *z, size_t *pi)
{
    size_t i = *pi, e = alpha_end(z, i);
    if (e == i || (e < z->n && (unsigned char)z->s[e] >= 0x80 && alnum_at(z, e))) return false;
    bool dot = e < z->n && z->s[e] == '.';
    if (!dot && alnum_at(z, e)) return false;
    if (dot && e + 1 < z->n && is_ascii_alpha(z->s[e + 1])) return false; /* "U.S", "Ph.D" */
    for (const qc_nz_abbr *ab = qc_nz_abbrs; ab->w; ab++) {
        if (strlen(ab->w) != e - i || memcmp(ab->w, z->s + i, e - i) != 0) continue;
        if (!dot && !(ab->flags & QC_AB_NODOT)) return false;
        size_t after = dot ? e + 1 : e;
        const char *say_w = ab->say;
        unsigned f = ab->flags;
        if (f & QC_AB_NUM) {
            size_t j = skip_sp(z, after);
            if (!dot || !is_digit_at(z, j)) continue; /* a later entry may read it ("est.") */
        } else if (f & QC_AB_TITLE) {
            /* without a dot, a name must follow: "Prof Jane Lee", "Lt Col"; not "Gen Z", "Gen AI" */
            size_t k = skip_sp(z, after);
            if (!dot && !(k > after && next_is_cap(z, after) && k + 1 < z->n && is_lower_ascii(z->s[k + 1])))
                return false;
        } else if (f & QC_AB_ST) {
            static const char *const place[] = {"Lake", "Port", "Fort", "Ft", "Mount", "Mt", "East", "West",
                                                "North", "South", "Upper", "Lower", "Bury", "Cape", NULL};
            size_t ws, we;
            bool saint_place = next_is_cap(z, after) && prev_word(z, i, &ws, &we) &&
                               qc_nz_in_list(place, z->s + ws, we - ws); /* "Port St. Lucie" */
            if (saint_place) say_w = "Saint";
            else if (prev_is_name(z, i)) say_w = "Street";
            else if (next_is_cap(z, after)) say_w = "Saint";
            else if (dot) say_w = "Street";
            else return false;
        } else if (f & QC_AB_DR) {
            bool next_cap = next_is_cap(z, after);
            if (prev_is_name(z, i) && !next_cap) say_w = "Drive";
            else if (!dot && !next_cap) return false;
        } else if (f & QC_AB_SEC) {
            if (!dot) return false;
            if (is_digit_at(z, skip_sp(z, after))) say_w = "Section";
        } else if (f & QC_AB_VERSUS) {
            size_t ws, we;
            /* "Roe v. Wade", "England v Wales": between two capitalised words */
            if (!prev_word(z, i, &ws, &we) || !qc_is_upper(cp_at(z, ws, NULL)) || !next_is_cap(z, after) ||
                (!dot && (i == 0 || z->s[i - 1] != ' ' || after >= z->n || z->s[after] != ' ')))
                return false;
        }
        say(z, i, say_w);
        if (dot && at_end(z, after)) punct(z, ".");
        *pi = after;
        return true;
    }
    return false;
}

/* Dotted acronyms "U.S.", "U.K.", "a.m." read as letters; a trailing dot
 * is kept only at the end of the text (it is not a sentence end). */
static bool rule_acronym(nz *z, size_t *pi)
{
    size_t i = *pi, j = i;
    char letters[16];
    size_t nl = 0;
    while (j + 1 < z->n && is_ascii_alpha(z->s[j]) && z->s[j + 1] == '.' && nl < sizeof letters - 1) {
        letters[nl++] = z->s[j];
        j += 2;
    }
    if (nl < 2 || alnum_at(z, j)) {
        /* "Ph.D" style handled by the dotted table; "U.S" without final dot */
        if (!(nl >= 1 && j < z->n && is_ascii_alpha(z->s[j]) && !alnum_at(z, j + 1))) return false;
        letters[nl++] = z->s[j++];
    }
    bool am = nl == 2 && (letters[0] | 0x20) == 'a' && (letters[1] | 0x20) == 'm';
    bool pm = nl == 2 && (letters[0] | 0x20) == 'p' && (letters[1] | 0x20) == 'm';
    char b[40];
    size_t bn = 0;
    for (size_t k = 0; k < nl; k++) {
        char c = letters[k];
        if (c >= 'a' && c <= 'z') c = (char)(c - 32);
        if ((am || pm) && k) b[bn++] = ' ';
        b[bn++] = c;
    }
    b[bn] = '\0';
    say(z, i, b);
    if (j > 0 && z->s[j - 1] == '.' && at_end(z, j)) punct(z, ".");
    if (j < z->n && z->s[j] == '-' && alnum_at(z, j + 1)) { z->space = true; j++; }
    *pi = j;
    return true;
}

/* A single initial "F." before a capitalised word: "John F. Kennedy". */
static bool rule_initial(nz *z, size_t *pi)
{
    size_t i = *pi;
    if (i + 2 >= z->n || !is_ascii_upper(z->s[i]) || z->s[i + 1] != '.' || z->s[i + 2] != ' ') return false;
    if (!next_is_cap(z, i + 2)) return false;
    size_t ws, we;
    bool prev_cap = prev_word(z, i, &ws, &we) && qc_is_upper(cp_at(z, ws, NULL));
    size_t j = skip_sp(z, i + 2);
    bool next_initial = j + 1 < z->n && is_ascii_upper(z->s[j]) && z->s[j + 1] == '.';
    /* a first initial before a name: "by F. Scott Fitzgerald" (two capitalised words, no "The");
     * not a letter after an article: "He got a B. Ann Lee got an A." */
    size_t je = word_end(z, j);
    bool article = prev_word(z, i, &ws, &we) && (qc_ieq(z->s + ws, we - ws, "a") || qc_ieq(z->s + ws, we - ws, "an") ||
                                                  qc_ieq(z->s + ws, we - ws, "the"));
    bool name_follows = !article && je > j && !qc_nz_in_list(function_words, z->s + j, je - j) && z->s[i] != 'I' &&
                        z->s[i] != 'A' && je < z->n && z->s[je] == ' ' && next_is_cap(z, je);
    if (!prev_cap && !next_initial && !name_follows) return false;
    say_n(z, i, z->s + i, 1);
    *pi = i + 2;
    return true;
}

static int roman_value(const char *s, size_t n)
{
    static const char *const r[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
                                    "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"};
    for (int k = 2; k <= 20; k++)
        if (strlen(r[k]) == n && memcmp(r[k], s, n) == 0) return k;
    return 0;
}

/* "World War II" -> "two"; "Elizabeth II" -> "the second". */
static bool rule_roman(nz *z, size_t *pi)
{
    size_t i = *pi, e = alpha_end(z, i);
    if (e - i < 2 && !(e - i == 1 && z->s[i] == 'V')) return false;
    if (alnum_at(z, e)) return false;
    int v = roman_value(z->s + i, e - i);
    size_t ws, we;
    if (!v || !prev_word(z, i, &ws, &we) || !qc_is_upper(cp_at(z, ws, NULL))) return false;
    wbuf w = {{0}, 0};
    if (qc_nz_in_list(qc_nz_roman_cardinal, z->s + ws, we - ws)) {
        wb_cardinal(&w, (uint64_t)v);
    } else {
        wb_put(&w, "the");
        wb_ordinal(&w, (uint64_t)v);
    }
    say_words(z, i, &w);
    *pi = e;
    return true;
}

static bool domain_char(char c) { return is_ascii_alpha(c) || (c >= '0' && c <= '9') || c == '-'; }

/* True if the top-level domain s[0..n) is spelled out: two-letter country
 * codes ("uk", "io", "de") and "edu"; "co" and "me" are said as words. */
static bool spelled_tld(const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (!is_ascii_alpha(s[k])) return false;
    if (n == 3) return qc_ieq(s, n, "edu");
    return n == 2 && !qc_ieq(s, n, "co") && !qc_ieq(s, n, "me");
}

/* Reads the domain at i ("www.example.co.uk"); speaks "example dot co dot U K". */
static size_t say_domain(nz *z, size_t i, bool need_tld)
{
    size_t j = i, labels = 0, last_s = i, last_e = i;
    while (j < z->n && domain_char(z->s[j])) {
        size_t s = j;
        while (j < z->n && domain_char(z->s[j])) j++;
        labels++;
        last_s = s;
        last_e = j;
        if (j + 1 < z->n && z->s[j] == '.' && domain_char(z->s[j + 1])) j++;
        else break;
    }
    if (labels < 2) return 0;
    if (need_tld && !qc_nz_in_list(qc_nz_tlds, z->s + last_s, last_e - last_s)) return 0;
    size_t k = i;
    if (has_prefix_ci(z, k, "www.")) k += 4;
    bool first = true;
    while (k < last_e) {
        size_t s = k;
        while (k < last_e && z->s[k] != '.') k++;
        if (!first) say(z, s, "dot");
        if (k == last_e && !first && spelled_tld(z->s + s, k - s)) {
            /* a country code is spelled: "co dot U K", "dot I O" */
            char b[8];
            size_t bn = 0;
            for (size_t c = s; c < k; c++) {
                if (bn) b[bn++] = ' ';
                b[bn++] = (char)(z->s[c] & ~0x20);
            }
            say_n(z, s, b, bn);
        } else {
            say_n(z, s, z->s + s, k - s);
        }
        first = false;
        if (k < last_e) k++;
    }
    return last_e;
}

/* End of a URL path: up to white space, trailing punctuation excluded. */
static size_t url_path_end(const nz *z, size_t j)
{
    while (j < z->n && !qc_is_space(cp_at(z, j, NULL)) && z->s[j] != '"' && z->s[j] != '<' && z->s[j] != '>') {
        size_t k;
        cp_at(z, j, &k);
        j = k;
    }
    while (j > 0 && in_set(".,;:!?)'\"", z->s[j - 1])) j--;
    return j;
}

/* URLs read as the site name: "https://example.com/x" -> "example dot com". */
static bool rule_url(nz *z, size_t *pi)
{
    size_t i = *pi, h = i;
    if (has_prefix_ci(z, i, "https://")) h = i + 8;
    else if (has_prefix_ci(z, i, "http://")) h = i + 7;
    else if (!has_prefix_ci(z, i, "www.")) {
        /* a bare domain with a known top-level domain, optionally a path */
        size_t j = i;
        while (j < z->n && (domain_char(z->s[j]) || z->s[j] == '.')) j++;
        bool path = j < z->n && z->s[j] == '/';
        if (!path && alnum_at(z, j)) return false;
        size_t save = z->out->len, nmap = z->map ? z->map->n : 0;
        bool sp = z->space;
        size_t d = say_domain(z, i, true);
        if (!d) { z->out->len = save; if (z->map) z->map->n = nmap; z->space = sp; return false; }
        *pi = path ? url_path_end(z, d) : d;
        if (*pi < d) *pi = d;
        return true;
    }
    size_t d = say_domain(z, h, false);
    if (!d) {
        say(z, i, "link");
        d = h;
    }
    size_t end = url_path_end(z, d);
    *pi = end > d ? end : d;
    return true;
}

/* "press@example.org" -> "press at example dot org". */
static bool rule_email(nz *z, size_t *pi)
{
    size_t i = *pi, j = i;
    while (j < z->n && (is_ascii_alpha(z->s[j]) || is_digit_at(z, j) || in_set("._%+-", z->s[j]))) j++;
    if (j == i || j >= z->n || z->s[j] != '@') return false;
    size_t save = z->out->len, nmap = z->map ? z->map->n : 0;
    bool sp = z->space;
    size_t k = i;
    while (k < j) {
        size_t s = k;
        while (k < j && z->s[k] != '.') k++;
        if (s != i) say(z, s, "dot");
        say_n(z, s, z->s + s, k - s);
        if (k < j) k++;
    }
    say(z, j, "at");
    size_t d = say_domain(z, j + 1, false);
    if (!d) { z->out->len = save; if (z->map) z->map->n = nmap; z->space = sp; return false; }
    *pi = d;
    return true;
}

/* Speaks the handle or hashtag word [i, e) split into its words:
 * "ClimateStrike" -> "Climate Strike", "BBCNews" -> "BBC News",
 * "jane_doe" -> "jane doe", "Budget2024" -> "Budget twenty twenty four".
 * A lowercase run of one letter ("iPhone") or "Mc"/"Mac" does not split. */
static void say_camel(nz *z, size_t i, size_t e)
{
    size_t s = i;
    for (size_t k = i; k <= e; k++) {
        bool cut = k == e || z->s[k] == '_';
        if (!cut && k > s) {
            char p = z->s[k - 1], c = z->s[k];
            bool pn = k + 1 < e && is_lower_ascii(z->s[k + 1]);
            if (qc_is_digit((unsigned char)p) != qc_is_digit((unsigned char)c)) cut = true;
            else if (is_lower_ascii(p) && is_ascii_upper(c))
                cut = k - s >= 2 && !(k - s == 2 && memcmp(z->s + s, "Mc", 2) == 0) &&
                      !(k - s == 3 && memcmp(z->s + s, "Mac", 3) == 0);
            else if (is_ascii_upper(p) && is_ascii_upper(c) && pn)
                cut = k - s >= 2; /* "BBCNews": the capital before "ews" starts a word */
        }
        if (!cut) continue;
        if (k > s) {
            num y;
            if (qc_is_digit((unsigned char)z->s[s]) && scan_num(z, s, &y) && y.e == k && is_year(&y)) {
                wbuf w = {{0}, 0};
                wb_year(&w, (unsigned)y.iv);
                z->space = true;
                say_words(z, s, &w);
            } else {
                z->space = true;
                say_n(z, s, z->s + s, k - s);
            }
        }
        s = k < e && z->s[k] == '_' ? k + 1 : k;
    }
}

/* "@janedoe" -> "at janedoe"; "#ClimateStrike" -> "hashtag Climate Strike"; "#1" -> "number 1". */
static bool rule_handle(nz *z, size_t *pi)
{
    size_t i = *pi;
    if (i + 1 >= z->n || (z->s[i] != '@' && z->s[i] != '#')) return false;
    char c = z->s[i + 1];
    bool word = is_ascii_alpha(c) || c == '_';
    if ((z->s[i] == '@' && (word || is_digit_at(z, i + 1))) || (z->s[i] == '#' && word)) {
        size_t e = i + 1;
        while (e < z->n && (is_ascii_alpha(z->s[e]) || is_digit_at(z, e) || z->s[e] == '_')) e++;
        if (alnum_at(z, e)) { /* a non-ASCII letter: leave the word to the copier */
            say(z, i, z->s[i] == '@' ? "at" : "hashtag");
            z->space = true;
            *pi = i + 1;
            return true;
        }
        say(z, i, z->s[i] == '@' ? "at" : "hashtag");
        say_camel(z, i + 1, e);
        *pi = e;
        return true;
    }
    if (z->s[i] == '#' && is_digit_at(z, i + 1)) { say(z, i, "number"); z->space = true; *pi = i + 1; return true; }
    return false;
}

/* "they [Russia]" -> "Russia": a pronoun replaced by the editor's bracket. */
static bool rule_bracket_pronoun(nz *z, size_t *pi)
{
    size_t i = *pi, e = alpha_end(z, i);
    if (!qc_nz_in_list(qc_nz_pronouns, z->s + i, e - i)) return false;
    size_t j = skip_sp(z, e);
    if (j >= z->n || z->s[j] != '[') return false;
    size_t k = j + 1;
    while (k < z->n && k < j + 80 && z->s[k] != ']' && z->s[k] != '[') k++;
    if (k >= z->n || z->s[k] != ']' || k == j + 1) return false;
    size_t cs = skip_sp(z, j + 1);
    if (!alnum_at(z, cs)) return false;
    *pi = j + 1; /* the bracket content is read by the main loop; "]" is dropped */
    (void)cs;
    return true;
}

/* ---------- symbols ---------- */

/* Rewrites the non-word character at *pi; false to copy it as is. */
static bool rule_symbol(nz *z, size_t *pi)
{
    size_t i = *pi, j;
    uint32_t c = cp_at(z, i, &j);
    switch (c) {
    case 0x2014: case 0x2015: /* em dash, horizontal bar */
        pause_comma(z); *pi = j; return true;
    case 0x2013: /* en dash: a clause dash when spaced, else "to" */
        if (i > 0 && z->s[i - 1] == ' ') pause_comma(z);
        else z->space = true;
        *pi = j;
        return true;
    case '-':
        if (has_prefix(z, i, "--")) { pause_comma(z); *pi = i + 2; return true; }
        if (i > 0 && z->s[i - 1] == ' ' && j < z->n && z->s[j] == ' ') { pause_comma(z); *pi = j; return true; }
        if (is_digit_at(z, j) && (i == 0 || z->s[i - 1] == ' ' || z->s[i - 1] == '(')) {
            say(z, i, "minus"); *pi = j; return true;
        }
        return false;
    case 0x2026: /* ellipsis */
        if (at_end(z, j)) punct(z, ".");
        else pause_comma(z);
        *pi = j;
        return true;
    case '.':
        if (has_prefix(z, i, "...")) {
            size_t k = i;
            while (k < z->n && z->s[k] == '.') k++;
            if (at_end(z, k)) punct(z, ".");
            else pause_comma(z);
            *pi = k;
            return true;
        }
        if (is_digit_at(z, j) && !qc_is_digit(cp_before(z, i))) {
            say(z, i, "point");
            z->space = true;
            *pi = j;
            return true;
        }
        return false;
    case 0x00A9: {
        size_t ws, we;
        if (!prev_word(z, i, &ws, &we) || !qc_ieq(z->s + ws, we - ws, "copyright")) say(z, i, "copyright");
        *pi = j;
        return true;
    }
    case 0x00AE: case 0x2122: case 0x2120: case 0x00B6: case 0x2020: case 0x2021:
    case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: case 0x00AD: case 0x2060:
    case '_':
        if (qc_is_alpha(cp_before(z, i)) && alnum_at(z, j)) return false; /* "jane_doe" */
        while (j < z->n && z->s[j] == '_') j++;
        z->space = true;
        *pi = j;
        return true;
    case '[': case ']': case '*': case '\\': case '^': case 0xFFFD:
        if (c == 0xFFFD) z->space = true;
        else if ((c == '[' || c == ']') && !z->space && alnum_at(z, j)) z->glue = true;
        *pi = j;
        return true;
    case 0x2022: case 0x00B7: case '|': case 0x00A6: case 0x25AA: case 0x25BA: case 0x2023:
    case 0x25CF: case 0x25A0:
        pause_comma(z); *pi = j; return true;
    case 0x00A7: say(z, i, "section"); *pi = j; return true;
    case 0x2116: say(z, i, "number"); *pi = j; return true;
    case 0x00B0: say(z, i, "degrees"); *pi = j; return true;
    case '%': say(z, i, "percent"); *pi = j; return true;
    case 0x00B1: say(z, i, "plus or minus"); *pi = j; return true;
    case 0x2248: say(z, i, "about"); *pi = j; return true;
    case '/': {
        /* "and/or" -> "and or", "he/she" -> "he or she" */
        size_t ws, we;
        if (!qc_is_alpha(cp_before(z, i)) || !qc_is_alpha(cp_at(z, j, NULL)) || !prev_word(z, i, &ws, &we)) return false;
        bool caps = true;
        for (size_t k = ws; k < we; k++) caps = caps && !(z->s[k] >= 'a' && z->s[k] <= 'z');
        if (we - ws <= 2 && !caps && !qc_nz_in_list(qc_nz_pronouns, z->s + ws, we - ws)) return false; /* "km/h" */
        if (!caps && !qc_ieq(z->s + ws, we - ws, "and")) say(z, i, "or");
        z->space = true;
        *pi = j;
        return true;
    }
    case '~': {
        static const char *const about[] = {"about", "About", "around", "Around", "some", "Some", "roughly",
                                            "Roughly", "approximately", "Approximately", "nearly", "Nearly", NULL};
        size_t ws, we;
        bool said = prev_word(z, i, &ws, &we) && qc_nz_in_list(about, z->s + ws, we - ws);
        if (is_digit_at(z, j) && !said) say(z, i, "about");
        *pi = j;
        return true;
    }
    case 0x00D7: say(z, i, "by"); *pi = j; return true;
    case '<': case '>': case 0x2264: case 0x2265:
        /* "<5%" -> "less than 5 percent" (only before a number) */
        if (!is_digit_at(z, skip_sp(z, j))) return false;
        say(z, i, c == '<' ? "less than" : c == '>' ? "more than" : c == 0x2264 ? "at most" : "at least");
        z->space = true;
        *pi = j;
        return true;
    case '+': {
        /* "65+", "Disney+", "C++", "+5", "2+2": plus; a lone "+" is copied */
        bool spaced = i >= 2 && z->s[i - 1] == ' ' && j < z->n && z->s[j] == ' ' &&
                      (is_alnum_cp(cp_before(z, i - 1)) || z->s[i - 2] == '%') && alnum_at(z, j + 1);
        if (!spaced && !is_alnum_cp(cp_before(z, i)) && !is_digit_at(z, j)) return false;
        size_t k = i;
        while (k < z->n && z->s[k] == '+') { say(z, k, "plus"); k++; }
        z->space = true;
        *pi = k;
        return true;
    }
    case '&': {
        /* HTML entities left in scraped text: "&#8211;", "&amp;", "&quot;" */
        size_t k = j;
        while (k < z->n && k < j + 10 && (is_ascii_alpha(z->s[k]) || qc_is_digit((unsigned char)z->s[k]) || z->s[k] == '#')) k++;
        if (k > j && k < z->n && z->s[k] == ';') {
            uint32_t cp = 0;
            if (z->s[j] == '#') {
                bool hex = j + 1 < k && (z->s[j + 1] == 'x' || z->s[j + 1] == 'X');
                for (size_t d = j + 1 + hex; d < k; d++) {
                    char ch = z->s[d];
                    int v = ch >= '0' && ch <= '9' ? ch - '0' : hex && (ch | 0x20) >= 'a' && (ch | 0x20) <= 'f' ? (ch | 0x20) - 'a' + 10 : -1;
                    if (v < 0 || cp > 0x10FFFF) { cp = 0xFFFD; break; }
                    cp = cp * (hex ? 16u : 10u) + (uint32_t)v;
                }
            } else {
                static const struct { const char *n; uint32_t cp; } ent[] = {
                    {"amp", '&'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", ' '}, {"mdash", 0x2014},
                    {"ndash", 0x2013}, {"hellip", 0x2026}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
                    {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"copy", 0xA9}, {"pound", 0xA3},
                    {"euro", 0x20AC}, {"deg", 0xB0}, {"lt", '<'}, {"gt", '>'},
                };
                for (size_t e = 0; e < sizeof ent / sizeof *ent; e++)
                    if (qc_ieq(z->s + j, k - j, ent[e].n)) cp = ent[e].cp;
            }
            if (cp) {
                if (cp == 0x2014 || cp == 0x2013 || cp == 0x2026) pause_comma(z);
                else if (cp == '&') say(z, i, "and");
                else if (cp == 0xA9) say(z, i, "copyright");
                else if (cp == 0x2019 || cp == '\'') { if (qc_is_alpha(cp_before(z, i))) punct(z, "'"); }
                else if (cp == ' ' || cp == '"' || qc_is_open_quote(cp) || qc_is_close_quote(cp) || cp < 0x20 || cp == 0xFFFD) z->space = true;
                else {
                    char u[4];
                    size_t ul = qc_utf8_put(cp, u);
                    if (!z->space && is_alnum_cp(cp_before(z, i))) z->glue = true;
                    say_n(z, i, u, ul);
                    if (alnum_at(z, k + 1)) z->glue = true; /* "caf&#233;s" */
                }
                *pi = k + 1;
                return true;
            }
        }
        say(z, i, "and");
        *pi = j;
        return true;
    }
    case '=':
        if (qc_is_alpha(cp_before(z, i)) && !alnum_at(z, j)) { *pi = j; return true; } /* "XAU=" codes */
        say(z, i, "equals");
        *pi = j;
        return true;
    case 0x00BD: case 0x00BC: case 0x00BE: case 0x2153: case 0x2154: case 0x215B: {
        bool after_digit = qc_is_digit(cp_before(z, i));
        const char *t = c == 0x00BD ? (after_digit ? "and a half" : "one half")
                      : c == 0x00BC ? (after_digit ? "and a quarter" : "one quarter")
                      : c == 0x00BE ? (after_digit ? "and three quarters" : "three quarters")
                      : c == 0x2153 ? (after_digit ? "and a third" : "one third")
                      : c == 0x2154 ? (after_digit ? "and two thirds" : "two thirds")
                      : (after_digit ? "and an eighth" : "one eighth");
        z->space = true;
        say(z, i, t);
        z->space = true;
        *pi = j;
        return true;
    }
    case '\'': case 0x2019: case 0x2018:
        /* "the class of '05" -> "oh five" ("'90s" and "'68" are read by the number rules) */
        if (is_digit_at(z, j) && z->s[j] == '0' && is_digit_at(z, j + 1) && z->s[j + 1] != '0' &&
            !alnum_at(z, j + 2)) {
            say(z, i, "oh");
            say_n(z, j + 1, z->s + j + 1, 1);
            *pi = j + 2;
            return true;
        }
        if (is_digit_at(z, j)) { *pi = j; return true; } /* "'90s" */
        if (c == 0x2019 && qc_is_alpha(cp_before(z, i)) && qc_is_alpha(cp_at(z, j, NULL))) {
            punct(z, "'");
            *pi = j;
            return true;
        }
        return false;
    default:
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) { z->space = true; *pi = j; return true; }
        return false;
    }
}

/* ---------- driver ---------- */

static bool word_rules(nz *z, size_t *pi)
{
    size_t i = *pi;
    char c = z->s[i];
    if (c >= '0' && c <= '9') return rule_number(z, pi);
    if (rule_currency(z, pi)) return true;
    if (c == '@' || c == '#') return rule_handle(z, pi);
    if (!is_ascii_alpha(c)) return false;
    return rule_url(z, pi) || rule_email(z, pi) || rule_special_words(z, pi) || rule_party(z, pi) ||
           rule_state(z, pi) || rule_month(z, pi) || rule_weekday(z, pi) || rule_degrees(z, pi) || rule_abbrev(z, pi) || rule_acronym(z, pi) ||
           rule_initial(z, pi) || rule_roman(z, pi) || rule_bracket_pronoun(z, pi);
}

qc_status qc_normalize(qc_arena *a, const char *in, size_t len, qc_buf *out, qc_offmap *map)
{
    nz z = {a, in ? in : "", in ? len : 0, out, out->len, map, false, false, QC_OK};
    size_t i = 0;
    while (i < z.n && !z.st) {
        size_t j;
        uint32_t c = cp_at(&z, i, &j);
        if (qc_is_space(c) || c == '\n' || c == '\r' || c == '\t') {
            z.space = true;
            i = j;
            continue;
        }
        bool start = !is_alnum_cp(cp_before(&z, i)) || c == '@';
        size_t before = i;
        if (start && word_rules(&z, &i) && i > before) continue;
        i = before;
        if (rule_symbol(&z, &i) && i > before) continue;
        i = before;
        if (is_alnum_cp(c)) {
            size_t e = word_end(&z, i);
            say_n(&z, i, z.s + i, e - i);
            i = e;
            continue;
        }
        /* any other character, copied; invalid bytes were turned into U+FFFD above */
        if (c == 0xFFFD && !(j - i == 3 && (unsigned char)z.s[i] == 0xEF)) {
            z.space = true;
            i = j;
            continue;
        }
        bool closing = c < 0x80 && in_set(",.;:!?)]}", (int)c);
        bool closing_q = qc_is_close_quote(c) && !qc_is_open_quote(c);
        if ((closing || closing_q) && last_out(&z)) {
            if (!z.st) z.st = qc_buf_add(out, z.s + i, j - i);
        } else {
            say_n(&z, i, z.s + i, j - i);
            if (c == '(' || c == '[' || qc_is_open_quote(c)) z.space = false;
        }
        i = j;
    }
    if (z.st) return z.st;
    if (!out->data) return qc_buf_add(out, "", 0);
    return QC_OK;
}

/* Titles and other abbreviations whose dot never ends a sentence. */
bool qc_normalize_abbrev_dot(const char *s, size_t len, size_t dot)
{
    if (!s || dot >= len || s[dot] != '.') return false;
    size_t b = dot;
    while (b > 0 && is_ascii_alpha(s[b - 1])) b--;
    if (b == dot || (b > 0 && (unsigned char)s[b - 1] >= 0x80)) return false;
    if (b > 0 && (s[b - 1] == '.' || (s[b - 1] >= '0' && s[b - 1] <= '9'))) return false;
    size_t n = dot - b, k = dot + 1;
    while (k < len && (s[k] == ' ' || s[k] == '\t')) k++;
    bool next_digit = k < len && s[k] >= '0' && s[k] <= '9';
    bool next_upper = k < len && is_ascii_upper(s[k]);
    if (n == 1 && is_ascii_upper(s[b])) return next_upper; /* an initial: "John F. Kennedy" */
    for (const qc_nz_abbr *ab = qc_nz_abbrs; ab->w; ab++) {
        if (strlen(ab->w) != n || memcmp(ab->w, s + b, n) != 0) continue;
        if (ab->flags & (QC_AB_TITLE | QC_AB_DR)) return next_upper || next_digit;
        if (ab->flags & QC_AB_NUM) return next_digit;
        if (ab->flags & QC_AB_ST) return next_upper;
        if (ab->flags & QC_AB_SEC) return next_upper || next_digit;
        if (ab->flags & QC_AB_VERSUS) return next_upper;
        if (strcmp(ab->w, "vs") == 0 || strcmp(ab->w, "Vs") == 0 || strcmp(ab->w, "approx") == 0) return true;
        return false;
    }
    for (const qc_nz_month_abbr *m = qc_nz_month_abbrs; m->w; m++)
        if (strlen(m->w) == n && memcmp(m->w, s + b, n) == 0) return next_digit;
    if (weekday_of(s, b, dot)) {
        /* "Sat. Jan. 5", "Fri. 12 June" */
        nz z = {NULL, s, len, NULL, 0, NULL, false, false, QC_OK};
        return date_follows(&z, k);
    }
    /* a currency written with a dot: "Rs. 500" */
    for (const qc_nz_currency *c = qc_nz_currencies; c->sym; c++)
        if (strlen(c->sym) == n + 1 && memcmp(c->sym, s + b, n + 1) == 0) return next_digit;
    /* a unit after a number: "5 ft. 7 in.", "10 lbs. 4 oz." */
    size_t p = b;
    if (p > 0 && s[p - 1] == ' ') p--;
    if (p > 0 && s[p - 1] >= '0' && s[p - 1] <= '9' && next_digit)
        for (const qc_nz_unit *u = qc_nz_units; u->w; u++)
            if (strlen(u->w) == n && memcmp(u->w, s + b, n) == 0) return true;
    return false;
}
