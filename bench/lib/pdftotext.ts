import { spawnSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runMeasured } from './measure.js';

/** poppler's pdftotext over the corpus's PDFs, two at a time, or why it did not run. */
export type PdftotextFigures =
  | { readonly version: string; readonly files: number; readonly ms: number; readonly command: string }
  | { readonly skipped: string };

/**
 * `ls *.pdf | xargs -P 2 -n 1 pdftotext` as the issue words it, except that the text files go to `outDir` (beside
 * the PDFs they would be read as part of the corpus by the next `cpc run`).
 */
export async function timePdftotext(corpusDir: string, pdfCount: number, outDir: string, cwd: string): Promise<PdftotextFigures> {
  const probe = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
  if (probe.error !== undefined) return { skipped: 'pdftotext is not installed (apt-get install poppler-utils)' };
  if (pdfCount === 0) return { skipped: 'the corpus has no PDFs' };
  const version = (probe.stderr || probe.stdout).split('\n')[0]?.trim() ?? 'unknown';
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const script = `cd "$1" && ls *.pdf | xargs -P 2 -I{} pdftotext {} "$2/{}.txt"`;
  // twice, the faster counting, as for cpc's PDF ingestion
  let ms = Infinity;
  for (let i = 0; i < 2; i++) {
    const run = await runMeasured('bash', ['-c', script, 'pdftotext-bench', resolve(cwd, corpusDir), resolve(cwd, outDir)], { cwd });
    if (run.exitCode !== 0) return { skipped: `pdftotext failed (exit ${run.exitCode}): ${run.stderrTail.trim().split('\n').pop()}` };
    ms = Math.min(ms, run.wallMs);
  }
  return { version, files: pdfCount, ms, command: 'ls *.pdf | xargs -P 2 -I{} pdftotext {} <out>/{}.txt' };
}
