import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalise } from '../../src/corpus/normalise.js';
import { readDocument } from '../../src/ingest/read.js';
import { isFollowUp } from '../../src/lineage/followUp.js';
import { ingestCorpus } from '../../src/pipeline/ingestCorpus.js';
import { readFollowUpPassages } from '../../src/pipeline/progress.js';
import { readAndNormalise } from '../../src/pool/readOne.js';
import { loadRegister } from '../../src/resources/register.js';
import type { Register } from '../../src/corpus/register.js';

const SAMPLE = readdirSync('data/sample').filter((f) => !f.endsWith('.md')).map((f) => join('data/sample', f));

describe("a follow-up's passages are cut at ingestion, so progress does not read the file again", () => {
  let register: Register;
  let cacheDir: string;

  beforeAll(async () => {
    register = await loadRegister();
    cacheDir = mkdtempSync(join(tmpdir(), 'cpc-passages-'));
  });
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('cuts them as progress would from the file read again, and only for follow-ups', async () => {
    let followUps = 0;
    for (const file of SAMPLE) {
      const parsed = await readAndNormalise(file, { cwd: process.cwd(), register, limits: {}, manifest: undefined, read: readDocument, normalise });
      expect(parsed.passages !== null).toBe(isFollowUp(parsed.document));
      if (parsed.passages === null) continue;
      followUps++;
      const again = await readFollowUpPassages([parsed.document], { cwd: process.cwd(), cacheDir: null });
      expect(parsed.passages).toEqual(again.passages.get(parsed.document.id));
    }
    expect(followUps).toBeGreaterThan(0);
  }, 60_000);

  it('keeps them in the cache as it ingests, where progress finds them with the files gone', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cpc-passages-corpus-'));
    try {
      cpSync('data/sample', join(folder, 'sample'), { recursive: true });
      const { documents } = await ingestCorpus(['sample'], { cwd: folder, register, cacheDir, workers: 1 });
      const followUps = documents.filter(isFollowUp);
      expect(followUps.length).toBeGreaterThan(0);
      const kept = readdirSync(join(cacheDir, 'passages'), { recursive: true }).filter((f) => String(f).endsWith('.json'));
      expect(kept).toHaveLength(followUps.length);
      for (const d of followUps) rmSync(join(folder, d.file));
      // had ingestion not kept them, reading each file again would fail now
      const fromCache = await readFollowUpPassages(followUps, { cwd: folder, cacheDir });
      expect(fromCache.failures).toEqual([]);
      expect([...fromCache.passages.values()].some((p) => p.length > 0)).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
