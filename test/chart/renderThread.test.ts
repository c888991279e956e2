import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../src/chart/buildCharts.js';
import { renderChart } from '../../src/chart/renderChart.js';
import { chartRenderer } from '../../src/chart/renderThread.js';
import { isCpcError } from '../../src/errors.js';
import { drawCharts } from '../../src/pipeline/charts.js';
import { loadFixtureBundle } from './fixture.js';

const bundle = loadFixtureBundle();
const charts = buildCharts(bundle, bundle.context);

describe('drawing charts on another thread', () => {
  it('gives every chart byte for byte as drawn in this thread, in the order asked', async () => {
    const renderer = chartRenderer();
    try {
      const there = await drawCharts(charts, { renderer });
      expect(there.map((c) => c.name)).toEqual(charts.map((c) => c.name));
      for (const [i, chart] of charts.entries()) {
        const here = await renderChart(chart.spec);
        expect(there[i]!.svg === here.svg, `${chart.name}.svg`).toBe(true);
        expect(Buffer.from(there[i]!.png).equals(Buffer.from(here.png)), `${chart.name}.png`).toBe(true);
      }
    } finally {
      await renderer.close();
    }
  });

  it('fails a chart it cannot draw with the reason, and goes on drawing the next', async () => {
    const renderer = chartRenderer();
    try {
      // a mark Vega-Lite does not know: this thread's renderChart throws on it too
      const here: unknown = await renderChart({ mark: 'no-such-mark' } as never).catch((e: unknown) => e);
      const there: unknown = await renderer.render({ mark: 'no-such-mark' } as never).catch((e: unknown) => e);
      expect(isCpcError(there) && there.code === 'invalid-input').toBe(true);
      expect((there as Error).message).toBe((here as Error).message);
      const next = await renderer.render(charts[0]!.spec);
      expect(next.svg.startsWith('<svg')).toBe(true);
    } finally {
      await renderer.close();
    }
  });

  it('refuses drawings once closed', async () => {
    const renderer = chartRenderer();
    await renderer.close();
    await expect(renderer.render(charts[0]!.spec)).rejects.toThrow(/closed/);
  });
});
