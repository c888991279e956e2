import type { Extracted } from '../ingest/types.js';
import type { SourceLocation } from './schema.js';
import { singleSpaced } from '../text/index.js';

/**
 * Canonical text -> blocks. A block is a paragraph, heading, list item or table row, with its list marker and
 * leading bold run split off, and its location in the canonical text. Every corpus extractor reads blocks, so
 * PDF, Word, HTML and text documents are understood by the same rules.
 *
 * Phases: split into lines -> group non-blank lines into raw blocks (a new list item starts a new block)
 * -> strip bullet, marker and bold -> join a block that a page break or a stray blank line cut in two.
 */

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row';

export interface Block {
  readonly kind: BlockKind;
  /** Text without bullet, marker or `**`, whitespace folded. */
  readonly text: string;
  /** The numbering or lettering as written (`1)`, `2.1`, `a)`, `(iv)`), or null. */
  readonly marker: string | null;
  /** The marker's value: 1 for `1)`, `a)`, `(i)`; null when none or not countable. */
  readonly ordinal: number | null;
  /** The leading bold run, without `**`, or null. */
  readonly bold: string | null;
  /** True when the whole block was bold (a typical heading in PDF-to-text output). */
  readonly allBold: boolean;
  /** Bulleted (`- `) or numbered item. */
  readonly bulleted: boolean;
  readonly source: SourceLocation;
  /** Index in the document's block list. */
  readonly index: number;
}

interface RawBlock {
  lines: string[];
  line: number;
  start: number;
  end: number;
}

/** Bullet characters as documents write them, `o` and `–` included (Word's second-level bullets, copied web lists). */
const BULLET = /^\s*(?:[•▪◦·●○■►➢▸‣⁃\uf0a7\uf0b7]\s*|[-*–o]\s+)(?=\S)/u;
const MARKER =
  /^\s*(\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivx]{1,5})[.)](?:\s+|$)|\((?:\d{1,2}|[a-z]|[ivx]{1,5})\)\s+|\d{1,2}(?:\.\d{1,2})+\s*(?=[A-Z(])|\d{1,2}\s+(?!(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)(?=[A-Z]))/i;
const HEADING = /^\s*#{1,6}\s+/;
/** A line that opens a numbered or lettered item, so starts a block even without a blank line before it. */
const NUMBERED_LINE = /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?(?!\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)|\(?[a-h]\)|\(?[ivx]{1,5}\))\s+[A-Z(]/;

/** A line that opens with a recommendation's label ("Recommendation 3 -", "R3:") starts a block. */
const LABEL_LINE = /^\s*(?:recommendation\s+\d{1,2}\b|R\d{1,2}\s*[:.)–-])/i;

/** The blocks made of each extracted text (with the file they were made for), so a reader's text is split once. */
const made = new WeakMap<Pick<Extracted, 'text' | 'pages'>, { readonly file: string; readonly blocks: readonly Block[] }>();

/**
 * Split canonical text into blocks. `file` is recorded in each block's source location. The same extracted text
 * and file give the same array (normalising a document and cutting a follow-up's passages split it once).
 */
export function toBlocks(extracted: Pick<Extracted, 'text' | 'pages'>, file: string): readonly Block[] {
  const known = made.get(extracted);
  if (known?.file === file) return known.blocks;
  const blocks = splitBlocks(extracted, file);
  made.set(extracted, { file, blocks });
  return blocks;
}

function splitBlocks(extracted: Pick<Extracted, 'text' | 'pages'>, file: string): Block[] {
  const raw = groupLines(extracted.text);
  const blocks: Block[] = [];
  for (const rawBlock of raw) {
    const block = parseBlock(rawBlock, extracted.pages, file, blocks.length);
    if (block.text.length === 0) continue;
    const previous = blocks[blocks.length - 1];
    if (previous !== undefined && continues(previous, block)) {
      blocks[blocks.length - 1] = join(previous, block);
    } else {
      blocks.push(block);
    }
  }
  return blocks;
}

