import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Heavy modules `cpc --help` must not load: pdf.js, the DOCX and HTML readers, vega, natural, compromise, dates. */
const HEAVY = ['unpdf', 'pdfjs', 'mammoth', 'cheerio', 'vega', '@resvg', 'natural', 'compromise', 'chrono-node', 'arquero'];

/** The modules a `node bin/cpc.js <args>` process loads, from a module-load trace. */
function modulesLoaded(args: readonly string[]): { modules: string[]; stdout: string } {
  const trace = join(mkdtempSync(join(tmpdir(), 'cpc-trace-')), 'modules.txt');
  const stdout = execFileSync(process.execPath, ['--import', './test/cli/helpers/traceModules.mjs', 'bin/cpc.js', ...args], {
    env: { ...process.env, CPC_TRACE_MODULES: trace },
    encoding: 'utf8',
  });
  return { modules: readFileSync(trace, 'utf8').split('\n').filter((line) => line !== ''), stdout };
}

describe('cpc --help loads no stage', () => {
  it('prints the commands without loading pdf.js, vega, natural or the classifier', () => {
    const { modules, stdout } = modulesLoaded(['--help']);
    expect(stdout).toMatch(/Usage: cpc/);
    expect(stdout).toMatch(/run \[options\]/);
    expect(modules.some((m) => m.includes('commander'))).toBe(true); // the trace works
    for (const heavy of HEAVY) expect(modules.filter((m) => m.includes(`node_modules/${heavy}`)), heavy).toEqual([]);
    expect(modules.filter((m) => /\/(?:ingest|classify|aggregate|chart)\//.test(m) && !m.includes('node_modules'))).toEqual([]);
  }, 30_000);
});
