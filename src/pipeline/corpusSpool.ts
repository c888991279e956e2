import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { SectionSample, type SentenceKeys } from '../classify/sectionSample.js';
import { examplesFromSections } from '../classify/trainingExamples.js';
import type { CorpusDocument, DocumentSummary } from '../corpus/schema.js';
import { sharingStrings, type RecordSource, type SectionsDigest, type StoredRecord } from '../cache/storedRecord.js';
import { CpcError } from '../errors.js';
import { openSpools } from './spoolFolders.js';
import { trainingDigest, type TrainingCorpus } from './classifierCache.js';
import { copyLines, type LineCopy } from './copyLines.js';

const NEWLINE = Buffer.from('\n');
/** The spool's file of full records. */
const CORPUS = 'corpus.jsonl';

/** A document put in the spool: which it is, until its summary is handed on (`CorpusSpool.summary`). */
export interface SpooledDocument {
  readonly file: string;
  readonly sha256: string;
}

/**
 * Where one document's full record and its summary lie in the spool, the digest of its theme sections and their
 * sentence keys.
 */
interface Slot {
  /** The file its JSON lies in: a cache entry linked into the spool's folder, or null for the spool's own file. */
  readonly file: string | null;
  /** Where its JSON lies in that file, and its length (without a line break). */
  readonly offset: number;
  readonly length: number;
  /** Its summary: parsed when it was put (a cached record's), or where its JSON lies in the spool's file of summaries. */
  readonly summary: { readonly parsed: DocumentSummary } | { readonly offset: number; readonly length: number };
  /** The id the record was put with (a summary's differs when ingestion made ids unique). */
  readonly id: string;
  readonly sections: SectionsDigest;
  /** Its theme sections' sentence keys, for a training sample that reads only the records it keeps sentences of. */
  readonly keys: SentenceKeys | null;
}

/**
 * The full corpus records of a run, kept on disk while the run holds only summaries (`DocumentSummary`), so its
 * memory does not grow with the length of the documents: a temporary JSON Lines file that ingestion appends each
 * document to as it arrives (or a link to the cache entry that holds it), found again by the document's file. The
 * summary of a document parsed just now waits on disk too until ingestion is over (`summary`), so that the run's
 * memory is the readers' or those summaries', never both; a cached document's is parsed as it is put, while readers
 * still parse the files the cache lacks (adding 10 documents to 4,000, this thread had waited half a second for
 * them with 0.4 s of summaries to parse). Records come back with the summary's id and recommendations, which
 * ingestion may have renumbered. `close` removes it.
 */
export class CorpusSpool {
  private readonly slots = new Map<string, Slot>();
  private size = 0;
  private summariesSize = 0;

  private constructor(
    private readonly dir: string,
    private readonly fd: number,
    private readonly summariesFd: number,
  ) {}

