import type { Block } from './blocks.js';
import { findChallengeMonths } from './challengeMonths.js';
import { dayRanges, firstDate, MONTH, textWithDay, type DateRangeText } from './dateText.js';
import type { Dates } from './schema.js';

const LABEL = /\b(?:date(?:d| of (?:the )?(?:meeting|decision|report|issue|publication))?|meeting date)\s*(?::|\t)\s*(.*)$/i;
const MEETING = /\b(?:meeting|committee|cabinet|council|board|panel|scrutiny|executive|forum)\b/i;
/** A date standing alone on its line, as a letter is dated: "14 March 2019", "14/03/2019". */
const LETTER_DATE = new RegExp(`^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4})\\.?$`, 'i');
/** A web page's or news item's dateline: "Posted on 14 November 2017", "Last updated: 11/4/2024", "Meeting: 08/12/2014". */
const DATELINE = /^\(?(?:published|posted|last\s+updated|updated|date\s+published|meeting)(?:\s+on)?\s*:?\s*/i;
const VISIT = /\b(?:visit\w*|on-?\s?site|peer challenge|peer review|CPC|conducted|take place|took place|held|team|ran\s+from|undertaken|carried\s+out)\b/i;

/**
 * The document's dates, never the clock's: the document or meeting date, the peer team's visit (or a visit still
 * planned at the document's date), and the challenges it refers to. Null when the text does not state a date.
 *
 * Phases: document date (a "Date:" field, a meeting line, a letter's date line) -> day ranges in visit wording,
 * resolved against the document's year -> challenge months (original, revisit, previous, next due).
 */
export function findDates(blocks: readonly Block[], _options: { readonly today?: never } = {}): Dates {
  const document = documentDate(blocks);
  const year = document === null ? null : Number(document.slice(0, 4));
  const range = visitRange(blocks, year);
  const planned = range !== null && document !== null && range.start > document;
  const visit = range === null ? null : { start: range.start, end: range.end, text: range.text };
  const months = findChallengeMonths(blocks, { visitStart: planned ? null : (range?.start ?? null), planned });
  return {
    document,
    visit: planned ? null : visit,
    plannedVisit: planned ? visit : null,
    ...months,
  };
}

/** A "Date:" field first, then a meeting line ending in a date, then a letter's date line near the top. */
function documentDate(blocks: readonly Block[]): string | null {
  for (const block of blocks) {
    const label = LABEL.exec(block.text);
    const date = label === null ? null : firstDate(label[1]!.split('\t').slice(0, 2).join(' '));
    if (date !== null && date.index < 4) return date.iso;
  }
  for (const block of blocks) {
    if (block.text.length > 150 || !MEETING.test(block.text) || dayRanges(block.text, 2000).length > 0) continue;
    const date = firstDate(block.text);
    if (date !== null && /^[\s.,)]*$/.test(block.text.slice(date.index + date.text.length))) return date.iso;
  }
  for (const block of blocks.slice(0, 15)) {
    const dateline = DATELINE.exec(block.text);
    const date = dateline === null ? null : firstDate(block.text.slice(dateline[0].length));
    if (date !== null) return date.iso;
  }
  for (const block of blocks.slice(0, 12)) {
    const text = textWithDay(block);
    const date = firstDate(text);
    if (date !== null && LETTER_DATE.test(text)) {
      return date.iso;
    }
  }
  return null;
}

/** The first day range stated as the visit: in visit wording, or standing alone near the top. */
function visitRange(blocks: readonly Block[], year: number | null): DateRangeText | null {
  for (const block of blocks) {
    const near = block.index < 6 && block.text.length < 80;
    if (!near && !VISIT.test(block.text)) continue;
    const range = dayRanges(textWithDay(block), year)[0];
    if (range !== undefined) return range;
  }
  return null;
}
