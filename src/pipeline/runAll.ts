import { join, resolve } from 'node:path';
import { corpusToJsonl } from '../corpus/corpusFile.js';
import { writeFileAtomic } from '../export/atomic.js';
import { documentsCsv, recommendationsCsv, recommendationThemesCsv, themesByCouncilCsv } from '../export/csvTables.js';
import { withOutputLock } from '../export/lock.js';
import { loadRegister } from '../ingest/register.js';
import { analyse, type Analysis } from './analyse.js';
import { chartsFor, writeCharts } from './charts.js';
import { ingestCorpus, type IngestResult } from './ingestCorpus.js';

export interface RunOptions {
  readonly cwd: string;
  readonly out: string;
  readonly excel: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface RunResult {
  readonly ingest: IngestResult;
  readonly analysis: Analysis;
  /** Files written, relative to the working directory. */
  readonly written: readonly string[];
}

/**
 * `cpc run`: ingest -> analyse -> CSV tables -> charts, every file written atomically under one output lock.
 */
export async function runAll(inputs: readonly string[], options: RunOptions): Promise<RunResult> {
  const out = resolve(options.cwd, options.out);
  const ingest = await ingestCorpus(inputs, { cwd: options.cwd, register: await loadRegister(), onProgress: options.onProgress });
  const analysis = analyse(ingest.documents);
  const csv = { bom: options.excel };
  const files: [string, string | Uint8Array][] = [
    ['corpus.jsonl', corpusToJsonl(ingest.documents)],
    ['recommendations.csv', recommendationsCsv(analysis.recommendations, csv)],
    ['recommendation-themes.csv', recommendationThemesCsv(analysis.recommendations, csv)],
    ['themes-by-council.csv', themesByCouncilCsv(analysis.themeRows.classic.council, 'classic', csv)],
    ['themes-by-council-current.csv', themesByCouncilCsv(analysis.themeRows.current.council, 'current', csv)],
    ['documents.csv', documentsCsv(analysis.documentRows, csv)],
  ];
  const written = await withOutputLock(out, async () => {
    const paths: string[] = [];
    for (const [name, content] of files) {
      await writeFileAtomic(join(out, name), content);
      paths.push(join(out, name));
    }
    return [...paths, ...(await writeCharts(chartsFor(analysis), join(out, 'charts')))];
  });
  return { ingest, analysis, written: written.map((p) => p.replace(`${options.cwd}/`, '')) };
}
