/* clean.c: separate the article from page furniture; find title, dateline, headings. */
#include "clean.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"

/*
 * Method. Every non-empty line of the input is a block (hard-wrapped
 * paragraphs are joined back first). Each block gets general features
 * (words, stop-word share, end punctuation, Title Case, capitals, link/UI
 * words and boilerplate phrases, repetition, script, dates and bylines) and
 * a class: GOOD prose, NEAR prose, SHORT (undecided), or BAD furniture. The
 * densest run of prose is found as the maximum-sum run of block weights (a
 * smoothed content region): prose alone between furniture (teaser lists)
 * weighs less, and what follows a comments header after the article weighs
 * less. Inside the region prose is kept, and short blocks survive when prose
 * surrounds them (headings, short paragraphs, lists). The headline is looked
 * for just above the region, the site name in the page's first line, the
 * dateline at the start of the body. Already clean text (almost no
 * furniture) keeps every paragraph.
 */

#define LIST_ENTRY_MIN_WORDS 25  /* a numbered list's entry, not a teaser snippet */

/* Lexicons (static, lowercase). Stop words of the languages most pages are
 * in (looked up through the hash table below); generic boilerplate phrases
 * that mark a block as furniture whatever the site; UI words that do so in
 * short blocks. */
static const char *const qc_clean_stops[] = {
    "a", "about", "adalah", "after", "again", "against", "akan", "al", "all", "alla", "als",
    "also", "am", "an", "anche", "and", "any", "ao", "are", "as", "at", "atau", "au", "auch",
    "auf", "aus", "avec", "be", "because", "been", "before", "bei", "being", "between", "both",
    "but", "by", "can", "ce", "che", "com", "como", "con", "could", "cuando", "da", "dalam",
    "dan", "dans", "dari", "das", "de", "del", "della", "dem", "den", "dengan", "der", "des",
    "di", "did", "die", "do", "does", "doing", "dos", "down", "du", "during", "e", "each",
    "ein", "eine", "einer", "eines", "el", "elle", "em", "en", "entre", "er", "es", "est",
    "este", "et", "few", "foi", "for", "from", "fue", "further", "für", "gli", "ha", "had",
    "has", "hat", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
    "his", "how", "i", "if", "il", "im", "in", "ini", "into", "is", "ist", "it", "its",
    "itself", "itu", "juga", "just", "ke", "la", "las", "le", "les", "lo", "los", "mais", "me",
    "mit", "more", "most", "muy", "my", "más", "na", "nach", "ne", "nel", "nicht", "no", "noch",
    "non", "nor", "not", "now", "não", "oder", "of", "off", "on", "once", "only", "ont", "or",
    "os", "other", "ou", "our", "ours", "out", "over", "own", "pada", "par", "para", "pas",
    "pela", "pelo", "per", "pero", "plus", "por", "pour", "quando", "que", "qui", "same", "se",
    "ser", "seu", "she", "should", "si", "sich", "sie", "sin", "sind", "so", "sobre", "some",
    "sono", "sont", "su", "sua", "such", "sur", "sus", "también", "than", "that", "the",
    "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through",
    "tidak", "to", "too", "um", "uma", "un", "und", "under", "une", "until", "untuk", "up",
    "very", "von", "was", "we", "werden", "were", "what", "when", "where", "which", "while",
    "who", "whom", "why", "wie", "will", "wir", "wird", "with", "would", "y", "ya", "yang",
    "you", "your", "zu", "über", "бы", "в", "все", "для", "его", "же", "за", "и", "из", "к",
    "как", "на", "не", "но", "о", "от", "по", "с", "так", "то", "у", "что", "это",
};
/* Open-addressing table over qc_clean_stops: slot = FNV-1a(word) & 1023,
 * linear probing, -1 = empty (generated from the list above). */
