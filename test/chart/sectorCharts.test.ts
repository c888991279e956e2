import { describe, expect, it } from 'vitest';
import { buildCharts, chartsOfLevel } from '../../src/chart/buildCharts.js';
import { DETAIL_ROWS, chartDetail, isChartLevel } from '../../src/chart/chartLevel.js';
import { compileChart } from '../../src/chart/compileChart.js';
import { HISTOGRAM_CAP, recommendationCounts } from '../../src/chart/recommendationsHistogram.js';
import { pngScale, renderChart } from '../../src/chart/renderChart.js';
import { EXTREME_COUNCILS, MIN_RANKED_RECOMMENDATIONS, councilExtremes } from '../../src/chart/themeCouncilExtremes.js';
import { loadFixtureBundle } from './fixture.js';
import { scaleBundle } from './scaleBundle.js';
import { schemaErrors } from './schema.js';

const SECTOR = ['theme-region-heatmap', 'theme-council-extremes'];
const COUNCIL = ['theme-council-heatmap', 'theme-share-by-council'];

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('chartDetail', () => {
  it.each([
    ['auto', 1, 1, { councils: true, documents: true }],
    ['auto', DETAIL_ROWS, DETAIL_ROWS, { councils: true, documents: true }],
    ['auto', DETAIL_ROWS + 1, 12, { councils: false, documents: true }],
    ['auto', 12, DETAIL_ROWS + 1, { councils: true, documents: false }],
    ['auto', 400, 4000, { councils: false, documents: false }],
    ['council', 400, 4000, { councils: true, documents: true }],
    ['sector', 1, 1, { councils: false, documents: false }],
  ] as const)('%s with %i councils and %i documents gives %o', (level, councils, documents, expected) => {
    expect(chartDetail(level, councils, documents)).toEqual(expected);
  });

  it('guards the closed list of levels', () => {
    expect(['auto', 'council', 'sector'].every(isChartLevel)).toBe(true);
    expect(isChartLevel('region')).toBe(false);
  });
});

describe('chartsOfLevel', () => {
  it('keeps the council charts for the 12-council fixture, and draws the sector views for 234 councils', () => {
    const names = chartsOfLevel(loadFixtureBundle(), 'auto');
    expect(names).toEqual(expect.arrayContaining(COUNCIL));
    expect(names.some((name) => SECTOR.includes(name))).toBe(false);
    const sector = chartsOfLevel(scaleBundle(234, 3000), 'auto');
    expect(sector).toEqual(expect.arrayContaining(SECTOR));
    expect(sector.some((name) => COUNCIL.includes(name))).toBe(false);
  });

  it('is overridden by an explicit level either way', () => {
    expect(chartsOfLevel(scaleBundle(234, 3000), 'council')).toEqual(expect.arrayContaining(COUNCIL));
    expect(chartsOfLevel(loadFixtureBundle(), 'sector')).toEqual(expect.arrayContaining(SECTOR));
  });

  it('draws one bar per document up to DETAIL_ROWS documents, the spread of counts beyond', () => {
    const chart = (documents: number) => buildCharts(scaleBundle(10, documents), scaleBundle(10, documents).context, { names: ['recommendations-per-document'] })[0]!;
    expect(JSON.stringify(chart(DETAIL_ROWS).spec)).toContain('"facet"');
    expect(chart(DETAIL_ROWS + 1).spec.description).toMatch(/^Column chart of 31 documents/);
  });
});

describe.each([1, 40, 400])('the sector charts of %i councils', (councils) => {
  const bundle = scaleBundle(councils, councils * 10);
  const charts = buildCharts(bundle, bundle.context, { level: 'sector' });

  it('are valid Vega-Lite that compiles without warnings', () => {
    expect(charts.map((c) => c.name)).toEqual(['theme-region-heatmap', 'theme-council-extremes', 'recommendations-per-document']);
    for (const chart of charts) {
      expect(schemaErrors(chart.spec)).toEqual([]);
      expect(compileChart(chart.spec).warnings).toEqual([]);
      expect(chart.councilFilter).toBe(false);
    }
  });

  it('carry a bounded amount of data whatever the number of councils', () => {
    for (const chart of charts) {
      const values = (chart.spec as { data: { values: unknown[] } }).data.values;
      expect(values.length).toBeLessThanOrEqual(Math.max(9 * 6, 5 * 2 * EXTREME_COUNCILS, (HISTOGRAM_CAP + 1) * 4));
    }
  });
});

