import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { join } from 'node:path';
import type { Register } from '../corpus/register.js';
import { summaryOf, type CorpusDocument } from '../corpus/schema.js';
import { pdfEngineId } from '../ingest/pdfEngine.js';
import { readFileBounded } from '../ingest/fileBytes.js';
import { contentLimits, type ReadLimits } from '../limits.js';
import type { ManifestEntry } from '../ingest/types.js';
import { entryFile, readEntryInto, storeEntry, touchEntry } from './cacheEntries.js';
import { codeFingerprint, registerFingerprint, sha256 } from './fingerprint.js';
import { keptPieces, leftOutDigest, type ParsedRecord, type RecordSource, type SectionsDigest, type StoredRecord } from './storedRecord.js';
import { councilNameTest } from '../classify/councilNames.js';
import type { SentenceKeys } from '../classify/sectionSample.js';
import type { NameTest } from '../classify/types.js';
import { isThemeId, type ThemeId } from '../vocabulary.js';

/** How often the cache answered during one ingestion. */
export interface CacheStats {
  /** Files whose corpus record came from the cache (not parsed). */
  hits: number;
  /** Files parsed (and then stored). */
  misses: number;
}

/** What a document's record depends on besides its bytes. */
export interface DocumentContext {
  readonly display: string;
  readonly manifest: ManifestEntry | undefined;
  readonly limits: ReadLimits;
}

/** A file's identity on disk as last seen, and the hash of its bytes then. */
type Seen = readonly [size: number, mtimeMs: number, ctimeMs: number, ino: number, sha256: string];

/** The poppler addon's C++, relative to src/: editing it must change the key as editing a reader does. */
export const POPPLER_SOURCE = '../native/poppler/src';

/**
 * The content-hash cache of corpus records, in `dir`:
 * - `files.json`: absolute path -> [size, mtime, ctime, inode, sha256], so an unchanged file is not even read;
 * - `documents/<key>.json`: the corpus record, keyed by the SHA-256 of the file's bytes, its shown path, its
 *   manifest row, the limits, the council register and the code that reads and normalises it; with it, the digest
 *   of its theme sections, where in its JSON the members its summary leaves out lie (and their digest), and its
 *   sentence keys with the fingerprint of the classifier code that made them (`store`).
 * Every entry is written atomically; an entry that cannot be read or does not match its key is a miss, never an error.
 */
export class DocumentCache {
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  private changed = false;
  /** What entries are read into, one after another (`readEntryInto`): a rerun reads some hundreds of MB of them. */
  private buffer: Buffer = Buffer.allocUnsafeSlow(1 << 18);

  private constructor(
    readonly dir: string,
    private readonly seen: Map<string, Seen>,
    private readonly salt: string,
    /** The name test entries' sentence keys were made with (that of the register, which the salt covers). */
    private readonly names: NameTest,
    /** The fingerprint of the code that makes sentence keys: an entry's keys from other code are not used. */
    private readonly keysCode: string,
  ) {}

  static async open(dir: string, register: Register): Promise<DocumentCache> {
    const seen = new Map<string, Seen>();
    try {
      const index = JSON.parse(await readFile(join(dir, 'files.json'), 'utf8')) as Record<string, unknown>;
      for (const [path, value] of Object.entries(index)) if (isSeen(value)) seen.set(path, value);
    } catch {
      // no index yet, or an unreadable one: every file is hashed again
    }
    const salt = sha256(`${await codeFingerprint(['', 'ingest', 'corpus', 'text', POPPLER_SOURCE])}\n${pdfEngineId()}\n${registerFingerprint(register)}`);
    return new DocumentCache(dir, seen, salt, councilNameTest(register), await sentenceKeysCode());
  }