static const short qc_clean_stop_slots[1024] = {
    -1, -1, -1, -1, 64, -1, -1, -1, 210, -1, -1, -1, -1, -1, 103, -1, 117, -1, -1, -1, 62, 92,
    261, 191, -1, -1, 202, 127, -1, -1, -1, 130, -1, -1, -1, -1, 216, -1, -1, -1, 47, -1, 126,
    168, 185, 213, -1, 233, -1, -1, -1, -1, 73, -1, -1, -1, -1, 150, -1, -1, 140, -1, 43, -1,
    -1, -1, -1, -1, -1, -1, -1, 76, 271, -1, -1, -1, -1, 16, 18, -1, -1, -1, -1, -1, -1, 170,
    45, -1, 235, -1, -1, -1, 197, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 205, 151, -1, -1, -1,
    128, 102, -1, -1, -1, 193, -1, -1, -1, 88, 182, -1, -1, 17, 214, -1, -1, -1, -1, -1, 23, 27,
    -1, -1, -1, -1, -1, -1, -1, -1, 147, -1, -1, 19, 107, 248, -1, -1, -1, -1, 36, -1, -1, -1,
    -1, -1, -1, -1, 250, -1, -1, -1, -1, -1, -1, 41, -1, -1, -1, 82, -1, -1, 178, -1, -1, -1,
    -1, -1, 46, 39, -1, -1, -1, -1, -1, -1, 25, -1, -1, -1, -1, -1, -1, 9, -1, -1, -1, -1, 154,
    267, -1, 218, -1, 53, 144, 106, -1, 129, 237, 253, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
    -1, -1, -1, -1, -1, -1, -1, -1, 236, -1, 275, 266, -1, 176, -1, -1, -1, -1, -1, -1, 59, 254,
    263, 186, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 188, -1, -1, 211, -1, -1, -1, -1, -1, -1,
    265, -1, 252, -1, 135, 111, 259, -1, -1, -1, -1, -1, -1, -1, -1, 66, 132, -1, -1, 234, -1,
    -1, -1, 123, -1, 71, -1, -1, -1, -1, -1, -1, 192, -1, 70, -1, -1, -1, 0, 223, 232, -1, -1,
    -1, 134, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 60, -1, -1, -1, -1, -1, -1, -1, -1, -1,
    -1, 137, -1, 42, -1, -1, -1, 4, 224, -1, 219, 12, -1, -1, -1, -1, -1, -1, -1, -1, 98, 209,
    198, -1, -1, -1, 246, -1, -1, 37, 83, -1, -1, 81, 119, -1, -1, -1, -1, -1, 57, 183, 67, -1,
    228, -1, 208, -1, -1, -1, -1, -1, 2, 194, 162, -1, -1, -1, -1, -1, 157, -1, -1, 255, 20, -1,
    78, -1, 100, 242, -1, -1, -1, 166, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 195, -1, -1,
    -1, -1, -1, -1, 172, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 63, -1, -1, 116, -1, -1,
    -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 108, -1, 179, 24, 74, 3, 239, 101,
    -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 201, -1, -1, -1, 124, -1, 133, 184,
    -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 138, 141, 229, -1, -1, 159, 26, 155,
    -1, 85, -1, -1, 145, 272, -1, -1, 273, -1, 93, -1, -1, -1, 109, -1, -1, 177, 152, -1, -1,
    -1, -1, 164, -1, 217, -1, -1, -1, -1, -1, -1, -1, -1, 21, 187, 204, -1, -1, 49, -1, -1, -1,
    -1, -1, 65, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 89, -1, -1, -1, -1, -1, 240,
    -1, 180, 249, -1, 1, 50, -1, -1, 215, -1, -1, -1, -1, -1, -1, -1, 52, -1, -1, 189, -1, -1,
    -1, -1, 56, 200, -1, -1, -1, -1, -1, -1, 220, -1, -1, -1, -1, 122, 163, -1, -1, -1, 75, -1,
    -1, -1, 167, 245, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 174, -1, -1, 262, -1, -1, -1,
    -1, 142, -1, -1, -1, 212, -1, -1, -1, -1, -1, -1, 68, -1, -1, 190, -1, -1, -1, 238, -1, 173,
    94, 136, -1, 38, -1, -1, -1, -1, -1, -1, -1, -1, 112, -1, -1, -1, 34, 51, 268, 181, 15, 131,
    -1, -1, 251, -1, 91, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 264,
    -1, -1, -1, -1, -1, 29, -1, -1, -1, -1, -1, 10, -1, 31, -1, 222, -1, -1, 14, 61, -1, -1, -1,
    104, 113, -1, -1, -1, 270, -1, -1, -1, 40, -1, 69, 149, -1, -1, -1, -1, 13, -1, -1, -1, -1,
    -1, -1, -1, -1, -1, -1, -1, -1, -1, 247, -1, 175, 148, -1, -1, -1, -1, 84, -1, -1, 120, 5,
    -1, -1, 58, -1, -1, -1, -1, 32, -1, -1, 44, -1, -1, 72, -1, -1, -1, -1, -1, -1, 115, -1,
    158, 146, -1, -1, 22, 269, -1, -1, -1, 226, 227, -1, 114, 55, -1, -1, 105, -1, -1, -1, 244,
    156, 203, 276, -1, -1, -1, -1, -1, -1, -1, -1, -1, 241, 161, 256, -1, -1, -1, 30, -1, -1,
    48, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 11, 225, -1, -1, -1,
    125, -1, -1, -1, 28, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
    243, 274, 33, -1, -1, -1, -1, -1, -1, -1, -1, 110, -1, -1, 171, 206, -1, -1, -1, -1, -1, -1,
    -1, -1, -1, -1, -1, 260, -1, -1, -1, 35, -1, -1, -1, 87, -1, -1, 139, -1, -1, -1, -1, -1,
    -1, 221, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 79, -1, 230, -1, -1, -1, -1, -1,
    -1, -1, 86, -1, -1, -1, -1, 99, -1, -1, -1, -1, -1, 257, -1, -1, 165, 7, 231, 96, -1, 8, -1,
    -1, -1, -1, -1, -1, -1, -1, 258, -1, -1, 153, -1, -1, -1, -1, 196, 80, -1, -1, 118, -1, -1,
    -1, 54, -1, -1, -1, -1, -1, 95, 121, 199, 6, 207, -1, 90, -1, -1, -1, -1, -1, -1, -1, 160,
    -1, -1, -1, -1, -1, 77, -1, -1, 143, 97, 169, -1, -1, -1,
};

static const char *const qc_clean_strong[] = {  /* furniture in blocks up to 80 words */
    "all rights reserved", "cookie policy", "cookie settings", "uses cookies", "use cookies",
    "use of cookies", "accept cookies", "cookies to", "cookie consent", "enable javascript",
    "javascript is disabled", "javascript enabled", "privacy policy", "terms of use",
    "terms of service", "terms and conditions", "you agree to", "this material may not be",
    "log in or register", "copyright ", "(c) 20",
};
static const size_t qc_clean_n_strong = sizeof qc_clean_strong / sizeof *qc_clean_strong;

static const char *const qc_clean_phrases[] = {  /* furniture in blocks up to 20 words */
    "sign up for", "subscribe to our", "newsletter", "advertisement", "getty images",
    "click here", "read more", "related articles", "related stories", "share this",
    "follow us", "leave a comment", "skip to", "reuse this content", "recommended for you",
    "trending now", "most popular", "most read", "sponsored", "download the app",
    "listen to this", "(image:", "(photo:", "photo:", "image:", "getty", "ap photo",
    "afp via", "photograph:", "credit:", "/reuters", "reuters/", "shutterstock", "unsubscribe",
    "your inbox", "join our", "follow him", "follow her",
};
static const size_t qc_clean_n_phrases = sizeof qc_clean_phrases / sizeof *qc_clean_phrases;

static const char *const qc_clean_ui[] = {  /* whole words, in blocks up to 6 words */
    "subscribe", "sign in", "sign up", "log in", "login", "logout", "register", "share",
    "tweet", "facebook", "twitter", "instagram", "linkedin", "pinterest", "whatsapp",
    "youtube", "email", "e-mail", "menu", "search", "loading", "loader", "back to top",
    "comment", "comments", "reply", "follow", "chats", "newsfeed", "discussion", "expand",
    "collapse", "toggle", "navigation", "about us", "continue reading", "show more", "view all",
    "see all", "load more", "ad choices", "feedback", "podcast", "advertisement", "copied",
};
static const size_t qc_clean_n_ui = sizeof qc_clean_ui / sizeof *qc_clean_ui;

enum { C_BAD = 0, C_SHORT, C_NEAR, C_GOOD };
enum { SC_NONE = 0, SC_LATIN, SC_CYRIL, SC_CJK, SC_OTHER };

typedef struct line {
    size_t s, e;          /* trimmed span in doc->text */
    int words, stops, cjk, chars, caps, capwords, capstops, capthe, digits, lowerstart;
    int script;
    bool endp;            /* ends like a sentence */
    bool openq;           /* starts with a quote mark */
    bool bad;             /* strong furniture evidence */
    bool byline, date, dup;
    size_t same;          /* first line of the group with identical text */
    int copies;           /* lines with identical text */
    bool seen;            /* a copy of this group is kept already */
    int barrier;          /* opens related links (1) or the comments (2) */
    bool blank_before;
    int cls;
    bool keep, heading;
    bool alone;           /* prose alone between furniture */
    bool entry;           /* prose of a numbered list article's entry */
    unsigned hash;
} line;

