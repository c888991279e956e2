import { STATUS_LABELS } from '../chart/progressByTheme.js';
import type { ProgressSummary } from '../lineage/progressSummary.js';
import { percent } from '../percent.js';
import { quoteHtml } from './briefingHtmlSections.js';
import { escapeHtml as e } from './htmlEscape.js';

/** Who is speaking, as a briefing says it. */
export const SPEAKER_LABELS = { peer: 'The peer team', council: 'The council' } as const;

/** The sentence that opens the progress section, with its denominators. */
export function progressLead(p: ProgressSummary): string {
  const count = (status: string) => p.counts.find((c) => c.status === status)?.count ?? 0;
  const done = count('completed') + count('on-track');
  return (
    `Of ${p.recommendations} recommendations, ${p.followedUp} (${percent(p.recommendations === 0 ? 0 : p.followedUp / p.recommendations)}) have a later ` +
    `action plan, council update or progress review in the corpus; ${done} of those are reported completed or on track, and ` +
    `for ${count('no-evidence')} they state no progress at all. The ${count('no-follow-up')} without follow-up are counted as such, never as not started. ` +
    'Statuses come from explicit words only, each with its quote.'
  );
}

/** "How far recommendations got": lead, counts by latest status, quotes by status (HTML). */
export function progressHtml(p: ProgressSummary, documentRoot: string): string {
  const rows = p.counts.map((c) => `<tr><th scope="row">${e(STATUS_LABELS[c.status])}</th><td>${c.count}</td><td>${percent(p.recommendations === 0 ? 0 : c.count / p.recommendations)}</td></tr>`);
  const quotes = p.quotes.map((q) => `<section class="quotes-group"><h4>${e(`${SPEAKER_LABELS[q.speaker]}: ${STATUS_LABELS[q.status]}`)}</h4><p>${e(`On: ${q.recommendation}`)}</p>${quoteHtml(q.quote, documentRoot)}</section>`);
  return (
    `<h2>How far recommendations got</h2><p>${e(progressLead(p))}</p>` +
    `<table><caption>Recommendations by latest status</caption><thead><tr><th scope="col">Status</th><th scope="col">Recommendations</th><th scope="col">Share</th></tr></thead><tbody>${rows.join('')}</tbody></table>` +
    quotes.join('')
  );
}
