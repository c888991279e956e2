import type { TopLevelSpec } from 'vega-lite';
import type { DocumentRow } from '../aggregate/types.js';
import type { ChartContext } from './types.js';
import { plural } from './labels.js';
import { PLOT_WIDTH, chartTitle, specBase } from './layout.js';
import { CHECKS, check } from './recommendationsPerDocument.js';

/** Recommendation counts at or above this share one last column ("40+"), so one odd document cannot stretch the axis. */
export const HISTOGRAM_CAP = 40;

/** One column part: documents with `recommendations` found (the last column: that many or more) and one check result. */
export interface HistogramDatum {
  readonly recommendations: number;
  readonly bucket: string;
  readonly check: string;
  readonly checkOrder: number;
  readonly documents: number;
}

/** Documents counted by recommendations found and by how that compares with the number they state. */
export function recommendationCounts(rows: readonly DocumentRow[]): HistogramDatum[] {
  const counts = new Map<string, HistogramDatum>();
  for (const row of rows) {
    const n = Math.min(row.recommendations, HISTOGRAM_CAP);
    const result = check(row);
    const checkOrder = CHECKS.findIndex((c) => c[0] === result);
    const key = `${n}\u0000${checkOrder}`;
    const bucket = n === HISTOGRAM_CAP ? `${HISTOGRAM_CAP}+` : String(n);
    counts.set(key, { recommendations: n, bucket, check: result, checkOrder, documents: (counts.get(key)?.documents ?? 0) + 1 });
  }
  return [...counts.values()].sort((a, b) => a.recommendations - b.recommendations || a.checkOrder - b.checkOrder);
}

/**
 * The sector view of recommendations per document: how many documents gave each number of recommendations, each
 * column split by how the number compares with the one the document states (a short count means some were missed).
 * The per-document detail is in documents.csv.
 */
export function recommendationsHistogram(rows: readonly DocumentRow[], context: ChartContext): TopLevelSpec {
  const values = recommendationCounts(rows);
  const short = rows.filter((row) => check(row) === CHECKS[1][0]).length;
  const none = rows.filter((row) => row.recommendations === 0).length;
  const buckets = Array.from({ length: Math.max(0, ...values.map((v) => v.recommendations)) + 1 }, (_, n) => (n === HISTOGRAM_CAP ? `${HISTOGRAM_CAP}+` : String(n)));
  const description =
    `Column chart of ${plural(rows.length, 'document')} by the number of recommendations found in each ` +
    `(${plural(none, 'document')} with none). ` +
    (short === 0 ? 'No document states more recommendations than were found.' : `${plural(short, 'document')} state more recommendations than were found.`);
  return {
    ...specBase(description),
    title: chartTitle('Recommendations per document', 'Documents by the number of recommendations found, against the number each says it makes', context),
    data: { values },
    width: PLOT_WIDTH,
    height: 260,
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'bucket', type: 'ordinal', sort: buckets, scale: { domain: buckets }, axis: { title: 'Recommendations found in the document', labelAngle: 0, labelExpr: "toNumber(datum.value) % 5 === 0 || datum.value === '" + `${HISTOGRAM_CAP}+` + "' ? datum.value : ''" } },
      y: { field: 'documents', type: 'quantitative', aggregate: 'sum', stack: 'zero', axis: { title: 'Documents', tickMinStep: 1, format: 'd' } },
      color: {
        field: 'check',
        type: 'nominal',
        scale: { domain: CHECKS.map((c) => c[0]), range: CHECKS.map((c) => c[1]) },
        legend: { title: null, orient: 'top', direction: 'horizontal', columns: 2 },
      },
      order: { field: 'checkOrder', type: 'quantitative' },
      tooltip: [
        { field: 'bucket', type: 'nominal', title: 'Recommendations found' },
        { field: 'check', type: 'nominal', title: 'Against the number stated' },
        { field: 'documents', type: 'quantitative', aggregate: 'sum', title: 'Documents' },
      ],
    },
  };
}
