import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataDictionaryMarkdown } from '../../src/export/dataDictionary.js';
import { TABLES } from '../../src/export/tables.js';

const README = new URL('../../output/README.md', import.meta.url).pathname;
const START = '<!-- columns: generated from src/export/tables.ts by test/export/dataDictionary.test.ts (UPDATE_GOLDEN=1) -->';
const END = '<!-- end of columns -->';

describe('the data dictionary in output/README.md', () => {
  it('is the tables\' one description, column for column (UPDATE_GOLDEN=1 rewrites it)', () => {
    const readme = readFileSync(README, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, 'the README marks the generated columns').toBeGreaterThan(0);
    const generated = `${START}\n\n${dataDictionaryMarkdown(Object.values(TABLES))}\n${END}`;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(README, readme.slice(0, start) + generated + readme.slice(end + END.length));
    expect(readFileSync(README, 'utf8').slice(start, readFileSync(README, 'utf8').indexOf(END) + END.length)).toBe(generated);
  });

  it('names every column of every table once, with a type and a meaning', () => {
    const text = dataDictionaryMarkdown(Object.values(TABLES));
    for (const table of Object.values(TABLES)) {
      for (const field of table.fields) expect(text).toContain(`| \`${field.name}\` | ${field.type}`);
    }
  });
});
