import type { Block } from './blocks.js';
import { readsAsRecommendation } from './listContext.js';
import { headingOf } from './segmentItems.js';
import type { Candidate } from './mergeRepeats.js';

/** A header cell naming the recommendation column of an action plan or a letter's table. */
const RECOMMENDATION_COLUMN =
  /^(?:(?:lga\s+|cpc\s+|peer\s+(?:challenge\s+|team\s+|review\s+)?|key\s+|original\s+)*recommendations?(?:\s+(?:from|of|made\s+by)\s+the\s+(?:lga\s+)?(?:peer\s+(?:team|challenge|review)|cpc|report))?|(?:peer\s+challenge\s+)?(?:area\s+for\s+improvement|areas?\s+for\s+(?:improvement|development)))(?:\s*\(?(?:no\.?|number|ref\.?)\)?)?\s*:?$/i;
/** A cell that is only a date or month: "November 2025", "31 March 2026", "Q3 2025/26". */
const DATE_ONLY = /^(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|q[1-4]\s+\d{4}(?:\/\d{2})?)$/i;
const NUMBER_COLUMN = /^(?:no\.?|#|number|ref\.?|rec(?:ommendation)?\s+(?:no\.?|number|ref\.?))$/i;
/** A reference cell that labels its row a recommendation: "R1", "Rec 3", "Recommendation 7". */
const RECOMMENDATION_REF = /^R(?:ec(?:ommendation)?)?\.?\s*(\d{1,2})$/i;
/** A header cell over each row's own text, the recommendation where the reference cells label rows so ("Details"). */
const DETAILS_COLUMN = /^(?:details?|description|finding|issue|summary)$/i;

/**
 * Rows of a table whose header has a "Recommendation" column (action plans, progress updates): one
 * recommendation per row that fills that column; a row without it (one recommendation over several action rows)
 * adds nothing.
 */
export function findTableRecommendations(blocks: readonly Block[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const header = blocks[i]!;
    if (header.kind !== 'table-row') continue;
    const cells = header.text.split('\t').map((c) => c.trim());
    const numberColumn = cells.findIndex((cell) => NUMBER_COLUMN.test(cell));
    const column = recommendationColumn(cells, numberColumn, blocks[i + 1]);
    if (column < 0) continue;
    let j = i + 1;
    for (; j < blocks.length && blocks[j]!.kind === 'table-row'; j++) {
      const row = blocks[j]!.text.split('\t');
      // Rows keep their empty cells (only empty cells at the end are dropped), so a short row has no
      // recommendation when it stops before that column.
      if (row.length <= column) continue;
      let text = (row[column] ?? '').trim();
      const leading = /^(?:(?:recommendation|rec\.?)\s*)?(\d{1,2})(?:[.):]|\s+[-–]|\s)\s*/i.exec(text);
      const reference = (row[numberColumn] ?? '').trim();
      const numberCell = numberColumn >= 0 && numberColumn !== column ? Number.parseInt(RECOMMENDATION_REF.exec(reference)?.[1] ?? reference, 10) : Number.NaN;
      if (leading !== null) text = text.slice(leading[0].length);
      // a cell shifted under the column by a row that lost its leading cells ("November 2025", "Continuous") is none
      if (text.length < 10 || RECOMMENDATION_COLUMN.test(text) || !/\s/.test(text) || DATE_ONLY.test(text)) continue;
      const rowBlock = { ...blocks[j]!, text, bold: null };
      const number = Number.isFinite(numberCell) ? numberCell : leading === null ? null : Number(leading[1]);
      found.push({
        block: rowBlock,
        kind: 'key-recommendation',
        heading: headingOf(rowBlock),
        text,
        number,
        rule: 'table-row',
        form: 'listed',
        confidence: 0.9,
      });
    }
    i = j - 1;
  }
  return found;
}

/**
 * The column of a table's header that holds the recommendations: one named so, or else a "Details" column where the
 * first row's reference cell labels it a recommendation ("Ref: R1 | Details: ..."); -1 when there is none.
 */
function recommendationColumn(cells: readonly string[], numberColumn: number, firstRow: Block | undefined): number {
  const named = cells.findIndex((cell) => RECOMMENDATION_COLUMN.test(cell));
  if (named >= 0 || numberColumn < 0 || firstRow?.kind !== 'table-row') return named;
  const details = cells.findIndex((cell) => DETAILS_COLUMN.test(cell));
  return details >= 0 && RECOMMENDATION_REF.test((firstRow.text.split('\t')[numberColumn] ?? '').trim()) ? details : -1;
}

/** A table's header flattened onto the end of the line above it: "… adopted By Lead Action When Officer". */
const FLATTENED_HEADER =
  /(?:\s+(?:by|when|lead|officer|owner|action|actions|timescales?|due|date|responsible|progress|status|target|deadline|who|what|rag))+$/i;

/**
 * An action plan that numbers each recommendation and its actions under it ("1. Give the Local Plan priority",
 * then "1.1 Agree a timetable", "1.2 …"): each whole-numbered item followed by its own first action (`n.1`) is a
 * recommendation, when at least three such items of five words or more count up from 1 and most read as
 * advice. The action table's header, when a PDF flattened it onto the recommendation's line, is cut off.
 */
export function findNumberedOverActions(blocks: readonly Block[]): Candidate[] {
  const heads = blocks.filter((block, i) => {
    const n = wholeNumber(block.marker);
    if (n === null || block.kind === 'heading' || /\?\s*$/.test(block.text) || block.text.split(/\s+/).length < 5) return false;
    const next = blocks.slice(i + 1, i + 4).find((b) => b.marker !== null);
    return next?.marker?.replace(/[.)]$/, '') === `${n}.1`;
  });
  const run = heads.filter((block, k) => wholeNumber(block.marker) === k + 1);
  // a report's numbered sections ("1. Background to the review", then 1.1, 1.2) are no recommendations: most
  // items must read as advice
  if (run.length < 3 || run.filter((block) => readsAsRecommendation(block.text)).length * 3 < run.length * 2) return [];
  return run.map((block) => {
    const cut = block.text.replace(FLATTENED_HEADER, '');
    const text = cut.split(/\s+/).length >= 4 ? cut : block.text;
    const rowBlock = { ...block, text, bold: null };
    return {
      block: rowBlock, kind: 'key-recommendation', heading: headingOf(rowBlock), text, number: wholeNumber(block.marker),
      rule: 'list-item', form: 'listed', confidence: 0.8,
    };
  });
}

/** `3.` or `3)` -> 3; anything else (`3.1`, `a)`) -> null. */
function wholeNumber(marker: string | null): number | null {
  const match = marker === null ? null : /^(\d{1,2})[.)]?$/.exec(marker);
  return match === null ? null : Number(match[1]);
}
