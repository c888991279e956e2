import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { DocumentSummary } from '../../src/corpus/schema.js';
import type { CorpusSpool } from '../../src/pipeline/corpusSpool.js';

/** The corpus file the spool writes for `summaries` (`CorpusSpool.copyLines`), its digest checked against it. */
export async function spooledCorpus(spool: CorpusSpool, summaries: readonly DocumentSummary[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cpc-copy-'));
  try {
    const target = join(dir, 'corpus.jsonl');
    writeFileSync(target, '');
    const digest = await spool.copyLines(summaries, target).digest;
    const bytes = readFileSync(target);
    expect(digest).toBe(createHash('sha256').update(bytes).digest('hex'));
    return bytes.toString('utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
