import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ingestCorpus } from '../../src/pipeline/ingestCorpus.js';
import { loadRegister } from '../../src/resources/register.js';

it('a progress callback that throws for a parsed file is the ingestion\'s error, not an unhandled rejection', async () => {
  const register = await loadRegister();
  const dir = mkdtempSync(join(tmpdir(), 'cpc-callbacks-'));
  for (const name of ['sevenoaks-2020-proposal-report.txt', 'stockport-2024-revisit-scrutiny-report.html']) copyFileSync(join('data/sample', name), join(dir, name));
  const ingestion = ingestCorpus([dir], {
    cwd: dir,
    register,
    workers: 0,
    onProgress: (_done, _total, file) => {
      if (file?.endsWith('.txt') === true) throw new Error('the progress display broke');
    },
  });
  await expect(ingestion).rejects.toThrow('the progress display broke');
});
