/** The corpus stage: raw documents -> normalised corpus records (pure). */
export * from './schema.js';
export { toBlocks, type Block, type BlockKind } from './blocks.js';
export { normalise, yearOf, type NormaliseContext } from './normalise.js';
export { findRecommendations } from './recommendations.js';
export { findCommitteeRecommendations } from './committee.js';
export { findThemeSections } from './themeSections.js';
export { detectDocumentType } from './documentType.js';
export { detectFramework } from './framework.js';
export { findCouncil, councilFromName } from './council.js';
export { parseRegister, type Register, type RegisterEntry } from './register.js';
export { findDates } from './dates.js';
export { findPeerTeam } from './peerTeam.js';
export { findEngagement } from './engagement.js';
export { findFocusAreas } from './focusAreas.js';
export { corpusFromJsonl, corpusLine, corpusLines, corpusToJsonl } from './corpusFile.js';
export { corpusJsonSchema } from './jsonSchema.js';
export { documentId, slugify } from './documentId.js';
export { extractionReport, formatExtractionReport, type ExtractionGap, type ExtractionReport } from './extractionReport.js';
