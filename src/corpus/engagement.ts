import type { Block } from './blocks.js';
import type { Engagement, Figure } from './schema.js';

const WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, 'a hundred': 100, 'one hundred': 100,
};
const NUMBER = `(\\d{1,3}(?:,\\d{3})*|${Object.keys(WORDS).sort((a, b) => b.length - a.length).join('|')})`;
const QUALIFIER = '(nearly|almost|around|about|approximately|roughly|some|circa|over|more than|in excess of|at least|up to|a total of|exactly)?\\s*';
const QUALIFIERS: Readonly<Record<string, Figure['qualifier']>> = {
  nearly: 'nearly', almost: 'nearly', around: 'about', about: 'about', approximately: 'about', roughly: 'about', some: 'about',
  circa: 'about', over: 'more than', 'more than': 'more than', 'in excess of': 'more than', 'at least': 'at least', 'up to': 'up to',
};

const PATTERNS: Readonly<Record<keyof Engagement, RegExp>> = {
  peopleMet: new RegExp(`\\b${QUALIFIER}${NUMBER}\\s+(?:different\\s+)?(?:people|individuals|persons|stakeholders)\\b(?:\\s+in total)?`, 'i'),
  meetings: new RegExp(`\\b${QUALIFIER}${NUMBER}\\s+(?:\\w+\\s+)?(?:meetings|interviews|focus groups)\\b`, 'i'),
  daysOnSite: new RegExp(`\\b(?:spent|for|over|during)\\s+${QUALIFIER}${NUMBER}[\\s-]+days?\\b(?:\\s+(?:on[\\s-]?site|onsite))?|\\b${QUALIFIER}${NUMBER}[\\s-]+days?\\s+(?:on[\\s-]?site|at the council|in the council)|\\b${QUALIFIER}${NUMBER}-day\\s+(?:on[\\s-]?site\\s+)?visit`, 'i'),
  hours: new RegExp(`\\b${QUALIFIER}${NUMBER}\\s+hours\\b`, 'i'),
};
/** Wording that shows a block reports what the peer team did. */
const ACTIVITY = /\b(?:spoke|spoken|met|meet|talked|interviewed|engaged|gathered|spent|visit(?:ed)?|on[\s-]?site|onsite|in total|hours|meetings)\b/i;

/**
 * What the peer team did on site: people met, meetings, days on site and hours, each with its qualifier
 * ("nearly 100 people", "more than 40 meetings", "spent four days onsite", "195 people in total").
 * The peer team's engagement paragraph (the block stating days on site and the list after it) wins over later
 * repeats; each figure is counted once.
 */
export function findEngagement(blocks: readonly Block[]): Engagement {
  const ordered = [...preferred(blocks), ...blocks];
  const figure = (field: keyof Engagement): Figure | null => {
    for (const block of ordered) {
      if (!ACTIVITY.test(block.text)) continue;
      const match = PATTERNS[field].exec(block.text);
      if (match !== null) return figureOf(match);
    }
    return null;
  };
  return { peopleMet: figure('peopleMet'), meetings: figure('meetings'), daysOnSite: figure('daysOnSite'), hours: figure('hours') };
}

/** The block that states the days on site, with the list items after it. */
function preferred(blocks: readonly Block[]): Block[] {
  const at = blocks.findIndex((b) => PATTERNS.daysOnSite.test(b.text));
  if (at < 0) return [];
  const after = blocks.slice(at + 1);
  const end = after.findIndex((b) => !b.bulleted && b.marker === null);
  return [blocks[at]!, ...(end < 0 ? after : after.slice(0, end))];
}

function figureOf(match: RegExpExecArray): Figure {
  const groups = match.slice(1);
  const pairs: [string | undefined, string | undefined][] = [];
  for (let i = 0; i < groups.length; i += 2) pairs.push([groups[i], groups[i + 1]]);
  const [qualifier, number] = pairs.find(([, n]) => n !== undefined) ?? [undefined, '0'];
  const value = /^\d/.test(number!) ? Number(number!.replace(/,/g, '')) : (WORDS[number!.toLowerCase()] ?? 0);
  return { value, qualifier: QUALIFIERS[(qualifier ?? '').toLowerCase()] ?? 'exactly', text: match[0].trim() };
}
