import { contains, elementChildren, isBlock, isSkipped, ownText, type DomNode } from './htmlDom.js';
import { countIn, styleOfOlType } from './listMarker.js';
import { singleSpaced } from '../text/keys.js';

/** Options of the HTML -> canonical text walk. */
export interface RenderOptions {
  /**
   * The marker of an ordered-list item, given the item's own text and the marker counted from the HTML
   * (`start`, `type`, position). The Word reader passes the numbering it read from the document itself.
   */
  readonly olMarker?: (itemText: string, counted: string) => string;
}

/** Sentinels for the start and end of a bold run while text is collected; turned into `**` per block. */
const BOLD_OPEN = '\u0001';
const BOLD_CLOSE = '\u0002';

interface State {
  readonly out: string[];
  readonly options: RenderOptions;
  inline: string;
  /** `- ` or `- 3. ` for the next block of the current list item; null outside items or once used. */
  prefix: string | null;
  heading: boolean;
  bold: boolean;
  pre: boolean;
}

/**
 * Walk a parsed HTML body into canonical blocks (one string per block, `\n` inside for `<br>`).
 * Inline content collects into the current block; a block element flushes it. Lists, tables and headings
 * are written in the canonical conventions of `types.ts`.
 */
export function renderBlocks(root: DomNode, options: RenderOptions = {}): string[] {
  const state: State = { out: [], options, inline: '', prefix: null, heading: false, bold: false, pre: false };
  walkChildren(root, state);
  flush(state);
  return state.out;
}

function walkChildren(node: DomNode, state: State): void {
  for (const child of node.children ?? []) walk(child, state);
}

function walk(node: DomNode, state: State): void {
  if (node.type === 'text') {
    state.inline += state.pre ? (node.data ?? '') : (node.data ?? '').replace(/[ \t\n\r\f]+/g, ' ');
    return;
  }
  if (node.type !== 'tag' && node.type !== 'root') return;
  if (isSkipped(node)) return;
  const name = node.name ?? '';
  if (name === 'br') {
    state.inline += '\n';
  } else if (name === 'strong' || name === 'b') {
    walkBold(node, state);
  } else if (!isBlock(node)) {
    walkChildren(node, state);
  } else if (name === 'ul' || name === 'ol' || name === 'menu' || name === 'dir') {
    walkList(node, state);
  } else if (name === 'table') {
    walkTable(node, state);
  } else if (/^h[1-6]$/.test(name)) {
    flush(state);
    state.heading = true;
    walkChildren(node, state);
    flush(state);
    state.heading = false;
  } else if (name === 'pre') {
    flush(state);
    state.pre = true;
    walkChildren(node, state);
    flush(state);
    state.pre = false;
  } else {
    flush(state);
    walkChildren(node, state);
    flush(state);
  }
}

function walkBold(node: DomNode, state: State): void {
  if (state.bold || state.heading) {
    walkChildren(node, state);
    return;
  }
  state.bold = true;
  state.inline += BOLD_OPEN;
  walkChildren(node, state);
  state.inline += BOLD_CLOSE;
  state.bold = false;
}

/**
 * A list: each item becomes a block `- text` (unordered) or `- <marker> text` (ordered). An item whose only content
 * is a nested ordered list (pandoc's rendering of `- b) ...`) writes nothing itself; the nested list's numbers then
 * take a closing parenthesis, as written in the source (`- 1)`, `- b)`).
 */
function walkList(list: DomNode, state: State): void {
  const insideEmptyItem = state.prefix !== null && state.inline.trim() === '';
  flush(state);
  if (insideEmptyItem) state.prefix = null;
  const ordered = list.name === 'ol';
  const style = styleOfOlType(list.attribs?.type);
  let n = Number.parseInt(list.attribs?.start ?? '1', 10);
  if (!Number.isFinite(n)) n = 1;
  for (const item of elementChildren(list)) {
    if (isSkipped(item)) continue;
    if (item.name !== 'li') {
      walk(item, state);
      continue;
    }
    const value = Number.parseInt(item.attribs?.value ?? '', 10);
    if (Number.isFinite(value)) n = value;
    state.prefix = ordered ? `- ${markerOf(item, n, style, insideEmptyItem, state.options)} ` : '- ';
    walkChildren(item, state);
    flush(state);
    state.prefix = null;
    n += 1;
  }
}

