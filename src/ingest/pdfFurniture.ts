import type { PdfLine } from './pdfLines.js';
import { singleSpaced } from '../text/keys.js';

/** How many lines at the top and at the bottom of a page can be running headers or footers. */
const BAND = 3;

const PAGE_NUMBER = /^(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;

/**
 * Drop page furniture: lines in the top or bottom band of a page that recur (digits aside) on at least half the
 * pages of a document of three or more pages, and bare page numbers (`12`, `Page 3 of 16`, `- 4 -`, `iv`).
 * Counting is one pass over the bands with a map, so the cost is linear in the number of pages.
 */
export function dropFurniture(pages: readonly (readonly PdfLine[])[]): PdfLine[][] {
  const bands = pages.map(bandOf);
  const seen = new Map<string, number>();
  for (const band of bands) {
    for (const key of new Set(band.map((line) => keyOf(line)))) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const withText = pages.filter((lines) => lines.length > 0).length;
  const repeated = (line: PdfLine) => withText >= 3 && (seen.get(keyOf(line)) ?? 0) >= Math.max(3, withText / 2);
  return pages.map((lines, i) => {
    const band = new Set(bands[i]);
    return lines.filter((line) => !(band.has(line) && (PAGE_NUMBER.test(line.text) || repeated(line))));
  });
}

/** The top and bottom lines of a page, by position. */
function bandOf(lines: readonly PdfLine[]): PdfLine[] {
  if (lines.length <= 2 * BAND) return [...lines];
  const byY = [...lines].sort((a, b) => b.y - a.y);
  return [...byY.slice(0, BAND), ...byY.slice(-BAND)];
}

function keyOf(line: PdfLine): string {
  return singleSpaced(line.text.toLowerCase().replace(/\d+/g, '#'));
}
