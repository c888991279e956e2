import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { sampleRun, type SharedRun } from '../helpers/shared.js';

/** `cpc run` on the bundled sample corpus, end to end, into a temporary folder. */
describe('cpc run data/sample', () => {
  // the run shared with other files (read only); the corpus is copied before a command runs over it
  let out: string;
  let result: SharedRun;

  beforeAll(async () => {
    result = await sampleRun();
    out = result.out;
  }, 120_000);

  it('exits 0 and reports the batch', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/0 failed/);
  });

  it('writes the corpus with every sample document and its recommendations', () => {
    const lines = readFileSync(join(out, 'corpus.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const byFile = new Map(lines.map((d) => [d.file.split('/').pop(), d]));
    expect(byFile.get('stoke-on-trent-2016-feedback-report.pdf').recommendations).toHaveLength(9);
    expect(byFile.get('stockton-on-tees-2019-cabinet-decision.docx').recommendations).toHaveLength(11);
    expect(byFile.get('stockport-2024-revisit-scrutiny-report.html').recommendations).toHaveLength(3);
    expect(byFile.get('test-valley-2020-progress-report.pdf').council).toBeNull();
  });

  it('writes the recommendations CSV, one row per recommendation', () => {
    const csv = readFileSync(join(out, 'recommendations.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toMatch(/^recommendation_id,challenge_id,document_id/);
    expect(csv).toHaveLength(1 + 9 + 11 + 3);
  });

  it('writes the theme table with every council, including those without recommendations', () => {
    const csv = readFileSync(join(out, 'themes-by-council.csv'), 'utf8');
    expect(csv).toContain('Sevenoaks District Council,0,0,0,0,0,0,0');
    expect(csv).toMatch(/Stoke-on-Trent City Council(,\d+){5},0,9,/);
  });

  it('writes at least one chart as spec, SVG and PNG', () => {
    for (const extension of ['vl.json', 'svg', 'png']) {
      expect(existsSync(join(out, 'charts', `theme-council-heatmap.${extension}`))).toBe(true);
    }
    const svg = readFileSync(join(out, 'charts', 'theme-council-heatmap.svg'), 'utf8');
    expect(svg).toContain('Stockton-on-Tees Borough Council');
    const png = readFileSync(join(out, 'charts', 'theme-council-heatmap.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('writes the briefing pages, the issue table and the run manifest with the classifier\'s figures', () => {
    const html = readFileSync(join(out, 'briefing.html'), 'utf8');
    expect(html).toContain('Stockton-on-Tees Borough Council');
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(readFileSync(join(out, 'briefing.md'), 'utf8')).toContain('charts/theme-council-heatmap.png');
    const issues = readFileSync(join(out, 'issues-by-council.csv'), 'utf8');
    // The gold annotations tag Stockton's recommendations 1 and 8, and Stoke-on-Trent's 2 and 6, with `narrative`.
    expect(issues).toMatch(/Stockton-on-Tees Borough Council,E06000004,narrative,2,\S*docx#1;\S*docx#8/);
    expect(issues).toMatch(/Stoke-on-Trent City Council,E06000021,narrative,\d,\S*pdf#2;\S*pdf#6/);
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    expect(run.inputs).toHaveLength(5);
    expect(run.evaluation.items).toBe(23);
    expect(run.evaluation.lenient.macroF1).toBeGreaterThanOrEqual(0.85);
    expect(run.evaluation.lenient.kappa).toBeGreaterThanOrEqual(0.8);
  });

  it('issues --discover --format json proposes phrases with council counts and quotes', async () => {
    const corpus = join(mkdtempSync(join(tmpdir(), 'cpc-run-')), 'corpus.jsonl');
    copyFileSync(join(out, 'corpus.jsonl'), corpus);
    const { code, stdout } = await cli(['issues', '--discover', '--min-councils', '1', '--format', 'json', '--corpus', corpus]);
    expect(code).toBe(0);
    const phrases = JSON.parse(stdout);
    expect(phrases.length).toBeGreaterThan(0);
    for (const p of phrases) {
      expect(p.councils).toBeGreaterThanOrEqual(1);
      expect(p.quotes.length).toBeGreaterThan(0);
      expect(p.quotes[0].text.toLowerCase()).toContain(p.phrase.split(' ')[0]);
    }
  });

  it('gives byte-identical files on a second run', async () => {
    const again = join(mkdtempSync(join(tmpdir(), 'cpc-run-')), 'again'); // as deep as the shared run's folder
    await cli(['run', 'data/sample', '--out', again]);
    for (const file of ['corpus.jsonl', 'recommendations.csv', 'themes-by-council.csv', 'issues-by-council.csv', 'run.json', 'briefing.html', 'charts/theme-council-heatmap.svg']) {
      // The briefing names the corpus file it read, which is in each run's own folder.
      const text = (dir: string) => readFileSync(join(dir, file), 'utf8').split(dir).join('<out>');
      expect(text(again), file).toBe(text(out));
    }
  }, 120_000);
});
