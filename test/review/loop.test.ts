/**
 * The researcher's loop end to end, in-process: run, fill the review sheet (drop two, correct one text, change
 * three themes, add one missed), rerun with it, rerun again, then edit a document so that a correction no longer
 * matches.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

type Row = Record<string, string>;
const root = mkdtempSync(join(tmpdir(), 'cpc-review-'));
const docs = join(root, 'docs');
const cache = join(root, 'cache');
const read = (file: string) => readFileSync(file, 'utf8');
const rows = (file: string): Row[] => parse(read(file), { columns: true, bom: true });
const run = (out: string, ...extra: string[]) => cli(['run', docs, '--out', join(root, out), '--cache-dir', cache, ...extra], root);
const other = (theme: string) => (theme === 'finance' ? 'capacity' : 'finance');

/** Every file of a folder (recursive, without the cache) and its bytes. */
function files(dir: string): Map<string, string> {
  return new Map(readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => !f.startsWith('.cache') && !f.startsWith('.cpc') && f.includes('.'))
    .sort()
    .map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
}

describe('review sheet -> corrections -> rerun', () => {
  let sheet: Row[];
  let dropped: Row[];
  let reworded: Row;
  let rethemed: Row[];
  let stockport: Row;
  let corrected: { code: number; stdout: string; stderr: string };
  const text = 'Agree a single narrative for the council and its partners, and publish it.';

  beforeAll(async () => {
    cpSync('data/sample', docs, { recursive: true });
    expect((await run('first')).code).toBe(0);
    sheet = rows(join(root, 'first', 'review.csv'));
    const stoke = sheet.filter((r) => r.document_id!.startsWith('stoke'));
    const stockton = sheet.filter((r) => r.document_id!.startsWith('stockton'));
    dropped = stoke.slice(0, 2);
    reworded = stoke[2]!;
    rethemed = [stoke[3]!, stockton[0]!, stockton[1]!];
    stockport = sheet.find((r) => r.document_id!.startsWith('stockport'))!;
    const filled = sheet.map((r): Row => {
      if (dropped.includes(r)) return { ...r, decision: 'drop', note: 'not a recommendation' };
      if (r === reworded) return { ...r, decision: 'keep', text_corrected: `${r.text} (corrected)` };
      if (rethemed.includes(r)) return { ...r, decision: 'keep', themes_corrected: other(r.model_primary_theme!) };
      if (r === stockport) return { ...r, decision: 'keep', note: 'checked' };
      return r;
    });
    filled.push({ ...Object.fromEntries(Object.keys(sheet[0]!).map((k) => [k, ''])), document_key: stoke[0]!.document_key!, text_corrected: text, themes_corrected: 'place-leadership' });
    writeFileSync(join(root, 'sheet.csv'), stringify(filled, { header: true, columns: Object.keys(sheet[0]!) }));
    corrected = await run('second', '--corrections', 'sheet.csv');
  }, 240_000);

  it('writes a review sheet with a stable key per recommendation and empty researcher columns', () => {
    expect(sheet.length).toBe(rows(join(root, 'first', 'recommendations.csv')).length);
    expect(new Set(sheet.map((r) => r.key)).size).toBe(sheet.length);
    for (const r of sheet) {
      expect(r.key).toMatch(/^d[0-9a-f]{12}-t[0-9a-f]{12}$/);
      expect([r.decision, r.text_corrected, r.themes_corrected, r.note]).toEqual(['', '', '', '']);
    }
  });

  it('shows a held-out validation figure in the briefing, says how it was measured and marks the in-sample one', () => {
    const page = read(join(root, 'first', 'briefing.md'));
    expect(page).toMatch(/Measured held out by document: each of the 23 hand-annotated recommendations scored by a classifier trained without its own document/);
    expect(page).toMatch(/In-sample, for comparison only and not a validation figure/);
    const html = read(join(root, 'first', 'briefing.html'));
    expect(html).toMatch(/<h2>Validation<\/h2>[\s\S]*<p>Measured held out by document[\s\S]*<p>In-sample, for comparison only and not a validation figure/);
    expect(JSON.parse(read(join(root, 'first', 'run.json'))).evaluation.measuredOn).toMatch(/^held out by document/);
  });

  it('drops, re-words, re-themes and adds in every table, marking what a person changed', () => {
    expect(corrected.code, corrected.stderr).toBe(0);
    const recommendations = rows(join(root, 'second', 'recommendations.csv'));
    expect(recommendations).toHaveLength(sheet.length - 2 + 1);
    const all = ['recommendations.csv', 'recommendation-themes.csv', 'issues-by-council.csv'].map((f) => read(join(root, 'second', f))).join('\n');
    for (const r of dropped) expect(all).not.toContain(r.text!.slice(0, 60));
    const byText = (t: string) => recommendations.find((r) => r.text === t)!;
    expect(byText(`${reworded.text} (corrected)`)).toMatchObject({ source: 'person', corrected: 'text' });
    for (const r of rethemed) expect(byText(r.text!)).toMatchObject({ source: 'person', corrected: 'themes', primary_theme: other(r.model_primary_theme!) });
    expect(byText(text)).toMatchObject({ source: 'person', corrected: 'added', primary_theme: 'place-leadership', council: 'Stoke-on-Trent City Council' });
    expect(byText(stockport.text!)).toMatchObject({ source: 'model', corrected: '' });
    expect(recommendations.filter((r) => r.source === 'model')).toHaveLength(sheet.length - 2 - 1 - 3);
    const themes = rows(join(root, 'second', 'recommendation-themes.csv')).filter((r) => r.recommendation_id === byText(text).recommendation_id);
    expect(themes.map((r) => [r.theme, r.score, r.source])).toContainEqual(['place-leadership', '1.000', 'person']);
  });

  it('changes the counts of the aggregate tables and charts', () => {
    const count = (out: string) => rows(join(root, out, 'documents.csv')).find((r) => r.document_id!.startsWith('stoke'))!.recommendations;
    expect(Number(count('second'))).toBe(Number(count('first')) - 2 + 1);
    const councils = (out: string) => rows(join(root, out, 'themes-by-council.csv')).find((r) => r.council === 'Stoke-on-Trent City Council')!;
    expect(Number(councils('second').recommendations)).toBe(Number(councils('first').recommendations) - 1);
    const stoke = rows(join(root, 'second', 'recommendations.csv')).filter((r) => r.council === 'Stoke-on-Trent City Council');
    for (const theme of ['priorities', 'place-leadership', 'finance', 'governance', 'capacity']) {
      expect(Number(councils('second')[theme]), theme).toBe(stoke.filter((r) => r.primary_theme === theme).length);
    }
    expect(councils('second').source).toBe('person');
    expect(rows(join(root, 'second', 'themes-by-council.csv')).find((r) => r.council!.startsWith('Sevenoaks'))!.source).toBe('model');
    const documents = rows(join(root, 'second', 'documents.csv'));
    expect(documents.filter((r) => r.source === 'person').map((r) => r.document_id!.split('-')[0]).sort()).toEqual(['stockton', 'stoke']);
    expect(rows(join(root, 'first', 'documents.csv')).every((r) => r.source === 'model')).toBe(true);
    const issues = rows(join(root, 'second', 'issues-by-council.csv'));
    const byPerson = new Set(rows(join(root, 'second', 'recommendations.csv')).filter((r) => r.source === 'person').map((r) => r.recommendation_id));
    for (const r of issues) expect(r.source).toBe(r.recommendation_ids!.split(';').some((id) => byPerson.has(id)) ? 'person' : 'model');
    expect(issues.some((r) => r.source === 'person')).toBe(true);
    const chart = (out: string) => read(join(root, out, 'charts', 'recommendations-per-document.vl.json'));
    expect(chart('second')).not.toBe(chart('first'));
    expect(read(join(root, 'second', 'briefing.html'))).toContain('(corrected)');
    expect(read(join(root, 'second', 'briefing.md'))).toMatch(/Researchers reviewed 7 of the recommendations cpc found: kept 5, dropped 2, and added 1 it missed\. Model against researcher on the 5 kept: Cohen's κ -?\d\.\d\d \(95% bootstrap interval/);
  });

  it('records the corrections in run.json', () => {
    const manifest = JSON.parse(read(join(root, 'second', 'run.json')));
    expect(manifest.corrections.files).toEqual([expect.objectContaining({ file: 'sheet.csv', corrections: 8 })]);
    expect(manifest.corrections.applied).toEqual({ corrections: 8, kept: 5, dropped: 2, textCorrected: 1, themesCorrected: 3, added: 1 });
    expect(manifest.corrections.problems).toEqual([]);
    expect(manifest.corrections.agreement.themes.n).toBe(5);
  });

  it('writes the corrections back into the next review sheet, so it can be edited again', async () => {
    const next = rows(join(root, 'second', 'review.csv'));
    expect(next.find((r) => r.key === dropped[0]!.key)).toMatchObject({ decision: 'drop', note: 'not a recommendation' });
    expect(next.find((r) => r.key === '')).toMatchObject({ text_corrected: text, themes_corrected: 'place-leadership' });
    expect((await run('again', '--corrections', join(root, 'second', 'review.csv'))).code).toBe(0);
    expect(read(join(root, 'again', 'recommendations.csv'))).toBe(read(join(root, 'second', 'recommendations.csv')));
  }, 120_000);

  it('cpc review writes the same sheet from the corpus file, and cpc agreement scores the filled one', async () => {
    const review = await cli(['review', '--corpus', join(root, 'first', 'corpus.jsonl'), '--out', 'from-review.csv', '--cache-dir', cache], root);
    expect(review.code, review.stderr).toBe(0);
    expect(read(join(root, 'from-review.csv'))).toBe(read(join(root, 'first', 'review.csv')));
    const agreement = await cli(['agreement', 'sheet.csv', '--format', 'json'], root);
    expect(agreement.code, agreement.stderr).toBe(0);
    const report = JSON.parse(agreement.stdout);
    // kept: the re-worded row and Stockport's accept the model's themes, the three re-themed rows disagree
    expect(report.themes.n).toBe(5);
    expect(report.extraction).toMatchObject({ reviewed: 7, kept: 5, dropped: 2, added: 1 });
    expect((await cli(['agreement', 'sheet.csv'], root)).stdout).toMatch(/Krippendorff's alpha \(nominal\)\s+-?\d\.\d{3} \(95% CI/);
  }, 120_000);

  it('still applies the same corrections after the sheet was sorted and filtered in a spreadsheet', async () => {
    const filled: Row[] = parse(read(join(root, 'sheet.csv')), { columns: true });
    const kept = ['key', 'document_key', 'council', 'decision', 'text_corrected', 'themes_corrected', 'note'];
    const sorted = filled.filter((r) => r.decision !== '' || r.key === '').sort((a, b) => b.council!.localeCompare(a.council!) || b.key!.localeCompare(a.key!));
    writeFileSync(join(root, 'sorted.csv'), `\ufeff${stringify(sorted, { header: true, columns: kept, record_delimiter: '\r\n' })}`);
    expect((await run('sorted', '--corrections', 'sorted.csv')).code).toBe(0);
    expect(read(join(root, 'sorted', 'recommendations.csv'))).toBe(read(join(root, 'second', 'recommendations.csv')));
  }, 120_000);

  it('learns from the corrected themes when asked, scoring them held out', async () => {
    const learned = await run('learned', '--corrections', 'sheet.csv', '--learn-from-corrections');
    expect(learned.code, learned.stderr).toBe(0);
    const manifest = JSON.parse(read(join(root, 'learned', 'run.json')));
    expect(manifest.corrections.learnedLabels).toBe(4);
    const before = JSON.parse(read(join(root, 'second', 'run.json')));
    expect(manifest.models[0].hash).not.toBe(before.models[0].hash);
    expect(manifest.models[0].trainingTexts).toBeGreaterThan(before.models[0].trainingTexts);
    expect(manifest.corrections.agreement.themes.n).toBe(5);
  }, 120_000);

  it('reruns byte-identically', async () => {
    const before = files(join(root, 'second'));
    expect((await run('second', '--corrections', 'sheet.csv')).code).toBe(0);
    expect(files(join(root, 'second'))).toEqual(before);
  }, 120_000);

  it('reports by name a correction whose document changed', async () => {
    appendFileSync(join(docs, 'stockport-2024-revisit-scrutiny-report.html'), '\n<!-- edited -->\n');
    const result = await run('third', '--corrections', 'sheet.csv');
    const line = sheet.indexOf(stockport) + 2;
    expect(result.stderr).toContain(`warning [correction-unmatched] sheet.csv:${line}: no recommendation has key ${stockport.key}: its document is no longer in the corpus`);
    const manifest = JSON.parse(read(join(root, 'third', 'run.json')));
    expect(manifest.corrections.problems).toEqual([expect.objectContaining({ code: 'correction-unmatched', at: `sheet.csv:${line}` })]);
    expect(manifest.corrections.applied.dropped).toBe(2);
  }, 120_000);
});
