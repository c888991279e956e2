import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCharts } from '../../src/chart/buildCharts.js';
import type { BuiltChart } from '../../src/chart/buildCharts.js';
import { renderChart } from '../../src/chart/renderChart.js';
import type { RenderedChart } from '../../src/chart/renderChart.js';
import { loadFixtureBundle } from './fixture.js';

const GOLDEN = fileURLToPath(new URL('../fixtures/chart/golden/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const bundle = loadFixtureBundle();
const charts = buildCharts(bundle, bundle.context);
const rendered = new Map<string, RenderedChart>();

beforeAll(async () => {
  for (const chart of charts) rendered.set(chart.name, await renderChart(chart.spec));
});

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function svgSize(svg: string): { width: number; height: number } {
  const match = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
  return { width: Number(match?.[1]), height: Number(match?.[2]) };
}

describe.each(charts.map((chart): [string, BuiltChart] => [chart.name, chart]))('%s', (name) => {
  it('matches its golden SVG byte for byte (UPDATE_GOLDEN=1 rewrites it)', () => {
    const svg = rendered.get(name)?.svg ?? '';
    const file = `${GOLDEN}${name}.svg`;
    if (UPDATE) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, svg);
    }
    expect(existsSync(file), `no golden file ${file}: run UPDATE_GOLDEN=1 npx vitest run test/chart`).toBe(true);
    expect(svg === readFileSync(file, 'utf8'), `${name}.svg differs from its golden file; if the change is on purpose, run UPDATE_GOLDEN=1`).toBe(true);
  });

  it('draws a PNG at twice the size of the SVG, in DejaVu Sans', () => {
    const { svg, png } = rendered.get(name)!;
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const size = svgSize(svg);
    expect(pngSize(png)).toEqual({ width: 2 * size.width, height: 2 * size.height });
    expect(svg).toContain('font-family="DejaVu Sans"');
    expect(svg).not.toMatch(/<script|<foreignObject|xlink:href="http|href="http/i);
  });
});

describe('renderChart', () => {
  it('gives the same bytes when a chart is drawn again in the same process', async () => {
    for (const chart of charts.slice(0, 3)) {
      const again = await renderChart(chart.spec);
      expect(again.svg === rendered.get(chart.name)?.svg).toBe(true);
      expect(Buffer.from(again.png).equals(Buffer.from(rendered.get(chart.name)!.png))).toBe(true);
    }
  });

  it('draws the text (a PNG without the loaded font would be different: resvg drops text it has no font for)', () => {
    const { svg, png } = rendered.get('recurring-issues')!;
    const noFont = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, background: 'white', font: { loadSystemFonts: false } }).render().asPng();
    expect(Buffer.from(png).equals(noFont)).toBe(false);
  });

  it('honours the scale option', async () => {
    const chart = charts.find((c) => c.name === 'theme-by-authority-type')!;
    const { svg, png } = await renderChart(chart.spec, { scale: 1 });
    expect(pngSize(png)).toEqual(svgSize(svg));
  });

  it('escapes text from documents in the SVG', async () => {
    const council = (bundle.themeRows.council ?? []).filter((row) => row.group === 'Cornwall Council');
    const hostile = council.map((row) => ({ ...row, group: '<script>alert(1)</script> & "Co"' }));
    const [chart] = buildCharts({ ...bundle, themeRows: { council: hostile } }, bundle.context, { names: ['theme-council-heatmap'] });
    const { svg } = await renderChart(chart!.spec);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
  });
});
