import './resvgMemory.js'; // before resvg is loaded
import { Resvg } from '@resvg/resvg-js';
import { View, parse } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { CpcError } from '../errors.js';
import { collectingLogger, compileChart } from './compileChart.js';
import { chartFontFiles } from './fonts.js';
import { FONT } from './layout.js';
import { normaliseSvg } from './normaliseSvg.js';
import { useDejaVuTextMetrics } from './textMeasure.js';

/** A chart drawn: deterministic SVG text and a PNG at `scale` times the SVG's size. */
export interface RenderedChart {
  readonly svg: string;
  readonly png: Uint8Array;
}

export interface RenderOptions {
  /** PNG pixels per SVG pixel; 2 by default (sharp on high-density screens and in print). */
  readonly scale?: number;
  /**
   * Most pixels in the PNG; a chart that would exceed it at `scale` is drawn at the largest scale that fits. Default
   * 40 million (a 1,000-document chart is 2,200 x 16,600 SVG pixels: 4x that at scale 2, 590 MB to raster).
   */
  readonly maxPixels?: number;
  /**
   * Longest side of the PNG in pixels; a chart that would pass it at `scale` is drawn smaller (default 2,000: a
   * page-wide image, its 11 px labels still at least 16 px on a chart of up to 1,375 SVG pixels).
   */
  readonly maxSide?: number;
}

export const DEFAULT_MAX_PNG_PIXELS = 40_000_000;
export const DEFAULT_MAX_PNG_SIDE = 2000;

/**
 * Draw a Vega-Lite spec in Node, with no browser and no system fonts:
 *   Vega-Lite --compile--> Vega --View(renderer: none, DejaVu text widths)--> SVG --normalise ids--> SVG
 *   --resvg + DejaVu--> PNG
 * Data in, data out: writing the files is the export stage's job.
 */
export async function renderChart(spec: TopLevelSpec, options: RenderOptions = {}): Promise<RenderedChart> {
  useDejaVuTextMetrics();
  const messages: string[] = [];
  const view = new View(parse(compileChart(spec).spec), { renderer: 'none', logger: collectingLogger(messages) });
  let svg: string;
  try {
    svg = normaliseSvg(await view.toSVG());
  } catch (error) {
    throw new CpcError('invalid-input', `cannot draw chart: ${(error as Error).message}`, { cause: error });
  } finally {
    view.finalize();
  }
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: pngScale(svg, options.scale ?? 2, options.maxPixels ?? DEFAULT_MAX_PNG_PIXELS, options.maxSide ?? DEFAULT_MAX_PNG_SIDE) },
    background: 'white',
    font: { fontFiles: chartFontFiles(), loadSystemFonts: false, defaultFontFamily: FONT, sansSerifFamily: FONT },
  });
  return { svg, png: new Uint8Array(resvg.render().asPng()) };
}

/** `scale`, or less when the SVG's size at `scale` would pass `maxPixels` or a side would pass `maxSide`. */
export function pngScale(svg: string, scale: number, maxPixels: number, maxSide: number): number {
  const size = /^<svg[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svg);
  const width = size === null ? 0 : Number(size[1]);
  const height = size === null ? 0 : Number(size[2]);
  const pixels = width * height;
  const byPixels = pixels * scale * scale > maxPixels ? Math.sqrt(maxPixels / pixels) : scale;
  const side = Math.max(width, height);
  return Math.min(byPixels, side * scale > maxSide ? maxSide / side : scale);
}
