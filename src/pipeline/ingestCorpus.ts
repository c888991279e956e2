import { dirname, resolve } from 'node:path';
import type { Register } from '../corpus/register.js';
import type { CorpusDocument, DocumentSummary } from '../corpus/schema.js';
import type { CorpusSpool } from './corpusSpool.js';
import { withUniqueIds } from '../corpus/uniqueIds.js';
import { CpcError, isCpcError, warning, type ErrorCode, type Warning } from '../errors.js';
import { discoverFiles } from '../ingest/discover.js';
import { findManifests } from '../ingest/manifest.js';
import { pdfEngine } from '../ingest/pdfEngine.js';
import type { ReadLimits } from '../limits.js';
import { byCodeUnit } from '../order.js';
import type { ReadDocumentOptions } from '../ingest/read.js';
import type { ManifestEntry } from '../ingest/types.js';
import { DocumentCache, type CacheStats } from '../cache/cache.js';
import { documentOf, ParsedRecord, type StoredRecord } from '../cache/storedRecord.js';
import { councilNameTest } from '../classify/councilNames.js';
import { createIngestPool, defaultThreads, releaseSpareReaders, type IngestPool } from '../pool/ingestPool.js';
import { displayPath, readAndNormalise, type ParsedFile, type ReadFile } from '../pool/readOne.js';
import type { normalise } from '../corpus/normalise.js';
import type { NameTest } from '../classify/types.js';
import { storePassages } from './passageCache.js';
import { mapLimit } from '../concurrency.js';

export { displayPath } from '../pool/readOne.js';

/** One file that could not be read, with a stable code. */
export interface FileFailure {
  readonly file: string;
  readonly code: ErrorCode;
  readonly message: string;
}

/** Cache lookups made in one turn of the event loop (see `ingestEach`): about 5 ms of work. */
const LOOKUPS_A_TURN = 32;

/** Files to parse per reader process started by default: each takes a third of a second to start (more beside other work). */
const FILES_PER_READER = 8;

export interface IngestOptions {
  readonly cwd: string;
  readonly register: Register;
  /** Per-file, per-archive-entry, text-length, memory and time limits (safe defaults when absent). */
  readonly limits?: ReadLimits;
  /** Files read at once on this thread (without the worker pool). */
  readonly concurrency?: number;
  readonly onProgress?: (done: number, total: number, file: string) => void;
  /** Read one file here, instead of the default reader (with it, the worker pool is not used). */
  readonly read?: ReadFile;
  /**
   * Child processes that read and normalise files, each one file at a time under the limits' memory ceiling and
   * time limit (see `createIngestPool`): default one per 8 files to parse, at most every core
   * (`os.availableParallelism()`). 0 reads on this thread, without that isolation: a file that exhausts memory or loops ends the
   * process, so use it only on files you trust.
   */
  readonly workers?: number;
  /** Folder of the content-hash cache of corpus records; none when absent. Never read as input. */
  readonly cacheDir?: string;
  /** Follow symbolic links that lead outside the paths given (default: not followed, a `skipped-file` warning). */
  readonly followLinks?: boolean;
  /** Folders never read as input, the output folder for one (the cache is never read either). */
  readonly exclude?: readonly string[];
}

/** What a reader passed as `read` is given: the limits and the file's manifest row. */
export type ReadOptions = ReadDocumentOptions;

export interface IngestResult<D extends DocumentSummary = CorpusDocument> {
  /** Documents in file order, duplicates (same bytes) kept once. */
  readonly documents: readonly D[];
  readonly failures: readonly FileFailure[];
  /** Batch-level warnings: duplicates, skipped files, symlink loops. Per-document warnings stay on documents. */
  readonly warnings: readonly Warning[];
  /** Files answered from the cache and files parsed (null without a cache). */
  readonly cache: CacheStats | null;
}

