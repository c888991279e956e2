import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { corpusFromJsonl, corpusToJsonl } from '../corpus/corpusFile.js';
import type { CorpusDocument } from '../corpus/schema.js';
import { CpcError } from '../errors.js';
import { writeFileAtomic } from '../export/atomic.js';
import { loadRegister } from './register.js';
import { ingestCorpus, type IngestOptions, type IngestResult } from './ingestCorpus.js';

/** Read and validate a corpus file written by `cpc ingest`. */
export async function loadCorpusFile(file: string, cwd: string): Promise<CorpusDocument[]> {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CpcError('file-not-found', `no corpus at ${file}: run \`cpc ingest <paths>\` first, or pass --corpus`, { file });
    throw new CpcError('unreadable', `cannot read ${file}: ${(error as Error).message}`, { file });
  }
  return corpusFromJsonl(text, file);
}

/** Ingest paths and, unless `out` is null, write the corpus file atomically. */
export async function ingestToFile(
  inputs: readonly string[],
  options: Omit<IngestOptions, 'register'> & { readonly out: string | null },
): Promise<IngestResult> {
  const register = await loadRegister();
  const result = await ingestCorpus(inputs, { ...options, register });
  if (options.out !== null) await writeFileAtomic(resolve(options.cwd, options.out), corpusToJsonl(result.documents));
  return result;
}