function groupLines(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: RawBlock | null = null;
  let offset = 0;
  const lines = text.split('\n');
  const wrap = singleBreakWrap(lines);
  let previous = '';
  lines.forEach((whole, i) => {
    const wholeStart = offset;
    offset += whole.length + 1;
    for (const [line, lineStart] of gluedItems(whole, wholeStart)) {
      if (line.trim() === '' || /^\s*[-=_|]{3,}\s*$/.test(line.replace(/\t/g, ''))) {
        current = null;
        continue;
      }
      const startsItem = BULLET.test(line) || NUMBERED_LINE.test(line) || LABEL_LINE.test(line);
      const endsParagraph = (wrap !== null && paragraphEnded(previous, line, wrap)) || HEADING.test(previous) || HEADING.test(line);
      previous = line;
      if (current === null || startsItem || line.includes('\t') || endsParagraph) {
        current = { lines: [line], line: i + 1, start: lineStart, end: lineStart + line.length };
        blocks.push(current);
      } else {
        current.lines.push(line);
        current.end = lineStart + line.length;
      }
    }
  });
  return blocks;
}

/** What any glued item needs: a bullet character, or a dash between spaces. */
const MAY_GLUE = /[•●▪■\uf0b7]|\s-\s/;

/** A line cut where a bullet was glued to the end of the previous sentence ("... finances. • Housing delivery"). */
function gluedItems(line: string, start: number): [string, number][] {
  if (line.includes('\t') || !MAY_GLUE.test(line)) return [[line, start]]; // a table row's cells keep their own bullets
  const parts: [string, number][] = [];
  let from = 0;
  // Two or more bullets inside one line (a list flattened by a PDF-to-web converter) all start items.
  const flattened = (line.match(/\s[•●▪■\uf0b7]\s/g)?.length ?? 0) >= 2;
  const glue = flattened ? /\s+(?=[•●▪■\uf0b7]\s+\S)/g : /(?<=[.!?;:]["'’”)]?)\s+(?=[•●▪■]\s*[A-Z])|(?<=[.!?]["'’”)]?)\s+(?=-\s+[A-Z][a-z])/g;
  for (const m of line.matchAll(glue)) {
    const at = m.index + m[0].length;
    parts.push([line.slice(from, m.index), start + from]);
    from = at;
  }
  parts.push([line.slice(from), start + from]);
  return parts;
}

/**
 * Text whose paragraphs are separated by single line breaks (copied from a web page, `pdftotext` without blank
 * lines): the width its wrapped lines reach (the 90th percentile of line lengths), else null for text that
 * separates paragraphs with blank lines.
 */
function singleBreakWrap(lines: readonly string[]): number | null {
  const lengths = lines.map((l) => l.trim().length).filter((n) => n > 0);
  const blank = lines.length - lengths.length;
  if (lengths.length < 12 || blank * 12 >= lengths.length) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.9)] ?? null;
}

