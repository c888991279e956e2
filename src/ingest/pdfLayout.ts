import { isFull, measurePdf, TOLERANCE, type Metrics } from './pdfMetrics.js';
import { GLYPHS, MARKER_ITEM, NUMBERING, type PdfLine } from './pdfLines.js';

/** Canonical text with the page of each of its lines. */
export interface Laid {
  readonly text: string;
  readonly pages: number[];
}

interface Block {
  readonly lines: PdfLine[];
  /** x of the block's continuation lines. */
  contX: number;
  readonly marker: string | null;
  readonly glyph: boolean;
}

const LEADING_MARKER = new RegExp(`^(${NUMBERING}|[${GLYPHS}*–-])\\s+(?=\\S)`, 'i');
const GLYPH = new RegExp(`^[${GLYPHS}]$`);

/**
 * Lines of all pages (furniture removed) -> canonical text. Phases: measure the document (body font and size,
 * line spacing, margins, list indents) -> group lines into blocks: a gap wider than the line spacing, a change of
 * size, a list marker, a change of indent or a hard break starts a block; a block runs on across a page break when
 * the next page continues at the same indent after a full line -> write each block on one line: list items as
 * `- ` (+ marker), a leading run in another font than the body's as `**bold**`, larger type as `## `.
 */
export function layoutPdf(pages: readonly (readonly PdfLine[])[]): Laid {
  const lines = pages.flat();
  if (lines.length === 0) return { text: '', pages: [] };
  const metrics = measurePdf(lines);
  const blocks: Block[] = [];
  let block: Block | null = null;
  let previous: PdfLine | null = null;
  for (const line of lines) {
    if (block === null || previous === null || startsBlock(block, previous, line, metrics)) {
      block = open(line, metrics);
      blocks.push(block);
    } else {
      if (block.lines.length === 1 && block.marker === null && !block.glyph && line.x < block.contX) block.contX = line.x;
      block.lines.push(line);
    }
    previous = line;
  }
  const out: string[] = [];
  const outPages: number[] = [];
  blocks.forEach((b, i) => {
    out.push(write(b, metrics));
    outPages.push(b.lines[0]?.page ?? 1);
    if (i < blocks.length - 1) {
      out.push('');
      outPages.push(b.lines[b.lines.length - 1]?.page ?? 1);
    }
  });
  outPages.push(outPages[outPages.length - 1] ?? 1);
  return { text: `${out.join('\n')}\n`, pages: outPages };
}

function open(line: PdfLine, metrics: Metrics): Block {
  const match = LEADING_MARKER.exec(line.text);
  const marker = match?.[1] ?? null;
  // Word's second-level bullet: a Courier "o" set apart from its text
  const courierO = marker === null && line.textX !== line.x && /^o\s/.test(line.text);
  const glyph = courierO || (marker !== null && !/[\da-z]/i.test(marker));
  const contX = (marker !== null || courierO) && line.textX !== line.x ? line.textX : line.x;
  return { lines: [line], contX, marker: glyph ? null : marker, glyph: glyph || (marker === null && isIndent(line.x, metrics)) };
}

