import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneCache, readEntryInto, readKeyedEntry, storeEntry, storeKeyedEntry, takeCacheGrowth, tidyCache } from '../../src/cache/cacheEntries.js';
import { cli } from '../helpers/cli.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.now();

/** Every file under `dir`, relative to it, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
}

/** Write `bytes` bytes at `dir/name`, last modified `daysAgo` days ago. */
function entry(dir: string, name: string, bytes: number, daysAgo: number): void {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, Buffer.alloc(bytes, 1));
  const when = new Date(NOW - daysAgo * DAY);
  utimesSync(path, when, when);
}

describe('pruneCache', () => {
  it('removes the entries used longest ago until the cache fits, and keeps the file index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-prune-'));
    entry(dir, 'documents/aa/oldest.json', 400, 30);
    entry(dir, 'charts/bb/old.svg', 300, 20);
    entry(dir, 'classifiers/recent.json', 200, 2);
    entry(dir, 'documents/cc/newest.json', 100, 1);
    entry(dir, 'files.json', 50, 40);
    const result = await pruneCache(dir, { maxBytes: 350, since: NOW - DAY / 2 });
    expect(result).toEqual({ removed: 2, freedBytes: 700, keptBytes: 300 });
    expect(filesUnder(dir)).toEqual(['classifiers/recent.json', 'documents/cc/newest.json', 'files.json']);
  });

  it('never removes what this run used or wrote, even past the cap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-prune-'));
    entry(dir, 'documents/aa/used-today.json', 1000, 0);
    entry(dir, 'documents/aa/last-week.json', 10, 7);
    const result = await pruneCache(dir, { maxBytes: 0, since: NOW - 60_000 });
    expect(result).toEqual({ removed: 1, freedBytes: 10, keptBytes: 1000 });
    expect(filesUnder(dir)).toEqual(['documents/aa/used-today.json']);
  });

  it('leaves a cache under its cap as it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-prune-'));
    entry(dir, 'documents/aa/a.json', 100, 300);
    entry(dir, 'charts/bb/b.png', 100, 200);
    expect(await pruneCache(dir, { maxBytes: 200, since: NOW })).toEqual({ removed: 0, freedBytes: 0, keptBytes: 200 });
    expect(filesUnder(dir)).toHaveLength(2);
  });

  it('removes a dead writer\'s temporary files, not a live one\'s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-prune-'));
    const live = `documents/aa/.x.json.${process.pid}.0123abcd.tmp`;
    entry(dir, live, 10, 5);
    entry(dir, 'documents/aa/.y.json.2147483646.0123abcd.tmp', 10, 5);
    // the file index's, beside the entry folders
    entry(dir, '.files.json.2147483646.0123abcd.tmp', 10, 5);
    await pruneCache(dir, { maxBytes: 0, since: NOW });
    expect(filesUnder(dir)).toEqual([live]);
  });

  it('does nothing to a cache folder that does not exist', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'cpc-prune-')), 'none');
    expect(await pruneCache(dir, { maxBytes: 0, since: NOW })).toEqual({ removed: 0, freedBytes: 0, keptBytes: 0 });
  });
});

describe('tidyCache', () => {
  const stale = 'documents/aa/.y.json.2147483646.0123abcd.tmp';

  it('walks a cache it knows no size of, and notes the size it found', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-tidy-'));
    entry(dir, 'documents/aa/a.json', 100, 30);
    entry(dir, stale, 10, 5);
    await tidyCache(dir, { maxBytes: 1000, since: NOW, grownBytes: 100, walk: false });
    expect(filesUnder(dir)).toEqual(['documents/aa/a.json', 'size.json']);
    expect(JSON.parse(readFileSync(join(dir, 'size.json'), 'utf8'))).toEqual({ bytes: 100 });
  });

  it('adds what a run wrote to the size it knows, without a walk, while that stays under the cap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-tidy-'));
    entry(dir, 'documents/aa/a.json', 100, 30);
    entry(dir, stale, 10, 5);
    writeFileSync(join(dir, 'size.json'), JSON.stringify({ bytes: 100 }));
    await tidyCache(dir, { maxBytes: 1000, since: NOW, grownBytes: 300, walk: false });
    // not walked: the dead writer's temporary file is still there
    expect(filesUnder(dir)).toEqual([stale, 'documents/aa/a.json', 'size.json']);
    expect(JSON.parse(readFileSync(join(dir, 'size.json'), 'utf8'))).toEqual({ bytes: 400 });
  });

  it('makes no cache folder where there is none', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'cpc-tidy-')), 'none');
    await tidyCache(dir, { maxBytes: 1000, since: NOW, grownBytes: 0, walk: true });
    expect(existsSync(dir)).toBe(false);
  });

  it('walks and prunes once the size it knows and what a run wrote pass the cap, or when asked to', async () => {
    for (const [known, grownBytes, walk] of [[900, 300, false], [100, 1, true]] as const) {
      const dir = mkdtempSync(join(tmpdir(), 'cpc-tidy-'));
      entry(dir, 'documents/aa/old.json', 600, 30);
      entry(dir, 'documents/aa/new.json', 300, 1);
      writeFileSync(join(dir, 'size.json'), JSON.stringify({ bytes: known }));
      await tidyCache(dir, { maxBytes: 500, since: NOW, grownBytes, walk });
      expect(filesUnder(dir)).toEqual(['documents/aa/new.json', 'size.json']);
      expect(JSON.parse(readFileSync(join(dir, 'size.json'), 'utf8'))).toEqual({ bytes: 300 });
    }
  });
});

