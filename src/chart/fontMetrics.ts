/** Horizontal advance widths of a TrueType font, read from its `cmap` (format 4), `hhea`, `hmtx` and `head` tables. */
export interface FontMetrics {
  readonly unitsPerEm: number;
  /** Advance width of a code point in font units (the missing-glyph width when the font has no glyph). */
  advance(codePoint: number): number;
}

/**
 * Parse the advance widths of a TrueType font. Only what text measuring needs: no kerning, no shaping, BMP only
 * (a code point outside it gets the missing glyph's width). Throws on a file that is not a TrueType font.
 */
export function parseFontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const entry = 12 + 16 * i;
    const tag = String.fromCharCode(...bytes.subarray(entry, entry + 4));
    tables.set(tag, view.getUint32(entry + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = view.getUint16(table('head') + 18);
  const numberOfHMetrics = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advanceOfGlyph = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));
  const glyphOf = cmapFormat4(view, table('cmap'));
  const cache = new Map<number, number>();
  return {
    unitsPerEm,
    advance(codePoint: number): number {
      let width = cache.get(codePoint);
      if (width === undefined) {
        width = advanceOfGlyph(codePoint > 0xffff ? 0 : glyphOf(codePoint));
        cache.set(codePoint, width);
      }
      return width;
    },
  };
}

/** The glyph lookup of the font's Unicode BMP cmap subtable (platform 3 encoding 1, or platform 0). */
function cmapFormat4(view: DataView, cmap: number): (codePoint: number) => number {
  let subtable = -1;
  const count = view.getUint16(cmap + 2);
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + 8 * i;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmap + view.getUint32(record + 4);
    if (view.getUint16(offset) === 4 && ((platform === 3 && encoding === 1) || platform === 0)) subtable = offset;
  }
  if (subtable < 0) throw new Error('font has no format 4 Unicode cmap');
  const segments = view.getUint16(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (codePoint) => {
    for (let s = 0; s < segments; s++) {
      if (view.getUint16(ends + 2 * s) < codePoint) continue;
      const start = view.getUint16(starts + 2 * s);
      if (start > codePoint) return 0;
      const delta = view.getUint16(deltas + 2 * s);
      const rangeOffset = view.getUint16(rangeOffsets + 2 * s);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + 2 * s + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** Width in pixels of a line of text at a font size, from advance widths (kerning ignored). */
export function textWidth(metrics: FontMetrics, text: string, fontSize: number): number {
  let units = 0;
  for (const char of text) units += metrics.advance(char.codePointAt(0) ?? 0);
  return (units * fontSize) / metrics.unitsPerEm;
}
