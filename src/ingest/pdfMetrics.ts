import type { PdfLine } from './pdfLines.js';

/** How far apart two x positions may be and still count as one indent, in points. */
export const TOLERANCE = 3;

/** Measurements of the document that the block rules compare against. */
export interface Metrics {
  readonly bodyFont: string;
  readonly bodySize: number;
  /** Usual distance between the baselines of a wrapped paragraph's lines. */
  readonly spacing: number;
  readonly left: number;
  /** Where full lines end. */
  readonly right: number;
  /** x positions at which list items without a visible glyph begin (used by three or more lines). */
  readonly indents: ReadonlySet<number>;
  /**
   * Whether a producer's fresh text chunk reliably marks a hard break: seen at all (an untagged PDF may have none,
   * which says nothing), and rare after full (wrapped) lines.
   */
  readonly freshBreaks: boolean;
}

/**
 * Measure a document's lines: the body font (most characters) and size, the usual line spacing, the left margin
 * and where full lines end, the indents of glyph-less list items, and whether fresh text chunks mark hard breaks.
 */
export function measurePdf(lines: readonly PdfLine[]): Metrics {
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
    if (!isFull(a, { bodySize, left, right })) continue;
    wraps++;
    if (b.fresh) fresh++;
  }
  const indents = blockIndents(lines, left, spacing);
  return { bodyFont, bodySize, spacing, left, right, indents, freshBreaks: lines.some((l) => l.fresh) && wraps >= 5 && fresh / wraps < 0.5 };
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

/** A line that runs (nearly) to the right margin, so probably wraps on; never true in a document without a real column. */
export function isFull(line: PdfLine, metrics: Pick<Metrics, 'bodySize' | 'left' | 'right'>): boolean {
  const width = metrics.right - metrics.left;
  return width >= 15 * metrics.bodySize && line.right >= metrics.right - Math.max(0.12 * width, 2 * metrics.bodySize);
}
