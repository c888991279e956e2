import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CorpusDocument } from '../../src/corpus/schema.js';
import { words } from './gold.js';

/**
 * The real-layouts development set (test/fixtures/real-layouts, annotated in data/gold/real-layouts) and its
 * scorer: per-field accuracy and recommendation precision and recall, against the hand annotations.
 */

export interface LayoutRecommendation {
  readonly text: string;
  readonly form: 'listed' | 'prose';
  readonly number?: number | null;
}

export interface LayoutGold {
  readonly file: string;
  readonly source_url: string;
  readonly modelled_on?: string;
  readonly council: string | null;
  readonly gss_code: string | null;
  readonly document_type: string;
  readonly programme: string;
  readonly challenge_year: number | null;
  readonly recommendations_stated?: number | null;
  readonly layouts: readonly string[];
  readonly recommendations: readonly LayoutRecommendation[];
}

export const LAYOUT_FIXTURES = fileURLToPath(new URL('../fixtures/real-layouts/', import.meta.url));
const LAYOUT_GOLD = fileURLToPath(new URL('../../data/gold/real-layouts/', import.meta.url));

/** Every annotation, in file-name order. */
export function layoutGold(): LayoutGold[] {
  return readdirSync(LAYOUT_GOLD)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(`${LAYOUT_GOLD}${f}`, 'utf8')) as LayoutGold);
}

/** Found text matches a gold recommendation: it holds most of the gold's opening words and little else. */
export function matches(gold: string, found: string): boolean {
  const goldWords = words(gold).split(' ').filter(Boolean);
  const foundWords = words(found).split(' ').filter(Boolean);
  if (goldWords.length === 0 || foundWords.length === 0) return false;
  const foundSet = new Set(foundWords);
  const goldSet = new Set(goldWords);
  const opening = goldWords.slice(0, 10);
  const openingCovered = opening.filter((w) => foundSet.has(w)).length / opening.length;
  const inGold = foundWords.filter((w) => goldSet.has(w)).length / foundWords.length;
  return openingCovered >= 0.7 && inGold >= 0.7;
}

export interface RecommendationScore {
  readonly matchedListed: number;
  readonly listed: number;
  readonly matchedProse: number;
  readonly prose: number;
  /** Found recommendations that match a gold one, and all found. */
  readonly correct: number;
  readonly found: number;
  readonly missed: readonly string[];
  readonly extra: readonly string[];
}

/** One-to-one matching of found to gold recommendations, in document order. */
export function scoreRecommendations(gold: readonly LayoutRecommendation[], found: readonly { text: string }[]): RecommendationScore {
  const taken = new Set<number>();
  const missed: string[] = [];
  let matchedListed = 0;
  let matchedProse = 0;
  for (const g of gold) {
    const i = found.findIndex((f, j) => !taken.has(j) && matches(g.text, f.text));
    if (i < 0) {
      missed.push(g.text);
      continue;
    }
    taken.add(i);
    if (g.form === 'prose') matchedProse++;
    else matchedListed++;
  }
  return {
    matchedListed,
    listed: gold.filter((g) => g.form !== 'prose').length,
    matchedProse,
    prose: gold.filter((g) => g.form === 'prose').length,
    correct: taken.size,
    found: found.length,
    missed,
    extra: found.filter((_, j) => !taken.has(j)).map((f) => f.text),
  };
}

export interface LayoutScores {
  readonly documents: number;
  readonly councils: number;
  readonly fields: Readonly<Record<'council' | 'documentType' | 'challengeYear' | 'programme' | 'programmeNonCpc', { correct: number; total: number }>>;
  readonly listedRecall: number;
  readonly listedPrecision: number;
  readonly proseRecall: number;
  readonly perDocument: readonly { file: string; wrong: readonly string[]; recommendations: RecommendationScore }[];
}

/** Score every document against its annotation. */
export function scoreLayouts(pairs: readonly { gold: LayoutGold; document: CorpusDocument }[]): LayoutScores {
  const fields = {
    council: { correct: 0, total: 0 },
    documentType: { correct: 0, total: 0 },
    challengeYear: { correct: 0, total: 0 },
    programme: { correct: 0, total: 0 },
    programmeNonCpc: { correct: 0, total: 0 },
  };
  const tally = (field: keyof typeof fields, ok: boolean, wrong: string[], detail: string) => {
    fields[field].total++;
    if (ok) fields[field].correct++;
    else wrong.push(detail);
  };
  let matchedListed = 0, listed = 0, matchedProse = 0, prose = 0, correctListed = 0, foundListed = 0;
  const perDocument = pairs.map(({ gold, document }) => {
    const wrong: string[] = [];
    tally('council', (document.council?.gssCode ?? null) === gold.gss_code, wrong, `council ${document.council?.gssCode ?? null} ≠ ${gold.gss_code}`);
    tally('documentType', document.documentType === gold.document_type, wrong, `type ${document.documentType} ≠ ${gold.document_type}`);
    tally('challengeYear', document.challengeYear === gold.challenge_year, wrong, `year ${document.challengeYear} ≠ ${gold.challenge_year}`);
    tally('programme', document.programme === gold.programme, wrong, `programme ${document.programme} ≠ ${gold.programme}`);
    if (gold.programme !== 'corporate-peer-challenge') {
      tally('programmeNonCpc', document.programme === gold.programme, [], '');
    }
    const recommendations = scoreRecommendations(gold.recommendations, document.recommendations);
    matchedListed += recommendations.matchedListed;
    listed += recommendations.listed;
    matchedProse += recommendations.matchedProse;
    prose += recommendations.prose;
    // Precision counts what was found as a listed recommendation; prose finds are scored by their recall.
    const foundAsListed = document.recommendations.filter((r) => r.form === 'listed');
    const listedScore = scoreRecommendations(gold.recommendations, foundAsListed);
    correctListed += listedScore.correct;
    foundListed += foundAsListed.length;
    return { file: gold.file, wrong, recommendations };
  });
  return {
    documents: pairs.length,
    // councils the annotations name (a document whose text never names one counts for none)
    councils: new Set(pairs.flatMap((p) => (p.gold.gss_code === null ? [] : [p.gold.gss_code]))).size,
    fields,
    listedRecall: listed === 0 ? 1 : matchedListed / listed,
    listedPrecision: foundListed === 0 ? 1 : correctListed / foundListed,
    proseRecall: prose === 0 ? 1 : matchedProse / prose,
    perDocument,
  };
}

/** The score table as Markdown. */
export function formatLayoutScores(scores: LayoutScores): string {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  const field = (f: { correct: number; total: number }) => `${f.correct}/${f.total} (${pct(f.total === 0 ? 1 : f.correct / f.total)})`;
  return [
    `| field (${scores.documents} documents, ${scores.councils} councils) | score |`,
    '|---|---|',
    `| listed recommendations: recall | ${pct(scores.listedRecall)} |`,
    `| listed recommendations: precision | ${pct(scores.listedPrecision)} |`,
    `| prose restatements: recall | ${pct(scores.proseRecall)} |`,
    `| document type | ${field(scores.fields.documentType)} |`,
    `| challenge year | ${field(scores.fields.challengeYear)} |`,
    `| council (GSS code, abstaining where unnamed) | ${field(scores.fields.council)} |`,
    `| programme | ${field(scores.fields.programme)} |`,
    `| programme, non-CPC documents | ${field(scores.fields.programmeNonCpc)} |`,
  ].join('\n');
}