/**
 * Files, folders and globs -> corpus documents. A broken file becomes a `FileFailure`; the rest are processed.
 *
 * Phases: discover (recurse, glob, sort) -> manifests (each folder's read once) -> each file's cached record, or
 * else (as soon as that is known) read and normalised (isolated child processes, or bounded concurrency here) ->
 * drop byte-identical duplicates -> make ids unique. Documents come in file order, however they were read.
 */
export async function ingestCorpus(inputs: readonly string[], options: IngestOptions): Promise<IngestResult> {
  const result = await ingestEach(inputs, options, documentOf);
  return { ...result, documents: withUniqueIds(result.documents) };
}

/**
 * `ingestCorpus` for a corpus of any size: each document's full record and its summary go to `spool` as soon as it
 * is read (or found in the cache), so memory does not grow with the documents' length. The summaries of the files
 * read are read back once every file is in, after the idle readers have been ended (`releaseSpareReaders`): the
 * readers' memory and those summaries' are never held at once. The cached documents' are parsed as they are found,
 * while the readers read (see `CorpusSpool`).
 */
export async function ingestSummaries(inputs: readonly string[], options: IngestOptions, spool: CorpusSpool): Promise<IngestResult<DocumentSummary>> {
  const result = await ingestEach(inputs, options, (record) => spool.put(record));
  releaseSpareReaders();
  return { ...result, documents: withUniqueIds(result.documents.map((document) => spool.summary(document))) };
}

/** What a document is known by while ingestion is under way: its file and content's hash. */
type Kept = Pick<DocumentSummary, 'file' | 'sha256'>;

/**
 * Ingestion, keeping of each document what `keep` returns of its record (parsed just now, or from the cache), in
 * file order, duplicates dropped; ids are not yet made unique. `keep` takes what it needs of the record's bytes
 * before it returns: a cached record's are the cache's read buffer (`DocumentCache.lookup`).
 */
async function ingestEach<K extends Kept>(inputs: readonly string[], options: IngestOptions, keep: (record: StoredRecord) => K): Promise<Omit<IngestResult, 'documents'> & { readonly documents: readonly K[] }> {
  // a CPC_PDF_ENGINE mistake is a usage error before any file is read, not one failure per PDF
  pdfEngine();
  const exclude = [...(options.exclude ?? []), ...(options.cacheDir === undefined ? [] : [options.cacheDir])].map((dir) => resolve(options.cwd, dir));
  const discovered = await discoverFiles([...inputs], options.cwd, { exclude, ...(options.followLinks === true ? { followLinks: true } : {}) });
  const firstError = discovered.errors[0];
  if (discovered.files.length === 0 && firstError !== undefined) throw firstError;
  const failures: FileFailure[] = discovered.errors.map((e) => failureOf(e.file ?? '', e, options.cwd));
  const warnings: Warning[] = [...discovered.warnings];
  const files = discovered.files;
  const limits: ReadLimits = options.limits ?? {};
  const cache = options.cacheDir === undefined ? null : await DocumentCache.open(resolve(options.cwd, options.cacheDir), options.register);
  // the name test training samples sentences with, for the records' sentence keys
  const names = councilNameTest(options.register);
  const manifests = await findManifests(files);
  warnings.push(...manifests.warnings.map((w) => ({ ...w, file: displayPath(w.file ?? '', options.cwd) })));
  let finished = 0;
  const progress = (file: string) => options.onProgress?.(++finished, files.length, file);
  const fail = (file: string, error: unknown) => {
    failures.push(failureOf(file, error, options.cwd));
    progress(file);
    return null;
  };

  // Each file from the cache, or parsed: a file the cache does not have goes to a reader as soon as that is known,
  // so the readers start and read while the rest are looked up. The cache reads synchronously (see
  // `readEntryInto`), so files no earlier run saw are looked up first, on their own (their bytes are read through the
  // event loop to be hashed), and the event loop is let in every few lookups (the readers' replies, a next file for
  // them).
  const parser = new Parser(options, names, cache, keep);
  const slots: ({ file: string; document: K | null } | null)[] = new Array(files.length).fill(null);
  let lookups = 0;
  // the turn every lookup waits for once it is due: one lookup waiting alone would not stop the 15 others
  let turn: Promise<void> | null = null;
  const lookUp = async (i: number): Promise<void> => {
    if (++lookups % LOOKUPS_A_TURN === 0) {
      turn ??= new Promise<void>((resolve) => setImmediate(() => {
        turn = null;
        resolve();
      }));
    }
    if (turn !== null) await turn;
    const file = files[i]!;
    try {
      const broken = manifests.broken.get(dirname(file));
      if (broken !== undefined) {
        // the folder itself (cannot be entered), or its manifest
        const why = broken.file === dirname(file) ? `in ${broken.message}` : `the manifest beside it cannot be used: ${broken.message}`;
        throw new CpcError(broken.code, `${file}: ${why}`, { file, cause: broken });
      }
      const manifest = manifests.entries.get(file);
      const looked = cache === null ? { kept: null, key: null } : await cache.lookup(file, { display: displayPath(file, options.cwd), manifest, limits }, keep);
      const slot = { file, document: looked.kept };
      slots[i] = slot;
      if (slot.document !== null) {
        progress(file);
        return;
      }
      parser.add({ file, manifest, key: looked.key }, (document) => {
        slot.document = document;
        progress(file);
      }, (error) => {
        slots[i] = fail(file, error);
      });
    } catch (error) {
      slots[i] = fail(file, error);
    }
  };
  try {
    for (const group of cache === null ? [files.map((_, i) => i)] : byLikelyMiss(files, cache)) await mapLimit(group, 16, lookUp);
    await parser.finished();
  } finally {
    await parser.close();
    await cache?.flush();
  }

  const bySha = new Map<string, string>();
  const documents: K[] = [];
  for (const slot of slots) {
    const document = slot?.document ?? null;
    if (document === null) continue;
    const first = bySha.get(document.sha256);
    if (first !== undefined) {
      warnings.push(warning('duplicate-document', `same content as ${first}; counted once`, document.file));
      continue;
    }
    bySha.set(document.sha256, document.file);
    documents.push(document);
  }
  failures.sort((a, b) => byCodeUnit(a.file, b.file) || byCodeUnit(a.code, b.code));
  return { documents, failures, warnings, cache: cache === null ? null : { ...cache.stats } };
}

