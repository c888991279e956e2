import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dejaVuFontFiles } from '../../src/chart/fonts.js';
import { parseFontMetrics, textWidth } from '../../src/chart/fontMetrics.js';
import { themeLabel, topAxisLabels, wrapLabel } from '../../src/chart/labels.js';
import { normaliseSvg } from '../../src/chart/normaliseSvg.js';

describe('wrapLabel', () => {
  it.each([
    ['Capacity to deliver', 16, 'Capacity to|deliver'],
    ['Understanding of the local place and priority setting', 16, 'Understanding of|the local place|and priority|setting'],
    ['Unclassified', 16, 'Unclassified'],
    ['Extraordinarilylongword here', 8, 'Extraordinarilylongword|here'],
    ['A | B', 16, 'A / B'],
    ['', 16, ''],
  ])('wraps %j at %i as %j', (text, width, expected) => {
    expect(wrapLabel(text, width)).toBe(expected);
  });
});

describe('topAxisLabels', () => {
  it('pads every label to the same number of lines and pushes the axis up by their height', () => {
    const { labels, padding } = topAxisLabels(['Capacity to deliver', 'Unclassified', 'Financial planning and viability'], 16);
    expect(labels.get('Unclassified')).toBe('||Unclassified');
    expect(labels.get('Capacity to deliver')).toBe('|Capacity to|deliver');
    expect(labels.get('Financial planning and viability')).toBe('Financial|planning and|viability');
    expect(padding).toBe(3 * 13 + 2);
  });
});

describe('themeLabel', () => {
  it('uses the LGA wording, "Unclassified" for the marker and leaves an unknown id as is', () => {
    expect(themeLabel('finance')).toBe('Financial planning and viability');
    expect(themeLabel('unclassified')).toBe('Unclassified');
    expect(themeLabel('something-else')).toBe('something-else');
  });
});

describe('DejaVu Sans metrics', () => {
  const [regular, bold] = dejaVuFontFiles().map((file) => parseFontMetrics(readFileSync(file)));

  it('reads the advance widths of the font (digits 1303 of 2048 units, space 651, M 1767)', () => {
    expect(regular?.unitsPerEm).toBe(2048);
    expect(regular?.advance('0'.codePointAt(0)!)).toBe(1303);
    expect(regular?.advance(' '.codePointAt(0)!)).toBe(651);
    expect(regular?.advance('M'.codePointAt(0)!)).toBe(1767);
    expect(bold!.advance('0'.codePointAt(0)!)).toBeGreaterThan(1303);
  });

  it('measures text in pixels at a font size', () => {
    expect(textWidth(regular!, '00', 11)).toBeCloseTo((2 * 1303 * 11) / 2048, 6);
    expect(textWidth(regular!, 'iiii', 11)).toBeLessThan(textWidth(regular!, 'MMMM', 11));
  });
});

describe('normaliseSvg', () => {
  it('numbers clip paths and gradients from 1 and rewrites their references', () => {
    const svg = '<clipPath id="clip17"></clipPath><g clip-path="url(#clip17)"/><linearGradient id="gradient4"/><rect fill="url(#gradient4)"/><clipPath id="clip18"/><use href="#clip18"/>';
    expect(normaliseSvg(svg)).toBe(
      '<clipPath id="clip1"></clipPath><g clip-path="url(#clip1)"/><linearGradient id="gradient1"/><rect fill="url(#gradient1)"/><clipPath id="clip2"/><use href="#clip2"/>',
    );
  });

  it('leaves text and other attributes alone', () => {
    const svg = '<text aria-label="url(#clip9) id=&quot;clip9&quot;">id="clip9" url(#clip9)</text><g class="clip3"/>';
    expect(normaliseSvg(svg)).toBe(svg);
  });
});
