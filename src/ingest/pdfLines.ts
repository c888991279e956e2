/** One text item of a PDF page, as pdf.js reports it, in the page's coordinates (y grows upwards). */
export interface PdfItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size (the text matrix's vertical scale). */
  readonly size: number;
  readonly font: string;
  readonly hasEOL: boolean;
}

/** A stretch of one line in one font. */
export interface PdfRun {
  readonly text: string;
  readonly font: string;
}

/** A visual line of text. */
export interface PdfLine {
  readonly page: number;
  readonly y: number;
  /** Left edge of the first visible item. */
  readonly x: number;
  /** Left edge of the text after a leading list marker item (`1.`, `a)`, `•`); `x` when there is none. */
  readonly textX: number;
  readonly right: number;
  readonly size: number;
  readonly runs: readonly PdfRun[];
  readonly text: string;
  /**
   * The producer began a new text chunk for this line (pdf.js reports an empty end-of-line item before it) in the
   * same font as the previous line ended: a hard line break, as between compact list items, not a wrap.
   */
  readonly fresh: boolean;
}

/**
 * Bullet glyphs, including the private-use code points of Symbol and Wingdings bullets that Word writes
 * (U+F0B7 and friends), and the Courier `o` of a second-level Word list when it stands alone.
 */
export const GLYPHS = '•▪◦·●○■□◆◇❖➢➤►▶✓✔→\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf0a8';
/** A number, letter or roman numeral with its `.` or `)` (`1.`, `2.1)`, `(b)`, `iv.`). */
export const NUMBERING = '\\(?(?:\\d{1,3}(?:\\.\\d{1,3})*|[a-z]|[ivxlc]{1,6})[.)]';
/** A list marker standing alone as the first item of a line. */
export const MARKER_ITEM = new RegExp(`^(?:${NUMBERING}|[${GLYPHS}*–-]|o)$`, 'i');

interface Building {
  y: number;
  x: number;
  textX: number | null;
  right: number;
  size: number;
  runs: { text: string; font: string }[];
  first: string;
  fresh: boolean;
  items: number;
}

/**
 * A page's items, in content-stream order -> lines. An item starts a new line when its baseline moves by more than
 * 40% of the font size. Within a line a gap wider than 0.15 em becomes a space and one wider than 2.5 em a tab
 * (a table's next cell). Linear in the number of items.
 */
export function linesOfPage(items: readonly PdfItem[], page: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let line: Building | null = null;
  let sawBreak = false;
  for (const item of items) {
    const size = Math.abs(item.size) || 1;
    if (item.str === '') {
      if (item.hasEOL) sawBreak = true;
      continue;
    }
    const blank = item.str.trim() === '';
    if (line === null || Math.abs(line.y - item.y) > 0.4 * Math.max(size, line.size)) {
      if (blank) continue;
      const ended = line as Building | null;
      const lastFont: string | undefined = ended?.runs[ended.runs.length - 1]?.font;
      if (ended !== null) lines.push(toLine(ended, page));
      line = { y: item.y, x: item.x, textX: null, right: item.x + item.width, size, runs: [], first: item.str.trim(), fresh: sawBreak && lastFont === item.font, items: 1 };
      append(line, item.str, item.font);
      sawBreak = false;
      continue;
    }
    const gap = item.x - line.right;
    const lastRun = line.runs[line.runs.length - 1]?.text ?? '';
    const spaced = /\s$/.test(lastRun) || /^\s/.test(item.str);
    const touching = !spaced && gap <= 0.15 * size;
    if (!blank && line.textX === null && line.items === 1 && MARKER_ITEM.test(line.first) && !(touching && /^\p{L}$/u.test(line.first))) {
      // the text after a list marker: however far the hanging indent, a space (not a table's tab). A lone letter
      // that the next item touches begins a word ("O" + "ffi" + "cer": pdf.js cuts words at a ligature).
      line.textX = item.x;
      if (!spaced) append(line, ' ', item.font);
    } else if (!blank && gap > 2.5 * size) append(line, '\t', item.font);
    else if (gap > 0.15 * size && !spaced) append(line, ' ', item.font);
    append(line, item.str, item.font);
    line.right = Math.max(line.right, item.x + item.width);
    line.size = Math.max(line.size, size);
    if (!blank) line.items += 1;
    sawBreak = false;
  }
  if (line !== null) lines.push(toLine(line, page));
  return lines;
}

function append(line: Building, text: string, font: string): void {
  const last = line.runs[line.runs.length - 1];
  // whitespace joins the run before it, so a bold run keeps its trailing space
  if (last !== undefined && (last.font === font || text.trim() === '')) last.text += text;
  else line.runs.push({ text, font });
}

function toLine(line: Building, page: number): PdfLine {
  const runs = line.runs.map((r) => ({ text: r.text, font: r.font }));
  return {
    page,
    y: line.y,
    x: line.x,
    textX: line.textX ?? line.x,
    right: line.right,
    size: line.size,
    runs,
    text: runs.map((r) => r.text).join('').trim(),
    fresh: line.fresh,
  };
}
