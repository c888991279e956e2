import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCharts, CHARTS, isChartName, type BuiltChart } from '../chart/buildCharts.js';
import { councilKey } from '../aggregate/councilKey.js';
import type { ChartLevel } from '../chart/chartLevel.js';
import type { RenderedChart } from '../chart/renderChart.js';
import type { ChartContext, ConfusionRow } from '../chart/types.js';
import { CpcError } from '../errors.js';
import { writeFileAtomic } from '../export/atomic.js';
import type { ImplementationRow } from '../lineage/implementationTable.js';
import { DEFAULT_FRAMEWORK } from '../corpus/framework.js';
import type { Framework } from '../vocabulary.js';
import type { Analysis } from './analyse.js';
import { storeEntry, touchEntry } from '../cache/cacheEntries.js';
import { codeFingerprint, sha256 } from '../cache/fingerprint.js';
import type { Resources } from '../resources/resources.js';

/** Corpus facts for chart subtitles. */
export function chartContext(analysis: Analysis, resources: Resources, framework: Framework = DEFAULT_FRAMEWORK): ChartContext {
  const years = analysis.challenges.map((c) => c.year).filter((y): y is number => y !== null);
  return {
    councils: new Set(analysis.challenges.map(councilKey)).size,
    documents: analysis.documents.length,
    yearFrom: years.length === 0 ? null : Math.min(...years),
    yearTo: years.length === 0 ? null : Math.max(...years),
    framework,
    issueLabels: Object.fromEntries(resources.taxonomy.issues.map((i) => [i.id, i.label])),
  };
}

/**
 * The charts the analysis has data for (all those of `level`, default auto, or the named one whatever the level),
 * themes in `framework` (default classic); the confusion matrix needs an evaluation, the progress chart the
 * implementation table (`progressOf`).
 */
export function chartsFor(
  analysis: Analysis,
  resources: Resources,
  options: { name?: string; confusion?: readonly ConfusionRow[] | null; framework?: Framework; progressRows?: readonly ImplementationRow[]; level?: ChartLevel } = {},
): BuiltChart[] {
  const framework = options.framework ?? DEFAULT_FRAMEWORK;
  const name = options.name ?? 'all';
  if (name !== 'all' && !isChartName(name)) {
    throw new CpcError('usage', `unknown chart "${name}"; charts: ${CHARTS.join(', ')}, or all`);
  }
  const bundle = {
    themeRows: analysis.themeRows[framework],
    issueRows: analysis.issues,
    issuePairs: analysis.issuePairs,
    documentRows: analysis.documentRows,
    confusion: options.confusion ?? null,
    progressRows: options.progressRows ?? [],
  };
  const level = options.level ?? 'auto';
  return buildCharts(bundle, chartContext(analysis, resources, framework), name === 'all' ? { level } : { names: [name], level });
}

/** A chart with its drawings. */
export interface DrawnChart extends BuiltChart, RenderedChart {}

/**
 * Render every chart to SVG and PNG. With a cache folder, a chart whose spec was drawn before (by the same chart
 * code) is read back from `cacheDir/charts/` instead of drawn again; an unreadable entry is drawn again. The SVGs are
 * drawn one at a time here; each PNG is rasterised on libuv's pool while the next chart's SVG is drawn.
 */
export async function drawCharts(charts: readonly BuiltChart[], options: { cacheDir?: string | null } = {}): Promise<DrawnChart[]> {
  const drawing: Promise<DrawnChart>[] = [];
  for (const chart of charts) {
    const rendered = await drawCached(chart, options.cacheDir ?? null);
    const whole = rendered.png.then((png) => ({ ...chart, svg: rendered.svg, png }));
    whole.catch(() => undefined); // a PNG that fails while later charts are drawn fails `Promise.all` below
    drawing.push(whole);
  }
  return Promise.all(drawing);
}

/** A chart's SVG, and its PNG to come. */
interface Drawing {
  readonly svg: string;
  readonly png: Promise<Uint8Array>;
}

/** vega and resvg, loaded when a chart is first drawn (not when every chart comes from the cache). */
async function draw(spec: BuiltChart['spec']): Promise<Drawing> {
  const { chartSvg, chartPng } = await import('../chart/renderChart.js');
  const svg = await chartSvg(spec);
  const png = chartPng(svg);
  png.catch(() => undefined); // awaited by `drawCharts`, where a failure surfaces
  return { svg, png };
}

async function drawCached(chart: BuiltChart, cacheDir: string | null): Promise<Drawing> {
  if (cacheDir === null) return draw(chart.spec);
  const key = sha256(`${await codeFingerprint(['', 'chart'])}\n${JSON.stringify(chart.spec)}`);
  const base = join(cacheDir, 'charts', key.slice(0, 2), key);
  try {
    const [svg, png] = await Promise.all([readFile(`${base}.svg`, 'utf8'), readFile(`${base}.png`)]);
    if (svg.startsWith('<svg') && svg.trimEnd().endsWith('</svg>') && png.subarray(1, 4).toString() === 'PNG' && png.subarray(-8, -4).toString() === 'IEND') {
      await Promise.all([touchEntry(`${base}.svg`), touchEntry(`${base}.png`)]);
      return { svg, png: Promise.resolve(new Uint8Array(png.buffer, png.byteOffset, png.byteLength)) };
    }
  } catch {
    // not drawn yet
  }
  const drawn = await draw(chart.spec);
  return {
    svg: drawn.svg,
    png: drawn.png.then(async (png) => {
      // the PNG first: an SVG without its PNG beside it is never taken for a hit
      if (await storeEntry(`${base}.png`, png)) await storeEntry(`${base}.svg`, drawn.svg);
      return png;
    }),
  };
}

/** Write `<name>.vl.json`, `.svg` and `.png` of each chart into `dir`; returns the files written. */
export async function writeCharts(charts: readonly DrawnChart[], dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const chart of charts) {
    const base = join(dir, chart.name);
    await writeFileAtomic(`${base}.vl.json`, `${JSON.stringify(chart.spec, null, 2)}\n`);
    await writeFileAtomic(`${base}.svg`, chart.svg);
    await writeFileAtomic(`${base}.png`, chart.png);
    written.push(`${base}.vl.json`, `${base}.svg`, `${base}.png`);
  }
  return written;
}
