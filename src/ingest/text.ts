import { decodeText } from './decode.js';
import type { Extracted } from './types.js';

/**
 * A `.txt` or `.md` file: its decoded text is the canonical text, but for tables written with pipes (Markdown's,
 * and what converters of PDFs and web pages write): each row's cells joined by tabs, as the other readers give a
 * table's rows, and the line under the header (`|---|---|`) left empty.
 */
export function extractText(bytes: Uint8Array, file: string): Extracted {
  const { text, warnings } = decodeText(bytes, file);
  return { text: text.includes('|') ? text.split('\n').map(pipeRow).join('\n') : text, pages: [], pageCount: null, warnings };
}

/**
 * A line opening and closing on a pipe, with a cell between: a table row; or opening on one with two cells or more
 * and not closing (a converter's row whose last cell broke across lines: that cell runs to the line's end).
 */
const PIPE_ROW = /^\s*\|(.*\|)\s*$|^\s*\|((?:[^|]*\|){2,}[^|]*[^|\s][^|]*)$/;
/** A table's rule under its header: pipes, dashes, colons and spaces only. */
const PIPE_RULE = /^\s*\|[\s|:-]*-[\s|:-]*\|\s*$/;

/** One line, as a tab-separated row when it is a pipe table's row; its rule empty. */
function pipeRow(line: string): string {
  if (PIPE_RULE.test(line)) return '';
  const row = PIPE_ROW.exec(line);
  if (row === null) return line;
  // the cells between the outer pipes; an escaped pipe (`\|`) stays inside its cell
  const inner = row[1] === undefined ? row[2]! : row[1].slice(0, -1);
  const cells = inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
  return cells.length < 2 ? line : cells.join('\t');
}