  /**
   * What `keep` returns of the cached record of `file` (absolute), or null; and the key to store under after a miss.
   * `keep` is called at once with the record as bytes in this cache's read buffer, which the next lookup reuses: it
   * must take what it needs of them before it returns, synchronously (the spool links the entry, or else copies its
   * bytes), and return a value other than null for the document. Only the head of the entry is parsed: the record's
   * JSON stays bytes, checked against their digests.
   */
  async lookup<K>(file: string, context: DocumentContext, keep: (record: StoredRecord) => K): Promise<{ kept: K | null; key: string | null }> {
    const limits = contentLimits(context.limits);
    const content = await this.contentHash(file, limits.maxBytes);
    if (content === null) return { kept: null, key: null };
    const key = sha256(JSON.stringify([this.salt, content, context.display, context.manifest ?? null, limits]));
    const path = this.entryPath(key);
    let found: { record: StoredRecord; mtimeMs: number } | null = null;
    try {
      const entry = readEntryInto(path, this.buffer);
      this.buffer = entry.buffer;
      const record = entryRecord(entry.bytes, key, this.names, this.keysCode, { path, ino: entry.ino });
      if (record !== null && record.sha256 === content && record.file === context.display) found = { record, mtimeMs: entry.mtimeMs };
    } catch {
      // missing or corrupt: parse the file again
    }
    if (found === null) {
      this.stats.misses++;
      return { kept: null, key };
    }
    // before anything else can read into the buffer; what `keep` throws is the caller's
    const kept = keep(found.record);
    this.stats.hits++;
    await touchEntry(path, found.mtimeMs);
    return { kept, key };
  }

  /**
   * Keep a freshly parsed record under the key `lookup` gave: `{"key":…,"sections":…,"cut":…,"leftCrc32":…,
   * "keptCrc32":…,"keys":…,"document":…}`, with the record as its JSON, where in it the members its summary leaves
   * out lie (`ParsedRecord.cut`), the CRC-32 of their bytes and of the summary's, and its sentence keys. A cache that
   * cannot be written is skipped.
   */
  async store(key: string, record: ParsedRecord): Promise<void> {
    const { sections, keys, json } = record;
    const cut = record.cut();
    const head = JSON.stringify({
      key,
      id: record.id,
      file: record.file,
      sha256: record.sha256,
      sections,
      cut,
      leftCrc32: cut === null ? null : leftOutDigest(json, cut),
      keptCrc32: cut === null ? null : crc32(record.summaryJson[0]),
      // keys made with another name test than the register's would be read back as the register's: not kept
      keys: keys.names === this.names ? { code: this.keysCode, sections: keys.sections, keys: Array.from(keys.keys) } : null,
    });
    await storeEntry(this.entryPath(key), [`${head.slice(0, -1)}${DOCUMENT_MEMBER}`, json, '}']);
  }

  /** Whether an earlier ingestion saw this path (absolute): a file it did not is likely not cached. */
  indexed(file: string): boolean {
    return this.seen.has(file);
  }

  /** Write the file index (once, at the end of an ingestion). */
  async flush(): Promise<void> {
    if (!this.changed) return;
    await storeEntry(join(this.dir, 'files.json'), JSON.stringify(Object.fromEntries(this.seen)));
    this.changed = false;
  }

  private entryPath(key: string): string {
    return entryFile(this.dir, 'documents', key);
  }

  /**
   * SHA-256 of the file's bytes: from the index when size, times and inode are unchanged, else by reading it. The
   * stat is synchronous, as `readEntryInto`'s calls are: a rerun makes thousands.
   */
  private async contentHash(file: string, maxBytes: number): Promise<string | null> {
    try {
      const info = statSync(file);
      if (!info.isFile() || info.size > maxBytes) return null;
      const known = this.seen.get(file);
      if (known !== undefined && known[0] === info.size && known[1] === info.mtimeMs && known[2] === info.ctimeMs && known[3] === info.ino) return known[4];
      const content = sha256(await readFileBounded(file, maxBytes));
      this.seen.set(file, [info.size, info.mtimeMs, info.ctimeMs, info.ino, content]);
      this.changed = true;
      return content;
    } catch {
      return null; // the reader will report why it cannot read the file
    }
  }
}

/** What comes between an entry's head and the record's JSON. */
const DOCUMENT_MEMBER = ',"document":';

/** The fingerprint of the code that makes sentence keys (`sentenceKeys`): the classifier's sentence shapes. */
function sentenceKeysCode(): Promise<string> {
  return codeFingerprint(['classify']);
}

