/*
 * How much detail the charts draw (`ChartLevel`, a closed vocabulary in vocabulary.ts). `council` draws one row
 * per council (and per document); `sector` draws what a briefing on hundreds of councils needs instead (themes by
 * region, the councils at either end of each theme, the spread of recommendations per document), the council
 * detail staying in the CSVs and the briefing's table. `auto` chooses per chart from the data: one row each up to
 * DETAIL_ROWS rows, the sector view beyond.
 */
import type { ChartLevel } from '../vocabulary.js';

export { CHART_LEVELS, isChartLevel, type ChartLevel } from '../vocabulary.js';

/**
 * Most rows (councils, or documents) a chart draws one each for under `auto`: 30 rows of 22 px and the chart's
 * titles and legend stay under 1,000 px, 2,000 px in the PNG.
 */
export const DETAIL_ROWS = 30;

/** Which charts draw one row per council and one per document. */
export interface ChartDetail {
  readonly councils: boolean;
  readonly documents: boolean;
}

/** The detail of `level` for a corpus of `councils` councils and `documents` documents. */
export function chartDetail(level: ChartLevel, councils: number, documents: number): ChartDetail {
  if (level !== 'auto') return { councils: level === 'council', documents: level === 'council' };
  return { councils: councils <= DETAIL_ROWS, documents: documents <= DETAIL_ROWS };
}
