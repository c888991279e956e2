import { z } from 'zod';
import {
  CLASSIC_THEMES,
  CURRENT_THEMES,
  DOCUMENT_TYPES,
  FORMATS,
  FRAMEWORKS,
  PROGRAMMES,
  RECOMMENDATION_FORMS,
  RECOMMENDATION_KINDS,
  RECOMMENDATION_RULES,
  STAGES,
} from '../vocabulary.js';
import { WARNING_CODES } from '../errors.js';

/**
 * The corpus record: one normalised document. This schema is the contract between ingestion and every later
 * stage, and the JSON interface of `cpc ingest --format json` (exported as JSON Schema under `schema/`).
 */

/** Where a piece of text came from: file, page (PDF) and line of the canonical text, character span. */
export const SourceLocation = z.object({
  file: z.string(),
  page: z.number().int().positive().nullable(),
  line: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type SourceLocation = z.infer<typeof SourceLocation>;

export const Council = z.object({
  /** The council's own name, e.g. "Test Valley Borough Council". */
  name: z.string(),
  /** The ONS name for the code, e.g. "Test Valley". */
  registerName: z.string(),
  gssCode: z.string().regex(/^[ENSW]\d{8}$/),
  authorityType: z.string(),
  region: z.string(),
  country: z.string(),
  /** The words in the document (or manifest) that named it. */
  matchedText: z.string(),
  source: SourceLocation.nullable(),
});
export type Council = z.infer<typeof Council>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const IsoMonth = z.string().regex(/^\d{4}-\d{2}$/);
const DateRange = z.object({ start: IsoDate, end: IsoDate, text: z.string() });

export const Dates = z.object({
  /** Date of the document or of the meeting it went to. */
  document: IsoDate.nullable(),
  /** The peer team's visit, when stated. */
  visit: DateRange.nullable(),
  /** A visit still planned at the document's date. */
  plannedVisit: DateRange.nullable(),
  /** The challenge this document follows up (progress reviews, action plans). */
  originalChallenge: IsoMonth.nullable(),
  revisit: IsoMonth.nullable(),
  previousChallenge: IsoMonth.nullable(),
  nextChallengeDueBy: IsoMonth.nullable(),
});
export type Dates = z.infer<typeof Dates>;

export const PeerMember = z.object({
  name: z.string(),
  role: z.string().nullable(),
  organisation: z.string().nullable(),
  memberPeer: z.boolean(),
  lead: z.boolean(),
  lgaManager: z.boolean(),
  source: SourceLocation,
});
export type PeerMember = z.infer<typeof PeerMember>;

export const QUALIFIERS = ['exactly', 'nearly', 'about', 'more than', 'at least', 'up to'] as const;
export const Figure = z.object({
  value: z.number(),
  qualifier: z.enum(QUALIFIERS),
  text: z.string(),
});
export type Figure = z.infer<typeof Figure>;

export const Engagement = z.object({
  peopleMet: Figure.nullable(),
  meetings: Figure.nullable(),
  daysOnSite: Figure.nullable(),
  hours: Figure.nullable(),
});
export type Engagement = z.infer<typeof Engagement>;

export const Recommendation = z.object({
  /** `<document id>#<ordinal>` (see `recommendationId`), stable for the same input; a key, never parsed. */
  id: z.string(),
  kind: z.enum(RECOMMENDATION_KINDS),
  /** The number the document gives it, else its position in the list. */
  number: z.number().int().positive(),
  /** The bold heading or first sentence. */
  heading: z.string(),
  /** The full text, heading included. */
  text: z.string(),
  /** `listed` (an item of a list, table or headed paragraph) or `prose` (restated inside a sentence). */
  form: z.enum(RECOMMENDATION_FORMS),
  /** The layout rule that found it (see src/corpus/README.md). */
  rule: z.enum(RECOMMENDATION_RULES),
  /** How sure that rule is that this is one whole peer recommendation, 0 to 1 (prose restatements are lower). */
  confidence: z.number().min(0).max(1),
  /** How many times the document lists it (exact and near-duplicate repeats are merged). */
  count: z.number().int().positive(),
  source: SourceLocation,
  /** Where the repeats stand. */
  repeats: z.array(SourceLocation),
});
export type Recommendation = z.infer<typeof Recommendation>;

export const Passage = z.object({ text: z.string(), source: SourceLocation });
export type Passage = z.infer<typeof Passage>;

export const ThemeSection = z.object({
  theme: z.enum([...CLASSIC_THEMES, ...CURRENT_THEMES]),
  heading: z.string(),
  text: z.string(),
  source: SourceLocation,
});
export type ThemeSection = z.infer<typeof ThemeSection>;

export const FocusArea = z.object({ text: z.string(), source: SourceLocation });
export type FocusArea = z.infer<typeof FocusArea>;

export const DocumentWarning = z.object({
  code: z.enum(WARNING_CODES),
  message: z.string(),
  file: z.string().optional(),
});

export const CorpusDocument = z.object({
  /** Stable id derived from the file name. */
  id: z.string(),
  file: z.string(),
  format: z.enum(FORMATS),
  sha256: z.string(),
  bytes: z.number().int().nonnegative(),
  pageCount: z.number().int().nonnegative().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  documentType: z.enum(DOCUMENT_TYPES),
  /** The words that decided `documentType` ("Report to:", "Progress Review", a table's columns), or null when nothing did. */
  documentTypeEvidence: z.string().nullable(),
  /** The peer-review programme: only Corporate Peer Challenges are counted in the theme tables. */
  programme: z.enum(PROGRAMMES),
  stage: z.enum(STAGES),
  council: Council.nullable(),
  /** Why `council` is null. */
  councilReason: z.string().nullable(),
  framework: z.enum(FRAMEWORKS).nullable(),
  dates: Dates,
  /** The year of the peer team's visit for the challenge the document is about (a follow-up: the original challenge). */
  challengeYear: z.number().int().nullable(),
  /** The year the document's findings belong to: the challenge's year, else the document's. */
  year: z.number().int().nullable(),
  peerTeam: z.array(PeerMember),
  engagement: Engagement,
  focusAreas: z.array(FocusArea),
  recommendations: z.array(Recommendation),
  committeeRecommendations: z.array(Passage),
  /**
   * How many recommendations the document says there are, when it states it ("nine recommendations"); compare
   * with `recommendations.length`, what was found.
   */
  recommendationsReferenced: z.number().int().nonnegative().nullable(),
  strengths: z.array(Passage),
  themeSections: z.array(ThemeSection),
  warnings: z.array(DocumentWarning),
});
export type CorpusDocument = z.infer<typeof CorpusDocument>;

/** What a run keeps of a document in memory: everything but its long passages, which stay in the corpus file. */
export type DocumentSummary = Omit<CorpusDocument, 'themeSections' | 'strengths'>;

/** `document` without its theme sections and strengths (a full document is a summary too, and passes as one). */
export function summaryOf(document: CorpusDocument): DocumentSummary {
  const { themeSections: _sections, strengths: _strengths, ...summary } = document;
  return summary;
}

export const CORPUS_SCHEMA_VERSION = 1;
