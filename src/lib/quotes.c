/* quotes.c: find direct quotations and who said them. */
#include "quotes.h"

/*
 * How it works, per article:
 *  1. Spans: each body paragraph is scanned for top-level quote marks
 *     (qc_quote_spans); single quotes open quotes only in articles that use
 *     them as their main marks (British style). A quote left open ends at
 *     its paragraph's end, so multi-paragraph quotes come out one span per
 *     paragraph.
 *  2. Tokens and names: paragraphs are tokenised (words, punctuation, own
 *     sentence ends); capitalised runs outside quotes become entities keyed
 *     by their last word and first word (Bill and Hillary Clinton are two),
 *     keeping the fullest form with titles and roles stripped ("Russian
 *     Foreign Minister Sergey Lavrov" -> "Sergey Lavrov", "Ann Cole of
 *     Dayton" -> "Ann Cole") and the role words seen with them (titles,
 *     appositions) for descriptions.
 *  3. Attribution, by priority: a quoted transcript line ("PENCE: ..."),
 *     the agent of a passive (called "Q" by X), the clause right after the
 *     quote ("Q," X said / said X / according to X / - X; not a clause
 *     opening with "but" or reporting something new), the clause before it
 *     (X said: / X told Y that / X: / according to X / as X put it; the
 *     sentence's first reporting verb owns an embedded quote), a possessor
 *     and a speech noun (her warning that "Q"), the last comma clauses of
 *     the sentence, another quote of the same sentence, the sentence's
 *     subject for fragments (also behind a long apposition or lower-case
 *     titles), a sentence or paragraph introducing the quote (the nearest
 *     speech sentence wins over an earlier quote), the quote before it in
 *     the paragraph, for a paragraph that is only a quote the previous
 *     paragraph's speaker, and last a guess: the first source the sentence
 *     names.
 *  4. Resolution: names through the entity table (a bare family name to
 *     the one mentioned most), pronouns to the nearest fitting subject
 *     after the last quote in the paragraph, else that quote's speaker, the
 *     last subject of the paragraph before or the last speaker;
 *     descriptions ("the minister") through role words or the last speaker
 *     (not roles serving someone else: "the spokesman"), relative pronouns
 *     through their antecedent.
 *  5. Scare quotes, titles and names (short, no speech word nearby and no
 *     named source; Title Case names of works, also when they close a
 *     sentence, or before a noun; slogans named by what they are; a
 *     pronoun mentioned as a word) are dropped (not_speech()); fragments
 *     are marked partial.
 */

#include <string.h>

#include "quotes_lex.h"
#include "text.h"

/* ------------------------------------------------------------------ */
/* Quote marks                                                          */

enum { M_NONE, M_OPEN, M_CLOSE, M_AMBIG };          /* role of a mark */
enum { F_DOUBLE = 1, F_SINGLE, F_GUIL };            /* family of a mark */

static bool is_word_cp(uint32_t c) { return qc_is_alpha(c) || qc_is_digit(c); }

/* A character that lets a following straight quote open (space, bracket, dash). */
static bool opens_before(uint32_t c)
{
    return c == 0 || qc_is_space(c) || c == '(' || c == '[' || c == '{' || c == '/' ||
           qc_is_dash(c) || c == 0x201C || c == 0x2018 || c == 0xAB || c == ':';
}

/* A character that lets a preceding straight quote close. */
static bool closes_after(uint32_t c)
{
    return c == 0 || qc_is_space(c) || c == ',' || c == '.' || c == ';' || c == ':' ||
           c == '!' || c == '?' || c == ')' || c == ']' || c == '}' || qc_is_dash(c) ||
           c == 0x2026 || c == 0x201D || c == 0x2019 || c == 0xBB || c == '\'' || c == '"';
}

/* Classifies the mark `c` between `prev` and `next` (0 at the paragraph ends). */
static int mark_role(uint32_t prev, uint32_t c, uint32_t next, int *fam)
{
    *fam = F_DOUBLE;
    switch (c) {
    case 0x201C: case 0x201E: return M_OPEN;
    case 0x201D: return M_CLOSE;
    case '"':
        if (opens_before(prev) && !closes_after(next)) return M_OPEN;
        if (!opens_before(prev) && closes_after(next)) return M_CLOSE;
        return M_AMBIG;
    case 0xAB: *fam = F_GUIL; return M_OPEN;
    case 0xBB: *fam = F_GUIL; return M_CLOSE;
    case 0x2018: case 0x201A:
        *fam = F_SINGLE;
        if (qc_is_digit(next) || is_word_cp(prev) || next == 0 || qc_is_space(next)) return M_NONE;
        return M_OPEN;
    case 0x2019: case '\'':
        *fam = F_SINGLE;
        if (is_word_cp(prev) && is_word_cp(next)) return M_NONE;          /* don't, Int'l */
        if (opens_before(prev) && qc_is_digit(next)) return M_NONE;        /* '90s */
        if (opens_before(prev) && is_word_cp(next)) return c == '\'' ? M_OPEN : M_NONE;
        if (!opens_before(prev) && closes_after(next)) return M_CLOSE;
        return M_NONE;
    default: return M_NONE;
    }
}

static bool is_mark_cp(uint32_t c)
{
    return c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x201E ||
           c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0xAB || c == 0xBB;
}

/* Skips an HTML-like tag starting at t[i] == '<'; returns the offset after
 * it, or i when it is not a tag. */
static size_t skip_tag(const char *t, size_t len, size_t i)
{
    if (i + 1 >= len) return i;
    unsigned char c = (unsigned char)t[i + 1];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!')) return i;
    for (size_t j = i + 1; j < len && j < i + 2000; j++) {
        if (t[j] == '>') return j + 1;
        if (t[j] == '<' || t[j] == '\n') return i;
    }
    return i;
}

static bool has_word(const char *t, size_t s, size_t e)
{
    size_t i = s;
    while (i < e) {
        uint32_t c = qc_utf8_next(t, e, &i);
        if (is_word_cp(c)) return true;
    }
    return false;
}

/* Plural possessive ("the students' union"): a closing single mark after
 * "s" followed by a space and a lower-case word. */
static bool plural_possessive(const char *t, size_t len, size_t at, size_t after)
{
    if (at == 0 || (t[at - 1] != 's' && t[at - 1] != 'S')) return false;
    if (after + 1 >= len || t[after] != ' ') return false;
    unsigned char c = (unsigned char)t[after + 1];
    if (c < 'a' || c > 'z') return false;
    /* a possessive goes before a noun, not "numbers' on evening sailings",
     * "'within weeks' without action", "'deeply regrets' the distress" */
    static const char *const FUNC[] = {
        "on", "in", "at", "to", "for", "from", "with", "by", "and", "or", "but", "as", "of", "is", "was",
        "were", "are", "that", "which", "after", "before", "during", "when", "while", "than", "said",
        "says", "over", "into", "about", "without", "within", "against", "because", "if", "unless", "until",
        "since", "though", "although", "through", "across", "under", "despite", "the", "a", "an", "this",
        "these", "those", "his", "her", "their", "its", "our", "my", "your", "it", "he", "she", "they", "we",
        "you", "not", "would", "could", "should", "might", "has", "have", "had", "then", "nor"};
    size_t e = after + 1;
    while (e < len && t[e] >= 'a' && t[e] <= 'z') e++;
    return !QC_IEQ_ANY(t + after + 1, e - after - 1, FUNC);
}

static qc_status push_span(qc_arena *a, const char *t, qc_qspan sp, qc_qspan **out,
                           size_t *n, size_t *cap)
{
    if (!has_word(t, sp.start, sp.end)) return QC_OK;
    return QC_PUSH(a, *out, *n, *cap, sp);
}

qc_status qc_quote_spans(qc_arena *a, const char *t, size_t len, bool singles,
                         qc_qspan **out, size_t *n, size_t *cap)
{
    int fam_open = 0, nest = 0;
    bool straight = false;            /* the open quote began with a straight mark */
    bool low9 = false;                /* ... or with „, which “ closes (German) */
    size_t qs = 0, i = 0;
    uint32_t prev = 0;
    while (i < len) {
        if (t[i] == '<') {
            size_t j = skip_tag(t, len, i);
            if (j != i) { i = j; prev = '>'; continue; }
        }
        size_t at = i;
        uint32_t c = qc_utf8_next(t, len, &i);
        if (!is_mark_cp(c)) { prev = c; continue; }
        size_t k = i;
        uint32_t next = k < len ? qc_utf8_next(t, len, &k) : 0;
        int fam, role = mark_role(prev, c, next, &fam);
        prev = c;
        if (role == M_NONE) continue;
        if (!fam_open) {
            if (role == M_CLOSE && at == 0 && fam == F_DOUBLE) role = M_OPEN; /* ” at the start */
            if (role == M_CLOSE || (fam == F_SINGLE && !singles)) continue;
            fam_open = fam; nest = 0; qs = at; straight = c == '"'; low9 = c == 0x201E;
            continue;
        }
        bool closes = false;
        if (fam_open == F_DOUBLE) {
            if (fam != F_DOUBLE) continue;            /* nested singles, guillemets */
            if (low9 && nest == 0 && (c == 0x201C || c == 0x201D) && (next == 0 || !is_word_cp(next))) {
                closes = true;                        /* „So“ or „So” */
            } else if (straight) {
                if (c == '"') closes = true;
                else if (c == 0x201C && next != 0 && !qc_is_space(next)) nest++;
                else if (c == 0x201D && nest > 0) nest--;
                else closes = true;
            } else if (c == '"') {
                if (role == M_OPEN) nest++;
                else if (nest > 0) nest--;
                else closes = true;
            } else if (c == 0x201C || c == 0x201E) {
                if (next == 0 || qc_is_space(next)) closes = true;   /* “ typed for ” */
                else nest++;
            } else if (nest > 0) {
                nest--;
            } else {
                closes = true;
            }
        } else if (fam_open == F_SINGLE) {
            if (fam == F_DOUBLE) {
                if (role == M_OPEN) nest++;
                else if (nest > 0) nest--;
                continue;
            }
            if (fam != F_SINGLE) continue;
            if (role == M_OPEN) continue;
            if (nest > 0 || plural_possessive(t, len, at, i)) continue;
            closes = true;
        } else {
            if (fam != F_GUIL) continue;
            if (role == M_OPEN) nest++;
            else if (nest > 0) nest--;
            else closes = true;
        }
        if (closes) {
            qc_qspan sp = {qs, i, true};
            if (push_span(a, t, sp, out, n, cap)) return QC_ERR_NOMEM;
            fam_open = 0;
        }
    }
    if (fam_open) {
        size_t e = len;
        while (e > qs && (t[e - 1] == ' ' || t[e - 1] == '\n' || t[e - 1] == '\r' || t[e - 1] == '\t')) e--;
        qc_qspan sp = {qs, e, false};
        if (push_span(a, t, sp, out, n, cap)) return QC_ERR_NOMEM;
    }
    return QC_OK;
}

/* ------------------------------------------------------------------ */
/* Tokens                                                               */

enum { T_WORD, T_PUNCT };

typedef struct tok {
    size_t s, e;        /* bytes in doc->text */
    int kind;
    int q;              /* index into the paragraph's quotes, -1 outside */
    bool cap;           /* word starting with an upper-case letter */
    bool send;          /* sentence-final punctuation outside quotes */
} tok;

typedef struct ptoks {
    tok *t; size_t n, cap;
    size_t first_quote, n_quotes;   /* the paragraph's quotes in the work list */
} ptoks;

/* A person or organisation named in the article. */
typedef struct entity {
    size_t key_s, key_n;      /* last word of the name (bytes in doc->text) */
    size_t first_s, first_n;  /* first word */
    size_t ntok;              /* words in the fullest name */
    const char *full;         /* fullest name (arena) */
    char roles[96];           /* role words seen with it, space-separated, lower case */
    int gender;               /* 0 unknown, 1 male, 2 female */
    size_t n_ment;            /* mentions in the article */
    bool person;
    bool placed;              /* first named after "in"/"at", so taken for a place */
} entity;

/* A name mention in the text (for pronoun resolution). */
typedef struct mention {
    size_t pos;               /* byte offset */
    size_t para;
    int ent;
    bool subject;             /* first name of its sentence */
} mention;

/* A quote being attributed. */
typedef struct wquote {
    size_t start, end, para;
    size_t tq0, tq1;          /* its tokens [tq0, tq1) in the paragraph */
    size_t sp_s, sp_e;        /* speaker mention, QC_NONE if none */
    size_t cue_s, cue_e;      /* cue as written */
    const char *cue_lit;      /* fixed cue text, or NULL */
    int how;                  /* 0 none, 1 after, 2 before, 3 borrowed, 4 inherited */
    int ent;                  /* resolved entity, -1 */
    const char *name;
    bool partial, closed, drop;
    bool listed;              /* an element of ctx.wq (not an introduction) */
} wquote;

typedef struct ctx {
    qc_doc *doc;
    const char *t;
    ptoks *pt;                /* per paragraph */
    entity *ents; size_t n_ents, cap_ents;
    mention *ments; size_t n_ments, cap_ments;
    wquote *wq; size_t n_wq, cap_wq;
    size_t excerpt;           /* 1 + the last paragraph found to be a quoted excerpt, 0 none */
    bool cut;                 /* the paragraphs are pieces cut from a flattened article */
} ctx;

static bool word_is(const ctx *c, const tok *k, const char *lit)
{
    return k->kind == T_WORD && qc_ieq(c->t + k->s, k->e - k->s, lit);
}

/* Whether token k is a word of the static array `list` (ASCII case ignored). */
#define WORD_IN(c, k, list) ((k)->kind == T_WORD && QC_IEQ_ANY((c)->t + (k)->s, (k)->e - (k)->s, list))

/* Is token k a form of "be" that makes a passive ("was asked by")? */
static bool aux_word(const ctx *c, const tok *k)
{
    static const char *const BE[] = {"was", "were", "been", "is", "are", "be", "being"};
    return WORD_IN(c, k, BE);
}

/* A form of be, have or do, or a modal: the finite part of a clause. */
static bool aux_verb(const ctx *c, const tok *k)
{
    static const char *const AUX[] = {"has", "have", "had", "will", "would", "can", "could", "may",
                                      "might", "must", "should", "shall", "do", "does", "did"};
    return aux_word(c, k) || WORD_IN(c, k, AUX);
}

/* Words opening a subordinate clause ("After Ann Cole spoke, ..."). */
static const char *const SUBORD[] = {"after", "although", "as", "because", "before", "if", "once", "since",
                                     "though", "unless", "until", "when", "whereas", "while"};

static bool punct_is(const ctx *c, const tok *k, char ch)
{
    return k->kind == T_PUNCT && k->e - k->s == 1 && c->t[k->s] == ch;
}

/* Is k a dash ("-", en or em dash, horizontal bar)? */
static bool dash_tok(const ctx *c, const tok *k)
{
    size_t i = k->s;
    uint32_t d = k->kind == T_PUNCT ? qc_utf8_next(c->t, k->e, &i) : 0;
    return qc_is_dash(d) || d == 0x2015;
}

static bool is_lower_word(const ctx *c, const tok *k)
{
    return k->kind == T_WORD && !k->cap && (unsigned char)c->t[k->s] >= 'a' && (unsigned char)c->t[k->s] <= 'z';
}

/* Does the word k end in the inflection suf ("ing", "ed") after a stem of
 * at least two letters ("saying", "asked"; not "king", "red")? */
static bool inflected(const ctx *c, const tok *k, const char *suf)
{
    size_t n = k->e - k->s, m = strlen(suf);
    return k->kind == T_WORD && n > m + 1 && memcmp(c->t + k->e - m, suf, m) == 0;
}

static bool tok_speech_verb(const ctx *c, const tok *k)
{
    if (k->kind != T_WORD || k->q >= 0) return false;
    if (qc_lex_speech_verb(c->t + k->s, k->e - k->s)) return true;
    /* "pointed out", "chimed in" */
    const tok *n = k + 1;
    static const char *const OUT[] = {"pointed", "points", "pointing", "chimed", "chiming", "weighed", "spelled"};
    if (n->kind == T_WORD && (word_is(c, n, "out") || word_is(c, n, "in")))
        if (WORD_IN(c, k, OUT)) return true;
    /* ""Q," he went on" */
    if (word_is(c, n, "on") && (word_is(c, k, "went") || word_is(c, k, "goes") || word_is(c, k, "going"))) return true;
    /* "as Ann Cole put it" */
    if ((word_is(c, k, "put") || word_is(c, k, "puts")) && word_is(c, n, "it")) return true;
    /* "shot back", "fired back", "hit back" */
    static const char *const BACK[] = {"shot", "fired", "hit", "pushed", "struck", "lashed", "snapped", "shoots", "fires", "hits"};
    if (n->kind != T_WORD || !word_is(c, n, "back")) return false;
    if (WORD_IN(c, k, BACK)) return true;
    return false;
}

