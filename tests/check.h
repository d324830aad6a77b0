/* check.h: a minimal unit-test harness; every test program ends with "N passed, N failed". */
#ifndef QC_CHECK_H
#define QC_CHECK_H

#include <stdio.h>
#include <string.h>

/* Ownership: none; state is per test program. */

static int check_passed, check_failed, check_cur_failed;

#define CHECK(cond)                                                               \
    do {                                                                          \
        if (!(cond)) {                                                            \
            fprintf(stderr, "  %s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
            check_cur_failed = 1;                                                 \
        }                                                                         \
    } while (0)

#define CHECK_STR(got, want)                                                      \
    do {                                                                          \
        const char *g_ = (got), *w_ = (want);                                     \
        if (!g_ || strcmp(g_, w_) != 0) {                                         \
            fprintf(stderr, "  %s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, \
                    g_ ? g_ : "(null)", w_);                                      \
            check_cur_failed = 1;                                                 \
        }                                                                         \
    } while (0)

#define CHECK_INT(got, want)                                                      \
    do {                                                                          \
        long long g_ = (long long)(got), w_ = (long long)(want);                  \
        if (g_ != w_) {                                                           \
            fprintf(stderr, "  %s:%d: %s is %lld, want %lld\n", __FILE__, __LINE__, \
                    #got, g_, w_);                                                \
            check_cur_failed = 1;                                                 \
        }                                                                         \
    } while (0)

static void check_run(const char *name, void (*fn)(void))
{
    check_cur_failed = 0;
    fn();
    if (check_cur_failed) {
        check_failed++;
        printf("FAIL %s\n", name);
    } else {
        check_passed++;
        printf("ok   %s\n", name);
    }
    fflush(stdout);
}

#define RUN(fn) check_run(#fn, fn)

static int check_summary(void)
{
    printf("%d passed, %d failed\n", check_passed, check_failed);
    return check_failed ? 1 : 0;
}

#endif
