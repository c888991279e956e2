import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../../src/corpus/register.js';
import { loadRegister } from '../../src/resources/register.js';
import { readDocument } from '../../src/ingest/read.js';
import { ingestCorpus, ingestSummaries, type ReadOptions } from '../../src/pipeline/ingestCorpus.js';
import { NO_NAMES } from '../../src/classify/model/groupExamples.js';
import { ParsedRecord, sharingStrings, summaryBytes } from '../../src/cache/storedRecord.js';
import { corpusToJsonl } from '../../src/corpus/corpusFile.js';
import { summaryOf, type CorpusDocument, type DocumentSummary } from '../../src/corpus/schema.js';
import { trainingCorpusOf } from '../../src/pipeline/classifierCache.js';
import { CorpusSpool } from '../../src/pipeline/corpusSpool.js';
import { spooledCorpus } from '../helpers/spooledCorpus.js';
import { DocumentCache } from '../../src/cache/cache.js';
import { councilNameTest } from '../../src/classify/councilNames.js';
import { readFollowUpPassages } from '../../src/pipeline/progress.js';
import { loadResources } from '../../src/resources/resources.js';
import { RUN_STEPS, runAll, type RunStep } from '../../src/pipeline/runAll.js';
import { limitsOf } from '../../src/cli/limits.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_ENTRY_BYTES, DEFAULT_MAX_TEXT_CHARS, MB } from '../../src/limits.js';

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name)).filter((path) => statSync(path).isFile());
}

/** A reader that counts its calls, so a test can tell a cache hit from a parse. */
function countingReader() {
  const calls: string[] = [];
  const read = (file: string, options: ReadOptions) => {
    calls.push(file);
    return readDocument(file, options);
  };
  return { calls, read };
}

describe('the document cache', () => {
  let register: Register;
  /** A cold ingest of the sample into a new cache, and a copy of that cache as it left it. */
  let cacheDir: string;
  let copied: string;
  let cold: ReturnType<typeof countingReader>;
  let first: Awaited<ReturnType<typeof ingestCorpus>>;
  beforeAll(async () => {
    register = await loadRegister();
    cacheDir = mkdtempSync(join(tmpdir(), 'cpc-cache-'));
    cold = countingReader();
    first = await ingestCorpus(['data/sample'], { cwd: process.cwd(), register, cacheDir, read: cold.read });
    copied = mkdtempSync(join(tmpdir(), 'cpc-cache-'));
    cpSync(cacheDir, copied, { recursive: true });
  });

  it('answers a rerun with unchanged files from the cache, parsing nothing, with the same documents', async () => {
    expect(cold.calls).toHaveLength(5);
    expect(first.cache).toEqual({ hits: 0, misses: 5 });
    const warm = countingReader();
    const second = await ingestCorpus(['data/sample'], { cwd: process.cwd(), register, cacheDir, read: warm.read });
    expect(warm.calls).toEqual([]);
    expect(second.cache).toEqual({ hits: 5, misses: 0 });
    expect(second.documents).toEqual(first.documents);
  });

  it('ignores corrupt entries and a corrupt index: the files are parsed again, nothing fails', async () => {
    // the cold ingest's cache: five documents and the file index (the follow-ups' passages beside them)
    const entries = filesUnder(copied).filter((file) => !file.includes('/passages/'));
    expect(entries.length).toBe(6);
    entries.forEach((file, i) => writeFileSync(file, i % 2 === 0 ? '{"key": "trunc' : 'not json at all'));
    const reader = countingReader();
    const second = await ingestCorpus(['data/sample'], { cwd: process.cwd(), register, cacheDir: copied, read: reader.read });
    expect(second.failures).toEqual([]);
    expect(reader.calls).toHaveLength(5);
    expect(second.cache).toEqual({ hits: 0, misses: 5 });
    expect(second.documents).toEqual(first.documents);
  });

  it('parses a file again when its bytes change', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-cache-src-'));
    const cacheDir = join(dir, '.cache');
    const text = readFileSync('data/sample/sevenoaks-2020-proposal-report.txt', 'utf8');
    writeFileSync(join(dir, 'report.txt'), text);
    // read in this process: a reader process each would cost more than the file
    await ingestCorpus([dir], { cwd: dir, register, cacheDir, workers: 0 });
    writeFileSync(join(dir, 'report.txt'), text.replace('Sevenoaks', 'Sevenoaks District'));
    const again = await ingestCorpus([dir], { cwd: dir, register, cacheDir, workers: 0 });
    expect(again.cache).toEqual({ hits: 0, misses: 1 });
  });

  it('reads only the files added to a cached folder, and gives every document in file order as a cold run does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-cache-add-'));
    const cacheDir = join(dir, '.cache');
    const names = readdirSync('data/sample').filter((name) => /\.(?:txt|html|docx|pdf)$/.test(name)).sort();
    const copy = (name: string) => cpSync(join('data/sample', name), join(dir, 'corpus', name));
    // every other file first, then the rest added between them
    names.filter((_, i) => i % 2 === 0).forEach(copy);
    await ingestCorpus([dir], { cwd: dir, register, cacheDir, workers: 0 });
    names.filter((_, i) => i % 2 === 1).forEach(copy);
    const cache = await DocumentCache.open(cacheDir, register);
    expect(names.map((name) => cache.indexed(join(dir, 'corpus', name)))).toEqual(names.map((_, i) => i % 2 === 0));
    const reader = countingReader();
    const added = await ingestCorpus([dir], { cwd: dir, register, cacheDir, read: reader.read });
    expect(reader.calls.map((file) => file.split('/').pop()).sort()).toEqual(names.filter((_, i) => i % 2 === 1));
    expect(added.cache).toEqual({ hits: Math.ceil(names.length / 2), misses: Math.floor(names.length / 2) });
    const cold = await ingestCorpus([dir], { cwd: dir, register, workers: 0 });
    expect(added.documents).toEqual(cold.documents);
    expect(added.documents.map((d) => d.file)).toEqual(names.map((name) => `corpus/${name}`));
  });
});