/* A number: "three", "3" (of "a mother of three"). */
static bool count_word(const ctx *c, const tok *k)
{
    static const char *const NUMS[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    return k->kind == T_WORD && (qc_is_digit((unsigned char)c->t[k->s]) || WORD_IN(c, k, NUMS));
}

static bool possessive(const ctx *c, const tok *k);
static bool name_tok(const ctx *c, const tok *k);
static bool speech_noun(const ctx *c, const tok *k);
static bool person_noun(const ctx *c, const tok *k);

static int person_at(const ctx *c, size_t pos);

/* Does a person's name opening its clause end right before tk[i]
 * ("Ramaswamy laughs", not "the Paris attacks", "many Asian states")? */
static bool person_name_before(const ctx *c, const tok *tk, size_t i)
{
    size_t j = i - 1;
    while (j > 0 && name_tok(c, &tk[j - 1]) && !possessive(c, &tk[j - 1])) j--;
    if (j > 0 && tk[j - 1].kind == T_WORD && !tk[j - 1].send) return false;
    return person_at(c, tk[j].s) >= 0;
}

/* A speech verb at tk[i], not a noun after a determiner ("the report"). */
static bool verb_at(const ctx *c, const tok *tk, size_t i)
{
    static const char *const SUBJ[] = {"he", "she", "it", "who", "which"};
    /* a noun-like form after its subject: "she slams", "who calls it", and
     * "which Ann Cole calls "Q"" (but "the Paris attacks", "Asian states",
     * "who reports to the board") */
    if (!tok_speech_verb(c, &tk[i]) &&
        !(tk[i].kind == T_WORD && tk[i].q < 0 && i > 0 &&
          (WORD_IN(c, &tk[i - 1], SUBJ) ||
           (name_tok(c, &tk[i - 1]) && !possessive(c, &tk[i - 1]) &&
            (word_is(c, &tk[i], "calls") || person_name_before(c, tk, i)))) &&
          qc_lex_speech_word(c->t + tk[i].s, tk[i].e - tk[i].s) &&
          !(word_is(c, &tk[i + 1], "to") && (tk[i + 2].cap || qc_lex_determiner(c->t + tk[i + 2].s, tk[i + 2].e - tk[i + 2].s)))))
        return false;
    /* "Ann Cole's claim", "Cole's repeated calls": a noun or an adjective
     * (but "Cole's said" is "Cole has said", and "He's argued" a verb) */
    static const char *const HAS[] = {"he's", "she's", "it's", "who's", "that's", "there's", "what's",
                                      "he\xE2\x80\x99s", "she\xE2\x80\x99s", "it\xE2\x80\x99s", "who\xE2\x80\x99s",
                                      "that\xE2\x80\x99s", "there\xE2\x80\x99s", "what\xE2\x80\x99s"};
    if (i > 0 && possessive(c, &tk[i - 1]) && !WORD_IN(c, &tk[i - 1], HAS) && !word_is(c, &tk[i], "said") &&
        !word_is(c, &tk[i], "told"))
        return false;
    /* "a snappy retort", "a stern warning": a noun after its adjective (not
     * "the minister vows": a verb after its subject) */
    if (i >= 2 && speech_noun(c, &tk[i]) && c->t[tk[i].e - 1] != 's' && is_lower_word(c, &tk[i - 1]) &&
        !tok_speech_verb(c, &tk[i - 1]) && !person_noun(c, &tk[i - 1]) &&
        qc_lex_determiner(c->t + tk[i - 2].s, tk[i - 2].e - tk[i - 2].s))
        return false;
    /* "the reply" is a noun, but "a mother of three replied" a verb */
    return i == 0 || !qc_lex_determiner(c->t + tk[i - 1].s, tk[i - 1].e - tk[i - 1].s) ||
           (i >= 2 && word_is(c, &tk[i - 2], "of") && count_word(c, &tk[i - 1]));
}

/* Length of a word without a possessive 's / ’s. */
static size_t base_len(const char *w, size_t n)
{
    if (n > 2 && w[n - 2] == '\'' && (w[n - 1] == 's' || w[n - 1] == 'S')) return n - 2;
    if (n > 4 && (unsigned char)w[n - 4] == 0xE2 && (unsigned char)w[n - 3] == 0x80 &&
        (unsigned char)w[n - 2] == 0x99 && w[n - 1] == 's') return n - 4;
    return n;
}

static bool possessive(const ctx *c, const tok *k)
{
    if (k->kind != T_WORD) return false;
    if (base_len(c->t + k->s, k->e - k->s) != k->e - k->s) return true;
    /* a plural possessive: the mark after "s" is not part of the token ("Fox News' host") */
    const char *t = c->t;
    size_t e = k->e, len = c->doc->len;
    if (t[e - 1] != 's' && t[e - 1] != 'S') return false;
    if (e < len && t[e] == '\'') e += 1;
    else if (e + 2 < len && (unsigned char)t[e] == 0xE2 && (unsigned char)t[e + 1] == 0x80 && (unsigned char)t[e + 2] == 0x99) e += 3;
    else return false;
    return e >= len || t[e] == ' ';
}

/* Is there a line break between tokens a and b (a before b)? */
static bool line_between(const ctx *c, const tok *a, const tok *b)
{
    return b->s > a->e && memchr(c->t + a->e, '\n', b->s - a->e) != NULL;
}

/* Tokenises paragraph [ps, pe) into words and punctuation. */
static qc_status tokenize(ctx *c, size_t ps, size_t pe, ptoks *out)
{
    const char *t = c->t;
    size_t i = ps;
    while (i < pe) {
        if (t[i] == '<') {
            size_t j = skip_tag(t + ps, pe - ps, i - ps);
            if (j != i - ps) { i = ps + j; continue; }
        }
        size_t s = i;
        uint32_t ch = qc_utf8_next(t, pe, &i);
        if (qc_is_space(ch) || is_mark_cp(ch)) continue;   /* marks are not tokens */
        tok k = {s, i, T_PUNCT, -1, false, false};
        if (is_word_cp(ch)) {
            k.kind = T_WORD;
            k.cap = qc_is_upper(ch);
            for (;;) {
                size_t j = i;
                if (j >= pe) break;
                uint32_t d = qc_utf8_next(t, pe, &j);
                if (is_word_cp(d)) { i = j; continue; }
                if (d == '\'' || d == 0x2019 || d == '-' || d == '.' || d == '&') {
                    size_t m = j;
                    uint32_t d2 = m < pe ? qc_utf8_next(t, pe, &m) : 0;
                    if (is_word_cp(d2)) { i = m; continue; }
                }
                break;
            }
            /* keep the period of an abbreviation, an initial or "U.S." */
            if (i < pe && t[i] == '.') {
                size_t n = i - s;
                bool inner = memchr(t + s, '.', n) != NULL;
                if (qc_lex_abbrev(t + s, n) || (n == 1 && k.cap) || inner) i++;
            }
            k.e = i;
            /* an Arabic article before a capital: "al-Rifai", "el-Sisi" */
            if (!k.cap && i - s > 3) {
                static const char *const ART[] = {"al", "el", "ad", "an", "ar", "as", "at", "az", "ash", "adh"};
                size_t h = s;
                while (h < s + 3 && t[h] >= 'a' && t[h] <= 'z') h++;
                if (h + 1 < i && t[h] == '-' && t[h + 1] >= 'A' && t[h + 1] <= 'Z' && QC_IEQ_ANY(t + s, h - s, ART))
                    k.cap = true;
            }
        } else if (ch == '.' || ch == '?' || ch == '!') {
            k.send = !(i < pe && (t[i] == ')' || t[i] == ',' || t[i] == ';'));
        }
        if (QC_PUSH(c->doc->arena, out->t, out->n, out->cap, k)) return QC_ERR_NOMEM;
    }
    /* a sentinel after the last token, so that k + 1 is always readable */
    tok end = {pe, pe, T_PUNCT, -1, false, true};
    if (QC_PUSH(c->doc->arena, out->t, out->n, out->cap, end)) return QC_ERR_NOMEM;
    out->n--;
    return QC_OK;
}

/* ------------------------------------------------------------------ */
/* Names                                                                */

/* A word ending a two-word place name ("North Carolina", "San Diego"),
 * which are no persons; some also open a person's name ("Diego Costa"). */
static bool place_end(const char *w, size_t n)
{
    static const char *const END[] = {
        "carolina", "hampshire", "jersey", "york", "angeles", "francisco", "diego", "arabia",
        "korea", "states", "kingdom", "america", "dakota", "mexico", "orleans", "zealand",
        "africa", "vegas", "lanka", "emirates", "rico",
    };
    if (QC_IEQ_ANY(w, n, END)) return true;
    return false;
}

/* The last words of company names: "Brightwater Foods", "Meridian Rail". */
static bool company_word(const char *w, size_t n)
{
    static const char *const CO[] = {
        "foods", "rail", "railway", "railways", "motors", "energy", "media", "pharma", "pharmaceuticals",
        "technologies", "systems", "industries", "insurance", "logistics", "freight", "shipping",
        "mining", "telecom", "software", "studios", "entertainment", "brewing", "brewery", "partners",
        "ventures", "securities", "solutions", "labs", "farms", "retail", "inc", "inc.", "corp", "corp.",
        "corporation", "company", "co", "co.", "ltd", "ltd.", "llc", "plc", "holdings", "group", "bank",
        "airlines", "airways", "airline", "air", "ferries", "buses", "trains", "transit", "utilities",
        "mutual", "capital", "semiconductor", "electric", "chemicals", "hotels", "electronics", "power",
        "pharmacy", "bakery", "brands", "apparel", "aerospace", "robotics", "biotech", "restaurant", "bistro",
        "cafe", "café", "hotel", "inn", "bakkerij", "brouwerij", "boulangerie", "trattoria", "pictures",
        "films",
    };
    return QC_IEQ_ANY(w, n, CO);
}

/* A common noun for a company: "the firm said", "scooter maker Zipwell". */
static bool company_noun(const char *w, size_t n)
{
    static const char *const COMPANY[] = {"company", "firm", "carrier", "operator", "retailer", "insurer",
                                          "lender", "manufacturer", "chain", "supermarket", "startup", "group",
                                          "airline", "bank", "broadcaster", "carmaker", "automaker", "maker",
                                          "publisher", "developer", "utility", "supplier", "producer", "brand",
                                          "studio", "provider"};
    return QC_IEQ_ANY(w, n, COMPANY);
}

/* A word naming a body that speaks: a company or an institution, not a place. */
static bool body_word(const char *w, size_t n)
{
    static const char *const INST[] = {
        "ministry", "department", "agency", "council", "authority", "union", "federation",
        "association", "committee", "commission", "foundation", "institute", "party", "government",
        "court", "police", "board", "club", "network", "office", "kremlin", "pentagon", "trust",
        "alliance", "league", "coalition", "service", "bureau", "organization", "organisation", "society",
        "programme", "fund", "secretariat", "tribunal", "parliament", "assembly", "health", "administration",
        "cooperative", "co-operative", "co-op", "enforcement", "protection", "diocese", "archdiocese",
        /* the same in other languages, as English reports keep them */
        "ayuntamiento", "ministerio", "gobierno", "agence", "agencia", "agência", "consejo", "junta",
        "guardia", "policía", "ministère", "conseil", "mairie", "préfecture", "gemeente", "politie",
        "polizei", "bundesamt", "garda", "gardaí", "bord", "údarás", "comhairle",
    };
    return company_word(w, n) || QC_IEQ_ANY(w, n, INST);
}

static bool org_word(const char *w, size_t n)
{
    static const char *const ORG[] = {   /* with body_word()'s companies and institutions */
        "campaign", "center", "centre", "church", "congress", "journal",
        "news", "pac", "post", "press", "senate", "times", "tribune", "university", "house",
        "magazine", "radio", "television", "tv", "channel", "daily", "herald", "reuters", "nbc",
        "cnn", "abc", "cbs", "fox", "msnbc", "npr", "bbc", "ap", "county", "city", "state",
        "district", "island", "islands", "river", "street", "avenue", "valley", "beach", "park",
        "airport", "school", "college", "hospital", "lake", "mountain", "mountains", "square",
        "hall", "tower", "bridge", "museum", "stadium", "forum", "palace", "army", "navy", "federal",
        "institution", "academy", "lab", "laboratory",
        "clinic", "brigade", "rovers", "wanderers", "rangers", "athletic", "albion", "fc", "united",
        "canal", "prize", "award", "awards", "medal", "cup", "trophy", "festival", "championship",
        "championships", "marathon", "olympics", "courier", "gazette", "chronicle", "telegraph",
        "observer", "examiner", "inquirer", "ledger", "sentinel", "dispatch", "bulletin",
        /* words opening two-word place names, which are no persons */
        "new", "east",
    };
    if (body_word(w, n) || QC_IEQ_ANY(w, n, ORG)) return true;
    return place_end(w, n);
}

/* A party's name or its member's: "Labour", "Republican". */
static bool party_word(const char *w, size_t n)
{
    static const char *const PARTY[] = {"republican", "democrat", "independent", "conservative", "tory", "liberal",
                                        "labour", "nationals", "greens", "snp"};
    return QC_IEQ_ANY(w, n, PARTY);
}

/* May "of" after token k continue a name ("Secretary of State", "Bank of
 * Ireland"), rather than end it ("Ann Cole of Dayton")? */
static bool of_joins(const ctx *c, const tok *k)
{
    static const char *const PLACE[] = {"port", "isle", "cape", "mount", "bay", "gulf"};  /* "Port of Spain" */
    const char *w = c->t + k->s;
    size_t n = k->e - k->s;
    return qc_lex_title(w, n) || qc_lex_role(w, n) || org_word(w, n) || QC_IEQ_ANY(w, n, PLACE);
}

static bool name_connector(const ctx *c, const tok *k)
{
    static const char *const CON[] = {"de", "van", "von", "der", "den", "ter", "ten", "la", "le", "al", "bin", "ibn",
                                      "bint", "da", "du", "del", "dos", "das", "di", "ap", "ab"};
    if (k->kind != T_WORD || k->cap) return false;
    if (WORD_IN(c, k, CON)) return true;
    return false;
}

/* Is token k a capitalised word that may be part of a name? */
static bool name_tok(const ctx *c, const tok *k)
{
    if (k->kind != T_WORD || !k->cap || k->q >= 0) return false;
    return !qc_lex_not_name(c->t + k->s, base_len(c->t + k->s, k->e - k->s));
}

/* Does w[0..n) end in one of the lower-case endings (any case in w)? */
static bool ends_any(const char *w, size_t n, const char *const *ends, size_t ne)
{
    for (size_t i = 0; i < ne; i++) {
        size_t l = strlen(ends[i]);
        if (n > l && qc_ieq(w + n - l, l, ends[i])) return true;
    }
    return false;
}
#define ENDS_ANY(w, n, tab) ends_any((w), (n), (tab), sizeof(tab) / sizeof((tab)[0]))

/* Is w[0..n) a plural noun of people: "Growers", "Veterans", "Citizens",
 * "Fishermen", "Women", "Parents", not a name ending in s ("Jones", "Texas")? */
static bool plural_people(const char *w, size_t n)
{
    static const char *const ENDS[] = {"ers", "ors", "ans", "ens", "ists", "ents", "ives"};
    return (n >= 5 && ENDS_ANY(w, n, ENDS)) || (n > 3 && qc_ieq(w + n - 3, 3, "men")) || qc_ieq(w, n, "children") ||
           qc_ieq(w, n, "people");
}

/* Is token k a capitalised plural noun of people ("Farmers" of "Farmers for Sensible Trade")? */
static bool cap_plural_people(const ctx *c, const tok *k)
{
    return k->kind == T_WORD && k->cap && plural_people(c->t + k->s, k->e - k->s);
}

/* Is the possessive tk[i] a plural opening an organisation's name with the
 * capitalised words after it before hi: "Growers' Co-operative",
 * "Fishermen's Cooperative Federation" (not "Clinton's Foreign Office")? */
static bool name_poss(const ctx *c, const tok *tk, size_t i, size_t hi)
{
    const tok *k = &tk[i];
    size_t n = k->e - k->s, bn = base_len(c->t + k->s, n);
    const char *w = c->t + k->s;
    /* plural nouns of people ("Growers'", "Veterans'", "Citizens'"), not names ending in s ("Jones'", "Texas'") */
    bool plural = (bn == n && cap_plural_people(c, k)) || (bn < n && plural_people(w, bn));
    if (!plural || !possessive(c, k)) return false;
    size_t j = i + 1;
    while (j < hi && name_tok(c, &tk[j]) && !possessive(c, &tk[j])) j++;
    return j > i + 1 && org_word(c->t + tk[j - 1].s, tk[j - 1].e - tk[j - 1].s);
}

/* Is tk[x] a body word with "of"/"for" after it ("Department of", "Department for")? */
static bool body_link(const ctx *c, const tok *tk, size_t x)
{
    return body_word(c->t + tk[x].s, tk[x].e - tk[x].s) && (word_is(c, &tk[x + 1], "of") || word_is(c, &tk[x + 1], "for"));
}

/* Does tk[a, b) name a body by its "of" part ("Department of Water")? */
static bool body_of(const ctx *c, const tok *tk, size_t a, size_t b)
{
    for (size_t x = a; x + 1 < b; x++)
        if (body_link(c, tk, x)) return true;
    return false;
}

/* Appends w[0..n), ASCII lower-cased, to the space-separated words in
 * buf (cap bytes); nothing when it does not fit. */
static void append_lower(char *buf, size_t cap, const char *w, size_t n)
{
    size_t l = strlen(buf);
    if (l + n + 2 >= cap) return;
    if (l) buf[l++] = ' ';
    for (size_t i = 0; i < n; i++) buf[l + i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
    buf[l + n] = 0;
}

/* A word of a minister's portfolio ("Minister of Foreign Affairs",
 * "Secretary for Health and Social Care", "President of the Commission"). */
static bool portfolio_word(const char *w, size_t n)
{
    static const char *const P[] = {
        "affairs", "foreign", "home", "finance", "economy", "economic", "defence", "defense", "interior",
        "justice", "trade", "commerce", "industry", "education", "health", "agriculture", "energy",
        "environment", "transport", "labour", "labor", "employment", "state", "treasury", "external",
        "international", "cooperation", "relations", "security", "social", "welfare", "development",
        "planning", "works", "public", "information", "communications", "culture", "tourism", "sport",
        "sports", "youth", "women", "housing", "local", "fisheries", "mines", "petroleum", "water",
        "science", "technology", "national", "care", "integration", "migration", "investment", "digital",
        "land", "lands", "resources", "natural", "rural", "urban", "overseas", "european",
    };
    return QC_IEQ_ANY(w, n, P) || body_word(w, n);
}

/* Does the capitalised run from tk[j] end in a body word, after a run
 * tk[a, j - 1) that opens with no first name ("Vietnam Coffee" and "Cocoa
 * Association", "Arms Control" and "Disarmament Agency")? */
static bool body_after(const ctx *c, const tok *tk, size_t a, size_t j, size_t hi)
{
    if (qc_lex_first_name_gender(c->t + tk[a].s, tk[a].e - tk[a].s)) return false;
    size_t e = j;
    while (e < hi && e < j + 4 && name_tok(c, &tk[e])) e++;
    return e > j && body_word(c->t + tk[e - 1].s, tk[e - 1].e - tk[e - 1].s);
}

/* The lower-case words (or "&") at tk[b] that carry the name run tk[a, b)
 * on to a capitalised word after them, 0 if none: "van der" of "Pieter van
 * der Merwe", "of" of "Bank of Ireland", "for" of "Department for
 * Transport" and "Farmers for Sensible Trade", "and" of "Department of
 * Water and Sanitation", "&" of "Brightwater & Co.". */
static size_t name_link(const ctx *c, const tok *tk, size_t a, size_t b, size_t hi)
{
    if (b + 1 >= hi) return 0;
    const tok *m = &tk[b];
    size_t n = 0;
    if (name_connector(c, m)) n = b + 2 < hi && name_connector(c, &tk[b + 1]) ? 2 : 1;
    else if (word_is(c, m, "of") && of_joins(c, &tk[b - 1])) n = 1;
    else if (punct_is(c, m, '&')) n = 1;      /* "Brightwater & Co.", "Procter & Gamble" */
    else if (word_is(c, m, "for") && (body_word(c->t + tk[b - 1].s, tk[b - 1].e - tk[b - 1].s) ||
                                      (cap_plural_people(c, &tk[b - 1]) && (b - 1 == a || !qc_lex_first_name_gender(c->t + tk[a].s, tk[a].e - tk[a].s)))))
        n = 1;      /* "Department for Transport", "Farmers for Sensible Trade", not "Jane Owens for Reuters" */
    else if (word_is(c, m, "for") && qc_lex_title(c->t + tk[a].s, tk[a].e - tk[a].s) &&
             portfolio_word(c->t + tk[b - 1].s, tk[b - 1].e - tk[b - 1].s))
        n = 1;      /* "Minister of State for Foreign Affairs" */
    else if (word_is(c, m, "and") && !qc_lex_first_name_gender(c->t + tk[b + 1].s, tk[b + 1].e - tk[b + 1].s) &&
             (body_of(c, tk, a, b) || body_after(c, tk, a, b + 1, hi)))
        n = 1;
    return n && b + n < hi && name_tok(c, &tk[b + n]) ? n : 0;
}

/* A capitalised speech verb ("Telling", "Stated") heading a name run. */
static bool cap_speech_verb(const ctx *c, const tok *k)
{
    char b[24];
    size_t n = k->e - k->s;
    if (k->kind != T_WORD || !k->cap || n >= sizeof b) return false;
    memcpy(b, c->t + k->s, n);
    b[0] = (char)(b[0] >= 'A' && b[0] <= 'Z' ? b[0] + 32 : b[0]);
    return qc_lex_speech_verb(b, n);
}

/* A word of a portfolio, or one joining two ("and", "the", "for", "of")? */
static bool portfolio_tok(const ctx *c, const tok *k)
{
    return k->kind == T_WORD && portfolio_word(c->t + k->s, k->e - k->s);
}

static bool portfolio_link(const ctx *c, const tok *k)
{
    return word_is(c, k, "and") || word_is(c, k, "the") || word_is(c, k, "for") || word_is(c, k, "of");
}

/* The end of the portfolio words opening tk[j, b) (joined by and, the,
 * for, of); one token at least stays for the name. */
static size_t portfolio_end(const ctx *c, const tok *tk, size_t j, size_t b)
{
    while (j + 1 < b && (portfolio_tok(c, &tk[j]) || (portfolio_link(c, &tk[j]) && portfolio_tok(c, &tk[j + 1])))) j++;
    return j;
}

/* Does tk[a, b) end in "Red Cross" or "Red Crescent" (a body, whoever's)? */
static bool red_cross(const ctx *c, const tok *tk, size_t a, size_t b)
{
    return b >= a + 2 && word_is(c, &tk[b - 2], "red") && (word_is(c, &tk[b - 1], "cross") || word_is(c, &tk[b - 1], "crescent"));
}

/* Is tk[a, b) a title with its portfolio and nothing else ("Minister of
 * Foreign Affairs", "Secretary of State")? */
static bool title_only(const ctx *c, const tok *tk, size_t a, size_t b)
{
    if (word_is(c, &tk[a], "the")) a++;
    if (a + 2 >= b || !qc_lex_title(c->t + tk[a].s, tk[a].e - tk[a].s) ||
        !(word_is(c, &tk[a + 1], "of") || word_is(c, &tk[a + 1], "for")))
        return false;
    for (size_t i = a + 2; i < b; i++)
        if (!portfolio_tok(c, &tk[i]) && !portfolio_link(c, &tk[i])) return false;
    return true;
}

/* The core of a name run [a, b): leading titles dropped (appended to roles). */
static size_t strip_titles(const ctx *c, const tok *tk, size_t a, size_t b, char *roles, size_t rcap)
{
    /* everything up to the last title word goes, if a name remains after it;
     * an organisation keeps its words: "Zarenian Foreign Ministry", "Foreign
     * Ministry of Valdoria", but not "Captain Tom Bank" nor "Bank of England
     * Governor Andrew Bailey" */
    size_t cut = a;
    bool body = b > a + 1 && body_word(c->t + tk[b - 1].s, tk[b - 1].e - tk[b - 1].s) &&
                !qc_lex_first_name_gender(c->t + tk[b - 2].s, tk[b - 2].e - tk[b - 2].s);
    body |= red_cross(c, tk, a, b);
    /* "Ministry of Foreign Affairs", "Department for Transport": a body
     * named by its "of" part, not "Bank of England Governor Andrew Bailey" */
    for (size_t j = a; !body && j + 2 < b; j++) {
        if (!body_link(c, tk, j)) continue;
        body = true;      /* a title later on, before a name and not a body word, heads a person */
        for (size_t i = j + 2; body && i + 1 < b; i++)
            if (qc_lex_title(c->t + tk[i].s, tk[i].e - tk[i].s) && !word_is(c, &tk[i + 1], "of") &&
                (i > j + 2 || qc_lex_first_name_gender(c->t + tk[i + 1].s, tk[i + 1].e - tk[i + 1].s)) &&
                !org_word(c->t + tk[i + 1].s, tk[i + 1].e - tk[i + 1].s) && !qc_lex_title(c->t + tk[i + 1].s, tk[i + 1].e - tk[i + 1].s))
                body = false;
    }
    if (body) return word_is(c, &tk[a], "the") ? a + 1 : a;
    for (size_t i = a; i + 1 < b; i++) {
        const tok *k = &tk[i];
        /* "Secretary of State Ann Cole" loses "Secretary of", "Ministry of Trade" keeps it */
        bool of = i > a && word_is(c, k, "of") && !body_word(c->t + tk[i - 1].s, tk[i - 1].e - tk[i - 1].s);
        if (k->kind == T_WORD && (qc_lex_title(c->t + k->s, k->e - k->s) || qc_lex_role(c->t + k->s, k->e - k->s) ||
                                  (possessive(c, k) && !name_poss(c, tk, i, b)) || word_is(c, k, "the") || cap_speech_verb(c, k) || of))
            cut = i + 1;
        /* "Minister of Foreign Affairs Moussa Traoré": the portfolio goes
         * with its title */
        if ((of || word_is(c, k, "for")) && i > a && qc_lex_title(c->t + tk[i - 1].s, tk[i - 1].e - tk[i - 1].s)) {
            size_t j = portfolio_end(c, tk, i + 1, b);
            if (j > i + 1) cut = j;
            i = j - 1;
        }
    }
    /* the run opens after the title's "for" or "of (the)": "Minister for"
     * + "Foreign Affairs Penny Wong" */
    size_t x = a > 0 && word_is(c, &tk[a - 1], "the") ? a - 1 : a, title = QC_NONE;
    if (x >= 2 && (word_is(c, &tk[x - 1], "of") || word_is(c, &tk[x - 1], "for")) &&
        qc_lex_title(c->t + tk[x - 2].s, tk[x - 2].e - tk[x - 2].s)) {
        size_t j = portfolio_end(c, tk, a, b);
        if (j > cut) {
            cut = j;
            title = x - 2;      /* a role too */
        }
    }
    if (roles && title != QC_NONE) append_lower(roles, rcap, c->t + tk[title].s, tk[title].e - tk[title].s);
    for (size_t i = a; roles && i < cut; i++)
        if (tk[i].kind == T_WORD) append_lower(roles, rcap, c->t + tk[i].s, tk[i].e - tk[i].s);
    return cut;
}

/* Is the word all upper case (two letters or more)? */
static bool all_caps(const ctx *c, const tok *k)
{
    if (k->kind != T_WORD || k->e - k->s < 2) return false;
    for (size_t i = k->s; i < k->e; i++) {
        unsigned char ch = (unsigned char)c->t[i];
        if ((ch >= 'a' && ch <= 'z') || ch >= 0x80) return false;
    }
    return true;
}

/* ASCII case-insensitive comparison of two n-byte strings. */
static bool ieq_n(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = (char)(x + 32);
        if (y >= 'A' && y <= 'Z') y = (char)(y + 32);
        if (x != y) return false;
    }
    return true;
}

/* Is entity e's key (family name) w[0..n)? */
static bool key_is(const ctx *c, const entity *e, const char *w, size_t n)
{
    return e->key_n == n && memcmp(c->t + e->key_s, w, n) == 0;
}

/* Is entity e's first word f[0..fn)? */
static bool same_first(const ctx *c, const entity *e, const char *f, size_t fn)
{
    return e->first_n == fn && memcmp(c->t + e->first_s, f, fn) == 0;
}

static int find_entity(const ctx *c, const char *w, size_t n, bool by_first)
{
    for (size_t i = c->n_ents; i-- > 0;) {
        const entity *e = &c->ents[i];
        size_t ks = by_first ? e->first_s : e->key_s, kn = by_first ? e->first_n : e->key_n;
        if (kn == n && memcmp(c->t + ks, w, n) == 0) return (int)i;
    }
    return -1;
}

/* The organisation named in full whose initials spell the acronym
 * w[0..n) ("UN", "U.N." for United Nations; "of", "for", "and" skipped),
 * the one named last; -1 if none. */
static int org_by_initials(const ctx *c, const char *w, size_t n)
{
    char ac[12];
    size_t an = 0;
    for (size_t i = 0; i < n; i++)
        if (w[i] != '.') {
            if (an + 1 >= sizeof ac || !(w[i] >= 'A' && w[i] <= 'Z')) return -1;
            ac[an++] = w[i];
        }
    if (an < 2) return -1;
    for (size_t i = c->n_ents; i-- > 0;) {
        const entity *e = &c->ents[i];
        /* (a name of three words or more with no sex may be a body's:
         * "Inter-Services Public Relations") */
        if ((e->person && (e->gender || e->ntok < 3 || an < 3)) || e->ntok < 2 || !e->full) continue;
        size_t k = 0;
        bool ok = true;
        for (const char *p = e->full; *p && ok;) {
            size_t wl = strcspn(p, " ");
            for (size_t j = 0; j < wl && ok; j++)      /* "Inter-Services Public Relations": ISPR */
                if ((j == 0 || p[j - 1] == '-') && p[j] >= 'A' && p[j] <= 'Z') ok = k < an && ac[k++] == p[j];
            p += wl;
            while (*p == ' ') p++;
        }
        if (ok && k == an) return (int)i;
    }
    return -1;
}

/* Is k a US state's AP abbreviation after a comma ("Rockford, Ill.,"),
 * a place, not a name? */
static bool state_abbrev(const ctx *c, const tok *tk, size_t k)
{
    static const char *const ST[] = {"ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "ill", "ind",
                                     "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb",
                                     "nev", "okla", "ore", "pa", "tenn", "vt", "va", "wash", "wis", "wyo"};
    const tok *w = &tk[k];
    size_t n = w->e - w->s;
    if (k == 0 || !punct_is(c, &tk[k - 1], ',') || w->kind != T_WORD) return false;
    if (n && c->t[w->s + n - 1] == '.') n--;
    else if (w->e >= c->doc->len || c->t[w->e] != '.') return false;
    return QC_IEQ_ANY(c->t + w->s, n, ST);
}

/* Is k a first name that is no common word at the start of a sentence
 * ("Beth was less diplomatic", not "Will the council act?")? */
static bool plain_first_name(const ctx *c, const tok *k)
{
    /* (May, June, April, August never get here: they are no name words) */
    static const char *const WORDS[] = {"will", "hope", "grace", "faith", "joy", "dawn", "summer", "autumn",
                                        "mark", "sue", "rob", "pat", "art", "bill",
                                        "rose", "ray", "gene", "chase", "grant", "drew", "glen", "dean", "frank",
                                        "miles", "max", "bob", "jack", "sunny", "amber", "ruby", "iris", "lily"};
    return qc_lex_first_name_gender(c->t + k->s, k->e - k->s) && !WORD_IN(c, k, WORDS);
}

/* The one person known by a longer name whose first word is w ("Jade"
 * for Jade Mallory), when no one else has that first name. -1 if none. */
static int person_by_first(const ctx *c, const char *w, size_t n)
{
    if (qc_lex_title(w, n) || qc_lex_role(w, n) || party_word(w, n)) return -1;   /* "Conservative" */
    int id = -1;
    for (size_t i = 0; i < c->n_ents; i++) {
        const entity *e = &c->ents[i];
        if (e->ntok < 2 || !same_first(c, e, w, n)) continue;
        if (id >= 0 || !e->person) return -1;      /* two of that name, or a firm's: "Velmora" */
        if (qc_lex_role(c->t + e->key_s, e->key_n)) return -1;       /* "Conservative MP" */
        id = (int)i;
    }
    return id;
}

/* The organisation named last whose first word is w: "Halvern" for the
 * Halvern Semiconductor Corp named before. -1 if none. */
static int org_by_first(const ctx *c, const char *w, size_t n)
{
    for (size_t i = c->n_ents; i-- > 0;) {
        const entity *e = &c->ents[i];
        if (!e->person && e->ntok >= 2 && same_first(c, e, w, n)) return (int)i;
    }
    return -1;
}

static bool role_has(const entity *e, const char *w, size_t n);

/* The entity a name ending in w[0..n) refers to: with its first word
 * f[0..fn) ("Bill" of "Bill Clinton"), the one of that first name, else one
 * known only by w so far, else -1 (another person of the same family name);
 * without (f NULL), the one of that name mentioned most in the article, of
 * sex g (1 "Mr", 2 "Mrs"/"Ms") when one is ("Mrs al-Rashid" is the wife),
 * and given one of the titles in roles (space-separated, or NULL) when one
 * was ("Councillor Noor"). */
static int find_person(const ctx *c, const char *w, size_t n, const char *f, size_t fn, int g, const char *roles)
{
    int best = -1, bare = -1, best_fit = -1;
    for (size_t i = 0; i < c->n_ents; i++) {
        const entity *e = &c->ents[i];
        if (!key_is(c, e, w, n)) continue;
        if (f) {
            if (e->ntok >= 2 && same_first(c, e, f, fn)) return (int)i;
            /* one name the end of the other: "Wasserman Schultz", "Debbie
             * Wasserman Schultz"; "Van der Merwe", "Pieter van der Merwe" */
            size_t cn = (size_t)(w + n - f), en = e->full ? strlen(e->full) : 0;
            if ((e->person || org_word(w, n)) && en > cn && e->full[en - cn - 1] == ' ' && ieq_n(e->full + en - cn, f, cn))
                return (int)i;      /* ("Van den Heuvel" is no Bakkerij Van den Heuvel; "Daily News" is the New York one) */
            if (cn > en && en && f[cn - en - 1] == ' ' && ieq_n(f + cn - en, e->full, en)) return (int)i;
            if (e->ntok < 2 && bare < 0) bare = (int)i;
            if (!e->person && e->ntok < 2) return (int)i;   /* "Times", then "New York Times" */
            continue;
        }
        if (g && e->gender && e->gender != g) continue;       /* "Mr Holloway" is not Kirsty Holloway */
        int fit = !g ? 0 : e->gender == g ? 4 : 2;
        for (const char *r = roles; r && *r && !(fit & 1);) {     /* "Councillor Noor": the councillor */
            size_t l = strcspn(r, " ");
            if (role_has(e, r, l)) fit |= 1;
            r += l;
            while (*r == ' ') r++;
        }
        if (best < 0 || fit > best_fit || (fit == best_fit && e->n_ment > c->ents[best].n_ment)) {
            best = (int)i;
            best_fit = fit;
        }
    }
    return f ? bare : best;
}

/* The sex the titles in tk[a, b) give (the last one): 1 "Mr", 2 "Mrs",
 * "Ms", "Miss", 0 none. */
static int title_gender(const ctx *c, const tok *tk, size_t a, size_t b)
{
    static const char *const MALE[] = {"mr", "mr."};
    static const char *const FEMALE[] = {"mrs", "mrs.", "ms", "ms.", "miss"};
    int g = 0;
    for (size_t i = a; i < b; i++) {
        if (WORD_IN(c, &tk[i], MALE)) g = 1;
        else if (WORD_IN(c, &tk[i], FEMALE)) g = 2;
    }
    return g;
}

static void add_role(entity *e, const char *t, size_t s, size_t n)
{
    append_lower(e->roles, sizeof e->roles, t + s, n);
}

/* Works, named after a comma: "his show, "Hope Street."", "her book, Long Road," */
static const char *const WORKS[] = {
    "show", "program", "programme", "series", "film", "movie", "book", "documentary",
    "episode", "album", "song", "musical", "play", "novel", "podcast", "memoir", "sitcom",
};

/* Does token a follow "<work noun>," ("her memoir, Salt Roads")? */
static bool after_work_comma(const ctx *c, const tok *tk, size_t a)
{
    return a >= 2 && punct_is(c, &tk[a - 1], ',') && tk[a - 2].q < 0 && WORD_IN(c, &tk[a - 2], WORKS);
}

/* Does token a follow "<work noun>," or "<piece of writing>," ("Ann Cole's
 * commentary, "Tell us your story,"")? For quotes only: a name there is
 * as likely the writer ("In a newspaper column, Ann Cole argued"). */
static bool after_writing_comma(const ctx *c, const tok *tk, size_t a)
{
    static const char *const WRITINGS[] = {"commentary", "column", "essay", "editorial", "op-ed", "poem"};
    return after_work_comma(c, tk, a) ||
           (a >= 2 && punct_is(c, &tk[a - 1], ',') && tk[a - 2].q < 0 && WORD_IN(c, &tk[a - 2], WRITINGS));
}

/* Is the word a name suffix: Jr., Sr., III? */
static bool suffix_word(const char *w, size_t n)
{
    static const char *const SUFFIX[] = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"};
    return QC_IEQ_ANY(w, n, SUFFIX);
}

/* Is the word a son's suffix: Jr., II, III? */
static bool junior_word(const char *w, size_t n)
{
    return suffix_word(w, n) && !qc_ieq(w, n, "sr") && !qc_ieq(w, n, "sr.");
}

/* Letters after a name that are no part of it: "Helen Okonjo KC", "Ann Cole MP". */
static bool postnominal(const ctx *c, const tok *k)
{
    static const char *const POST[] = {"kc", "qc", "mp", "msp", "mep", "mla", "td", "obe", "mbe", "cbe", "kbe",
                                       "dbe", "phd", "ph.d.", "esq", "esq.", "frs"};
    return k->kind == T_WORD && WORD_IN(c, k, POST);
}

/* The end of the name tk[a, b) without the letters after it. */
static size_t drop_postnominals(const ctx *c, const tok *tk, size_t a, size_t b)
{
    while (b > a + 2 && postnominal(c, &tk[b - 1])) b--;
    return b;
}

/* The end of the family name in the name tk[a, b): before a suffix or
 * letters after the name, so that "Raymond L. Pike Jr." is known as Pike. */
static size_t name_key_end(const ctx *c, const tok *tk, size_t a, size_t b)
{
    b = drop_postnominals(c, tk, a, b);
    while (b > a + 1 && tk[b - 1].kind == T_WORD && suffix_word(c->t + tk[b - 1].s, tk[b - 1].e - tk[b - 1].s)) b--;
    return b;
}

/* The suffix ending entity e's name ("Jr." of "Raymond L. Pike Jr."),
 * its length in *n; NULL if none. */
static const char *name_suffix(const entity *e, size_t *n)
{
    if (!e->full) return NULL;
    const char *lw = strrchr(e->full, ' ');
    lw = lw ? lw + 1 : e->full;
    *n = strlen(lw);
    return suffix_word(lw, *n) ? lw : NULL;
}

/* Does entity e's name end in the suffix w[0..n) (same: true), or in a
 * suffix other than it (same: false)? */
static bool has_suffix(const entity *e, const char *w, size_t n, bool same)
{
    size_t ln;
    const char *sx = name_suffix(e, &ln);
    return sx && (ln == n && ieq_n(sx, w, n)) == same;
}

/* The sex a kinship noun gives: 1 "son", 2 "daughter", also as the
 * tabloids compound them ("father-of-two", "great-grandmother"), 0 none. */
static int kin_gender(const ctx *c, const tok *k)
{
    static const char *const MALE[] = {"son", "husband", "father", "brother", "grandson", "grandfather",
                                       "nephew", "uncle", "widower", "stepson", "boyfriend", "dad", "grandad",
                                       "granddad", "grandpa", "stepfather", "fiance", "fiancé"};
    static const char *const FEMALE[] = {"daughter", "wife", "mother", "sister", "granddaughter",
                                         "grandmother", "niece", "aunt", "widow", "stepdaughter", "girlfriend",
                                         "mum", "mom", "grandma", "gran", "granny", "stepmother", "fiancee", "fiancée"};
    if (k->kind != T_WORD) return 0;
    const char *w = c->t + k->s;
    size_t n = k->e - k->s;
    while (n > 6 && qc_ieq(w, 6, "great-")) w += 6, n -= 6;
    for (size_t i = 1; i + 4 <= n; i++)
        if (w[i] == '-' && (qc_ieq(w + i, 4, "-of-") || (i + 6 <= n && qc_ieq(w + i, 6, "-to-be")))) { n = i; break; }
    return QC_IEQ_ANY(w, n, MALE) ? 1 : QC_IEQ_ANY(w, n, FEMALE) ? 2 : 0;
}

/* The sex a noun gives: 1 "spokesman", "son", "boy"; 2 "spokeswoman",
 * "daughter", "girl"; 0 none. */
static int noun_gender(const ctx *c, const tok *k)
{
    static const char *const MALE[] = {"man", "men", "boy", "boys", "gentleman"};
    static const char *const FEMALE[] = {"woman", "women", "girl", "girls", "lady"};
    const char *w = c->t + k->s;
    size_t n = k->e - k->s;
    if (k->kind != T_WORD) return 0;
    int kin = kin_gender(c, k);
    if (kin) return kin;
    if (WORD_IN(c, k, FEMALE) || (n > 5 && qc_ieq(w + n - 5, 5, "woman") && qc_lex_role(w, n))) return 2;
    if (WORD_IN(c, k, MALE) || (n > 3 && qc_ieq(w + n - 3, 3, "man") && qc_lex_role(w, n))) return 1;   /* not "human" */
    return 0;
}

/* Is k a noun for a person: a role, a relative, "woman", "man"? */
static bool person_noun(const ctx *c, const tok *k)
{
    return k->kind == T_WORD && (qc_lex_role(c->t + k->s, k->e - k->s) || kin_gender(c, k) || noun_gender(c, k));
}

/* A word that ends a description or a run of role words ("in", "who", "said"). */
static bool stop_word_after(const ctx *c, const tok *k)
{
    static const char *const STOP[] = {
        "in", "on", "at", "during", "of", "to", "from", "after", "before", "with", "who",
        "that", "while", "when", "as", "about", "for", "and", "but", "which", "whose",
        "last", "this", "earlier", "later", "recently", "told", "said", "by", "via",
    };
    if (k->kind != T_WORD) return true;
    if (WORD_IN(c, k, STOP)) return true;
    return false;
}

static size_t ments_before(const ctx *c, size_t pos);

/* Registers the name run tk[a, b) (capitalised words) as an entity. */
static qc_status register_run(ctx *c, tok *tk, size_t n_tk, size_t a, size_t b_run, size_t para, bool subject)
{
    if (title_only(c, tk, a, b_run)) return QC_OK;     /* "Minister of State", "Minister of Foreign Affairs" */
    size_t b = drop_postnominals(c, tk, a, b_run);     /* the name: "Helen Okonjo" of "Helen Okonjo KC" */
    char roles[96] = "";
    size_t core = strip_titles(c, tk, a, b, roles, sizeof roles);
    size_t ntok = 0;
    bool org = false, caps = true;
    size_t nick = b, nick_end = b;     /* a quoted nickname inside the run, left out of the name */
    for (size_t i = core; i < b; i++) {
        if (tk[i].q >= 0) {
            if (nick == b) nick = i;
            nick_end = i + 1;
            continue;
        }
        if (tk[i].kind != T_WORD) continue;
        ntok++;
        size_t n = base_len(c->t + tk[i].s, tk[i].e - tk[i].s);
        /* a place name's last word opening a longer name is a first name: "Diego Costa", not "San Diego" */
        /* a person despite a word of places in the name ("park"): "Park
         * Min-seo", a Korean family name first; "Elijah Park, a senior,"
         * or "Ann Hall said", a first name and such a surname, opening
         * the clause and followed by an apposition or a speech verb (not
         * "at Victoria Park", "Stanley Park will host", "Outside Albert Hall") */
        bool park = i == core && i + 1 < b && qc_ieq(c->t + tk[i].s, n, "park") && memchr(c->t + tk[i + 1].s, '-', tk[i + 1].e - tk[i + 1].s);
        static const char *const SURNAME[] = {"park", "hall", "house", "lake", "bridge", "church", "street", "beach", "tower"};
        if (i == b - 1 && i == core + 1 && core == a && QC_IEQ_ANY(c->t + tk[i].s, n, SURNAME) &&
            qc_lex_first_name_gender(c->t + tk[core].s, tk[core].e - tk[core].s) && (a == 0 || tk[a - 1].kind != T_WORD) &&
            b < n_tk && (punct_is(c, &tk[b], ',') || tok_speech_verb(c, &tk[b])))
            park = true;
        if (org_word(c->t + tk[i].s, n) && !park && !(i == core && core + 1 < b && place_end(c->t + tk[i].s, n)) &&
            !(i > core && company_word(c->t + tk[i].s, n) &&     /* "Ann Rail" is a person */
              qc_lex_first_name_gender(c->t + tk[core].s, tk[core].e - tk[core].s)))
            org = true;
        for (size_t j = tk[i].s + 1; j < tk[i].s + n; j++)
            if (c->t[j] >= 'a' && c->t[j] <= 'z') caps = false;
    }
    if (ntok == 0) return QC_OK;
    for (size_t i = core + 1; i + 1 < b; i++)
        if (word_is(c, &tk[i], "for")) org = true;      /* "Farmers for Sensible Trade" */
    /* a place or a service named by its last word: "Harrow Bay", "Coree Road", "Hollins Water" */
    static const char *const FEATURE[] = {"bay", "road", "street", "avenue", "square", "valley", "harbour",
                                          "harbor", "island", "islands", "beach", "station", "airport",
                                          "reservoir", "water", "fire", "safety", "park", "bridge", "county",
                                          "district", "estate", "mall", "centre", "center", "stadium", "arena"};
    static const char *const PLACE_FIRST[] = {"mount", "mt", "mt.", "lake", "port", "fort", "cape", "loch"};   /* "Mount Coree" */
    if (ntok >= 2 && (WORD_IN(c, &tk[b - 1], FEATURE) || WORD_IN(c, &tk[core], PLACE_FIRST)) &&
        !qc_lex_first_name_gender(c->t + tk[core].s, tk[core].e - tk[core].s))
        org = true;
    if (caps && ntok == 1 && tk[b - 1].e - tk[b - 1].s > 1) org = true;   /* NATO, FBI */
    if (red_cross(c, tk, core, b)) org = true;
    if (qc_lex_title(c->t + tk[b - 1].s, tk[b - 1].e - tk[b - 1].s)) org = true;  /* "a Wisconsin Republican" */
    if (after_work_comma(c, tk, a)) org = true;   /* "her book, Long Road," */
    size_t kb = name_key_end(c, tk, core, b);
    const tok *last = &tk[kb - 1], *first = &tk[core];
    /* two first names sharing a family name: "Tess and Ruth Alderley" */
    bool shared = ntok == 1 && core + 1 == b && !org && b + 3 < n_tk && word_is(c, &tk[b], "and") &&
                  name_tok(c, &tk[b + 1]) && name_tok(c, &tk[b + 2]) && !name_tok(c, &tk[b + 3]) &&
                  tk[b + 3].q < 0 && qc_lex_first_name_gender(c->t + first->s, first->e - first->s) &&
                  qc_lex_first_name_gender(c->t + tk[b + 1].s, tk[b + 1].e - tk[b + 1].s) &&
                  !org_word(c->t + tk[b + 2].s, tk[b + 2].e - tk[b + 2].s);
    if (shared) {
        last = &tk[b + 2];
        ntok = 2;
    }
    size_t kn = base_len(c->t + last->s, last->e - last->s);
    /* a capitalised word opening the sentence may be no first name ("Stated Stone") */
    bool opener = core == a &&
                  (a == 0 || tk[a - 1].send || (tk[a - 1].kind == T_PUNCT && !punct_is(c, &tk[a - 1], ',') &&
                                                !punct_is(c, &tk[a - 1], ';') && !punct_is(c, &tk[a - 1], ':'))) &&
                  !qc_lex_first_name_gender(c->t + first->s, first->e - first->s);
    bool two = ntok >= 2 && !org && first != last && !(opener && ntok == 2);
    int id = find_person(c, c->t + last->s, kn, two ? c->t + first->s : NULL, first->e - first->s, title_gender(c, tk, a, core),
                         roles);
    if (!two && opener && ntok == 2 && !org) {     /* unless the opener is the first name of one known: "Tomas Everly" */
        int same = find_person(c, c->t + last->s, kn, c->t + first->s, first->e - first->s, 0, NULL);
        if (same >= 0 && c->ents[same].ntok >= 2 && same_first(c, &c->ents[same], c->t + first->s, first->e - first->s))
            id = same;
    }
    if (id >= 0 && kb < b && has_suffix(&c->ents[id], c->t + tk[b - 1].s, tk[b - 1].e - tk[b - 1].s, false))
        id = -1;    /* the father, not the son */
    size_t sxn;
    if (id >= 0 && kb < b && ntok >= 3 && c->ents[id].ntok >= 2 && !name_suffix(&c->ents[id], &sxn) &&
        junior_word(c->t + tk[b - 1].s, tk[b - 1].e - tk[b - 1].s))
        id = -1;    /* "Pieter van der Merwe Jr." after "Pieter van der Merwe": the son */
    if (id >= 0 && org && ntok >= 2 && c->ents[id].ntok >= 2 &&
        !same_first(c, &c->ents[id], c->t + first->s, first->e - first->s))
        id = -1;    /* the State Department is not the Justice Department */
    if (id < 0 && ntok == 1 && qc_lex_first_name_gender(c->t + last->s, kn))
        id = find_entity(c, c->t + last->s, kn, true);   /* "Hillary" alone */
    if (id < 0 && ntok == 1 && !org && !(a > 0 && qc_lex_determiner(c->t + tk[a - 1].s, tk[a - 1].e - tk[a - 1].s)))
        id = person_by_first(c, c->t + last->s, kn);   /* "Jade" of Jade Mallory, not "the Capitol" */
    if (id < 0 && ntok == 1) id = org_by_first(c, c->t + last->s, kn);   /* "Halvern" */
    /* "born in Cape Coast", "at the Nesvagur Fisk plant": a place or a firm,
     * unless its first word is a known first name */
    size_t pp = a > 0 && word_is(c, &tk[a - 1], "the") ? a - 1 : a;
    bool place = pp > 0 && (word_is(c, &tk[pp - 1], "in") || word_is(c, &tk[pp - 1], "at") ||
                            word_is(c, &tk[pp - 1], "near")) &&
                 core == a && !possessive(c, &tk[b - 1]) && !qc_lex_first_name_gender(c->t + first->s, first->e - first->s);
    if (id < 0) {
        entity e;
        memset(&e, 0, sizeof e);
        e.key_s = last->s; e.key_n = kn;
        e.first_s = first->s; e.first_n = first->e - first->s;
        e.person = !org && ntok >= 2 && !place;
        if (QC_PUSH(c->doc->arena, c->ents, c->n_ents, c->cap_ents, e)) return QC_ERR_NOMEM;
        id = (int)c->n_ents - 1;
    }
    entity *e = &c->ents[id];
    if (!place && !org && ntok >= 2 && e->placed) e->person = true;   /* named later outside "in ..." */
    e->placed |= place;
    if (!e->full || (ntok > e->ntok && !org)) {
        size_t end = kb < b ? tk[b - 1].e : tk[b - 1].s + kn;
        bool nicked = nick < b && nick > core && nick_end < b;
        if (nicked || shared) {    /* "Mikael" + " " + "Lindahl", "Tess" + " " + "Alderley" */
            size_t n1 = (nicked ? tk[nick - 1].e : first->e) - tk[core].s;
            size_t s2 = nicked ? tk[nick_end].s : last->s, n2 = nicked ? end - s2 : kn;
            char *f = qc_arena_alloc(c->doc->arena, n1 + n2 + 2);
            if (!f) return QC_ERR_NOMEM;
            memcpy(f, c->t + tk[core].s, n1);
            f[n1] = ' ';
            memcpy(f + n1 + 1, c->t + s2, n2);
            f[n1 + 1 + n2] = 0;
            e->full = f;
        } else {
            e->full = qc_arena_strndup(c->doc->arena, c->t + tk[core].s, end - tk[core].s);
        }
        if (!e->full) return QC_ERR_NOMEM;
        e->ntok = ntok;
        e->first_s = first->s; e->first_n = first->e - first->s;
        if (ntok >= 2 && !org && !place) e->person = true;
    }
    if (roles[0]) add_role(e, roles, 0, strlen(roles));
    /* a role in lower case right before: "Foreign Office spokesperson
     * Ayesha Malik" (not "Deputy mayor Fiona Barrett": no mayor) */
    static const char *const SUB[] = {"deputy", "vice", "assistant", "associate", "acting", "interim", "former",
                                      "ex", "junior", "shadow", "co"};
    if (core == a && a > 0 && is_lower_word(c, &tk[a - 1]) && !org && !(a > 1 && WORD_IN(c, &tk[a - 2], SUB)) &&
        !(a > 2 && WORD_IN(c, &tk[a - 3], SUB)) &&     /* "Deputy police chief Fiona Barrett" */
        (qc_lex_role(c->t + tk[a - 1].s, tk[a - 1].e - tk[a - 1].s) || qc_lex_title(c->t + tk[a - 1].s, tk[a - 1].e - tk[a - 1].s)))
        add_role(e, c->t, tk[a - 1].s, tk[a - 1].e - tk[a - 1].s);
    /* a firm named after what it is: "scooter maker Zipwell", "the retailer
     * Hallam" (not a person's trade: "record producer Timbaland") */
    static const char *const TRADE[] = {"producer", "developer", "publisher", "operator", "supplier", "group", "brand"};
    if (core == a && a > 0 && ntok == 1 && is_lower_word(c, &tk[a - 1]) &&
        company_noun(c->t + tk[a - 1].s, tk[a - 1].e - tk[a - 1].s) && !WORD_IN(c, &tk[a - 1], TRADE) && !e->gender)
        add_role(e, "company", 0, 7);
    e->n_ment++;
    if (!e->gender) {
        e->gender = title_gender(c, tk, a, b);
        if (!e->gender && ntok >= 2) e->gender = qc_lex_first_name_gender(c->t + first->s, first->e - first->s);
    }
    b = b_run;      /* what follows the run ("Helen Okonjo KC, 52,") */
    /* an age in apposition, "Name, 31,", answers a later "the 31-year-old" */
    if (b + 2 < n_tk && punct_is(c, &tk[b], ',') && punct_is(c, &tk[b + 2], ',') && tk[b + 1].kind == T_WORD &&
        tk[b + 1].e - tk[b + 1].s <= 3 && qc_is_digit((unsigned char)c->t[tk[b + 1].s])) {
        char age[16];
        size_t an = tk[b + 1].e - tk[b + 1].s;
        memcpy(age, c->t + tk[b + 1].s, an);
        memcpy(age + an, "-year-old", 10);
        add_role(e, age, 0, an + 9);
        if (!org) e->person = true;       /* "Amira, 10," is someone, with one name */
    }
    /* a party label: "Sen. Ann Cole (R-Ohio)" is a Republican from Ohio */
    if (b + 2 < n_tk && punct_is(c, &tk[b], '(') && tk[b + 1].kind == T_WORD && tk[b + 1].e - tk[b + 1].s > 2 &&
        c->t[tk[b + 1].s + 1] == '-' && c->t[tk[b + 1].s + 2] >= 'A' && c->t[tk[b + 1].s + 2] <= 'Z') {
        static const char *const PARTY[] = {"democrat", "republican", "independent"};
        static const char LETTER[] = "DRI";
        const char *l = memchr(LETTER, c->t[tk[b + 1].s], 3);
        size_t k = b + 2;
        while (k < n_tk && k < b + 6 && !punct_is(c, &tk[k], ')')) k++;
        if (l && k < n_tk && punct_is(c, &tk[k], ')')) {
            add_role(e, PARTY[l - LETTER], 0, strlen(PARTY[l - LETTER]));
            add_role(e, c->t, tk[b + 1].s + 2, tk[b + 1].e - tk[b + 1].s - 2);   /* the place */
        }
    }
    /* a relative named after its kinship noun: "Mr Conneely's daughter, Aoife," */
    if (a >= 2 && punct_is(c, &tk[a - 1], ',') && tk[a - 2].kind == T_WORD && kin_gender(c, &tk[a - 2])) {
        int g = kin_gender(c, &tk[a - 2]);
        /* the kin noun's phrase must open its clause: not "Like her father, Jordan" */
        size_t k = a - 2;
        static const char *const PREP[] = {"like", "unlike", "after", "before", "with", "for", "as", "than", "to",
                                           "from", "by", "without", "beside", "behind"};
        while (k > 0 && k + 5 > a && tk[k - 1].kind == T_WORD && tk[k - 1].q < 0 && !WORD_IN(c, &tk[k - 1], PREP) &&
               (possessive(c, &tk[k - 1]) || qc_lex_determiner(c->t + tk[k - 1].s, tk[k - 1].e - tk[k - 1].s) ||
                tk[k - 1].cap))
            k--;
        bool opens = k == 0 || tk[k - 1].send || (tk[k - 1].kind == T_PUNCT && !punct_is(c, &tk[k - 1], ',')) ||
                     word_is(c, &tk[k - 1], "and") || word_is(c, &tk[k - 1], "but");
        if (k == a - 2) opens = false;     /* a bare "father, Jordan" */
        if (g && !org && opens) {
            e->person = true;
            if (!e->gender) e->gender = g;
        }
    }
    /* a first name right after a kinship noun: "His brother Josiah is 19";
     * after "his"/"her" it takes the family name of the person meant, as
     * readers do ("Dewi Harcombe and his wife Lowri": Lowri Harcombe) */
    if (a >= 1 && core == a && ntok == 1 && !org && tk[a - 1].kind == T_WORD && !tk[a - 1].cap && kin_gender(c, &tk[a - 1]) &&
        qc_lex_first_name_gender(c->t + tk[a].s, tk[a].e - tk[a].s)) {
        e->person = true;
        if (!e->gender) e->gender = kin_gender(c, &tk[a - 1]);
        add_role(e, c->t, tk[a - 1].s, tk[a - 1].e - tk[a - 1].s);     /* "his wife" later is she */
        int pg = a >= 2 ? (word_is(c, &tk[a - 2], "his") ? 1 : word_is(c, &tk[a - 2], "her") ? 2 : 0) : 0;
        for (size_t m = ments_before(c, tk[a].s); pg && e->ntok < 2 && m-- > 0;) {
            /* (the person named last in the paragraph, its subject) */
            const mention *mm = &c->ments[m];
            const entity *pe = &c->ents[mm->ent];
            if (pe == e) continue;
            if (mm->para != para || !mm->subject || !pe->person || pe->ntok < 2 || (pe->gender && pe->gender != pg)) break;
            e->full = qc_arena_printf(c->doc->arena, "%.*s %.*s", (int)(tk[a].e - tk[a].s), c->t + tk[a].s,
                                      (int)pe->key_n, c->t + pe->key_s);
            if (!e->full) return QC_ERR_NOMEM;
            e->ntok = 2;
        }
    }
    /* a description before: "The mayor of Saint-Alric, Helene Durocher," */
    if (a >= 3 && punct_is(c, &tk[a - 1], ',')) {
        size_t k = a - 1;
        while (k > 0 && k + 8 > a && tk[k - 1].q < 0 && tk[k - 1].kind == T_WORD && !tk[k - 1].send &&
               !word_is(c, &tk[k - 1], "the"))
            k--;
        /* opened by "the", or by a country's possessive ("Mali's Minister
         * of Foreign Affairs, Moussa Traoré,") */
        bool opens = k > 0 && word_is(c, &tk[k - 1], "the") && (k == 1 || tk[k - 2].send || tk[k - 2].kind == T_PUNCT);
        if (!opens && k + 1 < a - 1 && possessive(c, &tk[k]) && tk[k].cap && (k == 0 || tk[k - 1].send || tk[k - 1].kind == T_PUNCT)) {
            k++;
            opens = title_only(c, tk, k, a - 1) || (k + 1 == a - 1 && qc_lex_title(c->t + tk[k].s, tk[k].e - tk[k].s));
        }
        /* title words alone ("The Tánaiste, Eamon Keyes,", "the Minister of
         * Foreign Affairs, Yusuf Dikko,") are roles too, but not in a name
         * ("The Union Leader, New Hampshire's paper,") */
        bool titles = !possessive(c, &tk[b - 1]) &&
                      (title_only(c, tk, k, a - 1) || (k + 1 == a - 1 && tk[k].cap && qc_lex_title(c->t + tk[k].s, tk[k].e - tk[k].s)));
        if (opens)
            for (size_t i = k; i < a - 1; i++)
                if ((titles && tk[i].cap) || (!tk[i].cap && (qc_lex_role(c->t + tk[i].s, tk[i].e - tk[i].s) ||
                                                             qc_lex_title(c->t + tk[i].s, tk[i].e - tk[i].s))))
                    add_role(e, c->t, tk[i].s, tk[i].e - tk[i].s);
    }
    /* apposition: "Name, a/the role words," */
    if (b + 2 < n_tk && punct_is(c, &tk[b], ',') && tk[b + 1].kind == T_WORD &&
        qc_lex_determiner(c->t + tk[b + 1].s, tk[b + 1].e - tk[b + 1].s)) {
        for (size_t i = b + 2; i < n_tk && i < b + 9 && tk[i].kind == T_WORD && tk[i].q < 0; i++)
            add_role(e, c->t, tk[i].s, tk[i].e - tk[i].s);
    } else if (b + 2 < n_tk && punct_is(c, &tk[b], ',') && !org && !e->placed) {
        /* no determiner: "Kim Tae-hoon, South Korea's first deputy national
         * security adviser,", "Majid Abu Hamdan, official spokesman for" */
        size_t r = b + 1;
        while (r < b + 4 && r < n_tk && tk[r].kind == T_WORD && tk[r].cap && !possessive(c, &tk[r])) r++;
        if (r < n_tk && r > b + 1 && possessive(c, &tk[r]) && tk[r].cap) r++;
        else r = b + 1;
        size_t e2 = QC_NONE;     /* the last role word of the lower-case words, before any verb */
        for (size_t i = r; i < n_tk && i < r + 7 && is_lower_word(c, &tk[i]) && tk[i].q < 0 && !stop_word_after(c, &tk[i]) &&
                           !aux_verb(c, &tk[i]) && !tok_speech_verb(c, &tk[i]);
             i++)
            if (qc_lex_role(c->t + tk[i].s, tk[i].e - tk[i].s)) e2 = i;
        /* (not "in Harrow Vale, fire chief Ann Cole said": hers; nor
         * "across Harrow Vale, police spokesman said": a subject) */
        if (e2 != QC_NONE && !(e2 + 1 < n_tk && (name_tok(c, &tk[e2 + 1]) || tok_speech_verb(c, &tk[e2 + 1]))))
            for (size_t i = r; i <= e2; i++) add_role(e, c->t, tk[i].s, tk[i].e - tk[i].s);
    }
    mention m = {tk[a].s, para, id, subject};
    return QC_PUSH(c->doc->arena, c->ments, c->n_ments, c->cap_ments, m);
}

/* The last character of the quoted text [s, e) that is no mark or space, 0 if none. */
static uint32_t quote_last(const char *t, size_t s, size_t e)
{
    size_t i = e;
    while (i > s) {
        size_t j = i;
        uint32_t ch = qc_utf8_prev(t, &j);
        if (!is_mark_cp(ch) && !qc_is_space(ch)) return ch;
        i = j;
    }
    return 0;
}

/* Does the quoted text end with sentence punctuation? */
static bool quote_ends_sentence(const char *t, size_t s, size_t e)
{
    uint32_t ch = quote_last(t, s, e);
    return ch == '.' || ch == '?' || ch == '!' || ch == 0x2026;
}

/* Does the quoted text end with punctuation closing a clause (, ; : . ? !)? */
static bool quote_ends_clause(const char *t, size_t s, size_t e)
{
    uint32_t ch = quote_last(t, s, e);
    return ch == ',' || ch == ';' || ch == ':' || quote_ends_sentence(t, s, e);
}

/* Could token k, after a sentence's first word, be that word's verb ("Renata
 * is", not "Will the council")? A lower-case word that is no determiner,
 * pronoun or preposition. */
static bool verb_next(const ctx *c, const tok *k)
{
    static const char *const NOT[] = {"of", "to", "in", "on", "at", "for", "with", "and", "or", "but", "from", "by",
                                      "as", "if", "not", "you", "we", "i", "they"};
    return is_lower_word(c, k) && k->q < 0 && !qc_lex_determiner(c->t + k->s, k->e - k->s) &&
           !qc_lex_pronoun(c->t + k->s, k->e - k->s) && !WORD_IN(c, k, NOT);
}

/* Finds name runs in a paragraph's tokens outside quotes and registers them. */
static qc_status register_names(ctx *c, size_t para)
{
    ptoks *p = &c->pt[para];
    bool sent_start = true, seen_name = false, fronted = false, asked = false;
    for (size_t i = 0; i < p->n;) {
        tok *k = &p->t[i];
        if (k->send || k->q >= 0) {
            if (k->send) { sent_start = true; seen_name = false; fronted = asked = false; }
            i++;
            continue;
        }
        /* "Asked whether he would go, Ann Cole smiled": the subject follows a fronted clause */
        if (sent_start && (word_is(c, k, "asked") || word_is(c, k, "pressed"))) asked = true;
        if (sent_start && (WORD_IN(c, k, SUBORD) || asked)) fronted = true;
        if (fronted && punct_is(c, k, ',')) { fronted = asked = false; seen_name = false; }
        bool title_start = k->kind == T_WORD && k->cap && qc_lex_title(c->t + k->s, k->e - k->s);
        if (!name_tok(c, k) && !title_start) {
            /* "He had protested Trump": a pronoun was the sentence's subject */
            int pr = k->kind == T_WORD ? qc_lex_pronoun(c->t + k->s, k->e - k->s) : 0;
            if ((pr && !word_is(c, k, "his") && !word_is(c, k, "her") && !word_is(c, k, "him") && !word_is(c, k, "them") &&
                 !word_is(c, k, "it")) || word_is(c, k, "i") || word_is(c, k, "we"))
                seen_name = true;
            i++;
            sent_start = false;
            continue;
        }
        size_t a = i, b = i + 1;
        while (b < p->n) {
            const tok *m = &p->t[b];
            if ((possessive(c, &p->t[b - 1]) && !name_poss(c, p->t, b - 1, p->n)) || line_between(c, &p->t[b - 1], m)) break;
            if (name_tok(c, m) || (m->kind == T_WORD && m->cap && qc_lex_title(c->t + m->s, m->e - m->s))) { b++; continue; }
            size_t link = name_link(c, p->t, a, b, p->n);
            if (link) { b += link + 1; continue; }
            /* a nickname between the parts of a name: (Secretary) Mikael "Moose" Lindahl */
            if (m->q >= 0 && name_tok(c, &p->t[b - 1]) && !qc_lex_title(c->t + p->t[b - 1].s, p->t[b - 1].e - p->t[b - 1].s)) {
                size_t j = b, words = 0;
                while (j < p->n && p->t[j].q == m->q) words += p->t[j++].kind == T_WORD;
                const wquote *nq = &c->wq[p->first_quote + (size_t)m->q];
                bool title = true;
                for (size_t x = b; x < j; x++) title &= p->t[x].kind != T_WORD || p->t[x].cap;
                if (words >= 1 && words <= 2 && title && !quote_ends_clause(c->t, nq->start, nq->end) && j < p->n &&
                    name_tok(c, &p->t[j]) && !line_between(c, &p->t[j - 1], &p->t[j])) {
                    b = j + 1;
                    continue;
                }
            }
            break;
        }
        if (b == a + 1 && state_abbrev(c, p->t, a)) { i = b; sent_start = false; continue; }   /* "Rockford, Ill." */
        /* a sentence-initial lone capitalised word is not a name unless known */
        bool lone_initial = sent_start && b == a + 1;
        if (lone_initial && b + 2 < p->n && punct_is(c, &p->t[b], ',') && punct_is(c, &p->t[b + 2], ',') &&
            p->t[b + 1].e - p->t[b + 1].s <= 3 && qc_is_digit((unsigned char)c->t[p->t[b + 1].s]))
            lone_initial = false;      /* "Amira, 10, said": a person with an age */
        size_t kbase = base_len(c->t + k->s, k->e - k->s);
        if (!lone_initial || find_entity(c, c->t + k->s, kbase, false) >= 0 || org_by_first(c, c->t + k->s, kbase) >= 0 ||
            (b < p->n && (tok_speech_verb(c, &p->t[b]) || plain_first_name(c, k) || verb_next(c, &p->t[b])) &&
             person_by_first(c, c->t + k->s, kbase) >= 0)) {
            /* a subject is the sentence's first name, not the object of a preposition */
            bool subj = !seen_name && !asked;     /* (not "Asked by host Kiran Aulakh whether ...,") */
            /* "he said Ann Cole": an object */
            if (subj && a > 1 && tok_speech_verb(c, &p->t[a - 1]) &&
                (qc_lex_pronoun(c->t + p->t[a - 2].s, p->t[a - 2].e - p->t[a - 2].s) || word_is(c, &p->t[a - 2], "i") ||
                 word_is(c, &p->t[a - 2], "we")))
                subj = false;
            if (subj && a > 0 && p->t[a - 1].kind == T_WORD && !p->t[a - 1].send) {
                static const char *const PREP[] = {"about", "to", "of", "with", "for", "by", "from", "at",
                                                   "on", "in", "against", "over", "than", "like", "behind",
                                                   "before", "after", "between", "among", "under", "beside",
                                                   "toward", "towards", "into", "onto", "upon"};
                /* (unless a clause opens there: "two months after Vane spoke") */
                const tok *v = b < p->n ? &p->t[b] : NULL;
                bool clause = WORD_IN(c, &p->t[a - 1], SUBORD) && v && v->kind == T_WORD && v->q < 0 && !v->cap &&
                              (aux_verb(c, v) || tok_speech_verb(c, v) || inflected(c, v, "ed"));
                /* (nor the agent of a passive: "The letters were written by Arthur Marsh") */
                static const char *const PART[] = {"written", "sent", "given", "made", "taken", "seen", "known",
                                                   "held", "led", "run", "read", "drawn", "spoken"};
                bool agent = word_is(c, &p->t[a - 1], "by") && a >= 3 && p->t[a - 2].kind == T_WORD &&
                             (inflected(c, &p->t[a - 2], "ed") || WORD_IN(c, &p->t[a - 2], PART)) && aux_word(c, &p->t[a - 3]);
                /* (nor a topic fronted by "For"/"To": "For Kowalczyk, the difference was ...") */
                bool topic = (word_is(c, &p->t[a - 1], "for") || word_is(c, &p->t[a - 1], "to")) && p->t[a - 1].cap &&
                             (a == 1 || p->t[a - 2].send) && b < p->n && punct_is(c, &p->t[b], ',');
                if (WORD_IN(c, &p->t[a - 1], PREP) && !clause && !agent && !topic) subj = false;
                if (clause) fronted = true;     /* (the main clause's subject may follow its comma) */
                /* "At the Nesvagur plant, manager Ann Cole said" */
                if (a > 1 && p->t[a - 2].kind == T_WORD && word_is(c, &p->t[a - 1], "the") && WORD_IN(c, &p->t[a - 2], PREP))
                    subj = false;
            }
            if (after_work_comma(c, p->t, a)) subj = false;
            /* "The Speaker, Sir Malcolm Everard, intervened": the name in apposition is the subject */
            bool titles = true;
            for (size_t x = a; x < b && titles; x++) titles = p->t[x].kind != T_WORD || qc_lex_title(c->t + p->t[x].s, p->t[x].e - p->t[x].s);
            if (titles && b + 1 < p->n && punct_is(c, &p->t[b], ',') && name_tok(c, &p->t[b + 1])) subj = false;
            /* "a response from Hugh Price, the MP for Carreg, who said": the relative clause's subject */
            if (!subj && b + 1 < p->n && punct_is(c, &p->t[b], ',')) {
                size_t x = b + 1;
                if (!word_is(c, &p->t[x], "who"))
                    while (x < p->n && x < b + 12 && !punct_is(c, &p->t[x], ',') && !p->t[x].send && p->t[x].q < 0) x++;
                if (x < p->n && punct_is(c, &p->t[x], ',')) x++;
                if (x + 1 < p->n && word_is(c, &p->t[x], "who") && tok_speech_verb(c, &p->t[x + 1])) subj = true;
            }
            /* "Inishcarra Association chairman Tom Ode said", "the Belgian
             * restaurateur Mathieu Vandenbroucke", "The Brackley chairman,
             * Derek Fane,": a qualifier of the person */
            size_t bn = p->t[b].e - p->t[b].s;
            bool noun = b + 1 < p->n && p->t[b].kind == T_WORD && !p->t[b].cap && p->t[b].q < 0 &&
                        !tok_speech_verb(c, &p->t[b]) && !inflected(c, &p->t[b], "ed");
            size_t nx = b + 1 + (b + 2 < p->n && punct_is(c, &p->t[b + 1], ','));
            if (noun && (qc_lex_title(c->t + p->t[b].s, bn) || qc_lex_role(c->t + p->t[b].s, bn) ||
                         (b == a + 1 && a > 0 && qc_lex_determiner(c->t + p->t[a - 1].s, p->t[a - 1].e - p->t[a - 1].s))) &&
                name_tok(c, &p->t[nx]))
                subj = false;
            if (possessive(c, &p->t[b - 1])) subj = false;   /* "Ann Cole's deputy, Ben Ode, said" */
            /* "Mensah, he said, had been": the reported clause's subject is no antecedent of that "he" */
            if (b + 3 < p->n && punct_is(c, &p->t[b], ',') && p->t[b + 1].kind == T_WORD &&
                qc_lex_pronoun(c->t + p->t[b + 1].s, p->t[b + 1].e - p->t[b + 1].s) && tok_speech_verb(c, &p->t[b + 2]) &&
                punct_is(c, &p->t[b + 3], ','))
                subj = false;
            if (register_run(c, p->t, p->n, a, b, para, subj)) return QC_ERR_NOMEM;
            if (subj) seen_name = true;
        }
        sent_start = false;
        i = b;
    }
    return QC_OK;
}

/* ------------------------------------------------------------------ */
/* Speakers                                                             */

enum { SP_NONE, SP_NAME, SP_PRON, SP_DESC };

typedef struct np {
    size_t a, b;      /* tokens [a, b) */
    int kind;
} np;

/* A day or time word that may follow "said" ("said Monday"). */
static bool time_word(const ctx *c, const tok *k)
{
    static const char *const TW[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "yesterday", "tonight", "recently", "earlier", "later", "last", "this",
        "morning", "afternoon", "evening", "night", "week", "on", "in",
    };
    if (WORD_IN(c, k, TW)) return true;
    return false;
}

/* "on Monday", "in 2010" ending at token i */
static bool on_time(const ctx *c, const tok *tk, size_t i)
{
    const tok *k = &tk[i];
    bool year = k->e - k->s == 4 && qc_is_digit((unsigned char)c->t[k->s]) && qc_is_digit((unsigned char)c->t[k->s + 3]);
    return (time_word(c, k) && word_is(c, &tk[i - 1], "on")) || (year && word_is(c, &tk[i - 1], "in"));
}

/* The noun phrase that ends just before token v, not before token lo. */
static np subject_before(const ctx *c, const tok *tk, size_t lo, size_t v)
{
    np r = {0, 0, SP_NONE};
    size_t j = v;
    for (;;) {
        static const char *const SELF[] = {"itself", "himself", "herself", "themselves"};   /* "the study itself" */
        while (j > lo && (qc_lex_adverb(c->t + tk[j - 1].s, tk[j - 1].e - tk[j - 1].s) || WORD_IN(c, &tk[j - 1], SELF) ||
                          (j - 1 > lo && on_time(c, tk, j - 1))))
            j -= j - 1 > lo && on_time(c, tk, j - 1) ? 2 : 1;
        /* "Ann Cole Thursday said", "the board two weeks ago said", "last week" */
        if (j > lo + 1 && tk[j - 1].cap && time_word(c, &tk[j - 1]) && qc_lex_not_name(c->t + tk[j - 1].s, tk[j - 1].e - tk[j - 1].s)) {
            j--;
            continue;
        }
        if (j > lo + 1 && (word_is(c, &tk[j - 1], "week") || word_is(c, &tk[j - 1], "month") || word_is(c, &tk[j - 1], "year")) &&
            (word_is(c, &tk[j - 2], "last") || word_is(c, &tk[j - 2], "this"))) {
            j -= 2;
            continue;
        }
        if (j > lo + 1 && word_is(c, &tk[j - 1], "ago")) {
            size_t k = j - 1;
            while (k > lo + 1 && k + 6 > j && tk[k - 1].q < 0 && !tk[k - 1].cap &&
                   (qc_is_digit((unsigned char)c->t[tk[k - 1].s]) || time_word(c, &tk[k - 1]) ||
                    word_is(c, &tk[k - 1], "less") || word_is(c, &tk[k - 1], "more") || word_is(c, &tk[k - 1], "than") ||
                    word_is(c, &tk[k - 1], "a") || word_is(c, &tk[k - 1], "few") || word_is(c, &tk[k - 1], "two") ||
                    word_is(c, &tk[k - 1], "three") || word_is(c, &tk[k - 1], "several") ||
                    word_is(c, &tk[k - 1], "days") || word_is(c, &tk[k - 1], "weeks") || word_is(c, &tk[k - 1], "months") ||
                    word_is(c, &tk[k - 1], "years") || word_is(c, &tk[k - 1], "hours")))
                k--;
            if (k < j - 1) { j = k; continue; }
        }
        break;
    }
    if (j <= lo) return r;
    /* a parenthesis after the name: "Rep. Ann Cole (R-Ohio) said", also
     * with a comma after it */
    if (j > lo + 2 && punct_is(c, &tk[j - 1], ',') && punct_is(c, &tk[j - 2], ')')) {
        size_t k = j - 2;
        while (k > lo && k + 8 > j && !punct_is(c, &tk[k - 1], '(')) k--;
        if (k > lo + 1 && punct_is(c, &tk[k - 1], '(') && name_tok(c, &tk[k - 2])) j--;
    }
    if (punct_is(c, &tk[j - 1], ')')) {
        size_t k = j - 1;
        while (k > lo && k + 8 > j && !punct_is(c, &tk[k - 1], '(')) k--;
        if (k > lo + 1 && punct_is(c, &tk[k - 1], '(')) j = k - 1;
        else return r;
    }
    /* apposition: "Name, a role," said; "Name, 22, of Town, State, said" */
    if (punct_is(c, &tk[j - 1], ',')) {
        for (size_t k = lo + 1; k + 1 < j && k + 40 > j; k++) {
            if (!punct_is(c, &tk[k], ',')) continue;
            bool clean = true;
            for (size_t i = k; i < j; i++) clean &= tk[i].q < 0 && !tk[i].send;
            if (!clean) continue;
            np s = subject_before(c, tk, lo, k);
            static const char *const OPENERS[] = {"but", "and", "yet", "so", "meanwhile"};
            bool opens = s.a == lo || (s.a == lo + 1 && (tk[lo].kind == T_PUNCT || WORD_IN(c, &tk[lo], OPENERS)));
            /* "The operator, Brightkeep Living, said", "Her editor at Quill Press,
             * Ben Ode, said": the name, not its description */
            if ((s.kind == SP_DESC && opens) || (s.kind == SP_NAME && !opens)) {
                np nm = subject_before(c, tk, k + 1, j - 1);
                if (nm.kind == SP_NAME && nm.a == k + 1) return nm;
            }
            bool desc = s.kind == SP_DESC && (word_is(c, &tk[s.a], "a") || word_is(c, &tk[s.a], "an") ||
                                              word_is(c, &tk[s.a], "the"));
            if ((s.kind == SP_NAME || desc) && opens) return s;
            break;
        }
        size_t k = j - 1;
        while (k > lo && k + 16 > j && !punct_is(c, &tk[k - 1], ',') && tk[k - 1].q < 0 && !tk[k - 1].send) k--;
        if (k > lo && punct_is(c, &tk[k - 1], ',') && k - 1 > lo) j = k - 1;
        else return r;
    }
    const tok *h = &tk[j - 1];
    if (h->kind != T_WORD || h->q >= 0) return r;
    if (qc_lex_pronoun(c->t + h->s, base_len(c->t + h->s, h->e - h->s)) && !qc_ieq(c->t + h->s, h->e - h->s, "his") &&
        !qc_ieq(c->t + h->s, h->e - h->s, "her") && !qc_ieq(c->t + h->s, h->e - h->s, "them") &&
        !qc_ieq(c->t + h->s, h->e - h->s, "him")) {
        r.a = j - 1; r.b = j; r.kind = SP_PRON;
        return r;
    }
    /* a relative pronoun after its antecedent: "Ann Cole, who said" */
    if ((word_is(c, h, "who") || word_is(c, h, "which")) && j - 1 > lo &&
        (punct_is(c, &tk[j - 2], ',') ||
         (tk[j - 2].cap && tk[j - 2].kind == T_WORD &&     /* "Rikkie Wells who", "the Police Department which" */
          (word_is(c, h, "who") || org_word(c->t + tk[j - 2].s, tk[j - 2].e - tk[j - 2].s))))) {
        np ante = subject_before(c, tk, lo, punct_is(c, &tk[j - 2], ',') ? j - 2 : j - 1);
        if (ante.kind == SP_NAME || ante.kind == SP_DESC) {
            r.a = j - 1; r.b = j; r.kind = SP_PRON;
        }
        return r;
    }
    if (qc_ieq(c->t + h->s, h->e - h->s, "i") || qc_ieq(c->t + h->s, h->e - h->s, "we")) {
        r.a = j - 1; r.b = j; r.kind = SP_PRON;
        return r;
    }
    /* a pronoun-like quantity: "another said", "Several said", "someone called" */
    static const char *const QUANT[] = {"another", "most", "many", "some", "several", "others", "one", "both",
                                        "someone", "somebody", "everyone", "everybody", "nobody", "few"};
    if (WORD_IN(c, h, QUANT) && (j - 1 == lo || !qc_lex_determiner(c->t + tk[j - 2].s, tk[j - 2].e - tk[j - 2].s))) {
        r.a = j - 1; r.b = j; r.kind = SP_DESC;
        return r;
    }
    if (h->cap) {
        if (qc_lex_not_name(c->t + h->s, h->e - h->s)) return r;
        size_t a = j - 1;
        while (a > lo) {
            const tok *m = &tk[a - 1];
            if (m->q >= 0 || m->kind != T_WORD || line_between(c, m, &tk[a]) || (possessive(c, m) && !name_poss(c, tk, a - 1, j))) break;
            if (m->cap && (!qc_lex_not_name(c->t + m->s, base_len(c->t + m->s, m->e - m->s)) ||
                           qc_lex_title(c->t + m->s, m->e - m->s))) { a--; continue; }     /* "Mr Pryce" */
            if (a - 1 > lo && ((name_connector(c, m) && tk[a - 2].cap) ||
                               (word_is(c, m, "of") && of_joins(c, &tk[a - 2])) ||
                               (word_is(c, m, "for") && body_word(c->t + tk[a - 2].s, tk[a - 2].e - tk[a - 2].s)))) { a -= 2; continue; }
            if (a - 1 > lo && word_is(c, m, "and") && tk[a - 2].cap) {     /* "Department of Water and Sanitation" */
                size_t x = a - 2;
                while (x > lo && tk[x - 1].q < 0 && tk[x - 1].kind == T_WORD && (tk[x - 1].cap || word_is(c, &tk[x - 1], "of") || word_is(c, &tk[x - 1], "for")))
                    x--;
                if (body_of(c, tk, x, a - 1)) { a -= 2; continue; }
            }
            if (a > lo + 2 && name_connector(c, m) && name_connector(c, &tk[a - 2]) && tk[a - 3].cap) { a -= 3; continue; }
            if (!m->cap && (qc_lex_title(c->t + m->s, m->e - m->s) || qc_lex_role(c->t + m->s, m->e - m->s))) { a--; continue; }
            break;
        }
        if (a > lo && qc_lex_determiner(c->t + tk[a - 1].s, tk[a - 1].e - tk[a - 1].s)) a--;
        /* "Inspector Ann Cole of Wyndshire Police said": the person, not where she works */
        if (a > lo + 1 && word_is(c, &tk[a - 1], "of") && name_tok(c, &tk[a - 2]) && !possessive(c, &tk[a - 2])) {
            np p = subject_before(c, tk, lo, a - 1);
            if (p.kind == SP_NAME && p.b - p.a >= 2) return p;
        }
        /* "a third of Republican claims", not "Speaker of the House Ann Cole" */
        if (a > lo + 1 && word_is(c, &tk[a - 1], "of") && !tk[a - 2].cap &&
            !qc_lex_title(c->t + tk[a - 2].s, tk[a - 2].e - tk[a - 2].s) &&
            !qc_lex_role(c->t + tk[a - 2].s, tk[a - 2].e - tk[a - 2].s))
            return r;
        r.a = a; r.b = j; r.kind = SP_NAME;
        return r;
    }
    bool of_num = j - 1 > lo && word_is(c, &tk[j - 2], "of");   /* "mother of three" */
    bool of_count = of_num && count_word(c, h);
    bool aged = qc_is_digit((unsigned char)c->t[h->s]) && memchr(c->t + h->s, '-', h->e - h->s);   /* "the 43-year-old" */
    if (!(is_lower_word(c, h) || aged) || (qc_lex_determiner(c->t + h->s, h->e - h->s) && !of_num) || stop_word_after(c, h))
        return r;
    /* description: walk back to a determiner or a possessive name */
    size_t a = j - 1;
    for (size_t steps = 0; a > lo && steps < 9; steps++) {
        const tok *m = &tk[a - 1];
        if (m->q >= 0 || m->kind != T_WORD) break;
        if (qc_lex_determiner(c->t + m->s, m->e - m->s) || possessive(c, m)) {
            a--;
            while (a > lo && possessive(c, &tk[a]) && tk[a - 1].kind == T_WORD && tk[a - 1].cap && tk[a - 1].q < 0) a--;
            /* a prepositional phrase before the verb: "he has in the past said" */
            static const char *const PREP[] = {"in", "on", "at", "during", "over", "after", "through", "across",
                                               "into", "outside", "inside", "around", "behind", "near", "to",
                                               "for", "from", "with", "of", "about", "against", "among"};
            if (a > lo + 1 && WORD_IN(c, &tk[a - 1], PREP)) {
                np in = subject_before(c, tk, lo, a - 1);
                /* "a spokesperson for the trust said": who it speaks for belongs to it */
                static const char *const FOR[] = {"spokesperson", "spokesman", "spokeswoman", "representative",
                                                  "lawyer", "attorney", "spokespeople"};
                if (in.kind == SP_DESC && in.b == a - 1 && word_is(c, &tk[a - 1], "for") && WORD_IN(c, &tk[in.b - 1], FOR))
                    in.b = j;
                return in;
            }
            r.a = a; r.b = j; r.kind = SP_DESC;
            return r;
        }
        if (word_is(c, m, "of") && (steps > 0 || of_count || !qc_lex_determiner(c->t + h->s, h->e - h->s)) && steps < 5) { a--; continue; }   /* "the secretary of state", "mother of three" */
        if (stop_word_after(c, m) || qc_lex_speech_verb(c->t + m->s, m->e - m->s)) break;
        a--;
    }
    /* bare plural or role noun: "officials said", "aides said" */
    size_t n = h->e - h->s;
    if ((n > 3 && c->t[h->e - 1] == 's' && c->t[h->e - 2] != 's') || qc_lex_role(c->t + h->s, n)) {
        r.a = j - 1; r.b = j; r.kind = SP_DESC;
    }
    return r;
}

/* The noun phrase that starts at token v + 1 ("said Sen. Amy Klobuchar"). */
static np subject_after(const ctx *c, const tok *tk, size_t v, size_t hi)
{
    np r = {0, 0, SP_NONE};
    size_t a = v + 1;
    while (a < hi && time_word(c, &tk[a]) && !tk[a].cap) a++;
    while (a < hi && tk[a].cap && time_word(c, &tk[a])) a++;   /* "said Monday" */
    if (a >= hi || tk[a].kind != T_WORD || tk[a].q >= 0) return r;
    const tok *k = &tk[a];
    int pr = qc_lex_pronoun(c->t + k->s, k->e - k->s);
    if ((pr == 1 || pr == 2) && !qc_ieq(c->t + k->s, k->e - k->s, "his") && !qc_ieq(c->t + k->s, k->e - k->s, "her") &&
        !qc_ieq(c->t + k->s, k->e - k->s, "him")) {
        r.a = a; r.b = a + 1; r.kind = SP_PRON;
        return r;
    }
    size_t t0 = a;
    while (t0 < hi && t0 < a + 5 && tk[t0].kind == T_WORD && !tk[t0].cap && tk[t0].q < 0 &&
           (qc_lex_title(c->t + tk[t0].s, tk[t0].e - tk[t0].s) || qc_lex_role(c->t + tk[t0].s, tk[t0].e - tk[t0].s) ||
            word_is(c, &tk[t0], "of")))
        t0++;
    if (t0 > a && t0 < hi && tk[t0].cap && tk[t0].q < 0) k = &tk[t0];
    else t0 = a;
    if (k->cap && (!qc_lex_not_name(c->t + k->s, k->e - k->s) || qc_lex_title(c->t + k->s, k->e - k->s))) {   /* "said Mr Cole" */
        size_t b = t0 + 1;
        while (b < hi && tk[b].q < 0) {
            if (possessive(c, &tk[b - 1]) || line_between(c, &tk[b - 1], &tk[b])) break;
            if (name_tok(c, &tk[b]) || (tk[b].kind == T_WORD && tk[b].cap)) { b++; continue; }
            size_t link = name_link(c, tk, t0, b, hi);
            if (link) { b += link + 1; continue; }
            break;
        }
        if (possessive(c, &tk[b - 1]) && b < hi && name_tok(c, &tk[b])) {
            /* "said Fox News' Ann Cole": the name after the possessive */
            size_t e = b;
            while (e < hi && e < b + 5 && (name_tok(c, &tk[e]) || qc_lex_title(c->t + tk[e].s, tk[e].e - tk[e].s)) &&
                   !possessive(c, &tk[e]))
                e++;
            r.kind = SP_NAME;
            b = e;
        } else if (possessive(c, &tk[b - 1])) {    /* "said Trump's spokesman" */
            while (b < hi && b < a + 6 && is_lower_word(c, &tk[b]) && !stop_word_after(c, &tk[b])) b++;
            r.kind = SP_DESC;
        } else {
            r.kind = SP_NAME;
        }
        r.a = a; r.b = b;
        return r;
    }
    if (qc_ieq(c->t + k->s, k->e - k->s, "the") || qc_lex_determiner(c->t + k->s, k->e - k->s)) {
        size_t b = a + 1;
        while (b < hi && b < a + 8 && tk[b].kind == T_WORD && tk[b].q < 0 && !stop_word_after(c, &tk[b]) &&
               !qc_lex_speech_verb(c->t + tk[b].s, tk[b].e - tk[b].s))
            b++;
        if (b == a + 1) {
            /* "tweeted another", "wrote one" */
            if ((word_is(c, k, "another") || word_is(c, k, "one")) && (b >= hi || tk[b].kind == T_PUNCT)) {
                r.a = a; r.b = b; r.kind = SP_DESC;
            }
            /* "said one of the advisers" */
            if (!word_is(c, k, "the") && b + 1 < hi && word_is(c, &tk[b], "of")) {
                size_t e = b + 1;
                while (e < hi && e < b + 6 && tk[e].kind == T_WORD && tk[e].q < 0 && !stop_word_after(c, &tk[e])) e++;
                if (e > b + 1) { r.a = a; r.b = e; r.kind = SP_DESC; }
            }
            return r;
        }
        /* "the Kremlin": a capitalised head is a name */
        r.a = a; r.b = b;
        r.kind = tk[b - 1].cap ? SP_NAME : SP_DESC;
        return r;
    }
    return r;
}

static bool verbish(const ctx *c, const tok *k);

/* The first phrase of tokens [lo, hi) outside quotes that can name a
 * source: a personal pronoun, a name or a determiner + noun description. */
static np first_np(const ctx *c, const tok *tk, size_t lo, size_t hi)
{
    np r = {0, 0, SP_NONE};
    for (size_t i = lo; i < hi; i++) {
        const tok *k = &tk[i];
        if (k->q >= 0 || k->kind != T_WORD) continue;
        size_t n = k->e - k->s;
        if (qc_lex_pronoun(c->t + k->s, base_len(c->t + k->s, n)) || qc_ieq(c->t + k->s, n, "i") ||
            qc_ieq(c->t + k->s, n, "we")) {
            if (qc_ieq(c->t + k->s, n, "him") || qc_ieq(c->t + k->s, n, "them")) continue;
            /* the "it" of "it's true that", "it was Ann who" is nobody */
            if (qc_ieq(c->t + k->s, base_len(c->t + k->s, n), "it") &&
                (base_len(c->t + k->s, n) != n || word_is(c, &tk[i + 1], "is") || word_is(c, &tk[i + 1], "was")))
                continue;
            r.a = i; r.b = i + 1; r.kind = SP_PRON;
            return r;
        }
        if (qc_lex_determiner(c->t + k->s, n)) {
            /* "the harbour master (Nils Berg)", "the officials" */
            size_t j = i + 1;
            while (j < hi && j < i + 7 && is_lower_word(c, &tk[j]) && tk[j].q < 0 && !stop_word_after(c, &tk[j]) &&
                   !qc_lex_speech_verb(c->t + tk[j].s, tk[j].e - tk[j].s) &&
                   !(j > i + 1 && verbish(c, &tk[j])))
                j++;
            size_t b = j;
            while (b < hi && name_tok(c, &tk[b]) && !possessive(c, &tk[b - 1])) b++;
            if (b > j) { r.a = i; r.b = b; r.kind = SP_NAME; return r; }
            if (j > i + 1) { r.a = i; r.b = j; r.kind = SP_DESC; return r; }
            continue;
        }
        if (!name_tok(c, k)) continue;
        /* not a headline in capitals, nor an unknown word opening the
         * sentence ("Hastily", "Frustrations", a dateline) */
        bool opens = i == 0 || tk[i - 1].send || tk[i - 1].kind == T_PUNCT;
        size_t kn = base_len(c->t + k->s, n);
        if (all_caps(c, k) && all_caps(c, &tk[i + 1])) continue;
        bool lying = kn > 4 && (memcmp(c->t + k->s + kn - 2, "ly", 2) == 0 || memcmp(c->t + k->s + kn - 3, "ing", 3) == 0);
        bool dateline = all_caps(c, k) && punct_is(c, &tk[i + 1], ',');
        if (opens && (lying || dateline) && !name_tok(c, &tk[i + 1]) && find_person(c, c->t + k->s, kn, NULL, 0, 0, NULL) < 0)
            continue;
        r = subject_after(c, tk, i - 1, hi);     /* i - 1 wraps for i == 0: a = i */
        if (r.kind != SP_NONE && r.a == i) return r;
        r.kind = SP_NONE;
    }
    return r;
}

/* Can a description headed by token h speak or publish words: a role ("the
 * senator"), an organisation, a group of people or a text ("the report")? */
static bool source_head(const ctx *c, const tok *h)
{
    static const char *const SOURCES[] = {
        "account", "ad", "ads", "article", "audience", "blog", "book", "caption", "chant", "column",
        "complaint", "critics", "crowd", "delegates", "demonstrators", "document", "documents",
        "donors", "editorial", "email", "emails", "fans", "filing", "headline", "lawsuit", "letter",
        "members", "memo", "message", "narrator", "newspaper", "operative", "operatives", "page",
        "paper", "parents", "people", "petition", "photo", "piece", "platform", "poll", "polls",
        "post", "protesters", "publication", "rally", "release", "report", "residents",
        "resolution", "results", "sign", "site", "source", "sources", "speech", "statement",
        "story", "students", "study", "supporters", "survey", "text", "transcript", "tweet",
        "video", "voters", "website", "workers",
    };
    size_t n = base_len(c->t + h->s, h->e - h->s);
    if (qc_lex_role(c->t + h->s, n) || org_word(c->t + h->s, n) || QC_IEQ_ANY(c->t + h->s, n, SOURCES)) return true;
    /* plural roles: "officials", "lawmakers" */
    return n > 3 && c->t[h->s + n - 1] == 's' && qc_lex_role(c->t + h->s, n - 1);
}

/* Is the description r headed by such a word? ("the results also") */
static bool desc_can_speak(const ctx *c, const tok *tk, np r)
{
    if (r.b == r.a + 1) return true;    /* "Another said", "Several" */
    size_t h = r.b - 1;
    while (h > r.a + 1 && !source_head(c, &tk[h]) && qc_lex_adverb(c->t + tk[h].s, tk[h].e - tk[h].s)) h--;
    return source_head(c, &tk[h]);
}

/* The first token after a dateline opening a paragraph ("PARIS -",
 * "DUBLIN, May 3 (AP) -", "PARIS (Reuters) —"), 0 if there is none. */
static size_t dateline_end(const ctx *c, const tok *tk, size_t hi)
{
    size_t j = 0;
    while (j < hi && j < 4 && all_caps(c, &tk[j])) j++;
    if (j == 0) {       /* "Washington (AFP) -": a place in title case before a news agency */
        static const char *const AGENCY[] = {"ap", "afp", "upi", "aap", "pa", "efe", "ansa", "dpa", "reuters", "xinhua",
                                             "tass", "ria", "pti", "ians", "yonhap", "kyodo", "bernama", "anadolu", "cp"};
        size_t k = 0;
        while (k < hi && k < 3 && tk[k].kind == T_WORD && tk[k].cap) k++;
        if (k > 0 && k + 3 < hi && punct_is(c, &tk[k], '(') && WORD_IN(c, &tk[k + 1], AGENCY) && punct_is(c, &tk[k + 2], ')'))
            j = k;
    }
    if (j == 0 || j + 1 >= hi || tk[j].kind != T_PUNCT || punct_is(c, &tk[j], '.') || punct_is(c, &tk[j], ':'))
        return 0;
    for (size_t k = j; k < hi && k < j + 10; k++) {
        if (tk[k].kind != T_PUNCT || punct_is(c, &tk[k], ',') || punct_is(c, &tk[k], '(') || k + 1 >= hi) continue;
        size_t a = k;
        bool paren = punct_is(c, &tk[a], ')');
        if (paren) a++;                                           /* "(AP) —", "(AP):" */
        if (a >= hi || tk[a].kind != T_PUNCT) return 0;
        const unsigned char *d = (const unsigned char *)c->t + tk[a].s;
        bool dash = d[0] == '-' || (d[0] == 0xE2 && d[1] == 0x80 && (d[2] == 0x93 || d[2] == 0x94));
        if (!dash && !(paren && punct_is(c, &tk[a], ':'))) return 0;
        while (a + 1 < hi && tk[a].kind == T_PUNCT) a++;        /* and a mark after it */
        return a;
    }
    return 0;
}

/* The first phrase of [lo, hi) that can be a source with no cue to say so:
 * a name, a pronoun or a description that can speak, not "the timing". */
static np source_np(const ctx *c, const tok *tk, size_t lo, size_t hi)
{
    if (lo == 0) lo = dateline_end(c, tk, hi);
    for (size_t i = lo; i < hi;) {
        np r = first_np(c, tk, i, hi);
        if (r.kind != SP_DESC || desc_can_speak(c, tk, r)) return r;
        i = r.b;
    }
    np none = {0, 0, SP_NONE};
    return none;
}

/* The source after "according to" (token `to` at v): "union leader Sam Okafor". */
static np according_np(const ctx *c, const tok *tk, size_t v, size_t hi)
{
    np r = subject_after(c, tk, v, hi);
    if (r.kind != SP_NONE) return r;
    size_t a = v + 1;
    while (a < hi && a < v + 5 && tk[a].q < 0 && !tk[a].cap &&
           ((tk[a].kind == T_WORD && !stop_word_after(c, &tk[a]) &&
             !qc_lex_speech_verb(c->t + tk[a].s, tk[a].e - tk[a].s)) ||
            punct_is(c, &tk[a], '/') || punct_is(c, &tk[a], '-')))
        a++;
    if (a == v + 1 || a >= hi || !tk[a].cap || tk[a].q >= 0) return r;
    r = subject_after(c, tk, a - 1, hi);
    if (r.kind != SP_NONE) r.a = v + 1;
    return r;
}

/* The noun phrase at the start of a clause (for "..., saying"). */
static bool verbish(const ctx *c, const tok *k)
{
    static const char *const AUX[] = {"has", "had", "is", "was", "will", "would", "says", "said", "can", "could"};
    if (!is_lower_word(c, k)) return false;
    size_t n = k->e - k->s;
    if (n > 3 && (memcmp(c->t + k->e - 2, "ed", 2) == 0 || c->t[k->e - 1] == 's')) return true;
    if (WORD_IN(c, k, AUX)) return true;
    return false;
}

/* A name opening a clause and set off by a long apposition before its verb:
 * "Ann Cole, head of the Lake County water board since 2019, welcomed". */
static np appos_subject(const ctx *c, const tok *tk, size_t a, size_t hi)
{
    np r = {0, 0, SP_NONE};
    bool det = a < hi && qc_lex_determiner(c->t + tk[a].s, tk[a].e - tk[a].s);
    size_t b = a + det;
    /* the name with its titles and roles: "Former US secretary of state Ann Cole" */
    while (b < hi && b < a + 10 && tk[b].q < 0 && tk[b].kind == T_WORD &&
           (name_tok(c, &tk[b]) || qc_lex_title(c->t + tk[b].s, tk[b].e - tk[b].s) ||
            qc_lex_role(c->t + tk[b].s, tk[b].e - tk[b].s) || (b > a + det && word_is(c, &tk[b], "of"))))
        b++;
    /* "The GOP presidential candidate sent": a description ending in its role */
    if (b > a + det + 1 && b < hi && !tk[b - 1].cap && qc_lex_role(c->t + tk[b - 1].s, tk[b - 1].e - tk[b - 1].s) &&
        is_lower_word(c, &tk[b]) && tk[b].q < 0 && !stop_word_after(c, &tk[b])) {
        r.a = a; r.b = b; r.kind = SP_DESC;
        return r;
    }
    if (det) return r;
    while (b > a && !name_tok(c, &tk[b - 1])) b--;
    if (b == a || b + 1 >= hi || possessive(c, &tk[b - 1])) return r;
    size_t name_end = b;
    /* "Sen. Ann Cole of Oklahoma": the person, not her state (but "Ministry of Finance") */
    for (size_t i = a + 1; i + 1 < name_end; i++) {
        const tok *w = &tk[i - 1];
        if (word_is(c, &tk[i], "of") && name_tok(c, w) && !qc_lex_title(c->t + w->s, w->e - w->s) &&
            !org_word(c->t + w->s, w->e - w->s) && !qc_lex_role(c->t + w->s, w->e - w->s)) {
            name_end = i;
            break;
        }
    }
    bool lower_inside = false;
    for (size_t i = a; i < b; i++) lower_inside |= !tk[i].cap;
    if (lower_inside) {
        /* followed by its verb: "Democratic presidential candidate Ann Cole is" */
        size_t v = b;
        while (v < hi && v < b + 3 && qc_lex_adverb(c->t + tk[v].s, tk[v].e - tk[v].s)) v++;
        if (v < hi && tk[v].q < 0 && !tk[v].cap && (verbish(c, &tk[v]) || tok_speech_verb(c, &tk[v]))) {
            r.a = a; r.b = b; r.kind = SP_NAME;
            return r;
        }
    }
    if (b + 2 >= hi) return r;
    if (punct_is(c, &tk[b], '(')) {     /* "Sen. Ann Cole (D-Ohio)," */
        size_t k = b + 1;
        while (k < hi && k < b + 8 && !punct_is(c, &tk[k], ')')) k++;
        if (k >= hi || !punct_is(c, &tk[k], ')')) return r;
        b = k + 1;
    }
    if (b + 2 >= hi || !punct_is(c, &tk[b], ',')) return r;
    for (size_t k = b + 2; k + 1 < hi && k < b + 45; k++) {
        if (tk[k].send) break;
        if (!punct_is(c, &tk[k], ',') || tk[k].q >= 0) continue;
        size_t v = k + 1;
        while (v < hi && v < k + 3 && qc_lex_adverb(c->t + tk[v].s, tk[v].e - tk[v].s)) v++;
        if (v < hi && tk[v].q < 0 && (verbish(c, &tk[v]) || tok_speech_verb(c, &tk[v]))) {
            r.a = a; r.b = name_end; r.kind = SP_NAME;
            return r;
        }
    }
    return r;
}

static np clause_subject_at(const ctx *c, const tok *tk, size_t a, size_t hi)
{
    np r = appos_subject(c, tk, a, hi);
    if (r.kind != SP_NONE) return r;
    for (size_t v = a + 1; v < hi && v < a + 12; v++) {
        const tok *k = &tk[v];
        if (k->q >= 0 || k->send) break;
        if (k->kind != T_WORD || k->cap || qc_lex_adverb(c->t + k->s, k->e - k->s)) continue;
        if (tk[v - 1].cap && name_link(c, tk, a, v, hi)) continue;     /* "Ministry of Foreign Affairs" */
        /* "Chief executive Ann Cole went": a title inside the name */
        if (tk[v - 1].cap && v + 1 < hi && name_tok(c, &tk[v + 1]) &&
            (qc_lex_title(c->t + k->s, k->e - k->s) || qc_lex_role(c->t + k->s, k->e - k->s)))
            continue;
        np s = subject_before(c, tk, a, v);
        bool verb = verbish(c, k) || tok_speech_verb(c, k);
        if (s.kind == SP_NAME && s.b == s.a + 1 && !verb &&
            find_entity(c, c->t + tk[s.a].s, base_len(c->t + tk[s.a].s, tk[s.a].e - tk[s.a].s), false) < 0)
            return r;
        if (s.kind != SP_NONE && s.a == a && (verb || s.kind != SP_DESC)) return s;
        if (s.kind != SP_NONE && s.a == a + 1 && word_is(c, &tk[a], "but")) return s;
        /* still inside a description ("the former secretary of state") */
        if (word_is(c, &tk[a], "the") || qc_lex_determiner(c->t + tk[a].s, tk[a].e - tk[a].s)) {
            if (verb) break;
            continue;
        }
        break;
    }
    return r;
}

static np clause_subject(const ctx *c, const tok *tk, size_t lo, size_t hi)
{
    np r = {0, 0, SP_NONE};
    size_t a = lo;
    while (a < hi && tk[a].kind != T_WORD) a++;
    if (a >= hi) return r;
    if (a == 0) a = dateline_end(c, tk, hi);
    /* a sentence adverb before the subject: "Then he is quiet", "Finally she laughs" */
    static const char *const OPENS[] = {"then", "later", "now", "still", "again", "afterwards", "afterward",
                                        "soon", "instead", "meanwhile", "finally", "eventually", "suddenly",
                                        "slowly", "quickly", "briefly", "clearly", "privately", "publicly",
                                        "separately", "similarly", "ultimately", "initially", "recently"};
    if (a + 1 < hi && tk[a].cap && tk[a + 1].kind == T_WORD && WORD_IN(c, &tk[a], OPENS)) a++;
    r = clause_subject_at(c, tk, a, hi);
    /* after a fronted phrase: "Following the meeting, the council issued";
     * past a description set off as an apposition to a name: "Preceded by
     * Joe Arpaio, the Arizona sheriff, Trump launched" */
    bool appos = false;     /* r opens with "the"/"a" right after a name and its comma */
    for (size_t k = a, commas = 0; (r.kind == SP_NONE || appos) && k + 1 < hi && commas < 3; k++) {
        /* (a comma closing a quote counts: On "Face the Nation," Ann Cole ...) */
        if (!punct_is(c, &tk[k], ',') || (tk[k].q >= 0 && tk[k + 1].q == tk[k].q)) continue;
        commas++;
        if (tk[k + 1].kind != T_WORD) continue;
        np n = clause_subject_at(c, tk, k + 1, hi);
        if (r.kind == SP_NONE) {
            r = n;
            appos = n.kind != SP_NONE && qc_lex_determiner(c->t + tk[n.a].s, tk[n.a].e - tk[n.a].s) && k > a &&
                    name_tok(c, &tk[k - 1]);
        } else if (n.kind == SP_NAME && !qc_lex_determiner(c->t + tk[n.a].s, tk[n.a].e - tk[n.a].s) &&
                   verb_next(c, &tk[n.b])) {     /* (not a list: "met Emmanuel Macron, Olaf Scholz and ...") */
            r = n;
            appos = false;
        }
    }
    return r;
}

/* Sentence bounds (in tokens) around token i, outside quotes. */
static size_t sent_lo(const tok *tk, size_t i)
{
    while (i > 0 && !tk[i - 1].send) i--;
    return i;
}

static size_t sent_hi(const tok *tk, size_t n, size_t i)
{
    while (i < n && !tk[i].send) i++;
    return i;
}

/* q takes src's speaker mention and its cue. */
static void take_mention(wquote *q, const wquote *src)
{
    q->sp_s = src->sp_s;
    q->sp_e = src->sp_e;
    q->cue_s = src->cue_s;
    q->cue_e = src->cue_e;
    q->cue_lit = src->cue_lit;
}

/* q takes src's speaker: its mention, its cue and (once resolved) its name. */
static void take_speaker(wquote *q, const wquote *src, int how)
{
    take_mention(q, src);
    q->ent = src->ent;
    q->name = src->name;
    q->how = how;
}

static void set_speaker(wquote *q, const tok *tk, np s, size_t cue, int how)
{
    q->sp_s = tk[s.a].s;
    q->sp_e = tk[s.b - 1].e;
    q->cue_s = tk[cue].s;
    q->cue_e = tk[cue].e;
    q->cue_lit = NULL;
    q->how = how;
}

/* After a finished quote, "Ann Cole said he would ..." reports something
 * new rather than attributing the quote. */
static bool reports_new(const ctx *c, const tok *tk, size_t v, size_t hi)
{
    static const char *const NEW[] = {"he", "she", "they", "it", "we", "i", "the", "a", "that", "his", "her",
                                      "their", "this", "there"};
    if (word_is(c, &tk[v], "told") || word_is(c, &tk[v], "asked")) return false;
    size_t x = v + 1;
    while (x < hi && qc_lex_adverb(c->t + tk[x].s, tk[x].e - tk[x].s)) x++;
    return x < hi && WORD_IN(c, &tk[x], NEW);
}

/* Does q open a paragraph of the article (not a piece cut from a
 * flattened one), the subject found after it (kind) a name? Then that name
 * is its speaker even when its clause reports more: ""Q." Gerald
 * Whitcombe, a retired firefighter, said the crew ..." */
static bool opens_para(const ctx *c, const wquote *q, int kind)
{
    return q->tq0 == 0 && kind == SP_NAME && !c->cut;
}

/* Attribution after the quote: `"Q," X said` / `"Q," said X` / `, according to X`. */
static bool attrib_clause(const ctx *c, const tok *tk, size_t lo, size_t hi, bool ended, wquote *q, int how)
{
    size_t a = lo;
    while (a < hi && tk[a].kind == T_PUNCT && !punct_is(c, &tk[a], '(')) a++;
    if (a >= hi) return false;
    if (a + 2 < hi && word_is(c, &tk[a], "according") && word_is(c, &tk[a + 1], "to")) {
        np s = according_np(c, tk, a + 1, hi);
        if (s.kind == SP_NONE) return false;
        set_speaker(q, tk, s, a, how);
        q->cue_lit = "according to";
        return true;
    }
    /* "Q," Name, a long apposition (with commas), said */
    size_t b = a;
    while (b < hi && tk[b].kind == T_WORD && (tk[b].cap || qc_lex_title(c->t + tk[b].s, tk[b].e - tk[b].s))) b++;
    int kind = b > a && b < hi && name_tok(c, &tk[b - 1]) ? SP_NAME : SP_NONE;
    if (kind == SP_NONE && (word_is(c, &tk[a], "a") || word_is(c, &tk[a], "an") || word_is(c, &tk[a], "the"))) {
        /* "Q," an official, who asked not to be named, said */
        b = a + 1;
        while (b < hi && b < a + 6 && is_lower_word(c, &tk[b]) && !stop_word_after(c, &tk[b]) && !verb_at(c, tk, b)) b++;
        if (b > a + 1) kind = SP_DESC;
    }
    if (kind != SP_NONE && b < hi && (punct_is(c, &tk[b], ',') || punct_is(c, &tk[b], '('))) {
        for (size_t v = b + 1; v < hi && v < b + 40; v++) {
            if (!verb_at(c, tk, v)) continue;
            /* a verb inside the apposition ("who asked not to be named") */
            if (!punct_is(c, &tk[v - 1], ',') && !punct_is(c, &tk[v - 1], ')')) continue;
            if (how == 1 && ended && reports_new(c, tk, v, hi) && !opens_para(c, q, kind)) return false;
            np s = {a, b, kind};
            if (kind == SP_DESC && punct_is(c, &tk[b], ',')) {    /* "the union's director, Rosa Delgado, said" */
                np nm = subject_after(c, tk, b, hi);
                if (nm.kind == SP_NAME && nm.a == b + 1 && nm.b < hi && punct_is(c, &tk[nm.b], ',')) s = nm;
            }
            set_speaker(q, tk, s, v, how);
            return true;
        }
    }
    for (size_t v = a; v < hi && v < a + (ended ? 7 : 14); v++) {
        if (!verb_at(c, tk, v)) continue;
        size_t w = a;
        while (w < v && qc_lex_adverb(c->t + tk[w].s, tk[w].e - tk[w].s)) w++;
        if (w == v) {
            /* "Q," said X; but in "Q," told X, X is the listener, and in
             * ""Q," described the impact as" the impact is what is named */
            static const char *const OBJECT[] = {"told", "tells", "described", "describes", "called", "calls",
                                                 "termed", "dubbed", "labeled", "labelled", "branded", "named"};
            if (WORD_IN(c, &tk[v], OBJECT)) return false;
            if (inflected(c, &tk[v], "ing")) return false;     /* "Q," noting X: X is no speaker */
            /* (nor after a quote named "as" something: "summed up Cole as "Q," denounced her record") */
            static const char *const SAID[] = {"said", "says", "added", "adds"};
            if (q->tq0 > 0 && word_is(c, &tk[q->tq0 - 1], "as") && !WORD_IN(c, &tk[v], SAID)) return false;
            np s = according_np(c, tk, v, hi);
            if (s.kind == SP_NONE) return false;
            if (s.kind == SP_DESC && s.b + 1 < hi && punct_is(c, &tk[s.b], ',')) {   /* "said the engineer, Jo Ruiz," */
                np nm = subject_after(c, tk, s.b, hi);
                if (nm.kind == SP_NAME && nm.a == s.b + 1 && (nm.b >= hi || punct_is(c, &tk[nm.b], ','))) s = nm;
            }
            set_speaker(q, tk, s, v, how);
            return true;
        }
        np s = subject_before(c, tk, a, v);
        if (v > a && (punct_is(c, &tk[v - 1], ',') || punct_is(c, &tk[v - 1], ')'))) {
            /* "Q," Name, a long apposition, said */
            size_t e = a;
            while (e < v && tk[e].kind == T_WORD && (tk[e].cap || qc_lex_title(c->t + tk[e].s, tk[e].e - tk[e].s) ||
                                                    qc_lex_role(c->t + tk[e].s, tk[e].e - tk[e].s)))
                e++;
            if (e > a && e < v && name_tok(c, &tk[e - 1]) && (punct_is(c, &tk[e], ',') || punct_is(c, &tk[e], '('))) {
                s.a = a; s.b = e; s.kind = SP_NAME;
            }
        }
        if (s.kind == SP_NONE || s.a > a + 6) return false;
        static const char *const CONJ[] = {"but", "and", "while", "although", "though", "because", "after",
                                           "before", "when", "whereas", "without", "until", "unless", "since", "so",
                                           "which"};
        if (how == 1 && ended && reports_new(c, tk, v, hi) && !opens_para(c, q, s.kind)) return false;
        for (size_t w2 = a; w2 < s.a; w2++) {
            if (punct_is(c, &tk[w2], ',') && w2 + 1 == s.a) continue;   /* "his wife, Ann Cole, said" */
            if (tk[w2].kind != T_WORD || verb_at(c, tk, w2)) return false;
            for (size_t cj = 0; cj < sizeof CONJ / sizeof *CONJ; cj++)   /* "Q," but Ann said: a new clause */
                if (word_is(c, &tk[w2], CONJ[cj]) && (w2 == a || cj > 1)) return false;   /* not "Ann and Ben said" */
        }
        set_speaker(q, tk, s, v, how);
        return true;
    }
    return false;
}

/* Attribution after the quote: `"Q," X said` / `"Q," said X` / `, according to X`. */
static bool attrib_after(const ctx *c, const ptoks *p, wquote *q)
{
    const tok *tk = p->t;
    size_t lo = q->tq1, hi = lo;
    while (hi < p->n && tk[hi].q < 0 && !tk[hi].send) hi++;
    bool ended = quote_ends_sentence(c->t, q->start, q->end) && lo < hi && tk[lo].cap;
    if (attrib_clause(c, tk, lo, hi, ended, q, 1)) return true;
    /* a dash and a name ending the paragraph or sentence: "Q" - Ann Cole */
    if (lo + 1 < p->n && tk[lo].kind == T_PUNCT && tk[lo + 1].cap && tk[lo + 1].q < 0) {
        if (!dash_tok(c, &tk[lo])) return false;
        np s = subject_after(c, tk, lo, hi);
        if (s.kind != SP_NAME || (s.b < hi && !punct_is(c, &tk[s.b], ','))) return false;
        set_speaker(q, tk, s, lo, 1);
        return true;
    }
    return false;
}

/* The agent after a quote of a passive reporting verb: `called "Q" by Ann
 * Cole`, `"Q" - as described by Ann Cole`. */
static bool attrib_by(const ctx *c, const ptoks *p, wquote *q)
{
    const tok *tk = p->t;
    size_t a = q->tq1;
    while (a < p->n && tk[a].kind == T_PUNCT && tk[a].q < 0 && !tk[a].send) a++;
    if (a + 2 >= p->n || tk[a].q >= 0) return false;
    size_t cue = QC_NONE;
    if (word_is(c, &tk[a], "as") && tok_speech_verb(c, &tk[a + 1]) && word_is(c, &tk[a + 2], "by")) {
        cue = a + 1;
        a += 2;
    } else if (word_is(c, &tk[a], "by")) {
        for (size_t i = q->tq0; i-- > 0 && i + 4 > q->tq0;) {   /* "called (a) "Q" by", "labeled as a "Q" by" */
            if (tk[i].q >= 0 || tk[i].send) break;
            if (tok_speech_verb(c, &tk[i]) && inflected(c, &tk[i], "ed")) { cue = i; break; }
            /* only articles and "as" between: not "reported in a "Q" by" */
            if (!word_is(c, &tk[i], "a") && !word_is(c, &tk[i], "an") && !word_is(c, &tk[i], "the") &&
                !word_is(c, &tk[i], "as"))
                break;
        }
    }
    if (cue == QC_NONE) return false;
    size_t hi = a;
    while (hi < p->n && tk[hi].q < 0 && !tk[hi].send) hi++;
    np s = according_np(c, tk, a, hi);
    if (s.kind != SP_NAME && s.kind != SP_DESC) return false;
    set_speaker(q, tk, s, cue, 1);
    return true;
}

/* Attribution by the last clause of the quote's sentence: `..., he said.` */
static bool attrib_tail(const ctx *c, const ptoks *p, wquote *q)
{
    const tok *tk = p->t;
    if (q->tq1 > q->tq0 && tk[q->tq1 - 1].send) return false;   /* the quote ends its sentence */
    size_t hi = sent_hi(tk, p->n, q->tq1), k = hi;
    /* the clauses after the last commas, latest first: ", said Ann Cole,
     * a historian at Delmont, on Monday." */
    for (int tries = 0; tries < 4; tries++) {
        /* (a later quote of the sentence is part of its clause) */
        while (k > q->tq1 && !(punct_is(c, &tk[k - 1], ',') && tk[k - 1].q < 0)) k--;
        if (k <= q->tq1) return false;
        if (attrib_clause(c, tk, k, hi, true, q, 2)) return true;
        k--;
    }
    return false;
}

/* A finite verb form that can head "..., X said, adding": a past or third
 * person form (said, added, told, wrote, says), not a base form that may
 * be a noun ("a fourth term") nor a participle in -ing. */
static bool finite_form(const ctx *c, const tok *k)
{
    const char *w = c->t + k->s;
    size_t n = k->e - k->s;
    if (inflected(c, k, "ing")) return false;
    if (n > 2 && (w[n - 1] == 'd' || w[n - 1] == 's')) return true;
    return qc_ieq(w, n, "wrote") || qc_ieq(w, n, "spoke") || qc_ieq(w, n, "swore") || qc_ieq(w, n, "put");
}

/* A finite form of a verb that reports what is said around it (say, tell,
 * write, argue, ...): the first one of a sentence owns the words after it. */
static bool core_report(const ctx *c, const tok *k)
{
    static const char *const CORE[] = {
        "said", "says", "told", "tells", "wrote", "writes", "added", "adds", "argued", "argues",
        "claimed", "claims", "insisted", "insists", "noted", "notes", "explained", "explains",
        "contended", "contends", "maintained", "maintains", "asserted", "asserts", "testified",
        "testifies", "declared", "declares", "stressed", "stresses", "saying", "adding", "telling",
        "writing", "noting", "arguing", "insisting", "claiming", "stressing", "declaring", "explaining",
    };
    if (k->kind != T_WORD || k->q >= 0) return false;
    if (WORD_IN(c, k, CORE)) return true;
    return false;
}

/* A noun naming something said or written ("remark", "warning", "claim"),
 * singular or plural. */
static bool speech_noun(const ctx *c, const tok *k)
{
    static const char *const NOUN[] = {
        "accusation", "admission", "advice", "allegation", "announcement", "answer", "appeal",
        "argument", "assertion", "assessment", "call", "characterization", "claim", "column",
        "comment", "complaint", "contention", "criticism", "declaration", "demand", "description",
        "editorial", "email", "essay", "explanation", "forecast", "insistence", "interview",
        "letter", "memo", "message", "motto", "observation", "op-ed", "plea", "pledge", "post",
        "prediction", "promise", "question", "quip", "reaction", "rebuke", "remark", "reply",
        "request", "response", "retort", "riposte", "slogan", "speech", "statement", "suggestion",
        "testimony", "tweet", "verdict", "view", "vow", "warning", "word",
    };
    if (k->kind != T_WORD || k->q >= 0 || k->cap) return false;
    size_t n = k->e - k->s;
    if (n > 3 && c->t[k->e - 1] == 's') n--;
    if (QC_IEQ_ANY(c->t + k->s, n, NOUN)) return true;
    return false;
}

/* A possessor and a speech noun before the quote, with no verb between
 * them and it: `her remark that "Q"`, `Ann Cole's warning: "Q"`; with
 * `that` only the first (it then wins over a verb before the noun:
 * "Pence attacked Trump's claim that Obama "Q"" is Trump's). */
static bool attrib_noun(const ctx *c, const ptoks *p, wquote *q, size_t lo, size_t hi, bool that)
{
    const tok *tk = p->t;
    for (size_t v = hi; v-- > lo + 1;) {
        if (verb_at(c, tk, v) || tk[v].q >= 0) return false;
        if (!speech_noun(c, &tk[v])) continue;
        if (that && (v + 1 >= hi || !word_is(c, &tk[v + 1], "that"))) return false;
        /* (nor past it: "dismissed Hart's claim that it was rigged as "Q"") */
        if (that && (word_is(c, &tk[hi - 1], "as") || word_is(c, &tk[hi - 1], "for"))) return false;
        if (that) {     /* not past the clause: "Cole's claim that Ann would lose was "Q"" */
            int groups = 0;
            for (size_t k = v + 2; k < hi; k++) groups += aux_verb(c, &tk[k]) && !aux_verb(c, &tk[k - 1]);
            if (groups > 1) return false;
        }
        size_t j = v - 1;
        if (tk[j].kind == T_WORD && !tk[j].cap && j > lo && possessive(c, &tk[j - 1])) j--;   /* "his latest remark" */
        const tok *o = &tk[j];
        np s = {j, j + 1, SP_PRON};
        if (word_is(c, o, "his") || word_is(c, o, "her") || word_is(c, o, "their") || word_is(c, o, "its")) {
            if (that) return false;     /* "she said in her statement that": the verb's */
            set_speaker(q, tk, s, v, 2);
            return true;
        }
        if (!o->cap || !possessive(c, o)) return false;
        size_t a = j;
        while (a > lo && tk[a - 1].q < 0 && name_tok(c, &tk[a - 1])) a--;
        s.a = a; s.kind = SP_NAME;
        set_speaker(q, tk, s, v, 2);
        return true;
    }
    return false;
}

/* Attribution before the quote: `X said: "Q"`, `X told Y that "Q"`, `X: "Q"`. */
static bool attrib_before(const ctx *c, const ptoks *p, wquote *q, size_t lo, size_t hi)
{
    const tok *tk = p->t;
    if (hi <= lo) return false;
    /* names after a dash and before a colon, over any verb before the dash:
     * "Pollsters agree - Carl Bialik: "Q"", "- More from Blumenthal and Cohen: "Q"" */
    if (hi - 1 > lo && punct_is(c, &tk[hi - 1], ':')) {
        np s = subject_before(c, tk, lo, hi - 1);
        size_t x = s.a;
        if (s.kind == SP_NAME && x >= lo + 2 && word_is(c, &tk[x - 1], "and") && name_tok(c, &tk[x - 2]))
            for (x -= 2; x > lo && name_tok(c, &tk[x - 1]);) x--;
        size_t first = x;      /* (all the names: "Mark Blumenthal and Jon Cohen") */
        if (s.kind == SP_NAME && x > lo && word_is(c, &tk[x - 1], "from")) x -= x - 1 > lo && word_is(c, &tk[x - 2], "more") ? 2 : 1;
        /* (not objects listed after a dash: "wrote to two senators - Ann Cole and Ben Hart:") */
        static const char *const OBJ[] = {"to", "with", "from", "for", "between", "among", "including", "like", "two",
                                          "three", "four", "both", "several"};
        bool listed = false;
        for (size_t k = x > lo + 4 ? x - 4 : lo; k + 1 < x && !listed; k++) listed = WORD_IN(c, &tk[k], OBJ);
        if (s.kind == SP_NAME && x > lo && dash_tok(c, &tk[x - 1]) && !listed) {
            s.a = first;
            set_speaker(q, tk, s, hi - 1, 2);
            q->cue_lit = ":";
            return true;
        }
    }
    for (size_t k = lo; k + 2 < hi; k++)
        if (word_is(c, &tk[k], "according") && word_is(c, &tk[k + 1], "to")) {
            np s = according_np(c, tk, k + 1, hi);
            if (s.kind != SP_NONE) {
                set_speaker(q, tk, s, k, 2);
                q->cue_lit = "according to";
                return true;
            }
        }
    /* "by Ann Cole's own count", "by his account": a possessive source */
    for (size_t k = lo; k + 2 < hi; k++) {
        static const char *const COUNT[] = {"count", "account", "estimate", "reckoning", "telling", "recollection"};
        if (!word_is(c, &tk[k], "by")) continue;
        size_t n = k + 1;
        while (n < hi && n < k + 6 && tk[n].kind == T_WORD && tk[n].q < 0 && !WORD_IN(c, &tk[n], COUNT)) n++;
        if (n >= hi || n == k + 1 || !WORD_IN(c, &tk[n], COUNT)) continue;
        size_t e = n;
        if (word_is(c, &tk[e - 1], "own")) e--;
        const tok *o = &tk[e - 1];
        bool pron = e == k + 2 && (word_is(c, o, "his") || word_is(c, o, "her") || word_is(c, o, "their"));
        if (!pron && !(possessive(c, o) && o->cap)) continue;
        np s = {pron ? e - 1 : k + 1, e, pron ? SP_PRON : SP_NAME};
        set_speaker(q, tk, s, n, 2);
        q->sp_e = o->s + base_len(c->t + o->s, o->e - o->s);     /* the name without its "'s" */
        return true;
    }
    for (size_t v = hi; v-- > lo;) {
        if (!verb_at(c, tk, v)) continue;
        /* "the delays described by exporters were "Q"": a reduced passive
         * after its noun speaks for no one, unless it goes on "as "Q"" (then
         * its agent does) */
        np agent = {0, 0, SP_NONE};
        if (v > lo && v + 2 < hi && word_is(c, &tk[v + 1], "by") && inflected(c, &tk[v], "ed") &&
            is_lower_word(c, &tk[v - 1]) && !aux_word(c, &tk[v - 1])) {
            agent = subject_after(c, tk, v + 1, hi);
            if (!((agent.kind == SP_NAME || agent.kind == SP_DESC) && agent.b + 1 == hi && word_is(c, &tk[agent.b], "as")))
                continue;
        }
        size_t be = v;      /* (the auxiliary before any adverb: "is already claiming") */
        while (be > lo + 1 && qc_lex_adverb(c->t + tk[be - 1].s, tk[be - 1].e - tk[be - 1].s) && !aux_word(c, &tk[be - 1])) be--;
        bool part = inflected(c, &tk[v], "ing") &&
                    !(be > lo && (word_is(c, &tk[be - 1], "was") || word_is(c, &tk[be - 1], "is") ||
                                  word_is(c, &tk[be - 1], "were") || word_is(c, &tk[be - 1], "been") ||
                                  word_is(c, &tk[be - 1], "are")));
        np s = {0, 0, SP_NONE};
        /* a written thing says it: "held up a sign saying "Q"", "a headline
         * that said", "shirts that read" */
        if (v > lo + 1) {
            static const char *const TEXT[] = {"sign", "signs", "headline", "banner", "banners", "placard", "placards",
                                               "shirt", "shirts", "t-shirt", "t-shirts", "hat", "hats", "poster",
                                               "posters", "billboard", "sticker", "stickers", "caption", "button",
                                               "buttons", "slogan", "note", "card", "cards", "message"};
            size_t h = v - 1;
            if (word_is(c, &tk[h], "that") || word_is(c, &tk[h], "which")) h--;
            for (size_t w = 0; w < sizeof TEXT / sizeof *TEXT && h > lo; w++)
                if (word_is(c, &tk[h], TEXT[w]) && (part || h + 1 < v)) {
                    size_t a0 = h;
                    while (a0 > lo && a0 + 4 > h && tk[a0 - 1].q < 0 && tk[a0 - 1].kind == T_WORD &&
                           !qc_lex_determiner(c->t + tk[a0 - 1].s, tk[a0 - 1].e - tk[a0 - 1].s) &&
                           !tok_speech_verb(c, &tk[a0 - 1]) && !stop_word_after(c, &tk[a0 - 1]) &&
                           (!verbish(c, &tk[a0 - 1]) || memchr(c->t + tk[a0 - 1].s, '-', tk[a0 - 1].e - tk[a0 - 1].s)) &&
                           !inflected(c, &tk[a0 - 1], "ing"))
                        a0--;
                    if (a0 > lo && qc_lex_determiner(c->t + tk[a0 - 1].s, tk[a0 - 1].e - tk[a0 - 1].s)) a0--;
                    s.a = a0; s.b = h + 1; s.kind = SP_DESC;
                    /* "Drury posted a message congratulating him on "Q"": its author */
                    static const char *const AUTHORED[] = {"posted", "sent", "wrote", "issued", "released", "tweeted",
                                                           "published", "shared", "emailed", "texted", "added"};
                    if (a0 > lo + 1 && WORD_IN(c, &tk[a0 - 1], AUTHORED)) {
                        np au = subject_before(c, tk, lo, a0 - 1);
                        if (au.kind == SP_NAME || au.kind == SP_PRON) s = au;
                    }
                    break;
                }
        }
        /* "he would help if asked", "when pressed": the clause's own subject */
        static const char *const ELLIPSIS[] = {"if", "when", "unless", "once"};
        if (s.kind == SP_NONE && v > lo && WORD_IN(c, &tk[v - 1], ELLIPSIS) && inflected(c, &tk[v], "ed")) {
            s = clause_subject(c, tk, lo, v);
            if (s.kind == SP_NONE) continue;
        }
        if (s.kind == SP_NONE && part && v > lo && tk[v - 1].kind == T_WORD) {
            /* "with Ann Cole calling it "Q"": the name right before the participle */
            static const char *const OBJ[] = {"on", "at", "to", "in", "of", "for", "from", "by", "about", "into", "over"};
            static const char *const MEDIA[] = {"footage", "video", "videos", "clip", "clips", "recording",
                                                "audio", "tape", "film", "images"};
            size_t n0 = v;
            while (n0 > lo && name_tok(c, &tk[n0 - 1])) n0--;
            /* "footage of Ann Cole saying": a recording of her speaking */
            bool media = n0 < v && n0 > lo + 1 && word_is(c, &tk[n0 - 1], "of") && WORD_IN(c, &tk[n0 - 2], MEDIA);
            np s1 = subject_before(c, tk, media ? n0 : lo, v);
            bool obj = false;      /* "posted on Twitter writing": no subject */
            obj |= s1.kind == SP_NAME && s1.a > lo && WORD_IN(c, &tk[s1.a - 1], OBJ) && !media;
            if (s1.kind == SP_NAME && s1.b == v && !obj) s = s1;
        }
        if (part && s.kind == SP_NONE) {
            /* "..., Spicer said, adding" : the speaker of the verb before,
             * not of a clause reported in it ("Starr said the case reminds
             * him of a book, explaining") */
            static const char *const NAMED[] = {"called", "named", "dubbed", "titled", "entitled", "labeled", "labelled"};
            for (size_t v2 = v; v2-- > sent_lo(tk, v) && s.kind == SP_NONE;)
                if (verb_at(c, tk, v2) && finite_form(c, &tk[v2]) &&
                    !(WORD_IN(c, &tk[v2], NAMED) && v2 > 0 && is_lower_word(c, &tk[v2 - 1]) &&      /* "a class called X" */
                      !qc_lex_pronoun(c->t + tk[v2 - 1].s, tk[v2 - 1].e - tk[v2 - 1].s) && !person_noun(c, &tk[v2 - 1]) &&
                      (tk[v2 + 1].q >= 0 || tk[v2 + 1].cap))) {
                    s = subject_before(c, tk, sent_lo(tk, v), v2);
                    if (s.kind != SP_NONE && s.a > sent_lo(tk, v) &&
                        (word_is(c, &tk[s.a - 1], "that") || verb_at(c, tk, s.a - 1))) {
                        s.kind = SP_NONE;
                        continue;
                    }
                    if (s.kind == SP_NONE) {
                        /* inverted only when a comma closes it: "said Ann Cole, adding" */
                        s = subject_after(c, tk, v2, v);
                        if (s.kind != SP_NONE && !(s.b < v && punct_is(c, &tk[s.b], ','))) s.kind = SP_NONE;
                    }
                    if (s.kind == SP_NONE) break;
                }
            if (s.kind == SP_NONE) s = clause_subject(c, tk, sent_lo(tk, v), v);
        } else if (s.kind == SP_NONE) {
            s = subject_before(c, tk, lo, v);
        }
        if (agent.kind != SP_NONE) s = agent;     /* "described by Ann Cole as "Q"" */
        if (s.kind == SP_NONE) {
            bool ing = inflected(c, &tk[v], "ing");
            size_t j = v;     /* "he backed the plan and (later) said": the first conjunct's subject */
            while (j > lo && qc_lex_adverb(c->t + tk[j - 1].s, tk[j - 1].e - tk[j - 1].s)) j--;
            bool conj = j > lo && word_is(c, &tk[j - 1], "and");
            if (v > lo && (punct_is(c, &tk[v - 1], ',') || ing || conj)) s = clause_subject(c, tk, lo, v);
            /* "He said he had "Q1" and called it "Q2"": the sentence's subject
             * (not past a relative clause: "Cole praised Hart, who had called
             * it "Q1" and described it as "Q2"" is Hart's; his "who" speaks) */
            bool rel = false;
            for (size_t i = sent_lo(tk, v); conj && i < lo && !rel; i++)
                rel = tk[i].q < 0 && (word_is(c, &tk[i], "who") || word_is(c, &tk[i], "which"));
            if (s.kind == SP_NONE && conj && lo > sent_lo(tk, v) && !rel) s = clause_subject(c, tk, sent_lo(tk, v), v);
            /* `said Trump: "Q"`, but in "called the Saudis "Q"" the name is an object */
            static const char *const NAMING[] = {"call", "calls", "called", "calling", "dubbed", "labeled", "labelled",
                                                 "named", "termed", "branded", "described", "describing"};
            /* (nor in "by telling Sky Sport Italia: "Q"": the listener) */
            static const char *const TELL[] = {"told", "tell", "tells", "telling"};
            if (s.kind == SP_NONE && v + 1 < hi && !WORD_IN(c, &tk[v], NAMING) && !WORD_IN(c, &tk[v], TELL)) {
                np inv = subject_after(c, tk, v, hi);
                bool at_end = inv.kind != SP_NONE && (inv.b >= hi || (inv.b + 1 == hi && tk[inv.b].kind == T_PUNCT));
                if (at_end && (inv.kind == SP_NAME || inv.kind == SP_PRON)) s = inv;
            }
        }
        /* "they opposed a formula called the "Q"": "called" names a thing
         * that is an object, and no one speaks */
        if (s.kind == SP_DESC && s.a > lo && (word_is(c, &tk[v], "called") || word_is(c, &tk[v], "dubbed") ||
                                              word_is(c, &tk[v], "labeled") || word_is(c, &tk[v], "labelled"))) {
            static const char *const PRE[] = {"to", "of", "for", "with", "from", "on", "in", "by", "about", "against"};
            const tok *o = &tk[s.a - 1];
            bool obj = verbish(c, o) || tok_speech_verb(c, o);
            obj |= WORD_IN(c, o, PRE);
            if (obj) continue;
        }
        /* the agent of a passive: "Ann Cole was asked by host Ben Ray" */
        if (v > lo && v + 2 < hi && word_is(c, &tk[v + 1], "by") && aux_word(c, &tk[v - 1])) {
            np ag = subject_after(c, tk, v + 1, hi);
            if (ag.kind == SP_NONE) {      /* "by host Ben Ray": a role before the name */
                size_t r0 = v + 2;
                while (r0 < hi && r0 < v + 6 && is_lower_word(c, &tk[r0]) && !stop_word_after(c, &tk[r0])) r0++;
                if (r0 > v + 2 && r0 < hi && name_tok(c, &tk[r0])) {
                    ag = subject_after(c, tk, r0 - 1, hi);
                    if (ag.kind == SP_NAME) ag.a = v + 2;
                }
            }
            if (ag.kind == SP_NAME || ag.kind == SP_DESC) s = ag;
        }
        if (s.kind == SP_NONE) continue;
        /* an earlier reporting verb of the sentence owns the clause:
         * "Ann Cole said the board rejected what she called "Q"" */
        size_t gap = v + 1;     /* the words between the verb and the quote */
        while (gap < hi && (tk[gap].kind == T_PUNCT || word_is(c, &tk[gap], "that"))) gap++;
        bool person = (s.kind == SP_PRON && !word_is(c, &tk[s.a], "it")) || agent.kind != SP_NONE;
        size_t lo0 = lo;       /* (a semicolon starts a new clause) */
        for (size_t i = lo; i < v; i++)
            if (punct_is(c, &tk[i], ';')) lo0 = i + 1;
        if (lo0 == 0) lo0 = dateline_end(c, tk, v);     /* "MEXICO CITY, May 6 (EFE) -" is no subject */
        /* (a verb right before the quote speaks it, but not a modal's: "said
         * the country would respond "Q"" has not been said by the country) */
        static const char *const NOT_YET[] = {"would", "will", "could", "should", "might", "may", "must", "can", "to"};
        bool unsaid = v > lo && WORD_IN(c, &tk[v - 1], NOT_YET);
        /* (nor does a thing: "said Iran's cooperation was continuing "Q"") */
        const tok *sh = &tk[s.b - 1];
        unsaid |= s.kind == SP_DESC && sh->kind == T_WORD && !sh->cap && !source_head(c, sh) && !person_noun(c, sh) &&
                  v > lo && aux_word(c, &tk[v - 1]);
        for (size_t v0 = lo0; !person && (gap < hi || unsaid) && v0 < v; v0++) {
            if (!core_report(c, &tk[v0]) || (v0 > lo && qc_lex_determiner(c->t + tk[v0 - 1].s, tk[v0 - 1].e - tk[v0 - 1].s)))
                continue;
            np s0 = subject_before(c, tk, lo0, v0);
            /* "Ann Cole rejected the threat, saying his government would ...": the clause's subject */
            if (s0.kind == SP_NONE && v0 > lo0 && punct_is(c, &tk[v0 - 1], ',') && inflected(c, &tk[v0], "ing")) {
                s0 = clause_subject(c, tk, lo0, v0);
                if (s0.kind == SP_NAME || s0.kind == SP_PRON) { s = s0; v = v0; break; }
            }
            if (s0.kind == SP_NONE) continue;
            /* the main clause: its subject opens the sentence or follows a
             * fronted phrase, not "While everything Ann says is true," */
            bool main = s0.a == lo0 || punct_is(c, &tk[s0.a - 1], ',') ||
                        (s0.a == lo0 + 1 && (word_is(c, &tk[lo0], "but") || word_is(c, &tk[lo0], "and")));
            if (!main) continue;
            s = s0; v = v0;
            break;
        }
        set_speaker(q, tk, s, v, 2);
        return true;
    }
    /* `X: "Q"` */
    if (punct_is(c, &tk[hi - 1], ':') && hi - 1 > lo) {
        np s = subject_before(c, tk, lo, hi - 1);
        bool start = s.a == lo || (s.a > lo && tk[s.a - 1].kind == T_PUNCT && !punct_is(c, &tk[s.a - 1], ','));
        if (s.kind == SP_NAME && start && s.b - s.a <= 5) {
            set_speaker(q, tk, s, hi - 1, 2);
            q->cue_lit = ":";
            return true;
        }
    }
    return false;
}

/* ------------------------------------------------------------------ */
/* Resolution                                                           */

static bool gender_fits(const entity *e, int g)
{
    return !e->gender || !g || e->gender == g;
}

static bool role_word(const entity *e, const char *w, size_t n);

/* Has entity e been given the role word w[0..n), or a form of it ("Sen."
 * for "senator", "Rep." for "congressman", any of them for "lawmaker")? */
static bool role_has(const entity *e, const char *w, size_t n)
{
    static const char *const ALIAS[][10] = {
        {"senator", "sen", "sen.", NULL},
        {"representative", "rep", "rep.", "congressman", "congresswoman", NULL},
        {"congressman", "rep", "rep.", "representative", NULL},
        {"congresswoman", "rep", "rep.", "representative", NULL},
        {"lawmaker", "senator", "sen", "sen.", "rep", "rep.", "representative", "congressman", "congresswoman", NULL},
        {"legislator", "senator", "sen", "sen.", "rep", "rep.", "representative", "assemblyman", "assemblywoman", NULL},
        {"governor", "gov", "gov.", NULL},
        {"president", "pres", "pres.", NULL},
        {"ambassador", "amb", "amb.", NULL},
        {"attorney", "atty", "atty.", NULL},
        {"professor", "prof", "prof.", NULL},
        {"detective", "det", "det.", NULL},
        {"inspector", "insp", "insp.", NULL},
        {"ceo", "executive", NULL},         /* "Chief Executive Ann Cole" ... "the CEO" */
        {"cfo", "financial", NULL},
        {"coo", "operating", NULL},
        {"cto", "technology", NULL},
    };
    if (role_word(e, w, n)) return true;
    for (size_t i = 0; i < sizeof ALIAS / sizeof *ALIAS; i++)
        if (qc_ieq(w, n, ALIAS[i][0]))
            for (size_t j = 1; ALIAS[i][j]; j++)
                if (role_word(e, ALIAS[i][j], strlen(ALIAS[i][j]))) return true;
    return false;
}

/* Is w[0..n) one of entity e's role words as given? */
static bool role_word(const entity *e, const char *w, size_t n)
{
    const char *r = e->roles;
    while (*r) {
        const char *sp = strchr(r, ' ');
        size_t l = sp ? (size_t)(sp - r) : strlen(r);
        if (l == n) {
            size_t i = 0;
            while (i < n && r[i] == (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i])) i++;
            if (i == n) return true;
        }
        r += l;
        if (*r) r++;
    }
    return false;
}

