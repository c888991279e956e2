import { describe, expect, it } from 'vitest';
import { renderChart } from '../../src/chart/renderChart.js';
import type { TopLevelSpec } from 'vega-lite';

/** Width and height of a PNG, from its header. */
function pngSize(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

const spec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  width: 400,
  height: 300,
  data: { values: [{ a: 'x', n: 1 }, { a: 'y', n: 2 }] },
  mark: 'bar',
  encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'n', type: 'quantitative' } },
} as TopLevelSpec;

describe('renderChart keeps a huge chart\'s PNG within maxPixels', () => {
  it('draws at scale 2 when it fits, and at the largest scale that fits when it does not', async () => {
    const full = await renderChart(spec);
    const [w, h] = pngSize(full.png);
    const limited = await renderChart(spec, { maxPixels: (w * h) / 4 });
    const [lw, lh] = pngSize(limited.png);
    expect(lw * lh).toBeLessThanOrEqual((w * h) / 4 + lw + lh);
    expect(Math.abs(lw - w / 2)).toBeLessThanOrEqual(1);
    expect(limited.svg).toBe(full.svg);
  });
});
