import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/hostile.js';
import { sampleRun } from '../helpers/shared.js';
import { pdfEngineId } from '../../src/ingest/pdfEngine.js';

/**
 * Reproducibility: `cpc run` on the same inputs, in separate processes and separate output folders, and again
 * into a folder that already holds a run (its cache warm), writes byte-identical files. The first run is the
 * session's shared one (in a test worker's process); the second and the warm one are processes of their own.
 */
const root = mkdtempSync(join(tmpdir(), 'cpc-determinism-'));
const run = (out: string) => spawnSync(process.execPath, [join(REPO, 'bin/cpc.js'), 'run', 'data/sample', '--out', join(root, out)], { cwd: REPO, encoding: 'utf8' });
const outputs: Record<string, Map<string, string>> = {};

beforeAll(async () => {
  const first = await sampleRun(); // tmpdir()/<session>/sample-run: as deep as the folders below `root`
  expect(first.code, first.stderr).toBe(0);
  outputs.first = contents(first.out);
  cpSync(first.out, join(root, 'a'), { recursive: true }); // its cache too, for the warm run
  for (const [name, out] of [['second', 'b'], ['warm', 'a']] as const) {
    const result = run(out);
    expect(result.status, result.stderr).toBe(0);
    outputs[name] = contents(join(root, out));
  }
}, 300_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('two runs on the same inputs', () => {
  it('write the same set of files', () => {
    expect([...outputs.second!.keys()]).toEqual([...outputs.first!.keys()]);
    expect([...outputs.first!.keys()]).toEqual(expect.arrayContaining(['corpus.jsonl', 'recommendations.csv', 'run.json', 'charts/theme-council-heatmap.svg', 'charts/theme-council-heatmap.png']));
  });

  it.each(['second', 'warm'])('are byte-identical: the first run and the %s', (other) => {
    for (const [file, digest] of outputs.first!) expect(outputs[other]!.get(file), file).toBe(digest);
  });
});

describe('the run manifest', () => {
  const manifest = () => JSON.parse(readFileSync(join(root, 'a', 'run.json'), 'utf8'));

  it('records the tool version and PDF reader, the options and every input with its SHA-256', () => {
    const m = manifest();
    expect(m.tool).toEqual({ name: 'cpc', version: JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version, pdfReader: pdfEngineId() });
    expect(m.tool.pdfReader).toMatch(/^(?:poppler \d+\.\d+\.\d+|pdfjs)$/);
    expect(m.options.inputs).toEqual(['data/sample']);
    const sample = readdirSync(join(REPO, 'data/sample')).filter((f) => f !== 'SOURCES.md');
    expect(m.inputs.map((i: { file: string }) => i.file)).toEqual(sample.map((f) => `data/sample/${f}`));
    for (const input of m.inputs) expect(input.sha256).toBe(createHash('sha256').update(readFileSync(join(REPO, input.file))).digest('hex'));
  });

  it('records the codebook versions and the models trained from them', () => {
    const m = manifest();
    expect(m.models.map((x: { framework: string; codebookVersion: string }) => [x.framework, x.codebookVersion])).toEqual([
      ['classic', expect.stringMatching(/^classic-/)],
      ['current', expect.stringMatching(/^current-/)],
    ]);
    for (const model of m.models) expect(model.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('records the SHA-256 of the register and every codebook it used', () => {
    const data = manifest().data as Record<string, string>;
    expect(Object.keys(data)).toEqual(expect.arrayContaining(['reference/uk-councils.csv', 'reference/uk-council-aliases.csv', 'codebooks/classic.yaml', 'codebooks/current.yaml', 'codebooks/crosswalk.yaml', 'codebooks/issues.yaml']));
    for (const [file, digest] of Object.entries(data)) expect(digest, file).toBe(createHash('sha256').update(readFileSync(join(REPO, 'data', file))).digest('hex'));
  });

  it('holds no clock and no absolute path, so reruns agree', () => {
    const text = readFileSync(join(root, 'a', 'run.json'), 'utf8');
    expect(text).not.toContain(root);
    expect(text).not.toContain(REPO);
    expect(text).not.toMatch(/20\d\d-\d\d-\d\dT\d\d:/);
  });
});

/** Output file -> SHA-256 (the briefing names its own folder; that is replaced first). Hidden folders (cache) left out. */
function contents(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')))
    .sort();
  const bytes = (file: string) => (file.endsWith('.png') ? readFileSync(join(dir, file)) : readFileSync(join(dir, file), 'utf8').split(dir).join('<out>'));
  return new Map(files.map((file) => [file, createHash('sha256').update(bytes(file)).digest('hex')]));
}
