import type { ClassifierComparison } from './classifierBench.js';
import type { CliFigures } from './cliRuns.js';
import { CORPUS_FORMATS, type CorpusFormat } from './corpus/formats.js';
import type { CorpusManifest } from './corpus/generateCorpus.js';
import type { Machine } from './machine.js';
import type { PdftotextFigures } from './pdftotext.js';
import type { StageTimings } from './stages.js';

/** `bench/long.ts`: a full `cpc run` on long PDFs (the sample feedback report several times over). */
export interface LongResults {
  readonly date: string;
  readonly command: string;
  readonly machine: Machine;
  readonly documents: number;
  /** Copies of the sample feedback report in each PDF. */
  readonly copies: number;
  readonly pagesEach: number;
  readonly pages: number;
  /** The built CLI's `cpc run --no-cache`, wall time. */
  readonly runMs: number;
  readonly peakRssMiB: number | null;
  readonly pagesPerSecond: number;
  /** The PDF reader of the run (its run.json's `tool.pdfReader`); absent in results written before it was recorded. */
  readonly reader?: string;
  readonly pdftotext: PdftotextFigures;
}

/** The generated corpus a benchmark ran on. */
export interface CorpusFigures {
  readonly dir: string;
  readonly count: number;
  readonly seed: number;
  readonly key: string;
  readonly reused: boolean;
  readonly generatedInS: number;
  readonly files: Readonly<Record<CorpusFormat, number>>;
  readonly megabytes: number;
}

/** One CLI's `cpc run`, rerun and `--help` figures, with rates over the corpus. */
export interface RunFigures {
  readonly mode: CliFigures['mode'];
  /** The fastest cold run's wall time. */
  readonly wallS: number;
  readonly coldRunsS: readonly number[];
  readonly peakRssMiB: number | null;
  readonly timeMaxRssMiB: number | null;
  readonly sampledPeakMiB: number | null;
  readonly documents: number;
  readonly pdfPages: number;
  readonly recommendations: number;
  readonly documentsPerSecond: number;
  readonly pagesPerSecond: number;
  readonly recommendationsPerSecond: number;
  /** The median rerun's wall time. */
  readonly rerunS: number;
  readonly rerunsS: readonly number[];
  readonly rerunPeakRssMiB: number | null;
  readonly helpMedianMs: number;
  readonly helpSamplesMs: readonly number[];
}

/** One of the issue's targets, measured. `pass` is null when the figure could not be measured. */
export interface Target {
  readonly id: string;
  readonly label: string;
  readonly target: string;
  readonly value: string;
  readonly pass: boolean | null;
}

