import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

/** Heavy modules `cpc --help` must not load: pdf.js, the DOCX and HTML readers, vega, natural, compromise, dates. */
const HEAVY = ['unpdf', 'pdfjs', 'mammoth', 'cheerio', 'vega', '@resvg', 'natural', 'compromise', 'chrono-node', 'arquero'];

/** The modules a `cpc <args>` process (the program itself, through tsx) loads, from a module-load trace. */
function modulesLoaded(args: readonly string[]): { modules: string[]; stdout: string } {
  const trace = join(mkdtempSync(join(tmpdir(), 'cpc-trace-')), 'modules.txt');
  const stdout = execFileSync(process.execPath, ['--import', './test/cli/helpers/traceModules.mjs', '--import', 'tsx', 'src/cli/main.ts', ...args], {
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

  it('bin/help.txt, which bin/cpc.js prints for `--help` without a build, is the program\'s own help', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    // If this fails after a command was added or described anew: npx tsx src/cli/main.ts --help > bin/help.txt
    expect(readFileSync('bin/help.txt', 'utf8')).toBe(stdout);
  });

  it('bin/cpc.js --help prints it and exits 0', () => {
    expect(execFileSync(process.execPath, ['bin/cpc.js', '--help'], { encoding: 'utf8' })).toBe(readFileSync('bin/help.txt', 'utf8'));
  });
});
