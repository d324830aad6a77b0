/* text.h: small UTF-8 and character-class helpers shared by the text stages. */
#ifndef QC_TEXT_H
#define QC_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Ownership: pure functions; nothing is allocated. */

/* Contract: decodes the code point at s[*i] (len bytes in all), advances *i
 * past it. Invalid or truncated sequences yield 0xFFFD and advance one byte. */
uint32_t qc_utf8_next(const char *s, size_t len, size_t *i);
/* Contract: decodes the code point ending just before s[*i], moves *i to its
 * first byte; 0 if *i == 0. */
uint32_t qc_utf8_prev(const char *s, size_t *i);
/* Contract: length of the valid UTF-8 sequence at s[0..len), 0 if invalid. */
size_t qc_utf8_valid_len(const unsigned char *s, size_t len);
/* Contract: writes the UTF-8 encoding of cp to out (4 bytes room); returns length. */
size_t qc_utf8_put(uint32_t cp, char *out);
/* Contract: the largest offset <= i that does not fall inside a UTF-8
 * sequence (cuts made there never split a character). */
size_t qc_utf8_floor(const char *s, size_t i);
/* Contract: number of code points in s[0..len). */
size_t qc_utf8_count(const char *s, size_t len);

bool qc_is_space(uint32_t c);        /* ASCII and Unicode white space, NBSP */
bool qc_is_alpha(uint32_t c);        /* letters: Latin (Vietnamese too), Greek, Cyrillic, CJK, Arabic, Hebrew, Devanagari, Thai */
bool qc_is_upper(uint32_t c);
bool qc_is_lower(uint32_t c);
bool qc_is_digit(uint32_t c);        /* ASCII digits */
bool qc_is_open_quote(uint32_t c);   /* " “ ‘ « ' „ */
bool qc_is_close_quote(uint32_t c);  /* " ” ’ » ' */
bool qc_is_dash(uint32_t c);         /* - – — */
uint32_t qc_to_lower(uint32_t c);    /* ASCII, Latin-1, Latin Extended-A, Greek and Russian capitals */

/* Contract: true if s[0..len) equals the NUL-terminated `lit`, ignoring ASCII case. */
bool qc_ieq(const char *s, size_t len, const char *lit);
/* Contract: true if s[0..len) equals one of list[0..count) (qc_ieq()). */
bool qc_ieq_any(const char *s, size_t len, const char *const *list, size_t count);
/* qc_ieq_any() over a whole static array. */
#define QC_IEQ_ANY(s, len, array) qc_ieq_any((s), (len), (array), sizeof (array) / sizeof *(array))

#endif
