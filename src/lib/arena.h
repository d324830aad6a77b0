/* arena.h: per-article bump allocator and a growable byte buffer with a size cap. */
#ifndef QC_ARENA_H
#define QC_ARENA_H

#include <stdarg.h>
#include <stddef.h>
#include "quotecast/quotecast.h"

/*
 * Ownership: an arena owns every block it hands out; they are all released
 * together by qc_arena_free(). Nothing from an arena is ever free()d alone.
 * A qc_buf owns its `data` (malloc) until qc_buf_free() or qc_buf_steal().
 */

typedef struct qc_arena qc_arena;

/* Contract: new empty arena, or NULL when out of memory. */
qc_arena *qc_arena_new(void);
/* Contract: frees the arena and all its blocks; NULL is a no-op. */
void qc_arena_free(qc_arena *a);
/* Contract: `n` zeroed bytes aligned for any type, or NULL when out of memory
 * (n == 0 returns a valid unique pointer). */
void *qc_arena_alloc(qc_arena *a, size_t n);
/* Contract: copy of s[0..n) plus a NUL, or NULL when out of memory. */
char *qc_arena_strndup(qc_arena *a, const char *s, size_t n);
/* Contract: copy of the NUL-terminated `s`, or NULL when out of memory. */
char *qc_arena_strdup(qc_arena *a, const char *s);
/* Contract: printf into the arena; NULL when out of memory. */
char *qc_arena_printf(qc_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Contract: grows an array `*arr` of `*cap` elements of `size` bytes so it
 * holds at least `need`; old contents kept (the old block is abandoned to the
 * arena). Returns QC_OK or QC_ERR_NOMEM (then *arr is unchanged). */
qc_status qc_arena_grow(qc_arena *a, void **arr, size_t *cap, size_t need, size_t size);
/* Contract: total bytes obtained from malloc by this arena. */
size_t qc_arena_footprint(const qc_arena *a);

/* Append one element to an arena array: T *arr; size_t n, cap.
 * Evaluates to a qc_status. */
#define QC_PUSH(arena, arr, n, cap, value)                                        \
    ((n) < (cap) || qc_arena_grow((arena), (void **)&(arr), &(cap), (n) + 1,    \
                                  sizeof *(arr)) == QC_OK                         \
         ? ((arr)[(n)++] = (value), QC_OK)                                        \
         : QC_ERR_NOMEM)

/* A growable, always NUL-terminated byte buffer with a hard size cap. */
typedef struct qc_buf {
    char *data;   /* NULL until the first append; then NUL-terminated */
    size_t len;   /* bytes used, excluding the NUL */
    size_t cap;   /* bytes allocated */
    size_t max;   /* cap on len; appends beyond it fail with QC_ERR_TOO_LARGE */
} qc_buf;

/* Contract: empty buffer whose length may never exceed `max` (0 = SIZE_MAX/2). */
void qc_buf_init(qc_buf *b, size_t max);
/* Contract: frees `data`; the buffer is empty and can be appended to again
 * (its cap on len is kept). */
void qc_buf_free(qc_buf *b);
/* Contract: appends n bytes; QC_OK, QC_ERR_NOMEM or QC_ERR_TOO_LARGE (buffer
 * unchanged on failure). */
qc_status qc_buf_add(qc_buf *b, const void *p, size_t n);
/* Contract: as qc_buf_add() for a NUL-terminated string, one byte, or
 * printf output (QC_ERR_INTERNAL if the format fails). */
qc_status qc_buf_puts(qc_buf *b, const char *s);
qc_status qc_buf_putc(qc_buf *b, char c);
qc_status qc_buf_printf(qc_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Contract: hands `data` to the caller (free() it; never NULL unless out of
 * memory) and leaves the buffer empty. */
char *qc_buf_steal(qc_buf *b);

#endif