/* First occurrence of the NUL-terminated lit in s[0..n), or NULL. */
static const char *find(const char *s, size_t n, const char *lit)
{
    const char c0 = lit[0];
    const char *end = s + n;
    while (s < end) {
        const char *p;
        if (end - s >= 16) {
            p = memchr(s, c0, (size_t)(end - s));
            if (!p) return NULL;
        } else {
            p = s;
            while (p < end && *p != c0) p++;
            if (p == end) return NULL;
        }
        size_t k = 1;
        while (lit[k] && p + k < end && p[k] == lit[k]) k++;
        if (!lit[k]) return p;
        s = p + 1;
    }
    return NULL;
}

/* Does the lowered text s[0..n) contain the lowercase literal? */
static bool ascii_has(const char *s, size_t n, const char *lit)
{
    return find(s, n, lit) != NULL;
}

static bool is_letter_byte(char c)
{
    return ((c | 32) >= 'a' && (c | 32) <= 'z') || (unsigned char)c >= 0x80;
}

/* As ascii_has, but only as whole words. */
static bool ascii_has_word(const char *s, size_t n, const char *lit)
{
    size_t m = strlen(lit);
    const char *p = s, *end = s + n;
    while (p + m <= end && (p = find(p, (size_t)(end - p), lit)) != NULL) {
        if ((p == s || !is_letter_byte(p[-1])) && (p + m == end || !is_letter_byte(p[m]))) return true;
        p++;
    }
    return false;
}

static int script_of(uint32_t c)
{
    if (c < 0x250 || (c >= 0x300 && c <= 0x36F) || (c >= 0x1E00 && c <= 0x1EFF)) return SC_LATIN;
    if (c >= 0x400 && c <= 0x4FF) return SC_CYRIL;
    if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) ||
        (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF))
        return SC_CJK;
    return SC_OTHER;
}

static uint32_t lower_cp(uint32_t c)
{
    return c == 0x401 ? 0x451 : qc_to_lower(c);     /* (Ё; qc_to_lower() has the other Russian capitals) */
}

/* Is the lowercase word w[0..n) a stop word in one of the lexicon's languages? */
static bool is_stop(const char *w, size_t n)
{
    if (n == 0 || n > 8) return false;
    unsigned h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)w[i]) * 16777619u;
    for (unsigned k = h & 1023u;; k = (k + 1) & 1023u) {
        int x = qc_clean_stop_slots[k];
        if (x < 0) return false;
        if (!strncmp(qc_clean_stops[x], w, n) && qc_clean_stops[x][n] == 0) return true;
    }
}

/* Is the lowercase word a month name or its abbreviation ("sept" too)? */
static bool is_month(const char *w, size_t n)
{
    static const char *const m[] = {"january", "february", "march", "april", "may", "june",
                                    "july", "august", "september", "october", "november",
                                    "december"};
    if (n < 3) return false;
    for (size_t i = 0; i < 12; i++)
        if (w[0] == m[i][0] && w[1] == m[i][1] && w[2] == m[i][2])
            return n == 3 || (i == 8 && n == 4 && w[3] == 't') ||
                   (strlen(m[i]) == n && !memcmp(w, m[i], n));
    return false;
}

/* Does t[s..e) end like a sentence (. ! ? … : ; before closing marks)? */
static bool ends_sentence(const char *t, size_t s, size_t e)
{
    uint32_t c = 0;
    while (e > s) {
        c = qc_utf8_prev(t, &e);
        if (!(qc_is_close_quote(c) || c == ')' || c == ']' || c == '*' || qc_is_space(c))) break;
    }
    return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 || c == ':' || c == ';' ||
           c == 0xFF01 || c == 0xFF1F;
}

