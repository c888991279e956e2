import { join, relative } from 'node:path';
import { quoteOf } from '../aggregate/quoteOf.js';
import { councilKey } from '../aggregate/councilKey.js';
import { assignmentIn } from '../classify/assignmentIn.js';
import type { Quote } from '../aggregate/types.js';
import { writeFileAtomic } from '../export/atomic.js';
import { loadBriefingAssets } from '../export/briefingAssets.js';
import { renderBriefingHtml } from '../export/briefingHtml.js';
import { renderBriefingMarkdown } from '../export/briefingMarkdown.js';
import type { BriefingInput, EvaluationSummary } from '../export/briefingTypes.js';
import { CLASSIC_THEMES, type ThemeId } from '../vocabulary.js';
import type { Analysis } from './analyse.js';
import type { DrawnChart } from './charts.js';
import type { Resources } from '../resources/resources.js';
import { VERSION } from '../cache/version.js';

/** Up to `n` quotes for each theme: recommendations whose primary theme it is, one per council first. */
function themeQuotes(analysis: Analysis, n = 3): Partial<Record<ThemeId, Quote[]>> {
  const documents = new Map(analysis.documents.map((d) => [d.id, d]));
  const quotes: Partial<Record<ThemeId, Quote[]>> = {};
  for (const theme of CLASSIC_THEMES) {
    const recs = analysis.recommendations.filter((r) => assignmentIn(r.assignment, 'classic')?.primaryTheme === theme);
    const councils = new Set<string | null>();
    const picked = [...recs.filter((r) => !councils.has(r.council?.gssCode ?? null) && councils.add(r.council?.gssCode ?? null)), ...recs].filter((r, i, all) => all.indexOf(r) === i);
    if (picked.length > 0) quotes[theme] = picked.slice(0, n).map((r) => quoteOf(r, documents));
  }
  return quotes;
}

/** The briefing's input from an analysis, its drawn charts and (optionally) the classifier's figures. */
export function briefingInput(
  analysis: Analysis,
  resources: Resources,
  charts: readonly DrawnChart[],
  options: { evaluation: EvaluationSummary | null; outDir: string; cwd: string; corpusFile?: string },
): Omit<BriefingInput, 'scripts'> {
  const years = analysis.challenges.map((c) => c.year).filter((y): y is number => y !== null);
  const model = analysis.classifier.models.classic;
  return {
    title: 'Corporate Peer Challenges: what peers recommended',
    corpus: {
      councils: new Set(analysis.challenges.map(councilKey)).size,
      documents: analysis.documents.length,
      recommendations: analysis.recommendations.length,
      yearFrom: years.length === 0 ? null : Math.min(...years),
      yearTo: years.length === 0 ? null : Math.max(...years),
      framework: 'classic',
    },
    themeRows: analysis.themeRows.classic.council,
    issueRows: analysis.issues,
    themeQuotes: themeQuotes(analysis),
    charts: charts.map(({ name, title, spec, svg, councilFilter }) => ({ name, title, spec, svg, councilFilter })),
    evaluation: options.evaluation,
    generatedFrom: {
      ...(options.corpusFile === undefined ? {} : { corpusFile: options.corpusFile }),
      codebook: `classic ${resources.codebooks.classic.version}, current ${resources.codebooks.current.version}, issues ${resources.taxonomy.version}`,
      ...(model === undefined ? {} : { classifier: `logistic regression ${model.hash.slice(0, 12)}` }),
      version: `cpc ${VERSION}`,
    },
    documentRoot: relative(options.outDir, options.cwd) || '.',
  };
}

/** Write `briefing.html` (interactive, self-contained) and `briefing.md` (PNG charts under charts/). */
export async function writeBriefing(input: Omit<BriefingInput, 'scripts'>, outDir: string): Promise<string[]> {
  const html = renderBriefingHtml({ ...input, scripts: await loadBriefingAssets() });
  const markdown = renderBriefingMarkdown({ ...input, scripts: null }, { pngPath: (name) => `charts/${name}.png` });
  await writeFileAtomic(join(outDir, 'briefing.html'), html);
  await writeFileAtomic(join(outDir, 'briefing.md'), markdown);
  return [join(outDir, 'briefing.html'), join(outDir, 'briefing.md')];
}
