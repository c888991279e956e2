import { compareNullable } from '../order.js';
import type { Challenge, ChallengeRecommendation } from '../aggregate/types.js';
import { assignmentIn } from '../classify/assignmentIn.js';
import type { DocumentSummary } from '../corpus/schema.js';
import { UNCLASSIFIED, type ThemeOrUnclassified } from '../vocabulary.js';
import { linkPassages, linkTarget, LINK_THRESHOLD } from './linkPassages.js';
import { readStatus } from './readStatus.js';
import type { StatusVocabulary } from './statusVocabulary.js';
import { FOLLOW_UP_SPEAKERS, isFollowUp } from './followUp.js';
import type { Evidence, FollowUpPassage, ProgressStatus, RecommendationProgress, Speaker, SpeakerStatus } from './types.js';

export interface TraceInput {
  readonly challenges: readonly Challenge[];
  readonly documents: readonly DocumentSummary[];
  /** Each follow-up document's passages (see `followUpPassages`), by document id; a document not here says nothing. */
  readonly passages: ReadonlyMap<string, readonly FollowUpPassage[]>;
  readonly vocabulary: StatusVocabulary;
}

/**
 * Challenges -> one progress record per original recommendation. For each challenge:
 * 1. the base document: its feedback report, else the earliest document that restates recommendations (it stands
 *    in, and says so); its recommendations are the originals;
 * 2. the follow-ups (`isFollowUp`) not dated before the base (a stand-in is a follow-up too when it is one);
 * 3. each follow-up's passages linked to the originals (`linkPassages`) and read for a status (`readStatus`);
 * 4. each original's latest peer and council status, and the latest of either.
 * Challenges without recommendations give nothing. Output follows the challenges' order, then the originals'.
 */
export function traceProgress(input: TraceInput, options: { readonly threshold?: number } = {}): RecommendationProgress[] {
  const byId = new Map(input.documents.map((d) => [d.id, d]));
  return input.challenges.flatMap((challenge) => {
    const plan = planChallenge(challenge.documentIds.map((id) => byId.get(id)).filter((d): d is DocumentSummary => d !== undefined));
    return plan === null ? [] : challengeProgress(challenge, plan, challengeEvidence(plan, input.passages, input.vocabulary, options.threshold ?? LINK_THRESHOLD));
  });
}

/** What tracing one challenge reads: its base document and the follow-ups that can report on its originals. */
export interface ChallengePlan {
  readonly base: DocumentSummary;
  /** The base is not the peer team's feedback report. */
  readonly standIn: boolean;
  /** In date order. */
  readonly followUps: readonly DocumentSummary[];
}

/** Steps 1 and 2 of `traceProgress` for one challenge's documents; null when none has recommendations. */
export function planChallenge(documents: readonly DocumentSummary[]): ChallengePlan | null {
  const base = baseDocument(documents);
  if (base === null) return null;
  const followUps = documents.filter((d) =>
    isFollowUp(d) &&
    (d === base || compareNullable(d.dates.document, base.dates.document) >= 0 || d.dates.document === null || base.dates.document === null)).sort(byDate);
  return { base, standIn: base.documentType !== 'feedback-report', followUps };
}

/**
 * Step 3 of `traceProgress`: the follow-ups' passages linked to the base's recommendations and read for a status,
 * by recommendation id, each in the follow-ups' date order then the passages' document order.
 */
export function challengeEvidence(
  plan: ChallengePlan,
  passages: ReadonlyMap<string, readonly FollowUpPassage[]>,
  vocabulary: StatusVocabulary,
  threshold: number = LINK_THRESHOLD,
): ReadonlyMap<string, readonly Evidence[]> {
  const targets = plan.base.recommendations.map((r) => linkTarget(r.id, r.number, r.text));
  const evidence = new Map<string, Evidence[]>();
  for (const document of plan.followUps) {
    for (const link of linkPassages(passages.get(document.id) ?? [], targets, threshold)) {
      const item: Evidence = {
        documentId: document.id,
        documentType: document.documentType,
        speaker: FOLLOW_UP_SPEAKERS[document.documentType]!,
        date: document.dates.document,
        method: link.method,
        score: link.score,
        passage: link.passage,
        reading: readStatus(link.passage, vocabulary),
        file: link.passage.source.file,
        page: link.passage.source.page,
      };
      evidence.set(link.targetId, [...(evidence.get(link.targetId) ?? []), item]);
    }
  }
  return evidence;
}

