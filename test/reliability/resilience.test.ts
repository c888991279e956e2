import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { REPO } from '../helpers/hostile.js';
import { absurdNumberingDocx, nestedHtml, pdfStreamBomb, tinyParagraphsDocx } from '../helpers/hostileGenerators.js';
import { runMeasured, type MeasuredRun } from '../helpers/processTree.js';
import { sharedFile } from '../helpers/shared.js';
import { popplerAddon } from '../../src/ingest/popplerPages.js';

/**
 * The resilience suite: hostile files of every class the robustness issue names, built here by small generators,
 * read by `cpc run` in a process of its own among good files, with the default memory ceiling. The promises: no
 * crash, no hang past the time limit, one line per bad file with its code, the good files' records unchanged, the
 * whole process tree under 1.5 GB, nothing outside the paths given read, and the same bytes under any locale.
 * The runs measured (memory, locale) are processes of their own; the others run in this process.
 */
const root = mkdtempSync(join(tmpdir(), 'cpc-resilience-'));
const GOOD = ['stoke-on-trent-2016-feedback-report.pdf', 'stockton-on-tees-2019-cabinet-decision.docx', 'stockport-2024-revisit-scrutiny-report.html', 'sevenoaks-2020-proposal-report.txt'];
const GB = 1024 ** 3;
/**
 * Per-file time limit for the suite's runs: the slowest hostile file (deep HTML) takes minutes without it, and runs
 * to the limit with it (processor time), so the limit is kept low.
 */
const TIMEOUT_S = '5';

