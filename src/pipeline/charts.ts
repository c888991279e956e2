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
import { ChartThread } from '../chart/chartThread.js';

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
 * code) is read back from `cacheDir/charts/` instead of drawn again; an unreadable entry is drawn again.
 */
export async function drawCharts(charts: readonly BuiltChart[], options: { cacheDir?: string | null } = {}): Promise<DrawnChart[]> {
  return (await startDrawingCharts(charts, options)).drawn;
}

/**
 * `drawCharts`, done once each chart is found in the cache or asked of the chart thread (`ChartThread`: Vega's SVG
 * and resvg's PNG drawn there, one chart at a time, while the caller goes on); `drawn` gives the charts once they are.
 * The thread given is the caller's to close; without one, a thread of its own is closed once they are drawn.
 */
export async function startDrawingCharts(charts: readonly BuiltChart[], options: { cacheDir?: string | null; thread?: ChartThread } = {}): Promise<{ drawn: Promise<DrawnChart[]> }> {
  const thread = options.thread ?? new ChartThread();
  const close = options.thread === undefined ? () => thread.close() : async () => undefined;
  const drawings: Promise<RenderedChart>[] = [];
  try {
    for (const chart of charts) drawings.push((await startDrawing(chart, options.cacheDir ?? null, thread)).drawing);
  } catch (error) {
    await close();
    throw error;
  }
  const drawn = (async () => {
    try {
      const done: DrawnChart[] = [];
      for (const [i, chart] of charts.entries()) done.push({ ...chart, ...(await drawings[i]!) });
      return done;
    } finally {
      await close();
    }
  })();
  drawn.catch(() => undefined); // awaited by the caller, where a failure surfaces
  return { drawn };
}

/**
 * A chart's drawing: from the cache when there, else asked of the chart thread (and then kept in the cache). vega
 * and resvg are loaded when a chart is first drawn (not when every chart comes from the cache).
 */
async function startDrawing(chart: BuiltChart, cacheDir: string | null, thread: ChartThread): Promise<{ drawing: Promise<RenderedChart> }> {
  const base = cacheDir === null ? null : await entryBase(cacheDir, chart);
  const cached = base === null ? null : await readDrawing(base);
  if (cached !== null) return { drawing: Promise.resolve(cached) };
  const drawing = thread.draw(chart.spec).then(async (drawn) => {
    // the PNG first: an SVG without its PNG beside it is never taken for a hit
    if (base !== null && (await storeEntry(`${base}.png`, drawn.png))) await storeEntry(`${base}.svg`, drawn.svg);
    return drawn;
  });
  drawing.catch(() => undefined); // awaited once every chart is asked for, where a failure surfaces
  return { drawing };
}

/** Charts in the order `CHARTS` lists them. */
export function inChartOrder<C extends BuiltChart>(charts: readonly C[]): C[] {
  return [...charts].sort((a, b) => CHARTS.indexOf(a.name) - CHARTS.indexOf(b.name));
}

/** Where `chart`'s cache entry lies, without its extension: keyed by the chart code and the spec. */
async function entryBase(cacheDir: string, chart: BuiltChart): Promise<string> {
  const key = sha256(`${await codeFingerprint(['', 'chart'])}\n${JSON.stringify(chart.spec)}`);
  return join(cacheDir, 'charts', key.slice(0, 2), key);
}

/** A chart drawn before, from the cache entry `base` (.svg and .png); null when it is not there whole. */
async function readDrawing(base: string): Promise<RenderedChart | null> {
  try {
    const [svg, png] = await Promise.all([readFile(`${base}.svg`, 'utf8'), readFile(`${base}.png`)]);
    if (svg.startsWith('<svg') && svg.trimEnd().endsWith('</svg>') && png.subarray(1, 4).toString() === 'PNG' && png.subarray(-8, -4).toString() === 'IEND') {
      await Promise.all([touchEntry(`${base}.svg`), touchEntry(`${base}.png`)]);
      return { svg, png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength) };
    }
  } catch {
    // not drawn yet
  }
  return null;
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