  /**
   * A new, empty spool in a hidden folder of its own under `parent` (a run's output folder: on the disk the corpus
   * file goes to, not in a temporary folder that may be memory).
   */
  static async open(parent: string): Promise<CorpusSpool> {
    // named as `writeFileAtomic`'s temporary files are, so a later run removes it when a killed run left it
    const dir = join(parent, `.cpc-spool.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    await mkdir(dir).catch((error: unknown) => {
      throw new CpcError('write-failed', `cannot make a temporary folder in ${parent}: ${(error as Error).message}`, { file: parent });
    });
    openSpools.add(dir);
    const open = (name: string) => spoolFailure(dir, () => openSync(join(dir, name), 'w+'));
    return new CorpusSpool(dir, open(CORPUS), open('summaries.jsonl'));
  }

  /**
   * Keep a document's full record and its summary, their JSON written as it is; a record from a cache entry
   * (`StoredRecord.source`) is kept as a hard link to the entry instead, where the file system allows one and the
   * entry is still the file its bytes came from: the entry may then be replaced or removed, the link keeps them. The
   * record's bytes are not kept (a cache entry's are the cache's read buffer).
   */
  put(record: StoredRecord): SpooledDocument {
    const { file, json, summaryJson, source } = record;
    if (!this.slots.has(file)) {
      const linked = source === undefined ? null : this.link(source);
      const summaryOffset = this.summariesSize;
      spoolFailure(this.dir, () => {
        if (linked === null) {
          this.write(this.fd, json, this.size);
          this.write(this.fd, NEWLINE, this.size + json.byteLength);
        }
        // a record parsed just now keeps its summary's JSON; one read from a cache entry has its summary parsed below
        if (source === undefined) {
          for (const piece of summaryJson) {
            this.write(this.summariesFd, piece, this.summariesSize);
            this.summariesSize += piece.byteLength;
          }
        }
      });
      const summary = source === undefined ? { offset: summaryOffset, length: this.summariesSize - summaryOffset } : { parsed: parseSummary(Buffer.concat(summaryJson)) };
      const at = linked === null ? { file: null, offset: this.size } : { file: linked, offset: source!.offset };
      this.slots.set(file, { ...at, length: json.byteLength, summary, id: record.id, sections: record.sections, keys: record.keys });
      if (linked === null) this.size += json.byteLength + 1;
    }
    return { file, sha256: record.sha256 };
  }

  /** A hard link in the spool's folder to `source`'s file when it is still that inode; null when none can be made. */
  private link(source: RecordSource): string | null {
    const path = join(this.dir, `${this.slots.size}.json`);
    try {
      linkSync(source.path, path);
      if (statSync(path).ino === source.ino) return path;
      rmSync(path, { force: true }); // replaced since it was read: its bytes may differ
    } catch {
      // another file system (a cache elsewhere), or one without hard links: the bytes are copied
    }
    return null;
  }

  /** The summary of a document put in the spool: parsed when it was put, or read back. */
  summary(document: SpooledDocument): DocumentSummary {
    const { summary } = this.slot(document);
    return 'parsed' in summary ? summary.parsed : parseSummary(this.read(this.summariesFd, summary.offset, summary.length));
  }

  /** The full record of a summarised document. */
  get(summary: DocumentSummary): CorpusDocument {
    const document = JSON.parse(this.json(this.slot(summary)).toString('utf8')) as CorpusDocument;
    return { ...document, id: summary.id, recommendations: summary.recommendations };
  }

  /**
   * Write the corpus file's lines of `summaries` (`corpusLines` of their full records) to `target`, an empty file,
   * in a worker thread (`copyLines`): each line the bytes it was put as when its id is unchanged, rather than parsed
   * and written again. The digest is the SHA-256 of the file. Hundreds of MB at a sector's scale are copied on
   * another core while the run goes on; the spool stays open until the copy is done or stopped.
   */
  copyLines(summaries: readonly DocumentSummary[], target: string): LineCopy {
    const files: string[] = [];
    const offsets = new Float64Array(summaries.length);
    const lengths = new Float64Array(summaries.length);
    const given = new Map<number, Uint8Array>();
    summaries.forEach((summary, i) => {
      const slot = this.slot(summary);
      files.push(slot.file ?? join(this.dir, CORPUS));
      if (slot.id === summary.id) [offsets[i], lengths[i]] = [slot.offset, slot.length];
      else given.set(i, Buffer.from(JSON.stringify(this.get(summary))));
    });
    return copyLines(target, { files, offsets, lengths, given });
  }

  /** The full records of `summaries`, one at a time, in their order. */
  *documents(summaries: readonly DocumentSummary[]): Generator<CorpusDocument> {
    for (const summary of summaries) yield this.get(summary);
  }

  /** What training reads of `summaries`: their sections' digest now, the sections read back only to train. */
  trainingCorpus(summaries: readonly DocumentSummary[]): TrainingCorpus {
    return {
      digest: trainingDigest(summaries.flatMap((summary) => {
        const { sections } = this.slot(summary);
        return sections.count === 0 ? [] : [sections.digest];
      })),
      // by the records' sentence keys; a record's sections are read only when it holds a kept sentence
      sectionExamples: async (isName) => {
        const sample = new SectionSample(isName);
        summaries.forEach((summary, d) => {
          const { keys } = this.slot(summary);
          if (keys?.names === isName) sample.addKeys(d, keys);
          else sample.add(this.get(summary).themeSections);
        });
        return sample.examples((d) => examplesFromSections(this.get(summaries[d]!).themeSections));
      },
    };
  }

  /** Whether the document has theme sections, the text training reads. */
  givesTrainingText(summary: DocumentSummary): boolean {
    return this.slot(summary).sections.count > 0;
  }

  /** Close and remove the spool. */
  async close(): Promise<void> {
    closeSync(this.fd);
    closeSync(this.summariesFd);
    await rm(this.dir, { recursive: true, force: true });
    openSpools.delete(this.dir);
  }

  private write(fd: number, bytes: Uint8Array, at: number): void {
    for (let written = 0; written < bytes.byteLength; ) written += writeSync(fd, bytes, written, bytes.byteLength - written, at + written);
  }

  /** A record's JSON, from the spool's file or the entry it links. */
  private json(slot: Slot): Buffer {
    if (slot.file === null) return this.read(this.fd, slot.offset, slot.length);
    const fd = spoolFailure(this.dir, () => openSync(slot.file!, 'r'));
    try {
      return this.read(fd, slot.offset, slot.length);
    } finally {
      closeSync(fd);
    }
  }

  /** `length` bytes at `offset` of the file. */
  private read(fd: number, offset: number, length: number): Buffer {
    const bytes = Buffer.allocUnsafe(length);
    spoolFailure(this.dir, () => {
      for (let read = 0; read < length; ) {
        const n = readSync(fd, bytes, read, length - read, offset + read);
        if (n === 0) throw new Error('the file is shorter than what was written to it');
        read += n;
      }
    });
    return bytes;
  }

  private slot(document: SpooledDocument): Slot {
    const slot = this.slots.get(document.file);
    if (slot === undefined) throw new Error(`${document.file}: not in the corpus spool`); // a document the spool was not given
    return slot;
  }
}

/** `work` on the spool's file, its failure (a full disk) a `write-failed` naming the folder. */
function spoolFailure<T>(dir: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw new CpcError('write-failed', `the temporary corpus file in ${dir} failed: ${(error as Error).message}`, { file: dir });
  }
}

/** A summary's JSON, parsed, its repeated strings held once. */
function parseSummary(bytes: Buffer): DocumentSummary {
  return sharingStrings(JSON.parse(bytes.toString('utf8')) as DocumentSummary);
}
