import { describe, expect, it, vi } from 'vitest';
import { buildCharts } from '../../src/chart/buildCharts.js';
import type { TopLevelSpec } from 'vega-lite';
import { renderChart } from '../../src/chart/renderChart.js';
import { ChartThread } from '../../src/chart/chartThread.js';
import { startDrawingCharts } from '../../src/pipeline/charts.js';
import { loadFixtureBundle } from './fixture.js';

const bundle = loadFixtureBundle();
const charts = buildCharts(bundle, bundle.context);

describe('ChartThread', () => {
  it('draws each chart to the SVG and PNG renderChart draws here, charts asked for together each answered with its own', async () => {
    const few = charts.slice(0, 4);
    const thread = new ChartThread();
    try {
      const [drawn, here] = await Promise.all([Promise.all(few.map((chart) => thread.draw(chart.spec))), Promise.all(few.map((chart) => renderChart(chart.spec)))]);
      drawn.forEach((chart, i) => {
        expect(chart.svg, few[i]!.name).toBe(here[i]!.svg);
        expect(Buffer.from(chart.png).equals(Buffer.from(here[i]!.png)), few[i]!.name).toBe(true);
      });
      expect(new Set(drawn.map((chart) => chart.png.byteLength)).size).toBeGreaterThan(1);
      expect(thread.fellBack).toBe(false); // drawn there, not here
    } finally {
      await thread.close();
    }
  });

  it('fails a chart Vega cannot draw, as an invalid-input with the reason renderChart gives, and goes on drawing the next', async () => {
    const thread = new ChartThread();
    try {
      const broken = { data: { values: [{ a: 1 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'quantitative' } }, transform: [{ calculate: 'datum.a +* 2', as: 'b' }] } as TopLevelSpec;
      const why = await renderChart(broken).then(() => null, (error: Error) => error.message);
      expect(why).toMatch(/Unexpected token/);
      await expect(thread.draw(broken)).rejects.toMatchObject({ code: 'invalid-input', message: why });
      expect(Buffer.from((await thread.draw(charts[0]!.spec)).png).subarray(1, 4).toString()).toBe('PNG');
      expect(thread.fellBack).toBe(false);
    } finally {
      await thread.close();
    }
  });

  it('draws here what a thread that has stopped was drawing, and what is asked later: the same bytes', async () => {
    // a thread whose heap cannot hold Vega runs out of memory and stops
    const thread = new ChartThread({ maxOldGenerationSizeMb: 1, maxYoungGenerationSizeMb: 1 });
    try {
      const [first, later] = [await thread.draw(charts[0]!.spec), await thread.draw(charts[1]!.spec)];
      const here = await Promise.all([renderChart(charts[0]!.spec), renderChart(charts[1]!.spec)]);
      expect(first.svg).toBe(here[0]!.svg);
      expect(Buffer.from(first.png).equals(Buffer.from(here[0]!.png))).toBe(true);
      expect(Buffer.from(later.png).equals(Buffer.from(here[1]!.png))).toBe(true);
      expect(thread.fellBack).toBe(true);
    } finally {
      await thread.close();
    }
  });

  it('draws here, the same bytes, where no thread can be made', async () => {
    const tried: string[] = [];
    vi.resetModules();
    vi.doMock('../../src/pool/moduleThread.js', () => ({
      moduleThread: (_from: string, name: string) => {
        tried.push(name);
        throw new Error('no threads in this runtime');
      },
    }));
    try {
      const { ChartThread: WithoutThreads } = await import('../../src/chart/chartThread.js');
      const thread = new WithoutThreads();
      const [drawn, here] = [await thread.draw(charts[0]!.spec), await renderChart(charts[0]!.spec)];
      expect(drawn.svg).toBe(here.svg);
      expect(Buffer.from(drawn.png).equals(Buffer.from(here.png))).toBe(true);
      expect(tried).toEqual(['chartWorker']);
      await thread.draw(charts[1]!.spec); // not tried again
      expect(tried).toEqual(['chartWorker']);
      expect(thread.fellBack).toBe(true);
      await thread.close();
    } finally {
      vi.doUnmock('../../src/pool/moduleThread.js');
      vi.resetModules();
    }
  });

  it('once closed, fails what is asked of it', async () => {
    const thread = new ChartThread();
    await thread.close();
    await expect(thread.draw(charts[0]!.spec)).rejects.toThrow(/closed/);
  });
});

describe('startDrawingCharts', () => {
  it('gives, once drawn, the charts renderChart draws here', async () => {
    const few = charts.slice(0, 3);
    const started = await startDrawingCharts(few, { cacheDir: null });
    const [later, whole] = await Promise.all([started.drawn, Promise.all(few.map((chart) => renderChart(chart.spec)))]);
    expect(later.map((c) => c.name)).toEqual(few.map((c) => c.name));
    later.forEach((chart, i) => {
      expect(chart.svg).toBe(whole[i]!.svg);
      expect(Buffer.from(chart.png).equals(Buffer.from(whole[i]!.png))).toBe(true);
    });
  });
});
