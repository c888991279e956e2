import { resolve } from 'node:path';
import { writeFileAtomic } from '../../export/atomic.js';
import { reviewCsv } from '../../export/reviewCsv.js';
import { coderAgreement, machineAgreement } from '../../review/agreement.js';
import type { CorrectionProblem } from '../../review/corrections.js';
import { parseReviewSheet } from '../../review/corrections.js';
import { extractionLines, formatAgreement } from '../../review/formatAgreement.js';
import { analyse } from '../../pipeline/analyse.js';
import { trainingCorpusOf, trainOnCorpusCached } from '../../pipeline/classifierCache.js';
import { readTextFile } from '../../readTextFile.js';
import { readCorrectionFiles } from '../../resources/correctionFiles.js';
import { loadCorpusFile } from '../../pipeline/corpusIo.js';
import { loadResources } from '../../resources/resources.js';
import { reviewSheet } from '../../pipeline/reviewSheet.js';

/**
 * `cpc review`: the review sheet of a corpus file, with the researcher's columns filled from earlier sheets when
 * given (so a sheet can be carried forward to a new corpus), written atomically.
 */
export async function reviewCommand(options: { corpus: string; out: string; excel: boolean; corrections?: readonly string[]; cwd: string; cacheDir?: string | null }): Promise<{ rows: number; problems: readonly CorrectionProblem[] }> {
  const [documents, resources] = await Promise.all([loadCorpusFile(options.corpus, options.cwd), loadResources()]);
  const sheets = await readCorrectionFiles(options.corrections ?? [], options.cwd);
  const classifier = await trainOnCorpusCached(trainingCorpusOf(documents), resources, options.cacheDir === undefined || options.cacheDir === null ? null : resolve(options.cwd, options.cacheDir));
  const analysis = analyse(documents, resources, classifier, options.corrections === undefined ? undefined : sheets.corrections);
  const rows = reviewSheet(analysis, documents);
  await writeFileAtomic(resolve(options.cwd, options.out), reviewCsv(rows, { bom: options.excel }));
  return { rows: rows.length, problems: [...sheets.problems, ...(analysis.review?.corrections.problems ?? [])] };
}

/**
 * `cpc agreement`: machine-human agreement on a filled review sheet, or inter-coder agreement between two
 * researchers' sheets (`other`). Returns the report (the JSON interface) and its text.
 */
export async function agreementCommand(options: { sheet: string; other?: string; seed: number; samples: number; cwd: string }): Promise<{ report: unknown; text: string }> {
  const first = parseReviewSheet(await readTextFile(options.sheet, { cwd: options.cwd }), options.sheet);
  const settings = { seed: options.seed, samples: options.samples };
  if (options.other === undefined) {
    const report = machineAgreement(first, settings);
    return { report, text: formatAgreement(`Model against the researcher (${options.sheet}): primary themes`, report.themes, extractionLines(report.extraction)) };
  }
  const report = coderAgreement(first, parseReviewSheet(await readTextFile(options.other, { cwd: options.cwd }), options.other), settings);
  const decisions = `keep/drop decisions: n ${report.decisions.n}, kappa ${report.decisions.kappa.value.toFixed(3)} (95% CI ${report.decisions.kappa.low.toFixed(3)} to ${report.decisions.kappa.high.toFixed(3)})`;
  return { report, text: formatAgreement(`${options.sheet} against ${options.other}: settled primary themes`, report.themes, [decisions]) };
}
