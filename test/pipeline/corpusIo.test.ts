import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusToJsonl } from '../../src/corpus/corpusFile.js';
import type { CorpusDocument } from '../../src/corpus/schema.js';
import { ingestToFile, loadCorpusFile } from '../../src/pipeline/corpusIo.js';

/** The corpus file `cpc ingest` writes, read back a line at a time. */
describe('corpus files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cpc-corpus-io-'));
  let documents: readonly CorpusDocument[];
  beforeAll(async () => {
    documents = (await ingestToFile(['data/sample'], { cwd: process.cwd(), out: join(dir, 'corpus.jsonl'), workers: 0 })).documents;
  }, 60_000);

  it('are written a document a line, exactly as corpusToJsonl gives them', () => {
    expect(documents).toHaveLength(5);
    expect(readFileSync(join(dir, 'corpus.jsonl'), 'utf8')).toBe(corpusToJsonl(documents));
  });

  it('read back to the same documents, with Windows line ends and blank lines too', async () => {
    expect(await loadCorpusFile(join(dir, 'corpus.jsonl'), process.cwd())).toEqual(documents);
    const crlf = join(dir, 'crlf.jsonl');
    writeFileSync(crlf, `\r\n${corpusToJsonl(documents).replaceAll('\n', '\r\n')}\r\n`);
    expect(await loadCorpusFile(crlf, process.cwd())).toEqual(documents);
  });

  it('name the line and the field of a bad document', async () => {
    const lines = corpusToJsonl(documents).split('\n');
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, [lines[0], lines[1]!.replace('"format":"', '"format":"x'), lines[2]].join('\n'));
    await expect(loadCorpusFile(broken, process.cwd())).rejects.toMatchObject({ code: 'invalid-corpus', message: expect.stringMatching(/broken\.jsonl:2: format: /) });
    writeFileSync(broken, `${lines[0]}\n{"id": "cut off`);
    await expect(loadCorpusFile(broken, process.cwd())).rejects.toMatchObject({ code: 'invalid-corpus', message: expect.stringMatching(/broken\.jsonl:2: not JSON/) });
  });

  it('that are missing or unreadable give file-not-found or unreadable, not a stack trace', async () => {
    await expect(loadCorpusFile(join(dir, 'none.jsonl'), process.cwd())).rejects.toMatchObject({ code: 'file-not-found' });
    await expect(loadCorpusFile(dir, process.cwd())).rejects.toMatchObject({ code: 'unreadable' });
  });
});
