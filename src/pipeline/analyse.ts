import { challengeFocus, type ChallengeFocus } from '../aggregate/challengeFocus.js';
import { documentRows } from '../aggregate/documentRows.js';
import { challenges as withAssignments } from '../aggregate/challenges.js';
import { issuePairs } from '../aggregate/issuePairs.js';
import { issueTable } from '../aggregate/issueTable.js';
import { tagIssues } from '../aggregate/tagIssues.js';
import { themeTable } from '../aggregate/themeTable.js';
import type {
  Challenge, ChallengeRecommendation, DocumentRow, IssuePairRow, IssueRow, IssueTag, ThemeTableRow,
} from '../aggregate/types.js';
import type { Classifier } from '../classify/classifier.js';
import { assignmentIn } from '../classify/assignmentIn.js';
import { classify } from '../classify/classify.js';
import type { MergeMode } from '../classify/mergeExamples.js';
import { sampledSectionExamples } from '../classify/sectionSample.js';
import { trainClassifier } from '../classify/trainClassifier.js';
import { councilNameTest } from '../classify/councilNames.js';
import type { Assignment, TrainingExample } from '../classify/types.js';
import type { CorpusDocument, DocumentSummary } from '../corpus/schema.js';
import { FRAMEWORKS, THEME_GROUPINGS, type Framework, type ThemeGrouping } from '../vocabulary.js';
import type { Correction } from '../review/corrections.js';
import { units } from '../units/units.js';
import type { Units } from '../units/types.js';
import type { Restatements } from '../units/mergeRestatements.js';
import { correctedCorpus, isCounted, type AnalysisReview } from './corrected.js';
import type { Resources } from '../resources/resources.js';

/**
 * What an earlier run made of challenges whose documents have not changed (see `pipeline/challengeCache.ts`): their
 * restatements by challenge id, and recommendation texts' issue tags. `analyse` gives the same with them as without.
 */
export interface KnownChallenges {
  readonly restatements: ReadonlyMap<string, Restatements>;
  readonly issues: ReadonlyMap<string, readonly IssueTag[]>;
}

/** Everything the tables, charts and briefings are made from. */
export interface Analysis {
  /** The documents as summaries: their theme sections and strengths are in the corpus file, not here. */
  readonly documents: readonly DocumentSummary[];
  readonly classifier: Classifier;
  /** The counted documents as recommendation units, each peer recommendation of a challenge once. */
  readonly units: Units;
  /** One per unit. */
  readonly assignments: readonly Assignment[];
  readonly challenges: readonly Challenge[];
  /** Every challenge's recommendations, each once. */
  readonly recommendations: readonly ChallengeRecommendation[];
  readonly focus: readonly ChallengeFocus[];
  readonly themeRows: Readonly<Record<Framework, Readonly<Record<ThemeGrouping, readonly ThemeTableRow[]>>>>;
  readonly issues: readonly IssueRow[];
  readonly issuePairs: readonly IssuePairRow[];
  readonly documentRows: readonly DocumentRow[];
  /** A researcher's corrections and what cpc found before them, when corrections were given. */
  readonly review?: AnalysisReview;
}

/** Train the theme classifier on the corpus's theme sections and the codebooks (plus a researcher's labels). */
export function trainOnCorpus(
  documents: readonly CorpusDocument[],
  resources: Resources,
  labels: { readonly examples?: readonly TrainingExample[]; readonly mode?: MergeMode } = {},
): Classifier {
  return trainOnSectionExamples(sampledSectionExamples(documents.flatMap((d) => d.themeSections), councilNameTest(resources.register)), resources, labels);
}

/** `trainOnCorpus` from the theme sections' sentences, already gathered (`SectionSample`). */
export function trainOnSectionExamples(
  sectionExamples: readonly TrainingExample[],
  resources: Resources,
  labels: { readonly examples?: readonly TrainingExample[]; readonly mode?: MergeMode } = {},
): Classifier {
  const { classic, current, crosswalk } = resources.codebooks;
  return trainClassifier({
    sectionExamples,
    codebooks: [classic, current],
    crosswalk,
    isName: councilNameTest(resources.register),
    ...(labels.examples === undefined ? {} : { labels: labels.examples }),
    ...(labels.mode === undefined ? {} : { mode: labels.mode }),
  });
}

/**
 * Corpus -> analysis. Phases: the counted documents as units (see `units`: restatements merged first) -> classify
 * each unit once in its framework (with `corrections`: apply them, see `correctedCorpus`; the analysis's documents
 * are then the corrected ones) -> challenges with their units' assignments and issue tags -> what each challenge
 * asked about -> theme tables for both frameworks and every grouping -> issue table and issue pairs. The classifier
 * is trained beforehand (`trainOnCorpus`), never here. Similar recommendations, which no output of `cpc run` shows,
 * are not part of it: `similarRecommendations(analysis.challenges)` finds them.
 */
export function analyse(
  found: readonly DocumentSummary[],
  resources: Resources,
  classifier: Classifier,
  corrections?: readonly Correction[],
  options: {
    readonly known?: KnownChallenges;
    /** Evidence terms per assigned theme (default 5): `cpc run` asks for none, as none of its outputs shows them. */
    readonly maxEvidence?: number;
  } = {},
): Analysis {
  const known = corrections === undefined ? options.known : undefined;
  const tagger = (text: string) => known?.issues.get(text) ?? tagIssues(text, resources.taxonomy);
  const corrected = corrections === undefined ? null : correctedCorpus(found, classifier, corrections, tagger);
  const documents = corrected?.documents ?? found;
  // Only Corporate Peer Challenges are counted; other peer reviews in the folder stay listed in documents.csv.
  const corpus = corrected?.units ?? units(documents.filter(isCounted), known === undefined ? {} : { known: known.restatements });
  const assignments = corrected?.assignments ?? classify(classifier, corpus.units, options.maxEvidence === undefined ? {} : { maxEvidence: options.maxEvidence });
  const challenges = withAssignments(corpus, assignments, tagger);
  const { classic, current } = resources.codebooks;
  const focus = challengeFocus(challenges, resources.taxonomy, [classic, current].map((c) => ({
    framework: c.framework,
    themes: c.themes.map((t) => ({ id: t.id, phrases: [...t.terms, ...t.phrases] })),
  })));
  const documentTypes = new Map(documents.map((d) => [d.id, d.documentType as string]));
  const themeRows = Object.fromEntries(FRAMEWORKS.map((framework) => [
    framework,
    Object.fromEntries(THEME_GROUPINGS.map((grouping) => [grouping, themeTable(challenges, { grouping, framework, documentTypes, focus })])),
  ])) as unknown as Analysis['themeRows'];
  return {
    documents,
    classifier,
    units: corpus,
    assignments,
    challenges,
    recommendations: challenges.flatMap((c) => c.recommendations),
    focus,
    themeRows,
    issues: issueTable(challenges, resources.taxonomy, { documents }),
    issuePairs: issuePairs(challenges),
    documentRows: documentRows(documents),
    ...(corrected === null ? {} : { review: corrected.review }),
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
      (council === undefined || `${r.council?.name ?? ''} ${r.council?.gssCode ?? ''}`.toLowerCase().includes(council)) &&
      (filters.year === undefined || String(r.year) === filters.year) &&
      (filters.theme === undefined ||
        FRAMEWORKS.some((framework) => assignmentIn(r.assignment, framework)?.themes.some((t) => t.theme === filters.theme) === true)),
  );
}