/** The files to look up, in two groups: those the cache's index has never seen (likely to be parsed), then the rest. */
function byLikelyMiss(files: readonly string[], cache: DocumentCache): [number[], number[]] {
  const indices = files.map((_, i) => i);
  return [indices.filter((i) => !cache.indexed(files[i]!)), indices.filter((i) => cache.indexed(files[i]!))];
}

/** A file the cache does not have: its manifest row, and the key to store its record under (null: none). */
interface ParseTask {
  readonly file: string;
  readonly manifest: ManifestEntry | undefined;
  readonly key: string | null;
}

/**
 * Parses files as ingestion finds them missing from the cache, keeping what `keep` returns of each record (stored in
 * the cache first). The readers start with the first file: one per `FILES_PER_READER` files handed over so far,
 * up to every core (or `options.workers`); in this process instead (`options.read`, or no workers) with
 * `options.concurrency` files at a time, the reader and normaliser loaded then. Files wait their turn as data: only
 * a few are in hand at once.
 */
class Parser<D extends Kept> {
  private readonly limits: ReadLimits;
  private tasks = 0;
  private pool: Promise<IngestPool> | null = null;
  private local: Promise<{ read: ReadFile; normalise: typeof normalise }> | null = null;
  private readonly waiting: { readonly task: ParseTask; readonly parsed: (document: D) => void; readonly failed: (error: unknown) => void }[] = [];
  private running = 0;
  private drained: (() => void) | null = null;
  private callbackError: { readonly error: unknown } | null = null;

  constructor(
    private readonly options: IngestOptions,
    private readonly names: NameTest,
    private readonly cache: DocumentCache | null,
    private readonly keep: (record: StoredRecord) => D,
  ) {
    this.limits = options.limits ?? {};
  }