describe('looking up a large cached folder', () => {
  it('lets the event loop in while it looks files up (a reader\'s reply, a new file\'s bytes), though the cache reads synchronously', async () => {
    const register = await loadRegister();
    const dir = mkdtempSync(join(tmpdir(), 'cpc-cache-turns-'));
    const cacheDir = join(dir, '.cache');
    const cached = 200;
    for (let i = 0; i < cached; i++) writeFileSync(join(dir, `note-${String(i).padStart(3, '0')}.txt`), `Cabinet report ${i}\n\nThe council noted the peer challenge update number ${i}.\n`);
    await ingestCorpus([dir], { cwd: dir, register, cacheDir, workers: 0 });
    // turns of the event loop, counted while the rerun looks the files up
    let turns = 0;
    let running = true;
    const turn = () => {
      turns++;
      if (running) setImmediate(turn);
    };
    setImmediate(turn);
    const seen: number[] = [];
    const rerun = await ingestCorpus([dir], { cwd: dir, register, cacheDir, workers: 0, onProgress: () => seen.push(turns) });
    running = false;
    expect(rerun.cache).toEqual({ hits: cached, misses: 0 });
    expect(seen).toHaveLength(cached);
    // 200 lookups made in one go would all see the same count
    expect(seen.at(-1)! - seen[0]!).toBeGreaterThanOrEqual(3);
  });
});

/** The sample ingested into a new cache folder: the folder, the options that use it, and the documents. */
async function coldCache() {
  const dir = mkdtempSync(join(tmpdir(), 'cpc-cache-'));
  const options = { cwd: process.cwd(), register: await loadRegister(), cacheDir: join(dir, '.cache'), workers: 0 };
  return { dir, options, cold: await ingestCorpus(['data/sample'], options) };
}

