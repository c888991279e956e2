import type { CorpusDocument } from '../corpus/schema.js';
import { compareNullable } from '../order.js';
import { councilRecord } from '../units/units.js';
import { councilKey } from './councilKey.js';
import type { IssueTaxonomy } from './issueTaxonomy.js';
import { nounPhrases } from './nounPhrases.js';
import { quoteOf } from './quoteOf.js';
import { tagIssues } from './tagIssues.js';
import type { Challenge, DiscoveredPhrase, Quote } from './types.js';
import { inflectionStem, words } from '../text/index.js';

export interface DiscoverOptions {
  /** Also read the documents' theme-section feedback, not only recommendations (slower: compromise tags it all). */
  readonly sections?: boolean;
  /** Keep phrases found in at least this many councils (default 2). */
  readonly minCouncils?: number;
  /** Phrase length in words (default 2..4). */
  readonly minWords?: number;
  readonly maxWords?: number;
  /** At most this many phrases (default 50) and quotes per phrase, one per council (default 3). */
  readonly limit?: number;
  readonly quotes?: number;
}

interface Source {
  readonly text: string;
  readonly council: string;
  readonly documentIds: readonly string[];
  readonly quote: (text: string) => Quote;
}

interface Tally { councils: Set<string>; documents: Set<string>; occurrences: number; quotes: Map<string, Quote> }

/**
 * Recurring phrases the issue taxonomy does not cover yet. Phases: texts (each challenge recommendation once,
 * optionally theme-section paragraphs) -> noun phrases (see `nounPhrases`) -> tally councils, documents and
 * occurrences -> drop phrases in too few councils, phrases the taxonomy already tags or that are part of one of
 * its phrases, and phrases found only inside one longer phrase -> rank by councils, then distinctiveness, then phrase. Distinctiveness is log2 of the
 * phrase's share of all councils over its share of all noun-phrase occurrences (the background): phrases spread
 * over many councils but rare in the text overall score high, phrases repeated everywhere score low.
 */
export function discoverPhrases(
  documents: readonly CorpusDocument[],
  challenges: readonly Challenge[],
  taxonomy: IssueTaxonomy,
  options: DiscoverOptions = {},
): DiscoveredPhrase[] {
  const { minCouncils = 2, minWords = 2, maxWords = 4, limit = 50, quotes = 3 } = options;
  const byId = new Map(documents.map((d) => [d.id, d]));
  const sources: Source[] = challenges.flatMap((c) =>
    c.recommendations.map((r) => ({ text: r.text, council: councilKey(r), documentIds: r.documentIds, quote: (text: string) => quoteOf(r, byId, text) })),
  );
  if (options.sections === true) sources.push(...sectionSources(documents, challenges));

  const tallies = new Map<string, Tally>();
  let background = 0;
  for (const source of sources) {
    const found = nounPhrases(source.text, minWords, maxWords);
    background += found.length;
    for (const phrase of found) {
      const tally = tallies.get(phrase) ?? { councils: new Set(), documents: new Set(), occurrences: 0, quotes: new Map() };
      tally.occurrences += 1;
      tally.councils.add(source.council);
      source.documentIds.forEach((id) => tally.documents.add(id));
      if (!tally.quotes.has(source.council)) tally.quotes.set(source.council, source.quote(sentenceWith(source.text, phrase)));
      tallies.set(phrase, tally);
    }
  }
  const councilsTotal = Math.max(1, new Set(challenges.map(councilKey)).size);
  const recurring = [...tallies.entries()].filter(([, t]) => t.councils.size >= minCouncils);
  const inside = subsumed(recurring, tallies, minWords);
  const known = taxonomyStretches(taxonomy);
  const kept = recurring.filter(
    ([phrase]) => !inside.has(phrase) && !known.has(stems(phrase)) && tagIssues(phrase, taxonomy).length === 0,
  );
  return kept
    .map(([phrase, t]) => ({
      phrase,
      councils: t.councils.size,
      documents: t.documents.size,
      occurrences: t.occurrences,
      distinctiveness: Math.round(Math.log2(t.councils.size / councilsTotal / (t.occurrences / background)) * 10000) / 10000,
      quotes: [...t.quotes.values()].sort((a, b) => compareNullable(a.council?.name, b.council?.name) || compareNullable(a.documentId, b.documentId)).slice(0, quotes),
    }))
    .sort((a, b) => b.councils - a.councils || b.distinctiveness - a.distinctiveness || compareNullable(a.phrase, b.phrase))
    .slice(0, limit);
}

function stems(phrase: string): string {
  return phrase.split(/[\s\-/]+/).filter((w) => w !== '').map((w) => inflectionStem(w.toLowerCase().replace(/\*$/, ''))).join(' ');
}

/** Every stretch of two or more words of a taxonomy phrase ("medium term" of "medium term financial strategy"). */
function taxonomyStretches(taxonomy: IssueTaxonomy): Set<string> {
  const known = new Set<string>();
  for (const phrase of taxonomy.issues.flatMap((i) => i.phrases)) {
    const ws = stems(phrase).split(' ');
    for (let start = 0; start < ws.length; start++) for (let end = start + 2; end <= ws.length; end++) known.add(ws.slice(start, end).join(' '));
  }
  return known;
}

/** Phrases found only inside one longer recurring phrase (as often as it): they never occur on their own. */
function subsumed(recurring: readonly (readonly [string, Tally])[], tallies: ReadonlyMap<string, Tally>, minWords: number): Set<string> {
  const inside = new Set<string>();
  for (const [phrase, t] of recurring) {
    const ws = phrase.split(' ');
    for (let start = 0; start < ws.length; start++) {
      for (let end = start + minWords; end <= ws.length; end++) {
        if (end - start === ws.length) continue;
        const part = ws.slice(start, end).join(' ');
        if (tallies.get(part)?.occurrences === t.occurrences) inside.add(part);
      }
    }
  }
  return inside;
}

/** The sentence of `text` that holds the phrase (compared word by word), else the whole text. */
function sentenceWith(text: string, phrase: string): string {
  const sentences = text.split(/(?<=[.!?])\s+/);
  return sentences.find((s) => ` ${words(s).map((w) => w.form).join(' ')} `.includes(` ${phrase} `)) ?? text;
}

function sectionSources(documents: readonly CorpusDocument[], challenges: readonly Challenge[]): Source[] {
  const challengeOf = new Map(challenges.flatMap((c) => c.documentIds.map((id) => [id, c] as const)));
  return documents.flatMap((d) => {
    const challenge = challengeOf.get(d.id);
    const council = challenge === undefined ? `document:${d.id}` : councilKey(challenge);
    return d.themeSections.flatMap((s) =>
      s.text.split(/\n\s*\n/).map((text) => ({
        text,
        council,
        documentIds: [d.id],
        quote: (quoted: string): Quote => ({
          text: quoted, council: challenge?.council ?? councilRecord(d.council),
          year: challenge?.year ?? d.year, documentId: d.id, file: d.file, page: s.source.page, url: d.url,
        }),
      })),
    );
  });
}