/* Features of one line. */
static void measure(const char *t, const char *low, line *L)
{
    size_t i = L->s;
    char w[48];
    size_t wl = 0;
    bool inword = false, wcap = false, walpha = false, wallcaps = true;
    int months = 0, years = 0, first_word = 1;
    uint32_t first = 0;
    int sc[5] = {0};
    while (i <= L->e) {
        uint32_t c = 0;
        bool up, lo, al, dg;
        if (i < L->e && (unsigned char)t[i] < 0x80) c = (unsigned char)t[i++];
        else if (i < L->e) c = qc_utf8_next(t, L->e, &i);
        else i++;
        if (c < 0x80) {
            up = c >= 'A' && c <= 'Z'; lo = c >= 'a' && c <= 'z'; al = up || lo; dg = c >= '0' && c <= '9';
        } else {
            up = qc_is_upper(c); lo = qc_is_lower(c); al = qc_is_alpha(c); dg = false;
        }
        if (c && !first) first = c;
        bool alnum = c && (al || dg);
        bool apos = inword && (c == '\'' || c == 0x2019) && i < L->e && qc_is_alpha((unsigned char)t[i]);
        if (c) {
            L->chars++;
            if (al) sc[c < 0x80 ? SC_LATIN : script_of(c)]++;
            if (dg) L->digits++;
            if (up) L->caps++;
        }
        if (c >= 0x1100 && script_of(c) == SC_CJK) { L->cjk++; alnum = false; }
        if (alnum || apos) {
            if (!inword) { inword = true; wl = 0; wcap = up; walpha = false; wallcaps = true; }
            else if (lo) wallcaps = false;
            if (al) walpha = true;
            if (wl + 4 < sizeof w) {
                if (c < 0x80) w[wl++] = (char)(up ? c + 32 : c);
                else wl += qc_utf8_put(lower_cp(c), w + wl);
            }
        } else if (inword) {
            inword = false;
            w[wl] = 0;
            L->words++;
            if (is_stop(w, wl)) {
                L->stops++;
                /* Title Case Of Headlines, near the start; "The" is counted
                 * apart, as names capitalise it (The New York Times) */
                if (wcap && !first_word && wl > 1 && !wallcaps && L->words <= 12) {
                    L->capstops++;
                    if (wl == 3 && !memcmp(w, "the", 3)) L->capthe++;
                }
            }
            else if (walpha && wl >= 3 && wcap) L->capwords++;
            if (walpha && !wcap && first_word) L->lowerstart = 1;
            first_word = 0;
            if (wl >= 3 && wl <= 9 && is_month(w, wl)) months++;
            if (wl == 4 && w[0] >= '1' && w[0] <= '2' && w[1] >= '0' && w[1] <= '9' &&
                w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9')
                years++;
        }
    }
    int best = SC_LATIN;
    for (int k = 1; k < 5; k++) if (sc[k] > sc[best]) best = k;
    L->script = sc[best] ? best : SC_NONE;
    L->openq = qc_is_open_quote(first);
    L->endp = ends_sentence(t, L->s, L->e);
    const char *s = low + L->s;
    size_t n = L->e - L->s;
    bool stamp = (ascii_has(s, n, "published") || ascii_has(s, n, "updated") ||
                  ascii_has(s, n, "posted")) && L->digits;
    L->date = L->words <= 14 && (!L->endp || L->words <= 6) &&
              ((months && (years || L->digits) && L->words <= 8) || stamp ||
               (ascii_has(s, n, " ago") && L->digits && L->words <= 6));
    if (L->words <= 8 && (!L->endp || t[L->e - 1] == ':')) {
        /* headers that open the comments, and those of link boxes */
        static const char *const comments[] = {
            "comment", "responses", "replies", "leave a reply", "discussion", "says:", "wrote:",
        };
        static const char *const links[] = {
            "you may also like", "more from", "recommended", "read next", "more stories",
            "related", "trending", "most popular", "most read", "latest news", "more news",
            "also read", "read also", "further reading", "you might also", "around the web",
            "from the web", "sponsored", "newsletter", "tags:", "popular posts", "recent posts",
            "top stories",
        };
        for (size_t k = 0; k < sizeof comments / sizeof *comments && !L->barrier; k++)
            if (ascii_has(s, n, comments[k])) L->barrier = 2;
        for (size_t k = 0; k < sizeof links / sizeof *links && !L->barrier; k++)
            if (ascii_has(s, n, links[k])) L->barrier = 1;
        /* an inline "Related: Some Headline" link is part of the text, not a section */
        if (L->barrier == 1 && L->words > 4) L->barrier = 0;
        if (L->barrier == 2 && L->words > 4 && (ascii_has(s, n, "replies") || ascii_has(s, n, "discussion") ||
                                                ascii_has(s, n, "leave a reply")))
            L->barrier = 0;
    }
    L->byline = L->words >= 2 && L->words <= 9 && n > 3 && s[0] == 'b' && s[1] == 'y' &&
                s[2] == ' ' && !L->endp;
    if (L->byline && L->barrier) L->barrier = 1;
}

static bool same_text(const char *t, const line *a, const line *b)
{
    return a->hash == b->hash && a->e - a->s == b->e - b->s && !memcmp(t + a->s, t + b->s, a->e - a->s);
}

/* Sorts line indices by (hash, length, index): identical lines become
 * neighbours. `keys` has room for n entries. */
typedef struct line_key { unsigned hash; size_t len, idx; } line_key;

static int cmp_key(const void *a, const void *b)
{
    const line_key *x = a, *y = b;
    if (x->hash != y->hash) return x->hash < y->hash ? -1 : 1;
    if (x->len != y->len) return x->len < y->len ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static void sort_lines(size_t *ord, size_t n, const line *L, line_key *k)
{
    for (size_t i = 0; i < n; i++) { k[i].hash = L[i].hash; k[i].len = L[i].e - L[i].s; k[i].idx = i; }
    qsort(k, n, sizeof *k, cmp_key);
    for (size_t i = 0; i < n; i++) ord[i] = k[i].idx;
}

/* Does s[0..n) hold an e-mail address (word@word.tld)? */
static bool has_email(const char *s, size_t n)
{
    const char *p = s, *end = s + n;
    while ((p = memchr(p, '@', (size_t)(end - p))) != NULL) {
        const char *q = p + 1;
        bool before = p > s && (is_letter_byte(p[-1]) || (p[-1] >= '0' && p[-1] <= '9') || p[-1] == '.');
        bool dot = false;
        while (q < end && (is_letter_byte(*q) || *q == '.' || *q == '-' || (*q >= '0' && *q <= '9'))) {
            if (*q == '.' && q + 1 < end && is_letter_byte(q[1])) dot = true;
            q++;
        }
        if (before && dot) return true;
        p++;
    }
    return false;
}

/* Strong furniture evidence independent of context. */
static bool furniture(const char *t, const char *low, const line *L, int page_script)
{
    const char *s = low + L->s;
    size_t n = L->e - L->s;
    int ew = L->words + L->cjk / 2;
    if (L->script != SC_NONE && page_script != SC_NONE && L->script != page_script && ew < 15)
        return true;   /* a UI string in another script */
    if (ew == 0) return true;                                       /* symbols, numbers only */
    if (L->words && L->digits * 2 > L->chars && !L->endp) return true;
    if (ew < 40 && (ascii_has(s, n, "\xc2\xa9") || ascii_has(s, n, "http") ||
                    ascii_has(s, n, "www.") || ascii_has(s, n, "<script") || memchr(s, '{', n)))
        return true;
    if (ew <= 80)
        for (size_t k = 0; k < qc_clean_n_strong; k++)
            if (ascii_has(s, n, qc_clean_strong[k])) return true;
    if (ew <= 20 && (!L->endp || ew <= 12))
        for (size_t k = 0; k < qc_clean_n_phrases; k++)
            if (ascii_has(s, n, qc_clean_phrases[k])) return true;
    if (ew <= 6 && !L->endp)
        for (size_t k = 0; k < qc_clean_n_ui; k++)
            if (ascii_has_word(s, n, qc_clean_ui[k])) return true;
    if (ew <= 12 && memchr(s, '|', n)) return true;
    if (ew <= 40 && has_email(s, n)) return true;   /* "Email the author at ..." */
    /* gallery counters: "Image 1 of 5" */
    if (ew <= 6 && L->digits && ascii_has(s, n, " of ") &&
        (ascii_has(s, n, "image") || ascii_has(s, n, "photo") || ascii_has(s, n, "slide") ||
         ascii_has(s, n, "picture")))
        return true;
    if (L->date || L->byline || L->barrier) return true;
    /* teaser: a Title Case headline run into its summary ("The" alone may
     * belong to names: The New York Times) */
    if (!L->openq && (L->capstops - L->capthe >= 2 || L->capstops >= 3)) return true;   /* not a quote's sentences */
    /* promos shouted in capitals: "CLICK HERE TO GET THE APP" */
    if (L->words >= 6 && !L->endp && L->caps * 10 >= L->chars * 6 && L->script == SC_LATIN) {
        bool lower = false;
        for (size_t i = 0; i < n && !lower; i++) lower = t[L->s + i] >= 'a' && t[L->s + i] <= 'z';
        if (!lower) return true;
    }
    return false;
}

static unsigned hash_span(const char *s, size_t n)
{
    unsigned h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* Is a long middle piece of a's text also inside b (captions that repeat)? */
static bool shares_piece(const char *t, const line *a, const line *b)
{
    size_t na = a->e - a->s, nb = b->e - b->s;
    if (na < 60 || nb < 60) return false;
    size_t k = 40, off = a->s + na / 2 - k / 2;
    const char *hay = t + b->s;
    for (size_t i = 0; i + k <= nb; i++)
        if (hay[i] == t[off] && !memcmp(hay + i, t + off, k)) return true;
    return false;
}

static char *trim_dup(qc_doc *doc, const char *s, size_t n)
{
    while (n && (s[0] == ' ' || s[0] == '-' || s[0] == '|')) { s++; n--; }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '-' || s[n - 1] == '|')) n--;
    return n ? qc_arena_strndup(doc->arena, s, n) : NULL;
}

/* Site name from the first line: "Headline | Site", "Headline - Site", "- Site". */
static const char *find_source(qc_doc *doc, const line *L0)
{
    const char *s = doc->text + L0->s;
    size_t n = L0->e - L0->s;
    static const char *const seps[] = {" | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " :: "};
    size_t best = (size_t)-1, blen = 0;
    for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
        size_t m = strlen(seps[k]);
        for (size_t i = 0; i + m <= n; i++)
            if (!memcmp(s + i, seps[k], m) && (best == (size_t)-1 || i > best)) { best = i; blen = m; }
    }
    if (best != (size_t)-1) {
        size_t rest = n - best - blen;
        int words = 1;
        for (size_t i = best + blen; i < n; i++) words += s[i] == ' ';
        if (rest && words <= 5) return trim_dup(doc, s + best + blen, rest);
    }
    if (n > 2 && s[0] == '-' && s[1] == ' ') return trim_dup(doc, s, n);
    return NULL;
}

static bool wordbyte(char c)
{
    return (unsigned char)c >= 0x80 || ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9');
}

/* Word-set overlap of two lines (share of b's words found in a), ASCII folding. */
static double overlap(const char *t, const line *a, const line *b)
{
    size_t na = a->e - a->s;
    int hit = 0, tot = 0;
    size_t i = b->s;
    while (i < b->e) {
        while (i < b->e && !wordbyte(t[i])) i++;
        size_t ws = i;
        while (i < b->e && wordbyte(t[i])) i++;
        if (i == ws) continue;
        tot++;
        size_t m = i - ws;
        const char *hay = t + a->s;
        for (size_t k = 0; k + m <= na; k++)
            if (!memcmp(hay + k, t + ws, m)) { hit++; break; }
    }
    return tot ? (double)hit / tot : 0;
}

/* A politician's party label in brackets, never a news agency: "(D)",
 * "(R-Ohio)", "(D-N.Y.)", "(I-Vt.)". */
static bool party_label(const char *in, size_t len)
{
    if (len == 1) return in[0] >= 'A' && in[0] <= 'Z';
    return len >= 3 && (in[0] == 'R' || in[0] == 'D' || in[0] == 'I') && in[1] == '-' && in[2] >= 'A' && in[2] <= 'Z';
}

/* "MOSCOW (Sputnik) -", "WASHINGTON, Nov 5 (Reuters) —", "Paris, France (CNN)". */
static const char *find_dateline(qc_doc *doc, const qc_para *p)
{
    const char *s = doc->text + p->start;
    size_t n = p->end - p->start, lim = n < 80 ? n : 80;
    for (size_t i = 0; i + 1 < lim; i++) {
        if (s[i] == '(') {
            const char *c = memchr(s + i, ')', lim - i);
            if (c && c - (s + i) <= 25 && (s[i + 1] >= 'A' && s[i + 1] <= 'Z') &&
                !party_label(s + i + 1, (size_t)(c - (s + i + 1)))) {
                size_t e = (size_t)(c - s) + 1;
                size_t j = e;
                while (j < n && s[j] == ' ') j++;
                bool dash = j < n && (s[j] == '-' || (j + 2 < n && (unsigned char)s[j] == 0xE2 &&
                                                        (unsigned char)s[j + 1] == 0x80));
                bool cnn = e - i <= 8 && c[-1] != ' ';
                int upper = 0, lower = 0;
                for (size_t k = 0; k < i; k++) {
                    upper += s[k] >= 'A' && s[k] <= 'Z';
                    lower += s[k] >= 'a' && s[k] <= 'z';
                }
                if (dash && i == 0) return NULL;
                if ((dash && upper >= 2 && upper >= lower) || (cnn && (i == 0 || upper >= 1) && i <= 40))
                    return qc_arena_strndup(doc->arena, s, e);
            }
            return NULL;
        }
        if (i && (s[i] == '-' || (unsigned char)s[i] == 0xE2) && s[i - 1] == ' ') {
            int upper = 0, lower = 0;
            for (size_t k = 0; k < i; k++) {
                upper += s[k] >= 'A' && s[k] <= 'Z';
                lower += s[k] >= 'a' && s[k] <= 'z';
            }
            if (upper >= 3 && lower == 0) return qc_arena_strndup(doc->arena, s, i - 1);
            return NULL;
        }
        if ((s[i] >= 'a' && s[i] <= 'z') && i > 30) return NULL;
    }
    return NULL;
}

/* Hard-wrapped text (a paragraph over several lines of about 60-100
 * characters) is joined back into one block per paragraph: a line that does
 * not end a sentence continues on the next one when that starts in lower
 * case, when it breaks after a comma, hyphen or function word, or when it is
 * as long as wrapped lines are (60-100 characters, next one too). Returns the
 * new number of lines. */
static size_t join_wrapped(const char *t, line *L, size_t nl)
{
    size_t o = 0;
    for (size_t k = 0; k < nl; k++) {
        if (o && !L[k].blank_before) {
            line *p = &L[o - 1];
            size_t plen = p->e - p->s, last_len = plen;
            /* length of the previous physical line (the block's last one) */
            for (size_t i = p->e; i > p->s; i--) if (t[i - 1] == '\n') { last_len = p->e - i; break; }
            char first = t[L[k].s], endc = t[p->e - 1];
            size_t nlen = L[k].e - L[k].s;
            bool cont = false;
            if (last_len >= 50 && !ends_sentence(t, p->s, p->e)) {
                size_t ws = p->e;
                while (ws > p->s && is_letter_byte(t[ws - 1])) ws--;
                char w[16];
                size_t wl = p->e - ws;
                if (wl && wl < sizeof w) {
                    for (size_t i = 0; i < wl; i++) w[i] = (char)((t[ws + i] >= 'A' && t[ws + i] <= 'Z') ? t[ws + i] + 32 : t[ws + i]);
                }
                cont = (first >= 'a' && first <= 'z') || endc == ',' || endc == '-' ||
                       (wl && wl < sizeof w && is_stop(w, wl)) ||
                       (last_len >= 60 && last_len <= 100 && nlen >= 40 && nlen <= 100);
            }
            if (cont) { p->e = L[k].e; continue; }
        }
        L[o++] = L[k];
    }
    return o;
}

static qc_status build_body(qc_doc *doc)
{
    doc->n_sections = 0;
    int sec = -1;
    for (size_t k = 0; k < doc->n_paras; k++) {
        qc_para *p = &doc->paras[k];
        if (p->kind == QC_PARA_HEADING) {
            qc_section s = {k, k + 1, k + 1};
            if (QC_PUSH(doc->arena, doc->sections, doc->n_sections, doc->cap_sections, s))
                return QC_ERR_NOMEM;
            sec = (int)doc->n_sections - 1;
        } else if (sec >= 0) {
            doc->sections[sec].end_para = k + 1;
        }
        p->section = sec;
    }
    size_t total = 1;
    for (size_t k = 0; k < doc->n_paras; k++) total += doc->paras[k].end - doc->paras[k].start + 2;
    char *b = qc_arena_alloc(doc->arena, total);
    if (!b) return QC_ERR_NOMEM;
    size_t o = 0;
    for (size_t k = 0; k < doc->n_paras; k++) {
        if (k) { b[o++] = '\n'; b[o++] = '\n'; }
        size_t m = doc->paras[k].end - doc->paras[k].start;
        memcpy(b + o, doc->text + doc->paras[k].start, m);
        o += m;
    }
    b[o] = 0;
    doc->body = b;
    return QC_OK;
}

/* Is line k prose with furniture on both sides, two lines deep on one? */
static bool is_alone(const line *L, size_t nl, size_t k)
{
    bool far_b = k >= 2 && L[k - 1].cls < C_NEAR && L[k - 2].cls < C_NEAR;
    bool far_a = k + 2 < nl && L[k + 1].cls < C_NEAR && L[k + 2].cls < C_NEAR;
    return (k == 0 || L[k - 1].cls < C_NEAR) && (k + 1 == nl || L[k + 1].cls < C_NEAR) && (far_b || far_a);
}

/* The number n (1-99) when the line is only that number, else 0. */
static int list_number(const char *t, const line *x)
{
    size_t n = x->e - x->s;
    if (n < 1 || n > 2) return 0;
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[x->s + i] < '0' || t[x->s + i] > '9') return 0;
        v = v * 10 + (t[x->s + i] - '0');
    }
    return v;
}

