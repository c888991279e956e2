import { singleSpaced } from './keys.js';

/**
 * Split prose into sentences, plainly: paragraphs at blank lines (a paragraph that continues a sentence broken by a
 * page or column break, i.e. starting lower-case after one not ending a sentence, is joined back), one piece per
 * bulleted or numbered line, then sentences at `.`, `!` or `?` followed by a capital, except after abbreviations.
 * Markdown emphasis and list markers are dropped; sentences of fewer than three words are dropped.
 */
export function splitSentences(text: string): string[] {
  const paragraphs: string[] = [];
  for (const raw of text.split(/\r?\n[ \t\r]*\n/)) {
    const paragraph = raw.trim();
    if (paragraph === '') continue;
    const last = paragraphs.length - 1;
    if (last >= 0 && /^[a-z]/.test(paragraph) && !ENDS_SENTENCE.test(paragraphs[last]!)) {
      paragraphs[last] = `${paragraphs[last]!} ${paragraph}`;
    } else {
      paragraphs.push(paragraph);
    }
  }
  const sentences: string[] = [];
  for (const paragraph of paragraphs) {
    for (const line of paragraph.split(/\n(?=\s*(?:[-*•]|\d+[.)]|\(?[a-z]\))\s)/)) {
      const clean = singleSpaced(line.replace(MARKER, '').replace(/\*\*|__/g, ''));
      for (const sentence of sentencesOf(clean)) if (hasThreeWords(sentence)) sentences.push(sentence);
    }
  }
  return sentences;
}

const ENDS_SENTENCE = /[.!?:]['"’”)]*$/;
const MARKER = /^\s*(?:[-*•]\s+(?:\d+[.)]\s+)?|\d+[.)]\s+|\(?[a-z]\)\s+)/;
const BOUNDARY = /[.!?]+['"’”)]*\s+(?=[A-Z0-9‘'"“(£])/g;
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|cf|vs|approx|no|nos|para|cllr|dr|mr|mrs|ms|st)\.$/i;

/** A sentence of three or more space-separated parts (`split(' ').length >= 3`, without the array). */
function hasThreeWords(sentence: string): boolean {
  const first = sentence.indexOf(' ');
  return first >= 0 && sentence.indexOf(' ', first + 1) >= 0;
}

function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match !== null; match = BOUNDARY.exec(text)) {
    const end = match.index + match[0].trimEnd().length;
    if (ABBREVIATION.test(text.slice(Math.max(from, match.index - 8), match.index + 1))) continue;
    out.push(text.slice(from, end).trim());
    from = match.index + match[0].length;
  }
  const rest = text.slice(from).trim();
  if (rest !== '') out.push(rest);
  return out;
}
