import type { TargetCouncil } from './councils.js';
import type { Template } from './templates.js';

/** How one generated document differs from its template: its council and how many years its dates move. */
export interface Variation {
  readonly council: TargetCouncil;
  readonly yearShift: number;
}

const YEAR = /\b(19[5-9]\d|20\d\d)(?:([/–-])(\d\d)\b)?/g;

/** Move every year (and a financial year's second half, "2016/17") by `shift`; ISO dates keep their month. */
export function shiftYears(text: string, shift: number): string {
  if (shift === 0) return text;
  return text.replace(YEAR, (_match, year: string, sep: string | undefined, tail: string | undefined) => {
    const moved = Number(year) + shift;
    if (sep === undefined || tail === undefined) return String(moved);
    const isSecondHalf = Number(tail) === (Number(year) + 1) % 100;
    const movedTail = isSecondHalf ? String((moved + 1) % 100).padStart(2, '0') : tail;
    return `${moved}${sep}${movedTail}`;
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A replacer of the template's council names (as written, or in capitals) and domains by the new council's. */
export function councilRenamer(template: Template, council: TargetCouncil): (text: string) => string {
  const forms = new Map<string, string>();
  for (const form of template.officialForms) forms.set(form, council.officialName);
  for (const form of template.shortForms) forms.set(form, council.name);
  for (const [form, value] of [...forms]) forms.set(form.toUpperCase(), value.toUpperCase());
  if (template.naming !== undefined) forms.set(template.naming.phrase, template.naming.replacement.replace('{council}', council.officialName));
  forms.set(`${template.domain}.gov.uk`, `${council.name.toLowerCase().replace(/[^a-z]/g, '')}.gov.uk`);
  const keys = [...forms.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\w-])(?:${keys.map(escape).join('|')})(?![\\w-])`, 'g');
  return (text) => text.replace(pattern, (match) => forms.get(match) ?? match);
}

/** Plain text of a template -> its variation's text (council renamed, years shifted). */
export function rewriteText(template: Template, variation: Variation): (text: string) => string {
  const rename = councilRenamer(template, variation.council);
  return (text) => shiftYears(rename(text), variation.yearShift);
}

/** Apply `rewrite` to the text between tags of HTML or XML, never to tags, attributes, styles or scripts. */
export function rewriteMarkup(markup: string, rewrite: (text: string) => string): string {
  let inRaw = false;
  return markup
    .split(/(<[^>]+>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        if (/^<(style|script)\b/i.test(part)) inRaw = true;
        if (/^<\/(style|script)\b/i.test(part)) inRaw = false;
        return part;
      }
      return inRaw ? part : rewrite(part);
    })
    .join('');
}

/** The highest year a text mentions up to 2030 (future visions such as "2050" aside). */
export function latestYear(text: string): number {
  const years = [...text.matchAll(/\b(19[5-9]\d|20[0-2]\d|2030)\b/g)].map((m) => Number(m[1]));
  return years.length === 0 ? 2020 : Math.max(...years);
}