/** Everything one `npm run bench` measured (bench/results.json). */
export interface BenchResults {
  readonly date: string;
  readonly command: string;
  readonly machine: Machine;
  /** Load average at points through the run (2 cores: above 2 means other work competed for the CPU). */
  readonly load: readonly { readonly at: string; readonly oneMinute: number; readonly fiveMinutes: number }[];
  readonly corpus: CorpusFigures;
  /** The CLI runs: the built CLI first (what `npm install` users run; the targets' figures), then the checkout's. */
  readonly runs: readonly RunFigures[];
  /** Building the CLI with tsc for the built runs, or null when it failed. */
  readonly build: { readonly ms: number; readonly typeErrors: string | null } | null;
  /** Where the in-process stages' API came from: the built package (dist/index.js) or src/ through tsx. */
  readonly stagesApi: 'dist' | 'src';
  readonly stages: StageTimings | null;
  /** cpc's PDF ingestion (`reader`: the engine, as run.json names it) against pdftotext on the same files. */
  readonly pdfReference: { readonly cpcIngestPdfMs: number | null; readonly reader?: string; readonly pdftotext: PdftotextFigures; readonly ratio: number | null };
  readonly classifier: ClassifierComparison | null;
  readonly targets: readonly Target[];
  /** Stages that failed (the benchmark's own exit status), with their errors. */
  readonly failures: readonly { readonly stage: string; readonly error: string }[];
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The issue's targets against what was measured; a figure that could not be measured has `pass: null`. */
export function targets(results: Omit<BenchResults, 'targets'>): Target[] {
  const run = results.runs[0] ?? null;
  const other = results.runs[1] ?? null;
  const also = (figure: (r: RunFigures) => string) => (other === null ? '' : ` (${other.mode}: ${figure(other)})`);
  const classifier = results.classifier;
  const sk = classifier !== null && !('skipped' in classifier.sklearn) ? classifier.sklearn : null;
  const ratio = results.pdfReference.ratio;
  return [
    { id: 'run-wall', label: `full \`cpc run\` on ${results.corpus.count} documents`, target: '< 60 s', value: run === null ? 'not measured' : `${run.wallS.toFixed(1)} s, ${run.mode}${also((r) => `${r.wallS.toFixed(1)} s`)}`, pass: run === null ? null : run.wallS < 60 },
    { id: 'peak-rss', label: 'peak RSS of `cpc run`', target: '< 1 GB (1024 MiB)', value: run?.peakRssMiB == null ? 'not measured' : `${Math.round(run.peakRssMiB)} MiB, ${run.mode}${also((r) => `${Math.round(r.peakRssMiB ?? 0)} MiB`)}`, pass: run?.peakRssMiB == null ? null : run.peakRssMiB < 1024 },
    {
      id: 'pdf-vs-pdftotext',
      label: 'PDF text extraction wall time vs pdftotext ×2',
      target: '≤ 1.5×',
      value: ratio === null ? notRun(results.pdfReference.pdftotext) : `${ratio.toFixed(2)}× (${s(results.pdfReference.cpcIngestPdfMs ?? 0)} vs ${'ms' in results.pdfReference.pdftotext ? s(results.pdfReference.pdftotext.ms) : '-'}; reader ${results.pdfReference.reader ?? 'pdfjs'})`,
      pass: ratio === null ? null : ratio <= 1.5,
    },
    {
      id: 'classify-throughput',
      label: `classification throughput vs scikit-learn (${classifier?.texts ?? 0} texts)`,
      target: '≥ 1× scikit-learn',
      value: classifier === null || sk === null ? skipped(classifier) : `${Math.round(classifier.cpc.textsPerSecond)} vs ${Math.round(sk.textsPerSecond)} texts/s (${(classifier.cpc.textsPerSecond / sk.textsPerSecond).toFixed(2)}×)`,
      pass: classifier === null || sk === null ? null : classifier.cpc.textsPerSecond >= sk.textsPerSecond,
    },
    {
      id: 'train-time',
      label: `training time vs scikit-learn (${classifier?.trainingExamples ?? 0} sentences)`,
      target: '≤ scikit-learn',
      value: classifier === null || sk === null ? skipped(classifier) : `${s(classifier.cpc.trainMs)} vs ${s(sk.trainMs)}`,
      pass: classifier === null || sk === null ? null : classifier.cpc.trainMs <= sk.trainMs,
    },
    {
      id: 'macro-f1',
      label: 'macro-F1 on gold (strict / lenient) vs scikit-learn',
      target: '≥ scikit-learn (both)',
      value:
        classifier === null || sk === null
          ? skipped(classifier)
          : `${classifier.cpc.goldStrictMacroF1.toFixed(3)} / ${classifier.cpc.goldLenientMacroF1.toFixed(3)} vs ${sk.goldStrictMacroF1.toFixed(3)} / ${sk.goldLenientMacroF1.toFixed(3)}`,
      pass: classifier === null || sk === null ? null : classifier.cpc.goldStrictMacroF1 >= sk.goldStrictMacroF1 && classifier.cpc.goldLenientMacroF1 >= sk.goldLenientMacroF1,
    },
    { id: 'rerun', label: 'rerun with nothing changed', target: '< 3 s', value: run === null ? 'not measured' : `${run.rerunS.toFixed(2)} s, ${run.mode}${also((r) => `${r.rerunS.toFixed(2)} s`)}`, pass: run === null ? null : run.rerunS < 3 },
    { id: 'help', label: '`cpc --help` start-up (median)', target: '< 300 ms', value: run === null ? 'not measured' : `${Math.round(run.helpMedianMs)} ms, ${run.mode}${also((r) => `${Math.round(r.helpMedianMs)} ms`)}`, pass: run === null ? null : run.helpMedianMs < 300 },
  ];
}

function notRun(figures: PdftotextFigures): string {
  return 'skipped' in figures ? `not run: ${figures.skipped}` : 'not measured';
}

function skipped(classifier: ClassifierComparison | null): string {
  if (classifier === null) return 'not measured';
  return 'skipped' in classifier.sklearn ? `not run: ${classifier.sklearn.skipped}` : 'not measured';
}

/** The corpus's figures from its manifest. */
export function corpusFigures(manifest: CorpusManifest, dir: string, reused: boolean): CorpusFigures {
  const files = Object.fromEntries(CORPUS_FORMATS.map((f) => [f, manifest.files.filter((x) => x.format === f).length])) as Record<CorpusFormat, number>;
  const megabytes = Math.round((manifest.files.reduce((sum, f) => sum + f.bytes, 0) / 2 ** 20) * 10) / 10;
  return { dir, count: manifest.spec.count, seed: manifest.spec.seed, key: manifest.key, reused, generatedInS: Math.round(manifest.generatedInMs / 100) / 10, files, megabytes };
}

/** One CLI's figures, with rates over the corpus the stages read. */
export function runFigures(cli: CliFigures, stages: StageTimings | null): RunFigures {
  const wallS = cli.run.wallMs / 1000;
  const documents = stages?.ingestAll.documents ?? 0;
  const pdfPages = stages?.ingestByFormat.find((f) => f.format === 'pdf')?.pages ?? 0;
  const recommendations = stages?.ingestAll.recommendations ?? 0;
  return {
    mode: cli.mode,
    wallS,
    peakRssMiB: cli.run.peakRssMiB,
    timeMaxRssMiB: cli.run.timeMaxRssMiB,
    sampledPeakMiB: cli.run.sampledPeakMiB,
    documents,
    pdfPages,
    recommendations,
    documentsPerSecond: documents / wallS,
    pagesPerSecond: pdfPages / wallS,
    recommendationsPerSecond: recommendations / wallS,
    coldRunsS: cli.coldRunsMs.map((ms) => Math.round(ms / 100) / 10),
    rerunS: cli.rerun.wallMs / 1000,
    rerunsS: cli.rerunsMs.map((ms) => Math.round(ms / 10) / 100),
    rerunPeakRssMiB: cli.rerun.peakRssMiB,
    helpMedianMs: cli.help.medianMs,
    helpSamplesMs: cli.help.samplesMs.map((ms) => Math.round(ms)),
  };
}