/**
 * The record an entry's bytes hold, as `DocumentCache.store` wrote them under `key` into the file `at`: which
 * document it is and its summary's JSON, the record's JSON without the left-out members, once the bytes of both
 * parts match their digests (the whole record parsed when the entry does not say where they lie), and its sentence
 * keys when `keysCode` made them. Its JSON is a view of `bytes`, and its summary's pieces too, unless the entry does
 * not say where the left-out members lie. Null for an entry of another key or shape, or damaged where it can be
 * told. The summary is not parsed here: its bytes, checked, go to the spool, which parses them.
 */
function entryRecord(bytes: Buffer, key: string, names: NameTest, keysCode: string, at: Omit<RecordSource, 'offset'>): StoredRecord | null {
  const start = bytes.indexOf(DOCUMENT_MEMBER);
  if (start < 0 || bytes[bytes.length - 1] !== 0x7d) return null;
  const head = JSON.parse(`${bytes.toString('utf8', 0, start)}}`) as { key?: unknown; id?: unknown; file?: unknown; sha256?: unknown; sections?: Partial<SectionsDigest>; cut?: unknown; leftCrc32?: unknown; keptCrc32?: unknown; keys?: unknown };
  const { sections, cut } = head;
  if (head.key !== key || typeof sections?.digest !== 'string' || !isCount(sections.count)) return null;
  const offset = start + DOCUMENT_MEMBER.length;
  const json = bytes.subarray(offset, bytes.length - 1);
  const keys = sentenceKeysOf(head.keys, sections.count, names, keysCode);
  const digest = { digest: sections.digest, count: sections.count };
  if (cut === null) {
    const summary = summaryOf(JSON.parse(json.toString('utf8')) as CorpusDocument);
    return { id: summary.id, file: summary.file, sha256: summary.sha256, summaryJson: [Buffer.from(JSON.stringify(summary))], json, sections: digest, keys, source: { ...at, offset } };
  }
  if (typeof head.id !== 'string' || typeof head.file !== 'string' || typeof head.sha256 !== 'string') return null;
  if (!isCut(cut, json.length) || head.leftCrc32 !== leftOutDigest(json, cut)) return null;
  const summaryJson = keptPieces(json, cut);
  if (head.keptCrc32 !== summaryJson.reduce((crc, piece) => crc32(piece, crc), 0)) return null;
  return { id: head.id, file: head.file, sha256: head.sha256, summaryJson, json, sections: digest, keys, source: { ...at, offset } };
}

/**
 * An entry's sentence keys, checked: made by `code`, one theme and count a theme section, as many keys as the counts
 * add up to; null otherwise (training then reads the sections).
 */
function sentenceKeysOf(value: unknown, sectionCount: number, names: NameTest, code: string): SentenceKeys | null {
  const { code: madeBy, sections, keys } = (value ?? {}) as { code?: unknown; sections?: unknown; keys?: unknown };
  if (madeBy !== code || !Array.isArray(sections) || !Array.isArray(keys) || sections.length !== sectionCount) return null;
  let total = 0;
  for (const section of sections as unknown[]) {
    if (!Array.isArray(section) || section.length !== 2 || !isThemeId(section[0]) || !isCount(section[1])) return null;
    total += section[1] as number;
  }
  if (total !== keys.length || !keys.every((k) => Number.isInteger(k) && k >= 0 && k <= 0xffffffff)) return null;
  return { names, sections: sections as [ThemeId, number][], keys: Uint32Array.from(keys as number[]) };
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

/** Byte ranges, ascending and apart, inside a JSON text of `length` bytes. */
function isCut(value: unknown, length: number): value is [number, number][] {
  if (!Array.isArray(value)) return false;
  let after = 0;
  for (const range of value as unknown[]) {
    if (!Array.isArray(range) || range.length !== 2 || !Number.isInteger(range[0]) || !Number.isInteger(range[1])) return false;
    const [start, end] = range as [number, number];
    if (start < after || end < start || end > length) return false;
    after = end;
  }
  return true;
}

function isSeen(value: unknown): value is Seen {
  return Array.isArray(value) && value.length === 5 && value.slice(0, 4).every((n) => typeof n === 'number') && typeof value[4] === 'string';
}