/** Step 4 of `traceProgress`: one progress record per original recommendation of the challenge, in their order. */
export function challengeProgress(challenge: Challenge, plan: ChallengePlan, evidence: ReadonlyMap<string, readonly Evidence[]>): RecommendationProgress[] {
  const { base, standIn, followUps } = plan;
  return base.recommendations.map((recommendation): RecommendationProgress => {
    const merged = challenge.recommendations.find((r) => r.recommendationIds.includes(recommendation.id));
    const found = evidence.get(recommendation.id) ?? [];
    const peer = speakerStatus(found, followUps, 'peer');
    const councilStatus = speakerStatus(found, followUps, 'council');
    return {
      id: recommendation.id,
      challengeId: challenge.id,
      council: challenge.council,
      year: challenge.year,
      number: recommendation.number,
      text: recommendation.text,
      ...themesOf(merged),
      baseDocumentId: base.id,
      baseDocumentType: base.documentType,
      standIn,
      source: recommendation.source,
      followUpDocumentIds: followUps.map((d) => d.id),
      evidence: found,
      peer,
      councilStatus,
      status: latestOf(peer, councilStatus, followUps.length > 0),
    };
  });
}

/** The feedback report (the earliest, if several), else the earliest document with recommendations, or null. */
function baseDocument(documents: readonly DocumentSummary[]): DocumentSummary | null {
  const withRecommendations = documents.filter((d) => d.recommendations.length > 0 && d.stage !== 'proposal');
  const reports = withRecommendations.filter((d) => d.documentType === 'feedback-report');
  return [...(reports.length > 0 ? reports : withRecommendations)].sort(byDate)[0] ?? null;
}

function byDate(a: DocumentSummary, b: DocumentSummary): number {
  return compareNullable(a.dates.document, b.dates.document) || compareNullable(a.id, b.id);
}

function themesOf(merged: ChallengeRecommendation | undefined): { themeClassic: ThemeOrUnclassified; themeCurrent: ThemeOrUnclassified } {
  const a = merged?.assignment;
  if (a === null || a === undefined) return { themeClassic: UNCLASSIFIED, themeCurrent: UNCLASSIFIED };
  return { themeClassic: assignmentIn(a, 'classic').primaryTheme, themeCurrent: assignmentIn(a, 'current').primaryTheme };
}

/**
 * One speaker's latest word: the status of its latest evidence that states one (the first such passage of that
 * document); `no-evidence` when its documents say nothing of the recommendation; `no-follow-up` when it has none.
 */
function speakerStatus(evidence: readonly Evidence[], followUps: readonly DocumentSummary[], speaker: Speaker): SpeakerStatus {
  const documents = followUps.filter((d) => FOLLOW_UP_SPEAKERS[d.documentType] === speaker);
  const read = evidence.filter((e) => e.speaker === speaker && e.reading !== null);
  // evidence comes in date order, passages in document order: keep the first passage of the latest document
  const latest = read.reduce<Evidence | undefined>((best, e) => (best === undefined || (e.date !== null && (best.date === null || e.date > best.date)) ? e : best), undefined);
  if (latest === undefined) {
    const status: ProgressStatus = documents.length === 0 ? 'no-follow-up' : 'no-evidence';
    const date = [...documents].sort(byDate).at(-1)?.dates.document ?? null;
    return { status, date: status === 'no-follow-up' ? null : date, quote: null, file: null, page: null };
  }
  return { status: latest.reading!.status, date: latest.date, quote: latest.reading!.quote, file: latest.file, page: latest.page };
}

/** The later of the two speakers' read statuses (the peer team's at equal or unknown dates). */
function latestOf(peer: SpeakerStatus, council: SpeakerStatus, followedUp: boolean): ProgressStatus {
  const readPeer = peer.quote !== null;
  const readCouncil = council.quote !== null;
  if (readPeer && readCouncil) return compareNullable(council.date, peer.date) > 0 && peer.date !== null ? council.status : peer.status;
  if (readPeer) return peer.status;
  if (readCouncil) return council.status;
  return followedUp ? 'no-evidence' : 'no-follow-up';
}
