import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { pendingTemporaryFiles, removeStaleTemporaryFiles, writeAllOrNothing, writeFileAtomic } from '../../src/export/atomic.js';
import { withOutputLock } from '../../src/export/lock.js';

const folder = () => mkdtempSync(join(tmpdir(), 'cpc-atomic-'));

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temporary file', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.csv'), 'old\n');
    await writeFileAtomic(join(dir, 'a.csv'), 'new\n');
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['a.csv']);
    expect(pendingTemporaryFiles()).toEqual([]);
  });

  it('writes content given piece by piece, multi-byte characters included', async () => {
    const dir = folder();
    await writeFileAtomic(join(dir, 'corpus.jsonl'), ['{"a":"Borough of King’s Lynn"}\n', '{"b":2}\n']);
    expect(readFileSync(join(dir, 'corpus.jsonl'), 'utf8')).toBe('{"a":"Borough of King’s Lynn"}\n{"b":2}\n');
    expect(readdirSync(dir)).toEqual(['corpus.jsonl']);
  });

  it('writes megabytes of pieces byte for byte as each piece alone would be: wide characters at every boundary, bytes between', async () => {
    const dir = folder();
    const pieces: (string | Uint8Array)[] = [];
    // about 3 MB: pieces that fill the buffer to its last bytes, characters of 2, 3 and 4 bytes, a lone surrogate,
    // empty pieces, a piece longer than the buffer could take, and bytes (a view with an offset) between them
    for (let i = 0; pieces.length < 400; i++) {
      pieces.push('a'.repeat(1000 + (i * 7919) % 30_000), 'é£€', '😀'.repeat(i % 5), '', `\ud800${i}`);
      if (i % 17 === 0) pieces.push(new Uint8Array(Buffer.from(`xx-bytes ${i}-xx`)).subarray(2, 10));
      if (i === 40) pieces.push('’'.repeat(400_000));
    }
    const expected = Buffer.concat(pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece)));
    expect(expected.length).toBeGreaterThan(2 << 20);
    await writeFileAtomic(join(dir, 'big.csv'), pieces);
    expect(readFileSync(join(dir, 'big.csv')).equals(expected)).toBe(true);
  });

  it('writes a file whose pieces, as they are made, write another: neither takes the other\'s bytes', async () => {
    const dir = folder();
    await writeFileAtomic(join(dir, 'first.csv'), 'made the folder known\n');
    let inner: Promise<void> | null = null;
    function* pieces(): Generator<string> {
      yield 'outer one\n';
      inner = writeFileAtomic(join(dir, 'inner.csv'), ['inner\n']);
      yield 'outer two\n';
    }
    await writeFileAtomic(join(dir, 'outer.csv'), pieces());
    await inner;
    expect(readFileSync(join(dir, 'outer.csv'), 'utf8')).toBe('outer one\nouter two\n');
    expect(readFileSync(join(dir, 'inner.csv'), 'utf8')).toBe('inner\n');
  });

  it('keeps the previous file, and leaves no temporary one, when the pieces fail part-way', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'corpus.jsonl'), 'old\n');
    function* failing(): Generator<string> {
      yield 'first line\n';
      throw new Error('no more');
    }
    await expect(writeFileAtomic(join(dir, 'corpus.jsonl'), failing())).rejects.toMatchObject({ code: 'write-failed' });
    expect(readFileSync(join(dir, 'corpus.jsonl'), 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['corpus.jsonl']);
    expect(pendingTemporaryFiles()).toEqual([]);
  });

  it('makes a folder again when it was removed after an earlier write into it', async () => {
    const dir = join(folder(), 'cache', 'ab');
    await writeFileAtomic(join(dir, 'one.json'), '1');
    rmSync(join(dir, '..'), { recursive: true });
    await writeFileAtomic(join(dir, 'two.json'), '2');
    rmSync(join(dir, '..'), { recursive: true });
    await writeFileAtomic(join(dir, 'three.json'), ['3']);
    expect(readdirSync(dir)).toEqual(['three.json']);
    expect(readFileSync(join(dir, 'three.json'), 'utf8')).toBe('3');
  });

  it('fails with write-failed, naming the file, when the folder cannot be written', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'file'), '');
    await expect(writeFileAtomic(join(dir, 'file', 'a.csv'), 'x')).rejects.toMatchObject({ code: 'write-failed' });
  });
});

