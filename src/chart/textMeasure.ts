import { readFileSync } from 'node:fs';
import * as vega from 'vega';
import { dejaVuFontFiles } from './fonts.js';
import { parseFontMetrics, textWidth } from './fontMetrics.js';
import type { FontMetrics } from './fontMetrics.js';

/** The parts of a Vega text item that its width depends on. */
interface TextItem {
  readonly fontSize?: number | string;
  readonly fontWeight?: number | string;
  readonly limit?: number;
}

/** Vega's text-metrics hook (untyped in vega-typings): `width(item, text)` is replaceable by design. */
interface VegaTextMetrics {
  width: (item: TextItem, text: unknown) => number;
}

let metrics: { regular: FontMetrics; bold: FontMetrics } | undefined;

/**
 * Make Vega in Node measure text with DejaVu Sans's real advance widths instead of its default estimate (0.8 em
 * a character, far too wide), so that labels are laid out and cut where the PNG draws them. Vega exposes
 * `textMetrics.width` for exactly this (vl-convert does the same); setting it again is a no-op. A browser keeps
 * measuring with its canvas: this runs only in the renderer.
 */
export function useDejaVuTextMetrics(): void {
  const hook = (vega as unknown as { textMetrics: VegaTextMetrics }).textMetrics;
  if (hook.width === measure) return;
  hook.width = measure;
}

function fonts(): { regular: FontMetrics; bold: FontMetrics } {
  if (metrics === undefined) {
    const [regular, bold] = dejaVuFontFiles().map((file) => parseFontMetrics(readFileSync(file)));
    if (regular === undefined || bold === undefined) throw new Error('DejaVu Sans font files missing');
    metrics = { regular, bold };
  }
  return metrics;
}

/**
 * Width of one line of a text item. Capped at the item's `limit`: Vega cuts a label with an ellipsis by testing
 * `width < limit`, and a cut label is never wider than its limit, so bounds stay right either way.
 */
function measure(item: TextItem, text: unknown): number {
  const line = text === null || text === undefined ? '' : String(text).trim();
  const size = item.fontSize === undefined || item.fontSize === null ? 11 : Number(item.fontSize) || 0;
  const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
  const width = textWidth(bold ? fonts().bold : fonts().regular, line, size);
  return item.limit !== undefined && item.limit > 0 ? Math.min(width, item.limit) : width;
}
