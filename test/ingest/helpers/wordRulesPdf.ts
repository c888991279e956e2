import { pdfFile } from './minimalPdf.js';

/**
 * A PDF whose pages draw text in each of the ways poppler's word rules (TextPage::addChar and TextWord) treat
 * apart: turned, mirrored and slanted text; duplicated (overlapping) glyphs, kerning back over a letter, character
 * and word spacing, rise, size and font changes inside a word, invisible, off-page, tiny, NUL and white-space
 * characters; spacing accents drawn over or under letters (ASCII ones, and Latin-1 ones only poppler's own
 * character table can judge); a Type 3 font (whose size poppler guesses from its "m") and a vertical CID font;
 * ActualText spans, the last left open over the next page (whose text it takes). The addon's words must be
 * poppler's own on every page.
 *
 * Each page's content-stream operators, in order; fonts: F1 Helvetica, F2 Helvetica-Bold, F3 Courier (WinAnsi), T3
 * the Type 3 font (glyphs a, m, n and space), V the vertical font (Identity-V, codes = Unicode).
 */
export const WORD_RULE_PAGES: readonly (readonly string[])[] = [
  // turned, mirrored, slanted
  [
    'BT /F1 12 Tf 0 1 -1 0 300 200 Tm (Turned a quarter) Tj ET',
    'BT /F1 12 Tf -1 0 0 -1 400 500 Tm (Upside down) Tj ET',
    'BT /F1 12 Tf 0 -1 1 0 100 600 Tm (Turned back) Tj ET',
    'BT /F1 12 Tf -100 Tz 300 700 Td (Mirrored) Tj ET',
    'BT /F1 12 Tf 0.7 0.7 -0.7 0.7 200 300 Tm (Slanted text) Tj ET',
  ],
  // duplicates, kerning, spacing, rise, size and font changes, invisible, off-page, tiny, NUL and white space
  [
    'BT /F1 12 Tf 72 700 Td (Bold by overlap) Tj ET',
    'BT /F1 12 Tf 72.3 700 Td (Bold by overlap) Tj ET',
    'BT /F1 12 Tf 72 680 Td [(A) 600 (BC) -2000 (D) 300 (E)] TJ ET',
    'BT /F1 12 Tf 2 Tc 5 Tw 80 Tz 72 660 Td (Spaced out words) Tj ET',
    'BT /F1 12 Tf 72 640 Td 3 Ts (raised) Tj 0 Ts (level) Tj ET',
    'BT /F1 12 Tf 72 620 Td (Big) Tj /F1 8 Tf (small) Tj /F2 8 Tf (bold) Tj ET',
    'BT /F1 12 Tf 3 Tr 72 600 Td (invisible words) Tj ET',
    'BT /F1 12 Tf 560 580 Td (Off the edge of the page) Tj ET',
    'BT /F1 1 Tf 72 560 Td (tiny text here) Tj ET',
    'BT /F1 12 Tf 72 540 Td (a\\000b c\\240d e\\tf) Tj ET',
  ],
  // spacing accents over and under ASCII letters, and a backquote beside one
  [
    'BT /F1 12 Tf 72 700 Td [(caf) (e) 440 (\\264)] TJ ET',
    'BT /F1 12 Tf 72 680 Td [(na) (\\250) 333 (ive)] TJ ET',
    'BT /F1 12 Tf 72 660 Td (don`t) Tj ET',
    'BT /F1 12 Tf 72 640 Td [(\\270) 278 (c) (a)] TJ ET',
  ],
  // spacing accents over and under a Latin-1 letter: poppler's character table decides
  ['BT /F1 12 Tf 72 700 Td (plain words) Tj ET', 'BT /F1 12 Tf 72 680 Td [(\\370) 440 (\\264)] TJ ET', 'BT /F1 12 Tf 72 660 Td [(\\264) 333 (\\370)] TJ ET'],
  // a Type 3 font
  ['BT /T3 12 Tf 72 700 Td (mama nan) Tj ET', 'BT /T3 24 Tf 72 650 Td (man) Tj /F1 12 Tf (and Helvetica) Tj ET'],
  // vertical writing
  ['BT /V 12 Tf 300 700 Td <0056004500520054> Tj ET', 'BT /V 12 Tf 200 700 Td <00610020006200630064> Tj ET', 'BT /F1 12 Tf 72 100 Td (level text) Tj ET'],
  // ActualText: a ligature spelled out, a span inside a line, a span left open
  [
    '/Span << /ActualText <FEFF00660069> >> BDC BT /F1 12 Tf 72 700 Td (xy) Tj ET EMC',
    'BT /F1 12 Tf 72 680 Td (before ) Tj /Span << /ActualText (spelled) >> BDC (sp lt) Tj EMC ( after) Tj ET',
    '/Span << /ActualText (open) >> BDC BT /F1 12 Tf 72 660 Td (never closed) Tj ET',
  ],
  // after the open span
  ['BT /F1 12 Tf 72 700 Td (the next page) Tj ET', 'EMC', 'BT /F1 12 Tf 72 680 Td (after it closed) Tj ET'],
];

/** A page's content-stream operators, and the fonts its resources declare (all four when not said). */
export type RulePage = readonly string[] | { readonly operators: readonly string[]; readonly fonts: readonly RuleFont[] };
/** F1 Helvetica, F2 Helvetica-Bold, F3 Courier (WinAnsi), T3 the Type 3 font, V the vertical font. */
export type RuleFont = 'F1' | 'F2' | 'F3' | 'T3' | 'V';

/** An accent drawn over ø: whether it joins the letter, only poppler's character table says. */
export const LATIN1_ACCENT = (y: number) => `BT /F1 12 Tf 72 ${y} Td [(\\370) 440 (\\264)] TJ ET`;

