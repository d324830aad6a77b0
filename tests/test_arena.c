/* test_arena.c: the arena allocator and the size-capped growable buffer. */
#include <stdint.h>
#include <stdlib.h>

#include "arena.h"
#include "check.h"

#if defined(__SANITIZE_ADDRESS__)
#define TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TEST_ASAN 1
#endif
#endif
#ifdef TEST_ASAN
#include <sanitizer/asan_interface.h>
#endif

static void alloc_is_zeroed_and_aligned(void)
{
    qc_arena *a = qc_arena_new();
    for (size_t n = 1; n < 200; n += 7) {
        unsigned char *p = qc_arena_alloc(a, n);
        CHECK(p != NULL);
        CHECK(((uintptr_t)p & 15u) == 0);
        for (size_t i = 0; i < n; i++) CHECK(p[i] == 0);
        p[n - 1] = 0xAB;
    }
    qc_arena_free(a);
}

static void large_blocks_and_footprint(void)
{
    qc_arena *a = qc_arena_new();
    char *small = qc_arena_alloc(a, 10);
    char *big = qc_arena_alloc(a, 1u << 20);
    char *small2 = qc_arena_alloc(a, 10);
    CHECK(small && big && small2);
    big[(1u << 20) - 1] = 1;
    /* the small allocation after a big one still comes from the first block */
    CHECK(small2 > small && small2 - small < 64);
    CHECK(qc_arena_footprint(a) >= (1u << 20) + 10);
    qc_arena_free(a);
}

/* A size that cannot be rounded up is out of memory, not a 16-byte block. */
static void huge_request_fails(void)
{
    qc_arena *a = qc_arena_new();
    CHECK(qc_arena_alloc(a, SIZE_MAX) == NULL);
    CHECK(qc_arena_alloc(a, SIZE_MAX - 3) == NULL);
    CHECK(qc_arena_alloc(a, 1) != NULL);
    qc_arena_free(a);
}

#ifdef TEST_ASAN
/* Under AddressSanitizer the byte after an allocation is poisoned, so an
 * overrun of an arena array is reported (sanitizer builds only). */
static void sanitizer_sees_overruns(void)
{
    qc_arena *a = qc_arena_new();
    char *p = qc_arena_alloc(a, 10);
    char *q = qc_arena_alloc(a, 32);
    CHECK(p && q);
    CHECK(!__asan_address_is_poisoned(p + 9));
    CHECK(__asan_address_is_poisoned(p + 10));
    CHECK(__asan_address_is_poisoned(q + 32));
    qc_arena_free(a);
}
#endif

static void strings(void)
{
    qc_arena *a = qc_arena_new();
    CHECK_STR(qc_arena_strndup(a, "hello world", 5), "hello");
    CHECK_STR(qc_arena_strdup(a, ""), "");
    CHECK_STR(qc_arena_printf(a, "%d-%s", 42, "x"), "42-x");
    qc_arena_free(a);
}

static void push_grows_and_keeps(void)
{
    qc_arena *a = qc_arena_new();
    int *v = NULL;
    size_t n = 0, cap = 0;
    for (int i = 0; i < 1000; i++) CHECK(QC_PUSH(a, v, n, cap, i) == QC_OK);
    CHECK_INT(n, 1000);
    CHECK(cap >= 1000);
    int ok = 1;
    for (int i = 0; i < 1000; i++) ok &= v[i] == i;
    CHECK(ok);
    qc_arena_free(a);
}

static void buf_appends_and_caps(void)
{
    qc_buf b;
    qc_buf_init(&b, 10);
    CHECK(qc_buf_puts(&b, "abc") == QC_OK);
    CHECK(qc_buf_printf(&b, "%d", 1234) == QC_OK);
    CHECK_STR(b.data, "abc1234");
    CHECK(qc_buf_puts(&b, "toolong") == QC_ERR_TOO_LARGE);
    CHECK_STR(b.data, "abc1234"); /* unchanged on failure */
    CHECK(qc_buf_puts(&b, "xyz") == QC_OK);
    CHECK_INT(b.len, 10);
    char *s = qc_buf_steal(&b);
    CHECK_STR(s, "abc1234xyz");
    CHECK(b.data == NULL && b.len == 0);
    free(s);
    qc_buf_free(&b);
}

static void buf_printf_long(void)
{
    qc_buf b;
    qc_buf_init(&b, 0);
    char big[1000];
    memset(big, 'q', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    CHECK(qc_buf_printf(&b, "<%s>", big) == QC_OK);
    CHECK_INT(b.len, 1001);
    CHECK(b.data[0] == '<' && b.data[1000] == '>');
    qc_buf_free(&b);
}

static void steal_empty_gives_string(void)
{
    qc_buf b;
    qc_buf_init(&b, 0);
    char *s = qc_buf_steal(&b);
    CHECK(s != NULL && *s == '\0');
    free(s);
}

int main(void)
{
    RUN(alloc_is_zeroed_and_aligned);
    RUN(large_blocks_and_footprint);
    RUN(huge_request_fails);
#ifdef TEST_ASAN
    RUN(sanitizer_sees_overruns);
#endif
    RUN(strings);
    RUN(push_grows_and_keeps);
    RUN(buf_appends_and_caps);
    RUN(buf_printf_long);
    RUN(steal_empty_gives_string);
    return check_summary();
}
