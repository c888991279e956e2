/**
 * The text toolkit: one way to cut, stem, weigh and compare texts, used by every stage that reads words (corpus,
 * units, classify, aggregate, lineage, review, export) so that they all see the same words. Pure, no state but
 * memos of stems (which cannot change results).
 *
 *   words        words, scanWords, formOf (Unicode letters and digits, spans, possessive-free forms), hasWords,
 *                hasBreak (phrase breaks)
 *   stems        porterStem (features), inflectionStem (phrase matching)
 *   stop words   isStopword (natural's English list and a few report words)
 *   terms        contentTerms (stemmed content words), terms and scanTerms (1- and 2-grams with spans)
 *   TF-IDF       featureSpace, termCounts, tfidfValues, tfidfVector, tfidfVectors, SparseVector
 *   similarity   cosine (sparse vectors), jaccard, containment and textSimilarity (term sets)
 *   keys         singleSpaced, spacingKey, wordsKey (normal forms to compare texts by)
 *   sentences    splitSentences (prose, bullets and numbered lines -> sentences)
 */
export { formOf, hasBreak, hasWords, scanWords, words, type Word } from './words.js';
export { inflectionStem, porterStem } from './stems.js';
export { isStopword } from './stopwords.js';
export { contentTerms, scanTerms, terms, type Term } from './terms.js';
export { featureSpace, termCounts, tfidfValues, tfidfVector, tfidfVectors, type FeatureSpace, type FeatureSpaceOptions, type SparseVector } from './tfidf.js';
export { containment, cosine, jaccard, textSimilarity } from './similarity.js';
export { singleSpaced, spacingKey, wordsKey } from './keys.js';
export { splitSentences } from './sentences.js';