function markerOf(
  item: DomNode,
  n: number,
  style: ReturnType<typeof styleOfOlType>,
  nestedInBullet: boolean,
  options: RenderOptions,
): string {
  const count = countIn(style, n);
  let counted: string;
  if (style === 'decimal') counted = nestedInBullet ? `${count})` : `${count}.`;
  else if (style === 'lower-roman' || style === 'upper-roman') counted = `(${count})`;
  else counted = `${count})`;
  return options.olMarker === undefined ? counted : options.olMarker(ownText(item), counted);
}

/**
 * A table: a data row is one block with its cells joined by a tab (a cell's paragraphs and lists joined by
 * spaces, as Word writes every cell as a paragraph). A layout table (one row of cells holding paragraphs or lists,
 * or a table holding tables, as older council sites use for page layout) is read cell by cell as ordinary blocks.
 */
function walkTable(table: DomNode, state: State): void {
  flush(state);
  const caption = elementChildren(table).find((child) => child.name === 'caption');
  if (caption !== undefined) walk(caption, state);
  const rows = rowsOf(table).map((row) => elementChildren(row).filter((cell) => (cell.name === 'td' || cell.name === 'th') && !isSkipped(cell)));
  const layout = rows.filter((cells) => cells.length > 0).length < 2 || Math.max(0, ...rows.map((cells) => cells.length)) < 2 ||
    rows.some((cells) => cells.some((cell) => contains(cell, (node) => node !== cell && node.name === 'table')));
  if (!layout && isNumberedParagraphs(rows, state.options)) {
    // A council report's numbered paragraphs laid out as a table: "4.2 | text" reads as the paragraph "4.2 text".
    for (const cells of rows) {
      if (cells.length !== 2) {
        const texts = cells.map((cell) => cellText(cell, state.options));
        if (texts.some((text) => text !== '')) state.out.push(texts.join('\t'));
        continue;
      }
      const number = cellText(cells[0]!, state.options).replace(/\*\*/g, '');
      const content = renderBlocks(cells[1]!, state.options);
      if (content.length === 0 && number === '') continue;
      state.out.push(...content.map((block, i) => (i === 0 && number !== '' ? `${number} ${block}` : block)));
    }
    flush(state);
    return;
  }
  const grid = gridTexts(rows, state.options);
  rows.forEach((cells, r) => {
    // Minutes often set an item's title beside its whole text: a row of two cells, one holding several paragraphs.
    const rich = cells.filter((cell) => cellText(cell, state.options) !== '').length <= 2 && cells.some((cell) => blockCount(cell) >= 3);
    if ((layout || rich) && cells.some((cell) => contains(cell, (node) => isBlock(node) && node.name !== 'br'))) {
      for (const cell of cells) walk(cell, state);
      flush(state);
      return;
    }
    const texts = grid[r]!;
    if (texts.every((text) => text === '')) return;
    state.out.push(texts.join('\t'));
  });
  flush(state);
}

/**
 * Each row's cell texts laid on the table's grid: a cell spanning rows (Word's merged cells) or columns leaves an
 * empty cell in each place it covers, so every cell stays under its header.
 */
