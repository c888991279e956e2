/**
 * Long reports: the scale benchmark's corpus averages five pages a PDF, while real feedback reports and committee
 * packs run to 20–60. This measures a full `cpc run` (built CLI, no cache) on `count` PDFs of `copies` × the sample
 * feedback report (16 pages: 64 by default), each made distinct by a trailing comment, against `pdftotext` two at a
 * time on the same files. Usage: npx tsx bench/long.ts [--count 200] [--copies 4] [--no-write]
 *
 * Needs poppler-utils (`pdfunite`, `pdftotext`). Writes bench/long-results.json and the "Long reports" section of
 * bench/README.md (rendered with the main benchmark's figures from bench/results.json).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPackage } from './lib/builtCli.js';
import { checked } from './lib/cliRuns.js';
import { machine } from './lib/machine.js';
import { runMeasured } from './lib/measure.js';
import { timePdftotext } from './lib/pdftotext.js';
import { writeReadme } from './lib/readme.js';
import type { LongResults } from './lib/results.js';

const SOURCE = 'data/sample/stoke-on-trent-2016-feedback-report.pdf';
const WORK = join(tmpdir(), 'cpc-bench-long');

const log = (line: string): void => console.error(line);

function options(): { count: number; copies: number; write: boolean } {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '200' }, copies: { type: 'string', default: '4' }, 'no-write': { type: 'boolean', default: false } } });
  const count = Number(values.count);
  const copies = Number(values.copies);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer, not "${values.count}"`);
  if (!Number.isInteger(copies) || copies < 1) throw new Error(`--copies must be a positive integer, not "${values.copies}"`);
  return { count, copies, write: !values['no-write'] };
}

/** `count` distinct PDFs of `copies` × the sample report in `dir`; returns the pages of one. */
async function makeCorpus(dir: string, count: number, copies: number): Promise<number> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const long = join(WORK, 'long.pdf');
  const united = spawnSync('pdfunite', [...Array.from({ length: copies }, () => SOURCE), long], { encoding: 'utf8' });
  if (united.error !== undefined || united.status !== 0) throw new Error(`pdfunite failed (apt-get install poppler-utils): ${united.error?.message ?? united.stderr}`);
  const info = spawnSync('pdfinfo', [long], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout ?? '')?.[1]);
  if (!Number.isInteger(pages) || pages < 1) throw new Error(`pdfinfo could not count the pages of ${long}: ${info.error?.message ?? info.stderr}`);
  for (let i = 1; i <= count; i++) {
    const file = join(dir, `report-${String(i).padStart(4, '0')}.pdf`);
    await copyFile(long, file);
    await appendFile(file, `\n% copy ${i}\n`); // distinct bytes: cpc would report same-content files as duplicates
  }
  return pages;
}

async function main(): Promise<number> {
  const { count, copies, write } = options();
  const cwd = process.cwd();
  await mkdir(WORK, { recursive: true });
  const corpus = join(WORK, `corpus-n${count}-x${copies}`);
  const pagesEach = await makeCorpus(corpus, count, copies);
  log(`corpus: ${count} PDFs of ${pagesEach} pages (${count * pagesEach} pages) in ${corpus}`);

  log('build the CLI (tsc)');
  const built = await buildPackage(join(WORK, 'pkg'), cwd);
  const out = join(WORK, 'out');
  await rm(out, { recursive: true, force: true });
  log('cpc run (built CLI, no cache)');
  const run = checked('run', await runMeasured(process.execPath, [built.bin, 'run', corpus, '--out', out, '--no-cache'], { cwd, gnuTime: true }));
  const reader = (JSON.parse(await readFile(join(out, 'run.json'), 'utf8')) as { tool: { pdfReader: string } }).tool.pdfReader;
  log(`  ${(run.wallMs / 1000).toFixed(1)} s, peak ${run.peakRssMiB} MiB, PDF reader ${reader}`);
  log('pdftotext reference');
  const pdftotext = await timePdftotext(corpus, count, join(WORK, 'pdftotext'), cwd);

  const results: LongResults = {
    date: new Date().toISOString(),
    command: `npx tsx bench/long.ts --count ${count} --copies ${copies}`,
    machine: machine(),
    documents: count,
    copies,
    pagesEach,
    pages: count * pagesEach,
    runMs: Math.round(run.wallMs),
    peakRssMiB: run.peakRssMiB,
    pagesPerSecond: Math.round((count * pagesEach) / (run.wallMs / 1000)),
    reader,
    pdftotext,
  };
  console.log(JSON.stringify(results, null, 2));
  if (write) {
    await writeFile('bench/long-results.json', `${JSON.stringify(results, null, 2)}\n`);
    if (existsSync('bench/results.json')) await writeReadme();
    log('wrote bench/long-results.json and bench/README.md');
  }
  return 0;
}

process.exitCode = await main();