/**
 * Documents whose pages carry state to the next, or are drawn twice: an ActualText span left open before a page
 * read again by poppler's own TextOutputDev, or closed between two such pages; an accent in another font over ø
 * before a font the next page uses; a page drawn in a font it does not declare (drawn again on its own) that
 * leaves a span open, or before a page with a font of its own.
 */
export const CARRIED_STATE: Readonly<Record<string, readonly RulePage[]>> = {
  'a span left open before a page read again': [
    ['/Span << /ActualText (kept open) >> BDC BT /F1 12 Tf 72 700 Td (not closed here) Tj ET'],
    ['BT /F1 12 Tf 72 700 Td (Taken by the span) Tj ET', '/Span << /ActualText (W) >> BDC BT /F1 12 Tf 72 680 Td (V) Tj ET EMC', LATIN1_ACCENT(660)],
  ],
  'a span closed between two pages read again': [
    [LATIN1_ACCENT(700), '/Span << /ActualText (kept open) >> BDC BT /F1 12 Tf 72 600 Td (not closed here) Tj ET'],
    ['/Span << /ActualText (W) >> BDC BT /F1 12 Tf 72 680 Td (V) Tj ET EMC', 'BT /F1 12 Tf 72 660 Td (second page) Tj ET'],
    ['BT /F1 12 Tf 72 700 Td (Shown) Tj ET', LATIN1_ACCENT(680)],
  ],
  'an accent in another font on a page read again': [
    ['BT /F1 12 Tf 72 700 Td (\\370) Tj ET', 'BT /F2 12 Tf 74 700 Td (\\264) Tj ET', 'BT /F3 12 Tf 72 650 Td (Courier) Tj ET'],
    ['BT /F2 12 Tf 72 700 Td (Bold) Tj ET'],
  ],
  'a page in a font it does not declare, before one with a font of its own': [
    { operators: ['BT /F1 12 Tf 72 700 Td (Hello) Tj ET'], fonts: ['F1', 'F3', 'F2'] },
    { operators: ['BT /F3 12 Tf 72 700 Td (Undeclared) Tj ET', 'BT /F1 12 Tf 72 650 Td (World) Tj ET'], fonts: ['F1'] },
    { operators: ['BT /F2 12 Tf 72 700 Td (Bold) Tj ET'], fonts: ['F1', 'F2'] },
  ],
  'a page in a font it does not declare, leaving a span open': [
    { operators: ['BT /F1 12 Tf 72 700 Td (Hello) Tj ET'], fonts: ['F1', 'F3'] },
    { operators: ['BT /F1 12 Tf 72 700 Td (Start) Tj ET', 'BT /F3 12 Tf 72 680 Td (Undeclared) Tj ET', '/Span << /ActualText (kept open) >> BDC BT /F1 12 Tf 72 600 Td (end) Tj ET'], fonts: ['F1'] },
  ],
};

export function wordRulesPdf(pages: readonly RulePage[] = WORD_RULE_PAGES): Uint8Array {
  const objects: [number, string][] = [];
  let next = 1;
  const add = (body: string) => {
    objects.push([next, body]);
    return next++;
  };
  const stream = (content: string, dict = '') => add(`<< /Length ${content.length}${dict} >>\nstream\n${content}\nendstream`);
  const catalog = add('');
  const catalogPages = add('');
  const helvetica = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const courier = add('<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>');
  const glyph = (width: number) => stream(`${width} 0 0 0 ${width} 700 d1 0 0 ${width} 700 re f`);
  const procs = { space: glyph(250), a: glyph(500), m: glyph(800), n: glyph(520) };
  const widths = Array.from({ length: 110 - 32 + 1 }, (_, i) => ({ 32: 250, 97: 500, 109: 800, 110: 520 })[i + 32] ?? 0);
  const type3 = add(
    `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /Resources << >> ` +
      `/CharProcs << /space ${procs.space} 0 R /a ${procs.a} 0 R /m ${procs.m} 0 R /n ${procs.n} 0 R >> ` +
      `/Encoding << /Type /Encoding /Differences [32 /space 97 /a 109 /m /n] >> /FirstChar 32 /LastChar 110 /Widths [${widths.join(' ')}] >>`,
  );
  const cmap =
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def ' +
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange ' +
    '1 beginbfrange <0020> <007E> <0020> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end';
  const toUnicode = stream(cmap);
  const descriptor = add('<< /Type /FontDescriptor /FontName /VerticalSans /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>');
  const cidFont = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /VerticalSans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> ` +
      `/FontDescriptor ${descriptor} 0 R /DW 1000 /CIDToGIDMap /Identity >>`,
  );
  const vertical = add(`<< /Type /Font /Subtype /Type0 /BaseFont /VerticalSans /Encoding /Identity-V /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`);
  const fontObjects: Record<RuleFont, number> = { F1: helvetica, F2: bold, F3: courier, T3: type3, V: vertical };
  const kids = pages.map((page) => {
    const { operators, fonts } = 'operators' in page ? page : { operators: page, fonts: ['F1', 'F2', 'F3', 'T3', 'V'] as const };
    const contents = stream(operators.join('\n'));
    const resources = `/Font << ${fonts.map((name) => `/${name} ${fontObjects[name]} 0 R`).join(' ')} >>`;
    return add(`<< /Type /Page /Parent ${catalogPages} 0 R /MediaBox [0 0 612 792] /Contents ${contents} 0 R /Resources << ${resources} >> >>`);
  });
  objects[catalog - 1] = [catalog, `<< /Type /Catalog /Pages ${catalogPages} 0 R >>`];
  objects[catalogPages - 1] = [catalogPages, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`];
  return pdfFile(objects, `/Root ${catalog} 0 R`);
}
