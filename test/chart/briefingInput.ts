import { buildCharts } from '../../src/chart/buildCharts.js';
import { renderChart } from '../../src/chart/renderChart.js';
import type { BriefingChart, BriefingInput, BriefingScripts } from '../../src/export/briefingTypes.js';
import type { ThemeOrUnclassified } from '../../src/vocabulary.js';
import type { FixtureBundle } from './fixture.js';
import { loadFixtureBundle } from './fixture.js';

/** A hostile recommendation: must appear literally on the page, never run. */
export const XSS_PAYLOAD = '<img src=x onerror=alert(1)>';

/**
 * A briefing input built from test/fixtures/chart/bundle.json: charts built and rendered, the fixture's quotes and
 * evaluation, paths relative to the project (the briefing is written to output/).
 */
export async function fixtureBriefingInput(scripts: BriefingScripts | null, bundle: FixtureBundle = loadFixtureBundle()): Promise<BriefingInput> {
  const charts: BriefingChart[] = [];
  for (const chart of buildCharts(bundle, bundle.context)) {
    const { svg } = await renderChart(chart.spec);
    charts.push({ name: chart.name, title: chart.title, spec: chart.spec, svg, councilFilter: chart.councilFilter });
  }
  return {
    title: 'Corporate Peer Challenges: what 12 councils were told',
    corpus: { ...bundle.context, recommendations: bundle.recommendations },
    themeRows: Object.values(bundle.themeRows).flat(),
    issueRows: bundle.issueRows,
    themeQuotes: bundle.themeQuotes as Partial<Record<ThemeOrUnclassified, BriefingInput['themeQuotes'][ThemeOrUnclassified]>>,
    charts,
    evaluation: bundle.evaluation,
    generatedFrom: { corpusFile: 'output/corpus.json', codebook: 'data/codebooks/classic.yaml', version: '0.1.0' },
    documentRoot: '..',
    scripts,
  };
}
