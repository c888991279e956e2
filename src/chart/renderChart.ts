import { View, parse } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { CpcError } from '../errors.js';
import { collectingLogger, compileChart } from './compileChart.js';
import { normaliseSvg } from './normaliseSvg.js';
import { pngOf, pngOptions, type RenderOptions } from './png.js';
import { useDejaVuTextMetrics } from './textMeasure.js';

export { DEFAULT_MAX_PNG_PIXELS, DEFAULT_MAX_PNG_SIDE, pngScale, type RenderOptions } from './png.js';

/** A chart drawn: deterministic SVG text and a PNG at `scale` times the SVG's size. */
export interface RenderedChart {
  readonly svg: string;
  readonly png: Uint8Array;
}

/**
 * Draw a Vega-Lite spec in Node, with no browser and no system fonts:
 *   Vega-Lite --compile--> Vega --View(renderer: none, DejaVu text widths)--> SVG --normalise ids--> SVG
 *   --resvg + DejaVu--> PNG
 * Data in, data out: writing the files is the export stage's job.
 */
export async function renderChart(spec: TopLevelSpec, options: RenderOptions = {}): Promise<RenderedChart> {
  const svg = await chartSvg(spec);
  return { svg, png: pngOf(svg, pngOptions(svg, options)) };
}

/** A Vega-Lite spec drawn as deterministic SVG text (the first half of `renderChart`; `pngOf` is the second). */
export async function chartSvg(spec: TopLevelSpec): Promise<string> {
  useDejaVuTextMetrics();
  const messages: string[] = [];
  const view = new View(parse(compileChart(spec).spec), { renderer: 'none', logger: collectingLogger(messages) });
  try {
    return normaliseSvg(await view.toSVG());
  } catch (error) {
    throw new CpcError('invalid-input', `cannot draw chart: ${(error as Error).message}`, { cause: error });
  } finally {
    view.finalize();
  }
}
