import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Register } from '../corpus/register.js';
import type { CorpusDocument } from '../corpus/schema.js';
import { pdfEngineId } from '../ingest/pdfEngine.js';
import { readFileBounded } from '../ingest/fileBytes.js';
import { contentLimits, DEFAULT_MAX_BYTES, type ReadLimits } from '../limits.js';
import type { ManifestEntry } from '../ingest/types.js';
import { storeEntry, touchEntry } from './cacheEntries.js';
import { codeFingerprint, registerFingerprint, sha256 } from './fingerprint.js';

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
 *   manifest row, the limits, the council register and the code of the ingest and corpus stages.
 * Every entry is written atomically; an entry that cannot be read or does not match its key is a miss, never an error.
 */
export class DocumentCache {
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  private changed = false;

  private constructor(
    readonly dir: string,
    private readonly seen: Map<string, Seen>,
    private readonly salt: string,
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
    return new DocumentCache(dir, seen, salt);
  }

  /**
   * The cached record of `file` (absolute), or null; with it, its JSON as the entry holds it (`JSON.stringify` of
   * the record), so a caller that writes the record out need not make it again. Also returns the key to store
   * under after a miss.
   */
  async lookup(file: string, context: DocumentContext): Promise<{ document: CorpusDocument | null; json: string | null; key: string | null }> {
    const content = await this.contentHash(file, context.limits.maxBytes ?? DEFAULT_MAX_BYTES);
    if (content === null) return { document: null, json: null, key: null };
    const key = sha256(JSON.stringify([this.salt, content, context.display, context.manifest ?? null, contentLimits(context.limits)]));
    try {
      const path = this.entryPath(key);
      const text = await readFile(path, 'utf8');
      const entry = JSON.parse(text) as { key?: unknown; document?: CorpusDocument };
      if (entry.key === key && entry.document?.sha256 === content && entry.document.file === context.display) {
        this.stats.hits++;
        await touchEntry(path);
        const head = entryHead(key);
        // an entry written as `store` writes it holds the record's JSON between its head and its closing brace
        const json = text.startsWith(head) && text.endsWith('}') ? text.slice(head.length, -1) : null;
        return { document: entry.document, json, key };
      }
    } catch {
      // missing or corrupt: parse the file again
    }
    this.stats.misses++;
    return { document: null, json: null, key };
  }

  /**
   * Keep a freshly parsed record under the key `lookup` gave: `{"key":…,"document":…}`, the record given as its JSON
   * (`JSON.stringify(document)`). A cache that cannot be written is skipped.
   */
  async store(key: string, json: string): Promise<void> {
    await storeEntry(this.entryPath(key), `${entryHead(key)}${json}}`);
  }

  /** Write the file index (once, at the end of an ingestion). */
  async flush(): Promise<void> {
    if (!this.changed) return;
    await storeEntry(join(this.dir, 'files.json'), JSON.stringify(Object.fromEntries(this.seen)));
    this.changed = false;
  }

  private entryPath(key: string): string {
    return join(this.dir, 'documents', key.slice(0, 2), `${key}.json`);
  }

  /** SHA-256 of the file's bytes: from the index when size, times and inode are unchanged, else by reading it. */
  private async contentHash(file: string, maxBytes: number): Promise<string | null> {
    try {
      const info = await stat(file);
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

/** What an entry's text starts with, before the record's JSON: `JSON.stringify({ key, document })` up to the record. */
function entryHead(key: string): string {
  return `{"key":${JSON.stringify(key)},"document":`;
}

function isSeen(value: unknown): value is Seen {
  return Array.isArray(value) && value.length === 5 && value.slice(0, 4).every((n) => typeof n === 'number') && typeof value[4] === 'string';
}
