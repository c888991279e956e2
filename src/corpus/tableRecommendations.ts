import type { Block } from './blocks.js';
import { headingOf } from './segmentItems.js';
import type { Candidate } from './mergeRepeats.js';

/** A header cell naming the recommendation column of an action plan or a letter's table. */
const RECOMMENDATION_COLUMN =
  /^(?:(?:lga\s+|cpc\s+|peer\s+(?:challenge\s+|team\s+|review\s+)?|key\s+|original\s+)*recommendations?(?:\s+(?:from|of|made\s+by)\s+the\s+(?:lga\s+)?(?:peer\s+(?:team|challenge|review)|cpc|report))?|(?:peer\s+challenge\s+)?(?:area\s+for\s+improvement|areas?\s+for\s+(?:improvement|development)))(?:\s*\(?(?:no\.?|number|ref\.?)\)?)?\s*:?$/i;
const NUMBER_COLUMN = /^(?:no\.?|#|number|ref\.?|rec(?:ommendation)?\s+(?:no\.?|number|ref\.?))$/i;

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
    const column = cells.findIndex((cell) => RECOMMENDATION_COLUMN.test(cell));
    if (column < 0) continue;
    const numberColumn = cells.findIndex((cell) => NUMBER_COLUMN.test(cell));
    let j = i + 1;
    for (; j < blocks.length && blocks[j]!.kind === 'table-row'; j++) {
      const row = blocks[j]!.text.split('\t');
      // Rows keep their empty cells (only empty cells at the end are dropped), so a short row has no
      // recommendation when it stops before that column.
      if (row.length <= column) continue;
      let text = (row[column] ?? '').trim();
      const leading = /^(?:(?:recommendation|rec\.?)\s*)?(\d{1,2})(?:[.):]|\s+[-–]|\s)\s*/i.exec(text);
      const numberCell = numberColumn >= 0 && numberColumn !== column ? Number.parseInt(row[numberColumn] ?? '', 10) : Number.NaN;
      if (leading !== null) text = text.slice(leading[0].length);
      if (text.length < 10 || RECOMMENDATION_COLUMN.test(text)) continue;
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
