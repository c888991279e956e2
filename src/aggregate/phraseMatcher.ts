import { inflectionStem, words, type Word } from './words.js';

/** A labelled list of phrases: an issue of the taxonomy, or a theme of a codebook. */
export interface PhraseEntry {
  readonly id: string;
  readonly phrases: readonly string[];
  readonly except?: readonly string[];
}

/** One match of a phrase; `id` is null for an `except` phrase. */
export interface PhraseMatch {
  readonly id: string | null;
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
  readonly firstWord: number;
  readonly words: number;
}

type Token = { readonly stem: string; readonly prefix: false } | { readonly stem: string; readonly prefix: true };
interface Compiled {
  readonly id: string | null;
  readonly phrase: string;
  readonly order: number;
  readonly tokens: readonly Token[];
}
export interface PhraseMatcher {
  readonly byStem: ReadonlyMap<string, readonly Compiled[]>;
  readonly byPrefix: readonly Compiled[];
}

const cache = new WeakMap<readonly PhraseEntry[], PhraseMatcher>();

/** Compile the entries' phrases once (memoised per entries array; compiling cannot change results). */
export function phraseMatcher(entries: readonly PhraseEntry[]): PhraseMatcher {
  const cached = cache.get(entries);
  if (cached !== undefined) return cached;
  const byStem = new Map<string, Compiled[]>();
  const byPrefix: Compiled[] = [];
  let order = 0;
  for (const entry of entries) {
    const all = [...entry.phrases.map((p) => [entry.id, p] as const), ...(entry.except ?? []).map((p) => [null, p] as const)];
    for (const [id, phrase] of all) {
      const tokens = phraseTokens(phrase);
      const first = tokens[0];
      if (first === undefined) continue;
      const compiled: Compiled = { id, phrase, order: order++, tokens };
      if (first.prefix) byPrefix.push(compiled);
      else byStem.set(first.stem, [...(byStem.get(first.stem) ?? []), compiled]);
    }
  }
  const matcher = { byStem, byPrefix };
  cache.set(entries, matcher);
  return matcher;
}

function phraseTokens(phrase: string): Token[] {
  return phrase
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[\s\-/]+/)
    .filter((t) => t !== '')
    .map((t) => (t.endsWith('*') ? { stem: t.slice(0, -1), prefix: true } : { stem: inflectionStem(t), prefix: false }));
}

function fits(token: Token, word: Word): boolean {
  return token.prefix ? word.form.startsWith(token.stem) : token.stem === word.stem;
}

/**
 * Every non-overlapping phrase match in the text: where matches overlap, the one with most words wins (then the
 * longer span, the earlier start, the earlier phrase). `except` matches are kept here (id null) for callers to drop.
 */
export function matchPhrases(text: string, matcher: PhraseMatcher): PhraseMatch[] {
  const ws = words(text);
  const found: (PhraseMatch & { order: number })[] = [];
  ws.forEach((word, i) => {
    const candidates = [...(matcher.byStem.get(word.stem) ?? []), ...matcher.byPrefix.filter((c) => fits(c.tokens[0]!, word))];
    for (const c of candidates) {
      if (i + c.tokens.length > ws.length) continue;
      if (!c.tokens.every((t, k) => fits(t, ws[i + k]!))) continue;
      const last = ws[i + c.tokens.length - 1]!;
      found.push({ id: c.id, phrase: c.phrase, start: word.start, end: last.end, firstWord: i, words: c.tokens.length, order: c.order });
    }
  });
  found.sort((a, b) => b.words - a.words || b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const taken = new Set<number>();
  const kept: PhraseMatch[] = [];
  for (const m of found) {
    const span = Array.from({ length: m.words }, (_, k) => m.firstWord + k);
    if (span.some((k) => taken.has(k))) continue;
    span.forEach((k) => taken.add(k));
    kept.push({ id: m.id, phrase: m.phrase, start: m.start, end: m.end, firstWord: m.firstWord, words: m.words });
  }
  return kept.sort((a, b) => a.start - b.start);
}
