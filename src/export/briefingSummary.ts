import type { IssueRow, Quote } from '../aggregate/types.js';
import { percent } from '../percent.js';
import { THEMES, THEME_LABELS, UNCLASSIFIED } from '../vocabulary.js';
import type { ThemeOrUnclassified } from '../vocabulary.js';
import type { BriefingInput, EvaluationSummary } from './briefingTypes.js';

/** Top recurring issues a briefing quotes, and quotes shown for each theme or issue. */
export const TOP_ISSUES = 10;
export const QUOTES_PER_ITEM = 3;

/** One theme over the whole corpus. */
export interface ThemeSummary {
  readonly theme: ThemeOrUnclassified;
  readonly label: string;
  /** Recommendations whose primary theme it is, and their share of all recommendations. */
  readonly primary: number;
  readonly share: number;
  /** Councils with at least one recommendation touching the theme, of `councilsTotal`. */
  readonly councils: number;
  readonly councilsTotal: number;
  /** Councils that asked for the theme as a focus area. */
  readonly focusAreaCouncils: number;
}

/** A headline figure: a number or short phrase, what it counts, and an optional note. */
export interface HeadlineFigure {
  readonly value: string;
  readonly label: string;
  readonly note?: string;
}

/** What both briefings (HTML and Markdown) show, computed once from the input. */
export interface BriefingSummary {
  readonly years: string | null;
  readonly headline: readonly HeadlineFigure[];
  readonly themes: readonly ThemeSummary[];
  readonly topIssues: readonly IssueRow[];
  readonly councils: readonly string[];
  readonly themeQuotes: readonly { readonly label: string; readonly quotes: readonly Quote[] }[];
}

export function themeLabelOf(theme: ThemeOrUnclassified): string {
  return theme === UNCLASSIFIED ? 'Unclassified' : THEME_LABELS[theme];
}

/**
 * Phases: council rows of the briefing's framework -> per-theme totals (codebook order, unclassified last)
 * -> headline figures (size, largest theme, most widespread issue) -> top issues and quotes.
 */
export function summariseBriefing(input: BriefingInput): BriefingSummary {
  const { corpus } = input;
  const rows = input.themeRows.filter((row) => row.grouping === 'council' && row.framework === corpus.framework);
  const councils = [...new Set(rows.map((row) => row.group))].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
  const total = rows.reduce((sum, row) => sum + row.primary, 0);
  const themes = [...THEMES[corpus.framework], UNCLASSIFIED].map((theme): ThemeSummary => {
    const own = rows.filter((row) => row.theme === theme);
    const primary = own.reduce((sum, row) => sum + row.primary, 0);
    return {
      theme,
      label: themeLabelOf(theme),
      primary,
      share: total === 0 ? 0 : primary / total,
      councils: own.reduce((sum, row) => sum + row.councils, 0),
      councilsTotal: corpus.councils,
      focusAreaCouncils: own.reduce((sum, row) => sum + row.focusAreaCouncils, 0),
    };
  });
  const topIssues = [...input.issueRows]
    .filter((row) => row.councils > 0)
    .sort((a, b) => b.councils - a.councils || b.recommendations - a.recommendations || (a.label < b.label ? -1 : 1))
    .slice(0, TOP_ISSUES);
  const years = corpus.yearFrom === null || corpus.yearTo === null ? null : corpus.yearFrom === corpus.yearTo ? String(corpus.yearFrom) : `${corpus.yearFrom}–${corpus.yearTo}`;
  const largest = themes.filter((t) => t.theme !== UNCLASSIFIED && t.primary > 0).sort((a, b) => b.primary - a.primary)[0];
  const widest = topIssues[0];
  const headline: HeadlineFigure[] = [
    { value: String(corpus.councils), label: `${corpus.councils === 1 ? 'council' : 'councils'}${years === null ? '' : `, ${years}`}` },
    { value: String(corpus.documents), label: corpus.documents === 1 ? 'document' : 'documents' },
    { value: String(corpus.recommendations), label: corpus.recommendations === 1 ? 'recommendation' : 'recommendations' },
  ];
  if (largest !== undefined) headline.push({ value: percent(largest.share), label: 'of recommendations are mainly about', note: largest.label });
  if (widest !== undefined) headline.push({ value: `${widest.councils} of ${widest.councilsTotal}`, label: 'councils were told about', note: widest.label });
  const themeQuotes = themes
    .map((t) => ({ label: t.label, quotes: (input.themeQuotes[t.theme] ?? []).slice(0, QUOTES_PER_ITEM) }))
    .filter((t) => t.quotes.length > 0);
  return { years, headline, themes, topIssues, councils, themeQuotes };
}

/** Display names of the `generatedFrom` fields, and the fields given, in a fixed order. */
const GENERATED_LABELS = { corpusFile: 'Corpus', codebook: 'Codebook', classifier: 'Classifier', version: 'cpc version', generatedAt: 'Generated' } as const;

export function generatedFromLines(input: BriefingInput): [label: string, value: string][] {
  return Object.entries(GENERATED_LABELS).flatMap(([key, label]) => {
    const value = input.generatedFrom[key as keyof typeof GENERATED_LABELS];
    return typeof value === 'string' ? [[label, value] as [string, string]] : [];
  });
}

/** "Stoke-on-Trent City Council, 2016" (parts that are unknown are left out). */
export function quoteSource(quote: Quote): string {
  return [quote.council?.name ?? 'Council not named', quote.year === null ? null : String(quote.year)].filter((part) => part !== null).join(', ');
}

/**
 * What the validation figures are, in sentences: how they were measured, and the in-sample figure marked as
 * such (a model scored on the documents it learned from is not validated by it).
 */
export function validationNotes(evaluation: EvaluationSummary): string[] {
  const interval = (i: readonly [number, number] | undefined) => (i === undefined ? '' : ` (95% bootstrap interval ${i[0].toFixed(2)} to ${i[1].toFixed(2)})`);
  const notes = evaluation.measuredOn === undefined ? [] : [`Measured ${evaluation.measuredOn}.`];
  if (evaluation.kappaInterval !== undefined) notes.push(`Lenient (any annotated theme counts) κ ${evaluation.kappa.toFixed(2)}${interval(evaluation.kappaInterval)}.`);
  if (evaluation.strict !== undefined) {
    notes.push(`Strict (the annotators' first theme only): macro-F1 ${evaluation.strict.macroF1.toFixed(2)}, κ ${evaluation.strict.kappa.toFixed(2)}${interval(evaluation.strict.kappaInterval)}.`);
  }
  const review = evaluation.review;
  if (review !== undefined) {
    const ci = (e: { low: number; high: number }) => interval([e.low, e.high]);
    notes.push(
      `Researchers reviewed ${review.reviewed} of the recommendations cpc found: kept ${review.kept}, dropped ${review.dropped}, and added ${review.added} it missed. ` +
        `Model against researcher on the ${review.n} kept: Cohen's κ ${review.kappa.value.toFixed(2)}${ci(review.kappa)}, ` +
        `Krippendorff's α ${review.alpha.value.toFixed(2)}${ci(review.alpha)}; the tables use the researchers' corrections.`,
    );
  }
  if (evaluation.inSample !== undefined) {
    notes.push(
      `In-sample, for comparison only and not a validation figure (the classifier trained on these documents' own text): ` +
        `macro-F1 (lenient) ${evaluation.inSample.macroF1Lenient.toFixed(2)}, Cohen's κ ${evaluation.inSample.kappa.toFixed(2)}.`,
    );
  }
  return notes;
}
