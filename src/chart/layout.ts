import type { Config } from 'vega-lite';
import type { ChartContext } from './types.js';
import { LABEL_LINE_HEIGHT, plural } from './labels.js';

/** The typeface of every chart; the renderer loads its files, the briefing page names it first. */
export const FONT = 'DejaVu Sans';

/** Width of the value axis of bar charts, and the height of one row of a discrete axis. */
export const PLOT_WIDTH = 520;
export const ROW_STEP = 22;

/**
 * Longest axis label (px) before it is cut with an ellipsis: room for council names and issue labels. In Node,
 * Vega estimates text width generously (0.8 em a character), so this allows about 48 characters there and more
 * in a browser.
 */
export const LABEL_LIMIT = 420;

/** The theme colour legend: below the plot, the LGA's wording never cut (the theme labels are a closed set). */
export function themeLegend(columns: number) {
  return { title: 'Theme', columns, labelLimit: 0 };
}

/** The name of the variable parameter that filters council charts to one council ('' shows all). */
export const COUNCIL_FILTER_PARAM = 'councilFilter';

/** Shared typography and look: DejaVu Sans, left-aligned titles, quiet axes, white background. */
export const CHART_CONFIG: Config = {
  font: FONT,
  background: 'white',
  padding: 12,
  view: { stroke: null },
  title: { anchor: 'start', fontSize: 16, fontWeight: 'bold', subtitleFontSize: 12, subtitleColor: '#555', offset: 12, subtitlePadding: 4 },
  axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'bold', labelColor: '#222', titleColor: '#222', gridColor: '#e6e6e6', domainColor: '#888', tickColor: '#888', labelLineHeight: LABEL_LINE_HEIGHT },
  legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 420, titleLimit: 420, symbolType: 'square', orient: 'bottom', direction: 'vertical' },
  header: { labelFontSize: 11, titleFontSize: 12 },
};

/** "12 councils, 31 documents, 2016–2024" (a single year once; no years when nothing is dated). */
export function corpusSubtitle(context: ChartContext): string {
  const parts = [plural(context.councils, 'council'), plural(context.documents, 'document')];
  const { yearFrom, yearTo } = context;
  if (yearFrom !== null && yearTo !== null) parts.push(yearFrom === yearTo ? String(yearFrom) : `${yearFrom}–${yearTo}`);
  else if (yearFrom !== null || yearTo !== null) parts.push(String(yearFrom ?? yearTo));
  return parts.join(', ');
}

/** A title with a line saying what is measured and a line with the corpus size. */
export function chartTitle(text: string, measure: string, context: ChartContext): { text: string; subtitle: string[] } {
  return { text, subtitle: [measure, corpusSubtitle(context)] };
}

/** The top-level parts every spec shares. */
export function specBase(description: string) {
  return { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', description, config: CHART_CONFIG } as const;
}

/** The council filter: a variable parameter (set by the briefing page) and the filter it drives. */
export function councilFilter(field: string) {
  return {
    params: [{ name: COUNCIL_FILTER_PARAM, value: '' }],
    transform: [{ filter: `${COUNCIL_FILTER_PARAM} === '' || datum[${JSON.stringify(field)}] === ${COUNCIL_FILTER_PARAM}` }],
  };
}

