import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvPieces, neutralise, toCsv } from '../../src/export/csv.js';
import { sampleRun } from '../helpers/shared.js';

describe('CSV cells that a spreadsheet would run as formulas', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+SUM(A1:A9)', `'+SUM(A1:A9)`],
    ['-2+3', `'-2+3`],
    ['@cmd', `'@cmd`],
    ['\tleading tab', `'\tleading tab`],
    ['\rleading return', `'\rleading return`],
  ])('%j is neutralised', (cell, expected) => {
    expect(neutralise(cell)).toBe(expected);
  });

  it.each(['-12', '-0.5', 'Develop a narrative', 'costs £4m – ’22', ''])('%j is left alone', (cell) => {
    expect(neutralise(cell)).toBe(cell);
  });

  it('survives a round trip through a CSV parser, with the payload inert', () => {
    const csv = toCsv(['id', 'text'], [['r1', '=cmd|\' /C calc\'!A0'], ['r2', 'a "quoted", comma']]);
    expect(parse(csv, { columns: true })).toEqual([
      { id: 'r1', text: "'=cmd|' /C calc'!A0" },
      { id: 'r2', text: 'a "quoted", comma' },
    ]);
  });

  it('starts with a byte-order mark only when asked (Excel)', () => {
    expect(toCsv(['a'], [['£']], { bom: true }).startsWith('\ufeffa\n£')).toBe(true);
    expect(toCsv(['a'], [['£']]).startsWith('a\n')).toBe(true);
  });
});

describe('a large table in pieces', () => {
  const rows = Array.from({ length: 1234 }, (_, i) => [`r${i}`, i % 7 === 0 ? ' padded ' : `text ${i}, with a comma`, i / 3]);

  it('is the whole text, cut between rows, a hundred rows a piece, and can be read again', () => {
    const pieces = csvPieces(['id', 'text', 'score'], rows, { bom: true });
    const read = [...pieces];
    expect(read.length).toBe(1 + Math.ceil(1234 / 100));
    expect(read.every((piece) => piece.endsWith('\n'))).toBe(true);
    expect(read.join('')).toBe(toCsv(['id', 'text', 'score'], rows, { bom: true }));
    expect([...pieces].join('')).toBe(read.join(''));
    const parsed = parse(read.join('').slice(1), { columns: true }) as { id: string; text: string }[];
    expect(parsed).toHaveLength(1234);
    expect(parsed[7]).toEqual({ id: 'r7', text: ' padded ', score: '2.3333' });
  });
});

/** The CSV files of `cpc run data/sample`, pinned: they change only on purpose (UPDATE_GOLDEN=1 rewrites them). */
describe('golden CSV files of the sample run', () => {
  let out: string;
  const golden = new URL('../fixtures/export/golden/', import.meta.url).pathname;
  beforeAll(async () => {
    const run = await sampleRun();
    expect(run.code, run.stderr).toBe(0);
    out = run.out;
  }, 120_000);

  for (const file of ['recommendations.csv', 'recommendation-themes.csv', 'themes-by-council.csv', 'themes-by-council-current.csv', 'issues-by-council.csv', 'documents.csv']) {
    it(file, () => {
      const written = readFileSync(join(out, file), 'utf8');
      if (process.env.UPDATE_GOLDEN === '1') {
        mkdirSync(golden, { recursive: true });
        writeFileSync(join(golden, file), written);
      }
      expect(written).toBe(readFileSync(join(golden, file), 'utf8'));
    });
  }
});

describe('the CSV writer', () => {
  // csv-stringify with the options cpc used before writing CSV itself: the files must not change.
  const cells = ['plain', '', 'a,b', 'say "no"', '"', 'two\nlines', 'cr\r', ' lead', 'trail ', '\tx', 'x\u00a0', 'é’£', ',', '""', 'a, "b"\r\nc'];

  it('quotes and escapes every cell as csv-stringify does', () => {
    const rows = cells.map((cell, i) => [`r${i}`, cell, cells[(i * 7) % cells.length] as string]);
    const expected = stringify([['id', 'a', 'b'], ...rows.map((row) => row.map(neutralise))], { record_delimiter: '\n', quoted_match: /^[\s]|[\s]$/ });
    expect(toCsv(['id', 'a', 'b'], rows)).toBe(expected);
  });

  it('reads back cell for cell', () => {
    const rows = cells.map((cell) => [cell, 'x']);
    expect(parse(toCsv(['a', 'b'], rows))).toEqual([['a', 'b'], ...rows.map((row) => row.map(neutralise))]);
  });
});
