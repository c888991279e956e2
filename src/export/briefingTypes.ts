import type { IssueRow, Quote, ThemeTableRow } from '../aggregate/types.js';
import type { TopLevelSpec } from 'vega-lite';
import type { ProgressSummary } from '../lineage/progressSummary.js';
import type { Framework, ThemeOrUnclassified } from '../vocabulary.js';

/** Size of the corpus behind a briefing. */
export interface CorpusFacts {
  readonly councils: number;
  readonly documents: number;
  /** Recommendations counted (each once per challenge however many documents restate it). */
  readonly recommendations: number;
  readonly yearFrom: number | null;
  readonly yearTo: number | null;
  /** The theme framework the briefing reports in. */
  readonly framework: Framework;
}

/** How the theme classifier did against the hand-annotated gold standard. */
export interface EvaluationSummary {
  /** Macro-averaged F1 counting a prediction right when it is any of the annotated themes. */
  readonly macroF1Lenient: number;
  /** Cohen's kappa between classifier and annotators (primary theme). */
  readonly kappa: number;
  readonly accuracy: number;
  /** Annotated recommendations evaluated. */
  readonly n: number;
  /** The bootstrap 95% interval of `kappa`. */
  readonly kappaInterval?: readonly [number, number];
  /** The strict figures: the primary theme must be the annotators' first. */
  readonly strict?: { readonly macroF1: number; readonly kappa: number; readonly kappaInterval: readonly [number, number] };
  /** How the figures were measured, in words (e.g. held out by document). */
  readonly measuredOn?: string;
  /** Machine-human agreement on the recommendations researchers reviewed (runs with corrections). */
  readonly review?: {
    readonly n: number;
    readonly kappa: { readonly value: number; readonly low: number; readonly high: number };
    readonly alpha: { readonly value: number; readonly low: number; readonly high: number };
    readonly reviewed: number;
    readonly kept: number;
    readonly dropped: number;
    readonly added: number;
  };
  /** The in-sample figures (the classifier trained on the items' own documents), shown only as such. */
  readonly inSample?: { readonly macroF1Lenient: number; readonly kappa: number };
}

/** A chart of the briefing: its Vega-Lite spec (for the interactive page) and its rendered SVG (the fallback). */
export interface BriefingChart {
  readonly name: string;
  readonly title: string;
  readonly spec: TopLevelSpec;
  readonly svg: string;
  /** True when the chart has the council filter parameter (the page's council select drives it). */
  readonly councilFilter: boolean;
}

/** The three libraries the interactive page inlines (minified builds), so it opens from disk with no network. */
export interface BriefingScripts {
  readonly vega: string;
  readonly vegaLite: string;
  readonly vegaEmbed: string;
}

/** Where the briefing came from, shown in its method box; every field optional, shown as given. No clock is read. */
export interface GeneratedFrom {
  readonly corpusFile?: string;
  readonly codebook?: string;
  readonly classifier?: string;
  readonly version?: string;
  /** A timestamp, only when the caller passes one. */
  readonly generatedAt?: string;
}

/**
 * Everything a briefing page shows: plain data, no I/O. Document text (quotes, council names, issue labels) is
 * escaped by the renderers, never trusted.
 */
export interface BriefingInput {
  readonly title: string;
  readonly corpus: CorpusFacts;
  /** Theme tables; the briefing reads the `council` grouping in `corpus.framework`. */
  readonly themeRows: readonly ThemeTableRow[];
  /** Recurring issues; their own `quotes` are the quotes shown for each top issue. */
  readonly issueRows: readonly IssueRow[];
  /** Representative quotes for each theme. */
  readonly themeQuotes: Readonly<Partial<Record<ThemeOrUnclassified, readonly Quote[]>>>;
  readonly charts: readonly BriefingChart[];
  /** Null when no gold standard was evaluated. */
  readonly evaluation: EvaluationSummary | null;
  readonly generatedFrom: GeneratedFrom;
  /**
   * The folder that quote `file` paths are relative to, as a relative path from the folder the briefing is written
   * to (e.g. `..` when the briefing is in output/ and paths are relative to the project). Absolute paths ignore it.
   */
  readonly documentRoot: string;
  /** How far recommendations got (see `progressSummary`); absent when progress was not traced. */
  readonly progress?: ProgressSummary;
  /** The inlined libraries (see `loadBriefingAssets`); null gives a static page of SVG charts only. */
  readonly scripts: BriefingScripts | null;
}