describe('storeEntry', () => {
  it('marks a read entry used, touching it only when it was last modified over an hour ago, and prunes neither', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-touch-'));
    const keyed = (name: string, minutesAgo: number): string => {
      const path = join(dir, 'passages', 'aa', name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, JSON.stringify({ key: name, value: 1 }));
      utimesSync(path, new Date(NOW - minutesAgo * 60_000), new Date(NOW - minutesAgo * 60_000));
      return path;
    };
    const [recent, old, unread] = [keyed('recent.json', 30), keyed('old.json', 120), keyed('unread.json', 30)];
    const isNumber = (value: unknown): value is number => typeof value === 'number';
    const written = statSync(recent).mtimeMs;
    expect(await readKeyedEntry(recent, 'recent.json', 'value', isNumber)).toBe(1);
    expect(await readKeyedEntry(old, 'old.json', 'value', isNumber)).toBe(1);
    expect(await readKeyedEntry(unread, 'another key', 'value', isNumber)).toBeNull();
    expect(statSync(recent).mtimeMs).toBe(written);
    expect(statSync(old).mtimeMs).toBeGreaterThan(NOW - 60_000);
    // Past the cap, pruning keeps what this process used since the run began, touched or not: only the miss goes.
    expect(await pruneCache(dir, { maxBytes: 0, since: NOW })).toMatchObject({ removed: 1 });
    expect(filesUnder(dir)).toEqual(['passages/aa/old.json', 'passages/aa/recent.json']);
  });

  it('writes an entry and notes that the cache grew; a cache it cannot write is skipped, not an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-store-'));
    takeCacheGrowth();
    expect(await storeEntry(join(dir, 'documents/ab/entry.json'), '{}')).toBe(true);
    expect(await storeEntry(join(dir, 'documents/ab/pieces.json'), ['{"a":', Buffer.from('"é"}')])).toBe(true);
    expect(takeCacheGrowth()).toBe(2 + 10);
    expect(takeCacheGrowth()).toBe(0);
    writeFileSync(join(dir, 'file'), '');
    expect(await storeEntry(join(dir, 'file', 'entry.json'), '{}')).toBe(false);
    expect(takeCacheGrowth()).toBe(0);
  });
});

