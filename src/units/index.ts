/**
 * The units stage: corpus documents -> recommendation units, each peer recommendation of a challenge once, with
 * the council, year, document type, programme and framework it carries into every later stage.
 */
export type * from './types.js';
export { units, councilRecord } from './units.js';
export { challengeYears, type ChallengeKey } from './challengeYears.js';
export { mergeRestatements, MERGE_THRESHOLD } from './mergeRestatements.js';
