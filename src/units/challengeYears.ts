import type { DocumentSummary } from '../corpus/schema.js';
import { compareNullable } from '../order.js';

/** The challenge a document belongs to: its council key and the challenge's year. */
export interface ChallengeKey {
  readonly council: string;
  readonly year: number | null;
}

/** Months since year 0 of a `YYYY-MM` or `YYYY-MM-DD` string. */
function months(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/** The month of the challenge a document names: the one it follows up, else the peer team's visit (not a revisit). */
function anchorOf(dates: DocumentSummary['dates']): string | null {
  if (dates.originalChallenge !== null) return dates.originalChallenge;
  const visit = dates.visit?.start ?? null;
  if (visit === null || (dates.revisit !== null && months(visit) >= months(dates.revisit))) return null;
  return visit;
}

/** The council a document is about (GSS code), else the document itself. */
function councilKeyOf(document: DocumentSummary): string {
  return document.council?.gssCode ?? document.id;
}

/** Does the document follow a challenge up (a revisit, a progress review, an action plan)? */
function followsUp(document: DocumentSummary): boolean {
  return document.dates.revisit !== null || document.stage === 'progress-review' || document.stage === 'action-plan';
}

/**
 * Which challenge each document is about (by document id). Phases:
 * 1. anchored documents name their challenge: the challenge they follow up (`originalChallenge`), else the peer
 *    team's visit (unless that visit is the revisit);
 * 2. a proposal's planned visit joins an anchored challenge of the council from six months before to two years
 *    after it (a challenge put back), else names its own;
 * 3. a follow-up that does not name its challenge (a revisit, progress review or action plan) joins the council's
 *    latest challenge in the three years up to its revisit or date;
 * 4. the rest join the council's challenge of the same year or the year before (a report published after a
 *    late-year visit), else stand on their own year (`year`, else the document date).
 */
export function challengeYears(documents: readonly DocumentSummary[]): Map<string, ChallengeKey> {
  const keys = new Map<string, ChallengeKey>();
  const anchors = new Map<string, number[]>();
  const anchor = (document: DocumentSummary, month: number): void => {
    const council = councilKeyOf(document);
    keys.set(document.id, { council, year: Math.floor(month / 12) });
    anchors.set(council, [...(anchors.get(council) ?? []), month].sort((a, b) => a - b));
  };
  const known = (document: DocumentSummary): readonly number[] => anchors.get(councilKeyOf(document)) ?? [];

  const rest: DocumentSummary[] = [];
  for (const document of documents) {
    const month = anchorOf(document.dates);
    if (month === null) rest.push(document);
    else anchor(document, months(month));
  }
  const planned = rest
    .filter((d) => d.dates.plannedVisit !== null && d.dates.revisit === null)
    .sort((a, b) => compareNullable(a.dates.plannedVisit!.start, b.dates.plannedVisit!.start) || compareNullable(a.id, b.id));
  for (const document of planned) {
    const month = months(document.dates.plannedVisit!.start);
    const near = known(document).filter((m) => m - month >= -6 && m - month <= 24);
    const nearest = [...near].sort((a, b) => Math.abs(a - month) - Math.abs(b - month) || a - b)[0];
    if (nearest === undefined) anchor(document, month);
    else keys.set(document.id, { council: councilKeyOf(document), year: Math.floor(nearest / 12) });
  }
  for (const document of rest.filter((d) => !planned.includes(d))) {
    const { revisit, document: dated } = document.dates;
    const own = document.year ?? (dated === null ? null : Number(dated.slice(0, 4)));
    let year: number | null = null;
    const when = revisit ?? dated;
    if (followsUp(document) && when !== null) {
      const before = known(document).filter((m) => m <= months(when) && months(when) - m <= 36);
      const latest = before[before.length - 1];
      if (latest !== undefined) year = Math.floor(latest / 12);
    }
    if (year === null && own !== null) {
      const years = new Set(known(document).map((m) => Math.floor(m / 12)));
      year = years.has(own) ? own : years.has(own - 1) ? own - 1 : own;
    }
    keys.set(document.id, { council: councilKeyOf(document), year });
  }
  return keys;
}