function startsBlock(block: Block, previous: PdfLine, line: PdfLine, metrics: Metrics): boolean {
  const aligned = Math.abs(line.x - block.contX) <= TOLERANCE;
  if (opensItem(line, aligned, previous, metrics)) return true;
  // a table row (cells apart by a tab) is a block of its own
  if (line.text.includes('\t') || previous.text.includes('\t')) return true;
  if (Math.abs(line.size - previous.size) > 0.15 * metrics.bodySize) return true;
  const firstLineIndent = block.lines.length === 1 && block.marker === null && !block.glyph && line.x < block.contX;
  if (line.page !== previous.page) return !(aligned && isFull(previous, metrics));
  const drop = previous.y - line.y;
  if (drop <= 0 || drop > metrics.spacing * 1.3) return true;
  if (!aligned && !firstLineIndent) return true;
  if (metrics.freshBreaks) return line.fresh;
  return !isFull(previous, metrics) && /^[A-Z0-9(“‘"']/.test(line.text);
}

/**
 * A line opening a list item: a bullet glyph, or a number, letter or dash that is set apart as its own item,
 * out of line with the block, or after a line that did not run to the margin (a wrapped line may begin "2. ").
 */
function opensItem(line: PdfLine, aligned: boolean, previous: PdfLine, metrics: Metrics): boolean {
  const match = LEADING_MARKER.exec(line.text);
  if (match === null) return line.textX !== line.x && /^o\s/.test(line.text);
  if (GLYPH.test(match[1] ?? '')) return true;
  return line.textX !== line.x || !aligned || !isFull(previous, metrics) || line.fresh;
}

function isIndent(x: number, metrics: Metrics): boolean {
  return metrics.indents.has(Math.round(x));
}

/** Write a block as one line of canonical text. */
function write(block: Block, metrics: Metrics): string {
  const segments: { text: string; bold: boolean }[] = [];
  let tail = '';
  block.lines.forEach((line, i) => {
    let runs = line.runs.map((r) => ({ text: r.text, bold: r.font !== metrics.bodyFont }));
    if (i === 0) runs = stripMarker(runs, block.marker !== null || block.glyph);
    else if (/\p{L}-$/u.test(tail) && /^\p{L}/u.test(line.text)) trimEnd(segments);
    else segments.push({ text: ' ', bold: segments[segments.length - 1]?.bold ?? false });
    segments.push(...runs);
    tail = line.text.slice(-2);
  });
  const text = tidySpaces(boldLead(segments)).trim();
  const first = block.lines[0];
  const size = block.lines.reduce((max, l) => Math.max(max, l.size), 0);
  const marked = block.marker === null ? text : `${block.marker} ${text}`;
  if (size > metrics.bodySize * 1.15) return `## ${marked.replace(/\*\*/g, '')}`;
  if (block.marker !== null && (first?.x ?? 0) > metrics.left + TOLERANCE) return `- ${marked}`;
  return block.glyph ? `- ${text}` : marked;
}

/** Runs of spaces and no-break spaces one space, and a tab without the spaces beside it (most blocks have neither). */
function tidySpaces(text: string): string {
  const spaced = text.includes('  ') || text.includes('\u00a0') ? text.replace(/ [ \u00a0]+|\u00a0[ \u00a0]*/g, ' ') : text;
  return spaced.includes('\t') ? spaced.replace(/ ?\t ?/g, '\t') : spaced;
}

function stripMarker(runs: { text: string; bold: boolean }[], marked: boolean): { text: string; bold: boolean }[] {
  const out = runs.map((r) => ({ ...r }));
  const first = out[0];
  if (first === undefined || !marked) return out;
  const lead = first.text.trimStart();
  const match = LEADING_MARKER.exec(lead) ?? /^o\s+(?=\S)/.exec(lead);
  if (match !== null) {
    first.text = lead.slice(match[0].length);
    return out;
  }
  // the marker is a run of its own, followed by the text in another font
  if (MARKER_ITEM.test(lead.trim()) && out.length > 1) out.shift();
  return out;
}

function trimEnd(segments: { text: string }[]): void {
  const last = segments[segments.length - 1];
  if (last !== undefined) last.text = last.text.trimEnd();
}

/** `**...**` around the leading segments set in another font than the body's, when they hold text. */
function boldLead(segments: readonly { text: string; bold: boolean }[]): string {
  let split = 0;
  while (split < segments.length && (segments[split]?.bold === true || segments[split]?.text.trim() === '')) split++;
  const lead = segments.slice(0, split).map((s) => s.text).join('');
  const rest = segments.slice(split).map((s) => s.text).join('');
  if (lead.trim() === '') return lead + rest;
  const trailing = lead.slice(lead.trimEnd().length);
  return `**${lead.trim()}**${trailing}${rest}`;
}
