import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { examplesFromSections } from '../../src/classify/trainingExamples.js';
import { corpusToJsonl } from '../../src/corpus/corpusFile.js';
import { summaryOf, type CorpusDocument } from '../../src/corpus/schema.js';
import { trainingCorpusOf } from '../../src/pipeline/classifierCache.js';
import { removeStaleTemporaryFiles } from '../../src/export/atomic.js';
import { CorpusSpool } from '../../src/pipeline/corpusSpool.js';
import { spooledCorpus } from '../helpers/spooledCorpus.js';
import { NO_NAMES } from '../../src/classify/model/groupExamples.js';
import { ParsedRecord, type RecordSource } from '../../src/cache/storedRecord.js';
import { abandonSpools } from '../../src/pipeline/spoolFolders.js';
import { ingestCorpus, ingestSummaries } from '../../src/pipeline/ingestCorpus.js';
import { loadRegister } from '../../src/resources/register.js';
import { councilNameTest } from '../../src/classify/councilNames.js';

describe('CorpusSpool: full records on disk, summaries in memory', () => {
  let documents: readonly CorpusDocument[];

  beforeAll(async () => {
    documents = (await ingestCorpus(['data/sample'], { cwd: process.cwd(), register: await loadRegister(), workers: 0 })).documents;
  }, 60_000);

  it('ingests the same corpus as summaries, and gives back each full record, byte for byte', async () => {
    const spool = await CorpusSpool.open(tmpdir());
    try {
      const result = await ingestSummaries(['data/sample'], { cwd: process.cwd(), register: await loadRegister(), workers: 0 }, spool);
      expect(result.documents).toEqual(documents.map(summaryOf));
      expect(result.documents.some((d) => 'themeSections' in d || 'strengths' in d)).toBe(false);
      expect(corpusToJsonl(spool.documents(result.documents))).toBe(corpusToJsonl(documents));
      expect(await spooledCorpus(spool, result.documents)).toBe(corpusToJsonl(documents));
    } finally {
      await spool.close();
    }
  }, 60_000);

  it('writes a record given as its JSON (a cache entry\'s) as that JSON, and reads it back whole', async () => {
    const spool = await CorpusSpool.open(tmpdir());
    try {
      const stoke = documents.find((d) => d.themeSections.length > 0)!;
      const json = JSON.stringify(stoke);
      const { sections, keys } = new ParsedRecord(stoke, NO_NAMES);
      const summary = spool.summary(spool.put({ id: stoke.id, file: stoke.file, sha256: stoke.sha256, summaryJson: [Buffer.from(JSON.stringify(summaryOf(stoke)))], json: Buffer.from(json), sections, keys }));
      expect(summary).toEqual(summaryOf(stoke));
      expect(await spooledCorpus(spool, [summary])).toBe(`${json}\n`);
      expect(spool.get(summary)).toEqual(stoke);
    } finally {
      await spool.close();
    }
  });

  it('links a record that lies in a cache entry instead of copying it: the entry may go, the record stays', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-link-'));
    const spool = await CorpusSpool.open(dir);
    try {
      const [stoke, other] = [documents.find((d) => d.themeSections.length > 0)!, documents.find((d) => d.themeSections.length === 0)!];
      const entryOf = (document: CorpusDocument, name: string) => {
        const path = join(dir, name);
        const head = '{"key":"k","document":';
        writeFileSync(path, `${head}${JSON.stringify(document)}}`);
        return { path, offset: Buffer.byteLength(head), ino: statSync(path).ino };
      };
      const stored = (document: CorpusDocument, source: RecordSource) => {
        const { sections, keys } = new ParsedRecord(document, NO_NAMES);
        return { id: document.id, file: document.file, sha256: document.sha256, summaryJson: [Buffer.from(JSON.stringify(summaryOf(document)))], json: Buffer.from(JSON.stringify(document)), sections, keys, source };
      };
      const linked = entryOf(stoke, 'linked.json');
      // an entry replaced after it was read (another inode): its bytes are copied, not linked
      const replaced = { ...entryOf(other, 'replaced.json'), ino: -1 };
      const summaries = [spool.summary(spool.put(stored(stoke, linked))), spool.summary(spool.put(stored(other, replaced)))];
      expect(readdirSync(readdirSync(dir).filter((name) => name.startsWith('.cpc-spool')).map((name) => join(dir, name))[0]!).sort()).toEqual(['0.json', 'corpus.jsonl', 'summaries.jsonl']);
      // the entries replaced by other bytes and removed: what was put stays
      writeFileSync(`${linked.path}.new`, 'other bytes');
      renameSync(`${linked.path}.new`, linked.path);
      rmSync(linked.path);
      rmSync(replaced.path);
      expect(spool.get(summaries[0]!)).toEqual(stoke);
      expect(await spooledCorpus(spool, summaries)).toBe(corpusToJsonl([stoke, other]));
    } finally {
      await spool.close();
    }
  });

  it('parses a cached record\'s summary as it is put (readers may still be at work), one parsed just now\'s only when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-early-'));
    const spool = await CorpusSpool.open(dir);
    try {
      const [stoke, other] = [documents.find((d) => d.themeSections.length > 0)!, documents.find((d) => d.themeSections.length === 0)!];
      const path = join(dir, 'entry.json');
      writeFileSync(path, `{"key":"k","document":${JSON.stringify(stoke)}}`);
      const { sections, keys } = new ParsedRecord(stoke, NO_NAMES);
      const cached = spool.put({ id: stoke.id, file: stoke.file, sha256: stoke.sha256, summaryJson: [Buffer.from(JSON.stringify(summaryOf(stoke)))], json: Buffer.from(JSON.stringify(stoke)), sections, keys, source: { path, offset: 22, ino: statSync(path).ino } });
      const parsed = spool.put(new ParsedRecord(other, NO_NAMES));
      // the spool's summaries, written over after both were put: only the summary not yet parsed is lost
      const summaries = join(dir, readdirSync(dir).find((name) => name.startsWith('.cpc-spool'))!, 'summaries.jsonl');
      writeFileSync(summaries, ' '.repeat(statSync(summaries).size));
      expect(spool.summary(cached)).toEqual(summaryOf(stoke));
      expect(() => spool.summary(parsed)).toThrow();
    } finally {
      await spool.close();
    }
  });

  it('returns a record with the id and recommendations its summary was given (ids made unique after reading)', async () => {
    const spool = await CorpusSpool.open(tmpdir());
    try {
      const stoke = documents.find((d) => d.themeSections.length > 0)!;
      const summary = spool.summary(spool.put(new ParsedRecord(stoke, NO_NAMES)));
      const renumbered = { ...summary, id: `${summary.id}-2`, recommendations: summary.recommendations.map((r) => ({ ...r, id: `${r.id}x` })) };
      const back = spool.get(renumbered);
      expect(back.id).toBe(`${stoke.id}-2`);
      expect(back.recommendations.map((r) => r.id)).toEqual(stoke.recommendations.map((r) => `${r.id}x`));
      expect(back.themeSections).toEqual(stoke.themeSections);
      expect(Object.keys(back)).toEqual(Object.keys(stoke));
      expect(await spooledCorpus(spool, [renumbered, summary])).toBe(corpusToJsonl([back, stoke]));
    } finally {
      await spool.close();
    }
  });

  it('keeps two files of the same bytes apart: each comes back as its own file', async () => {
    const spool = await CorpusSpool.open(tmpdir());
    try {
      const [first] = documents;
      const copy = { ...first!, file: 'elsewhere/copy.pdf', id: 'copy' };
      const [a, b] = [spool.put(new ParsedRecord(first!, NO_NAMES)), spool.put(new ParsedRecord(copy, NO_NAMES))].map((put) => spool.summary(put));
      expect(spool.get(b!).file).toBe('elsewhere/copy.pdf');
      expect(spool.get(a!).file).toBe(first!.file);
    } finally {
      await spool.close();
    }
  });

  it('trains from what it holds as from the documents in memory: same digest, same section sentences', async () => {
    const spool = await CorpusSpool.open(tmpdir());
    try {
      const summaries = documents.map((d) => spool.summary(spool.put(new ParsedRecord(d, NO_NAMES))));
      const spooled = spool.trainingCorpus(summaries);
      const inMemory = trainingCorpusOf(documents);
      expect(spooled.digest).toBe(inMemory.digest);
      expect(await spooled.sectionExamples(() => false)).toEqual(examplesFromSections(documents.flatMap((d) => d.themeSections)));
      expect(summaries.map((s) => spool.givesTrainingText(s))).toEqual(documents.map((d) => d.themeSections.length > 0));
      const withSections = summaries.filter((s) => spool.givesTrainingText(s));
      expect(spool.trainingCorpus(summaries.filter((s) => s !== withSections[0])).digest).not.toBe(spooled.digest);
      // training reads theme sections alone: the documents without them (progress reports here) do not change it
      expect(withSections.length).toBeGreaterThan(0);
      expect(withSections.length).toBeLessThan(summaries.length);
      expect(spool.trainingCorpus(withSections).digest).toBe(spooled.digest);
      expect(trainingCorpusOf(documents.filter((d) => d.themeSections.length > 0)).digest).toBe(inMemory.digest);
    } finally {
      await spool.close();
    }
  });

  it('samples by the sentence keys its records came with, as from the documents in memory', async () => {
    const spool = await CorpusSpool.open(tmpdir());
    try {
      const names = councilNameTest(await loadRegister());
      const summaries = documents.map((d) => spool.summary(spool.put(new ParsedRecord(d, names))));
      const examples = await spool.trainingCorpus(summaries).sectionExamples(names);
      expect(examples.length).toBeGreaterThan(100);
      expect(examples).toEqual(await trainingCorpusOf(documents).sectionExamples(names));
    } finally {
      await spool.close();
    }
  });

  it('fails with write-failed, naming the folder, where it cannot be made', async () => {
    await expect(CorpusSpool.open('/nonexistent/folder')).rejects.toMatchObject({ code: 'write-failed', file: '/nonexistent/folder' });
  });

  it('is removed by abandonSpools (a signal), as by close', async () => {
    const spool = await CorpusSpool.open(tmpdir());
    const dir = (spool as unknown as { dir: string }).dir;
    abandonSpools();
    expect(existsSync(dir)).toBe(false);
  });

  it('is named as a temporary file, so the next run into the folder removes it when a killed run left it', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'cpc-spool-parent-'));
    try {
      const spool = await CorpusSpool.open(parent);
      spool.put(new ParsedRecord(documents[0]!, NO_NAMES));
      const [name] = readdirSync(parent);
      expect(name).toMatch(new RegExp(`^\\.cpc-spool\\.${process.pid}\\.[0-9a-f]{8}\\.tmp$`));
      expect(await removeStaleTemporaryFiles(parent, () => true)).toEqual([]);
      expect(await removeStaleTemporaryFiles(parent, () => false)).toEqual([join(parent, name!)]);
      expect(readdirSync(parent)).toEqual([]);
      await spool.close();
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });

  it('removes its file when closed', async () => {
    const spool = await CorpusSpool.open(tmpdir());
    const dir = (spool as unknown as { dir: string }).dir;
    expect(existsSync(dir)).toBe(true);
    await spool.close();
    expect(existsSync(dir)).toBe(false);
  });
});
