import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../../src/corpus/register.js';
import { MB } from '../../src/limits.js';
import { ingestCorpus } from '../../src/pipeline/ingestCorpus.js';
import { loadRegister } from '../../src/resources/register.js';
import { nestedHtml, tinyParagraphsDocx } from '../helpers/hostileGenerators.js';
import { sharedFile } from '../helpers/shared.js';

/** The reader processes' limits: a runaway file fails alone with its code, a file beside it in the same run never. */
describe('ingestCorpus: each file read in isolation, under a memory and a time limit', () => {
  let register: Register;
  let dir: string;
  const good = ['stoke-on-trent-2016-feedback-report.pdf', 'sevenoaks-2020-proposal-report.txt'];
  beforeAll(async () => {
    register = await loadRegister();
    dir = mkdtempSync(join(tmpdir(), 'cpc-isolation-'));
    for (const name of good) copyFileSync(join('data/sample', name), join(dir, name));
    writeFileSync(join(dir, 'deep.html'), nestedHtml(150_000));
    writeFileSync(join(dir, 'paragraphs.docx'), await sharedFile('tiny-paragraphs-1400000.docx', () => tinyParagraphsDocx(1_400_000)));
  });

  it('fails the runaway files alone (timeout, too-large) with one reader shared by all, the good files read as alone', async () => {
    const limits = { timeoutMs: 5_000, maxMemoryBytes: 400 * MB };
    const mixed = await ingestCorpus([dir], { cwd: dir, register, workers: 1, limits });
    expect(mixed.failures.map((f) => [f.file, f.code])).toEqual([
      ['deep.html', 'timeout'],
      ['paragraphs.docx', expect.stringMatching(/^(too-large|timeout)$/)],
    ]);
    expect(mixed.failures[0]?.message).toBe('deep.html: reading took longer than the 5 s limit; stopped');
    const alone = await ingestCorpus(good, { cwd: dir, register, workers: 0 });
    expect(mixed.documents).toEqual(alone.documents);
  }, 120_000);

  it('stops a reader past the memory ceiling with too-large, naming the limit', async () => {
    const result = await ingestCorpus(['paragraphs.docx'], { cwd: dir, register, workers: 1, limits: { maxMemoryBytes: 300 * MB, timeoutMs: 120_000 } });
    expect(result.failures).toEqual([{ file: 'paragraphs.docx', code: 'too-large', message: 'paragraphs.docx: reading it needs more than the 300 MB memory limit; stopped' }]);
  }, 150_000);
});