describe('a record as the cache keeps it', () => {
  let documents: readonly CorpusDocument[];
  beforeAll(async () => {
    documents = (await ingestCorpus(['data/sample'], { cwd: process.cwd(), register: await loadRegister(), workers: 0 })).documents;
  });

  it('finds the members a summary leaves out in the record\'s JSON: without them, the JSON is the summary\'s', () => {
    for (const document of documents) {
      const record = new ParsedRecord(document, NO_NAMES);
      const cut = record.cut();
      expect(cut).toHaveLength(2);
      expect(JSON.parse(summaryBytes(record.json, cut!).toString('utf8'))).toEqual(summaryOf(document));
      expect(Buffer.from(record.json).toString('utf8')).toBe(JSON.stringify(document));
    }
    // the members last or first in the record (the comma before or after goes with them), text not all ASCII before them
    const document = documents.find((d) => d.themeSections.length > 0)!;
    const { themeSections, strengths, ...rest } = { ...document, title: 'Peer challenge £ ’ 🙂' };
    for (const shape of [{ ...rest, strengths, themeSections }, { themeSections, strengths, ...rest }]) {
      const record = new ParsedRecord(shape, NO_NAMES);
      expect(JSON.parse(summaryBytes(record.json, record.cut()!).toString('utf8'))).toEqual(rest);
    }
  });

  it('holds a summary\'s repeated strings once without changing any value', () => {
    for (const document of documents) {
      const summary = structuredClone(summaryOf(document));
      expect(sharingStrings(summary)).toEqual(summaryOf(document));
    }
  });

  /**
   * A warm ingestion of the cached sample into a spool in `spoolDir`: every file from the cache, each summary and
   * record as the cold run's; `more` checks the spool further before it is closed.
   */
  async function warmSpoolAsCold(spoolDir: string, { options, cold }: Awaited<ReturnType<typeof coldCache>>, more: (spool: CorpusSpool, warm: readonly DocumentSummary[]) => void = () => undefined): Promise<void> {
    const spool = await CorpusSpool.open(spoolDir);
    try {
      const warm = await ingestSummaries(['data/sample'], options, spool);
      expect(warm.cache).toEqual({ hits: 5, misses: 0 });
      expect(warm.documents).toEqual(cold.documents.map(summaryOf));
      expect(await spooledCorpus(spool, warm.documents)).toBe(corpusToJsonl(cold.documents));
      more(spool, warm.documents);
    } finally {
      await spool.close();
    }
  }

  it('gives a warm run\'s spool every record byte for byte, having parsed only the summaries', async () => {
    const cached = await coldCache();
    await warmSpoolAsCold(cached.dir, cached, (spool, warm) => expect(spool.trainingCorpus(warm).digest).toBe(trainingCorpusOf(cached.cold.documents).digest));
  });

  // the spool on /dev/shm, the cache on the temporary folder's file system: a hard link between them cannot be made
  const otherFileSystem = statSync('/dev/shm', { throwIfNoEntry: false })?.dev;
  it.skipIf(otherFileSystem === undefined || otherFileSystem === statSync(tmpdir()).dev)('gives the same when the spool cannot link the entries (another file system) and copies their bytes as read', async () => {
    const elsewhere = mkdtempSync('/dev/shm/cpc-spool-');
    try {
      // no entry linked into the spool's folder: their bytes copied into its file
      await warmSpoolAsCold(elsewhere, await coldCache(), () => expect(readdirSync(readdirSync(elsewhere).map((name) => join(elsewhere, name))[0]!).sort()).toEqual(['corpus.jsonl', 'summaries.jsonl']));
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('gives the same from entries that do not say where the left-out members lie (the whole record parsed)', async () => {
    const cached = await coldCache();
    for (const file of filesUnder(join(cached.dir, '.cache', 'documents'))) {
      writeFileSync(file, readFileSync(file, 'utf8').replace(/"cut":\[\[\d+,\d+\],\[\d+,\d+\]\],"leftCrc32":\d+,"keptCrc32":\d+/, '"cut":null,"leftCrc32":null,"keptCrc32":null'));
    }
    expect(filesUnder(join(cached.dir, '.cache', 'documents')).filter((file) => readFileSync(file, 'utf8').includes('"cut":null'))).toHaveLength(5);
    await warmSpoolAsCold(cached.dir, cached);
  });

  it('parses a file again when the bytes its summary leaves out are damaged, though its summary would parse', async () => {
    const { dir, options, cold } = await coldCache();
    let damaged = 0;
    for (const file of filesUnder(join(dir, '.cache', 'documents'))) {
      const text = readFileSync(file, 'utf8');
      // one letter of the first theme section's text changed: the record still parses, its summary is untouched
      const at = text.indexOf('"themeSections":[{');
      const letter = at < 0 ? -1 : text.indexOf('"text":"', at) + 9;
      if (letter < 9) continue;
      writeFileSync(file, `${text.slice(0, letter)}${text[letter] === 'x' ? 'y' : 'x'}${text.slice(letter + 1)}`);
      damaged++;
    }
    expect(damaged).toBeGreaterThan(0);
    const again = await ingestCorpus(['data/sample'], options);
    expect(again.cache).toEqual({ hits: 5 - damaged, misses: damaged });
    expect(again.documents).toEqual(cold.documents);
  });

  it('parses a file again when its summary\'s bytes are damaged, though they would still parse (they are read back only after ingestion)', async () => {
    const { dir, options, cold } = await coldCache();
    for (const file of filesUnder(join(dir, '.cache', 'documents'))) {
      const text = readFileSync(file, 'utf8');
      // one digit of the record's byte count changed: same length, still JSON, in the part the summary keeps
      writeFileSync(file, text.replace(/("document":\{.*?"bytes":)(\d)/, (_, before: string, digit: string) => `${before}${digit === '1' ? '2' : '1'}`));
    }
    const reader = countingReader();
    const again = await ingestCorpus(['data/sample'], { ...options, read: reader.read });
    expect(again.cache).toEqual({ hits: 0, misses: 5 });
    expect(reader.calls).toHaveLength(5);
    expect(again.documents).toEqual(cold.documents);
  });

  it('uses an entry whose sentence keys other code made, and trains from its sections instead', async () => {
    const { dir, options, cold } = await coldCache();
    for (const file of filesUnder(join(dir, '.cache', 'documents'))) {
      writeFileSync(file, readFileSync(file, 'utf8').replace(/"keys":\{"code":"[0-9a-f]+"/, '"keys":{"code":"other"'));
    }
    const spool = await CorpusSpool.open(dir);
    try {
      const warm = await ingestSummaries(['data/sample'], options, spool);
      expect(warm.cache).toEqual({ hits: 5, misses: 0 });
      const names = councilNameTest(options.register);
      expect(await spool.trainingCorpus(warm.documents).sectionExamples(names)).toEqual(await trainingCorpusOf(cold.documents).sectionExamples(names));
    } finally {
      await spool.close();
    }
  });

  it('keeps no sentence keys made with another name test than the register\'s, which they would be read back as', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-cache-'));
    const register = await loadRegister();
    const file = resolve('data/sample/sevenoaks-2020-proposal-report.txt');
    const context = { display: 'data/sample/sevenoaks-2020-proposal-report.txt', manifest: undefined, limits: {} };
    const document = documents.find((d) => d.file === context.display)!;
    for (const [names, kept] of [[NO_NAMES, false], [councilNameTest(register), true]] as const) {
      const cache = await DocumentCache.open(dir, register);
      const { key } = await cache.lookup(file, context, () => null);
      await cache.store(key!, new ParsedRecord(document, names));
      const { kept: record } = await (await DocumentCache.open(dir, register)).lookup(file, context, (stored) => ({ summary: JSON.parse(Buffer.concat(stored.summaryJson).toString('utf8')) as unknown, keys: stored.keys }));
      expect(record?.summary).toEqual(summaryOf(document));
      expect(record?.keys !== null).toBe(kept);
    }
  });

  it('finds an entry stored with the CLI\'s default limits when called with none, and misses it under other limits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-cache-'));
    const register = await loadRegister();
    const file = resolve('data/sample/sevenoaks-2020-proposal-report.txt');
    const display = 'data/sample/sevenoaks-2020-proposal-report.txt';
    const cli = limitsOf({ maxFileMb: DEFAULT_MAX_BYTES / MB, maxEntryMb: DEFAULT_MAX_ENTRY_BYTES / MB, maxTextMb: DEFAULT_MAX_TEXT_CHARS / 1_000_000, maxMemoryMb: 100, timeout: 5 });
    const cache = await DocumentCache.open(dir, register);
    const { key } = await cache.lookup(file, { display, manifest: undefined, limits: cli }, () => null);
    await cache.store(key!, new ParsedRecord(documents.find((d) => d.file === display)!, NO_NAMES));
    const again = await DocumentCache.open(dir, register);
    expect((await again.lookup(file, { display, manifest: undefined, limits: {} }, (record) => record.id)).kept).not.toBeNull();
    expect((await again.lookup(file, { display, manifest: undefined, limits: { maxTextChars: 1000 } }, (record) => record.id)).kept).toBeNull();
  });

  it('hands a hit to its keeper, whose error is the caller\'s, not a miss', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-cache-'));
    const register = await loadRegister();
    const file = resolve('data/sample/sevenoaks-2020-proposal-report.txt');
    const context = { display: 'data/sample/sevenoaks-2020-proposal-report.txt', manifest: undefined, limits: {} };
    const cache = await DocumentCache.open(dir, register);
    const { key } = await cache.lookup(file, context, () => null);
    await cache.store(key!, new ParsedRecord(documents.find((d) => d.file === context.display)!, NO_NAMES));
    const again = await DocumentCache.open(dir, register);
    await expect(again.lookup(file, context, () => {
      throw new Error('the spool is full');
    })).rejects.toThrow('the spool is full');
    expect(again.stats).toEqual({ hits: 0, misses: 0 });
    expect((await again.lookup(file, context, (record) => record.id)).kept).toBe(documents.find((d) => d.file === context.display)!.id);
  });

  it('parses a file again when its entry says the left-out members lie elsewhere than they do', async () => {
    const { dir, options, cold } = await coldCache();
    for (const file of filesUnder(join(dir, '.cache', 'documents'))) {
      writeFileSync(file, readFileSync(file, 'utf8').replace(/"cut":\[\[(\d+)/, (_, start: string) => `"cut":[[${Number(start) + 3}`));
    }
    const again = await ingestCorpus(['data/sample'], options);
    expect(again.cache).toEqual({ hits: 0, misses: 5 });
    expect(again.documents).toEqual(cold.documents);
  });
});

describe('cpc run with a warm cache', () => {
  const read = (dir: string, file: string) => readFileSync(join(dir, file));

  it('writes byte-identical outputs from the cache (documents, classifier, charts) and with --no-cache', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cpc-run-cache-'));
    const steps: RunStep[] = [];
    const cold = await runAll(['data/sample'], { cwd: process.cwd(), out, excel: false, onStep: (step) => steps.push(step) });
    expect(steps).toEqual([...RUN_STEPS]);
    const before = new Map(filesUnder(out).filter((f) => !f.includes('.cache')).map((f) => [f, read(out, f.slice(out.length + 1))]));
    const cache = filesUnder(join(out, '.cache')).map((f) => f.slice(out.length + 8).split('/')[0]);
    expect(new Set(cache)).toEqual(new Set(['files.json', 'documents', 'classifiers', 'charts', 'passages']));

    const warm = await runAll(['data/sample'], { cwd: process.cwd(), out, excel: false });
    expect(cold.ingest.cache).toEqual({ hits: 0, misses: 5 });
    expect(warm.ingest.cache).toEqual({ hits: 5, misses: 0 });
    for (const [file, bytes] of before) expect(read(out, file.slice(out.length + 1)).equals(bytes), file).toBe(true);

    // corrupt trained classifiers, drawn charts and follow-up passages are trained, drawn and read again, to the same bytes
    for (const file of filesUnder(join(out, '.cache')).filter((f) => /classifiers|charts|passages/.test(f))) writeFileSync(file, '<svg garbage');
    await runAll(['data/sample'], { cwd: process.cwd(), out, excel: false });
    for (const [file, bytes] of before) expect(read(out, file.slice(out.length + 1)).equals(bytes), file).toBe(true);

    const uncached = mkdtempSync(join(tmpdir(), 'cpc-run-cache-'));
    const none = await runAll(['data/sample'], { cwd: process.cwd(), out: uncached, excel: false, cacheDir: null });
    expect(none.ingest.cache).toBeNull();
    for (const [file, bytes] of before) {
      const name = file.slice(out.length + 1);
      // the briefing names the corpus file it read, inside each run's own folder
      const text = (dir: string, content: Buffer) => content.toString('latin1').split(dir).join('<out>');
      expect(text(uncached, read(uncached, name)), name).toBe(text(out, bytes));
    }
  }, 180_000);
});

describe('the follow-up passages in the cache', () => {
  it('reads a follow-up file once: a rerun takes its passages from the cache, the same as read', async () => {
    const resources = await loadResources();
    const { documents } = await ingestCorpus(['test/fixtures/lineage'], { cwd: process.cwd(), register: resources.register, workers: 0 });
    const cacheDir = mkdtempSync(join(tmpdir(), 'cpc-passages-'));
    const read = await readFollowUpPassages(documents, { cwd: process.cwd() });
    const first = await readFollowUpPassages(documents, { cwd: process.cwd(), cacheDir });
    expect(read.passages.size).toBeGreaterThan(0);
    expect(first).toEqual(read);
    // from elsewhere no file can be read again: every passage comes from the cache
    const elsewhere = mkdtempSync(join(tmpdir(), 'cpc-passages-cwd-'));
    const cached = await readFollowUpPassages(documents, { cwd: elsewhere, cacheDir });
    expect(cached).toEqual(read);
    expect(await readFollowUpPassages(documents, { cwd: elsewhere })).not.toEqual(read);
  }, 120_000);
});
