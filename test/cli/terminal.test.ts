import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeForTerminal, oneLine } from '../../src/cli/terminal.js';
import { cli } from '../helpers/cli.js';

describe('escapeForTerminal', () => {
  it.each([
    ['plain name.pdf', 'plain name.pdf'],
    ['a\nerror [x] b.pdf', 'a\\nerror [x] b.pdf'],
    ['\x1b[31mred\x1b[0m.txt', '\\e[31mred\\e[0m.txt'],
    ['bell\x07.txt', 'bell\\x07.txt'],
    ['c1\x9b2J.txt', 'c1\\x9b2J.txt'],
    ['report\u202etxt.exe', 'report\\u202etxt.exe'],
    ['Borough of King’s Lynn – é.pdf', 'Borough of King’s Lynn – é.pdf'],
  ])('%j -> %j', (text, shown) => {
    expect(escapeForTerminal(text)).toBe(shown);
  });

  it('folds a message spread over lines onto one', () => {
    expect(oneLine('Unexpected close tag\nLine: 3\nColumn: 12\n')).toBe('Unexpected close tag Line: 3 Column: 12');
  });
});

describe('cpc ingest with hostile file names', () => {
  it('prints one line per bad file, names escaped: a newline cannot forge a line, an escape cannot reach the terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-names-'));
    writeFileSync(join(dir, 'bad\nerror [forged] other.pdf'), 'not a pdf at all');
    writeFileSync(join(dir, '\x1b]0;owned\x07title.txt'), '');
    const { code, stderr } = await cli(['ingest', '.', '--format', 'json', '--no-cache', '--workers', '0'], dir);
    expect(code).toBe(1);
    expect(stderr.split('\n').filter((line) => line !== '')).toEqual([
      'error [empty-file] \\e]0;owned\\x07title.txt: the file is empty',
      'error [pdf-corrupt] bad\\nerror [forged] other.pdf: not a PDF (no %PDF- header)',
      '2 files: 0 ok, 0 warned, 2 failed',
    ]);
  });
});