/* The number of mentions that start before byte pos (they are in text order). */
static size_t ments_before(const ctx *c, size_t pos)
{
    size_t lo = 0, hi = c->n_ments;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->ments[mid].pos < pos) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* May entity e be "he" (g 1), "she" (2) or anyone (0) of the given age
 * ("31-year-old", NULL: any)? A known different age rules it out. */
static bool person_fits(const entity *e, int g, const char *age, size_t agen)
{
    if (!e->person || !gender_fits(e, g)) return false;
    if (!age) return true;
    for (const char *r = e->roles; (r = strstr(r, "-year-old")) != NULL; r += 9) {
        const char *w = r;
        while (w > e->roles && w[-1] != ' ') w--;
        if ((size_t)(r + 9 - w) != agen || !ieq_n(w, age, agen)) return false;
    }
    return true;
}

/* The person a pronoun or a bare role of gender g (0: any; age as in
 * person_fits) before q most likely means: the nearest fitting subject in
 * q's paragraph, the speaker of an earlier quote there, the paragraph
 * before's subject, the last speaker, else the last fitting person named.
 * -1 if none; *near tells whether the pick came from the first three. */
static int pick_person(const ctx *c, const wquote *q, int g, const char *age, size_t agen, int last_person, bool *near)
{
    int pick = -1;
    *near = true;
    /* the speaker of an earlier quote in the same paragraph, unless a
     * subject named after that quote is nearer */
    const wquote *prevq = NULL;
    if (q->listed)
        for (size_t i = (size_t)(q - c->wq); i-- > 0 && c->wq[i].para == q->para;)
            if (c->wq[i].ent >= 0 && person_fits(&c->ents[c->wq[i].ent], g, age, agen)) { prevq = &c->wq[i]; break; }
    for (size_t m = ments_before(c, q->sp_s); pick < 0 && m-- > 0;) {
        const mention *mm = &c->ments[m];
        if (mm->para != q->para || (prevq && mm->pos < prevq->end) ||
            (prevq && prevq->sp_s != QC_NONE && mm->pos <= prevq->sp_s && prevq->sp_s < q->sp_s))
            break;
        if (mm->subject && person_fits(&c->ents[mm->ent], g, age, agen)) { pick = mm->ent; break; }
    }
    if (pick < 0 && prevq) pick = prevq->ent;
    /* the first subject of the paragraph just before */
    for (size_t m = ments_before(c, c->doc->paras[q->para].start); pick < 0 && m-- > 0;) {
        const mention *mm = &c->ments[m];
        if (mm->para + 1 != q->para) break;
        if (mm->subject && person_fits(&c->ents[mm->ent], g, age, agen)) pick = mm->ent;
    }
    if (pick >= 0) return pick;
    *near = false;
    if (last_person >= 0 && person_fits(&c->ents[last_person], g, age, agen)) return last_person;
    for (size_t m = ments_before(c, q->sp_s); m-- > 0;)
        if (person_fits(&c->ents[c->ments[m].ent], g, age, agen)) return c->ments[m].ent;
    return -1;
}