/** In single-break text, a line starts a new paragraph after a finished sentence or a line short of the wrap. */
function paragraphEnded(previous: string, line: string, wrap: number): boolean {
  if (previous === '' || !/^\s*["'‘“(]?[A-Z0-9]/.test(line)) return false;
  return /[.!?:;]["'’”)]?\s*$/.test(previous) || previous.trim().length < wrap * 0.7;
}

/** A table row's cells: empty cells kept, so each stays under its header; empty cells at the row's end dropped. */
function tableCells(row: string): string[] {
  const cells = row.split('\t').map(singleSpaced);
  while (cells.length > 1 && cells.at(-1) === '') cells.pop();
  return cells;
}

function parseBlock(raw: RawBlock, pages: readonly number[], file: string, index: number): Block {
  const first = raw.lines[0] ?? '';
  const isTable = first.includes('\t');
  let text = isTable
    ? tableCells(raw.lines.join(' ')).join('\t')
    : singleSpaced(raw.lines.join(' '));
  let kind: BlockKind = isTable ? 'table-row' : 'paragraph';
  let bulleted = false;
  if (HEADING.test(text)) {
    kind = 'heading';
    text = text.replace(HEADING, '');
  }
  if (BULLET.test(text)) {
    bulleted = true;
    kind = 'list-item';
    text = text.replace(BULLET, '');
  }
  let marker: string | null = null;
  const markerMatch = isTable ? null : MARKER.exec(text.replace(/^\*\*/, ''));
  if (markerMatch !== null) {
    const bolded = text.startsWith('**');
    marker = markerMatch[0].trim();
    text = (bolded ? '**' : '') + text.replace(/^\*\*/, '').slice(markerMatch[0].length);
    if (bolded && text.startsWith('****')) text = text.slice(4);
    if (kind === 'paragraph') kind = 'list-item';
  }
  const bold = leadingBold(text);
  const plain = isTable ? text.replace(/\*\*/g, '') : singleSpaced(text.replace(/\*\*/g, ''));
  const allBold = bold !== null && singleSpaced(bold) === plain;
  return {
    kind: allBold && kind === 'paragraph' && plain.length < 120 ? 'heading' : kind,
    text: plain,
    marker,
    ordinal: marker === null ? null : ordinalOf(marker),
    bold: bold === null ? null : singleSpaced(bold),
    allBold,
    bulleted,
    index,
    source: {
      file,
      page: pages[raw.line - 1] ?? null,
      line: raw.line,
      start: raw.start,
      end: raw.end,
    },
  };
}

function leadingBold(text: string): string | null {
  const match = /^\*\*(.+?)\*\*/.exec(text);
  return match?.[1] !== undefined && match[1].trim().length > 0 ? match[1] : null;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };

/** The value of a list marker: `3)` -> 3, `2.1` -> 1 (last part), `c)` -> 3, `(iv)` -> 4. */
export function ordinalOf(marker: string): number | null {
  const core = marker.replace(/[().\s]+$/g, '').replace(/^\(/, '');
  const parts = core.split('.');
  const last = parts[parts.length - 1] ?? '';
  if (/^\d+$/.test(last)) return Number(last);
  if (/^[ivx]+$/i.test(last) && last.length > 1) return romanValue(last.toLowerCase());
  if (/^[a-z]$/i.test(last)) return last.toLowerCase().charCodeAt(0) - 96;
  return null;
}

function romanValue(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN[roman[i] ?? ''] ?? 0;
    const next = ROMAN[roman[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * A block continues the previous one when a page break or blank line cut a sentence: the previous block does not
 * end a sentence and this one starts in lower case without a marker of its own.
 */
function continues(previous: Block, block: Block): boolean {
  // A table's wrapped cell, read from a PDF as a bullet of its own under a numbered row: "- 1 Put in place ...,"
  // then "- with savings that ...".
  if (block.bulleted && block.marker === null && previous.marker !== null && previous.kind === 'list-item' &&
    !/[.!?:;]$/.test(previous.text) && /^[a-z]/.test(block.text)) return true;
  if (block.marker !== null || block.bulleted || block.kind === 'heading' || block.kind === 'table-row') return false;
  if (previous.kind === 'heading' || previous.kind === 'table-row') return false;
  if (/[.!?:;"'’”)]$/.test(previous.text)) return false;
  return /^[a-z(]/.test(block.text);
}

function join(previous: Block, block: Block): Block {
  return {
    ...previous,
    text: `${previous.text} ${block.text}`,
    source: { ...previous.source, end: block.source.end },
  };
}

/** The source location of a span of a block's text: where it stands in the block (approximate within wrapped blocks). */
export function spanOf(block: Block, text: string): Block['source'] {
  // The block's text has its marker cut and whitespace folded, so the offset is approximate within wrapped lines.
  const at = Math.max(block.text.indexOf(text), 0);
  const start = Math.min(block.source.start + at, block.source.end);
  return { ...block.source, start, end: Math.min(block.source.end, start + Math.max(text.length, 1) + 8) };
}

const texts = new WeakMap<readonly Block[], string>();

/** The blocks' texts, one per line: joined once per document, however many detectors read the whole of it. */
export function documentText(blocks: readonly Block[]): string {
  let text = texts.get(blocks);
  if (text === undefined) {
    text = blocks.map((b) => b.text).join('\n');
    texts.set(blocks, text);
  }
  return text;
}