/* A numbered list article ("1", heading, photo credit, paragraph, "2", ...):
 * a long prose line within three lines after a list number that continues
 * a sequence (the next or the previous number stands alone further on or
 * before) is a list entry, not a lone teaser snippet. */
static void list_entries(const char *t, line *L, size_t nl)
{
    for (size_t k = 0; k < nl; k++) {
        int v = list_number(t, &L[k]);
        if (!v) continue;
        bool seq = false;
        for (size_t j = k + 1; j < nl && j <= k + 12 && !seq; j++) seq = list_number(t, &L[j]) == v + 1;
        for (size_t j = k; j-- > 0 && j + 12 >= k && !seq;) seq = v > 1 && list_number(t, &L[j]) == v - 1;
        if (!seq) continue;
        for (size_t j = k + 1; j < nl && j <= k + 3; j++)
            if (L[j].cls >= C_NEAR && L[j].words >= LIST_ENTRY_MIN_WORDS) L[j].alone = false, L[j].entry = true;
    }
}

/* Does the lower-cased line report speech ("says", "said", "calling")? */
static bool reports(const char *s, size_t n)
{
    static const char *const VERBS[] = {"says", "said", "told", "tells", "calling", "called", "according to"};
    for (size_t k = 0; k < sizeof VERBS / sizeof *VERBS; k++)
        if (ascii_has_word(s, n, VERBS[k])) return true;
    return false;
}