/* The token of "the" when the sentence before token m in the paragraph
 * opens with "the <noun> ..." ("The judge was not persuaded."), else QC_NONE. */
static size_t prev_the_subject(const ctx *c, const tok *tk, size_t m)
{
    size_t lo = sent_lo(tk, m);
    if (lo == 0) return QC_NONE;
    np r = clause_subject(c, tk, sent_lo(tk, lo - 1), lo);
    return r.kind == SP_DESC && r.b >= r.a + 2 && word_is(c, &tk[r.a], "the") ? r.a : QC_NONE;
}

/* The unnamed someone a "he"/"she" at token m of paragraph para means
 * when the sentence before it (in the paragraph, or the last of the one
 * before when m's sentence opens its paragraph) opens with "a/an/one ..."
 * and a speech verb, and no one is named after it: "A mountain guide in
 * Zermatt said routes had closed. "Q," he said." {0, 0, SP_NONE} if none;
 * *out is the tokens the description is in. */
static np indef_subject(const ctx *c, size_t para, size_t m, const tok **out)
{
    np r = {0, 0, SP_NONE}, none = r;
    const tok *tk = c->pt[para].t;
    size_t at = tk[m].s, hi = sent_lo(tk, m);
    if (hi == 0) {      /* ""Q," he said." opening the paragraph after "One mother ... told this website ..." */
        if (para == 0 || !c->pt[para - 1].n) return r;
        tk = c->pt[para - 1].t;
        hi = c->pt[para - 1].n;
    }
    size_t a = sent_lo(tk, hi - 1);
    static const char *const ONE[] = {"a", "an", "one"};
    static const char *const POSS[] = {"his", "her", "their"};
    for (size_t k = a; !WORD_IN(c, &tk[a], ONE) && k < hi && k < a + 7; k++)   /* "In Youngstown last month, a ... told me" */
        if (punct_is(c, &tk[k], ',')) {     /* (not a name before it: "Angelique Brunner, a developer, said") */
            size_t mk = ments_before(c, tk[k].s);
            bool named = mk > 0 && c->ments[mk - 1].pos >= tk[a].s && c->ents[c->ments[mk - 1].ent].person;
            if (k + 1 < hi && WORD_IN(c, &tk[k + 1], ONE) && !named) a = k + 1;
            break;
        }
    if (a + 2 >= hi || tk[a + 1].kind != T_WORD) return r;
    if (WORD_IN(c, &tk[a], POSS)) {     /* "His mother said the family wanted to thank them." */
        if (person_noun(c, &tk[a + 1]) && tok_speech_verb(c, &tk[a + 2]) && finite_form(c, &tk[a + 2]))
            r.a = a, r.b = a + 2, r.kind = SP_DESC;
    } else if (WORD_IN(c, &tk[a], ONE) && (!word_is(c, &tk[a], "one") || person_noun(c, &tk[a + 1]))) {
        /* the verb after the words ("A mountain guide in Zermatt said"), or
         * right after one aside ("A farmer, who asked not to be named, said");
         * "One mother from Leicester", not "One year later the company" */
        size_t v = a + 2, end = 0;
        while (v < hi && v < a + 14 && tk[v].kind == T_WORD && tk[v].q < 0 && !(tok_speech_verb(c, &tk[v]) && finite_form(c, &tk[v])))
            v++;
        if (v < hi && punct_is(c, &tk[v], ',')) {
            end = v++;
            while (v < hi && v < end + 24 && tk[v].q < 0 && !punct_is(c, &tk[v], ',')) v++;
            v++;
            if (v >= hi || !punct_is(c, &tk[v - 1], ',') || !(tok_speech_verb(c, &tk[v]) && finite_form(c, &tk[v]))) return r;
        }
        if (v >= hi || v >= a + 28 || tk[v].kind != T_WORD || tk[v].q >= 0 || !tok_speech_verb(c, &tk[v])) return r;
        static const char *const TEXTS[] = {"report", "statement", "study", "survey", "poll", "memo", "letter", "document",
                                            "paper", "analysis", "review", "audit", "filing", "notice", "release", "sign",
                                            "email", "post", "tweet", "video", "ad", "website", "article", "editorial"};
        for (size_t i = a + 1; i < (end ? end : v); i++)     /* "A report released on Tuesday said": no one */
            if (WORD_IN(c, &tk[i], TEXTS)) return r;
        r.a = a; r.b = end ? end : v; r.kind = SP_DESC;
        /* "a senior official who briefed reporters on condition of
         * anonymity said": a clause only about not being named goes */
        static const char *const ANON[] = {"anonymity", "named", "authorized", "authorised"};
        size_t who = QC_NONE;
        for (size_t i = a + 2; i < r.b; i++) {
            if (who == QC_NONE && (word_is(c, &tk[i], "who") || word_is(c, &tk[i], "whose"))) who = i;
            if (who != QC_NONE && WORD_IN(c, &tk[i], ANON)) { r.b = who; break; }
        }
    }
    if (r.kind == SP_NONE) return r;
    /* no one named since (but in it: "A reporter from Agence France-Presse") */
    for (size_t k = ments_before(c, at); k-- > 0 && c->ments[k].pos > tk[a].s;)
        if (c->ents[c->ments[k].ent].person && c->ments[k].pos >= tk[r.b - 1].e) return none;
    *out = tk;
    return r;
}

