import { describe, expect, it } from 'vitest';
import type { DocumentRow } from '../../src/aggregate/types.js';
import { recommendationsPerDocument } from '../../src/chart/recommendationsPerDocument.js';
import { renderChart } from '../../src/chart/renderChart.js';
import { loadFixtureBundle } from './fixture.js';

const context = loadFixtureBundle().context;

function row(documentId: string, file: string, council: string, year: number, recommendations: number): DocumentRow {
  return { documentId, file, council, gssCode: null, year, documentDate: null, documentType: 'feedback-report', programme: 'corporate-peer-challenge', recommendations, recommendationsReferenced: null, committeeRecommendations: 0 };
}

describe('recommendations per document', () => {
  // One council's 2019 feedback report as a PDF and as a Word file, a copy in another folder, and another council's.
  const rows = [
    row('report-pdf', 'reports/report.pdf', 'Sevenoaks District Council', 2019, 8),
    row('report-docx', 'reports/report.docx', 'Sevenoaks District Council', 2019, 8),
    row('report-pdf-2', 'copies/report.pdf', 'Sevenoaks District Council', 2019, 7),
    row('other', 'reports/other.pdf', 'Test Valley Borough Council', 2019, 5),
  ];
  const spec = recommendationsPerDocument(rows, context) as unknown as { data: { values: { document: string }[] } };

  it('gives every document of a council its own row: the file name, then the id, where year and type are shared', () => {
    expect(spec.data.values.map((v) => v.document)).toEqual([
      '2019 · Feedback report · report.pdf · report-pdf',
      '2019 · Feedback report · report.docx',
      '2019 · Feedback report · report.pdf · report-pdf-2',
      '2019 · Feedback report',
    ]);
  });

  it('keeps the bars within the chart: no two stack on one row', async () => {
    const { svg } = await renderChart(spec as never);
    const width = Number(/^<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThan(500);
    expect(width).toBeLessThan(1500);
  });
});
