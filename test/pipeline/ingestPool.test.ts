import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../../src/corpus/register.js';
import { loadRegister } from '../../src/resources/register.js';
import { ingestCorpus } from '../../src/pipeline/ingestCorpus.js';

/** Ingestion in reader processes (tsx's loader in each) against reading in the main process. */
describe('ingestCorpus with reader processes', () => {
  let register: Register;
  beforeAll(async () => {
    register = await loadRegister();
  });

  it('gives the same documents, warnings and order as reading in-process (all 20 sample fixtures)', async () => {
    const inputs = ['test/fixtures/sample'];
    const inProcess = await ingestCorpus(inputs, { cwd: process.cwd(), register, workers: 0 });
    const pooled = await ingestCorpus(inputs, { cwd: process.cwd(), register, workers: 2 });
    expect(inProcess.documents).toHaveLength(20);
    expect(pooled.documents).toEqual(inProcess.documents);
    expect(pooled.warnings).toEqual(inProcess.warnings);
    expect(pooled.failures).toEqual([]);
  }, 120_000);

  it('brings a broken file back with its stable code and file, one failure each, the rest read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-pool-'));
    for (const name of ['stoke-on-trent-2016-feedback-report.pdf', 'test-valley-2020-progress-report.pdf']) copyFileSync(join('data/sample', name), join(dir, name));
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\nthis is not a PDF body\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'not-a-zip.docx'), 'plain text, not a zip archive');
    const inProcess = await ingestCorpus([dir], { cwd: dir, register, workers: 0 });
    const pooled = await ingestCorpus([dir], { cwd: dir, register, workers: 2 });
    expect(pooled.failures.map((f) => [f.file, f.code])).toEqual([
      ['broken.pdf', 'pdf-corrupt'],
      ['empty.txt', 'empty-file'],
      ['not-a-zip.docx', 'docx-corrupt'],
    ]);
    expect(pooled.failures).toEqual(inProcess.failures);
    expect(pooled.documents.map((d) => d.file)).toEqual(['stoke-on-trent-2016-feedback-report.pdf', 'test-valley-2020-progress-report.pdf']);
    expect(pooled.documents).toEqual(inProcess.documents);
  }, 120_000);
});