/* Names q's speaker by the unnamed description tk[r.a, r.b) as written,
 * its determiner in lower case ("a mountain guide in Zermatt", "his mother"). */
static qc_status indef_name(ctx *c, const tok *tk, np r, wquote *q)
{
    char *nm = qc_arena_strndup(c->doc->arena, c->t + tk[r.a].s, tk[r.b - 1].e - tk[r.a].s);
    if (!nm) return QC_ERR_NOMEM;
    static const char *const DET[] = {"a", "an", "one", "his", "her", "their"};
    if (WORD_IN(c, &tk[r.a], DET) && nm[0] >= 'A' && nm[0] <= 'Z') nm[0] = (char)(nm[0] + 32);
    q->name = nm;
    return QC_OK;
}

/* The person a "he"/"she" (gender g) at token m of paragraph tokens tk
 * means when the nearest sentence before it in the paragraph opens with a
 * role description: "The judge was not persuaded. "Q," she said." -1 if
 * that sentence opens otherwise. */
static int role_subject(const ctx *c, const tok *tk, size_t m, int g)
{
    size_t at = prev_the_subject(c, tk, m);
    if (at == QC_NONE) return -1;
    const tok *h = &tk[at + 1];
    size_t hn = h->e - h->s;
    if (!qc_lex_role(c->t + h->s, hn)) return -1;
    /* not when someone else who fits is named between: "The judge jailed Sam Hart. "Q," he said." */
    for (size_t k = ments_before(c, tk[m].s); k-- > 0 && c->ments[k].pos > tk[at].s;)
        if (person_fits(&c->ents[c->ments[k].ent], g, NULL, 0)) return -1;
    for (size_t k = ments_before(c, tk[at].s); k-- > 0;) {
        const entity *e = &c->ents[c->ments[k].ent];
        if (role_has(e, c->t + h->s, hn)) return person_fits(e, g, NULL, 0) ? c->ments[k].ent : -1;
    }
    return -1;
}

