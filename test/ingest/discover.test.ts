import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/ingest/discover.js';

let root: string;
const at = (path: string) => `${root}/${path}`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cpc-discover-'));
  for (const dir of ['reports/2019', 'reports/2024/sub', 'other']) mkdirSync(join(root, dir), { recursive: true });
  const files: Record<string, string> = {
    'reports/2019/stockton.pdf': '%PDF-1.4',
    'reports/2019/Stockton.HTML': '<p>x</p>',
    'reports/2019/manifest.csv': 'file,council\n',
    'reports/2019/photo.png': 'png',
    'reports/2019/.DS_Store': 'x',
    'reports/2024/stockport.docx': 'PK',
    'reports/2024/sub/notes.md': '# notes',
    'reports/2024/sub/notes.txt': 'notes',
    'other/a.txt': 'a',
  };
  for (const [path, content] of Object.entries(files)) writeFileSync(join(root, path), content);
  symlinkSync(join(root, 'reports'), join(root, 'reports/2024/sub/back-to-top'));
  symlinkSync(join(root, 'reports/2024/sub/notes.txt'), join(root, 'reports/2019/notes-link.txt'));
  symlinkSync(join(root, 'nowhere.txt'), join(root, 'reports/2019/broken.txt'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('discoverFiles', () => {
  it('walks folders recursively, keeps supported files once, sorted, and notices a symlink loop', async () => {
    const { files, warnings, errors } = await discoverFiles(['reports'], root);
    expect(files).toEqual([
      at('reports/2019/Stockton.HTML'),
      at('reports/2019/stockton.pdf'),
      at('reports/2024/stockport.docx'),
      at('reports/2024/sub/notes.md'),
      at('reports/2019/notes-link.txt'),
    ].sort());
    expect(errors).toEqual([]);
    expect(warnings).toContainEqual({ code: 'symlink-loop', message: expect.stringContaining('reports'), file: 'reports/2024/sub/back-to-top' });
    expect(warnings).toContainEqual({ code: 'skipped-file', message: 'not a format cpc reads', file: 'reports/2019/photo.png' });
    expect(warnings).toContainEqual({ code: 'skipped-file', message: 'broken symbolic link', file: 'reports/2019/broken.txt' });
    expect(warnings.some((w) => w.file?.endsWith('manifest.csv') || w.file?.endsWith('.DS_Store'))).toBe(false);
  });

  it('takes named files as they are and expands globs', async () => {
    const { files, errors } = await discoverFiles(['other/a.txt', 'reports/**/*.md', `${root}/reports/2019/photo.png`], root);
    expect(files).toEqual([at('other/a.txt'), at('reports/2019/photo.png'), at('reports/2024/sub/notes.md')]);
    expect(errors).toEqual([]);
  });

  it('lists a file named twice, or reached by two routes, once', async () => {
    const { files } = await discoverFiles(['other/a.txt', './other/a.txt', 'other', `${root}/other/a.txt`], root);
    expect(files).toEqual([at('other/a.txt')]);
  });

  it('reports a missing path or an empty glob as file-not-found, and carries on', async () => {
    const { files, errors } = await discoverFiles(['missing.pdf', 'nothing/**/*.pdf', 'other'], root);
    expect(files).toEqual([at('other/a.txt')]);
    expect(errors.map((e) => [e.code, e.file])).toEqual([
      ['file-not-found', 'missing.pdf'],
      ['file-not-found', 'nothing/**/*.pdf'],
    ]);
  });
});

describe('discoverFiles: only what the paths given hold', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cpc-discover-only-'));
    mkdirSync(join(dir, 'docs/output'), { recursive: true });
    mkdirSync(join(dir, 'docs/cache'), { recursive: true });
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'docs/report.txt'), 'report');
    writeFileSync(join(dir, 'elsewhere/secret.txt'), 'secret');
    for (const name of ['run.json', 'corpus.jsonl', 'briefing.html']) writeFileSync(join(dir, 'docs/output', name), '{}');
    writeFileSync(join(dir, 'docs/cache/entry.txt'), 'cached');
    symlinkSync(join(dir, 'elsewhere/secret.txt'), join(dir, 'docs/secret-link.txt'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'docs/elsewhere-link'));
    symlinkSync('/dev/zero', join(dir, 'docs/zero.txt'));
    execFileSync('mkfifo', [join(dir, 'docs/pipe.txt')]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('follows no link out of the paths given, reads no pipe or device, and never an output folder or an excluded one', async () => {
    const { files, warnings, errors } = await discoverFiles(['docs'], dir, { exclude: [join(dir, 'docs/cache')] });
    expect(files).toEqual([`${dir}/docs/report.txt`]);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      { code: 'skipped-file', message: 'a symbolic link leading outside the paths given; not followed', file: 'docs/elsewhere-link' },
      { code: 'skipped-file', message: 'holds the outputs of a cpc run (run.json, corpus.jsonl); not read', file: 'docs/output' },
      { code: 'skipped-file', message: 'a named pipe, not a regular file; not read', file: 'docs/pipe.txt' },
      { code: 'skipped-file', message: 'a symbolic link leading outside the paths given; not followed', file: 'docs/secret-link.txt' },
      { code: 'skipped-file', message: 'a symbolic link leading outside the paths given; not followed', file: 'docs/zero.txt' },
    ]);
  });

  it('follows links out of the paths given when asked, and takes a link inside them', async () => {
    const followed = await discoverFiles(['docs'], dir, { followLinks: true, exclude: [join(dir, 'docs/cache')] });
    expect(followed.files).toEqual([`${dir}/docs/elsewhere-link/secret.txt`, `${dir}/docs/report.txt`]);
    expect(followed.warnings).toContainEqual({ code: 'skipped-file', message: 'links to a device, not a regular file; not read', file: 'docs/zero.txt' });
    // the secret file is inside the paths given now: listed once, by the first of its three routes
    const both = await discoverFiles(['docs', 'elsewhere'], dir, { exclude: [join(dir, 'docs/cache')] });
    expect(both.files).toEqual([`${dir}/docs/elsewhere-link/secret.txt`, `${dir}/docs/report.txt`]);
    expect(both.warnings.filter((w) => w.message.startsWith('a symbolic link leading outside')).map((w) => w.file)).toEqual(['docs/zero.txt']);
  });
});