describe('councilExtremes', () => {
  const bundle = scaleBundle(50, 10);
  const extremes = councilExtremes(bundle.themeRows.council ?? [], bundle.context);
  const councilRows = bundle.themeRows.council ?? [];

  it('takes the councils with the highest and the lowest share of each theme, among those with enough recommendations', () => {
    for (const theme of ['priorities', 'finance']) {
      const label = extremes.find((d) => councilRows.some((r) => r.theme === theme && r.themeLabel === d.themeLabel))!.themeLabel;
      const ranked = councilRows
        .filter((r) => r.theme === theme && r.groupRecommendations >= MIN_RANKED_RECOMMENDATIONS)
        .map((r) => r.share)
        .sort((a, b) => b - a);
      const panel = extremes.filter((d) => d.themeLabel === label);
      expect(panel.filter((d) => d.end === 'Most often').map((d) => d.share)).toEqual(ranked.slice(0, EXTREME_COUNCILS));
      expect(panel.filter((d) => d.end === 'Least often').map((d) => d.share)).toEqual(ranked.slice(-EXTREME_COUNCILS));
      expect(panel.map((d) => d.rank)).toEqual([0, 1, 2, 3, 4, ranked.length - 5, ranked.length - 4, ranked.length - 3, ranked.length - 2, ranked.length - 1]);
    }
  });

  it('never ranks unclassified, and never a council below the minimum', () => {
    expect(extremes.some((d) => d.themeLabel === 'Unclassified')).toBe(false);
    expect(extremes.every((d) => d.recommendations >= MIN_RANKED_RECOMMENDATIONS)).toBe(true);
  });

  it('shows each council once when there are too few for both ends', () => {
    const few = scaleBundle(3, 3);
    const panel = councilExtremes(few.themeRows.council ?? [], few.context).filter((d) => d.order === 0);
    expect(new Set(panel.map((d) => d.council)).size).toBe(panel.length);
    expect(panel.length).toBeLessThanOrEqual(3);
  });

  it('gives the same share to the sector line in every row of a theme: all councils together', () => {
    const finance = councilRows.filter((r) => r.theme === 'finance');
    const expected = finance.reduce((s, r) => s + r.primary, 0) / finance.reduce((s, r) => s + r.groupRecommendations, 0);
    for (const d of extremes.filter((e) => e.order === 2)) expect(d.sectorShare).toBeCloseTo(expected, 12);
  });
});

describe('recommendationCounts', () => {
  it('counts every document once, by recommendations found (capped) and check result', () => {
    const bundle = scaleBundle(10, 500);
    const counts = recommendationCounts(bundle.documentRows);
    expect(counts.reduce((s, d) => s + d.documents, 0)).toBe(500);
    const capped = bundle.documentRows.filter((r) => r.recommendations >= HISTOGRAM_CAP).length;
    expect(counts.filter((d) => d.bucket === `${HISTOGRAM_CAP}+`).reduce((s, d) => s + d.documents, 0)).toBe(capped);
    expect(counts.every((d) => d.recommendations <= HISTOGRAM_CAP)).toBe(true);
  });
});

describe('pngScale', () => {
  const svg = (w: number, h: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">`;
  it.each([
    [800, 600, 2],
    [1000, 400, 2],
    [1250, 500, 1.6],
    [500, 5000, 0.4],
  ])('a %i x %i chart is drawn at scale %f (longest side at most 2,000 px)', (w, h, scale) => {
    expect(pngScale(svg(w, h), 2, 40_000_000, 2000)).toBeCloseTo(scale, 10);
  });
});

describe('drawn at sector scale', () => {
  it('gives every sector chart of 400 councils and 4,000 documents a PNG of at most 2,000 px a side', async () => {
    const bundle = scaleBundle(400, 4000);
    for (const chart of buildCharts(bundle, bundle.context)) {
      const { png } = await renderChart(chart.spec);
      const size = pngSize(png);
      expect(Math.max(size.width, size.height), chart.name).toBeLessThanOrEqual(2000);
      expect(Math.min(size.width, size.height), chart.name).toBeGreaterThan(400);
    }
  });
});

describe('issue co-occurrence with every issue of the taxonomy', () => {
  const issues = Array.from({ length: 40 }, (_, i) => `issue-${String(i).padStart(2, '0')}`);
  const pairs = issues.flatMap((a, i) => issues.slice(i + 1).filter((_, j) => (i + j) % 4 === 0).map((b, j) => ({ issueA: a, issueB: b, recommendations: 1 + ((i + j) % 9) })));
  const context = { councils: 300, documents: 4000, yearFrom: 2014, yearTo: 2025, framework: 'classic' as const };

  it('labels only the cells with a count (empty cells are plain squares), so its drawing stays light', async () => {
    const [chart] = buildCharts({ themeRows: {}, issueRows: [], issuePairs: pairs, documentRows: [], confusion: null }, context, { names: ['issue-cooccurrence'] });
    const { svg } = await renderChart(chart!.spec);
    const labelled = (svg.match(/<path aria-label=/g) ?? []).length;
    expect(labelled).toBe(2 * pairs.length);
    expect(svg.length).toBeLessThan(260_000);
  });
});

describe('issue co-occurrence in a small corpus', () => {
  it('labels its colour legend with whole counts, each once (0, 1, 2: not 0, 1, 1, 2, 2)', async () => {
    const pairs = [
      { issueA: 'narrative', issueB: 'finance', recommendations: 2 },
      { issueA: 'narrative', issueB: 'capacity', recommendations: 1 },
    ];
    const context = { councils: 5, documents: 5, yearFrom: 2016, yearTo: 2022, framework: 'classic' as const };
    const [chart] = buildCharts({ themeRows: {}, issueRows: [], issuePairs: pairs, documentRows: [], confusion: null }, context, { names: ['issue-cooccurrence'] });
    const { svg } = await renderChart(chart!.spec);
    const legend = svg.slice(svg.indexOf('role-legend-label'));
    const labels = [...legend.slice(0, legend.indexOf('</g>')).matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(['0', '1', '2']);
  });
});
