import { documentRows } from '../aggregate/documentRows.js';
import { groupChallenges } from '../aggregate/groupChallenges.js';
import { themeTable } from '../aggregate/themeTable.js';
import type { Challenge, ChallengeRecommendation, DocumentRow, ThemeTableRow } from '../aggregate/types.js';
import { classifyByCentroid, trainCentroids, type CentroidModel } from '../classify/centroid.js';
import { primaryCrosswalk } from '../classify/primaryCrosswalk.js';
import type { Assignment, TrainingExample, Unit } from '../classify/types.js';
import type { CorpusDocument } from '../corpus/schema.js';
import { FRAMEWORKS, THEME_GROUPINGS, type Framework, type ThemeGrouping } from '../vocabulary.js';

/** Everything the tables, charts and briefings are made from. */
export interface Analysis {
  readonly documents: readonly CorpusDocument[];
  readonly assignments: readonly Assignment[];
  readonly challenges: readonly Challenge[];
  readonly recommendations: readonly ChallengeRecommendation[];
  readonly themeRows: Readonly<Record<Framework, Readonly<Record<ThemeGrouping, readonly ThemeTableRow[]>>>>;
  readonly documentRows: readonly DocumentRow[];
}

/** The theme-section feedback of every document as training examples, crosswalked into `framework`. */
export function trainingExamples(documents: readonly CorpusDocument[], framework: Framework): TrainingExample[] {
  return documents.flatMap((d) =>
    d.themeSections.flatMap((s) => {
      const theme = (d.framework ?? 'classic') === framework ? s.theme : primaryCrosswalk(s.theme);
      return s.text.split(/\n\n+/).map((text) => ({ text, theme, origin: `section:${d.id}` }));
    }),
  );
}

/** Classifiers for both frameworks, trained on the documents' theme sections (plus the theme labels). */
export function trainModels(documents: readonly CorpusDocument[], extra: readonly TrainingExample[] = []): Record<Framework, CentroidModel> {
  return {
    classic: trainCentroids([...trainingExamples(documents, 'classic'), ...extra], 'classic'),
    current: trainCentroids([...trainingExamples(documents, 'current'), ...extra.map((e) => ({ ...e, theme: primaryCrosswalk(e.theme) }))], 'current'),
  };
}

/** Classify units in the given framework. */
export function classifyUnits(models: Record<Framework, CentroidModel>, units: readonly Unit[], framework: Framework): Assignment[] {
  return classifyByCentroid(models[framework], units, primaryCrosswalk);
}

/**
 * Corpus -> analysis. Phases: train on theme sections -> classify each recommendation in its document's
 * framework -> group documents into challenges -> theme tables for both frameworks and every grouping.
 */
export function analyse(documents: readonly CorpusDocument[], models: Record<Framework, CentroidModel> = trainModels(documents)): Analysis {
  const assignments = FRAMEWORKS.flatMap((framework) =>
    classifyUnits(
      models,
      documents.filter((d) => (d.framework ?? 'classic') === framework).flatMap((d) => d.recommendations.map((r) => ({ id: r.id, text: r.text }))),
      framework,
    ),
  ).sort((a, b) => a.id.localeCompare(b.id));
  const challenges = groupChallenges(documents, assignments);
  const documentTypes = new Map(documents.map((d) => [d.id, d.documentType as string]));
  const themeRows = Object.fromEntries(
    FRAMEWORKS.map((framework) => [
      framework,
      Object.fromEntries(THEME_GROUPINGS.map((grouping) => [grouping, themeTable(challenges, { grouping, framework, documentTypes })])),
    ]),
  ) as unknown as Analysis['themeRows'];
  return {
    documents,
    assignments,
    challenges,
    recommendations: challenges.flatMap((c) => c.recommendations),
    themeRows,
    documentRows: documentRows(documents),
  };
}

/** Recommendations matching the CLI's filters. */
export function filterRecommendations(
  recommendations: readonly ChallengeRecommendation[],
  filters: { council?: string; theme?: string; year?: string },
): ChallengeRecommendation[] {
  const council = filters.council?.toLowerCase();
  return recommendations.filter(
    (r) =>
      (council === undefined || `${r.council ?? ''} ${r.gssCode ?? ''}`.toLowerCase().includes(council)) &&
      (filters.year === undefined || String(r.year) === filters.year) &&
      (filters.theme === undefined ||
        r.assignment?.themes.some((t) => t.theme === filters.theme) === true ||
        r.assignment?.crosswalk.themes.some((t) => t.theme === filters.theme) === true),
  );
}
