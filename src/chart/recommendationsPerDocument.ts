import { basename } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import type { DocumentRow } from '../aggregate/types.js';
import type { ChartContext } from './types.js';
import { plural } from './labels.js';
import { LABEL_LIMIT, PLOT_WIDTH, ROW_STEP, chartTitle, specBase } from './layout.js';
import { compareText } from './themeData.js';

/** "feedback-report" → "Feedback report". */
export function typeLabel(type: string): string {
  const words = type.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** How the recommendations found compare with the number the document says it makes. */
export const CHECKS = [
  ['Matches the number stated', '#0072B2'],
  ['Fewer found than stated', '#D55E00'],
  ['More found than stated', '#CC79A7'],
  ['No number stated', '#9E9E9E'],
] as const;

export function check(row: DocumentRow): string {
  const stated = row.recommendationsReferenced;
  const index = stated === null ? 3 : row.recommendations === stated ? 0 : row.recommendations < stated ? 1 : 2;
  return CHECKS[index][0];
}

/**
 * Each document's row in its council's panel: year and type ("2019 · Feedback report"), and where documents of
 * one council share those, the file name too, then the document id: two documents never share a row (their bars
 * would stack past the axis).
 */
function rowLabels(rows: readonly DocumentRow[]): string[] {
  const short = rows.map((row) => `${row.year ?? 'Undated'} · ${typeLabel(row.documentType)}`);
  const council = (i: number) => rows[i]!.council ?? 'Council not named';
  const clashing = (labels: readonly string[]) => {
    const counts = new Map<string, number>();
    labels.forEach((label, i) => counts.set(`${council(i)}\n${label}`, (counts.get(`${council(i)}\n${label}`) ?? 0) + 1));
    return (i: number) => (counts.get(`${council(i)}\n${labels[i]!}`) ?? 0) > 1;
  };
  const byShort = clashing(short);
  const withFile = short.map((label, i) => (byShort(i) ? `${label} · ${basename(rows[i]!.file)}` : label));
  const byFile = clashing(withFile);
  return withFile.map((label, i) => (byFile(i) ? `${label} · ${rows[i]!.documentId}` : label));
}

/**
 * Recommendations found in each document, one panel per council, each bar coloured by how it compares with the
 * number the document says it makes (a bar short of it means recommendations were missed).
 */
export function recommendationsPerDocument(rows: readonly DocumentRow[], context: ChartContext): TopLevelSpec {
  const sorted = [...rows].sort(
    (a, b) => compareText(a.council ?? a.documentId, b.council ?? b.documentId) || (a.year ?? 0) - (b.year ?? 0) || compareText(a.documentType, b.documentType),
  );
  const rowNames = rowLabels(sorted);
  const values = sorted.map((row, i) => ({
    council: row.council ?? 'Council not named',
    label: `${row.council ?? row.documentId}, ${row.year ?? 'undated'}: ${typeLabel(row.documentType)}`,
    document: rowNames[i]!,
    documentId: row.documentId,
    file: row.file,
    recommendations: row.recommendations,
    referenced: row.recommendationsReferenced,
    committee: row.committeeRecommendations,
    check: check(row),
  }));
  const councils = [...new Set(values.map((v) => v.council))];
  const short = values.filter((v) => v.check === CHECKS[1][0]).length;
  const total = sorted.reduce((sum, row) => sum + row.recommendations, 0);
  const description =
    `Bar chart of the number of recommendations found in each of ${plural(sorted.length, 'document')} ` +
    `(${plural(total, 'recommendation')} in all), grouped by council. ` +
    (short === 0 ? 'No document states more recommendations than were found.' : `${plural(short, 'document')} state more recommendations than were found.`);
  const max = Math.max(1, ...sorted.map((row) => row.recommendations));
  return {
    ...specBase(description),
    title: chartTitle('Recommendations per document', 'Recommendations found, against the number the document says it makes', context),
    data: { values },
    facet: {
      row: {
        // A left row header with align 'left' ends at the plot (Vega places it by its measured width); 'right' floats.
        field: 'council',
        type: 'nominal',
        sort: councils,
        header: { title: null, labelAngle: 0, labelAlign: 'left', labelOrient: 'left', labelLimit: LABEL_LIMIT, labelFontWeight: 'bold', labelPadding: 8 },
      },
    },
    spacing: { row: 6 },
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: PLOT_WIDTH,
      height: { step: ROW_STEP },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'document', type: 'nominal', sort: 'ascending', axis: { title: null, labelLimit: LABEL_LIMIT } },
        x: { field: 'recommendations', type: 'quantitative', scale: { domain: [0, max] }, axis: { title: 'Recommendations found', tickMinStep: 1, format: 'd' } },
        color: {
          field: 'check',
          type: 'nominal',
          scale: { domain: CHECKS.map((c) => c[0]), range: CHECKS.map((c) => c[1]) },
          legend: { title: null, orient: 'top', direction: 'horizontal', columns: 2 },
        },
        tooltip: [
          { field: 'label', type: 'nominal', title: 'Document' },
          { field: 'file', type: 'nominal', title: 'File' },
          { field: 'recommendations', type: 'quantitative', title: 'Recommendations found' },
          { field: 'referenced', type: 'quantitative', title: 'Stated in the text' },
          { field: 'committee', type: 'quantitative', title: 'Committee recommendations' },
        ],
      },
    },
  };
}
