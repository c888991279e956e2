import { inflectionStem } from '../text/index.js';

/** A labelled list of phrases: an issue of the taxonomy, or a theme of a codebook. */
export interface PhraseEntry {
  readonly id: string;
  readonly phrases: readonly string[];
  readonly except?: readonly string[];
}

/** A phrase word: a light stem to equal, or (`prefix`) a beginning to match. */
export interface Token {
  readonly stem: string;
  readonly prefix: boolean;
}

/** A compiled phrase; `id` is null for an `except` phrase. */
export interface Compiled {
  readonly id: string | null;
  readonly phrase: string;
  readonly order: number;
  readonly tokens: readonly Token[];
}

export interface PhraseMatcher {
  readonly byStem: ReadonlyMap<string, readonly Compiled[]>;
  /** Phrases whose first word is a beginning, by that beginning's first character ('' for an empty one). */
  readonly byPrefix: ReadonlyMap<string, readonly Compiled[]>;
}

const cache = new WeakMap<readonly PhraseEntry[], PhraseMatcher>();

/** Compile the entries' phrases, indexed by their first word (memoised per entries array: compiling cannot change results). */
export function phraseMatcher(entries: readonly PhraseEntry[]): PhraseMatcher {
  const cached = cache.get(entries);
  if (cached !== undefined) return cached;
  const byStem = new Map<string, Compiled[]>();
  const byPrefix = new Map<string, Compiled[]>();
  let order = 0;
  for (const entry of entries) {
    const all = [...entry.phrases.map((p) => [entry.id, p] as const), ...(entry.except ?? []).map((p) => [null, p] as const)];
    for (const [id, phrase] of all) {
      const tokens = phraseTokens(phrase);
      const first = tokens[0];
      if (first === undefined) continue;
      const compiled: Compiled = { id, phrase, order: order++, tokens };
      const index = first.prefix ? byPrefix : byStem;
      const key = first.prefix ? first.stem.slice(0, 1) : first.stem;
      index.set(key, [...(index.get(key) ?? []), compiled]);
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
