import { matchPhrases } from '../aggregate/matchPhrases.js';
import { phraseMatcher, type PhraseEntry } from '../aggregate/phraseMatcher.js';
import { cellKey, type StatusVocabulary } from './statusVocabulary.js';
import type { FollowUpPassage, ReadStatus, StatusReading } from './types.js';
import { singleSpaced } from '../text/keys.js';

const entriesCache = new WeakMap<StatusVocabulary, readonly PhraseEntry[]>();

/** The vocabulary as phrase entries (memoised per vocabulary, so the compiled matcher is reused). */
function entriesOf(vocabulary: StatusVocabulary): readonly PhraseEntry[] {
  let entries = entriesCache.get(vocabulary);
  if (entries === undefined) {
    entries = [...vocabulary.statuses.map((s) => ({ id: s.id, phrases: s.phrases })), { id: '', phrases: [], except: vocabulary.except }];
    entriesCache.set(vocabulary, entries);
  }
  return entries;
}

/** The first status phrase of a text (reading order), with the sentence around it; null when none. */
export function statusInText(text: string, vocabulary: StatusVocabulary): StatusReading | null {
  const match = matchPhrases(text, phraseMatcher(entriesOf(vocabulary))).find((m) => m.id !== null && m.id !== '');
  if (match === undefined) return null;
  return { status: match.id as ReadStatus, matched: text.slice(match.start, match.end), quote: sentenceAround(text, match.start, match.end) };
}

/**
 * A status or RAG cell's value: the whole cell ("Green"), else its words before a dash or colon ("Amber - some
 * slippage"), else a status phrase inside it. Null when the cell says none of these.
 */
export function statusInCell(cell: string, vocabulary: StatusVocabulary): StatusReading | null {
  const quote = singleSpaced(cell);
  const lead = quote.split(/\s[-–—:]\s|:\s|\s\(/)[0] ?? quote;
  for (const key of [cellKey(quote), cellKey(lead)]) {
    const entry = vocabulary.statuses.find((s) => s.cells.some((c) => cellKey(c) === key));
    if (entry !== undefined) return { status: entry.id, matched: key === cellKey(quote) ? quote : lead, quote };
  }
  return statusInText(quote, vocabulary);
}

/** A status cell value (of three letters or more) that ends a run-together cell: "Mar 2024 Green". */
export function statusEnding(cell: string, vocabulary: StatusVocabulary): StatusReading | null {
  const words = cellKey(cell).split(' ');
  for (const n of [2, 1]) {
    const tail = words.slice(-n).join(' ');
    if (words.length < n || tail.length < 3) continue;
    const entry = vocabulary.statuses.find((s) => s.cells.some((c) => cellKey(c) === tail));
    if (entry !== undefined) return { status: entry.id, matched: tail, quote: singleSpaced(cell) };
  }
  return null;
}

/**
 * What a follow-up passage says of progress, from explicit words only: a row's status cell first, then a
 * status value ending its last cell when the row could not be aligned, then its update cell; a section's report. The restatement and a row's planned action are never read (a recommendation
 * to "complete the review" is no report that it is complete).
 */
export function readStatus(passage: FollowUpPassage, vocabulary: StatusVocabulary): StatusReading | null {
  if (passage.cells !== null) {
    const { status, update, lastCell } = passage.cells;
    return (
      (status === null ? null : statusInCell(status, vocabulary)) ??
      (lastCell === null ? null : statusEnding(lastCell, vocabulary)) ??
      (update === null ? null : statusInText(update, vocabulary))
    );
  }
  return statusInText(passage.report, vocabulary);
}

/** The sentence of `text` holding the span: from after the previous sentence end or line break to the next. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = 0;
  for (const m of text.slice(0, start).matchAll(/[.!?]\s+|\n/g)) from = m.index + m[0].length;
  const rest = text.slice(end);
  const stop = rest.search(/[.!?](?:\s|$)|\n/);
  const to = stop < 0 ? text.length : end + stop + (/[.!?]/.test(rest[stop] ?? '') ? 1 : 0);
  return singleSpaced(text.slice(from, to));
}
