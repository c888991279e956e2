import { describe, expect, it } from 'vitest';
import { parseCodebook } from '../../src/classify/parseCodebook.js';
import { parseCrosswalk } from '../../src/classify/parseCrosswalk.js';
import { isCpcError } from '../../src/errors.js';
import { loadCodebooks } from '../../src/resources/codebooks.js';
import { CLASSIC_THEMES, CURRENT_THEMES, THEME_LABELS } from '../../src/vocabulary.js';
import { readRoot } from './setup.js';

function error(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (e) {
    if (isCpcError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a CpcError');
}

describe('shipped codebooks', () => {
  it('load and validate, with the LGA labels, a version, seeds and heading patterns', async () => {
    const { classic, current, crosswalk } = await loadCodebooks();
    expect(classic.themes.map((t) => t.id)).toEqual([...CLASSIC_THEMES]);
    expect(current.themes.map((t) => t.id)).toEqual([...CURRENT_THEMES]);
    for (const theme of [...classic.themes, ...current.themes]) {
      expect(theme.label).toBe(THEME_LABELS[theme.id]);
      expect(theme.question).toMatch(/\?$/);
      expect(theme.terms.length + theme.phrases.length).toBeGreaterThan(30);
      const matches = (line: string) => theme.headings.some((h) => new RegExp(h, 'i').test(line));
      expect(matches(`${theme.label}: Does the council...?`)).toBe(true);
      expect(matches(`4.2 ${theme.label}`)).toBe(true);
      expect(matches(`The council's ${theme.label.toLowerCase()} is improving.`)).toBe(false);
    }
    expect(classic.version).toMatch(/\S/);
    expect(crosswalk.mappings.every((m) => m.note.length > 0)).toBe(true);
  });

  it('map organisational leadership from governance to organisational and place leadership', async () => {
    const { crosswalk } = await loadCodebooks();
    const fromGovernance = crosswalk.mappings.filter((m) => m.classic === 'governance').map((m) => m.current);
    expect(fromGovernance).toEqual(['governance-culture', 'organisational-place-leadership']);
  });
});

const CLASSIC = readRoot('data/codebooks/classic.yaml');

describe('parseCodebook failures name the field and the value', () => {
  it.each([
    ['an unknown theme id', CLASSIC.replace('id: finance', 'id: money'), /themes\.2\.id: .*"money"/],
    ['a theme of the other framework', CLASSIC.replace('id: finance', 'id: financial-management'), /themes\.2\.id: "financial-management" is not a theme of the classic framework/],
    ['a repeated theme', CLASSIC.replace('id: finance', 'id: governance'), /"governance" is listed twice/],
    ['a bad heading pattern', CLASSIC.replace("capacity to deliver\\b'", "capacity (to deliver'"), /themes\.4\.headings\.0: not a valid regular expression \(got ".*capacity \(to deliver"\)/],
    ['a multi-word term', CLASSIC.replace('[budget, budgets,', '[budget plan, budgets,'), /themes\.2\.terms\.0: a term is one word.*\(got "budget plan"\)/],
    ['a missing version', CLASSIC.replace(/^version: .*$/m, ''), /version: .*\(got|version/],
    ['an unknown field', CLASSIC.replace('framework: classic', 'framework: classic\ncolour: red'), /colour/],
    ['broken YAML', 'themes: [unclosed', /not valid YAML/],
  ])('%s', (_name, text, message) => {
    const e = error(() => parseCodebook(text, 'classic.yaml'));
    expect(e.code).toBe('invalid-codebook');
    expect(e.message).toMatch(/^classic\.yaml: /);
    expect(e.message).toMatch(message);
  });

  it('a missing theme', () => {
    const withoutCapacity = CLASSIC.slice(0, CLASSIC.indexOf('  - id: capacity'));
    expect(error(() => parseCodebook(withoutCapacity, 'c.yaml')).message).toBe('c.yaml: themes: missing "capacity"');
  });
});

describe('parseCrosswalk failures', () => {
  const CROSSWALK = readRoot('data/codebooks/crosswalk.yaml');
  it.each([
    ['weights not summing to 1', CROSSWALK.replace('weight: 0.6', 'weight: 0.5'), /"governance" sum to 0\.9, not 1/],
    ['a weight out of range', CROSSWALK.replace('weight: 0.6', 'weight: 1.6'), /mappings\.3\.weight: .*\(got 1\.6\)/],
    ['an unknown current theme', CROSSWALK.replace('current: financial-management', 'current: money'), /mappings\.2\.current: .*"money"/],
    ['an unmapped current theme', CROSSWALK.replace('current: financial-management', 'current: local-priorities'), /current theme "financial-management" is not mapped|listed twice/],
  ])('%s', (_name, text, message) => {
    const e = error(() => parseCrosswalk(text, 'crosswalk.yaml'));
    expect(e.code).toBe('invalid-codebook');
    expect(e.message).toMatch(message);
  });
});
