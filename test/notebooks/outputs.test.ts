import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { onCi } from '../helpers/ci.js';

/**
 * The notebooks under notebooks/: always, that each is well-formed nbformat 4 with its outputs saved and imports
 * only the public API; and, where the Deno kernel and nbconvert are installed (`scripts/notebooks.sh setup`, CI),
 * that the saved outputs are what a fresh run gives.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const NOTEBOOKS = join(ROOT, 'notebooks');
const NAMES = readdirSync(NOTEBOOKS).filter((name) => /^\d.*\.ipynb$/.test(name)).sort();

interface Output {
  readonly output_type: string;
  readonly name?: string;
  readonly text?: string | readonly string[];
  readonly data?: Readonly<Record<string, unknown>>;
}
interface Cell {
  readonly cell_type: string;
  readonly id?: string;
  readonly source: string | readonly string[];
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly outputs?: readonly Output[];
  readonly execution_count?: number | null;
}
interface Notebook {
  readonly nbformat: number;
  readonly nbformat_minor: number;
  readonly metadata: { readonly kernelspec?: { readonly name?: string; readonly language?: string } };
  readonly cells: readonly Cell[];
}

const joined = (value: string | readonly string[]): string => (typeof value === 'string' ? value : value.join(''));
const load = (name: string): Notebook => JSON.parse(readFileSync(join(NOTEBOOKS, name), 'utf8')) as Notebook;
const codeCells = (notebook: Notebook) => notebook.cells.filter((cell) => cell.cell_type === 'code');

/** A cell writes output when it prints, tables, shows charts or displays a bundle (the notebooks' helpers). */
const WRITES = /\b(print|table|show)\(|console\.(log|table)\(|Deno\.jupyter\.display\(/;
/** Every module specifier: static imports and re-exports, dynamic imports, require. */
const SPECIFIERS = /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]|\bimport\s+['"]([^'"]+)['"]|\brequire\s*\(\s*['"]([^'"]+)['"]/g;

describe('notebooks', () => {
  it('has the five analyses', () => {
    expect(NAMES).toEqual([
      '01-corpus-tour.ipynb',
      '02-themes-across-councils.ipynb',
      '03-recurring-issues.ipynb',
      '04-validating-the-classifier.ipynb',
      '05-following-a-challenge.ipynb',
    ]);
  });

  describe.each(NAMES)('%s', (name) => {
    const notebook = load(name);

    it('is nbformat 4 JSON for the Deno kernel, starting with Markdown', () => {
      expect(notebook.nbformat).toBe(4);
      expect(notebook.nbformat_minor).toBeGreaterThanOrEqual(4);
      expect(notebook.metadata.kernelspec?.name).toBe('deno');
      expect(notebook.cells[0]?.cell_type).toBe('markdown');
      for (const cell of notebook.cells) {
        expect(['code', 'markdown', 'raw']).toContain(cell.cell_type);
        expect(typeof cell.source === 'string' || Array.isArray(cell.source)).toBe(true);
        expect(cell.metadata).toBeTypeOf('object');
        if (cell.cell_type === 'code') expect(Array.isArray(cell.outputs)).toBe(true);
      }
      const ids = notebook.cells.map((cell) => cell.id);
      if (notebook.nbformat_minor >= 5) expect(new Set(ids).size).toBe(ids.length);
    });

    it('has saved outputs in every code cell that writes any, and no errors', () => {
      for (const cell of codeCells(notebook)) {
        const source = joined(cell.source);
        if (WRITES.test(source)) expect(cell.outputs?.length ?? 0, `no saved output for:\n${source}`).toBeGreaterThan(0);
        expect(cell.outputs?.filter((o) => o.output_type === 'error') ?? []).toEqual([]);
      }
    });

    it('shows each chart as Vega-Lite and SVG', () => {
      const bundles = codeCells(notebook).flatMap((cell) => cell.outputs ?? []).filter((o) => o.output_type === 'display_data');
      for (const bundle of bundles) {
        const mimes = Object.keys(bundle.data ?? {});
        expect(mimes.some((mime) => /^application\/vnd\.vegalite\.v\d+\+json$/.test(mime)), mimes.join(', ')).toBe(true);
        expect(mimes).toContain('image/svg+xml');
      }
    });

    it('imports only the public API (../src/index.ts) and the shared display helpers (./display.ts)', () => {
      const specifiers = codeCells(notebook).flatMap((cell) =>
        [...joined(cell.source).matchAll(SPECIFIERS)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]),
      );
      expect(specifiers.length).toBeGreaterThan(0);
      expect(new Set(specifiers)).toEqual(new Set(['../src/index.ts', './display.ts']));
    });

    it('saves nothing machine-specific: no absolute paths, no timing metadata', () => {
      const outputs = JSON.stringify(codeCells(notebook).map((cell) => cell.outputs));
      expect(outputs).not.toContain(ROOT);
      expect(outputs).not.toMatch(/\/(home|tmp|root|Users)\//);
      for (const cell of notebook.cells) expect(cell.metadata).not.toHaveProperty('execution');
    });
  });
});

/** Why the fresh-run comparison cannot run here, or null when it can. */
function missingTools(): string | null {
  const deno = ['node_modules/deno/deno', 'node_modules/@deno/linux-x64-glibc/deno', 'node_modules/@deno/linux-arm64-glibc/deno']
    .some((bin) => existsSync(join(NOTEBOOKS, '.kernel', bin)));
  if (!deno || !existsSync(join(NOTEBOOKS, '.kernel/share/jupyter/kernels/deno/kernel.json'))) {
    return 'no Deno kernel in notebooks/.kernel (run scripts/notebooks.sh setup)';
  }
  if (spawnSync('jupyter-nbconvert', ['--version'], { encoding: 'utf8' }).status !== 0) {
    return 'jupyter-nbconvert not installed (apt-get install jupyter-nbconvert jupyter-client python3-ipykernel)';
  }
  return null;
}

const missing = missingTools();

it('the display helpers import only the public API', () => {
  const source = readFileSync(join(NOTEBOOKS, 'display.ts'), 'utf8');
  expect(new Set([...source.matchAll(SPECIFIERS)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]))).toEqual(new Set(['../src/index.ts']));
});

it.runIf(missing !== null && onCi)('has the notebook kernel on CI', () => {
  throw new Error(`${missing}: .ci/run must set the kernel up (scripts/notebooks.sh setup)`);
});

describe('notebook outputs', () => {
  it.skipIf(missing !== null)(`are what a fresh run gives${missing === null ? '' : ` (skipped: ${missing})`}`, () => {
    const run = spawnSync('bash', [join(ROOT, 'scripts/notebooks.sh'), 'check'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 900_000,
    });
    const tail = (text: string) => (text.length > 40_000 ? `…${text.slice(-40_000)}` : text);
    expect(run.status, `scripts/notebooks.sh check failed:\n${tail(run.stdout)}\n${tail(run.stderr)}`).toBe(0);
  }, 960_000);
});
