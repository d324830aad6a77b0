/* normalize_tables.h: lexicon types and tables used by the speech normaliser (internal). */
#ifndef QC_NORMALIZE_TABLES_H
#define QC_NORMALIZE_TABLES_H

#include <stdbool.h>
#include <stddef.h>

/* Ownership: every table is static, read-only and ends with a NULL entry. */

enum {
    QC_AB_TITLE = 1 << 0,   /* before a name: "Gov. Newsom" */
    QC_AB_ANY = 1 << 1,     /* expanded anywhere: "Inc.", "vs." */
    QC_AB_NUM = 1 << 2,     /* only before a number: "No. 2" */
    QC_AB_ST = 1 << 3,      /* Saint before a name, Street after one */
    QC_AB_DR = 1 << 4,      /* Doctor before a name, Drive after one */
    QC_AB_SEC = 1 << 5,     /* Section before a number, Secretary otherwise */
    QC_AB_VERSUS = 1 << 6,  /* "v." between two capitalised words */
    QC_AB_NODOT = 1 << 7,   /* also without the dot (then a name must follow, for titles) */
};

enum {
    QC_UNIT_ATTACHED = 1 << 0, /* only when written against the number */
    QC_UNIT_INCH = 1 << 1,     /* "in": also spaced after a feet value */
    QC_UNIT_TEMP = 1 << 2,     /* bare C/F: only attached and not followed by a letter */
    QC_UNIT_METER = 1 << 3,    /* "m": meters when spaced or before a measure word */
};

typedef struct qc_nz_abbr { const char *w, *say; unsigned flags; } qc_nz_abbr;
typedef struct qc_nz_pair { const char *w, *say; } qc_nz_pair;
typedef struct qc_nz_month_abbr { const char *w; int month; } qc_nz_month_abbr;
typedef struct qc_nz_unit { const char *w, *one, *many; unsigned flags; } qc_nz_unit;
typedef struct qc_nz_currency { const char *sym, *one, *many, *sub_one, *sub_many; } qc_nz_currency;

extern const qc_nz_abbr qc_nz_abbrs[];
extern const qc_nz_pair qc_nz_dotted[];
extern const qc_nz_pair qc_nz_apos[];
extern const char *const qc_nz_months[12];
extern const qc_nz_month_abbr qc_nz_month_abbrs[];
extern const qc_nz_pair qc_nz_states[];
extern const qc_nz_unit qc_nz_units[];
extern const qc_nz_pair qc_nz_mags[];
extern const qc_nz_currency qc_nz_currencies[];
extern const char *const qc_nz_roman_cardinal[];
extern const char *const qc_nz_pronouns[];
extern const char *const qc_nz_tlds[];

/* Contract: true if s[0..n) equals one of the NULL-terminated list's words (case-sensitive). */
bool qc_nz_in_list(const char *const *list, const char *s, size_t n);

#endif
