import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../src/chart/buildCharts.js';
import { chartSvg, renderChart } from '../../src/chart/renderChart.js';
import { pngOf, pngOptions } from '../../src/chart/png.js';
import { PngThread } from '../../src/chart/pngThread.js';
import { startDrawingCharts } from '../../src/pipeline/charts.js';
import { loadFixtureBundle } from './fixture.js';

const bundle = loadFixtureBundle();
const charts = buildCharts(bundle, bundle.context);

describe('PngThread', () => {
  it('draws each chart to the bytes pngOf draws here, PNGs asked for together each answered with its own', async () => {
    const svgs = await Promise.all(charts.slice(0, 4).map((chart) => chartSvg(chart.spec)));
    const thread = new PngThread();
    try {
      const drawn = await Promise.all(svgs.map((svg) => thread.png(svg, pngOptions(svg))));
      drawn.forEach((png, i) => expect(Buffer.from(png).equals(Buffer.from(pngOf(svgs[i]!, pngOptions(svgs[i]!)))), charts[i]!.name).toBe(true));
      expect(new Set(drawn.map((png) => png.byteLength)).size).toBeGreaterThan(1);
    } finally {
      await thread.close();
    }
  });

  it('fails a PNG resvg cannot draw, naming why, and goes on drawing the next', async () => {
    const thread = new PngThread();
    try {
      await expect(thread.png('not an svg', pngOptions('not an svg'))).rejects.toThrow(/cannot draw a chart's PNG: .+/);
      const svg = await chartSvg(charts[0]!.spec);
      expect(Buffer.from(await thread.png(svg, pngOptions(svg))).subarray(1, 4).toString()).toBe('PNG');
    } finally {
      await thread.close();
    }
  });

  it('draws here what a thread that has stopped was drawing, and what is asked later: the same bytes', async () => {
    // a thread whose heap cannot hold the SVG it is sent runs out of memory and stops
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40"><desc>${'x'.repeat(4_000_000)}</desc><rect width="30" height="20" fill="#1f77b4"/></svg>`;
    const thread = new PngThread({ maxOldGenerationSizeMb: 1, maxYoungGenerationSizeMb: 1 });
    try {
      const [first, later] = [await thread.png(svg, pngOptions(svg)), await thread.png(svg, pngOptions(svg))];
      const here = Buffer.from(pngOf(svg, pngOptions(svg)));
      expect(Buffer.from(first).equals(here)).toBe(true);
      expect(Buffer.from(later).equals(here)).toBe(true);
    } finally {
      await thread.close();
    }
  });

  it('once closed, fails what is asked of it', async () => {
    const thread = new PngThread();
    await thread.close();
    await expect(thread.png('<svg/>', {})).rejects.toThrow(/closed/);
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