/* The description a "he"/"she" (gender g) at token m of paragraph tokens
 * tk means when the sentence before it in the paragraph has a definite
 * description of a person as its subject ("After the session, the Prime
 * Minister's official spokesman played down the figures. "Q," he told"),
 * and no one it could mean is named in between. {0, 0, SP_NONE} if none. */
static np desc_subject(const ctx *c, const tok *tk, size_t m, int g)
{
    np none = {0, 0, SP_NONE};
    size_t lo = sent_lo(tk, m);
    if (lo == 0) return none;
    np r = clause_subject(c, tk, sent_lo(tk, lo - 1), lo);
    if (r.kind != SP_DESC || r.b < r.a + 2 || !(word_is(c, &tk[r.a], "the") || possessive(c, &tk[r.a])))
        return none;
    const tok *h = &tk[r.b - 1];
    int hg = noun_gender(c, h);
    if (!person_noun(c, h) || (hg && hg != g)) return none;
    for (size_t k = ments_before(c, tk[m].s); k-- > 0 && c->ments[k].pos >= tk[r.a].s;)
        if (person_fits(&c->ents[c->ments[k].ent], g, NULL, 0)) return none;
    return r;
}

/* Does a word of entity e's name pass the test, or equal `word` when the
 * test is NULL ("Ministry" in "Foreign Ministry of Valdoria")? */
static bool name_has(const entity *e, bool (*test)(const char *, size_t), const char *word, size_t wn)
{
    if (!e->full) return false;
    for (const char *w = e->full; *w;) {
        size_t n = strcspn(w, " ");
        /* a plural name word holds the noun: "Castlegate Studios", "the studio" */
        if (test ? test(w, n) : ((n == wn || (n == wn + 1 && (w[wn] == 's' || w[wn] == 'S'))) && ieq_n(w, word, wn)))
            return true;
        w += n;
        while (*w == ' ') w++;
    }
    return false;
}

static size_t ment_tok(const ctx *c, const mention *m);

/* Is another body of the kind `noun` described between mention m (of e)
 * and q: a "department" after a word e's name does not hold ("the city
 * fire department" after the Department of Labor; not "the fire
 * department" after the Pueblo Vista Fire Department)? */
static bool other_body_since(const ctx *c, const mention *m, const entity *e, const wquote *q, const char *noun, size_t nn)
{
    static const char *const SAME[] = {"the", "that", "this", "its"};
    for (size_t pi = m->para; pi <= q->para; pi++) {
        const ptoks *p = &c->pt[pi];
        for (size_t i = pi == m->para ? ment_tok(c, m) + 1 : 1; i < p->n && p->t[i].s < q->sp_s; i++) {
            const tok *w = &p->t[i], *d = &p->t[i - 1];
            if (w->kind == T_WORD && w->q < 0 && w->e - w->s == nn && ieq_n(c->t + w->s, noun, nn) &&
                d->kind == T_WORD && !WORD_IN(c, d, SAME) && !name_has(e, NULL, c->t + d->s, d->e - d->s))
                return true;
        }
    }
    return false;
}

/* The organisation named last before q that "it" (subject: a subject of
 * this paragraph or the two before) or "the <noun>" (noun given: a company
 * for "the company", else a name holding the noun, "the force" a police
 * force; up to four paragraphs back, and any distance for a name holding
 * the noun) means. -1 if none. */
static int last_org(const ctx *c, const wquote *q, bool subject, const char *noun, size_t nn)
{
    /* "the agency said" after "the World Food Programme said": the last
     * organisation, when none is named by that noun */
    static const char *const ANY[] = {"agency", "organisation", "organization", "body", "charity", "group",
                                      "department", "board", "regulator", "watchdog", "ministry", "authority",
                                      "force", "union", "coalition", "association", "federation", "council",
                                      "committee", "commission"};
    bool company = noun && company_noun(noun, nn);
    bool any = !subject && noun && QC_IEQ_ANY(noun, nn, ANY);
    bool force = noun && qc_ieq(noun, nn, "force");     /* "the force": West Midlands Police */
    int fallback = -1;
    for (size_t m = ments_before(c, q->sp_s); m-- > 0;) {
        const mention *mm = &c->ments[m];
        const entity *e = &c->ents[mm->ent];
        /* further back, only a body named by the noun itself when no body
         * nearer may be meant ("the force" many paragraphs after West
         * Midlands Police, the Canal & River Trust in between) and no other
         * is described since */
        bool far = mm->para + (subject ? 2 : 4) < q->para;
        if (far && (subject || company || !noun)) break;
        if (e->gender || (e->person && !name_has(e, company_word, NULL, 0))) continue;
        bool named = noun && e->ntok >= 2 &&
                     (name_has(e, NULL, noun, nn) ||
                      (force && (name_has(e, NULL, "police", 6) || name_has(e, NULL, "constabulary", 12))));
        if (far) {
            if (named && (fallback < 0 || force) && !other_body_since(c, mm, e, q, noun, nn)) return mm->ent;
            continue;
        }
        if (subject ? mm->subject && name_has(e, body_word, NULL, 0)
                    : company ? name_has(e, company_word, NULL, 0) || role_has(e, noun, nn) || role_has(e, "company", 7)
                              : named || (e->ntok >= 2 && role_has(e, noun, nn)))   /* "X, a coalition of" */
            return mm->ent;
        if (any && fallback < 0 && !e->person && name_has(e, body_word, NULL, 0) &&
            (company || !name_has(e, company_word, NULL, 0)))
            fallback = mm->ent;
        /* "Kestrel Air ... the airline said": a firm named as a subject,
         * by a name with no word of a public body */
        if (company && fallback < 0 && mm->subject && !e->person && !e->placed && e->ntok >= 2 &&
            !name_has(e, body_word, NULL, 0) && !name_has(e, org_word, NULL, 0))
            fallback = mm->ent;
    }
    return fallback;
}

/* The organisation an "it" at token m of paragraph tokens tk means when
 * the sentence before it in the paragraph opens with "the <noun>": "The
 * company said profit would fall. It said ..." -1 if none. */
static int body_subject(const ctx *c, const tok *tk, size_t m, const wquote *q)
{
    size_t at = prev_the_subject(c, tk, m);
    if (at == QC_NONE) return -1;
    const tok *h = &tk[at + 1];
    return last_org(c, q, false, c->t + h->s, h->e - h->s);
}

/* The index of mention m's first token in its paragraph, or the paragraph's
 * token count if none starts there. */
static size_t ment_tok(const ctx *c, const mention *m)
{
    const ptoks *p = &c->pt[m->para];
    size_t i = 0;
    while (i < p->n && p->t[i].s < m->pos) i++;
    return i < p->n && p->t[i].s == m->pos ? i : p->n;
}

/* Is the word right before mention m `w` ("mayor" in "Shire mayor Colleen Barwick")? */
static bool word_before(const ctx *c, const mention *m, const char *w, size_t n)
{
    const ptoks *p = &c->pt[m->para];
    size_t i = ment_tok(c, m);
    return i > 0 && i < p->n && p->t[i - 1].kind == T_WORD && ieq_n(c->t + p->t[i - 1].s, w, n) &&
           p->t[i - 1].e - p->t[i - 1].s == n;
}

/* Is k "by" or "from", before a text's author? */
static bool by_from(const ctx *c, const tok *k)
{
    return word_is(c, k, "by") || word_is(c, k, "from");
}

/* Is another noun[0..nn) brought in after token k of paragraph para,
 * before q's speaker ("an email" after the one "sent by Sanders"; "the
 * email" is the same one)? */
static bool noun_again(const ctx *c, size_t para, size_t k, const wquote *q, const char *noun, size_t nn)
{
    static const char *const SAME[] = {"the", "that", "this"};
    for (size_t pi = para; pi <= q->para; pi++) {
        const ptoks *p = &c->pt[pi];
        for (size_t i = pi == para ? k + 1 : 0; i < p->n && p->t[i].s < q->sp_s; i++)
            if (p->t[i].kind == T_WORD && p->t[i].q < 0 && p->t[i].e - p->t[i].s == nn &&
                ieq_n(c->t + p->t[i].s, noun, nn) && (i == 0 || !WORD_IN(c, &p->t[i - 1], SAME)))
                return true;
    }
    return false;
}

/* The author of the text named by noun (statement, letter, memo...) shortly
 * before q: "a statement written by Ann Cole", "a letter from Ann Cole".
 * -1 if none. */
static int text_author(const ctx *c, const wquote *q, const char *noun, size_t nn)
{
    static const char *const TEXTS[] = {"statement", "letter", "memo", "email", "note", "post", "report", "message"};
    static const char *const MADE[] = {"written", "sent", "signed", "issued", "released", "posted", "read"};
    if (!QC_IEQ_ANY(noun, nn, TEXTS)) return -1;
    for (size_t m = ments_before(c, q->sp_s); m-- > 0;) {
        const mention *mm = &c->ments[m];
        if (mm->para + 3 < q->para) break;
        const ptoks *p = &c->pt[mm->para];
        size_t i = ment_tok(c, mm);
        if (i >= p->n) continue;
        size_t l = i;        /* "a letter from Tamsin Reeve's lawyer": not hers */
        while (l + 1 < p->n && name_tok(c, &p->t[l + 1]) && !possessive(c, &p->t[l])) l++;
        if (possessive(c, &p->t[l])) continue;
        while (i > 0 && (qc_lex_title(c->t + p->t[i - 1].s, p->t[i - 1].e - p->t[i - 1].s))) i--;   /* "by Ms Cole" */
        if (i > 0 && word_is(c, &p->t[i - 1], "the")) i--;     /* "by the Planalto Palace" */
        /* "by the governor's chief of staff, Wendell Strait": a description in apposition first */
        if (i > 2 && punct_is(c, &p->t[i - 1], ',')) {
            size_t y = i - 1;
            while (y > 0 && y + 8 > i && !p->t[y - 1].send && !by_from(c, &p->t[y - 1])) y--;
            if (y > 0 && y + 8 > i && by_from(c, &p->t[y - 1])) i = y;
        }
        if (i < 2 || !by_from(c, &p->t[i - 1])) continue;
        size_t k = i - 2;
        if (WORD_IN(c, &p->t[k], MADE) && k > 0) k--;
        if (p->t[k].kind == T_WORD && ieq_n(c->t + p->t[k].s, noun, nn) && p->t[k].e - p->t[k].s == nn)
            return noun_again(c, mm->para, k, q, noun, nn) ? -1 : mm->ent;
        /* "The memo, written in May by ...": the noun opens the sentence, a made-verb before "by" */
        for (size_t x = i - 1; x-- > 0 && x + 6 > i && !p->t[x].send;)
            if (WORD_IN(c, &p->t[x], MADE)) {
                for (size_t y = x; y-- > 0 && y + 4 > x && !p->t[y].send;)
                    if (p->t[y].kind == T_WORD && p->t[y].e - p->t[y].s == nn && ieq_n(c->t + p->t[y].s, noun, nn))
                        return noun_again(c, mm->para, y, q, noun, nn) ? -1 : mm->ent;
                break;
            }
    }
    return -1;
}

/* Who writes "In a letter to Ashgrove, she requested ...": the subject
 * after the comma that closes the phrase opening at noun token k of
 * paragraph pi, a name, or "he"/"she" for the person named last before it
 * (of mentions [0, m_end)) whose sex fits. -1 if none. */
static int clause_owner(const ctx *c, size_t pi, size_t k, size_t m_end)
{
    const ptoks *p = &c->pt[pi];
    size_t j = k + 1;
    while (j < p->n && j < k + 12 && !punct_is(c, &p->t[j], ',') && !p->t[j].send && p->t[j].q < 0) j++;
    if (j + 1 >= p->n || !punct_is(c, &p->t[j], ',')) return -1;
    const tok *s = &p->t[j + 1];
    int pr = s->kind == T_WORD ? qc_lex_pronoun(c->t + s->s, s->e - s->s) : 0;
    size_t at2 = j + 2 < p->n && word_is(c, s, "the") ? p->t[j + 2].s : s->s;     /* ", the Diocese of Lancaster said" */
    for (size_t m = m_end; m-- > 0;) {
        const mention *mm = &c->ments[m];
        if ((mm->pos == s->s || mm->pos == at2) && mm->para == pi) return mm->ent;
        if (mm->para + 2 < pi) break;
        const entity *e = &c->ents[mm->ent];
        if ((pr == 1 || pr == 2) && mm->pos < p->t[k].s && e->person && (!e->gender || e->gender == pr)) return mm->ent;
    }
    return -1;
}

/* The issuer of the text "the <noun>" names (statement, ruling, report...)
 * when no author is written: the last one named before the noun (or
 * "ruled") in the last sentence that has it, or its possessor ("Obama
 * released a statement", "The Times said Cook provided a statement", "the
 * court ruled"; not "the inspector general's report", "According to the
 * statement, Kelly met"); for what bodies put out about themselves
 * (statement, ruling, release), else a public body that was the last
 * subject, in q's paragraph or the one before. -1 if none. */
static int text_issuer(const ctx *c, const wquote *q, const char *noun, size_t nn)
{
    static const char *const TEXTS[] = {"statement", "ruling", "judgment", "judgement", "decision", "report",
                                        "memo", "letter", "release", "notice", "filing", "order", "announcement"};
    static const char *const OWN[] = {"statement", "ruling", "judgment", "judgement", "decision", "release", "announcement"};
    if (!QC_IEQ_ANY(noun, nn, TEXTS)) return -1;
    static const char *const COURT[] = {"ruling", "judgment", "judgement", "decision", "order"};   /* "ruled" */
    bool court = QC_IEQ_ANY(noun, nn, COURT);
    size_t m_end = ments_before(c, q->sp_s);
    for (size_t pi = q->para + 1; pi-- > 0 && pi + 2 >= q->para;) {
        const ptoks *p = &c->pt[pi];
        for (size_t k = p->n; k-- > 1;) {
            const tok *w = &p->t[k];
            if (w->q >= 0 || w->kind != T_WORD || w->s >= q->sp_s || word_is(c, &p->t[k - 1], "the") ||
                !((w->e - w->s == nn && ieq_n(c->t + w->s, noun, nn)) || (court && word_is(c, w, "ruled"))))
                continue;
            size_t lo = p->t[sent_lo(p->t, k)].s;
            /* a text brought in here: "a (written) statement", "its ruling",
             * "the inspector general's report", not "that report" */
            static const char *const DET[] = {"a", "an", "its", "his", "her", "their", "our"};
            bool fresh = word_is(c, w, "ruled");
            size_t det = QC_NONE;
            for (size_t x = k; !fresh && x-- > 0 && x + 4 >= k;) {
                const tok *d = &p->t[x];
                if (possessive(c, d)) {
                    for (size_t m = m_end; m-- > 0 && c->ments[m].pos >= lo;) {     /* the name ending in it */
                        size_t at = ment_tok(c, &c->ments[m]);
                        if (c->ments[m].para == pi && at <= x && at + 4 > x) return c->ments[m].ent;
                    }
                    /* "the committee's report": the body named before by that noun */
                    return d->cap ? -1 : last_org(c, q, false, c->t + d->s, base_len(c->t + d->s, d->e - d->s));
                }
                if (WORD_IN(c, d, DET)) {      /* not "according to an internal memo": a source */
                    fresh = !(x >= 2 && word_is(c, &p->t[x - 1], "to") && word_is(c, &p->t[x - 2], "according"));
                    det = x;
                    break;
                }
                if (d->kind != T_WORD || d->cap) break;
            }
            if (!fresh) continue;
            for (size_t m = m_end; m-- > 0;) {
                if (c->ments[m].para < pi || (c->ments[m].para == pi && c->ments[m].pos < lo)) break;
                if (c->ments[m].para == pi && c->ments[m].pos < w->s) return c->ments[m].ent;
            }
            size_t k0 = sent_lo(p->t, k);
            if (det == k0 + 1 && word_is(c, &p->t[k0], "in")) {
                int id = clause_owner(c, pi, k, m_end);
                if (id >= 0) return id;
            }
            /* "(But) the ministry said in a written statement": the body so described */
            static const char *const CONJ[] = {"but", "and", "yet", "so", "still"};
            if (k0 + 3 < k && WORD_IN(c, &p->t[k0], CONJ)) k0++;
            if (k0 + 2 < k && word_is(c, &p->t[k0], "the") && p->t[k0 + 1].kind == T_WORD && !p->t[k0 + 1].cap) {
                int id = last_org(c, q, false, c->t + p->t[k0 + 1].s, p->t[k0 + 1].e - p->t[k0 + 1].s);
                if (id >= 0) return id;
            }
            pi = 0;         /* no one named with it ("the airline said in a statement") */
            break;
        }
    }
    if (!QC_IEQ_ANY(noun, nn, OWN)) return -1;
    for (size_t m = m_end; m-- > 0;) {
        const mention *mm = &c->ments[m];
        if (mm->para + 1 < q->para) break;
        if (!mm->subject) continue;
        const entity *e = &c->ents[mm->ent];
        return !e->person && name_has(e, body_word, NULL, 0) ? mm->ent : -1;
    }
    return -1;
}

/* q's speaker is entity id, by its fullest name. */
static void set_ent(const ctx *c, wquote *q, int id)
{
    q->ent = id;
    q->name = c->ents[id].full;
}

/* A campaign speaking: "the Tran campaign", "Tran's campaign" is named
 * "Tran campaign"; "the campaign" the last campaign so named before it;
 * "her campaign" the campaign of the woman it means, by her family name.
 * Leaves q unnamed when there is none. */
static qc_status campaign_name(ctx *c, wquote *q, const tok *tk, size_t a, size_t b)
{
    static const char *const DET[] = {"the", "his", "her", "its", "their"};
    const tok *nm = NULL;
    for (size_t i = a; i + 1 < b; i++) {
        if (!tk[i].cap && !WORD_IN(c, &tk[i], DET)) return QC_OK;    /* "a source close to the X campaign" */
        if (name_tok(c, &tk[i]) && !qc_lex_title(c->t + tk[i].s, tk[i].e - tk[i].s)) nm = &tk[i];
    }
    int g = word_is(c, &tk[a], "his") ? 1 : word_is(c, &tk[a], "her") ? 2 : 0;
    if (!nm && !g && b - a == 2) {        /* the last "X('s) campaign" before it */
        for (size_t pi = q->para + 1; pi-- > 0 && !nm;) {
            const ptoks *p = &c->pt[pi];
            for (size_t k = p->n; k-- > 1 && !nm;)
                if (p->t[k].s < tk[a].s && p->t[k].q < 0 && word_is(c, &p->t[k], "campaign") &&
                    name_tok(c, &p->t[k - 1]))
                    nm = &p->t[k - 1];
        }
    }
    const char *w = nm ? c->t + nm->s : NULL;
    size_t n = nm ? base_len(w, nm->e - nm->s) : 0;
    if (!nm && g && b - a == 2) {       /* "her campaign": the woman meant, by her family name */
        bool near;
        int id = pick_person(c, q, g, NULL, 0, -1, &near);
        if (id < 0 || !near) return QC_OK;
        w = c->t + c->ents[id].key_s;
        n = c->ents[id].key_n;
    }
    if (!w || n > 70) return QC_OK;
    q->name = qc_arena_printf(c->doc->arena, "%.*s campaign", (int)n, w);
    return q->name ? QC_OK : QC_ERR_NOMEM;
}

/* "the Ohio Republican said": the last person labelled with that party
 * (and that place, when one was labelled with both), else the last person;
 * "one Republican" is nobody named. */
static qc_status resolve_party(ctx *c, wquote *q, const tok *tk, size_t a, size_t b, int *last_person)
{
    const char *t = c->t;
    const tok *h = &tk[b - 1];
    if (!word_is(c, &tk[a], "the")) return QC_OK;
    for (int pass = 0; pass < 2 && q->ent < 0; pass++)
        for (size_t m = ments_before(c, q->sp_s); m-- > 0 && q->ent < 0;) {
            const entity *e = &c->ents[c->ments[m].ent];
            if (!e->person || !role_has(e, t + h->s, h->e - h->s)) continue;
            bool place = pass == 1;
            for (size_t i = a + 1; i + 1 < b && !place; i++)
                place = tk[i].kind == T_WORD && role_has(e, t + tk[i].s, tk[i].e - tk[i].s);
            if (place) q->ent = c->ments[m].ent;
        }
    if (q->ent < 0) {
        bool near;
        q->ent = pick_person(c, q, 0, NULL, 0, *last_person, &near);
    }
    if (q->ent >= 0) {
        set_ent(c, q, q->ent);
        *last_person = q->ent;
    }
    return QC_OK;
}

/* The person whose mention starts at byte pos, -1 if none does. */
static int person_at(const ctx *c, size_t pos)
{
    size_t m = ments_before(c, pos);
    return m < c->n_ments && c->ments[m].pos == pos && c->ents[c->ments[m].ent].person ? c->ments[m].ent : -1;
}

/* The writer of a text the sentence before token m names as "<text>
 * <Name> sent/wrote" ("a text message Pruitt sent to the manager. It
 * read: ..."; any verb after "It"), -1 if none. */
static int sent_author(const ctx *c, const tok *tk, size_t m)
{
    static const char *const TEXTS[] = {"message", "text", "email", "letter", "note", "memo", "post", "tweet"};
    static const char *const MADE[] = {"sent", "wrote", "posted", "signed", "penned"};
    size_t lo = sent_lo(tk, m);
    if (lo == 0) return -1;
    for (size_t k = sent_lo(tk, lo - 1); k + 2 < lo; k++) {
        if (!WORD_IN(c, &tk[k], TEXTS) || !name_tok(c, &tk[k + 1])) continue;
        size_t e = k + 1;
        while (e < lo && name_tok(c, &tk[e])) e++;
        if (e >= lo || !WORD_IN(c, &tk[e], MADE)) continue;
        int id = person_at(c, tk[k + 1].s);
        if (id >= 0) return id;
    }
    return -1;
}

/* The organisation "a spokesperson" (tokens [a, b) of tk) speaks for:
 * with a common noun between, the one named before whose name holds it ("A
 * district spokesperson" after "Eastbrook Unified School District"); with
 * none, one that is a sentence's subject earlier in the paragraph
 * ("Northfield Water ... said ... "Q," a spokesperson said"). The
 * tokens are paragraph para's. -1 if none. */
static int spoken_for(const ctx *c, size_t para, size_t a, size_t b)
{
    static const char *const SPOKES[] = {"spokesperson", "spokesman", "spokeswoman", "representative"};
    const char *t = c->t;
    const tok *tk = c->pt[para].t;
    if (!WORD_IN(c, &tk[b - 1], SPOKES) || b - a > 3) return -1;
    const tok *m = b - a == 3 ? &tk[a + 1] : NULL;
    if (m && (m->cap || m->kind != T_WORD)) return -1;
    for (size_t i = ments_before(c, tk[a].s); i-- > 0;) {
        const mention *mm = &c->ments[i];
        const entity *e = &c->ents[mm->ent];
        if (!m && mm->para < para) break;
        if (e->person || e->gender || e->placed) continue;
        if (m ? e->ntok >= 2 && name_has(e, NULL, t + m->s, m->e - m->s) : mm->subject) return mm->ent;
    }
    return -1;
}

/* Names q by the unnamed description tk[a, b) with the place or group
 * after it ("a source close to the couple", "a diner at the next table",
 * "a mother from Leicester"), when one follows; else leaves q unnamed. */
static qc_status described(ctx *c, const tok *tk, size_t n, size_t a, size_t b, wquote *q)
{
    static const char *const PREP[] = {"of", "at", "from", "in", "near", "inside", "outside"};
    size_t e = b;
    if (e + 1 < n && word_is(c, &tk[e], "close") && word_is(c, &tk[e + 1], "to")) e += 2;
    else if (e < n && e > a && word_is(c, &tk[e - 1], "close") && word_is(c, &tk[e], "to")) e++;   /* "A source close" + "to" */
    else if (e < n && WORD_IN(c, &tk[e], PREP)) e++;
    else return QC_OK;
    size_t x = e;
    while (x < n && x < e + 5 && tk[x].kind == T_WORD && tk[x].q < 0 && !tk[x].send && !tok_speech_verb(c, &tk[x]) &&
           !word_is(c, &tk[x], "who") && !word_is(c, &tk[x], "and"))
        x++;
    if (x == e || x - e == 5) return QC_OK;
    np r = {a, x, SP_DESC};
    return indef_name(c, tk, r, q);
}

/* Who "she replied" means when pick spoke the quote just before, or "she
 * said" after pick asked a question in it: no one answers herself, so the
 * last other person named of sex g, else of unknown sex (within six
 * paragraphs). pick itself when the cue is no reply or no one else fits. */
static int replier(const ctx *c, const wquote *q, int pick, int g)
{
    static const char *const REPLY[] = {"replied", "replies", "responded", "responds", "answered", "answers",
                                        "retorted", "retorts", "countered", "counters", "shot"};
    static const char *const ASK[] = {"asked", "asks", "pressed", "presses", "demanded", "demands", "wondered"};
    if (!q->listed || q == c->wq || q->cue_s == QC_NONE) return pick;
    const wquote *o = q - 1;
    if (o->ent != pick || o->para + 1 < q->para) return pick;
    /* a reply after its quote ("Q," she replied; not "she replied: "Q""),
     * or an answer in the next paragraph to the question she just asked
     * (not a rhetorical one going on: ""Why stop now?" Reed asked. "We
     * have only begun," he said.") */
    bool reply = QC_IEQ_ANY(c->t + q->cue_s, q->cue_e - q->cue_s, REPLY) && q->cue_s >= q->end;
    reply |= o->cue_s != QC_NONE && o->how && QC_IEQ_ANY(c->t + o->cue_s, o->cue_e - o->cue_s, ASK) &&
             o->para < q->para && quote_last(c->t, o->start, o->end) == '?' && quote_last(c->t, q->start, q->end) != '?';
    if (!reply) return pick;
    int unknown = -1;      /* (else one whose sex is not known) */
    for (size_t m = ments_before(c, q->sp_s); m-- > 0 && c->ments[m].para + 6 >= q->para;) {
        const entity *e = &c->ents[c->ments[m].ent];
        if (c->ments[m].ent == pick || !e->person) continue;
        if (e->gender == g) return c->ments[m].ent;
        if (!e->gender && unknown < 0) unknown = c->ments[m].ent;
    }
    return unknown >= 0 ? unknown : pick;
}

/* The person named in apposition after the comma at tk[b] (of n tokens),
 * past lower-case role words ("the department's deputy director, Annika
 * Feld,", "Her opposite number, shadow justice secretary Ann Cole,"), but
 * not someone's relative ("the neighbour, Ann Cole's sister"); -1 if none. */
static int appos_person(const ctx *c, const tok *tk, size_t n, size_t b)
{
    static const char *const QUAL[] = {"shadow", "deputy", "former", "acting", "interim", "junior", "senior", "chief",
                                       "vice", "assistant", "associate", "executive", "general", "justice", "health",
                                       "foreign", "home", "finance", "defence", "defense", "education", "party"};
    size_t n0 = b + 1;
    while (n0 < n && n0 < b + 5 && is_lower_word(c, &tk[n0]) && tk[n0].q < 0 &&
           (qc_lex_role(c->t + tk[n0].s, tk[n0].e - tk[n0].s) || qc_lex_title(c->t + tk[n0].s, tk[n0].e - tk[n0].s) ||
            WORD_IN(c, &tk[n0], QUAL)))
        n0++;
    if (b + 2 >= n || !punct_is(c, &tk[b], ',') || n0 >= n || !name_tok(c, &tk[n0])) return -1;
    size_t e = n0;
    while (e + 1 < n && name_tok(c, &tk[e + 1]) && !possessive(c, &tk[e])) e++;
    int id = person_at(c, tk[n0].s);
    return id >= 0 && !possessive(c, &tk[e]) ? id : -1;
}

static qc_status resolve(ctx *c, wquote *q, int *last_person);

/* Resolves q as if its speaker mention were tk[r.a, r.b) (an antecedent,
 * a description), keeping its own mention. */
static qc_status resolve_as(ctx *c, wquote *q, const tok *tk, np r, int *last_person)
{
    size_t ss = q->sp_s, se = q->sp_e;
    q->sp_s = tk[r.a].s;
    q->sp_e = tk[r.b - 1].e;
    qc_status st = resolve(c, q, last_person);
    q->sp_s = ss;
    q->sp_e = se;
    return st;
}

