/**
 * Closed vocabularies shared by every stage: each is a `const` array with a derived union type and a guard.
 * CLI `choices`, schemas and codebooks are all built from these arrays, so a new value is added in one place.
 */

function guard<T extends string>(values: readonly T[]) {
  return (value: unknown): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** Input formats cpc reads. */
export const FORMATS = ['pdf', 'docx', 'html', 'text'] as const;
export type Format = (typeof FORMATS)[number];
export const isFormat = guard(FORMATS);

/** What a document is: who wrote it and in what form. */
export const DOCUMENT_TYPES = [
  'feedback-report',
  'progress-review',
  'action-plan',
  'committee-report',
  'news',
  'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export const isDocumentType = guard(DOCUMENT_TYPES);

/** The point of the peer-challenge cycle a document concerns. */
export const STAGES = ['proposal', 'challenge', 'action-plan', 'progress-review'] as const;
export type Stage = (typeof STAGES)[number];
export const isStage = guard(STAGES);

/** The LGA's two sets of five core themes: classic (to about 2021) and current. */
export const FRAMEWORKS = ['classic', 'current'] as const;
export type Framework = (typeof FRAMEWORKS)[number];
export const isFramework = guard(FRAMEWORKS);

export const CLASSIC_THEMES = ['priorities', 'place-leadership', 'finance', 'governance', 'capacity'] as const;
export type ClassicTheme = (typeof CLASSIC_THEMES)[number];

export const CURRENT_THEMES = [
  'local-priorities',
  'organisational-place-leadership',
  'governance-culture',
  'financial-management',
  'capacity-for-improvement',
] as const;
export type CurrentTheme = (typeof CURRENT_THEMES)[number];

export type ThemeId = ClassicTheme | CurrentTheme;
export const THEMES: Readonly<Record<Framework, readonly ThemeId[]>> = {
  classic: CLASSIC_THEMES,
  current: CURRENT_THEMES,
};
export const isThemeId = guard<ThemeId>([...CLASSIC_THEMES, ...CURRENT_THEMES]);

/** The marker used when no theme passes its threshold: counted, never dropped. */
export const UNCLASSIFIED = 'unclassified' as const;
export type ThemeOrUnclassified = ThemeId | typeof UNCLASSIFIED;

/** The LGA's own wording of each theme. */
export const THEME_LABELS: Readonly<Record<ThemeId, string>> = {
  priorities: 'Understanding of the local place and priority setting',
  'place-leadership': 'Leadership of Place',
  finance: 'Financial planning and viability',
  governance: 'Organisational leadership and governance',
  capacity: 'Capacity to deliver',
  'local-priorities': 'Local priorities and outcomes',
  'organisational-place-leadership': 'Organisational and place leadership',
  'governance-culture': 'Governance and culture',
  'financial-management': 'Financial planning and management',
  'capacity-for-improvement': 'Capacity for improvement',
};

/** The framework a theme id belongs to. */
export function frameworkOf(theme: ThemeId): Framework {
  return (CLASSIC_THEMES as readonly string[]).includes(theme) ? 'classic' : 'current';
}

/**
 * The peer-review programme a document concerns. Only Corporate Peer Challenges are counted in the theme tables;
 * the others are recognised so that a researcher's folder may hold them.
 */
export const PROGRAMMES = [
  'corporate-peer-challenge',
  'finance-peer-challenge',
  'planning-peer-challenge',
  'governance-peer-challenge',
  'corporate-health-check',
  'inspection',
  'other-peer-challenge',
] as const;
export type Programme = (typeof PROGRAMMES)[number];
export const isProgramme = guard(PROGRAMMES);

/** How a recommendation stands in its document: an item of a list (or table, or headed paragraph), or restated in prose. */
export const RECOMMENDATION_FORMS = ['listed', 'prose'] as const;
export type RecommendationForm = (typeof RECOMMENDATION_FORMS)[number];

/** The layout rule that found a recommendation (see src/corpus/README.md). */
export const RECOMMENDATION_RULES = [
  'list-item',
  'recommendation-label',
  'bold-headline',
  'headline-paragraph',
  'short-headline',
  'table-row',
  'area-to-strengthen',
  'prose-list',
  'prose-verb',
  // not a layout rule: a recommendation cpc missed, added by a researcher through a review sheet (never in corpus.jsonl)
  'researcher',
] as const;
export type RecommendationRule = (typeof RECOMMENDATION_RULES)[number];

/** Kinds of peer recommendation. */
export const RECOMMENDATION_KINDS = ['key-recommendation', 'area-to-strengthen'] as const;
export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number];

/** Output formats of listing commands. */
export const OUTPUT_FORMATS = ['table', 'csv', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export const isOutputFormat = guard(OUTPUT_FORMATS);

/** How much detail the charts draw: one row per council, the sector views, or chosen from the data (see chart/chartLevel.ts). */
export const CHART_LEVELS = ['auto', 'council', 'sector'] as const;
export type ChartLevel = (typeof CHART_LEVELS)[number];
export const isChartLevel = guard(CHART_LEVELS);

/** Groupings of the theme table. */
export const THEME_GROUPINGS = ['council', 'year', 'document-type', 'region', 'authority-type'] as const;
export type ThemeGrouping = (typeof THEME_GROUPINGS)[number];