static bool title_like(const line *L)
{
    int ew = L->words + L->cjk / 2;
    return ew >= 2 && ew <= 30 && !L->byline && !L->date && !L->lowerstart;
}

qc_status qc_clean(qc_doc *doc)
{
    if (doc->is_html && doc->n_paras > 0) return build_body(doc);
    doc->n_paras = 0;
    const char *t = doc->text;
    size_t len = doc->len;

    /* 1. lines */
    size_t nl = 0, cap = 0;
    line *L = NULL;
    bool blank = true;
    for (size_t i = 0; i < len;) {
        size_t e = i;
        while (e < len && t[e] != '\n') e++;
        size_t s = i, z = e;
        while (s < z) { size_t k = s; if (!qc_is_space(qc_utf8_next(t, z, &k))) break; s = k; }
        while (z > s) { size_t k = z; if (!qc_is_space(qc_utf8_prev(t, &k))) break; z = k; }
        if (z > s) {
            line x;
            memset(&x, 0, sizeof x);
            x.s = s; x.e = z; x.blank_before = blank;
            if (QC_PUSH(doc->arena, L, nl, cap, x)) return QC_ERR_NOMEM;
            blank = false;
        } else {
            blank = true;
        }
        i = e + 1;
    }
    if (!nl) return qc_doc_fail(doc, QC_ERR_NO_TEXT, "no article text found");
    nl = join_wrapped(t, L, nl);

    /* 2. features, page script and page stop-word share; phrases are
     * looked for in an ASCII-lowered copy of the text */
    char *low = qc_arena_alloc(doc->arena, len + 1);
    if (!low) return QC_ERR_NOMEM;
    for (size_t i = 0; i < len; i++) low[i] = (char)((t[i] >= 'A' && t[i] <= 'Z') ? t[i] + 32 : t[i]);
    int sc_chars[5] = {0};
    long pw = 0, ps = 0;
    for (size_t k = 0; k < nl; k++) {
        measure(t, low, &L[k]);
        L[k].hash = hash_span(t + L[k].s, L[k].e - L[k].s);
        if (L[k].words + L[k].cjk / 2 >= 10) {
            sc_chars[L[k].script] += L[k].chars;
            pw += L[k].words; ps += L[k].stops;
        }
    }
    int page_script = SC_NONE;
    for (int k = 1; k < 5; k++) if (sc_chars[k] > sc_chars[page_script]) page_script = k;
    bool has_stops = pw > 0 && ps * 10 >= pw;   /* the lexicon knows this language */
    double stop_min = has_stops ? 0.6 * (double)ps / (double)pw : 0;
    if (stop_min > 0.2) stop_min = 0.2;

    /* repetition: group identical lines (sorted by hash) */
    size_t *ord = qc_arena_alloc(doc->arena, nl * sizeof *ord);
    line_key *keys = qc_arena_alloc(doc->arena, nl * sizeof *keys);
    if (!ord || !keys) return QC_ERR_NOMEM;
    for (size_t k = 0; k < nl; k++) { L[k].same = k; L[k].copies = 1; }
    sort_lines(ord, nl, L, keys);
    for (size_t a = 0; a < nl;) {
        size_t b = a + 1;
        while (b < nl && same_text(t, &L[ord[a]], &L[ord[b]])) b++;
        for (size_t j = a; j < b; j++) { L[ord[j]].same = ord[a]; L[ord[j]].copies = (int)(b - a); }
        a = b;
    }

    /* 3. classes */
    for (size_t k = 0; k < nl; k++) {
        line *x = &L[k];
        int ew = x->words + x->cjk / 2;
        double sr = x->words ? (double)x->stops / x->words : 0;
        /* (a finished sentence of a dozen words that reports speech needs
         * half as many: news ledes are full of names) */
        bool stop_ok = !has_stops || x->cjk > x->words || sr >= stop_min ||
                       (x->endp && x->words >= 12 && sr >= stop_min / 2 && reports(low + x->s, x->e - x->s));
        x->bad = furniture(t, low, x, page_script);
        /* repetition: exact repeats anywhere, captions sharing a long piece nearby */
        if (!x->bad && ew < 40 && x->copies > 1) x->dup = true;
        if (!x->bad && ew < 60)
            for (size_t j = k >= 3 ? k - 3 : 0; j < nl && j <= k + 3; j++)
                if (j != k && !x->endp && x->e - x->s <= L[j].e - L[j].s &&
                    (shares_piece(t, x, &L[j]) || shares_piece(t, &L[j], x))) { x->bad = true; break; }
        if (x->bad) x->cls = C_BAD;
        else if (stop_ok && ((ew >= 10 && x->endp) || ew >= 30)) x->cls = C_GOOD;
        else if (ew >= 6 && stop_ok && (x->endp || x->openq)) x->cls = C_NEAR;
        else x->cls = C_SHORT;
        if (x->dup && x->cls > C_SHORT) x->cls = C_SHORT;   /* repeated: never prose */
    }

    /* 4. already clean text: (almost) nothing but prose */
    size_t n_bad = 0, n_short = 0, n_prose = 0;
    for (size_t k = 0; k < nl; k++) {
        n_bad += L[k].cls == C_BAD;
        /* a short line followed by prose may be a heading; runs of them are menus */
        n_short += L[k].cls == C_SHORT && !(k + 1 < nl && L[k + 1].cls >= C_NEAR);
        n_prose += L[k].cls >= C_NEAR;
    }
    bool clean_text = n_prose && n_bad + n_short <= 2 + nl / 8 && n_bad <= 1 + nl / 20;

    size_t r0 = 0, r1 = nl;   /* content region [r0, r1) */
    if (clean_text) {
        for (size_t k = 0; k < nl; k++) L[k].keep = true;
    } else {
        /* 5. the densest run of prose: maximum-sum run of weights */
        double best = -1, cur = 0, damp = 1.0;
        size_t cs = 0;
        int seen_prose = 0;   /* words of prose before: comments follow an article */
        /* prose alone between furniture (two lines deep on one side) is a
         * teaser snippet more often than an article paragraph: it counts less */
        for (size_t k = 0; k < nl; k++) L[k].alone = L[k].cls >= C_NEAR && is_alone(L, nl, k);
        list_entries(t, L, nl);
        for (size_t k = 0; k < nl; k++) {
            double w;
            if (L[k].barrier == 2 && seen_prose >= 120) { damp = 0.3; cur = 0; }
            if (L[k].cls == C_GOOD) seen_prose += L[k].words;
            int ew = L[k].words + L[k].cjk / 2;
            double iso = L[k].alone ? 0.25 : 1.0;
            switch (L[k].cls) {
            case C_GOOD: w = damp * iso * (10.0 + ew); break;
            case C_NEAR: w = damp * iso * (2.0 + ew / 2.0); break;
            case C_SHORT: w = -4.0; break;
            default: w = -8.0; break;
            }
            if (cur <= 0) { cur = 0; cs = k; }
            cur += w;
            if (cur > best) { best = cur; r0 = cs; r1 = k + 1; }
        }
        if (best <= 0) { r0 = 0; r1 = 0; }
        /* trim single prose lines that trail off behind 3+ lines of furniture
         * (teaser lists: headline, author, date, snippet), unless they are a
         * numbered list's entries */
        while (r1 > r0) {
            size_t last = r1 - 1;   /* a prose line ends the region */
            if ((last > r0 && L[last - 1].cls >= C_NEAR) || L[last].entry) break;
            size_t j = last, gap = 0;
            while (j > r0 && L[j - 1].cls < C_NEAR) { j--; gap++; }
            if (j == r0 || gap < 3) break;
            r1 = j;
            while (r1 > r0 && L[r1 - 1].cls < C_NEAR) r1--;
        }
        /* 6. keep prose inside; short blocks when prose surrounds them */
        for (size_t k = r0; k < r1; k++) {
            if (L[k].cls >= C_NEAR) { L[k].keep = true; continue; }
            if (L[k].cls != C_SHORT) continue;
            size_t a = k, b = k + 1;
            while (a > r0 && L[a - 1].cls == C_SHORT) a--;
            while (b < r1 && L[b].cls == C_SHORT) b++;
            if (!(a > r0 && b < r1 && L[a - 1].cls >= C_NEAR && L[b].cls >= C_NEAR)) continue;
            /* a longer run is kept when it reads like a list, not a Title Case menu */
            size_t menuish = 0;
            for (size_t j = a; j < b; j++)
                menuish += !L[j].lowerstart && L[j].capwords * 2 >= L[j].words && !L[j].digits;
            if (b - a <= 3 || menuish * 3 <= b - a) L[k].keep = true;
        }
        /* a list announced with a colon inside the text, dates included */
        for (size_t k = r0; k + 1 < r1; k++) {
            if (!(L[k].keep || L[k].cls == C_SHORT) || t[L[k].e - 1] != ':') continue;
            size_t b = k + 1, menuish = 0;
            while (b < r1 && L[b].cls < C_NEAR && (L[b].cls != C_BAD || L[b].date) && !L[b].barrier) {
                menuish += !L[b].lowerstart && L[b].capwords * 2 >= L[b].words && !L[b].digits;
                b++;
            }
            if (b < r1 && L[b].cls >= C_NEAR && b - k - 1 >= 2 && menuish * 3 <= b - k - 1)
                for (size_t j = k; j < b; j++) L[j].keep = true;
        }
        /* a list announced at the end of the text ("Tour dates:") follows it */
        size_t j = r1;
        bool header = r1 > r0 && t[L[r1 - 1].e - 1] == ':';
        if (!header && j < nl && L[j].cls == C_SHORT && L[j].words <= 12 && t[L[j].e - 1] == ':') {
            header = true;
            j++;
        }
        if (header) {
            size_t b = j, menuish = 0;
            while (b < nl && (L[b].cls != C_BAD || L[b].date) && !L[b].barrier && L[b].words <= 30) {
                menuish += !L[b].lowerstart && L[b].capwords * 2 >= L[b].words && !L[b].digits;
                b++;
            }
            if (b - j >= 2 && menuish * 3 <= b - j)
                for (size_t k = r1; k < b; k++) L[k].keep = true;
        }
    }

    /* a long paragraph printed twice (standfirst and body) is kept once */
    for (size_t k = 0; k < nl; k++) {
        if (!L[k].keep || L[k].copies < 2) continue;
        size_t g = L[k].same;
        if (L[g].seen) L[k].keep = false;
        L[g].seen = true;
    }

    /* 7. title: the headline just above the body, or the page's first line */
    size_t first_keep = nl;
    for (size_t k = 0; k < nl; k++) if (L[k].keep) { first_keep = k; break; }
    size_t title = nl;
    if (clean_text) {
        /* a first line in headline form (Title Case, or no final full stop),
         * or set apart by a blank line, above more prose */
        const line *h = &L[0];
        int content = h->words - h->stops;
        bool headline = (content >= 2 && h->capwords * 2 >= content) || !h->endp || L[1].blank_before;
        if (nl >= 2 && title_like(h) && h->words <= 25 && headline && n_prose > (h->cls >= C_NEAR))
            title = 0;
    } else if (first_keep < nl) {
        double bs = 0;
        size_t lo = first_keep > 20 ? first_keep - 20 : 0;
        for (size_t k = first_keep; k-- > lo;) {
            const line *x = &L[k];
            if (!title_like(x) || (x->endp && x->words > 20)) continue;
            if (x->script != page_script && page_script != SC_NONE && x->script != SC_NONE) continue;
            double sc = 1.0 + (x->words >= 4) + 0.5 * (x->capwords * 2 >= x->words);
            if (k != 0) sc += 3.0 * overlap(t, &L[0], x);
            sc -= 0.08 * (double)(first_keep - k);
            if (x->bad && k != 0) sc -= 0.5;
            if (sc > bs) { bs = sc; title = k; }
        }
        if (title == nl && L[0].words >= 2) title = 0;
    }
    doc->meta.title_start = doc->meta.title_end = QC_NONE;
    if (title < nl) {
        L[title].keep = false;
        doc->meta.title = qc_arena_strndup(doc->arena, t + L[title].s, L[title].e - L[title].s);
        if (title == 0 && !clean_text) {
            /* strip the " | Site" suffix of the page's title line */
            const char *src = find_source(doc, &L[0]);
            size_t n = L[0].e - L[0].s;
            if (src) {
                size_t m = strlen(src);
                const char *s = t + L[0].s;
                if (n > m + 3 && !memcmp(s + n - m, src, m)) {
                    n -= m;
                    while (n && (s[n - 1] == ' ' || s[n - 1] == '|' || s[n - 1] == '-')) n--;
                }
            }
            doc->meta.title = n ? qc_arena_strndup(doc->arena, t + L[0].s, n) : NULL;
            doc->meta.title_start = L[0].s;
            doc->meta.title_end = L[0].s + n;
        } else {
            doc->meta.title_start = L[title].s;
            doc->meta.title_end = L[title].e;
        }
        if (!doc->meta.title && doc->meta.title_start != QC_NONE) doc->meta.title_start = doc->meta.title_end = QC_NONE;
    }
    if (!clean_text) doc->meta.source = find_source(doc, &L[0]);
    for (size_t k = 0; k < first_keep && k < nl; k++) {
        if (L[k].byline && !doc->meta.byline)
            doc->meta.byline = qc_arena_strndup(doc->arena, t + L[k].s + 3, L[k].e - L[k].s - 3);
        if (L[k].date && !doc->meta.date)
            doc->meta.date = qc_arena_strndup(doc->arena, t + L[k].s, L[k].e - L[k].s);
    }

    /* 8. headings: short, unpunctuated, between prose, not a quotation */
    for (size_t k = 0; k < nl; k++) {
        if (!L[k].keep || L[k].cls >= C_GOOD) continue;
        int ew = L[k].words + L[k].cjk / 2;
        if (ew > 14 || L[k].endp || L[k].openq || L[k].lowerstart) continue;
        size_t nx = k + 1;
        while (nx < nl && !L[nx].keep) nx++;
        if (nx < nl && L[nx].cls >= C_NEAR && (L[k].blank_before || L[nx].blank_before ||
                                               L[k].capwords * 2 >= L[k].words))
            L[k].heading = true;
    }

    /* 9. paragraphs */
    for (size_t k = 0; k < nl; k++) {
        if (!L[k].keep) continue;
        qc_para p = {L[k].s, L[k].e, L[k].heading ? QC_PARA_HEADING : QC_PARA_BODY, -1, 0, 0};
        if (QC_PUSH(doc->arena, doc->paras, doc->n_paras, doc->cap_paras, p)) return QC_ERR_NOMEM;
    }
    if (!doc->n_paras) {
        /* nothing looked like prose: keep the longest line rather than nothing */
        size_t b = 0;
        for (size_t k = 1; k < nl; k++) if (L[k].e - L[k].s > L[b].e - L[b].s) b = k;
        if (b == title) { doc->meta.title = NULL; doc->meta.title_start = doc->meta.title_end = QC_NONE; }
        qc_para p = {L[b].s, L[b].e, QC_PARA_BODY, -1, 0, 0};
        if (QC_PUSH(doc->arena, doc->paras, doc->n_paras, doc->cap_paras, p)) return QC_ERR_NOMEM;
    }
    for (size_t k = 0; k < doc->n_paras; k++)
        if (doc->paras[k].kind == QC_PARA_BODY) {
            doc->meta.dateline = find_dateline(doc, &doc->paras[k]);
            break;
        }
    if (!doc->meta.title && !doc->meta.source && !doc->n_paras)
        return qc_doc_fail(doc, QC_ERR_NO_TEXT, "no article text found");
    return build_body(doc);
}
