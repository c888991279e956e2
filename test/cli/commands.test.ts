import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

/** Commands run in-process in an empty folder: no corpus yet, so they train on the bundled sample. */
describe('commands on a researcher\'s own files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cpc-cli-'));

  it('classify --input x.csv --format json classifies arbitrary texts, the same way twice', async () => {
    writeFileSync(join(dir, 'x.csv'), 'id,text\na1,"Set a balanced budget and refresh the medium term financial strategy, using reserves only for one-off costs"\na2,"Strengthen scrutiny and the member development programme"\n');
    const first = await cli(['classify', '--input', 'x.csv', '--format', 'json'], dir);
    expect(first.code, first.stderr).toBe(0);
    const rows = JSON.parse(first.stdout);
    expect(rows.map((r: { id: string }) => r.id)).toEqual(['a1', 'a2']);
    expect(rows[0].primaryTheme).toBe('finance');
    expect(rows[0].crosswalk.primaryTheme).toBe('financial-management');
    expect(rows[1].primaryTheme).toBe('governance');
    expect(rows[0].evidence.length).toBeGreaterThan(0);
    expect((await cli(['classify', '--input', 'x.csv', '--format', 'json'], dir)).stdout).toBe(first.stdout);
  });

  it('classify --framework current answers in the current framework', async () => {
    const { stdout } = await cli(['classify', '--input', 'x.csv', '--format', 'json', '--framework', 'current'], dir);
    expect(JSON.parse(stdout)[0].primaryTheme).toBe('financial-management');
  });

  it('evaluate --gold reports the figures the issue asks for', async () => {
    const gold = join(process.cwd(), 'data/gold/sample-annotations.json');
    const { code, stdout } = await cli(['evaluate', '--gold', gold, '--format', 'json'], dir);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.items).toBe(23);
    expect(report.lenient.macroF1).toBeGreaterThanOrEqual(0.85);
    expect(report.lenient.kappa).toBeGreaterThanOrEqual(0.8);
  });

  it('train --labels writes a classifier that classify --model uses', async () => {
    writeFileSync(join(dir, 'labels.csv'), 'text,theme\n"Review the leisure centre contract",finance\n"Review the leisure centre contract",capacity\n');
    const trained = await cli(['train', '--labels', 'labels.csv', '--out', 'model.json'], dir);
    expect(trained.code, trained.stderr).toBe(0);
    const classified = await cli(['classify', '--input', 'x.csv', '--model', 'model.json', '--format', 'json'], dir);
    expect(classified.code, classified.stderr).toBe(0);
    expect(JSON.parse(classified.stdout)).toHaveLength(2);
  });

  it('a broken file gets one line naming it and its code; the rest is processed; exit code 1', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cpc-broken-'));
    writeFileSync(join(folder, 'report.pdf'), '<!doctype html><html><body>404 Not Found</body></html>');
    writeFileSync(join(folder, 'notes.txt'), 'The peer team\'s key recommendations are:\n\n- Refresh the medium term financial strategy.\n');
    const { code, stdout, stderr } = await cli(['ingest', '.', '--format', 'json'], folder);
    expect(code).toBe(1);
    expect(stderr).toContain('error [format-mismatch] report.pdf: named .pdf');
    expect(stderr).toMatch(/2 files: \d ok, \d warned, 1 failed/);
    expect(JSON.parse(stdout).map((d: { file: string }) => d.file)).toEqual(['notes.txt']);
  });

  it('a CSV without id,text columns is a one-line usage error', async () => {
    writeFileSync(join(dir, 'bad.csv'), 'name,body\nx,y\n');
    const { code, stderr } = await cli(['classify', '--input', 'bad.csv'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('needs columns id,text');
  });

  it('classify --framework puts every corpus recommendation in that framework; without it each stays in its document\'s own', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cpc-framework-'));
    expect((await cli(['ingest', join(process.cwd(), 'data/sample'), '--out', 'corpus.jsonl', '--no-cache'], folder)).code).toBe(0);
    const classify = async (...args: string[]) => JSON.parse((await cli(['classify', '--corpus', 'corpus.jsonl', '--format', 'json', ...args], folder)).stdout) as { id: string; framework: string }[];
    const own = await classify();
    const classic = await classify('--framework', 'classic');
    const current = await classify('--framework', 'current');
    expect(own.length).toBeGreaterThan(0);
    expect(classic.map((a) => a.id)).toEqual(own.map((a) => a.id));
    expect(new Set(classic.map((a) => a.framework))).toEqual(new Set(['classic']));
    expect(new Set(current.map((a) => a.framework))).toEqual(new Set(['current']));
  }, 60_000);
});
