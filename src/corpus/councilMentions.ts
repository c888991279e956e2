import type { Block } from './blocks.js';
import { exactKey } from './councilKey.js';
import { lookupCouncil } from './lookupCouncil.js';
import type { Register, RegisterEntry } from './register.js';

/** Where a block's text names a council: "X Council" phrases, "London Borough of X" forms and bare register names. */
export interface CouncilMention {
  readonly text: string;
  readonly block: Block;
  readonly start: number;
  readonly end: number;
  /** `phrase`: ends in "Council" or starts "Borough/City of"; `bare`: a register name alone ("Stockport"). */
  readonly kind: 'phrase' | 'bare';
  /** Register candidates; empty when the phrase names no council in the register. */
  readonly candidates: readonly RegisterEntry[];
}

interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

const CONNECTOR = /^(?:of|on|upon|under|and|&|the|in|le|by|de|next|with|y)$/i;
const MAX_WORDS = 8;
/** A sentence that opens with a bare name and goes on like this is about that council ("Sevenoaks requested"). */
const OWN_VERB = /^\s+(?:requested|asked|participated|invited|commissioned|welcomed|hosted|agreed)\b/i;

/** Every council mention in the blocks, longest reading first, never overlapping. */
export function findCouncilMentions(blocks: readonly Block[], register: Register): CouncilMention[] {
  return blocks.flatMap((block) => mentionsIn(block, register));
}

function mentionsIn(block: Block, register: Register): CouncilMention[] {
  const text = block.text;
  const tokens: Token[] = [...text.matchAll(/[A-Za-z][\w’'.-]*\w|[A-Za-z]|&/g)].map((m) => ({
    word: m[0].replace(/[’']s$/, ''),
    start: m.index,
    end: m.index + m[0].length,
  }));
  const found: CouncilMention[] = [];
  const taken = (start: number, end: number) => found.some((m) => start < m.end && m.start < end);
  const mention = (from: number, to: number, kind: CouncilMention['kind'], candidates: readonly RegisterEntry[]) => {
    const start = tokens[from]!.start;
    const end = tokens[to]!.end;
    found.push({ text: text.slice(start, end), block, start, end, kind, candidates });
  };
  // "X Council": the longest run of capitalised words before "Council" that the register knows.
  tokens.forEach((token, i) => {
    if (!/^council$/i.test(token.word) || /^(?:town|parish|community)$/i.test(tokens[i - 1]?.word ?? '')) return;
    const first = runStart(tokens, text, i);
    for (let s = first; s < i; s++) {
      if (!isCapital(tokens[s]!.word)) continue;
      const candidates = lookupCouncil(register, text.slice(tokens[s]!.start, token.end));
      if (candidates.length > 0) return mention(s, i, 'phrase', candidates);
    }
    const s = unknownStart(tokens, text, i);
    if (s !== null) mention(s, i, 'phrase', []);
  });
  // "London Borough of X", "City of X", "Borough Council of X": the longest run after "of" that the register knows.
  tokens.forEach((token, i) => {
    const before = tokens[i - 1]?.word ?? '';
    if (!/^of$/i.test(token.word) || !/^(?:borough|city|county|council)$/i.test(before)) return;
    const lead = /^council$/i.test(before) ? /^(?:borough|district|city|county)$/i : /^(?:london|royal)$/i;
    const from = lead.test(tokens[i - 2]?.word ?? '') ? i - 2 : i - 1;
    if (/^council$/i.test(tokens[from]!.word)) return;
    if (taken(tokens[from]!.start, token.end)) return;
    for (let e = Math.min(i + 5, tokens.length - 1); e > i; e--) {
      if (!isCapital(tokens[e]!.word) || !joined(tokens, text, i, e)) continue;
      const candidates = lookupCouncil(register, text.slice(tokens[from]!.start, tokens[e]!.end));
      if (candidates.length > 0) return mention(from, e, 'phrase', candidates);
    }
  });
  // Bare register names ("Stockport", "Test Valley"): exact aliases only, not a lone word opening a sentence.
  const firstWords = firstWordsOf(register);
  for (let s = 0; s < tokens.length; s++) {
    if (!isCapital(tokens[s]!.word)) continue;
    const first = exactKey(text.slice(tokens[s]!.start, tokens[s]!.end)).split(' ')[0]!;
    if (first !== 'the' && !firstWords.has(first)) continue;
    for (let e = Math.min(s + 4, tokens.length - 1); e >= s; e--) {
      if (!isCapital(tokens[e]!.word) || !joined(tokens, text, s, e) || taken(tokens[s]!.start, tokens[e]!.end)) continue;
      if (e === s && opensSentence(tokens, text, s) && !OWN_VERB.test(text.slice(tokens[e]!.end))) continue;
      const name = text.slice(tokens[s]!.start, tokens[e]!.end);
      const codes = register.byExact.get(exactKey(name));
      if (codes === undefined) continue;
      mention(s, e, 'bare', lookupCouncil(register, name));
      s = e;
      break;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const firstWordCache = new WeakMap<Register, ReadonlySet<string>>();

/** The first words of the register's exact keys: a bare name can only start at one of them. */
function firstWordsOf(register: Register): ReadonlySet<string> {
  let words = firstWordCache.get(register);
  if (words === undefined) {
    words = new Set([...register.byExact.keys()].map((key) => key.split(' ')[0]!));
    firstWordCache.set(register, words);
  }
  return words;
}

function isCapital(word: string): boolean {
  return /^[A-Z]/.test(word);
}

/** The first token of the run of capitalised words and connectors ending just before token `i`. */
function runStart(tokens: readonly Token[], text: string, i: number): number {
  let s = i;
  while (s > 0 && i - s < MAX_WORDS) {
    const previous = tokens[s - 1]!;
    const gap = text.slice(previous.end, tokens[s]!.start);
    if (!/^(?:\s+|\s*,\s*|-)$/.test(gap) || !(isCapital(previous.word) || CONNECTOR.test(previous.word))) break;
    s--;
  }
  return s;
}

const NOT_A_NAME = /^(?:the|a|an|does|how|but|as|one|each|every|our|your|their|this|that|full|members?|improving|increases|similarly|whole|county)$/i;

/** The run of capitalised words directly before "Council" that may name a council missing from the register. */
function unknownStart(tokens: readonly Token[], text: string, i: number): number | null {
  let s = i;
  while (s > 0 && i - s < 4 && isCapital(tokens[s - 1]!.word) && !NOT_A_NAME.test(tokens[s - 1]!.word)) {
    if (!/^(?:\s+|-)$/.test(text.slice(tokens[s - 1]!.end, tokens[s]!.start))) break;
    s--;
  }
  return s < i ? s : null;
}

/** Tokens s..e are separated only by spaces or hyphens, and the middle ones are capitalised or connectors. */
function joined(tokens: readonly Token[], text: string, s: number, e: number): boolean {
  for (let k = s + 1; k <= e; k++) {
    if (!/^(?:\s+|-)$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
    if (!isCapital(tokens[k]!.word) && !CONNECTOR.test(tokens[k]!.word)) return false;
  }
  return true;
}

function opensSentence(tokens: readonly Token[], text: string, s: number): boolean {
  return s === 0 || /[.!?:]/.test(text.slice(tokens[s - 1]!.end, tokens[s]!.start));
}
