/* arena.c: per-article bump allocator and a growable byte buffer with a size cap. */
#include "arena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Under AddressSanitizer each allocation gets a poisoned red zone after it
 * and a block's unused tail stays poisoned, so reads and writes past an
 * arena array are reported as for malloc()ed memory. */
#if defined(__SANITIZE_ADDRESS__)
#define QC_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define QC_ASAN 1
#endif
#endif
#ifdef QC_ASAN
#include <sanitizer/asan_interface.h>
#define REDZONE 16u
#else
#define ASAN_POISON_MEMORY_REGION(p, n) ((void)(p), (void)(n))
#define ASAN_UNPOISON_MEMORY_REGION(p, n) ((void)(p), (void)(n))
#define REDZONE 0u
#endif

#define ALIGN 16u
#define BLOCK_MIN (64u * 1024u)

typedef struct block {
    struct block *next;
    size_t size, used;
    _Alignas(16) unsigned char mem[];
} block;

struct qc_arena {
    block *head;
    size_t footprint;
};

qc_arena *qc_arena_new(void) { return calloc(1, sizeof(qc_arena)); }

void qc_arena_free(qc_arena *a)
{
    if (!a) return;
    for (block *b = a->head, *next; b; b = next) {
        next = b->next;
        ASAN_UNPOISON_MEMORY_REGION(b->mem, b->size);
        free(b);
    }
    free(a);
}

void *qc_arena_alloc(qc_arena *a, size_t n)
{
    if (n > SIZE_MAX - ALIGN - REDZONE) return NULL;  /* rounding up would wrap to a tiny block */
    size_t want = n;
    n = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (n == 0) n = ALIGN;
    n += REDZONE;
    block *b = a->head;
    if (!b || b->size - b->used < n) {
        size_t size = n > BLOCK_MIN ? n : BLOCK_MIN;
        if (size > SIZE_MAX - sizeof(block)) return NULL;
        b = malloc(sizeof(block) + size);
        if (!b) return NULL;
        b->size = size;
        b->used = 0;
        /* A big one-off block goes behind the current one so the current
         * block's free space is not wasted. */
        if (a->head && n > BLOCK_MIN) {
            b->next = a->head->next;
            a->head->next = b;
        } else {
            b->next = a->head;
            a->head = b;
        }
        a->footprint += sizeof(block) + size;
        ASAN_POISON_MEMORY_REGION(b->mem, size);
    }
    void *p = b->mem + b->used;
    b->used += n;
    ASAN_UNPOISON_MEMORY_REGION(p, want ? want : 1);
    memset(p, 0, REDZONE ? want : n);
    return p;
}

char *qc_arena_strndup(qc_arena *a, const char *s, size_t n)
{
    char *p = qc_arena_alloc(a, n + 1);
    if (p) {
        if (n) memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

char *qc_arena_strdup(qc_arena *a, const char *s) { return qc_arena_strndup(a, s, strlen(s)); }

char *qc_arena_printf(qc_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return NULL;
    char *p = qc_arena_alloc(a, (size_t)n + 1);
    if (!p) return NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

qc_status qc_arena_grow(qc_arena *a, void **arr, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap) return QC_OK;
    size_t ncap = *cap ? *cap : 8;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2 / size) return QC_ERR_NOMEM;
        ncap *= 2;
    }
    void *p = qc_arena_alloc(a, ncap * size);
    if (!p) return QC_ERR_NOMEM;
    if (*cap) memcpy(p, *arr, *cap * size);
    *arr = p;
    *cap = ncap;
    return QC_OK;
}

size_t qc_arena_footprint(const qc_arena *a) { return a->footprint; }

/* ---- qc_buf ---- */

void qc_buf_init(qc_buf *b, size_t max)
{
    b->data = NULL;
    b->len = b->cap = 0;
    b->max = max ? max : SIZE_MAX / 2;
}

void qc_buf_free(qc_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

qc_status qc_buf_add(qc_buf *b, const void *p, size_t n)
{
    if (n > b->max - b->len) return QC_ERR_TOO_LARGE;
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap : 256;
        while (ncap < b->len + n + 1) ncap *= 2;
        char *d = realloc(b->data, ncap);
        if (!d) return QC_ERR_NOMEM;
        b->data = d;
        b->cap = ncap;
    }
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return QC_OK;
}

qc_status qc_buf_puts(qc_buf *b, const char *s) { return qc_buf_add(b, s, strlen(s)); }
qc_status qc_buf_putc(qc_buf *b, char c) { return qc_buf_add(b, &c, 1); }

qc_status qc_buf_printf(qc_buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return QC_ERR_INTERNAL;
    if ((size_t)n < sizeof small) return qc_buf_add(b, small, (size_t)n);
    char *big = malloc((size_t)n + 1);
    if (!big) return QC_ERR_NOMEM;
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    qc_status s = qc_buf_add(b, big, (size_t)n);
    free(big);
    return s;
}

char *qc_buf_steal(qc_buf *b)
{
    if (!b->data && qc_buf_add(b, "", 0) != QC_OK) return NULL;
    char *d = b->data;
    b->data = NULL;
    b->len = b->cap = 0;
    return d;
}
