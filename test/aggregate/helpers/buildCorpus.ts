/**
 * Test corpora for the aggregate stage, built from a compact spec (council by GSS code, dates, recommendations with
 * hand-assigned themes) instead of the extractor and the classifier. `buildCorpus` makes the `CorpusDocument`s and
 * the `Assignment`s the real pipeline would make, so a test can swap either half for the real stage.
 */
import type { Assignment, FrameworkAssignment } from '../../../src/classify/types.js';
import type { Council, CorpusDocument, Dates, SourceLocation } from '../../../src/corpus/schema.js';
import type { Register } from '../../../src/corpus/register.js';
import {
  THEMES,
  UNCLASSIFIED,
  type DocumentType,
  type Framework,
  type RecommendationKind,
  type Stage,
  type ThemeId,
} from '../../../src/vocabulary.js';

export interface RecommendationSpec {
  readonly text: string;
  /** Themes touched, primary first, in the document's framework; none = unclassified. */
  readonly themes: readonly string[];
  readonly number?: number;
  readonly kind?: RecommendationKind;
  /** How many times the document lists it (repeats merged by the extractor). */
  readonly count?: number;
  readonly page?: number;
}

export interface DocumentSpec {
  readonly id: string;
  readonly file: string;
  readonly url?: string | null;
  /** GSS code of the council, null when the document names none. */
  readonly gssCode: string | null;
  readonly documentType: DocumentType;
  readonly stage: Stage;
  readonly framework: Framework | null;
  readonly dates: Partial<Dates>;
  readonly focusAreas?: readonly string[];
  readonly recommendationsReferenced?: number | null;
  readonly committeeRecommendations?: readonly string[];
  readonly themeSections?: readonly { readonly theme: ThemeId; readonly text: string; readonly page?: number }[];
  readonly recommendations: readonly RecommendationSpec[];
}

const PAIRS: readonly (readonly [ThemeId, ThemeId])[] = [
  ['priorities', 'local-priorities'],
  ['place-leadership', 'organisational-place-leadership'],
  ['finance', 'financial-management'],
  ['governance', 'governance-culture'],
  ['capacity', 'capacity-for-improvement'],
];

/** The paired theme of the other framework (the crosswalk's primary mapping). */
export function crosswalkTheme(theme: ThemeId): ThemeId {
  const pair = PAIRS.find(([a, b]) => a === theme || b === theme)!;
  return pair[0] === theme ? pair[1] : pair[0];
}

/** An assignment as a classifier would give it: the listed themes, primary first, crosswalked pairwise. */
export function assignmentOf(id: string, themes: readonly ThemeId[], framework: Framework): Assignment {
  const scored = themes.map((theme, i) => ({ theme, score: Math.round((0.9 - 0.1 * i) * 100) / 100 }));
  const other: Framework = framework === 'classic' ? 'current' : 'classic';
  const crosswalked = [...new Set(themes.map(crosswalkTheme))];
  const crosswalk: FrameworkAssignment = {
    framework: other,
    primaryTheme: crosswalked[0] ?? UNCLASSIFIED,
    themes: crosswalked.map((theme, i) => ({ theme, score: Math.round((0.9 - 0.1 * i) * 100) / 100 })),
  };
  return {
    id, framework, primaryTheme: themes[0] ?? UNCLASSIFIED, themes: scored,
    scores: THEMES[framework].map((theme) => ({ theme, score: scored.find((s) => s.theme === theme)?.score ?? 0 })),
    evidence: [], crosswalk,
  };
}

function councilOf(gssCode: string | null, register: Register): Council | null {
  if (gssCode === null) return null;
  const entry = register.entries.get(gssCode);
  if (entry === undefined) throw new Error(`${gssCode} is not in the register`);
  return {
    name: entry.officialName, registerName: entry.name, gssCode, authorityType: entry.authorityType, region: entry.region,
    country: entry.country, matchedText: entry.officialName, source: null,
  };
}

const NO_DATES: Dates = {
  document: null, visit: null, plannedVisit: null, originalChallenge: null, revisit: null, previousChallenge: null, nextChallengeDueBy: null,
};

/** The corpus's own rule for a document's year: visit, revisit, original challenge, planned visit, document date. */
function yearOf(dates: Dates): number | null {
  const first = dates.visit?.start ?? dates.revisit ?? dates.originalChallenge ?? dates.plannedVisit?.start ?? dates.document;
  return first === null ? null : Number(first.slice(0, 4));
}

/** Specs -> corpus documents, and assignments of every recommendation (in its document's framework, else classic). */
export function buildCorpus(specs: readonly DocumentSpec[], register: Register): { documents: CorpusDocument[]; assignments: Assignment[] } {
  const assignments: Assignment[] = [];
  const documents = specs.map((spec): CorpusDocument => {
    const dates: Dates = { ...NO_DATES, ...spec.dates };
    const council = councilOf(spec.gssCode, register);
    let line = 1;
    const at = (page: number | null): SourceLocation => ({ file: spec.file, page, line: line++, start: line * 100, end: line * 100 + 80 });
    const recommendations = spec.recommendations.map((r, i) => {
      const id = `${spec.id}#${i + 1}`;
      assignments.push(assignmentOf(id, r.themes as ThemeId[], spec.framework ?? 'classic'));
      const source = at(r.page ?? null);
      const repeats = Array.from({ length: (r.count ?? 1) - 1 }, () => at(r.page ?? null));
      return {
        id, kind: r.kind ?? 'key-recommendation', number: r.number ?? i + 1, heading: r.text.split(/(?<=[.:])\s/)[0]!, text: r.text,
        form: 'listed' as const, rule: 'list-item' as const, confidence: 0.9, count: r.count ?? 1, source, repeats,
      };
    });
    return {
      id: spec.id, file: spec.file, format: 'text', sha256: spec.id, bytes: 1000, pageCount: null, title: null, url: spec.url ?? null,
      documentType: spec.documentType, documentTypeEvidence: null, programme: 'corporate-peer-challenge', stage: spec.stage, council, councilReason: council === null ? 'no council named' : null,
      framework: spec.framework, dates, challengeYear: null, year: yearOf(dates), peerTeam: [],
      engagement: { peopleMet: null, meetings: null, daysOnSite: null, hours: null },
      focusAreas: (spec.focusAreas ?? []).map((text) => ({ text, source: at(null) })),
      recommendations,
      committeeRecommendations: (spec.committeeRecommendations ?? []).map((text) => ({ text, source: at(null) })),
      recommendationsReferenced: spec.recommendationsReferenced ?? null, strengths: [],
      themeSections: (spec.themeSections ?? []).map((s) => ({ theme: s.theme, heading: s.theme, text: s.text, source: at(s.page ?? null) })),
      warnings: [],
    };
  });
  return { documents, assignments };
}
