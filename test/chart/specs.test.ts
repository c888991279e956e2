import { describe, expect, it } from 'vitest';
import type { ThemeTableRow } from '../../src/aggregate/types.js';
import { CHARTS, buildCharts, chartsOfLevel } from '../../src/chart/buildCharts.js';
import { compileChart } from '../../src/chart/compileChart.js';
import { corpusSubtitle } from '../../src/chart/layout.js';
import { THEME_COLOURS, UNCLASSIFIED_COLOUR, themeColourScale } from '../../src/chart/palette.js';
import type { ChartBundle, ChartContext } from '../../src/chart/types.js';
import { CLASSIC_THEMES, CURRENT_THEMES } from '../../src/vocabulary.js';
import { loadFixtureBundle } from './fixture.js';
import { schemaErrors } from './schema.js';

const bundle = loadFixtureBundle();
const EMPTY: ChartBundle = { themeRows: {}, issueRows: [], issuePairs: [], documentRows: [], confusion: null };

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('buildCharts on the fixture bundle', () => {
  const council = buildCharts(bundle, bundle.context);
  const charts = [...council, ...buildCharts(bundle, bundle.context, { level: 'sector', names: ['theme-region-heatmap', 'theme-council-extremes'] })];

  it('builds every chart of the council level (12 councils), in CHARTS order', () => {
    expect(council.map((chart) => chart.name)).toEqual(chartsOfLevel(bundle, 'council'));
    expect(council.map((chart) => chart.name)).toEqual(CHARTS.filter((name) => name !== 'theme-region-heatmap' && name !== 'theme-council-extremes'));
  });

  it.each(CHARTS.map((name) => [name]))('%s is valid Vega-Lite (schema) and compiles without warnings', (name) => {
    const chart = charts.find((c) => c.name === name);
    expect(chart).toBeDefined();
    expect(schemaErrors(chart?.spec)).toEqual([]);
    expect(compileChart(chart!.spec).warnings).toEqual([]);
  });

  it('has a schema check that rejects what is not Vega-Lite', () => {
    expect(schemaErrors({ mark: 'barx', data: { values: [] } })).not.toEqual([]);
  });

  it('gives every chart a title, a subtitle, a description and inline data', () => {
    for (const chart of charts) {
      const spec = chart.spec as { title?: { text: string; subtitle: string[] }; description?: string; data?: { values?: unknown[] } };
      expect(chart.title.length).toBeGreaterThan(0);
      expect(spec.title?.text).toBe(chart.title);
      expect(spec.title?.subtitle.length).toBe(2);
      expect(spec.description?.length).toBeGreaterThan(60);
      expect(spec.data?.values?.length).toBeGreaterThan(0);
      expect(JSON.stringify(spec)).not.toMatch(/"url"\s*:/);
    }
  });

  it('says how many councils the theme shares show: those with recommendations, which have a bar', () => {
    const rows = bundle.themeRows.council!;
    const none = rows.filter((r) => r.group === rows[0]!.group).map((r) => ({ ...r, group: 'Nowhere Council', primary: 0, mentions: 0, share: 0, groupRecommendations: 0 }));
    const [chart] = buildCharts({ ...bundle, themeRows: { ...bundle.themeRows, council: [...rows, ...none] } }, bundle.context, { level: 'council', names: ['theme-share-by-council'] });
    const spec = chart!.spec as { description: string; data: { values: { group: string }[] } };
    const bars = new Set(spec.data.values.map((v) => v.group));
    expect(bars.has('Nowhere Council')).toBe(false);
    expect(spec.description).toContain(`for each of ${bars.size} councils with recommendations,`);
  });

  it('puts the corpus size in the subtitle (except the confusion matrix, which counts the gold standard)', () => {
    for (const chart of charts.filter((c) => c.name !== 'confusion-matrix')) {
      expect((chart.spec as { title: { subtitle: string[] } }).title.subtitle).toContain('12 councils, 19 documents, 2016–2024');
    }
    const confusion = charts.find((c) => c.name === 'confusion-matrix');
    expect(JSON.stringify(confusion?.spec)).toContain('annotated recommendations');
  });

  it('marks the council charts as filterable by the council parameter', () => {
    expect(charts.filter((c) => c.councilFilter).map((c) => c.name)).toEqual(['theme-council-heatmap', 'theme-share-by-council']);
  });

  it('is pure: frozen input, same output twice', () => {
    const frozen = deepFreeze(structuredClone(bundle));
    expect(JSON.stringify(buildCharts(frozen, frozen.context))).toBe(JSON.stringify(council));
  });
});

