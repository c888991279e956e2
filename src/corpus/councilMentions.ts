import type { Block } from './blocks.js';
import { exactKey } from './councilKey.js';
import { lookupCouncil } from './lookupCouncil.js';
import { memoised } from '../memo.js';
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
/**
 * A place's name that begins another body's name: "Staffordshire Fire and Rescue Service", "County Durham and
 * Darlington Fire and Rescue Service", "Suffolk Constabulary" are not the councils; nor are "the other
 * Leicestershire councils".
 */
const ORGANISATION_AFTER = /^\s+(?:(?:and|&)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}?)?(?:councils|authorities|Fire|Police|Constabulary|NHS|Health|Hospitals?|University|College|Chamber|Wildlife|Clinical|Ambulance|Football|Cricket|Integrated\s+Care|Mental\s+Health|Partnership\s+NHS|Community\s+Foundation|Association\s+of\s+Local\s+Councils)\b/;
/**
 * A sentence that opens with a bare name and goes on like this is about that council ("Sevenoaks requested") or its
 * area ("Sefton ‘the place’ is well understood", "Rugby as a place").
 */
const OWN_VERB = /^\s+(?:(?:requested|asked|participated|invited|commissioned|welcomed|hosted|agreed)\b|[‘'“"]the\s+place[’'”"]|as\s+a\s+place\b)/i;

/** Every council mention in the blocks, longest reading first, never overlapping. */
export function findCouncilMentions(blocks: readonly Block[], register: Register): CouncilMention[] {
  // a report names the same councils, partners and places many times over: each phrase is looked up once. Held for
  // this document only (a remembered slice of its text would keep the whole text alive).
  const names: Names = { exactKey: memoised(exactKey), lookup: memoised((name) => lookupCouncil(register, name)) };
  return blocks.flatMap((block) => mentionsIn(block, register, names));
}

/** `exactKey` and `lookupCouncil` in the register, remembered for one document. */
interface Names {
  readonly exactKey: (name: string) => string;
  readonly lookup: (name: string) => readonly RegisterEntry[];
}

function mentionsIn(block: Block, register: Register, names: Names): CouncilMention[] {
  const text = block.text;
  const tokens = tokensOf(text);
  const found: CouncilMention[] = [];
  // the tokens a mention covers: a later reading may not overlap an earlier one
  const covered = new Uint8Array(tokens.length);
  const taken = (from: number, to: number) => {
    for (let k = from; k <= to; k++) if (covered[k] === 1) return true;
    return false;
  };
  const mention = (from: number, to: number, kind: CouncilMention['kind'], candidates: readonly RegisterEntry[]) => {
    const start = tokens[from]!.start;
    const end = tokens[to]!.end;
    found.push({ text: text.slice(start, end), block, start, end, kind, candidates });
    covered.fill(1, from, to + 1);
  };
  // the register's entries for the longest of `name(s)`, s in `starts` (ascending), that it knows
  const longestKnown = (starts: readonly number[], name: (s: number) => string) => {
    for (const s of starts) {
      if (!isCapital(tokens[s]!.word)) continue;
      const candidates = names.lookup(withoutPossessive(name(s)));
      if (candidates.length > 0) return { from: s, candidates };
    }
    return null;
  };
  // "X and Y District Councils", "Adur & Worthing Councils": each of the two, its type word lent to the first.
  tokens.forEach((token, i) => {
    if (!isWord(token.word, 'councils')) return;
    const first = runStart(tokens, text, i);
    const type = /^(?:borough|district|city|county)$/i.test(tokens[i - 1]?.word ?? '') ? ` ${tokens[i - 1]!.word}` : '';
    for (let and = first + 1; and < i - 1; and++) {
      if (!/^(?:and|&)$/i.test(tokens[and]!.word)) continue;
      const right = longestKnown(range(and + 1, i - 1), (s) => `${text.slice(tokens[s]!.start, tokens[i - 1]!.end)} Council`);
      const left = longestKnown(range(first, and - 1), (s) => `${text.slice(tokens[s]!.start, tokens[and - 1]!.end)}${type} Council`);
      if (left === null || right === null) continue;
      mention(left.from, and - 1, 'phrase', left.candidates);
      mention(right.from, i, 'phrase', right.candidates);
      return;
    }
  });
  // "X Council": the longest run of capitalised words before "Council" that the register knows.
  tokens.forEach((token, i) => {
    if (!isWord(token.word, 'council') || /^(?:town|parish|community)$/i.test(tokens[i - 1]?.word ?? '')) return;
    const first = runStart(tokens, text, i);
    for (let s = first; s < i; s++) {
      if (!isCapital(tokens[s]!.word)) continue;
      const candidates = names.lookup(withoutPossessive(text.slice(tokens[s]!.start, token.end)));
      if (candidates.length > 0) return mention(s, i, 'phrase', candidates);
    }
    const s = unknownStart(tokens, text, i);
    if (s !== null) mention(s, i, 'phrase', []);
  });
  // "London Borough of X", "City of X", "Borough Council of X": the longest run after "of" that the register knows.
  tokens.forEach((token, i) => {
    if (!isWord(token.word, 'of')) return;
    const before = tokens[i - 1]?.word ?? '';
    if (!/^(?:borough|city|county|council)$/i.test(before)) return;
    const lead = /^council$/i.test(before) ? /^(?:borough|district|city|county)$/i : /^(?:london|royal)$/i;
    const from = lead.test(tokens[i - 2]?.word ?? '') ? i - 2 : i - 1;
    if (/^council$/i.test(tokens[from]!.word)) return;
    if (taken(from, i)) return;
    for (let e = Math.min(i + 5, tokens.length - 1); e > i; e--) {
      if (!isCapital(tokens[e]!.word) || !joined(tokens, text, i, e)) continue;
      const candidates = names.lookup(withoutPossessive(text.slice(tokens[from]!.start, tokens[e]!.end)));
      if (candidates.length > 0) return mention(from, e, 'phrase', candidates);
    }
  });
  // Bare register names ("Stockport", "Test Valley"): exact aliases only, not a lone word opening a sentence.
  const firstWords = firstWordsOf(register);
  for (let s = 0; s < tokens.length; s++) {
    if (!isCapital(tokens[s]!.word)) continue;
    // the word as written ("King’s Lynn") or without its possessive ("Bolton’s corporate plan" names Bolton)
    const written = text.slice(tokens[s]!.start, tokens[s]!.end);
    const first = firstKeyWord(written, names);
    if (first !== 'the' && !firstWords.has(first) && (tokens[s]!.word === written || !firstWords.has(firstKeyWord(tokens[s]!.word, names)))) continue;
    for (let e = Math.min(s + 4, tokens.length - 1); e >= s; e--) {
      if (!isCapital(tokens[e]!.word) || !joined(tokens, text, s, e) || taken(s, e)) continue;
      if (e === s && opensSentence(tokens, text, s) && !OWN_VERB.test(text.slice(tokens[e]!.end))) continue;
      if (namesPerson(tokens, s)) break;
      const name = withoutPossessive(text.slice(tokens[s]!.start, tokens[e]!.end));
      const codes = register.byExact.get(names.exactKey(name));
      if (codes === undefined) continue;
      if (ORGANISATION_AFTER.test(text.slice(tokens[e]!.end))) break;
      mention(s, e, 'bare', names.lookup(name));
      s = e;
      break;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The words of a council's name in a text: a letter, then letters, digits, `_` and inner apostrophes, dots and
 * hyphens, ending in a letter, digit or `_` (the regex `[A-Za-z][\w’'.-]*\w|[A-Za-z]|&`, scanned by hand: it is
 * the hottest loop of reading a document); and "&".
 */
function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 38 /* & */) {
      tokens.push({ word: '&', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (!isLetter(c)) {
      i++;
      continue;
    }
    let end = i + 1;
    for (let j = i + 1; j < text.length; j++) {
      const d = text.charCodeAt(j);
      if (isWordChar(d)) end = j + 1;
      else if (d !== 0x2019 && d !== 39 && d !== 46 && d !== 45) break; // ’ ' . -
    }
    tokens.push({ word: withoutPossessive(text.slice(i, end)), start: i, end });
    i = end;
  }
  return tokens;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `\w`: a letter, digit or `_`. */
function isWordChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95;
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
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** A word written with letters only: its exact key is itself in lower case ("saint" aside, which is "st"). */
const PLAIN_WORD = /^[A-Za-z]+$/;

/** The first word of a token's exact key (`exactKey`), without building the key of a plain word. */
function firstKeyWord(written: string, names: Names): string {
  if (PLAIN_WORD.test(written)) {
    const lower = written.toLowerCase();
    return lower === 'saint' ? 'st' : lower;
  }
  return names.exactKey(written).split(' ')[0]!;
}

/** `word` is `lower` in any case. */
function isWord(word: string, lower: string): boolean {
  return word.length === lower.length && (word.charCodeAt(0) | 32) === lower.charCodeAt(0) && word.toLowerCase() === lower;
}

/**
 * A word or name without its possessive, as the register knows it ("Council's" -> "Council", "Stockport Council's"
 * -> "Stockport Council").
 */
function withoutPossessive(text: string): string {
  const n = text.length;
  return n > 1 && text[n - 1] === 's' && (text[n - 2] === '’' || text[n - 2] === "'") ? text.slice(0, -2) : text;
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

/** from, from + 1, ..., to (none when to < from). */
function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
}

/** A person's title: "Cllr Simon Dudley" is a councillor, not Dudley. */
const PERSON_TITLE = /^(?:cllr|councillor|mr|mrs|ms|miss|dr|sir|dame|lord|lady|professor|prof)$/i;

/** The words from token `s` are a person's surname: a title, maybe a first name, stands just before them. */
function namesPerson(tokens: readonly Token[], s: number): boolean {
  const previous = tokens[s - 1]?.word ?? '';
  return PERSON_TITLE.test(previous) || (isCapital(previous) && PERSON_TITLE.test(tokens[s - 2]?.word ?? ''));
}

const NOT_A_NAME = /^(?:the|a|an|does|how|but|as|one|each|every|our|your|their|this|that|full|extraordinary|annual|special|members?|improving|increases|similarly|whole|county)$/i;

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
