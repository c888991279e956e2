import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../../src/corpus/register.js';
import { ingestCorpus } from '../../src/pipeline/ingestCorpus.js';
import { loadRegister } from '../../src/resources/register.js';

/**
 * `manifest.csv` beside the documents, through the whole ingestion: its values override what cpc infers, a row naming
 * no input is a warning, and a broken manifest fails only the documents beside it.
 */
let register: Register;
let root: string;
beforeAll(async () => {
  register = await loadRegister();
  root = mkdtempSync(join(tmpdir(), 'cpc-manifest-'));
  const sample = (name: string, to: string) => copyFileSync(join('test/fixtures/sample/text', name), to);
  for (const folder of ['named', 'broken', 'plain']) mkdirSync(join(root, folder));
  sample('sevenoaks-2020-proposal-report.txt', join(root, 'named', 'report.txt'));
  writeFileSync(join(root, 'named', 'manifest.csv'), 'file,council,url,document_type\nreport.txt,Stockport,https://example.org/r.pdf,committee-report\ngone.pdf,Leeds,,\n');
  sample('stockport-2024-revisit-scrutiny-report.txt', join(root, 'broken', 'report.txt'));
  writeFileSync(join(root, 'broken', 'manifest.csv'), 'file,date\nreport.txt,not-a-date\n');
  sample('stoke-on-trent-2016-feedback-report.txt', join(root, 'plain', 'report.txt'));
});

describe.each([0, 2])('manifests beside the documents (%i worker threads)', (workers) => {
  it('override what is inferred, warn about rows naming no input, and fail only the documents beside a broken one', async () => {
    const result = await ingestCorpus(['.'], { cwd: root, register, workers });
    expect(result.documents.map((d) => d.file)).toEqual(['named/report.txt', 'plain/report.txt']);
    const named = result.documents[0]!;
    expect(named.council?.gssCode).toBe('E08000007'); // Stockport, though the text is Sevenoaks's
    expect(named.url).toBe('https://example.org/r.pdf');
    expect(named.documentType).toBe('committee-report');
    expect(result.documents[1]!.council?.gssCode).toBe('E06000021'); // Stoke-on-Trent, inferred
    expect(result.warnings).toEqual([{ code: 'manifest-unmatched', message: 'no document gone.pdf among the inputs beside the manifest', file: 'named/manifest.csv' }]);
    expect(result.failures).toEqual([{ file: 'broken/report.txt', code: 'invalid-manifest', message: expect.stringMatching(/^broken\/report\.txt: the manifest beside it cannot be used: .*broken\/manifest\.csv/) }]);
  }, 60_000);
});
