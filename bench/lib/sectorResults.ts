import type { BriefingOpen } from './outputChecks.js';
import type { Machine } from './machine.js';
import type { PdftotextFigures } from './pdftotext.js';
import type { StageTimings } from './stages.js';

/** Everything `npm run bench:sector` measured (bench/sector-results.json). */
export interface SectorResults {
  readonly date: string;
  readonly command: string;
  readonly machine: Machine;
  /** The machine's one-minute load average at the start and the end (a shared machine shows here). */
  readonly load: { readonly start: number; readonly end: number };
  readonly corpus: {
    readonly dir: string;
    readonly documents: number;
    readonly added: number;
    readonly councils: number;
    readonly files: Readonly<Record<string, number>>;
    readonly pdfPages: number | null;
    readonly generatedInS: number | null;
  };
  /** The built CLI, cold (fresh output folder and cache). */
  readonly run: { readonly wallMs: number; readonly peakRssMiB: number | null };
  /** The same command again with nothing changed. */
  readonly rerun: { readonly wallMs: number; readonly peakRssMiB: number | null };
  /**
   * `cpc run <corpus> <10 more documents>` into a copy of the output folder, its cache warm: the median of `runsMs`
   * (each into its own copy; absent in results written before it was measured more than once).
   */
  readonly addTen: { readonly wallMs: number; readonly peakRssMiB: number | null; readonly runsMs?: readonly number[] };
  /**
   * `cpc run` on the 10 added documents alone (fresh output folder and cache): the baseline that the run's peak
   * RSS grows from, a document at a time; the run of median peak among `runsPeakRssMiB` (absent in results written
   * before it was measured more than once). Absent in results written before it was measured.
   */
  readonly small?: { readonly wallMs: number; readonly peakRssMiB: number | null; readonly runsPeakRssMiB?: readonly (number | null)[] };
  readonly stages: StageTimings | null;
  readonly pdfReference: { readonly cpcIngestPdfMs: number | null; readonly reader: string; readonly pdftotext: PdftotextFigures; readonly ratio: number | null };
  readonly charts: readonly { readonly chart: string; readonly width: number; readonly height: number }[];
  readonly briefing: BriefingOpen;
  readonly failures: readonly { readonly stage: string; readonly error: string }[];
  readonly targets: readonly SectorTarget[];
  /** What a person measured beside the run (before/after figures, other loads), added by hand; rendered under "Notes". */
  readonly notes?: readonly string[];
}

