import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { corpusLine, corpusLines } from '../corpus/corpusFile.js';
import type { CorpusDocument } from '../corpus/schema.js';
import { CpcError, isCpcError } from '../errors.js';
import { writeFileAtomic } from '../export/atomic.js';
import { loadRegister } from '../resources/register.js';
import { ingestCorpus, type IngestOptions, type IngestResult } from './ingestCorpus.js';

/** Read and validate a corpus file written by `cpc ingest`, a line at a time (never the whole file as one string). */
export async function loadCorpusFile(file: string, cwd: string): Promise<CorpusDocument[]> {
  const documents: CorpusDocument[] = [];
  let number = 0;
  try {
    const lines = createInterface({ input: createReadStream(resolve(cwd, file), { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of lines) {
      const document = corpusLine(line, file, ++number);
      if (document !== null) documents.push(document);
    }
  } catch (error) {
    if (isCpcError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CpcError('file-not-found', `no corpus at ${file}: run \`cpc ingest <paths>\` first, or pass --corpus`, { file });
    throw new CpcError('unreadable', `cannot read ${file}: ${(error as Error).message}`, { file });
  }
  return documents;
}

/** Ingest paths and, unless `out` is null, write the corpus file atomically. */
export async function ingestToFile(
  inputs: readonly string[],
  options: Omit<IngestOptions, 'register'> & { readonly out: string | null },
): Promise<IngestResult> {
  const register = await loadRegister();
  const result = await ingestCorpus(inputs, { ...options, register });
  if (options.out !== null) await writeFileAtomic(resolve(options.cwd, options.out), corpusLines(result.documents));
  return result;
}
