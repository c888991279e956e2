import type { Quote } from '../aggregate/types.js';
import type { DocumentSummary } from '../corpus/schema.js';
import { PROGRESS_STATUSES, READ_STATUSES, type ProgressStatus, type RecommendationProgress, type Speaker } from './types.js';

/** A status quote for a briefing: the words, who said them, of which recommendation. */
export interface ProgressQuote {
  readonly status: ProgressStatus;
  readonly speaker: Speaker;
  /** The original recommendation's text. */
  readonly recommendation: string;
  readonly quote: Quote;
}

/** What a briefing says of progress: honest denominators, counts by latest status, a few quotes. */
export interface ProgressSummary {
  readonly recommendations: number;
  /** Recommendations with at least one follow-up document in the corpus. */
  readonly followedUp: number;
  readonly counts: readonly { readonly status: ProgressStatus; readonly count: number }[];
  readonly quotes: readonly ProgressQuote[];
}

/**
 * Progress records -> the briefing's summary: counts at each latest status (every status, zeros included) and up
 * to `perStatus` quotes for each read status, the peer team's before the council's and one per council first.
 */
export function progressSummary(progress: readonly RecommendationProgress[], documents: readonly DocumentSummary[], perStatus = 2): ProgressSummary {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const quotes = READ_STATUSES.flatMap((status) => {
    const candidates = progress.flatMap((p) =>
      (['peer', 'council'] as const).flatMap((speaker) => {
        const said = speaker === 'peer' ? p.peer : p.councilStatus;
        if (said.status !== status || said.quote === null) return [];
        const evidence = p.evidence.find((e) => e.speaker === speaker && e.reading?.quote === said.quote && e.file === said.file);
        const document = evidence === undefined ? undefined : byId.get(evidence.documentId);
        const quote: Quote = {
          text: said.quote, council: p.council, year: p.year, documentId: evidence?.documentId ?? '',
          file: said.file ?? '', page: said.page, url: document?.url ?? null,
        };
        return [{ status, speaker, recommendation: p.text, quote }];
      }));
    const ordered = [...candidates.filter((c) => c.speaker === 'peer'), ...candidates.filter((c) => c.speaker === 'council')];
    const councils = new Set<string | null>();
    const firstPerCouncil = ordered.filter((c) => !councils.has(c.quote.council?.gssCode ?? null) && councils.add(c.quote.council?.gssCode ?? null));
    return [...firstPerCouncil, ...ordered.filter((c) => !firstPerCouncil.includes(c))].slice(0, perStatus);
  });
  return {
    recommendations: progress.length,
    followedUp: progress.filter((p) => p.status !== 'no-follow-up').length,
    counts: PROGRESS_STATUSES.map((status) => ({ status, count: progress.filter((p) => p.status === status).length })),
    quotes,
  };
}
