import { MARKER_ITEM, type PdfLine } from './pdfLines.js';

/** Canonical text with the page of each of its lines. */
export interface Laid {
  readonly text: string;
  readonly pages: number[];
}

/** Measurements of the document that the block rules compare against. */
interface Metrics {
  readonly bodyFont: string;
  readonly bodySize: number;
  /** Usual distance between the baselines of a wrapped paragraph's lines. */
  readonly spacing: number;
  readonly left: number;
  /** Where full lines end. */
  readonly right: number;
  /** x positions at which list items without a visible glyph begin (used by three or more lines). */
  readonly indents: ReadonlySet<number>;
  /** Whether a producer's fresh text chunk reliably marks a hard break: rare after full (wrapped) lines. */
  readonly freshBreaks: boolean;
}

interface Block {
  readonly lines: PdfLine[];
  /** x of the block's continuation lines. */
  contX: number;
  readonly marker: string | null;
  readonly glyph: boolean;
}

const LEADING_MARKER = /^(\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivxlc]{1,6})[.)]|[•▪◦·●○■□➢►✓*–-])\s+(?=\S)/i;
const TOLERANCE = 3;

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
  const metrics = measure(lines);
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
  const glyph = marker !== null && !/[\da-z]/i.test(marker);
  const contX = marker !== null && line.textX !== line.x ? line.textX : line.x;
  return { lines: [line], contX, marker: glyph ? null : marker, glyph: glyph || (marker === null && isIndent(line.x, metrics)) };
}

function startsBlock(block: Block, previous: PdfLine, line: PdfLine, metrics: Metrics): boolean {
  const aligned = Math.abs(line.x - block.contX) <= TOLERANCE;
  if (opensItem(line, aligned, previous, metrics)) return true;
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
  if (match === null) return false;
  if (/^[•▪◦·●○■□➢►✓]$/.test(match[1] ?? '')) return true;
  return line.textX !== line.x || !aligned || !isFull(previous, metrics) || line.fresh;
}

/** A line that runs (nearly) to the right margin, so probably wraps on; never true in a document without a real column. */
function isFull(line: PdfLine, metrics: Metrics): boolean {
  const width = metrics.right - metrics.left;
  return width >= 15 * metrics.bodySize && line.right >= metrics.right - Math.max(0.12 * width, 2 * metrics.bodySize);
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
  const text = boldLead(segments).replace(/[ \u00a0]+/g, ' ').replace(/ ?\t ?/g, '\t').trim();
  const first = block.lines[0];
  const size = Math.max(...block.lines.map((l) => l.size));
  const marked = block.marker === null ? text : `${block.marker} ${text}`;
  if (size > metrics.bodySize * 1.15) return `## ${marked.replace(/\*\*/g, '')}`;
  if (block.marker !== null && (first?.x ?? 0) > metrics.left + TOLERANCE) return `- ${marked}`;
  return block.glyph ? `- ${text}` : marked;
}

function stripMarker(runs: { text: string; bold: boolean }[], marked: boolean): { text: string; bold: boolean }[] {
  const out = runs.map((r) => ({ ...r }));
  const first = out[0];
  if (first === undefined || !marked) return out;
  const lead = first.text.trimStart();
  const match = LEADING_MARKER.exec(lead);
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

function measure(lines: readonly PdfLine[]): Metrics {
  const fonts = new Map<string, number>();
  const sizes = new Map<number, number>();
  const lefts = new Map<number, number>();
  for (const line of lines) {
    for (const run of line.runs) fonts.set(run.font, (fonts.get(run.font) ?? 0) + run.text.trim().length);
    const size = Math.round(line.size * 2) / 2;
    sizes.set(size, (sizes.get(size) ?? 0) + line.text.length);
    lefts.set(Math.round(line.x), (lefts.get(Math.round(line.x)) ?? 0) + 1);
  }
  const bodyFont = modeOf(fonts) ?? '';
  const bodySize = modeOf(sizes) ?? 12;
  // the left margin: the leftmost x where a good share of lines begin (lists may hold more lines than body text)
  const common = [...lefts].filter(([, n]) => n >= Math.max(3, lines.length * 0.05)).map(([x]) => x);
  const left = common.length > 0 ? Math.min(...common) : (modeOf(lefts) ?? 0);
  const drops = new Map<number, number>();
  let fresh = 0;
  let wraps = 0;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page !== b.page || Math.abs(a.size - bodySize) > 0.5) continue;
    const drop = Math.round((a.y - b.y) * 2) / 2;
    if (drop > 0) drops.set(drop, (drops.get(drop) ?? 0) + 1);
  }
  const spacing = modeOf(drops) ?? bodySize * 1.2;
  const rights = lines.filter((l) => Math.abs(l.size - bodySize) <= 0.5).map((l) => l.right).sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)] ?? lines.reduce((max, l) => Math.max(max, l.right), 0);
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page !== b.page || Math.abs(a.y - b.y - spacing) > 1 || Math.abs(a.x - b.x) > TOLERANCE) continue;
    if (!(a.right >= right - Math.max(0.12 * (right - left), 2 * bodySize))) continue;
    wraps++;
    if (b.fresh) fresh++;
  }
  const indents = blockIndents(lines, left, spacing);
  return { bodyFont, bodySize, spacing, left, right, indents, freshBreaks: wraps >= 5 && fresh / wraps < 0.5 };
}

function modeOf<K>(counts: ReadonlyMap<K, number>): K | undefined {
  let best: K | undefined;
  let bestCount = -1;
  for (const [key, count] of counts) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

/**
 * x positions where whole blocks are indented (list items whose bullet is drawn, not written): used by three or
 * more lines, and more often for lines whose next line keeps the indent than for first lines of paragraphs
 * indented on their first line only.
 */
function blockIndents(lines: readonly PdfLine[], left: number, spacing: number): Set<number> {
  const whole = new Map<number, number>();
  const firstOnly = new Map<number, number>();
  lines.forEach((line, i) => {
    const x = Math.round(line.x);
    if (x <= left + TOLERANCE) return;
    const next = lines[i + 1];
    const wraps = next !== undefined && next.page === line.page && Math.abs(line.y - next.y - spacing) <= 1;
    const counts = wraps && next.x < line.x - TOLERANCE ? firstOnly : whole;
    counts.set(x, (counts.get(x) ?? 0) + 1);
  });
  return new Set([...whole].filter(([x, n]) => n >= 3 && n > (firstOnly.get(x) ?? 0)).map(([x]) => x));
}
