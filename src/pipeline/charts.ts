import { join } from 'node:path';
import { buildCharts, CHARTS, isChartName, type BuiltChart, type ChartName } from '../chart/buildCharts.js';
import { renderChart } from '../chart/renderChart.js';
import type { ChartContext } from '../chart/types.js';
import { CpcError } from '../errors.js';
import { writeFileAtomic } from '../export/atomic.js';
import type { Framework } from '../vocabulary.js';
import type { Analysis } from './analyse.js';

/** Corpus facts for chart subtitles. */
export function chartContext(analysis: Analysis, framework: Framework = 'classic'): ChartContext {
  const years = analysis.challenges.map((c) => c.year).filter((y): y is number => y !== null);
  return {
    councils: new Set(analysis.challenges.map((c) => c.gssCode ?? c.id)).size,
    documents: analysis.documents.length,
    yearFrom: years.length === 0 ? null : Math.min(...years),
    yearTo: years.length === 0 ? null : Math.max(...years),
    framework,
  };
}

/** The charts the analysis has data for (all, or the named one). */
export function chartsFor(analysis: Analysis, name: string = 'all'): BuiltChart[] {
  if (name !== 'all' && !isChartName(name)) {
    throw new CpcError('usage', `unknown chart "${name}"; charts: ${CHARTS.join(', ')}, or all`);
  }
  const names: readonly ChartName[] = name === 'all' ? CHARTS : [name as ChartName];
  const bundle = {
    themeRows: analysis.themeRows.classic,
    issueRows: [],
    issuePairs: [],
    documentRows: analysis.documentRows,
    confusion: null,
  };
  return buildCharts(bundle, chartContext(analysis), names);
}

/** Render each chart and write `<name>.vl.json`, `.svg` and `.png` into `dir`; returns the files written. */
export async function writeCharts(charts: readonly BuiltChart[], dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const chart of charts) {
    const rendered = await renderChart(chart.spec);
    const base = join(dir, chart.name);
    await writeFileAtomic(`${base}.vl.json`, `${JSON.stringify(chart.spec, null, 2)}\n`);
    await writeFileAtomic(`${base}.svg`, rendered.svg);
    await writeFileAtomic(`${base}.png`, rendered.png);
    written.push(`${base}.vl.json`, `${base}.svg`, `${base}.png`);
  }
  return written;
}