describe('which charts are drawn', () => {
  const context: ChartContext = { councils: 0, documents: 0, yearFrom: null, yearTo: null, framework: 'classic' };

  it('draws nothing from an empty bundle', () => {
    expect(buildCharts(EMPTY, context)).toEqual([]);
  });

  it('skips charts without data (no gold standard, no pairs, no year table, no progress traced)', () => {
    const names = buildCharts({ ...bundle, confusion: null, issuePairs: [], progressRows: [], themeRows: { council: bundle.themeRows.council ?? [] } }, bundle.context).map((c) => c.name);
    expect(names).toEqual(['theme-council-heatmap', 'theme-share-by-council', 'recurring-issues', 'recommendations-per-document']);
  });

  it('builds only the names asked for', () => {
    expect(buildCharts(bundle, bundle.context, { names: ['recurring-issues'] }).map((c) => c.name)).toEqual(['recurring-issues']);
  });

  it('shows only the context framework; a table of the other framework counts as no data', () => {
    const current: ThemeTableRow[] = (bundle.themeRows.council ?? []).map((row, i) => ({
      ...row,
      framework: 'current',
      theme: row.theme === 'unclassified' ? row.theme : (CURRENT_THEMES[i % 5] ?? 'local-priorities'),
    }));
    const both = { ...EMPTY, themeRows: { council: [...(bundle.themeRows.council ?? []), ...current] } };
    const [heatmap] = buildCharts(both, bundle.context, { names: ['theme-council-heatmap'] });
    const values = (heatmap?.spec as { data: { values: { theme: string }[] } }).data.values;
    expect(new Set(values.map((v) => v.theme))).toEqual(new Set([...CLASSIC_THEMES, 'unclassified']));
    expect(buildCharts({ ...EMPTY, themeRows: { council: current } }, bundle.context)).toEqual([]);
  });
});

describe('sizes with the number of rows', () => {
  function heatmapFor(councils: number) {
    const rows = (bundle.themeRows.council ?? []).filter((row) => row.group === 'Cornwall Council');
    const many = Array.from({ length: councils }, (_, i) => rows.map((row) => ({ ...row, group: `Council number ${String(i).padStart(3, '0')}` }))).flat();
    const [chart] = buildCharts({ ...EMPTY, themeRows: { council: many } }, { ...bundle.context, councils }, { names: ['theme-council-heatmap'] });
    return chart!.spec as { height: { step: number }; data: { values: unknown[] } };
  }

  it('gives each council a row of fixed height, for 1 or 150 councils', () => {
    expect(heatmapFor(1).height).toEqual({ step: expect.any(Number) });
    expect(heatmapFor(150).data.values.length).toBe(150 * 6);
    expect(schemaErrors(heatmapFor(150))).toEqual([]);
  });
});

describe('palette and subtitles', () => {
  it('fixes one colour per theme, the same for a classic theme and its successor, grey for unclassified', () => {
    expect(THEME_COLOURS.unclassified).toBe(UNCLASSIFIED_COLOUR);
    CLASSIC_THEMES.forEach((theme, i) => expect(THEME_COLOURS[theme]).toBe(THEME_COLOURS[CURRENT_THEMES[i]!]));
    expect(new Set(CLASSIC_THEMES.map((t) => THEME_COLOURS[t])).size).toBe(5);
    expect(themeColourScale('classic').range).toEqual([...CLASSIC_THEMES.map((t) => THEME_COLOURS[t]), UNCLASSIFIED_COLOUR]);
    expect(themeColourScale('current').domain.at(-1)).toBe('Unclassified');
  });

  it.each([
    [{ councils: 12, documents: 19, yearFrom: 2016, yearTo: 2024 }, '12 councils, 19 documents, 2016–2024'],
    [{ councils: 1, documents: 1, yearFrom: 2020, yearTo: 2020 }, '1 council, 1 document, 2020'],
    [{ councils: 3, documents: 4, yearFrom: null, yearTo: null }, '3 councils, 4 documents'],
  ])('corpusSubtitle(%o) is %s', (facts, expected) => {
    expect(corpusSubtitle({ ...facts, framework: 'classic' })).toBe(expected);
  });
});
