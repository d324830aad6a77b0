/* score.h: score every body sentence for selection. */
#ifndef QC_SCORE_H
#define QC_SCORE_H

#include "doc.h"

/* Ownership: everything this stage makes lives in doc->arena (see doc.h). */

/* The features, in the order of doc->feat_names and sentence feat[]. */
enum {
    QC_FEAT_LEAD = 0,   /* position prior: the news lead first */
    QC_FEAT_CENTRAL,    /* position-aware centrality on the TF-IDF similarity graph */
    QC_FEAT_TITLE,      /* overlap with the title and the section heading */
    QC_FEAT_KEYWORDS,   /* salient names and recurring keywords */
    QC_FEAT_QUOTE,      /* carries an attributed quote (weighted by its speaker) */
    QC_FEAT_LENGTH,     /* penalty for very short and very long sentences */
    QC_FEAT_COUNT
};

/* Contract: sets doc->sents[i].score (higher = more worth hearing; headings
 * score 0) and, per sentence, doc->n_feat feature contributions in `feat`
 * named by doc->feat_names; the score is the sum of its contributions. Also
 * fills doc->sent_vec (unit TF-IDF vectors) for qc_score_similarity(), and
 * each quote's salience (its speaker's quotes over the most by one speaker;
 * 0 for an unnamed speaker). QC_OK or QC_ERR_NOMEM. */
qc_status qc_score(qc_doc *doc);

/* Contract: cosine similarity in [0,1] of sentences i and j over stemmed,
 * IDF-weighted content words; 0 when either is out of range or qc_score()
 * has not run. 1 when i == j and the sentence has content words. */
double qc_score_similarity(const qc_doc *doc, size_t i, size_t j);

/* Contract: true when sentence `sent` contains a quote and its quoted words
 * (the part inside this sentence) open with a word that points back to
 * earlier text ("This", "It", "However", "But", ...), so the quote heard
 * alone would be unclear. False for other sentences and out of range. */
bool qc_score_leans_back(const qc_doc *doc, size_t sent);

/* Contract: number of white-space separated words in s[0..n). */
size_t qc_score_count_words(const char *s, size_t n);

/* Contract: inverse document frequency of an English word stem (lower-case
 * Snowball stem, `n` bytes) against the built-in background table:
 * log((N+1)/(df+1)); the largest value for stems not in the table. */
double qc_score_idf(const char *stem, size_t n);

#endif