describe('outputsCommitted', () => {
  it('tells a signal handler whether a batch of outputs is in place: not after a failed batch or a lone file', async () => {
    vi.resetModules();
    const atomic = await import('../../src/export/atomic.js');
    const dir = folder();
    await atomic.writeFileAtomic(join(dir, 'cache-entry.json'), '{}');
    await expect(atomic.writeAllOrNothing(async () => {
      await atomic.writeFileAtomic(join(dir, 'a.csv'), 'a\n');
      throw new Error('stopped');
    })).rejects.toThrow('stopped');
    expect(atomic.outputsCommitted()).toBe(false);
    await atomic.writeAllOrNothing(() => atomic.writeFileAtomic(join(dir, 'a.csv'), 'a\n'));
    expect(atomic.outputsCommitted()).toBe(true);
  });
});

describe('writeAllOrNothing', () => {
  it('shows no new file until the work is done, then all of them', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.csv'), 'old a\n');
    await writeAllOrNothing(async () => {
      await writeFileAtomic(join(dir, 'a.csv'), 'new a\n');
      await writeFileAtomic(join(dir, 'charts', 'b.svg'), '<svg/>');
      expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('old a\n');
      expect(existsSync(join(dir, 'charts', 'b.svg'))).toBe(false);
      expect(pendingTemporaryFiles()).toHaveLength(2);
    });
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('new a\n');
    expect(readFileSync(join(dir, 'charts', 'b.svg'), 'utf8')).toBe('<svg/>');
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'charts']);
    expect(pendingTemporaryFiles()).toEqual([]);
  });

  it('keeps every previous file when the work fails part-way, and removes what it wrote', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.csv'), 'old a\n');
    const work = writeAllOrNothing(async () => {
      await writeFileAtomic(join(dir, 'a.csv'), 'new a\n');
      await writeFileAtomic(join(dir, 'c.csv'), 'new c\n');
      throw new Error('chart failed');
    });
    await expect(work).rejects.toThrow('chart failed');
    expect(readdirSync(dir)).toEqual(['a.csv']);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('old a\n');
    expect(pendingTemporaryFiles()).toEqual([]);
  });

  it('writes a file written twice once, with the later content', async () => {
    const dir = folder();
    await writeAllOrNothing(async () => {
      await writeFileAtomic(join(dir, 'a.csv'), 'first\n');
      await writeFileAtomic(join(dir, 'a.csv'), 'second\n');
    });
    expect(readdirSync(dir)).toEqual(['a.csv']);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('second\n');
  });
});

describe('leftovers of a killed run', () => {
  it('removes temporary files of processes that no longer run, and only those', async () => {
    const dir = folder();
    const dead = join(dir, '.corpus.jsonl.999999.0123abcd.tmp');
    const live = join(dir, 'charts', `.a.svg.${process.pid}.89abcdef.tmp`);
    writeFileSync(join(dir, 'corpus.jsonl'), '');
    writeFileSync(dead, 'half');
    await writeFileAtomic(join(dir, 'charts', 'keep.svg'), '<svg/>');
    writeFileSync(live, 'being written');
    const removed = await removeStaleTemporaryFiles(dir, (pid) => pid === process.pid);
    expect(removed).toEqual([dead]);
    expect(existsSync(live)).toBe(true);
  });

  it('are cleared when the next run takes the output lock', async () => {
    const dir = folder();
    writeFileSync(join(dir, '.cpc.lock'), '999999');
    writeFileSync(join(dir, '.run.json.999999.0123abcd.tmp'), 'half');
    await withOutputLock(dir, () => writeFileAtomic(join(dir, 'run.json'), '{}\n'));
    expect(readdirSync(dir)).toEqual(['run.json']);
  });
});