export interface SectorTarget {
  readonly label: string;
  readonly value: string;
  readonly target: string;
  readonly pass: boolean | null;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const MB_PER_MIB = 1.048576;

/** How much the cold run's peak RSS grows a document, in MB: (peak on the corpus − peak on the 10 added) / the difference in documents. */
export function rssGrowthPerDocumentMB(r: Pick<SectorResults, 'run' | 'small' | 'corpus'>): number | null {
  const [big, small] = [r.run.peakRssMiB, r.small?.peakRssMiB ?? null];
  if (big === null || small === null || r.corpus.documents <= r.corpus.added) return null;
  return ((big - small) * MB_PER_MIB) / (r.corpus.documents - r.corpus.added);
}

/** The issue's "done when" figures, each pass, fail or not measured. */
export function sectorTargets(r: Omit<SectorResults, 'targets'>): SectorTarget[] {
  const longest = Math.max(0, ...r.charts.map((c) => Math.max(c.width, c.height)));
  const open = 'skipped' in r.briefing ? null : r.briefing;
  return [
    { label: `full \`cpc run\` on ${r.corpus.documents} documents`, value: seconds(r.run.wallMs), target: '< 4 min', pass: r.run.wallMs < 240_000 },
    { label: 'peak RSS of the run', value: r.run.peakRssMiB === null ? 'n/a' : `${r.run.peakRssMiB} MiB`, target: '< 1 GB', pass: r.run.peakRssMiB === null ? null : r.run.peakRssMiB < 1024 },
    (() => {
      const growth = rssGrowthPerDocumentMB(r);
      const value = growth === null ? 'n/a' : `${growth.toFixed(3)} MB (${r.small?.peakRssMiB ?? '?'} MiB on ${r.corpus.added} documents, ${r.run.peakRssMiB ?? '?'} MiB on ${r.corpus.documents})`;
      return { label: 'peak RSS growth a document', value, target: 'well under 0.05 MB', pass: growth === null ? null : growth < 0.05 };
    })(),
    { label: 'PDF ingestion against `pdftotext` two at a time', value: r.pdfReference.ratio === null ? 'n/a' : `${r.pdfReference.ratio.toFixed(2)}×`, target: '≤ 1.2×', pass: r.pdfReference.ratio === null ? null : r.pdfReference.ratio <= 1.2 },
    {
      label: `adding ${r.corpus.added} documents to the cached corpus`,
      value: r.addTen.runsMs === undefined || r.addTen.runsMs.length < 2 ? seconds(r.addTen.wallMs) : `${seconds(r.addTen.wallMs)} (median of ${r.addTen.runsMs.map(seconds).join(', ')})`,
      target: '< 10 s',
      pass: r.addTen.wallMs < 10_000,
    },
    { label: 'longest side of any chart PNG', value: `${longest} px`, target: '≤ about 2,000 px', pass: longest <= 2050 },
    { label: 'briefing page size', value: `${(r.briefing.bytes / 1e6).toFixed(2)} MB`, target: '< about 2 MB', pass: r.briefing.bytes < 2_000_000 },
    {
      label: 'briefing opens in headless Chromium (all charts drawn), console errors',
      value: open === null ? 'n/a' : `${seconds(open.chartsReadyMs)}, ${open.errors.length} errors`,
      target: '< 3 s, none',
      pass: open === null ? null : open.chartsReadyMs < 3000 && open.errors.length === 0 && open.embedded === open.charts,
    },
  ];
}

/** bench/sector.md: the targets, then the stage timings, from the results. */
export function renderSectorReport(r: SectorResults): string {
  const rows = r.targets.map((t) => `| ${t.label} | ${t.value} | ${t.target} | ${t.pass === null ? 'not measured' : t.pass ? '**pass**' : '**miss**'} |`);
  const s = r.stages;
  const stageRows =
    s === null
      ? ['| (stages failed: see failures in sector-results.json) | |']
      : [
          ...s.ingestByFormat.map((f) => `| ingest ${f.format} (${f.files} files${f.pages === null ? '' : `, ${f.pages} pages`}) | ${seconds(f.ms)} |`),
          `| ingest all | ${seconds(s.ingestAll.ms)} |`,
          `| train | ${seconds(s.trainMs)} |`,
          `| classify | ${seconds(s.classifyMs)} |`,
          `| aggregate | ${seconds(s.aggregateMs)} |`,
          `| evaluate | ${seconds(s.evaluateMs)} |`,
          `| charts | ${seconds(s.chartsMs)} |`,
          `| CSV tables and corpus | ${seconds(s.csvMs)} |`,
          `| briefing | ${seconds(s.briefingMs)} |`,
        ];
  return [
    `# Sector benchmark (issue #17)`,
    '',
    `\`npm run bench:sector\` (\`${r.command}\`), ${r.date.slice(0, 10)}, ${r.machine.cores} cores (${r.machine.cpuModel}), PDF reader ${r.pdfReference.reader}; ` +
      `load average ${r.load.start} at the start, ${r.load.end} at the end.`,
    `Corpus: ${r.corpus.documents} documents about ${r.corpus.councils} councils (${Object.entries(r.corpus.files).map(([f, n]) => `${n} ${f}`).join(', ')}` +
      `${r.corpus.pdfPages === null ? '' : `; ${r.corpus.pdfPages} PDF pages`}), plus ${r.corpus.added} added for the last measurement.`,
    '',
    'How the corpus is made (`bench/lib/corpus/`, cached under `bench/.corpus/sector-n<count+10>-s<seed>/`): as for the',
    'scale benchmark (bench/README.md), each document is one of the five sample documents rewritten for another',
    'English council of the same type, its years shifted and its lists reordered, 60% PDF (printed by Chromium), 20%',
    'DOCX, 10% HTML, 10% text; here PDF, HTML and text documents run to 20–60 pages (seeded), the document followed',
    'by appendices made from the four other sample documents and then itself again, each rewritten for the same',
    'council with its own list order. DOCX documents keep the sample lengths. How it is measured: the built CLI',
    '(`cpc run`, fresh output folder and cache; then the same command unchanged; then with the 10 documents added,',
    'three times, each into a copy of that folder, the median counting; then the 10 alone, cold, three times, the run',
    'of median peak the baseline of the peak RSS\'s growth a document), wall time and peak RSS of the process tree; the',
    'charts and briefing of the first run with the 10 added;',
    'the stages in process through the public API; `pdftotext` two at a time on the same PDFs, the faster of two.',
    '',
    '| target | measured | goal | result |',
    '|---|---|---|---|',
    ...rows,
    '',
    `Rerun with nothing changed: ${seconds(r.rerun.wallMs)} (peak ${r.rerun.peakRssMiB ?? 'n/a'} MiB).` +
      (r.small === undefined ? '' : ` The ${r.corpus.added} added documents alone, cold: ${seconds(r.small.wallMs)} (peak ${r.small.peakRssMiB ?? 'n/a'} MiB${r.small.runsPeakRssMiB === undefined ? '' : `; peaks of the ${r.small.runsPeakRssMiB.length} runs: ${r.small.runsPeakRssMiB.map((p) => p ?? 'n/a').join(', ')} MiB`}).`),
    '',
    ...(r.notes === undefined || r.notes.length === 0 ? [] : ['## Notes', '', ...r.notes.map((note) => `- ${note}`), '']),
    '## Stages (in process, through the public API)',
    '',
    '| stage | time |',
    '|---|---|',
    ...stageRows,
    '',
    '## Chart sizes (PNG pixels)',
    '',
    ...r.charts.map((c) => `- ${c.chart}: ${c.width} × ${c.height}`),
    '',
    r.failures.length === 0 ? 'Every stage ran.' : `Failures: ${r.failures.map((f) => `${f.stage} (${f.error})`).join('; ')}`,
    '',
  ].join('\n');
}
