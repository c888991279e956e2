// the English locale alone: the package's index loads every locale, 0.1 s more of each reader's start
import { GB } from 'chrono-node/en';

/** Date wording shared by the date extractors: month names, day ranges, single dates read with chrono. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const DAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4}|this year|next year))?';
const TO = '\\s*(?:-|–|—|to|until)\\s*';

/** "8th-11th November 2016", "between 3rd and 6th September 2019", "21-23 September this year". */
const SAME_MONTH = new RegExp(`(between\\s+)?${DAY}(?:${TO}|\\s+and\\s+)${DAY}\\s+${MONTH}${YEAR}`, 'gi');
/** "28 February - 2 March 2017", "between 30 September and 3 October 2019". */
const TWO_MONTHS = new RegExp(`(between\\s+)?${DAY}\\s+${MONTH}(?:${TO}|\\s+and\\s+)${DAY}\\s+${MONTH}${YEAR}`, 'gi');
/** "October 2018", with an optional day before it. */
export const MONTH_YEAR = new RegExp(`(?:\\b\\d{1,2}(?:st|nd|rd|th)?\\s+)?\\b${MONTH}\\s+(\\d{4})\\b`, 'g');

/**
 * A block's text with a day number restored: blocks.ts reads the "14" of a line "14 March 2019" as a list marker.
 */
export function textWithDay(block: { readonly text: string; readonly marker: string | null }): string {
  return block.marker !== null && /^\d{1,2}$/.test(block.marker) && new RegExp(`^${MONTH}\\b`).test(block.text)
    ? `${block.marker} ${block.text}`
    : block.text;
}

export interface DateRangeText {
  readonly start: string;
  readonly end: string;
  readonly text: string;
  readonly index: number;
}

/** Day ranges in a text; a year given as "this year" resolves against `year`, and the range is dropped without one. */
export function dayRanges(text: string, year: number | null): DateRangeText[] {
  const found: DateRangeText[] = [];
  for (const m of text.matchAll(TWO_MONTHS)) {
    if (m[0].includes(' and ') && m[1] === undefined) continue;
    const y = yearOf(m[6], year);
    const start = y === null ? null : iso(y, monthOf(m[3]!), Number(m[2]));
    const end = y === null ? null : iso(y, monthOf(m[5]!), Number(m[4]));
    if (start !== null && end !== null && start <= end) found.push({ start, end, text: m[0].trim(), index: m.index });
  }
  for (const m of text.matchAll(SAME_MONTH)) {
    if (found.some((f) => m.index >= f.index && m.index < f.index + f.text.length + 10)) continue;
    if (/\band\b/i.test(m[0]) && m[1] === undefined) continue;
    const y = yearOf(m[5], year);
    const month = monthOf(m[4]!);
    const start = y === null ? null : iso(y, month, Number(m[2]));
    const end = y === null ? null : iso(y, month, Number(m[3]));
    if (start !== null && end !== null && start <= end) found.push({ start, end, text: m[0].trim(), index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The first complete date (day, month and year all stated) in a text, read by chrono with British day order. A date
 * said relative to the day of reading ("today", "next week", "two weeks ago", "the end of the month") is not
 * stated: chrono would place it by its reference day, not by the document.
 */
export function firstDate(text: string): { iso: string; text: string; index: number } | null {
  // a stated year is written in figures: a text without one need not be read
  if (!/\d/.test(text)) return null;
  const reference = new Date(Date.UTC(2000, 0, 1));
  for (const result of GB.parse(text, { instant: reference, timezone: 0 })) {
    const c = result.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day') || [...c.tags()].some((tag) => RELATIVE.test(tag))) continue;
    const date = iso(c.get('year')!, c.get('month')!, c.get('day')!);
    if (date !== null) return { iso: date, text: result.text, index: result.index };
  }
  return null;
}

/** chrono's tags of a date placed from the reference day. */
const RELATIVE = /^(?:result\/relativeDate|parser\/ENCasualDateParser|parser\/ENEndOfCurrentMonthParser|casualReference\/)/;

export function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

export function isoMonth(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

function yearOf(text: string | undefined, year: number | null): number | null {
  if (text === undefined) return year;
  if (/^\d{4}$/.test(text)) return Number(text);
  if (year === null) return null;
  return /next/i.test(text) ? year + 1 : year;
}

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || month < 1) return null;
  return `${isoMonth(year, month)}-${String(day).padStart(2, '0')}`;
}
