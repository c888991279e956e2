import type { CorpusDocument, DocumentSummary, SourceLocation } from '../corpus/schema.js';
import { summaryOf } from '../corpus/schema.js';
import { crc32 } from 'node:zlib';
import { sha256 } from './fingerprint.js';
import { sentenceKeys, type SentenceKeys } from '../classify/sectionSample.js';
import type { NameTest } from '../classify/types.js';

/** A digest of a document's theme sections (what training reads of it), and how many there are. */
export interface SectionsDigest {
  /** `themeSectionsDigest` of the sections. */
  readonly digest: string;
  readonly count: number;
}

/**
 * A document's corpus record as ingestion hands it on, parsed just now or read from the cache: which document it is,
 * its summary and the whole record as JSON, the digest of its theme sections and their sentence keys. A run that
 * keeps only summaries never needs the record as objects, nor, until ingestion ends, the summary: both go to the
 * spool as bytes. A record read from the cache is handed on while the cache's read buffer holds it
 * (`DocumentCache.lookup`): its bytes are to be used then, not kept.
 */
export interface StoredRecord {
  readonly id: string;
  readonly file: string;
  readonly sha256: string;
  /** `JSON.stringify` of its summary (`summaryOf` the record), as UTF-8, in pieces to be joined. */
  readonly summaryJson: readonly Uint8Array[];
  /** `JSON.stringify` of the whole record, as UTF-8. */
  readonly json: Uint8Array;
  readonly sections: SectionsDigest;
  /**
   * Its theme sections' sentences as training samples them before it reads them (`SectionSample.addKeys`); null
   * when a cache entry's were made by other code (training then reads the sections).
   */
  readonly keys: SentenceKeys | null;
  /** Where `json` lies, unchanged, in a file (a cache entry): the spool links that file instead of copying it. */
  readonly source?: RecordSource;
}

/** A file holding a record's JSON at `offset`, as inode `ino` (a file replaced since holds other bytes). */
export interface RecordSource {
  readonly path: string;
  readonly offset: number;
  readonly ino: number;
}

/**
 * The digest of one document's theme sections that `TrainingCorpus.digest` is made from, from their JSON
 * (`JSON.stringify(themeSections)`).
 */
export function themeSectionsDigest(sectionsJson: string): string {
  return sha256(sectionsJson);
}

/** The members of a record that its summary leaves out (`summaryOf`). */
const LEFT_OUT = ['themeSections', 'strengths'] as const;

/**
 * A record parsed just now, as a `StoredRecord` whose JSON and digest are made when first asked for (a run that keeps
 * whole documents never asks). `cut` gives where the left-out members lie in the JSON, for the cache (see
 * `summaryBytes`).
 */
export class ParsedRecord implements StoredRecord {
  readonly summary: DocumentSummary;
  private text: string | null = null;
  private bytes: Uint8Array | null = null;
  private sectionsText: string | null = null;
  private digest: SectionsDigest | null = null;
  private sentences: SentenceKeys | null = null;
  private cutRanges: [number, number][] | null | undefined;
  private summaryJsonMemo: Uint8Array | null = null;

  /** `names`: the name test training will sample with (`councilNameTest` of the register), for `keys`. */
  constructor(
    readonly document: CorpusDocument,
    private readonly names: NameTest,
  ) {
    this.summary = sharingStrings(summaryOf(document));
  }

  get id(): string {
    return this.document.id;
  }

  get file(): string {
    return this.document.file;
  }

  get sha256(): string {
    return this.document.sha256;
  }

  /**
   * The record's JSON without the left-out members (`cut`), in one piece, as the cache checks it and the spool keeps
   * it.
   */
  get summaryJson(): [Uint8Array] {
    if (this.summaryJsonMemo === null) {
      const cut = this.cut();
      this.summaryJsonMemo = cut === null ? Buffer.from(JSON.stringify(this.summary)) : summaryBytes(this.json, cut);
    }
    return [this.summaryJsonMemo];
  }

  get keys(): SentenceKeys {
    return (this.sentences ??= sentenceKeys(this.document.themeSections, this.names));
  }

  get json(): Uint8Array {
    return (this.bytes ??= Buffer.from(this.jsonText()));
  }

  get sections(): SectionsDigest {
    return (this.digest ??= { digest: themeSectionsDigest(this.memberText('themeSections')), count: this.document.themeSections.length });
  }