function gridTexts(rows: readonly (readonly DomNode[])[], options: RenderOptions): string[][] {
  const spanning = new Map<number, number>(); // column -> rows it is still covered for
  const span = (cell: DomNode, name: 'rowspan' | 'colspan') => Math.min(50, Math.max(1, Number.parseInt(cell.attribs?.[name] ?? '1', 10) || 1));
  return rows.map((cells) => {
    const texts: string[] = [];
    const covered = () => (spanning.get(texts.length) ?? 0) > 0;
    const place = (text: string, rowspan: number) => {
      if (rowspan > 1) spanning.set(texts.length, rowspan);
      texts.push(text);
    };
    for (const cell of cells) {
      while (covered()) place('', 0);
      const rowspan = span(cell, 'rowspan');
      place(cellText(cell, options), rowspan);
      for (let extra = span(cell, 'colspan'); extra > 1; extra--) place('', rowspan);
    }
    while (covered()) place('', 0);
    for (const [column, left] of spanning) spanning.set(column, left - 1);
    return texts;
  });
}

/** Two columns, the first a paragraph number ("4.2", "1.") or empty in nearly every row, the second the text. */
function isNumberedParagraphs(rows: readonly DomNode[][], options: RenderOptions): boolean {
  const pairs = rows.filter((cells) => cells.length === 2);
  if (pairs.length < 3 || pairs.length < rows.filter((cells) => cells.length > 0).length * 0.6) return false;
  const numbered = pairs.filter((cells) => /^(?:\d{1,2}(?:\.\d{1,2})*\.?|)$/.test(cellText(cells[0]!, options).replace(/\*\*/g, '')));
  return numbered.length >= pairs.length * 0.8 && numbered.some((cells) => cellText(cells[0]!, options) !== '');
}

function blockCount(node: DomNode): number {
  return elementChildren(node).reduce((n, child) => n + (isBlock(child) && child.name !== 'br' ? 1 : 0), 0);
}

function rowsOf(table: DomNode): DomNode[] {
  const rows: DomNode[] = [];
  for (const child of elementChildren(table)) {
    if (child.name === 'tr') rows.push(child);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
      rows.push(...elementChildren(child).filter((row) => row.name === 'tr'));
    }
  }
  return rows;
}

function cellText(cell: DomNode, options: RenderOptions): string {
  return renderBlocks(cell, options).join(' ').replace(/[\t\n]+/g, ' ').trim();
}

/** End the current block: resolve bold sentinels, fold whitespace per line, prefix list markers and headings. */
function flush(state: State): void {
  let text = state.inline;
  state.inline = '';
  if (state.bold) {
    text += BOLD_CLOSE;
    state.inline = BOLD_OPEN;
  }
  const lines = resolveBold(text)
    .replace(/[\u00ad\u200b-\u200d\ufeff]/g, '')
    .split('\n')
    .map((line) => singleSpaced(line))
    .filter((line) => line !== '' && line !== '****');
  if (lines.length === 0) return;
  let block = lines.join('\n');
  // a heading that opens a list item ("<li><h2>Set out a vision</h2><p>...</p></li>") is the item's bold headline
  if (state.heading) block = state.prefix !== null ? `**${block.replace(/\*\*/g, '')}**` : `## ${block.replace(/\*\*/g, '')}`;
  if (state.prefix !== null) {
    block = state.prefix + block;
    state.prefix = null;
  }
  state.out.push(block);
}

/** `\u0001 text \u0002` -> ` **text** `; empty runs vanish; adjacent runs merge. */
function resolveBold(text: string): string {
  if (!text.includes(BOLD_OPEN)) return text;
  const marked = text.replace(/\u0001([^\u0001\u0002]*)\u0002/g, (_match, inner: string) => {
    const core = inner.trim();
    if (core === '') return inner;
    const lead = inner.slice(0, inner.length - inner.trimStart().length);
    const trail = inner.slice(inner.trimEnd().length);
    return `${lead}**${core}**${trail}`;
  });
  // a run closing where the next opens (`**a** **b**`, `**a****b**`) reads as one run
  return marked.replace(/[\u0001\u0002]/g, '').replace(/\*\*([ \t]*)\*\*/g, '$1');
}
