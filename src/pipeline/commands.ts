import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Assignment, Unit } from '../classify/types.js';
import { CpcError } from '../errors.js';
import type { Framework } from '../vocabulary.js';
import { analyse, classifyUnits, trainModels, type Analysis } from './analyse.js';
import { chartsFor, writeCharts } from './charts.js';
import { loadCorpusFile } from './corpusIo.js';

/** Load a corpus file and analyse it. */
export async function loadAnalysis(corpus: string, cwd: string): Promise<Analysis> {
  return analyse(await loadCorpusFile(corpus, cwd));
}

/** Read a researcher's CSV of `id,text` rows. */
export async function readUnitsCsv(file: string, cwd: string): Promise<Unit[]> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch {
    throw new CpcError('file-not-found', `cannot read ${file}`, { file });
  }
  let rows: Record<string, string>[];
  try {
    rows = parse(text.replace(/^\ufeff/, ''), { columns: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new CpcError('invalid-input', `${file}: not a CSV (${(error as Error).message})`, { file });
  }
  if (rows.length > 0 && (!('text' in rows[0]!) || !('id' in rows[0]!))) {
    throw new CpcError('invalid-input', `${file}: needs columns id,text (found ${Object.keys(rows[0]!).join(',')})`, { file });
  }
  return rows.map((row) => ({ id: row.id ?? '', text: row.text ?? '' }));
}

/** `cpc classify`: the corpus recommendations, or the rows of `input`, in `framework`. */
export async function classifyCommand(options: { corpus: string; input?: string; framework: Framework; cwd: string }): Promise<Assignment[]> {
  const documents = await loadCorpusFile(options.corpus, options.cwd).catch((error: unknown) => {
    if (options.input !== undefined && error instanceof CpcError && error.code === 'file-not-found') return null;
    throw error;
  });
  const models = trainModels(documents ?? (await sampleDocuments()));
  const units = options.input !== undefined
    ? await readUnitsCsv(options.input, options.cwd)
    : (documents ?? []).flatMap((d) => d.recommendations.map((r) => ({ id: r.id, text: r.text })));
  return classifyUnits(models, units, options.framework);
}

/** With no corpus yet, train on the bundled sample corpus. */
async function sampleDocuments() {
  const { ingestCorpus } = await import('./ingestCorpus.js');
  const { loadRegister } = await import('../ingest/register.js');
  const sample = new URL('../../data/sample/', import.meta.url).pathname;
  return (await ingestCorpus([sample], { cwd: sample, register: await loadRegister() })).documents;
}

/** `cpc chart`: write the named chart (or all) into `out`. */
export async function chartCommand(name: string, options: { corpus: string; out: string; cwd: string }): Promise<string[]> {
  const analysis = await loadAnalysis(options.corpus, options.cwd);
  return writeCharts(chartsFor(analysis, name), resolve(options.cwd, options.out));
}