/* Resolves the speaker mention of q (not inherited) to an entity and a name. */
static qc_status resolve(ctx *c, wquote *q, int *last_person)
{
    const char *t = c->t;
    /* locate the mention's tokens (in the quote's paragraph or one before) */
    size_t a = 0, b = 0;
    const ptoks *mp = &c->pt[q->para];
    for (size_t pi = q->para + 1 < c->doc->n_paras ? q->para + 2 : q->para + 1; pi-- > 0;) {
        mp = &c->pt[pi];
        if (mp->n && mp->t[0].s <= q->sp_s && mp->t[mp->n - 1].e >= q->sp_e) break;
    }
    for (a = 0; a < mp->n && mp->t[a].s < q->sp_s; a++) {}
    for (b = a; b < mp->n && mp->t[b].s < q->sp_e; b++) {}
    if (a >= b) return QC_OK;
    const tok *tk = mp->t;
    const tok *h = &tk[b - 1];
    if (b - a == 1 && a >= 2 && (word_is(c, h, "who") || word_is(c, h, "which")) &&
        (punct_is(c, &tk[a - 1], ',') ||
         (tk[a - 1].cap && tk[a - 1].kind == T_WORD &&
          (word_is(c, h, "who") || org_word(t + tk[a - 1].s, tk[a - 1].e - tk[a - 1].s))))) {
        /* resolve the antecedent instead */
        np ante = subject_before(c, tk, 0, punct_is(c, &tk[a - 1], ',') ? a - 1 : a);
        if (ante.kind == SP_DESC && punct_is(c, &tk[a - 1], ',')) {     /* "McConnell, now the leader, who" */
            np nm = subject_before(c, tk, 0, a);
            if (nm.kind == SP_NAME) ante = nm;
        }
        if (ante.kind == SP_NONE) return QC_OK;
        while (ante.kind == SP_DESC && ante.a >= 2 && word_is(c, &tk[ante.a - 1], "of")) {
            np outer = subject_before(c, tk, 0, ante.a - 1);    /* "the minister of one of the states," */
            if (outer.kind != SP_DESC) break;
            ante.a = outer.a;
            if (punct_is(c, &tk[a - 1], ',')) ante.b = a - 1;     /* up to the comma */
        }
        qc_status st = resolve_as(c, q, tk, ante, last_person);
        /* "the foreign minister of one of the Baltic states, who said": that description */
        if (st == QC_OK && q->ent < 0 && !q->name && ante.kind == SP_DESC) st = indef_name(c, tk, ante, q);
        return st;
    }
    if (b - a >= 2 && word_is(c, h, "campaign") && tk[b - 2].kind == T_WORD)
        return campaign_name(c, q, tk, a, b);
    size_t hn = base_len(t + h->s, h->e - h->s);
    int pr = qc_lex_pronoun(t + h->s, hn);
    if (b - a == 1 && pr) {
        if (pr == 3) {
            /* "it said": the organisation that was the subject just before */
            static const char *const SAID[] = {"said", "says", "added", "adds", "stated", "warned", "noted", "told",
                                               "called", "calls", "described", "termed", "dubbed"};
            if (!qc_ieq(t + h->s, hn, "it")) return QC_OK;
            int by = sent_author(c, tk, a);       /* "a text message Pruitt sent ... It read:" */
            if (by >= 0) { set_ent(c, q, by); return QC_OK; }
            if (!WORD_IN(c, &tk[b], SAID)) return QC_OK;
            int org = body_subject(c, tk, a, q);
            if (org < 0) org = last_org(c, q, true, NULL, 0);
            if (org >= 0) set_ent(c, q, org);
            return QC_OK;
        }
        const tok *dt = tk;
        np ds = indef_subject(c, (size_t)(mp - c->pt), a, &dt);
        int dg = 0;       /* "A spokesman ..." is no "she" */
        for (size_t i = ds.a; ds.kind != SP_NONE && i < ds.b && !dg; i++) dg = noun_gender(c, &dt[i]);
        if (ds.kind != SP_NONE && (!dg || dg == pr)) {     /* "a mountain guide", as written */
            /* "His wife said ..." after "Dewi Harcombe and his wife Lowri": her */
            const tok *hd = &dt[ds.b - 1];
            if (kin_gender(c, hd) && !word_is(c, &dt[ds.a], "a") && !word_is(c, &dt[ds.a], "an"))
                for (size_t m = ments_before(c, q->sp_s); m-- > 0 && c->ments[m].para + 2 >= q->para;) {
                    const entity *e = &c->ents[c->ments[m].ent];
                    if (e->person && person_fits(e, pr, NULL, 0) && role_has(e, c->t + hd->s, hd->e - hd->s)) {
                        set_ent(c, q, c->ments[m].ent);
                        *last_person = c->ments[m].ent;
                        return QC_OK;
                    }
                }
            return indef_name(c, dt, ds, q);
        }
        bool near = true;
        int pick = role_subject(c, tk, a, pr);
        np dd = pick < 0 ? desc_subject(c, tk, a, pr) : (np){0, 0, SP_NONE};
        if (dd.kind != SP_NONE) {
            /* "After the session, the spokesman ... "Q," he told": someone
             * unnamed (a named one is found the usual way below) */
            int lp = *last_person;
            qc_status st = resolve_as(c, q, tk, dd, last_person);
            if (st != QC_OK) return st;
            if (q->ent < 0) return q->name ? QC_OK : indef_name(c, tk, dd, q);
            q->ent = -1;
            q->name = NULL;
            *last_person = lp;
        }
        if (pick < 0) pick = pick_person(c, q, pr, NULL, 0, *last_person, &near);
        if (pick >= 0) pick = replier(c, q, pick, pr);
        if (pick >= 0 && near && !c->ents[pick].gender) c->ents[pick].gender = pr;   /* "she said": now known */
        if (pick >= 0) { set_ent(c, q, pick); *last_person = pick; }
        return QC_OK;
    }
    if (qc_ieq(t + h->s, h->e - h->s, "i") || qc_ieq(t + h->s, h->e - h->s, "we")) return QC_OK;
    /* "one of the regulars, Maureen Doyle, called": the name in apposition after its "of" words */
    if (b - a == 1 && word_is(c, h, "one") && b + 2 < mp->n && word_is(c, &tk[b], "of")) {
        size_t x = b + 1;
        while (x < mp->n && x < b + 8 && tk[x].kind == T_WORD && !tk[x].cap && tk[x].q < 0) x++;
        int id = appos_person(c, tk, mp->n, x);
        if (id >= 0) {
            set_ent(c, q, id);
            *last_person = id;
            return QC_OK;
        }
    }
    if (b - a == 1 && qc_lex_not_name(t + h->s, hn)) return QC_OK;      /* "Another", "Several" */
    if (b - a >= 2 && h->cap && party_word(t + h->s, hn) && tk[a].kind == T_WORD &&
        qc_lex_determiner(t + tk[a].s, tk[a].e - tk[a].s))
        return resolve_party(c, q, tk, a, b, last_person);
    /* "the Chief Justice", "the Labour MP": titles only, a description */
    bool titled = b - a >= 2 && tk[a].kind == T_WORD && qc_lex_determiner(t + tk[a].s, tk[a].e - tk[a].s) &&
                  (qc_lex_title(t + h->s, hn) || qc_lex_role(t + h->s, hn));
    for (size_t i = a + 1; titled && i + 1 < b; i++)
        titled = tk[i].kind == T_WORD && (qc_lex_title(t + tk[i].s, tk[i].e - tk[i].s) || party_word(t + tk[i].s, tk[i].e - tk[i].s));
    titled |= title_only(c, tk, a, b);     /* "Minister of Foreign Affairs, Moussa Traoré, said" */
    if (h->cap && !titled) {
        char roles[96] = "";
        size_t core = strip_titles(c, tk, a, b, roles, sizeof roles);
        size_t kb = name_key_end(c, tk, core, b);
        if (kb < b) {       /* "Pike Jr.": look up Pike */
            h = &tk[kb - 1];
            hn = base_len(t + h->s, h->e - h->s);
        }
        int id = -1;
        for (size_t e = 0; kb < b && id < 0 && e < c->n_ents; e++) {   /* "Pike Sr." is not Pike Jr. */
            const entity *en = &c->ents[e];
            if (key_is(c, en, t + h->s, hn) &&
                has_suffix(en, t + tk[b - 1].s, tk[b - 1].e - tk[b - 1].s, true))
                id = (int)e;
        }
        if (id < 0 && core + 1 < kb && tk[core].kind == T_WORD)       /* "Bill Clinton" */
            id = find_person(c, t + h->s, hn, t + tk[core].s, tk[core].e - tk[core].s, 0, NULL);
        /* "the State Department" is not the Justice Department named before */
        if (id < 0 && !(core + 1 < kb && body_word(t + h->s, hn)))
            id = find_person(c, t + h->s, hn, NULL, 0, title_gender(c, tk, a, core), roles);
        /* a first name alone, or after a title taking first names ("Sheikh Khalid", "Sir Keir"; not "Mr Thomas") */
        static const char *const BY_FIRST[] = {"sheikh", "sheikha", "sir", "dame", "prince", "princess", "king",
                                               "queen", "emir", "sultan"};
        bool first = kb == core + 1 && (b - a == 1 || (core == a + 1 && WORD_IN(c, &tk[a], BY_FIRST)));
        if (id < 0 && first && qc_lex_first_name_gender(t + h->s, hn)) id = find_entity(c, t + h->s, hn, true);
        if (first && (id < 0 || c->ents[id].ntok < 2)) {     /* "Jade told", Jade Mallory named */
            int full = person_by_first(c, t + h->s, hn);
            if (full >= 0) id = full;
        }
        if (id < 0 && core + 1 == kb) id = org_by_first(c, t + h->s, hn);   /* "Velmora said" */
        bool caps = all_caps(c, h);
        if (caps && kb == core + 1) {       /* "UN", "FBI": the body named in full before, if any */
            int full = org_by_initials(c, t + h->s, h->e - h->s);
            if (full >= 0 && (id < 0 || c->ents[id].ntok < 2)) id = full;
        }
        for (size_t e = c->n_ents; id < 0 && caps && e-- > 0;) {    /* "PENCE:" is Mike Pence */
            const entity *en = &c->ents[e];
            if (en->person && en->key_n == hn && ieq_n(t + en->key_s, t + h->s, hn)) id = (int)e;
        }
        size_t sn;
        const char *sx = id >= 0 ? name_suffix(&c->ents[id], &sn) : NULL;
        bool young = a > 0 && word_is(c, &tk[a - 1], "younger");
        if (id >= 0 && kb == b && (young || (a > 0 && word_is(c, &tk[a - 1], "elder"))) &&
            (sx && junior_word(sx, sn)) != young) {
            /* "the younger Van der Merwe": of two with the name, the Jr. */
            for (size_t e = 0; e < c->n_ents; e++) {
                const entity *en = &c->ents[e];
                sx = name_suffix(en, &sn);
                if (en->person && key_is(c, en, t + h->s, hn) && (sx && junior_word(sx, sn)) == young)
                    { id = (int)e; break; }
            }
        }
        if (id >= 0) {
            set_ent(c, q, id);
        } else if (caps && b - a == 1 && b < mp->n && punct_is(c, &tk[b], ':')) {
            char *nm = qc_arena_strndup(c->doc->arena, t + h->s, hn);   /* "WALLACE:" -> "Wallace" (not "ICE") */
            if (!nm) return QC_ERR_NOMEM;
            for (size_t i = 1; i < hn; i++)
                if (nm[i] >= 'A' && nm[i] <= 'Z') nm[i] = (char)(nm[i] + 32);
            q->name = nm;
        } else {
            size_t end = kb < b ? tk[b - 1].e : h->s + hn;
            q->name = qc_arena_strndup(c->doc->arena, t + tk[core].s, end - tk[core].s);
            if (!q->name) return QC_ERR_NOMEM;
        }
        if (q->ent >= 0 && c->ents[q->ent].person) *last_person = q->ent;
        return QC_OK;
    }
    /* description */
    const tok *d = &tk[a];
    if (b + 4 < mp->n && punct_is(c, &tk[b], ',') && (word_is(c, &tk[b + 1], "who") || word_is(c, &tk[b + 1], "identified"))) {
        /* "the woman, who gave her name only as Carol", "a man, identified only as Sam": that name */
        bool naming = word_is(c, &tk[b + 1], "identified");     /* not "who served as Treasury Secretary" */
        for (size_t i = b + 2; i + 1 < mp->n && i < b + 14 && !tk[i].send && tk[i].q < 0; i++) {
            naming |= word_is(c, &tk[i], "name") || word_is(c, &tk[i], "identified") || word_is(c, &tk[i], "only");
            if (!naming || !(word_is(c, &tk[i], "as") || (word_is(c, &tk[i], "name") && punct_is(c, &tk[i + 1], ','))))
                continue;
            size_t n0 = word_is(c, &tk[i], "as") ? i + 1 : i + 2, n1 = n0;
            while (n1 < mp->n && n1 < n0 + 3 && name_tok(c, &tk[n1])) n1++;
            if (n1 == n0) break;
            int id = person_at(c, tk[n0].s);
            if (id >= 0) {
                set_ent(c, q, id);
                *last_person = id;
            } else {
                q->name = qc_arena_strndup(c->doc->arena, t + tk[n0].s, tk[n1 - 1].e - tk[n0].s);
                if (!q->name) return QC_ERR_NOMEM;
            }
            return QC_OK;
        }
    }
    int appos = appos_person(c, tk, mp->n, b);     /* "the department's deputy director, Annika Feld," */
    if (appos >= 0) {
        set_ent(c, q, appos);
        *last_person = appos;
        return QC_OK;
    }
    if (b - a == 2 && word_is(c, d, "the") && all_caps(c, h)) {     /* "the UN" */
        int id = org_by_initials(c, t + h->s, h->e - h->s);
        if (id >= 0) {
            set_ent(c, q, id);
            return QC_OK;
        }
    }
    for (size_t f = a + 1; f + 1 < b; f++) {      /* "a spokesperson for the trust": the trust */
        if (!word_is(c, &tk[f], "for")) continue;
        const tok *o = &tk[b - 1];
        size_t on = base_len(t + o->s, o->e - o->s);
        int id = -1;
        if (tk[f + 1].cap) {
            id = org_by_first(c, t + tk[f + 1].s, tk[f + 1].e - tk[f + 1].s);
            if (id < 0) id = find_entity(c, t + o->s, on, false);
        } else if (word_is(c, &tk[f + 1], "the") && f + 3 == b) {
            id = last_org(c, q, false, t + o->s, on);
        }
        if (id >= 0 && !c->ents[id].person) {
            set_ent(c, q, id);
            return QC_OK;
        }
        break;
    }
    const tok *age = NULL;      /* "the 34-year-old mother of three": age, and the noun before "of three" */
    for (size_t i = a; i < b; i++)
        if (qc_is_digit((unsigned char)t[tk[i].s]) && tk[i].e - tk[i].s > 9 && ieq_n(t + tk[i].e - 9, "-year-old", 9))
            age = &tk[i];
    if (b - a >= 4 && word_is(c, &tk[b - 2], "of") && qc_lex_determiner(t + h->s, hn)) {
        h = &tk[b - 3];
        hn = base_len(t + h->s, h->e - h->s);
    }
    if (hn > 7 && ieq_n(t + h->s + hn - 6, "-elect", 6)) hn -= 6;     /* "the senator-elect": a senator */
    if (word_is(c, d, "a") || word_is(c, d, "an")) {
        int id = spoken_for(c, (size_t)(mp - c->pt), a, b);
        if (id >= 0) {
            set_ent(c, q, id);
            return QC_OK;
        }
    }
    if (word_is(c, d, "a") || word_is(c, d, "an") || word_is(c, d, "another") || word_is(c, d, "one") ||
        word_is(c, d, "some") || word_is(c, d, "two") || word_is(c, d, "several") || word_is(c, d, "many"))
        return described(c, tk, mp->n, a, b, q);
    if (hn > 3 && t[h->s + hn - 1] == 's' && t[h->s + hn - 2] != 's') return QC_OK;   /* plural */
    if (possessive(c, d) && d->cap) return QC_OK;   /* "Trump's spokesman": someone else */
    /* "the coalition's statement", "the bank's metals team": the body itself */
    for (size_t i = a; i + 1 < b && !qc_lex_role(t + h->s, hn); i++)
        if (possessive(c, &tk[i]) && !tk[i].cap && tk[i].kind == T_WORD) {
            int id = last_org(c, q, false, t + tk[i].s, base_len(t + tk[i].s, tk[i].e - tk[i].s));
            if (id >= 0) {
                set_ent(c, q, id);
                return QC_OK;
            }
            break;
        }
    if (b - a == 2 && word_is(c, d, "the") && q->listed) {
        /* "said one Republican senator who asked not to be named" ... "the
         * senator said": the unnamed speaker of an earlier quote, when no
         * one named with that role spoke since */
        for (size_t oi = (size_t)(q - c->wq); oi-- > 0 && c->wq[oi].para + 4 > q->para;) {
            const wquote *o = &c->wq[oi];
            if (o->ent >= 0 && role_has(&c->ents[o->ent], t + h->s, hn)) break;
            if (o->ent >= 0 || o->sp_s == QC_NONE || !o->how) continue;
            const char *w = t + o->sp_s, *e = t + o->sp_e;
            if (!(qc_ieq(w, 2, "a ") || qc_ieq(w, 3, "an ") || qc_ieq(w, 4, "one "))) continue;
            bool has = false;
            for (const char *x = w; x + hn <= e && !has; x++)
                has = (x == w || x[-1] == ' ') && ieq_n(x, t + h->s, hn) && (x + hn == e || x[hn] == ' ' || x[hn] == ',');
            if (has) {
                q->name = o->name ? o->name : qc_arena_strndup(c->doc->arena, w, (size_t)(e - w));
                if (!q->name) return QC_ERR_NOMEM;
                return QC_OK;
            }
        }
    }
    if (b - a == 2 && word_is(c, d, "the") && (qc_lex_role(t + h->s, hn) || !source_head(c, h))) {
        /* "A diplomat in Paris said ... "Q," the diplomat said" (not "the memo") */
        const tok *dt = tk;
        np ds = indef_subject(c, (size_t)(mp - c->pt), a, &dt);
        /* (the press by any of its names: "A correspondent ... the journalist") */
        static const char *const PRESS[] = {"reporter", "journalist", "correspondent"};
        bool press = QC_IEQ_ANY(t + h->s, hn, PRESS);
        for (size_t i = ds.a + 1; ds.kind != SP_NONE && i < ds.b; i++)
            if (dt[i].kind == T_WORD && ((dt[i].e - dt[i].s == hn && ieq_n(t + dt[i].s, t + h->s, hn)) ||
                                         (press && WORD_IN(c, &dt[i], PRESS))))
                return indef_name(c, dt, ds, q);
    }
    size_t m0 = ments_before(c, q->sp_s);
    /* the person with the whole title first ("the Chief Justice", not a Justice), then the head word */
    for (int whole = 1; whole >= 0 && q->ent < 0; whole--)
        for (size_t m = m0; m-- > 0;) {
            const entity *e = &c->ents[c->ments[m].ent];
            bool has = role_has(e, t + h->s, hn);
            for (size_t i = a + 1; has && whole && i + 1 < b; i++)
                has = tk[i].kind != T_WORD || role_has(e, t + tk[i].s, tk[i].e - tk[i].s);
            if (has) { q->ent = c->ments[m].ent; break; }
        }
    /* a lede's "the mayor says" names the mayor a few paragraphs later */
    /* (the whole title first: "the Prime Minister" is no former minister;
     * then without its lower-case words: "the embattled mayor" is Mayor Ann Cole) */
    for (int whole = 1; whole >= 0 && q->ent < 0; whole--)
        for (size_t m = m0; q->ent < 0 && q->para <= 2 && word_is(c, d, "the") && qc_lex_role(t + h->s, hn) &&
                            m < c->n_ments && c->ments[m].para <= q->para + 6; m++) {
            const entity *e = &c->ents[c->ments[m].ent];
            bool has = e->person && (role_has(e, t + h->s, hn) || word_before(c, &c->ments[m], t + h->s, hn));
            for (size_t i = a + 1; has && i + 1 < b; i++)      /* (title words always) */
                has = tk[i].kind != T_WORD || (!whole && !tk[i].cap) || role_has(e, t + tk[i].s, tk[i].e - tk[i].s) ||
                      word_before(c, &c->ments[m], t + tk[i].s, tk[i].e - tk[i].s);
            if (has) q->ent = c->ments[m].ent;
        }
    /* "the statement said" after "a statement written by Ann Cole": its author */
    if (q->ent < 0 && b - a == 2 && word_is(c, d, "the")) q->ent = text_author(c, q, t + h->s, hn);
    if (q->ent < 0 && b - a == 2 && word_is(c, d, "the")) q->ent = text_issuer(c, q, t + h->s, hn);
    /* "the company said": the organisation named last */
    if (q->ent < 0 && b - a == 2 && word_is(c, d, "the") && !qc_lex_role(t + h->s, hn))
        q->ent = last_org(c, q, false, t + h->s, hn);
    /* a role no one was given: the last person, unless the role serves
     * someone else ("the spokesman", "an aide") */
    static const char *const SERVES[] = {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor",
                                         "official", "attorney", "lawyer", "counsel", "agent", "staffer"};
    bool serves = false;
    serves |= QC_IEQ_ANY(t + h->s, hn, SERVES);
    serves |= word_is(c, d, "his") || word_is(c, d, "her") || word_is(c, d, "their") || word_is(c, d, "its");
    if (q->ent < 0 && (qc_lex_role(t + h->s, hn) || age || kin_gender(c, h)) && !serves) {
        bool near;
        q->ent = pick_person(c, q, kin_gender(c, h), age ? t + age->s : NULL, age ? age->e - age->s : 0, *last_person, &near);
    }
    if (q->ent >= 0) {
        set_ent(c, q, q->ent);
        if (c->ents[q->ent].person) *last_person = q->ent;
    } else if (word_is(c, d, "the") && b > a + 1) {
        /* "The White House", "the Senate": a body named by title words */
        bool caps = true;
        for (size_t i = a + 1; i < b && caps; i++) caps = tk[i].kind == T_WORD && tk[i].cap;
        if (caps) {
            q->name = qc_arena_strndup(c->doc->arena, t + tk[a + 1].s, tk[b - 1].e - tk[a + 1].s);
            if (!q->name) return QC_ERR_NOMEM;
        }
    }
    return QC_OK;
}

/* ------------------------------------------------------------------ */
/* The stage                                                            */

static size_t word_count(const ptoks *p, const wquote *q)
{
    size_t n = 0;
    for (size_t i = q->tq0; i < q->tq1; i++) n += p->t[i].kind == T_WORD;
    return n;
}

static bool title_case(const ctx *c, const ptoks *p, const wquote *q)
{
    /* longer small words a title leaves in lower case ("Show with Larry") */
    static const char *const SMALL[] = {"with", "from", "into", "onto", "over", "upon", "about", "after",
                                        "under", "than", "through", "without", "versus"};
    for (size_t i = q->tq0; i < q->tq1; i++) {
        const tok *k = &p->t[i];
        if (k->kind != T_WORD) continue;
        if (!k->cap && (k->e - k->s > 3 || i == q->tq0) && !qc_is_digit((unsigned char)c->t[k->s]) &&
            (i == q->tq0 || !WORD_IN(c, k, SMALL)))
            return false;
    }
    return true;
}

/* Is the quote a name of a work or programme: Title Case right after a
 * possessive or "on", "titled", "show" ("CNN's "State of the Union"")? */
static bool named_work(const ctx *c, const ptoks *p, const wquote *q)
{
    static const char *const BEFORE[] = {
        "on", "titled", "entitled", "show", "program", "programme", "series", "film", "movie",
        "book", "documentary", "episode", "broadcast", "column", "album", "song", "musical",
        "play", "novel", "anthem", "nicknamed", "dubbed", "slogan", "ad", "spot", "forum",
        "called", "of", "in", "podcast", "newsletter", "memoir", "sitcom", "poem", "opera",
        "perform", "performed", "performing", "sang", "sing", "singing", "nickname", "moniker",
        "motto", "hashtag", "headline", "commentary", "essay", "editorial", "campaign", "initiative",
        "operation", "quoting", "thriller", "drama", "comedy", "miniseries", "biopic", "single",
        "hit", "track", "sequel", "franchise", "exhibition", "branded", "banner", "tagline", "label",
        "catchphrase",
    };
    /* a work or event named by the noun after it: "his "Keep It Real" radio show" */
    static const char *const AFTER[] = {
        "show", "program", "programme", "series", "radio", "podcast", "column", "book", "film",
        "documentary", "campaign", "forum", "initiative", "slogan", "tour", "event", "conference",
        "summit", "festival", "award", "prize", "doctrine", "movement", "caucus", "website", "blog",
        "hashtag", "newsletter", "segment", "album", "song", "exhibition", "advertising", "ad",
        "marketing", "television", "tv", "nickname", "moniker", "tagline",
    };
    if (q->tq0 == 0 || !title_case(c, p, q)) return false;
    if (q->tq1 < p->n && p->t[q->tq1].q < 0 && WORD_IN(c, &p->t[q->tq1], AFTER)) return true;
    /* described after a comma: ""Blue Lanterns", a song written for the film" */
    if (q->tq1 + 2 < p->n && punct_is(c, &p->t[q->tq1], ',') && qc_lex_determiner(c->t + p->t[q->tq1 + 1].s, p->t[q->tq1 + 1].e - p->t[q->tq1 + 1].s)) {
        bool work = false;     /* (not ""No More Cuts", a campaign organiser said") */
        for (size_t i = q->tq1 + 2; i < p->n && i < q->tq1 + 7 && p->t[i].kind == T_WORD && p->t[i].q < 0; i++) {
            if (tok_speech_verb(c, &p->t[i]) && finite_form(c, &p->t[i])) return false;
            work |= i < q->tq1 + 5 && WORD_IN(c, &p->t[i], AFTER);
        }
        if (work) return true;
    }
    const tok *k = &p->t[q->tq0 - 1];
    if (after_work_comma(c, p->t, q->tq0)) return true;
    if (k->kind != T_WORD || k->q >= 0) return false;
    /* a year between: "his 1994 "Contract With America"" */
    static const char *const POSS[] = {"his", "her", "their", "its", "our", "my", "the"};
    if (q->tq0 >= 2 && k->e - k->s == 4 && qc_is_digit((unsigned char)c->t[k->s]) && p->t[q->tq0 - 2].q < 0 &&
        (possessive(c, &p->t[q->tq0 - 2]) || WORD_IN(c, &p->t[q->tq0 - 2], POSS)))
        return true;
    if (possessive(c, k)) return true;
    if (WORD_IN(c, k, BEFORE)) return true;
    /* a nickname between the parts of a name: Marcia "Cia" Price */
    return k->cap && q->tq1 < p->n && p->t[q->tq1].cap && p->t[q->tq1].q < 0 && word_count(p, q) == 1;
}

/* Is the quote a name in Title Case used before a noun, after a possessive,
 * an article or a name: "Lumora's new "Halo 2" glasses", "the Zipwell
 * "Glide S3" sold"? Not words someone was quoted calling a thing: "he
 * called Rubio "Little Marco" often". */
static bool modifier_name(const ctx *c, const ptoks *p, const wquote *q)
{
    static const char *const BEFORE[] = {"a", "an", "the", "new", "its", "his", "her", "their", "our", "latest"};
    if (q->tq0 == 0 || q->tq1 >= p->n || !title_case(c, p, q)) return false;
    const tok *k = &p->t[q->tq0 - 1], *n = &p->t[q->tq1];
    if (k->kind != T_WORD || k->q >= 0 || n->q >= 0 || !is_lower_word(c, n) || tok_speech_verb(c, n)) return false;
    for (size_t i = q->tq0, lo = sent_lo(p->t, q->tq0); i-- > lo && i + 4 >= q->tq0;)
        if (tok_speech_verb(c, &p->t[i])) return false;
    return possessive(c, k) || WORD_IN(c, k, BEFORE) || (k->cap && !k->send && q->tq0 >= 2 && !p->t[q->tq0 - 2].send);
}

/* Is the quote's one word a personal pronoun, a word mentioned rather
 * than said: "because "she" is a "he""? */
static bool lone_pronoun(const ctx *c, const ptoks *p, const wquote *q)
{
    static const char *const MORE[] = {"i", "we", "us", "you", "me"};
    for (size_t i = q->tq0; i < q->tq1; i++)
        if (p->t[i].kind == T_WORD)
            return qc_lex_pronoun(c->t + p->t[i].s, p->t[i].e - p->t[i].s) || WORD_IN(c, &p->t[i], MORE);
    return false;
}

/* Does the quote end its sentence with a period after starting inside it,
 * right after a word ("on CNN's "State of the Union."")? */
static bool mid_sentence(const ctx *c, const ptoks *p, const wquote *q)
{
    if (q->tq0 == 0 || q->tq1 <= q->tq0) return false;
    const tok *k = &p->t[q->tq0 - 1], *e = &p->t[q->tq1 - 1];
    bool period = punct_is(c, e, '.') || (e->kind == T_WORD && c->t[e->e - 1] == '.');
    return period && k->kind == T_WORD && k->q < 0 && !k->send;
}

/* Was the quote given a source by name ("Ann Cole") or by description
 * ("the senator")? A short quote with one is borrowed words, not a scare quote. */
static bool named_source(const ctx *c, const wquote *q)
{
    if (!q->how || q->sp_s == QC_NONE) return false;
    if (q->name) return strchr(q->name, ' ') != NULL;
    size_t n = q->sp_e - q->sp_s;
    return !qc_lex_pronoun(c->t + q->sp_s, n) && !qc_ieq(c->t + q->sp_s, n, "i") && !qc_ieq(c->t + q->sp_s, n, "we");
}

/* Is there a speech verb within `w` tokens of the quote, in its sentence? */
static bool verb_near(const ctx *c, const ptoks *p, const wquote *q, size_t w)
{
    size_t lo = sent_lo(p->t, q->tq0), hi = sent_hi(p->t, p->n, q->tq1);
    for (size_t i = q->tq0 > w ? q->tq0 - w : 0; i < q->tq0; i++)
        if (i >= lo && p->t[i].q < 0 && qc_lex_speech_word(c->t + p->t[i].s, p->t[i].e - p->t[i].s)) return true;
    for (size_t i = q->tq1; i < hi && i < q->tq1 + w; i++)
        if (p->t[i].q < 0 && qc_lex_speech_word(c->t + p->t[i].s, p->t[i].e - p->t[i].s)) return true;
    return false;
}

/* Is the quote no speech but a scare quote, a title or a name (short, no
 * speech word near and no named source; a Title Case name of a work, also
 * closing a sentence; a name before a noun; a pronoun mentioned; a title
 * after "<work noun>,"; a slogan named by what it is)? */
static bool not_speech(const ctx *c, const ptoks *pt, const wquote *q)
{
    size_t words = word_count(pt, q);
    bool ends = quote_ends_sentence(c->t, q->start, q->end);
    /* a short quote closing a sentence it did not open ("on CNN's
     * "State of the Union."") is a title or a scare quote too */
    bool tail = ends && mid_sentence(c, pt, q);
    if (!ends && words <= 6 && title_case(c, pt, q) && q->how != 1 && !verb_near(c, pt, q, 6)) return true;
    if ((!ends || tail) && words <= 6 && named_work(c, pt, q)) return true;
    if (!ends && words <= 4 && q->how != 1 && modifier_name(c, pt, q)) return true;
    /* (but ""Us," she said" is an answer, unless "the "us" he speaks of" names the word) */
    bool named_word = q->tq0 > 0 && pt->t[q->tq0 - 1].kind == T_WORD &&
                      qc_lex_determiner(c->t + pt->t[q->tq0 - 1].s, pt->t[q->tq0 - 1].e - pt->t[q->tq0 - 1].s);
    if (words == 1 && ((q->how != 1 && q->how != 2) || named_word) && lone_pronoun(c, pt, q)) return true;
    /* a work's title in any case: "Ann Cole's commentary, "Melania, tell your story," is" */
    if (words <= 10 && q->how != 1 && after_writing_comma(c, pt->t, q->tq0) && quote_ends_clause(c->t, q->start, q->end))
        return true;
    /* a slogan named by what it is, in any case: "the tagline "Look up, not down"" */
    static const char *const SLOGAN[] = {"slogan", "tagline", "motto", "hashtag", "banner", "nickname",
                                         "catchphrase", "headline"};
    if (words <= 8 && q->tq0 > 0 && q->how != 1 && WORD_IN(c, &pt->t[q->tq0 - 1], SLOGAN)) return true;
    return !ends && words <= 3 && q->how != 1 && !verb_near(c, pt, q, 16) && !named_source(c, q);
}

/* Is the quote a fragment inside a sentence of reported speech? */
static bool is_partial(const ctx *c, const ptoks *p, const wquote *q)
{
    size_t i = q->start;
    uint32_t ch = 0;
    while (i < q->end) {
        ch = qc_utf8_next(c->t, q->end, &i);
        if (qc_is_alpha(ch) || qc_is_digit(ch)) break;
    }
    if (qc_is_lower(ch)) return true;
    if (q->tq0 == 0) return false;
    const tok *k = &p->t[q->tq0 - 1];
    return k->kind == T_WORD && k->q < 0 && !tok_speech_verb(c, k) && !qc_ieq(c->t + k->s, k->e - k->s, "that") ? !quote_ends_sentence(c->t, q->start, q->end) : false;
}

/* Is the straight-quoted span [s, e) opening a paragraph the excerpt of
 * another article rather than speech: curly quotes inside, reporting verbs
 * outside them ("chanting “U-S-A!”", "“Q,” Melanie said") and no first
 * person outside them, as speech would have ("When I asked him, he said
 * “never”")? Then its quotes are the curly ones. */