const cpc = (args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<MeasuredRun> =>
  runMeasured(process.execPath, [join(REPO, 'bin/cpc.js'), ...args], { cwd, env });
const lines = (text: string) => text.split('\n').filter((line) => line !== '');
const recordsOf = (corpus: string) => lines(corpus).map((line) => JSON.parse(line) as { file: string; sha256: string });

let baseline: Map<string, string>;
let hostile: MeasuredRun;

beforeAll(async () => {
  // the good files alone, for the records they must keep
  mkdirSync(join(root, 'good'));
  for (const name of GOOD) copyFileSync(join(REPO, 'data/sample', name), join(root, 'good', name));
  const alone = await cli(['ingest', '.', '--out', '../good-corpus.jsonl', '--no-cache'], join(root, 'good'));
  expect(alone.code, alone.stderr).toBe(0);
  baseline = new Map(recordsOf(readFileSync(join(root, 'good-corpus.jsonl'), 'utf8')).map((r) => [r.file, JSON.stringify(r)]));

  // the same good files among hostile ones of every class
  const docs = join(root, 'docs');
  mkdirSync(docs);
  for (const name of GOOD) copyFileSync(join(REPO, 'data/sample', name), join(docs, name));
  writeFileSync(join(docs, 'absurd-numbering.docx'), await absurdNumberingDocx()); // a counting loop without end
  writeFileSync(join(docs, 'tiny-paragraphs.docx'), await sharedFile('tiny-paragraphs-1400000.docx', () => tinyParagraphsDocx(1_400_000))); // 150 KB -> 49 MB of XML
  writeFileSync(join(docs, 'deep.html'), nestedHtml(150_000)); // quadratic to parse
  writeFileSync(join(docs, 'stream-bomb.pdf'), pdfStreamBomb(200)); // 200 MB of text operators deflated
  execFileSync('mkfifo', [join(docs, 'pipe.txt')]); // blocks forever when opened for reading
  symlinkSync('/etc/hostname', join(docs, 'system.txt')); // a file outside the paths given
  symlinkSync('/dev/zero', join(docs, 'zero.txt')); // endless
  hostile = await cpc(['run', 'docs', 'docs/pipe.txt', '/dev/zero', '--out', 'out', '--no-cache', '--timeout', TIMEOUT_S], root);
}, 600_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('cpc run over hostile files of every class, among good ones', () => {
  it('ends with exit 1 (some files failed): no crash, no stack trace', () => {
    expect(hostile.signal).toBeNull();
    expect(hostile.stderr).not.toMatch(/\n\s+at |FATAL|heap out of memory|Unhandled/);
    expect(hostile.status).toBe(1);
  });

  it('gives each bad file one line with its code', () => {
    const errors = lines(hostile.stderr).filter((line) => line.startsWith('error '));
    expect(errors.map((line) => /^error \[([a-z-]+)\] (\S+):/.exec(line)?.slice(1, 3))).toEqual([
      ['not-a-file', '/dev/zero'],
      ['timeout', 'docs/deep.html'],
      ['not-a-file', 'docs/pipe.txt'],
      // poppler reaches the text limit within the time limit; pdf.js, slower, may reach the time limit first
      [popplerAddon() === null ? expect.stringMatching(/^(too-large|timeout)$/) : 'too-large', 'docs/stream-bomb.pdf'],
      [expect.stringMatching(/^(too-large|timeout)$/), 'docs/tiny-paragraphs.docx'],
    ]);
    expect(lines(hostile.stderr).filter((line) => / (docs\/(system|zero|pipe)\.txt):/.test(line) && line.startsWith('warning '))).toEqual([
      'warning [skipped-file] docs/pipe.txt: a named pipe, not a regular file; not read',
      'warning [skipped-file] docs/system.txt: a symbolic link leading outside the paths given; not followed',
      // /dev/zero is among the paths given, so the link is followed to it, and refused there
      'warning [skipped-file] docs/zero.txt: links to a device, not a regular file; not read',
    ]);
    expect(lines(hostile.stderr).at(-1)).toMatch(/^\d+ files: \d+ ok, \d+ warned, 5 failed$/);
  });

  it('reads every good file as it reads it alone, and the file that only looked hostile', () => {
    const records = recordsOf(readFileSync(join(root, 'out/corpus.jsonl'), 'utf8'));
    const good = records.filter((r) => GOOD.includes(r.file.replace(/^docs\//, '')));
    expect(good.map((r) => JSON.stringify(r).replaceAll('"docs/', '"')).sort()).toEqual(GOOD.map((name) => baseline.get(name)).sort());
    expect(records.map((r) => r.file)).toContain('docs/absurd-numbering.docx');
    expect(records.map((r) => r.file).filter((file) => /system|zero|pipe/.test(file))).toEqual([]);
  });

  it('keeps the whole process tree under 1.5 GB with the default memory ceiling', () => {
    expect(hostile.peakTreeRss).toBeGreaterThan(0);
    expect(hostile.peakTreeRss).toBeLessThan(1.5 * GB);
  });

  it('records the limits it ran under in run.json', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'out/run.json'), 'utf8')) as { options: { limits: Record<string, number> } };
    expect(manifest.options.limits).toMatchObject({ maxMemoryBytes: 800 * 1024 * 1024, timeoutMs: Number(TIMEOUT_S) * 1000 });
  });
});

describe('a run inside its own documents folder', () => {
  it('never reads its own outputs back as documents', async () => {
    const dir = join(root, 'self');
    mkdirSync(dir);
    for (const name of GOOD) copyFileSync(join(REPO, 'data/sample', name), join(dir, name));
    const first = await cli(['run', '.', '--no-cache'], dir);
    expect(first.code, first.stderr).toBe(0);
    const second = await cli(['run', '.', '--no-cache'], dir);
    expect(second.code, second.stderr).toBe(0);
    expect(recordsOf(readFileSync(join(dir, 'output/corpus.jsonl'), 'utf8')).map((r) => r.file)).toEqual([...GOOD].sort());
  }, 120_000);
});

describe('any locale', () => {
  it('writes byte-identical outputs and the same stderr under LANG=C and LANG=tr_TR.UTF-8', async () => {
    const dir = join(root, 'locale');
    mkdirSync(dir);
    for (const name of GOOD) copyFileSync(join(REPO, 'data/sample', name), join(dir, name));
    // names whose order differs between locales: dotted and dotless i, case, accents
    for (const name of ['Ilkley.txt', 'ılgaz.txt', 'istanbul.txt', 'İzmir.txt', 'Zeta.txt', 'éclair.txt', 'echo.txt']) writeFileSync(join(dir, name), '');
    // a process each, since the locale is read at start-up; both at once
    const runIn = (lang: string, out: string) => cpc(['run', '.', '--out', `../out-${out}`, '--no-cache'], dir, { ...process.env, LANG: lang, LC_ALL: lang });
    const [c, tr] = await Promise.all([runIn('C', 'c'), runIn('tr_TR.UTF-8', 'tr')]);
    expect(tr.status).toBe(1);
    expect(tr.stderr).toBe(c.stderr);
    const files = (out: string) => readdirSync(join(root, `out-${out}`), { recursive: true }).map(String).filter((f) => !f.startsWith('.cache') && /\.\w+$/.test(f)).sort();
    expect(files('tr')).toEqual(files('c'));
    for (const file of files('c')) {
      const same = (out: string) => readFileSync(join(root, `out-${out}`, file)).toString('utf8').replaceAll('out-tr', 'out-c');
      expect(same('tr'), file).toBe(same('c'));
    }
  }, 120_000);
});
