import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Register } from '../corpus/register.js';
import type { CorpusDocument } from '../corpus/schema.js';
import { CpcError } from '../errors.js';
import type { IngestTask, IngestReply } from './ingestWorker.js';

/** Worker threads that read and normalise files, one file per task. */
export interface IngestPool {
  readonly threads: number;
  /** The file's corpus record; a failure comes back as the `CpcError` the reader threw (same code, same file). */
  readonly run: (task: IngestTask) => Promise<CorpusDocument>;
  /** Stop the workers (always call it: live workers keep the process running). */
  readonly close: () => Promise<void>;
}

/** Threads used when the caller does not say: every core. */
export function defaultThreads(): number {
  return availableParallelism();
}

/**
 * Start `threads` workers running `ingestWorker`. Under tsx (sources, `.ts`) each worker loads tsx's loader first;
 * from the build (`dist/`, `.js`) it runs as it is. The register is sent once per worker, not per file. A worker
 * that dies (out of memory on a hostile file) fails only its own file; the pool starts another.
 */
export async function createIngestPool(register: Register, threads = defaultThreads()): Promise<IngestPool> {
  const { Piscina } = await import('piscina');
  const self = import.meta.url;
  const fromSource = self.endsWith('.ts');
  const pool = new Piscina({
    filename: new URL(fromSource ? './ingestWorker.ts' : './ingestWorker.js', self).href,
    minThreads: threads,
    maxThreads: threads,
    workerData: { register },
    execArgv: fromSource ? ['--import', pathToFileURL(createRequire(self).resolve('tsx')).href] : [],
    resourceLimits: { maxOldGenerationSizeMb: 1024 },
    // pdf.js waits on its own message loop between pages: a second file per worker fills those gaps (~5% faster
    // with pdf.js; poppler reads a file in one call, and the second task overlaps the next file's read)
    concurrentTasksPerWorker: 2,
  });
  return {
    threads,
    run: async (task) => {
      let reply: IngestReply;
      try {
        reply = (await pool.run(task)) as IngestReply;
      } catch (error) {
        throw new CpcError('unreadable', `${task.file}: the reader stopped (${(error as Error).message})`, { file: task.file, cause: error });
      }
      if (reply.ok) return reply.document;
      throw new CpcError(reply.code ?? 'unreadable', reply.message, { file: reply.file ?? task.file });
    },
    close: () => pool.destroy(),
  };
}
