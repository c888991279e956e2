import type { CorpusDocument } from '../corpus/schema.js';

/** The challenge a document belongs to: its council key and the challenge's year. */
export interface ChallengeKey {
  readonly council: string;
  readonly year: number | null;
}

/** Months since year 0 of a `YYYY-MM` or `YYYY-MM-DD` string. */
function months(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/**
 * The month of the challenge a document names: the one it follows up, else the visit, else a planned visit. A
 * visit (or planned visit) that is the revisit itself (not before the revisit month) names no challenge.
 */
function anchorOf(dates: CorpusDocument['dates']): string | null {
  if (dates.originalChallenge !== null) return dates.originalChallenge;
  const visit = dates.visit?.start ?? dates.plannedVisit?.start ?? null;
  if (visit === null) return null;
  if (dates.revisit !== null && months(visit) >= months(dates.revisit)) return null;
  return visit;
}

/** The council a document is about (GSS code), else the document itself. */
function councilKeyOf(document: CorpusDocument): string {
  return document.council?.gssCode ?? document.id;
}

/**
 * Which challenge each document is about (by document id). Phases:
 * 1. anchored documents name their challenge: the challenge they follow up (`originalChallenge`), else the peer
 *    team's visit, else a planned visit (unless that visit is the revisit);
 * 2. a revisit report that does not name the original challenge joins the council's latest anchored challenge in
 *    the three years before the revisit;
 * 3. the rest (and unmatched revisits) join the council's anchored challenge of the same year or the year before
 *    (a report published after a late-year visit), else stand on their own year (`year`, else the document date).
 */
export function challengeYears(documents: readonly CorpusDocument[]): Map<string, ChallengeKey> {
  const keys = new Map<string, ChallengeKey>();
  const anchors = new Map<string, number[]>();
  const pending: CorpusDocument[] = [];
  for (const document of documents) {
    const anchor = anchorOf(document.dates);
    if (anchor === null) {
      pending.push(document);
      continue;
    }
    const council = councilKeyOf(document);
    keys.set(document.id, { council, year: Number(anchor.slice(0, 4)) });
    anchors.set(council, [...(anchors.get(council) ?? []), months(anchor)]);
  }
  for (const document of pending) {
    const council = councilKeyOf(document);
    const known = [...(anchors.get(council) ?? [])].sort((a, b) => a - b);
    const { revisit, document: dated } = document.dates;
    let year: number | null = null;
    if (revisit !== null) {
      const before = known.filter((m) => m < months(revisit) && months(revisit) - m <= 36);
      const latest = before[before.length - 1];
      if (latest !== undefined) year = Math.floor(latest / 12);
    }
    const own = document.year ?? (dated === null ? null : Number(dated.slice(0, 4)));
    if (year === null && own !== null) {
      const years = new Set(known.map((m) => Math.floor(m / 12)));
      year = years.has(own) ? own : years.has(own - 1) ? own - 1 : own;
    }
    keys.set(document.id, { council, year });
  }
  return keys;
}
