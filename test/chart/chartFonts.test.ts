import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { chartFontFiles, dejaVuFontFiles } from '../../src/chart/fonts.js';
import { parseFontMetrics } from '../../src/chart/fontMetrics.js';

/** The ranges scripts/subset-fonts.sh keeps, read from the script (`UNICODES='U+0020-007E,…'`). */
const KEPT: readonly (readonly [number, number])[] = (/^UNICODES='([^']+)'$/m.exec(readFileSync('scripts/subset-fonts.sh', 'utf8'))?.[1] ?? '')
  .split(',')
  .map((range) => range.replace(/U\+/g, '').split('-').map((hex) => Number.parseInt(hex, 16)) as [number, number]);

const png = (svg: string, fontFiles: string[]) =>
  new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, background: 'white', font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' } }).render().asPng();

const line = (text: string, weight: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="40"><text x="4" y="26" font-family="DejaVu Sans" font-weight="${weight}" font-size="13px">${text}</text></svg>`;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('the cut-down chart fonts (data/fonts)', () => {
  const [cutRegular, cutBold] = chartFontFiles().map((file) => parseFontMetrics(readFileSync(file)));
  const [regular, bold] = dejaVuFontFiles().map((file) => parseFontMetrics(readFileSync(file)));

  it('keep DejaVu Sans\'s advance width for every character they hold, in both weights', () => {
    expect(KEPT.length).toBeGreaterThan(5);
    for (const [from, to] of KEPT) {
      for (let code = from; code <= to; code++) {
        expect(cutRegular!.advance(code)).toBe(regular!.advance(code));
        expect(cutBold!.advance(code)).toBe(bold!.advance(code));
      }
    }
  });

  it('draw Latin text, Welsh and French letters, punctuation, currency and signs to the same pixels as the whole fonts', () => {
    const texts = ['Ynys Môn – Rhondda Cynon Taf; Wrexham ŵ ŷ', 'Côte “peer” ‘challenge’ … £4.5m € ≥ ≤ × → • ½ ™', 'The quick brown fox jumps over the lazy dog 0123456789 fi fl AV To'];
    for (const text of texts) {
      for (const weight of ['normal', 'bold']) expect(png(line(escape(text), weight), chartFontFiles()).equals(png(line(escape(text), weight), dejaVuFontFiles()))).toBe(true);
    }
  });

  it('leave other characters to the whole fonts: Greek and Cyrillic in regular text are still drawn as DejaVu Sans draws them', () => {
    const text = 'Ωμέγα Кириллица';
    expect(png(line(text, 'normal'), chartFontFiles()).equals(png(line(text, 'normal'), dejaVuFontFiles()))).toBe(true);
    // and not as blanks: the text draws something beyond the white of an empty line
    expect(png(line(text, 'normal'), chartFontFiles()).equals(png(line('', 'normal'), chartFontFiles()))).toBe(false);
  });
});
