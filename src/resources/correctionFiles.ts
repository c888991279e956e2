import { createHash } from 'node:crypto';
import { parseCorrections, type Correction, type CorrectionProblem } from '../review/corrections.js';
import type { CorrectedCorpus } from '../review/applyCorrections.js';
import { readTextFile } from '../readTextFile.js';

/** Researchers' review sheets as read: their rows in file order (later files win), and rows that could not be read. */
export interface CorrectionFiles {
  readonly files: readonly { readonly file: string; readonly sha256: string; readonly corrections: number }[];
  readonly corrections: readonly Correction[];
  readonly problems: readonly CorrectionProblem[];
}

/** Read and parse review sheets (a missing or non-CSV file is a `CpcError`; a bad row is a problem). */
export async function readCorrectionFiles(files: readonly string[], cwd: string): Promise<CorrectionFiles> {
  const read = await Promise.all(files.map(async (file) => {
    const text = await readTextFile(file, { cwd });
    return { file, sha256: createHash('sha256').update(text).digest('hex'), ...parseCorrections(text, file) };
  }));
  return {
    files: read.map((r) => ({ file: r.file, sha256: r.sha256, corrections: r.corrections.length })),
    corrections: read.flatMap((r) => r.corrections),
    problems: read.flatMap((r) => r.problems),
  };
}

/** What `run.json` records of the corrections: the files and their hashes, the counts applied, what did not apply. */
export function correctionsManifest(files: CorrectionFiles, review: { readonly corrections: Pick<CorrectedCorpus, 'applied' | 'problems'> } | undefined) {
  return {
    files: files.files,
    applied: review?.corrections.applied ?? null,
    problems: [...files.problems, ...(review?.corrections.problems ?? [])],
  };
}
