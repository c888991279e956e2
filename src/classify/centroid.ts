import { THEME_LABELS, THEMES, UNCLASSIFIED, type Framework, type ThemeId } from '../vocabulary.js';
import type { Assignment, Evidence, FrameworkAssignment, ThemeScore, TrainingExample, Unit } from './types.js';

/**
 * A first theme classifier: TF-IDF nearest centroid. Each theme's centroid is built from its training texts
 * (the feedback under each theme heading, plus the theme's own label); a unit is scored by cosine similarity,
 * normalised over the five themes. Deterministic and pure.
 */
export interface CentroidModel {
  readonly framework: Framework;
  readonly idf: Readonly<Record<string, number>>;
  readonly centroids: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

const STOP = new Set('a an and are as at be been but by can could for from has have how in into is it its may more most need needs not of on or our should so than that the their there these this those to was we were which will with within would you your council councils peer team'.split(' '));

/** Lower-case word tokens with crude suffix stripping, and their spans. */
export function tokens(text: string): { term: string; start: number; end: number }[] {
  const found: { term: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(/[A-Za-z][A-Za-z'’-]+/g)) {
    const word = match[0].toLowerCase().replace(/['’]s$/, '');
    if (word.length < 3 || STOP.has(word)) continue;
    found.push({ term: stem(word), start: match.index, end: match.index + match[0].length });
  }
  return found;
}

function stem(word: string): string {
  return word.replace(/(?:ations?|ities|ity|ings?|ments?|ness|ies|es|s|ed|ly)$/, '') || word;
}

function vector(text: string, idf: Readonly<Record<string, number>>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens(text)) counts.set(t.term, (counts.get(t.term) ?? 0) + 1);
  let norm = 0;
  for (const [term, count] of counts) {
    const weight = (1 + Math.log(count)) * (idf[term] ?? 0);
    counts.set(term, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [term, weight] of counts) counts.set(term, weight / norm);
  return counts;
}

/** Train centroids from labelled examples of one framework (the theme labels are always added). */
export function trainCentroids(examples: readonly TrainingExample[], framework: Framework): CentroidModel {
  const themes = THEMES[framework];
  const byTheme = new Map<ThemeId, string[]>(themes.map((t) => [t, [THEME_LABELS[t]]]));
  for (const example of examples) byTheme.get(example.theme)?.push(example.text);
  const documentFrequency = new Map<string, number>();
  const allTexts = [...byTheme.values()].flat();
  for (const text of allTexts) for (const term of new Set(tokens(text).map((t) => t.term))) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const idf: Record<string, number> = {};
  for (const term of [...documentFrequency.keys()].sort()) idf[term] = Math.log((1 + allTexts.length) / (1 + documentFrequency.get(term)!)) + 1;
  const centroids: Record<string, Record<string, number>> = {};
  for (const theme of themes) {
    const sum = new Map<string, number>();
    for (const text of byTheme.get(theme) ?? []) for (const [term, weight] of vector(text, idf)) sum.set(term, (sum.get(term) ?? 0) + weight);
    const norm = Math.sqrt([...sum.values()].reduce((s, w) => s + w * w, 0)) || 1;
    centroids[theme] = Object.fromEntries([...sum.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([t, w]) => [t, w / norm]));
  }
  return { framework, idf, centroids };
}

/** Themes scoring at least this share of the best theme's score are assigned too. */
const SECONDARY = 0.8;

/** Classify units; `crosswalk` maps each theme to the other framework's. */
export function classifyByCentroid(model: CentroidModel, units: readonly Unit[], crosswalk: (theme: ThemeId) => ThemeId): Assignment[] {
  const themes = THEMES[model.framework];
  return units.map((unit) => {
    const v = vector(unit.text, model.idf);
    const raw = themes.map((theme) => {
      let dot = 0;
      for (const [term, weight] of v) dot += weight * (model.centroids[theme]?.[term] ?? 0);
      return dot;
    });
    const total = raw.reduce((s, x) => s + x, 0);
    const scores: ThemeScore[] = themes.map((theme, i) => ({ theme, score: round(total === 0 ? 0 : raw[i]! / total) }));
    const best = Math.max(...scores.map((s) => s.score));
    const assigned = best === 0 ? [] : scores.filter((s) => s.score >= best * SECONDARY).sort((a, b) => b.score - a.score || themes.indexOf(a.theme) - themes.indexOf(b.theme));
    const own: FrameworkAssignment = { framework: model.framework, primaryTheme: assigned[0]?.theme ?? UNCLASSIFIED, themes: assigned };
    return { id: unit.id, ...own, scores, evidence: evidenceOf(unit.text, model, assigned), crosswalk: crosswalked(own, crosswalk) };
  });
}

function evidenceOf(text: string, model: CentroidModel, assigned: readonly ThemeScore[]): Evidence[] {
  const found: Evidence[] = [];
  for (const { theme } of assigned) {
    for (const t of tokens(text)) {
      const weight = (model.centroids[theme]?.[t.term] ?? 0) * (model.idf[t.term] ?? 0);
      if (weight > 0) found.push({ theme, term: text.slice(t.start, t.end), start: t.start, end: t.end, weight: round(weight) });
    }
  }
  return found.sort((a, b) => b.weight - a.weight || a.start - b.start).slice(0, 8);
}

function crosswalked(own: FrameworkAssignment, crosswalk: (theme: ThemeId) => ThemeId): FrameworkAssignment {
  const other: Framework = own.framework === 'classic' ? 'current' : 'classic';
  const themes = own.themes.map((s) => ({ theme: crosswalk(s.theme), score: s.score }));
  return { framework: other, primaryTheme: themes[0]?.theme ?? UNCLASSIFIED, themes };
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