  /** Parse the file when its turn comes, then hand its document to `parsed` (or why it failed to `failed`). */
  add(task: ParseTask, parsed: (document: D) => void, failed: (error: unknown) => void): void {
    this.tasks += 1;
    // a file that waits its turn may call for another reader now, not once it is handed over
    void this.pool?.then((pool) => pool.allow(this.wanted()));
    this.waiting.push({ task, parsed, failed });
    this.next();
  }

  /**
   * Settles once every file added has been parsed or has failed (every file looked up first); rejects with the first
   * error a callback threw.
   */
  async finished(): Promise<void> {
    if (this.running > 0 || this.waiting.length > 0) await new Promise<void>((resolve) => (this.drained = resolve));
    if (this.callbackError !== null) throw this.callbackError.error;
  }

  /** Start waiting files while fewer than the bound are in hand: four a reader, or `options.concurrency` here. */
  private next(): void {
    const bound = this.readers() > 0 ? this.readers() * 4 : (this.options.concurrency ?? 4);
    while (this.running < bound && this.waiting.length > 0) {
      const { task, parsed, failed } = this.waiting.shift()!;
      this.running += 1;
      // a callback that throws (the caller's progress display) is the ingestion's error, as a lookup's is
      void this.parse(task).then(parsed, failed).catch((error: unknown) => {
        this.callbackError ??= { error };
      }).finally(() => {
        this.running -= 1;
        this.next();
        if (this.running === 0 && this.waiting.length === 0) this.drained?.();
      });
    }
  }

  /** The most readers this ingestion may start: 0 to read in this process. */
  private readers(): number {
    return this.options.read !== undefined ? 0 : (this.options.workers ?? defaultThreads());
  }

  private async parse(task: ParseTask): Promise<D> {
    const { document, passages } = await this.read(task);
    const record = new ParsedRecord(document, this.names);
    if (this.cache !== null && task.key !== null) await this.cache.store(task.key, record);
    // a follow-up's passages, cut while its text was at hand: progress then need not read the file again
    if (this.cache !== null && passages !== null) await storePassages(this.cache.dir, document, this.limits, passages);
    return this.keep(record);
  }

  /** End the readers (kept as spares for a next ingestion in this process). */
  async close(): Promise<void> {
    await (await this.pool)?.close();
  }

  /**
   * The readers the files found missing so far call for: one per `FILES_PER_READER` (each file its own with
   * `options.workers` set). A few files found missing while the rest are looked up (files added to a cached corpus)
   * get their readers at once too: adding 10 documents to 4,000, two readers beside the lookups were done with
   * them 0.1–0.35 s sooner than one.
   */
  private wanted(): number {
    return this.options.workers !== undefined ? this.tasks : Math.ceil(this.tasks / FILES_PER_READER);
  }

  private read(task: ParseTask): Promise<ParsedFile> {
    const { options, limits } = this;
    const cap = this.readers();
    if (cap <= 0) {
      this.local ??= (async () => ({ read: options.read ?? (await import('../ingest/read.js')).readDocument, normalise: (await import('../corpus/normalise.js')).normalise }))();
      return this.local.then((local) => readAndNormalise(task.file, { cwd: options.cwd, register: options.register, limits, manifest: task.manifest, ...local }));
    }
    this.pool ??= createIngestPool(options.register, cap, limits, this.wanted());
    // more readers are allowed as files are found missing (`add`)
    return this.pool.then((pool) => pool.run({ file: task.file, cwd: options.cwd, limits, ...(task.manifest === undefined ? {} : { manifest: task.manifest }) }));
  }
}

/** A failure with the file shown as the user would write it (relative to the working directory). */
export function failureOf(file: string, error: unknown, cwd: string): FileFailure {
  const shown = displayPath(isCpcError(error) ? (error.file ?? file) : file, cwd);
  const message = isCpcError(error) ? error.message : `${(error as Error).message ?? String(error)}`;
  return { file: shown, code: isCpcError(error) ? error.code : 'unreadable', message: message.split(`${cwd}/`).join('') };
}
