import { resolve } from 'node:path';
import { writeFileAtomic } from '../../export/atomic.js';
import { codebookXml, codeSystem } from '../../export/qdpx/codes.js';
import type { ReadLimits } from '../../limits.js';
import { VERSION } from '../../cache/version.js';
import { qdpxOf, readSourceTexts, type ExportProblems } from '../../pipeline/interchange.js';
import { loadAnalysis } from '../../pipeline/loadAnalysis.js';
import { loadResources } from '../../resources/resources.js';

/** `cpc export qdpx`: the corpus as a REFI-QDA project file; documents whose text cannot be read again are left out. */
export async function exportQdpxCommand(options: { corpus: string; out: string; cwd: string; cacheDir?: string | null; limits?: ReadLimits }): Promise<{ written: string } & ExportProblems> {
  const { analysis, resources } = await loadAnalysis(options.corpus, options.cwd, undefined, options.cacheDir ?? null);
  const { sources, failures } = await readSourceTexts(analysis.documents, { cwd: options.cwd, ...(options.limits === undefined ? {} : { limits: options.limits }) });
  const { bytes, warnings } = await qdpxOf(analysis, resources, sources);
  await writeFileAtomic(resolve(options.cwd, options.out), bytes);
  return { written: options.out, failures, warnings };
}

/** `cpc export qdc`: the theme and issue codebooks as a REFI-QDA codebook file. */
export async function exportQdcCommand(options: { out: string; cwd: string }): Promise<string> {
  const resources = await loadResources();
  const { classic, current } = resources.codebooks;
  await writeFileAtomic(resolve(options.cwd, options.out), codebookXml(codeSystem([classic, current], resources.taxonomy), `cpc ${VERSION}`));
  return options.out;
}