static bool stray_mark(const ctx *c, size_t s, size_t e)
{
    static const char *const FIRST[] = {"i", "me", "my", "we", "us", "our", "i'm", "i’m", "i've", "i’ve"};
    if (c->t[s] != '"') return false;
    bool curly = false, inside = false, verb = false;
    size_t i = s + 1;
    while (i < e) {
        size_t at = i;
        uint32_t ch = qc_utf8_next(c->t, e, &i);
        if (ch == 0x201C) { curly = inside = true; continue; }
        if (ch == 0x201D) { inside = false; continue; }
        if (inside || !qc_is_alpha(ch)) continue;
        for (size_t k = i; k < e;) {      /* the rest of the word, apostrophes included */
            size_t n = k;
            uint32_t d = qc_utf8_next(c->t, e, &n);
            if (!qc_is_alpha(d) && d != '\'' && d != 0x2019) break;
            i = k = n;
        }
        if (QC_IEQ_ANY(c->t + at, i - at, FIRST)) return false;
        verb |= qc_lex_speech_verb(c->t + at, i - at);
    }
    return curly && verb;
}

static qc_status find_quotes(ctx *c, size_t para, bool singles)
{
    qc_doc *doc = c->doc;
    const qc_para *pa = &doc->paras[para];
    ptoks *p = &c->pt[para];
    qc_qspan *sp = NULL;
    size_t n = 0, cap = 0;
    if (qc_quote_spans(doc->arena, c->t + pa->start, pa->end - pa->start, singles, &sp, &n, &cap))
        return QC_ERR_NOMEM;
    /* a straight mark opening an excerpt of another article (stray_mark) is
     * no quote: the quotes are the curly ones after it; the excerpt's last
     * paragraph closes the mark ("“Q,” Ann said.") */
    bool last = n && sp[n - 1].closed && c->excerpt == para;
    if (n && sp[n - 1].start == 0 && (!sp[n - 1].closed || last) &&
        stray_mark(c, pa->start + sp[n - 1].start, pa->start + sp[n - 1].end)) {
        c->excerpt = para + 1;
        size_t from = sp[n - 1].start + 1, m = n - 1;
        if (qc_quote_spans(doc->arena, c->t + pa->start + from, pa->end - pa->start - from, singles, &sp, &m, &cap))
            return QC_ERR_NOMEM;
        for (size_t k = n - 1; k < m; k++) { sp[k].start += from; sp[k].end += from; }
        n = m;
    }
    p->first_quote = c->n_wq;
    p->n_quotes = n;
    for (size_t k = 0; k < n; k++) {
        wquote q;
        memset(&q, 0, sizeof q);
        q.start = pa->start + sp[k].start;
        q.end = pa->start + sp[k].end;
        q.para = para;
        q.closed = sp[k].closed;
        q.listed = true;
        q.sp_s = q.sp_e = QC_NONE;
        q.ent = -1;
        size_t i = 0;
        while (i < p->n && p->t[i].s < q.start) i++;
        q.tq0 = i;
        while (i < p->n && p->t[i].e <= q.end) p->t[i++].q = (int)k;
        q.tq1 = i;
        if (QC_PUSH(doc->arena, c->wq, c->n_wq, c->cap_wq, q)) return QC_ERR_NOMEM;
    }
    /* sentence ends inside quotes do not count, except at the end of a
     * quote that ends a sentence and is followed by a new one */
    for (size_t i = 0; i < p->n; i++)
        if (p->t[i].q >= 0) p->t[i].send = false;
    for (size_t k = 0; k < n; k++) {
        const wquote *q = &c->wq[p->first_quote + k];
        if (q->tq1 <= q->tq0 || !quote_ends_sentence(c->t, q->start, q->end)) continue;
        if (q->tq1 >= p->n || p->t[q->tq1].cap || p->t[q->tq1].q >= 0) p->t[q->tq1 - 1].send = true;
    }
    return QC_OK;
}

/* A transcript line quoted whole: "PENCE: Well, ..." names its speaker. */
static bool transcript_speaker(const ctx *c, const ptoks *p, wquote *q)
{
    size_t b = q->tq0;
    while (b < q->tq1 && b < q->tq0 + 4 && all_caps(c, &p->t[b])) b++;
    if (b == q->tq0 || b + 1 >= q->tq1 || !punct_is(c, &p->t[b], ':')) return false;
    q->sp_s = p->t[q->tq0].s;
    q->sp_e = p->t[b - 1].e;
    q->cue_s = p->t[b].s;
    q->cue_e = p->t[b].e;
    q->cue_lit = ":";
    q->how = 1;
    return true;
}

/* The last he/she in tk[s.b..hi) opening a clause of its own (after a
 * comma or a conjunction, before a lower-case word) when it most likely
 * means s, the sentence's subject: it fits s ("Ann Cole backed the bill,
 * although he ..." is someone else) and no one else it fits is named in
 * between ("Cole attacked the plan, portraying Ben Hart as reckless
 * because he had ..." is Hart). */
static np clause_pronoun(const ctx *c, const tok *tk, np s, size_t hi)
{
    static const char *const OPEN[] = {"and", "but", "so", "yet"};
    np r = {0, 0, SP_NONE};
    for (size_t i = hi; i-- > s.b + 1;) {
        int g = word_is(c, &tk[i], "he") ? 1 : word_is(c, &tk[i], "she") ? 2 : 0;
        if (!g || tk[i].q >= 0 || i + 1 >= hi || !is_lower_word(c, &tk[i + 1])) continue;
        if (!punct_is(c, &tk[i - 1], ',') && !WORD_IN(c, &tk[i - 1], OPEN) && !WORD_IN(c, &tk[i - 1], SUBORD)) continue;
        int sg = s.kind == SP_PRON ? qc_lex_pronoun(c->t + tk[s.a].s, tk[s.a].e - tk[s.a].s) :
                 s.kind == SP_DESC ? noun_gender(c, &tk[s.b - 1]) : 0;
        for (size_t m = ments_before(c, tk[s.a].s); s.kind == SP_NAME && m < c->n_ments && c->ments[m].pos < tk[s.b - 1].e; m++)
            if (c->ents[c->ments[m].ent].person) sg = c->ents[c->ments[m].ent].gender;
        if (sg && sg != g) return r;
        for (size_t m = ments_before(c, tk[s.b].s); m < c->n_ments && c->ments[m].pos < tk[i].s; m++)
            if (c->ents[c->ments[m].ent].person && gender_fits(&c->ents[c->ments[m].ent], g)) return r;
        r.a = i; r.b = i + 1; r.kind = SP_PRON;
        break;
    }
    return r;
}

/* Attributes the quotes of one paragraph from their own sentences. */
static void attribute_para(ctx *c, size_t para)
{
    ptoks *p = &c->pt[para];
    wquote *qs = c->wq ? c->wq + p->first_quote : NULL; /* NULL + 0 is undefined */
    for (size_t k = 0; k < p->n_quotes; k++) {
        wquote *q = &qs[k];
        if (transcript_speaker(c, p, q) || attrib_by(c, p, q)) continue;
        size_t hi = q->tq0, lo = sent_lo(p->t, hi);
        if (k > 0 && qs[k - 1].tq1 > lo) lo = qs[k - 1].tq1;
        /* a quote ending its sentence belongs to the sentence's own verb first */
        bool ended = quote_ends_sentence(c->t, q->start, q->end) && q->tq1 < p->n && p->t[q->tq1].cap;
        /* so does a fragment the sentence runs on after: `would "Q" had she` */
        bool runs_on = !ended && q->tq1 < p->n && p->t[q->tq1].kind == T_WORD && !quote_ends_clause(c->t, q->start, q->end);
        /* and one inside a fronted clause: "After Ann Cole told him that it was "Q," Ben Hart left" */
        bool fronted = lo == sent_lo(p->t, hi) && WORD_IN(c, &p->t[lo], SUBORD);
        for (size_t i = lo; fronted && i < hi; i++) fronted = !punct_is(c, &p->t[i], ',') && !punct_is(c, &p->t[i], ';');
        if (hi > lo && attrib_noun(c, p, q, lo, hi, true)) continue;
        if ((ended || runs_on || fronted) && hi > lo && attrib_before(c, p, q, lo, hi)) continue;
        if (attrib_after(c, p, q)) continue;
        if (!attrib_before(c, p, q, lo, hi)) attrib_noun(c, p, q, lo, hi, false);
    }
    for (size_t k = 0; k < p->n_quotes; k++)
        if (!qs[k].how) attrib_tail(c, p, &qs[k]);
    /* borrow within a sentence, then inherit within the paragraph */
    for (size_t k = 0; k < p->n_quotes; k++) {
        wquote *q = &qs[k];
        if (q->how) continue;
        size_t lo = sent_lo(p->t, q->tq0), hi = sent_hi(p->t, p->n, q->tq1);
        const wquote *best = NULL;
        size_t bestd = (size_t)-1;
        for (size_t j = 0; j < p->n_quotes; j++) {
            const wquote *o = &qs[j];
            if (j == k || !o->how || o->how >= 3 || o->tq0 < lo || o->tq1 > hi) continue;
            size_t d = j > k ? j - k : k - j;
            if (d < bestd || (d == bestd && j > k)) { best = o; bestd = d; }
        }
        if (best) take_speaker(q, best, 3);     /* (nothing is resolved yet: no name to take) */
    }
    /* a fragment in a sentence with no speech verb: the sentence's subject,
     * or the pronoun opening a later clause ("Cole backed the deal, although
     * she has "Q"") */
    for (size_t k = 0; k < p->n_quotes; k++) {
        wquote *q = &qs[k];
        size_t lo = sent_lo(p->t, q->tq0);
        if (q->how || q->tq0 <= lo) continue;
        np s = clause_subject(c, p->t, lo, q->tq0);
        if (s.kind == SP_NONE || (s.kind == SP_DESC && !desc_can_speak(c, p->t, s))) continue;
        np pr = clause_pronoun(c, p->t, s, q->tq0);
        if (pr.kind != SP_NONE) s = pr;
        q->sp_s = p->t[s.a].s;
        q->sp_e = p->t[s.b - 1].e;
        q->cue_s = q->cue_e = QC_NONE;
        q->cue_lit = NULL;
        q->how = 5;
    }
    /* a quote opening a sentence after narration about someone: that someone */
    for (size_t k = 0; k < p->n_quotes; k++) {
        wquote *q = &qs[k];
        if (q->how) continue;
        bool before = false;       /* (a title such as "Face the Nation" is no earlier quote) */
        for (size_t j = 0; j < k; j++) before |= qs[j].how != 0 && !named_work(c, p, &qs[j]);
        if (q->tq0 == 0 || sent_lo(p->t, q->tq0) != q->tq0) continue;
        size_t lo = sent_lo(p->t, q->tq0 - 1);
        if (k > 0 && qs[k - 1].tq1 > lo && !named_work(c, p, &qs[k - 1])) continue;
        /* "X said in a statement." "Q", also after an earlier quote: the
         * nearest speaker is the one of the sentence in between */
        if (attrib_before(c, p, q, lo, q->tq0 - 1)) {
            q->how = 5;
            continue;
        }
        if (before) continue;
        np s = clause_subject(c, p->t, lo, q->tq0);
        bool role = s.kind == SP_DESC && qc_lex_determiner(c->t + p->t[s.a].s, p->t[s.a].e - p->t[s.a].s) &&
                    qc_lex_role(c->t + p->t[s.b - 1].s, p->t[s.b - 1].e - p->t[s.b - 1].s);
        if (s.kind != SP_NAME && s.kind != SP_PRON && !role) continue;   /* "The mayor then ..." */
        q->sp_s = p->t[s.a].s;
        q->sp_e = p->t[s.b - 1].e;
        q->cue_s = q->cue_e = QC_NONE;
        q->cue_lit = NULL;
        q->how = 5;
    }
}

/* Gives each still unattributed quote of the paragraph the speaker of the
 * quote before it, or of the introduction or the previous paragraph when
 * the paragraph opens with it. */
static void inherit_para(ctx *c, size_t para, const wquote *intro, const wquote *prev)
{
    ptoks *p = &c->pt[para];
    wquote *qs = c->wq ? c->wq + p->first_quote : NULL; /* NULL + 0 is undefined */
    for (size_t k = 0; k < p->n_quotes; k++) {
        wquote *q = &qs[k];
        if (q->how) continue;
        const wquote *src = NULL;
        for (size_t j = k; j-- > 0;)
            if (qs[j].how) { src = &qs[j]; break; }
        if (!src) {
            bool floating = q->tq0 == 0;
            if (floating && intro) src = intro;
            else if (floating && prev) src = prev;
        }
        if (!src) {
            for (size_t j = k + 1; j < p->n_quotes; j++)
                if (qs[j].how && (qs[j].how < 3) && q->tq0 == 0) { src = &qs[j]; break; }
        }
        if (src) take_speaker(q, src, 4);
    }
}

/* A signature line after a quote paragraph: "Q" / "- Ann Cole, Dayton". */
static void attrib_signature(ctx *c, size_t para)
{
    ptoks *p = &c->pt[para];
    if (!p->n_quotes || para + 1 >= c->doc->n_paras) return;
    wquote *q = &c->wq[p->first_quote + p->n_quotes - 1];
    const ptoks *n = &c->pt[para + 1];
    if (q->how || q->tq1 + 1 < p->n || n->n < 2 || n->n > 12 || n->n_quotes) return;
    if (!dash_tok(c, &n->t[0])) return;
    np s = subject_after(c, n->t, 0, n->n);
    if (s.kind != SP_NAME || (s.b < n->n && !punct_is(c, &n->t[s.b], ',') && !n->t[s.b].send)) return;
    set_speaker(q, n->t, s, 0, 1);
}

/* The speaker introduced at the end of a paragraph ending in ':' (no quote after). */
static bool intro_speaker(ctx *c, size_t para, wquote *out)
{
    const ptoks *p = &c->pt[para];
    memset(out, 0, sizeof *out);
    out->para = para;
    out->ent = -1;
    out->sp_s = out->sp_e = QC_NONE;
    out->cue_s = out->cue_e = QC_NONE;
    if (!p->n) return false;
    bool colon = punct_is(c, &p->t[p->n - 1], ':');
    if (p->n_quotes && c->wq[p->first_quote + p->n_quotes - 1].tq1 >= p->n - 1) return false;
    size_t hi = colon ? p->n : p->n - (p->t[p->n - 1].send ? 1 : 0);
    size_t lo = sent_lo(p->t, hi ? hi - 1 : 0);
    if (p->n_quotes) {
        size_t e = c->wq[p->first_quote + p->n_quotes - 1].tq1;
        if (e > lo) lo = e;
    }
    if (attrib_before(c, p, out, lo, hi)) {
        if (!colon) out->how = 5;
        /* (the rest of a sentence whose quote is attributed after it is that
         * attribution: ""Q," Rubio said as the crowd roared." introduces
         * Rubio, not the crowd) */
        const wquote *lq = p->n_quotes ? &c->wq[p->first_quote + p->n_quotes - 1] : NULL;
        size_t at = lo;     /* (only a subordinate clause: "Cole said, and Hart replied" introduces Hart) */
        while (at < hi && p->t[at].s < out->sp_s) at++;
        if (!colon && lq && lq->tq1 > sent_lo(p->t, hi - 1) && lq->cue_s != QC_NONE && lq->cue_s >= lq->end &&
            lq->sp_s != QC_NONE && out->sp_s != lq->sp_s && at > lo && WORD_IN(c, &p->t[at - 1], SUBORD))
            take_mention(out, lq);
        return true;
    }
    /* narration: the subject of the paragraph's last sentence */
    np s = clause_subject(c, p->t, lo, hi);
    /* "Transcript as follows:", "From Ann Cole's statement:" */
    if (s.kind != SP_NAME && s.kind != SP_PRON && colon) s = first_np(c, p->t, lo, hi);
    if (s.kind == SP_NONE || (s.kind == SP_DESC && !colon)) return false;
    out->sp_s = p->t[s.a].s;
    out->sp_e = p->t[s.b - 1].e;
    out->how = colon ? 2 : 5;
    return true;
}

static qc_status emit(ctx *c, wquote *q)
{
    qc_doc *doc = c->doc;
    qc_quote o;
    memset(&o, 0, sizeof o);
    o.start = q->start;
    o.end = q->end;
    o.sp_start = q->sp_s;
    o.sp_end = q->sp_e;
    o.speaker_name = q->name;
    o.speaker_group = q->name && !(q->ent >= 0 && c->ents[q->ent].person);
    o.partial = q->partial;
    if (q->cue_lit) o.cue = q->cue_lit;
    else if (q->sp_s != QC_NONE && q->cue_s != QC_NONE) {
        o.cue = qc_arena_strndup(doc->arena, c->t + q->cue_s, q->cue_e - q->cue_s);
        if (!o.cue) return QC_ERR_NOMEM;
    }
    o.first_sent = o.last_sent = QC_NONE;
    for (size_t i = doc->paras[q->para].first_sent;
         i < doc->n_sents && i < doc->paras[q->para].first_sent + doc->paras[q->para].n_sent; i++) {
        const qc_sentence *s = &doc->sents[i];
        if (s->end <= q->start || s->start >= q->end) continue;
        if (o.first_sent == QC_NONE) o.first_sent = i;
        o.last_sent = i;
    }
    size_t idx = doc->n_quotes;
    if (QC_PUSH(doc->arena, doc->quotes, doc->n_quotes, doc->cap_quotes, o)) return QC_ERR_NOMEM;
    if (o.first_sent != QC_NONE)
        for (size_t i = o.first_sent; i <= o.last_sent; i++)
            if (doc->sents[i].quote < 0) doc->sents[i].quote = (int)idx;
    return QC_OK;
}

/* Should single quotes open quotations in this article (British style)? */
static bool singles_primary(const qc_doc *doc)
{
    size_t dbl = 0, sgl = 0;
    for (size_t p = 0; p < doc->n_paras; p++) {
        const qc_para *pa = &doc->paras[p];
        if (pa->kind != QC_PARA_BODY) continue;
        const char *t = doc->text;
        size_t i = pa->start;
        uint32_t prev = 0;
        while (i < pa->end) {
            uint32_t ch = qc_utf8_next(t, pa->end, &i);
            if (ch == '"' || ch == 0x201C || ch == 0x201D || ch == 0xAB || ch == 0xBB) dbl++;
            else if (ch == '\'' && i < pa->end && t[i] == '\'') { dbl++; i++; ch = '"'; }  /* '' (NYT) */
            else if (ch == 0x2018 || ((ch == '\'') && opens_before(prev))) {
                size_t k = i;
                uint32_t next = k < pa->end ? qc_utf8_next(t, pa->end, &k) : 0;
                if (qc_is_alpha(next)) sgl++;
            }
            prev = ch;
        }
    }
    return sgl >= 2 && dbl * 2 < sgl;
}

/* The speaker a quote paragraph's next paragraph names after the fact:
 * ""Q" / That was Sen. Gloria Tamsin, speaking on ...", "That was how
 * Corinne Patel described ...", "So said Ann Cole". */
static void attrib_that_was(ctx *c, size_t para)
{
    ptoks *p = &c->pt[para];
    if (!p->n_quotes || para + 1 >= c->doc->n_paras) return;
    wquote *qs = &c->wq[p->first_quote];
    for (size_t i = 0; i < p->n; i++)      /* quotes only */
        if (p->t[i].q < 0 && p->t[i].kind == T_WORD) return;
    const ptoks *n = &c->pt[para + 1];
    if (n->n < 3) return;
    size_t k;
    if ((word_is(c, &n->t[0], "that") || word_is(c, &n->t[0], "those")) &&
        (word_is(c, &n->t[1], "was") || word_is(c, &n->t[1], "were")))
        k = 2;
    else if (word_is(c, &n->t[0], "so") && word_is(c, &n->t[1], "said"))
        k = 2;
    else
        return;
    if (word_is(c, &n->t[k], "how")) k++;
    np s = subject_after(c, n->t, k - 1, n->n);
    if (s.kind != SP_NAME || s.a != k || person_at(c, n->t[s.a].s) < 0) return;    /* not "That was Paris in 1968" */
    for (size_t i = 0; i < p->n_quotes; i++)
        if (!qs[i].how) set_speaker(&qs[i], n->t, s, 1, 1);
}

/* The stage proper, on the paragraphs doc->paras holds (cut: pieces of a
 * flattened article); `singles` as singles_primary() found for the article. */
static qc_status quotes_run(qc_doc *doc, bool singles, bool cut)
{
    doc->n_quotes = 0;
    for (size_t i = 0; i < doc->n_sents; i++) doc->sents[i].quote = -1;
    if (!doc->n_paras) return QC_OK;
    ctx c;
    memset(&c, 0, sizeof c);
    c.doc = doc;
    c.t = doc->text;
    c.cut = cut;
    c.pt = qc_arena_alloc(doc->arena, doc->n_paras * sizeof *c.pt);
    if (!c.pt) return qc_doc_fail(doc, QC_ERR_NOMEM, "out of memory finding quotes");
    /* pass 1: tokens, quote spans, names */
    for (size_t p = 0; p < doc->n_paras; p++) {
        const qc_para *pa = &doc->paras[p];
        if (pa->kind != QC_PARA_BODY || pa->end > doc->len || pa->start >= pa->end) continue;
        if (tokenize(&c, pa->start, pa->end, &c.pt[p]) || find_quotes(&c, p, singles) ||
            register_names(&c, p))
            return qc_doc_fail(doc, QC_ERR_NOMEM, "out of memory finding quotes");
    }
    /* pass 2: attribution and resolution, in text order */
    int last_person = -1;
    wquote intro, *pintro = NULL;
    const wquote *prev = NULL;
    bool asked = false;       /* the paragraph before is a question without quotes */
    size_t questions = 0;     /* such paragraphs in the article: three make an interview */
    int answerer = -1;        /* who answered the last question */
    for (size_t p = 0; p < doc->n_paras; p++)
        questions += !c.pt[p].n_quotes && c.pt[p].n && punct_is(&c, &c.pt[p].t[c.pt[p].n - 1], '?');
    size_t mi = 0;
    for (size_t p = 0; p < doc->n_paras; p++) {
        ptoks *pt = &c.pt[p];
        if (!pt->n) { pintro = NULL; prev = NULL; continue; }
        attribute_para(&c, p);
        attrib_signature(&c, p);
        attrib_that_was(&c, p);
        wquote *qs = c.wq ? c.wq + pt->first_quote : NULL;
        for (size_t k = 0; k < pt->n_quotes; k++)
            if (qs[k].how && resolve(&c, &qs[k], &last_person))
                return qc_doc_fail(doc, QC_ERR_NOMEM, "out of memory finding quotes");
        /* an interview: a quote answering the question just before is the
         * interviewee's: whoever answered the last question, else the last
         * speaker (inherited below), else the person named most (not
         * someone who broke in between: "Pieter ... looked up. "Q," he said.") */
        bool by_prev = prev && prev->ent >= 0 && c.ents[prev->ent].person;
        if (asked && questions >= 3 && !by_prev && pt->n_quotes && !qs[0].how && qs[0].tq0 == 0) {
            int who = answerer >= 0 ? answerer : last_person;
            for (size_t e = 0; last_person < 0 && e < c.n_ents; e++)
                if (c.ents[e].person && (who < 0 || c.ents[e].n_ment > c.ents[who].n_ment)) who = (int)e;
            for (size_t k = 0; who >= 0 && k < pt->n_quotes && !qs[k].how; k++) {
                set_ent(&c, &qs[k], who);
                qs[k].how = 4;
            }
        }
        if (asked && pt->n_quotes && qs[0].ent >= 0 && c.ents[qs[0].ent].person) answerer = qs[0].ent;
        asked = !pt->n_quotes && pt->n && punct_is(&c, &pt->t[pt->n - 1], '?');
        inherit_para(&c, p, pintro, prev);
        for (size_t k = 0; k < pt->n_quotes; k++) {
            wquote *q = &qs[k];
            if (q->how == 4 && q->ent >= 0 && c.ents[q->ent].person) last_person = q->ent;
            q->partial = is_partial(&c, pt, q);
            if (not_speech(&c, pt, q)) q->drop = true;
        }
        /* no cue found: the first source named in the quote's sentence,
         * before it, else after it (a guess, carried no further) */
        for (size_t k = 0; k < pt->n_quotes; k++) {
            wquote *q = &qs[k];
            if (q->how || q->drop) continue;
            const tok *tk = pt->t;
            size_t lo = sent_lo(tk, q->tq0), hi = sent_hi(tk, pt->n, q->tq1);
            np s = source_np(&c, tk, lo, q->tq0);
            bool after = s.kind == SP_NONE;
            if (after) s = source_np(&c, tk, q->tq1, hi);
            if (s.kind == SP_NONE) continue;
            q->sp_s = tk[s.a].s;
            q->sp_e = tk[s.b - 1].e;
            q->cue_s = q->cue_e = QC_NONE;
            q->cue_lit = NULL;
            q->how = 6;
            int lp = last_person;
            if (resolve(&c, q, &lp)) return qc_doc_fail(doc, QC_ERR_NOMEM, "out of memory finding quotes");
            /* (named after it, the source goes on to the quotation opening the
             * next sentence: ""Q1," Ann Cole, who runs the site tweeted. "Q2"") */
            wquote *n = k + 1 < pt->n_quotes ? &qs[k + 1] : NULL;
            if (after && n && !n->how && !n->drop && hi < pt->n && n->tq0 == hi + 1 && sent_lo(tk, n->tq0) == n->tq0)
                take_speaker(n, q, 6);
        }
        /* the speaker carried to the next paragraph; a short narration with
         * no quote and no one named ("The crowd cheered.") keeps it */
        while (mi < c.n_ments && c.ments[mi].para < p) mi++;     /* mentions are in paragraph order */
        bool names = mi < c.n_ments && c.ments[mi].para == p;
        if (pt->n_quotes || names || pt->n > 30) prev = NULL;
        for (size_t k = pt->n_quotes; k-- > 0;)
            if (qs[k].how && qs[k].how != 6 && !qs[k].drop) { prev = &qs[k]; break; }
        pintro = NULL;
        if (intro_speaker(&c, p, &intro)) {
            int lp = last_person;
            if (resolve(&c, &intro, &lp)) return qc_doc_fail(doc, QC_ERR_NOMEM, "out of memory finding quotes");
            if (intro.how == 2) { pintro = &intro; last_person = lp; }
            else if (!prev || intro.cue_s != QC_NONE) prev = &intro;   /* the nearest speaker */
        }
    }
    for (size_t i = 0; i < c.n_wq; i++) {
        if (c.wq[i].drop) continue;
        if (emit(&c, &c.wq[i])) return qc_doc_fail(doc, QC_ERR_NOMEM, "out of memory finding quotes");
    }
    return QC_OK;
}

/* The first code point of sentence s that is no space (0 if none), and
 * the offset after it in *at. */
static uint32_t first_cp(const qc_doc *doc, const qc_sentence *s, size_t *at)
{
    size_t i = s->start;
    uint32_t c = 0;
    while (i < s->end && qc_is_space(c = qc_utf8_next(doc->text, s->end, &i))) c = 0;
    *at = i;
    return c;
}

/* Is c an opening (or closing) mark of the article's quotations: single
 * marks when they are its primary ones, else double marks and guillemets
 * (so a nested 'stop.' inside a double quote opens and closes nothing)? */
static bool primary_open(uint32_t c, bool singles)
{
    return singles ? c == 0x2018 || c == '\'' : c == '"' || c == 0x201C || c == 0xAB || c == 0x201E;
}

static bool primary_close(uint32_t c, bool singles)
{
    return singles ? c == 0x2019 || c == '\'' : c == '"' || c == 0x201D || c == 0xBB;
}

/* Does sentence s open with a quotation mark before a letter? */
static bool opens_with_quote(const qc_doc *doc, const qc_sentence *s, bool singles)
{
    size_t i;
    if (!primary_open(first_cp(doc, s, &i), singles)) return false;
    uint32_t d = i < s->end ? qc_utf8_next(doc->text, s->end, &i) : 0;
    return qc_is_alpha(d) || qc_is_digit(d) || d == 0x2026 || d == '.';
}

/* Does sentence s open with a capital letter (not "- Ann Cole", a
 * signature) and hold a speech verb ("Across the corridor, coach Sam
 * Odhiambo said ...": a new paragraph's narration, whose verb would
 * otherwise be taken for the quote's before it)? */
static bool opens_narration(const qc_doc *doc, const qc_sentence *s)
{
    size_t i;
    if (!qc_is_upper(first_cp(doc, s, &i))) return false;
    const char *t = doc->text;
    for (size_t w = s->start; w < s->end;) {
        while (w < s->end && !(t[w] >= 'a' && t[w] <= 'z')) w++;
        size_t e = w;
        while (e < s->end && t[e] >= 'a' && t[e] <= 'z') e++;
        bool word = e > w && (w == s->start || qc_is_space((unsigned char)t[w - 1]));
        if (word && qc_lex_speech_verb(t + w, e - w)) return true;
        w = e;
    }
    return false;
}

/* Could sentence s be about someone who goes on to speak: not when it
 * opens with a thing ("The crowd cheered", "A bus went by"), only with
 * "the"/"a" and a role ("The mayor turned") or anything else ("Cole
 * smiled", "Outside the court, she ...")? */
static bool about_person(const qc_doc *doc, const qc_sentence *s)
{
    const char *t = doc->text;
    size_t w = s->start, e;
    while (w < s->end && qc_is_space((unsigned char)t[w])) w++;
    for (e = w; e < s->end && t[e] != ' ' && t[e] != ','; e++) {}
    if (!qc_ieq(t + w, e - w, "the") && !qc_ieq(t + w, e - w, "a") && !qc_ieq(t + w, e - w, "an")) return true;
    size_t w2 = e + 1, e2;
    for (e2 = w2; e2 < s->end && t[e2] != ' ' && t[e2] != ','; e2++) {}
    return w2 < s->end && (qc_is_upper((unsigned char)t[w2]) || qc_lex_role(t + w2, e2 - w2));
}

/* Does sentence s end with a closing quotation mark ("... in the third quarter.")? */
static bool ends_with_quote(const qc_doc *doc, const qc_sentence *s, bool singles)
{
    size_t i = s->end;
    uint32_t c = 0;
    while (i > s->start && qc_is_space(c = qc_utf8_prev(doc->text, &i))) c = 0;
    return primary_close(c, singles);
}

/* Is paragraph pa a body paragraph of BLOB_SENTS sentences or more, an
 * article flattened into one block as scraped and CNN/Daily Mail texts
 * often are? */
enum { BLOB_SENTS = 12 };
static bool blob(const qc_doc *doc, const qc_para *pa)
{
    return pa->kind == QC_PARA_BODY && pa->n_sent >= BLOB_SENTS && pa->first_sent + pa->n_sent <= doc->n_sents;
}

/* The paragraphs to read quotes in: the article's, but a blob is cut
 * where a sentence opens with a quotation mark, or opens narration with a
 * speech verb after one that closed a quotation: where its lost
 * paragraphs most likely began. NULL when no paragraph is cut (or out of
 * memory: *err). */
static qc_para *unflatten(const qc_doc *doc, bool singles, size_t *n, bool *err)
{
    *err = false;
    bool any = false;
    for (size_t p = 0; p < doc->n_paras && !any; p++) any = blob(doc, &doc->paras[p]);
    if (!any) return NULL;
    qc_para *out = NULL;
    size_t cap = 0;
    *n = 0;
    for (size_t p = 0; p < doc->n_paras; p++) {
        qc_para pa = doc->paras[p];
        if (blob(doc, &pa)) {
            qc_para piece = pa;
            piece.n_sent = 0;
            for (size_t i = pa.first_sent; i < pa.first_sent + pa.n_sent; i++) {
                const qc_sentence *s = &doc->sents[i];
                /* (a piece that is one sentence of narration so far introduces
                 * the quotation after it: "The mayor said she respected
                 * her deputy. "Q," she said.") */
                bool intro = piece.n_sent == 1 && !opens_with_quote(doc, &doc->sents[i - 1], singles) &&
                             !ends_with_quote(doc, &doc->sents[i - 1], singles);
                if (piece.n_sent && s->start > piece.start && !intro &&
                    (opens_with_quote(doc, s, singles) ||
                     (ends_with_quote(doc, &doc->sents[i - 1], singles) && opens_narration(doc, s)))) {
                    /* one sentence of narration between two quotations goes
                     * with the second: ""Q1." The mayor turned. "Q2," he said." */
                    size_t at = i;
                    if (piece.n_sent >= 2 && opens_with_quote(doc, s, singles) &&
                        !opens_with_quote(doc, &doc->sents[i - 1], singles) &&
                        !ends_with_quote(doc, &doc->sents[i - 1], singles) &&
                        ends_with_quote(doc, &doc->sents[i - 2], singles) && about_person(doc, &doc->sents[i - 1]))
                        at = i - 1;
                    piece.end = doc->sents[at - 1].end;
                    piece.n_sent -= i - at;
                    if (QC_PUSH(doc->arena, out, *n, cap, piece)) { *err = true; return NULL; }
                    piece.start = doc->sents[at].start;
                    piece.first_sent = at;
                    piece.n_sent = i - at;
                }
                piece.n_sent++;
            }
            piece.end = pa.end;
            pa = piece;
        }
        if (QC_PUSH(doc->arena, out, *n, cap, pa)) { *err = true; return NULL; }
    }
    return out;
}

qc_status qc_quotes(qc_doc *doc)
{
    size_t n = 0;
    bool err, singles = singles_primary(doc);     /* the same in the pieces: they hold the same text */
    qc_para *paras = unflatten(doc, singles, &n, &err);
    if (err) return qc_doc_fail(doc, QC_ERR_NOMEM, "out of memory finding quotes");
    if (!paras) return quotes_run(doc, singles, false);
    qc_para *saved = doc->paras;     /* read in the pieces, then give the article its paragraphs back */
    size_t n_saved = doc->n_paras;
    doc->paras = paras;
    doc->n_paras = n;
    qc_status st = quotes_run(doc, singles, true);
    doc->paras = saved;
    doc->n_paras = n_saved;
    return st;
}
