/* quotes_lex.h: static word lists for quote attribution (speech verbs, titles, pronouns). */
#ifndef QC_QUOTES_LEX_H
#define QC_QUOTES_LEX_H

#include <stdbool.h>
#include <stddef.h>

/* Ownership: pure lookups over static tables; nothing is allocated.
 * Every function takes a word as w[0..n) (not NUL-terminated) and compares
 * it ignoring ASCII case unless stated. */

/* Contract: true if w is a form of a speech verb (say, said, says, saying,
 * adds, told, warned, emphasises, ...): an irregular form or a regular
 * inflection (-ed, -d, -ied, -ing, doubled consonants) of a lemma in the
 * lexicon; base and -s/-es/-ies forms too, except for lemmas that are
 * mostly nouns in those forms (says, writes, claims; not comments, reports).
 * Requires a lower-case first letter. */
bool qc_lex_speech_verb(const char *w, size_t n);

/* Contract: as qc_lex_speech_verb(), and also the noun-like forms of the
 * lemmas ("comments", "report"): words that signal speech nearby. */
bool qc_lex_speech_word(const char *w, size_t n);

/* Contract: true if every static table is sorted and free of duplicates
 * (the lookups use binary search); for tests. */
bool qc_lex_selfcheck(void);

/* Contract: number of lemmas in the speech-verb lexicon (for tests). */
size_t qc_lex_speech_lemma_count(void);

/* Contract: true if w is a title or role word that may precede a name
 * ("Sen.", "President", "Foreign", "Minister", "Dr.") or a nationality
 * adjective ("Russian", "U.S."). */
bool qc_lex_title(const char *w, size_t n);

/* Contract: true if w is a noun naming a person by role ("minister",
 * "diplomat", "spokesman", "candidate"), singular. */
bool qc_lex_role(const char *w, size_t n);

/* Contract: 1 for he/him/his, 2 for she/her, 3 for they/them (and "it"),
 * 0 for anything else. */
int qc_lex_pronoun(const char *w, size_t n);

/* Contract: true for adverbs and auxiliaries that may sit between a subject
 * and its speech verb ("also", "has", "later", "then"), or any word ending
 * in "ly". Case-sensitive: only lower-case words qualify. */
bool qc_lex_adverb(const char *w, size_t n);

/* Contract: true for determiners that start a description ("the", "a",
 * "his", "another"). */
bool qc_lex_determiner(const char *w, size_t n);

/* Contract: true for capitalised words that are never part of a name:
 * sentence-initial function words, days and months ("The", "But", "Monday"). */
bool qc_lex_not_name(const char *w, size_t n);

/* Contract: true if w (with or without its final period) is an abbreviation
 * that ends in a period without ending the sentence ("Sen", "Mr", "Jan"). */
bool qc_lex_abbrev(const char *w, size_t n);

/* Contract: 1 if w is a common male first name, 2 if female, 0 if unknown. */
int qc_lex_first_name_gender(const char *w, size_t n);

#endif
