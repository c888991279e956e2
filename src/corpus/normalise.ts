import { warning, type Warning } from '../errors.js';
import type { RawDocument } from '../ingest/types.js';
import { isDocumentType } from '../vocabulary.js';
import { toBlocks } from './blocks.js';
import { findChallengeYear } from './challengeYear.js';
import { findCommitteeRecommendations } from './committee.js';
import { councilFromName, findCouncil } from './council.js';
import { findDates } from './dates.js';
import { detectDocumentType } from './documentType.js';
import { documentId } from './documentId.js';
import { findEngagement } from './engagement.js';
import { findFocusAreas } from './focusAreas.js';
import { detectFramework } from './framework.js';
import { findPeerTeam } from './peerTeam.js';
import { findProgramme } from './programme.js';
import { findRecommendations } from './recommendations.js';
import { findReferencedCount } from './referenced.js';
import type { Register } from './register.js';
import type { CorpusDocument, Dates } from './schema.js';
import { findStrengths } from './strengths.js';
import { findThemeSections } from './themeSections.js';
import { findTitle } from './title.js';

export interface NormaliseContext {
  readonly register: Register;
}

/**
 * Raw document -> corpus record: what a peer-challenge document says, each finding with its source.
 *
 * Phases: blocks -> structure (theme sections, type, framework) -> dates and year -> council valid that year
 * -> people, figures, scope -> recommendations and the committee's own decisions -> warnings.
 * Manifest values override inference.
 */
export function normalise(raw: RawDocument, context: NormaliseContext): CorpusDocument {
  const blocks = toBlocks(raw, raw.file);
  const id = documentId(raw.file);
  const themeSections = findThemeSections(blocks);
  const detected = detectDocumentType(blocks, themeSections.length);
  const documentType = isDocumentType(raw.manifest?.documentType) ? raw.manifest.documentType : detected.documentType;

  const stage = documentType === detected.documentType ? detected.stage : stageForType(documentType, detected.stage);
  const dates = withManifestDate(findDates(blocks), raw.manifest?.date);
  const challengeYear = findChallengeYear(blocks, dates, documentType, stage);
  const year = challengeYear ?? yearOf(dates);
  const councilYear = dates.document === null ? year : Number(dates.document.slice(0, 4));
  const peerTeam = findPeerTeam(blocks);
  const found =
    raw.manifest?.council !== undefined && raw.manifest.council !== ''
      ? councilFromName(raw.manifest.council, context.register, councilYear)
      : findCouncil(blocks, context.register, { year: councilYear, title: raw.pageTitle ?? null, peers: peerTeam });

  const recommendations = findRecommendations(blocks, id);
  const recommendationsReferenced = findReferencedCount(blocks);
  // A document's warnings name it as it is shown (the reader saw the path it was given, which may be absolute).
  const warnings: Warning[] = [...raw.warnings, ...found.warnings].map((w) => ({ ...w, file: raw.file }));
  if (found.council === null) warnings.push(warning('council-not-named', found.reason ?? 'no council found', raw.file));
  if (recommendationsReferenced !== null && recommendationsReferenced > recommendations.length) {
    warnings.push(
      warning(
        'recommendations-referenced-not-listed',
        `the document refers to ${recommendationsReferenced} recommendations but lists ${recommendations.length}`,
        raw.file,
      ),
    );
  }

  return {
    id,
    file: raw.file,
    format: raw.format,
    sha256: raw.sha256,
    bytes: raw.bytes,
    pageCount: raw.pageCount,
    title: findTitle(blocks),
    url: raw.manifest?.url ?? null,
    documentType,
    documentTypeEvidence: documentType === detected.documentType ? detected.evidence : 'manifest',
    programme: findProgramme(blocks),
    stage,
    council: found.council,
    councilReason: found.council === null ? found.reason : null,
    framework: detectFramework(blocks),
    dates,
    challengeYear,
    year,
    peerTeam,
    engagement: findEngagement(blocks),
    focusAreas: findFocusAreas(blocks),
    recommendations,
    committeeRecommendations: findCommitteeRecommendations(blocks),
    recommendationsReferenced,
    strengths: findStrengths(blocks),
    themeSections,
    warnings,
  };
}

function withManifestDate(dates: Dates, date: string | undefined): Dates {
  if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return dates;
  return { ...dates, document: date };
}

/** The year the findings belong to: the visit, else the revisit, the original challenge, a planned visit, the document. */
export function yearOf(dates: Dates): number | null {
  const first = dates.visit?.start ?? dates.revisit ?? dates.originalChallenge ?? dates.plannedVisit?.start ?? dates.document;
  return first === null || first === undefined ? null : Number(first.slice(0, 4));
}

function stageForType(documentType: CorpusDocument['documentType'], detected: CorpusDocument['stage']): CorpusDocument['stage'] {
  if (documentType === 'feedback-report') return 'challenge';
  if (documentType === 'progress-review') return 'progress-review';
  if (documentType === 'action-plan') return 'action-plan';
  return detected;
}