describe('cpc run --cache-max-mb', () => {
  it('keeps every entry a run used (documents, classifier, charts) and removes one no run has used for months', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cpc-prune-run-'));
    const cache = join(out, '.cache');
    const first = await cli(['run', 'data/sample', '--out', out]);
    expect(first.code, first.stderr).toBe(0);
    const entries = filesUnder(cache).filter((file) => file !== 'files.json');
    // the five records, and what the analysis made of each of the counted challenges they make up
    const records = entries.filter((file) => file.startsWith('documents/') && 'document' in (JSON.parse(readFileSync(join(cache, file), 'utf8')) as object));
    expect(records).toHaveLength(5);
    expect(entries.filter((file) => file.startsWith('documents/') && !records.includes(file)).length).toBeGreaterThan(0);
    expect(entries.some((file) => file.startsWith('classifiers/'))).toBe(true);
    expect(entries.some((file) => file.startsWith('charts/'))).toBe(true);
    // Age every entry as if the run had been months ago, and add one that no run uses.
    for (const file of entries) utimesSync(join(cache, file), new Date(NOW - 90 * DAY), new Date(NOW - 90 * DAY));
    entry(cache, 'documents/zz/orphan.json', 5000, 60);

    // A follow-up's passages are read only when its challenge's evidence is not cached (or it has nothing to trace).
    const passages = entries.filter((file) => file.startsWith('passages/') && 'passages' in (JSON.parse(readFileSync(join(cache, file), 'utf8')) as object));
    const others = entries.filter((file) => !passages.includes(file));
    expect(others.filter((file) => file.startsWith('passages/')).length).toBeGreaterThan(0);

    const rerun = await cli(['run', 'data/sample', '--out', out, '--cache-max-mb', '0']);
    expect(rerun.code, rerun.stderr).toBe(0);
    // The rerun read each other entry from the cache and so marked it used: they stay; the orphan goes, and so do
    // the passages of the follow-ups whose evidence the rerun took instead.
    const kept = filesUnder(cache).filter((file) => file !== 'files.json');
    expect(kept.filter((file) => others.includes(file))).toEqual(others);
    // (what the first run said goes with a failure here: the evidence is cached only where every follow-up was read)
    expect(kept.filter((file) => !others.includes(file)).length, `first run: ${first.stderr}\nrerun: ${rerun.stderr}`).toBeLessThan(passages.length);
    expect(filesUnder(cache)).not.toContain('documents/zz/orphan.json');
    for (const file of kept) expect(statSync(join(cache, file)).mtimeMs, file).toBeGreaterThan(NOW - DAY);

    // A rerun answered wholly from the cache wrote nothing, so it leaves the cache unwalked (a dead writer's
    // temporary file stays); one given --cache-max-mb prunes (and removes it).
    const leftover = `documents/zz/.x.json.2147483646.0123abcd.tmp`;
    entry(cache, leftover, 10, 1);
    expect((await cli(['run', 'data/sample', '--out', out])).code).toBe(0);
    expect(filesUnder(cache)).toContain(leftover);
    expect((await cli(['run', 'data/sample', '--out', out, '--cache-max-mb', '1024'])).code).toBe(0);
    expect(filesUnder(cache)).not.toContain(leftover);
  }, 120_000);
});

describe('readEntryInto', () => {
  it('reads an entry into the buffer given, and one larger than it into a new buffer, returned for the next read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-read-'));
    const [small, large] = [join(dir, 'small.json'), join(dir, 'large.json')];
    writeFileSync(small, 'a'.repeat(10));
    writeFileSync(large, Buffer.from(Array.from({ length: 100 }, (_, i) => i)));
    const given = Buffer.alloc(16);
    const first = readEntryInto(small, given);
    expect(first.buffer).toBe(given);
    expect(first.bytes.toString()).toBe('a'.repeat(10));
    expect(first.ino).toBe(statSync(small).ino);
    const second = readEntryInto(large, first.buffer);
    expect(second.buffer).not.toBe(given);
    expect(second.buffer.length).toBeGreaterThanOrEqual(100);
    expect([...second.bytes]).toEqual(Array.from({ length: 100 }, (_, i) => i));
    // the larger buffer is used again: the bytes read before are overwritten
    const third = readEntryInto(small, second.buffer);
    expect(third.buffer).toBe(second.buffer);
    expect(third.bytes.toString()).toBe('a'.repeat(10));
    expect(second.bytes.subarray(0, 10).toString()).toBe('a'.repeat(10));
  });
});

describe('readKeyedEntry', () => {
  it('reads entries of any size one after another, each whole and alone (the read buffer is shared)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-keyed-'));
    const values = ['x'.repeat(200_000), 'short', '£'.repeat(70_000), 'é'];
    for (const [i, value] of values.entries()) await storeKeyedEntry(join(dir, `${i}.json`), `k${i}`, 'text', value);
    const read = async (i: number) => readKeyedEntry(join(dir, `${i}.json`), `k${i}`, 'text', (v): v is string => typeof v === 'string');
    expect(await Promise.all(values.map((_, i) => read(i)))).toEqual(values);
    expect(await read(1)).toBe('short');
    expect(await readKeyedEntry(join(dir, '0.json'), 'k1', 'text', (v): v is string => typeof v === 'string')).toBeNull();
  });
});