  /**
   * The byte ranges, ascending, of the left-out members in `json`, each with one comma beside it, so that the JSON
   * without them is the summary's; null when they cannot be found (the cache then parses the whole record).
   */
  cut(): [number, number][] | null {
    if (this.cutRanges === undefined) this.cutRanges = this.findCut();
    return this.cutRanges;
  }

  private findCut(): [number, number][] | null {
    const text = this.jsonText();
    const members: [number, number][] = [];
    for (const name of LEFT_OUT) {
      const key = `"${name}":`;
      const value = this.memberText(name);
      // A string's quotes are escaped in JSON, so `"name":` occurs as a key only; checking the value makes sure.
      const start = text.indexOf(key);
      if (start < 0 || !text.startsWith(value, start + key.length)) return null;
      members.push([start, start + key.length + value.length]);
    }
    // From the last member back: each takes the comma after it unless a later member took that one, else the one before.
    const ranges: [number, number][] = [];
    let taken = text.length;
    for (const [start, end] of members.sort((a, b) => b[0] - a[0])) {
      if (end > taken) return null;
      const range: [number, number] | null = text[end] === ',' && end + 1 <= taken ? [start, end + 1] : text[start - 1] === ',' ? [start - 1, end] : null;
      if (range === null) return null;
      ranges.unshift(range);
      taken = range[0];
    }
    // as byte offsets in the UTF-8 JSON
    let [at, bytes] = [0, 0];
    const byteOffset = (position: number): number => {
      bytes += Buffer.byteLength(text.slice(at, position));
      at = position;
      return bytes;
    };
    return ranges.map(([start, end]) => [byteOffset(start), byteOffset(end)]);
  }

  private jsonText(): string {
    return (this.text ??= JSON.stringify(this.document));
  }

  private memberText(name: (typeof LEFT_OUT)[number]): string {
    if (name === 'themeSections') return (this.sectionsText ??= JSON.stringify(this.document.themeSections));
    return JSON.stringify(this.document[name]);
  }
}

/**
 * `summary` with the strings it repeats held once: each source location's file (the document's own), and a
 * heading that is its recommendation's whole text. Parsing makes each one a copy of its own, some 25 MB at 4,000
 * documents. No value changes: equal strings are replaced by the same string.
 */
export function sharingStrings(summary: DocumentSummary): DocumentSummary {
  const { file } = summary;
  const located = (location: SourceLocation): void => {
    if (location.file === file) location.file = file;
  };
  for (const recommendation of summary.recommendations) {
    if (recommendation.heading === recommendation.text) recommendation.heading = recommendation.text;
    located(recommendation.source);
    recommendation.repeats.forEach(located);
  }
  for (const found of [...summary.peerTeam, ...summary.focusAreas, ...summary.committeeRecommendations]) located(found.source);
  return summary;
}

/** The JSON of a record's summary: the record's JSON without the byte ranges `ParsedRecord.cut` gave. */
export function summaryBytes(json: Uint8Array, cut: readonly (readonly [number, number])[]): Buffer {
  return Buffer.concat(keptPieces(json, cut));
}

/** The pieces of a record's JSON that a cut leaves, in order: its summary's JSON once joined (`summaryBytes`). */
export function keptPieces(json: Uint8Array, cut: readonly (readonly [number, number])[]): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const [start, end] of [...cut, [json.length, json.length] as const]) {
    if (start > from) pieces.push(json.subarray(from, start));
    from = end;
  }
  return pieces;
}

/**
 * The CRC-32 of the bytes a cut leaves out of a record's JSON, in order: what a cache entry checks them by. A check
 * against damage (a torn or edited entry), not against forgery: CRC-32 runs at several times SHA-256's speed, and a
 * rerun checks some 350 MB of text at 4,000 documents.
 */
export function leftOutDigest(json: Uint8Array, cut: readonly (readonly [number, number])[]): number {
  let crc = 0;
  for (const [start, end] of cut) crc = crc32(json.subarray(start, end), crc);
  return crc;
}

/** The whole record of a `StoredRecord`: the one at hand, or its JSON parsed. */
export function documentOf(record: StoredRecord): CorpusDocument {
  return record instanceof ParsedRecord ? record.document : (JSON.parse(Buffer.from(record.json.buffer, record.json.byteOffset, record.json.byteLength).toString('utf8')) as CorpusDocument);
}
