/**
 * The review stage: a researcher's corrections of what cpc found, applied to the corpus before aggregation.
 *
 *   keys          reviewKey, documentKey (content hash + normalised text, never a position)
 *   corrections   parseCorrections (a filled review sheet -> rows), applyCorrections, personAssignment
 *   agreement     parseReviewSheet, machineAgreement (model vs researcher), coderAgreement (two researchers)
 */
export { documentKey, normaliseRecommendation, reviewKey, rowKeys } from './reviewKey.js';
export { CORRECTION_PROBLEMS, DECISIONS, RESEARCHER_COLUMNS, parseCorrections, parseReviewSheet, type Correction, type CorrectionProblem, type Decision } from './corrections.js';
export { SOURCES, applyCorrections, type AppliedCounts, type CorrectedCorpus, type Provenance, type Source } from './applyCorrections.js';
export { personAssignment } from './personAssignment.js';
export { coderAgreement, machineAgreement, themeAgreement, type AgreementOptions, type ExtractionShares, type SheetRow, type ThemeAgreement } from './agreement.js';
export { correctionFolds, labelledItems, labelsOf, type LabelledItem } from './correctionLabels.js';
export { extractionLines, formatAgreement } from './formatAgreement.js';
