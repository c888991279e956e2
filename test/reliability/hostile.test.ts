import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium, SKIPPED, watchPage } from '../helpers/chromium.js';
import { buildHostileFolder, LOOP, REPO, unprivileged, UNREADABLE_CASE, type HostileCase } from '../helpers/hostile.js';

/**
 * `cpc run` over a folder of hostile files (test/fixtures/hostile/README.md), as a user runs it: a separate process.
 * Every bad file gets one line with its code, the rest are processed, and nothing half-written is left behind.
 */
const runner = unprivileged();
const canDenyReading = 'prefix' in runner;
const root = mkdtempSync(join(tmpdir(), 'cpc-hostile-'));
const OUT = join(root, 'out');
let cases: HostileCase[] = [];
let run: { status: number | null; stdout: string; stderr: string };

beforeAll(async () => {
  chmodSync(root, 0o777); // written by `nobody` when the suite runs as root
  cases = await buildHostileFolder(join(root, 'hostile'), { unreadable: canDenyReading });
  const prefix = canDenyReading ? runner.prefix : [];
  const command = [...prefix, process.execPath, join(REPO, 'bin/cpc.js'), 'run', 'hostile', '--out', 'out'];
  const result = spawnSync(command[0]!, command.slice(1), { cwd: root, encoding: 'utf8', env: { ...process.env, HOME: root }, timeout: 300_000 });
  run = { status: result.status, stdout: result.stdout, stderr: result.stderr };
}, 320_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const shown = (file: string) => `hostile/${file}`;
const linesOf = (text: string) => text.split('\n').filter((line) => line !== '');

describe('cpc run over a folder of hostile files', () => {
  it('exits 1 (some files failed), not with a crash', () => {
    expect(run.stderr).not.toMatch(/\n\s+at |TypeError|RangeError|Unhandled|FATAL/);
    expect(run.status).toBe(1);
  });

  it('reports each failed file on exactly one line, naming it and its code', () => {
    const errors = linesOf(run.stderr).filter((line) => line.startsWith('error '));
    const failed = cases.filter((c) => c.outcome === 'failed');
    for (const c of failed) {
      expect(errors.filter((line) => line.includes(` ${shown(c.file)}:`)), c.file).toEqual([expect.stringMatching(new RegExp(`^error \\[${c.code}\\] `))]);
    }
    expect(errors).toHaveLength(failed.length);
  });

  it('warns about each warned file with its code, and about the symlink loop once', () => {
    const warnings = linesOf(run.stderr).filter((line) => line.startsWith('warning '));
    for (const c of cases.filter((k) => k.outcome === 'warned')) {
      expect(warnings, c.file).toContainEqual(expect.stringMatching(new RegExp(`^warning \\[${c.code}\\] ${escape(shown(c.file))}: `)));
    }
    expect(warnings.filter((line) => line.startsWith('warning [symlink-loop]'))).toEqual([expect.stringContaining(`${shown(LOOP)}/inner/back-up`)]);
  });

  it('says nothing on stderr but the per-file lines and the summary', () => {
    for (const line of linesOf(run.stderr)) expect(line).toMatch(/^(?:error|warning) \[[a-z-]+\] \S|^\d+ files: /);
  });

  it('counts ok, warned and failed files in the summary', () => {
    const count = (outcome: string) => cases.filter((c) => c.outcome === outcome).length;
    expect(linesOf(run.stderr).at(-1)).toBe(`${cases.length} files: ${count('ok')} ok, ${count('warned')} warned (1 duplicate), ${count('failed')} failed`);
  });

  it.skipIf(!canDenyReading)('reports a file it may not read as unreadable', () => {
    expect(run.stderr).toContain(`error [unreadable] ${shown(UNREADABLE_CASE.file)}: cannot read (permission denied)`);
  });
  if ('reason' in runner) it.skip(`reports a file it may not read as unreadable (skipped: ${runner.reason})`, () => {});

  it('processes the readable files, each once, with its council', () => {
    const documents = linesOf(readFileSync(join(OUT, 'corpus.jsonl'), 'utf8')).map((line) => JSON.parse(line) as { file: string; council: { gssCode: string } | null });
    const kept = cases.filter((c) => c.outcome === 'ok' || (c.outcome === 'warned' && c.code !== 'duplicate-document'));
    expect(documents.map((d) => d.file)).toEqual(kept.map((c) => shown(c.file)));
    for (const c of kept.filter((k) => k.gss !== undefined)) {
      expect(documents.find((d) => d.file === shown(c.file))?.council?.gssCode, c.file).toBe(c.gss);
    }
  });

  it('leaves no temporary file and no lock behind', () => {
    const all = walk(OUT).map((file) => relative(OUT, file));
    expect(all.filter((file) => /\.tmp$|\.cpc\.lock$/.test(file))).toEqual([]);
    for (const file of ['corpus.jsonl', 'recommendations.csv', 'run.json', 'briefing.html', 'briefing.md', 'charts/confusion-matrix.svg']) expect(all).toContain(file);
  });

  it('keeps scripts, handlers and forms of a web page out of the corpus', () => {
    const page = linesOf(readFileSync(join(OUT, 'corpus.jsonl'), 'utf8')).find((line) => line.includes('"hostile/scripts.html"'))!;
    for (const trace of ['alert(', 'evil.example', 'pwned', 'onload', 'javascript:', 'Please enable']) expect(page).not.toContain(trace);
    expect(JSON.parse(page).recommendations.map((r: { text: string }) => r.text)).toEqual([
      'Refresh the corporate plan so that it sets out clear priorities for the district.',
      'Develop the medium term financial strategy to close the gap in 2020/21.',
      'Invest in organisational development to build capacity for change.',
    ]);
  });

  it('neutralises formula payloads in every CSV cell (they start with an apostrophe)', () => {
    const csvs = readdirSync(OUT).filter((file) => file.endsWith('.csv'));
    for (const file of csvs) {
      const rows = parse(readFileSync(join(OUT, file), 'utf8'), { relax_column_count: false }) as string[][];
      for (const cell of rows.flat()) expect(cell, `${file}: ${cell}`).not.toMatch(/^[=+@\t\r]|^-(?!\d+(?:\.\d+)?$)/);
    }
    const recommendations = readFileSync(join(OUT, 'recommendations.csv'), 'utf8');
    for (const payload of [`'=HYPERLINK(`, `'+cmd|`, `'@SUM(1+1)`, `'-2+3+cmd|`]) expect(recommendations).toContain(payload);
  });

  it('escapes HTML payloads in the briefing page and its Markdown', () => {
    const html = readFileSync(join(OUT, 'briefing.html'), 'utf8');
    expect(html).not.toContain('<script>window.__cpcPwned');
    expect(html).not.toMatch(/<img[^>]*onerror/);
    expect(html).toMatch(/&(?:lt|#60);script&(?:gt|#62);window\.__cpcPwned = 1/);
    const markdown = readFileSync(join(OUT, 'briefing.md'), 'utf8');
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toMatch(/<img[^>]*onerror/);
  });

  describe.skipIf(!chromiumAvailable)(`the briefing page in Chromium${chromiumAvailable ? '' : ` (${SKIPPED})`}`, () => {
    it('shows the payloads as literal text and runs none of them', async () => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        const log = watchPage(page);
        await page.goto(pathToFileURL(join(OUT, 'briefing.html')).href);
        await page.waitForSelector('html[data-charts-ready]', { timeout: 30_000 });
        await expect(page.getByText('<script>window.__cpcPwned = 1</script>Build partnerships').first().isVisible()).resolves.toBe(true);
        expect(await page.locator('img[onerror], img[src="x"]').count()).toBe(0);
        expect(await page.evaluate(() => (globalThis as { __cpcPwned?: number }).__cpcPwned)).toBeUndefined();
        expect(log).toEqual({ errors: [], dialogs: [], requests: [] });
      } finally {
        await browser.close();
      }
    }, 60_000);
  });
});

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
