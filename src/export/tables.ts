import {
  DOCUMENT_TYPES, FRAMEWORKS, RECOMMENDATION_KINDS, THEME_LABELS, THEMES, UNCLASSIFIED, PROGRAMMES, type Framework } from '../vocabulary.js';
import { IMPLEMENTATION_GROUPINGS } from '../lineage/implementationTable.js';
import { PROGRESS_STATUSES } from '../lineage/types.js';
import type { FieldSpec, TableSpec } from './tableSchema.js';

/** The output tables of `cpc run`, described once (see `tableSchema.ts`). */

const GSS = '^[ENSW]\\d{8}$';
const ALL_THEMES = [...THEMES.classic, ...THEMES.current, UNCLASSIFIED];

const council: FieldSpec = { name: 'council', type: 'string', description: "the council's official name; empty when the document never names it" };
const gss: FieldSpec = { name: 'gss_code', type: 'string', pattern: GSS, description: "ONS GSS code valid in the document's year" };
const year: FieldSpec = { name: 'year', type: 'integer', description: "the challenge's year (visit, else original challenge, else document date)" };
const documentType: FieldSpec = { name: 'document_type', type: 'string', values: DOCUMENT_TYPES, description: DOCUMENT_TYPES.join(', ') };
const framework: FieldSpec = { name: 'framework', type: 'string', values: FRAMEWORKS, description: 'the framework it was classified in: classic or current' };
const source: FieldSpec = { name: 'source', type: 'string', values: ['model', 'person'], description: 'model, or person where a researcher\'s correction changed a value of the row' };
const ids = (name: string, description: string): FieldSpec => ({ name, type: 'list', description: `${description}, \`;\`-separated` });

const recommendations: TableSpec = {
  name: 'recommendations',
  title: 'Peer recommendations',
  description: 'One row per peer recommendation, counted once per challenge, with its council, year, themes and issues.',
  fields: [
    { name: 'recommendation_id', type: 'string', required: true, description: "id of the recommendation's first appearance: `<document id>#<n>`" },
    { name: 'challenge_id', type: 'string', required: true, description: 'the peer challenge it belongs to: `<GSS code>-<year>` (or `<document id>-<year>` when the council is not named)' },
    { name: 'document_id', type: 'string', required: true, description: 'the document it first appears in' },
    ids('also_in_documents', 'other documents of the same challenge that restate it'),
    council,
    gss,
    { name: 'authority_type', type: 'string', description: 'county, unitary, metropolitan district, London borough, shire district, Welsh principal area, Scottish council area, NI district' },
    { name: 'region', type: 'string', description: 'ONS region (England) or country' },
    year,
    documentType,
    { name: 'kind', type: 'string', values: RECOMMENDATION_KINDS, description: 'key-recommendation, or area-to-strengthen (from a revisit or progress review)' },
    { name: 'number', type: 'integer', description: "its number in the document's list (else its position)" },
    { name: 'heading', type: 'string', description: 'the bold heading or first sentence' },
    { name: 'text', type: 'string', description: 'the full text' },
    framework,
    { name: 'primary_theme', type: 'string', values: ALL_THEMES, description: 'the theme id with the highest score, or `unclassified`' },
    ids('themes', 'every theme above its threshold with its score (0 to 1), `theme:score` best first'),
    { name: 'crosswalk_primary_theme', type: 'string', values: ALL_THEMES, description: 'the primary theme in the other framework, through the crosswalk' },
    ids('issues', 'recurring-issue ids matched in the text'),
    { name: 'source_file', type: 'string', description: 'the file it stands in' },
    { name: 'source_page', type: 'integer', description: 'its PDF page (empty for other formats)' },
    { name: 'source_line', type: 'integer', description: 'the line of the extracted text' },
    source,
    { name: 'corrected', type: 'string', description: 'what a person changed, `;`-separated: text, themes, or added (a recommendation cpc missed)' },
  ],
  primaryKey: ['recommendation_id'],
  foreignKeys: [{ fields: ['document_id'], table: 'documents', reference: ['document_id'] }],
};

const recommendationThemes: TableSpec = {
  name: 'recommendation-themes',
  title: 'Theme scores of each recommendation',
  description: "Long form: recommendation × theme × score, every theme of the recommendation's framework, so scores can be compared across all five.",
  fields: [
    { name: 'recommendation_id', type: 'string', required: true, description: 'the recommendation (`recommendations.csv`)' },
    council,
    gss,
    year,
    framework,
    { name: 'theme', type: 'string', required: true, values: ALL_THEMES, description: 'theme id' },
    { name: 'theme_label', type: 'string', description: "the LGA's wording of the theme" },
    { name: 'score', type: 'number', unit: 'calibrated score, 0 to 1', description: "the classifier's calibrated score for the theme" },
    { name: 'assigned', type: 'boolean', description: 'the theme passed its threshold' },
    { name: 'primary', type: 'boolean', description: 'it is the primary theme' },
    source,
  ],
  primaryKey: ['recommendation_id', 'theme'],
  foreignKeys: [{ fields: ['recommendation_id'], table: 'recommendations', reference: ['recommendation_id'] }],
};

/** Council × theme counts and shares in one framework (wide: a count and a share column per theme). */
function themesByCouncil(f: Framework): TableSpec {
  const themes = THEMES[f];
  return {
    name: f === 'classic' ? 'themes-by-council' : 'themes-by-council-current',
    title: `Primary themes by council (${f} framework)`,
    description: `Council × theme in the ${f} framework${f === 'current' ? ' (through the crosswalk for reports of the classic years)' : ''}: how many of each council's recommendations have each primary theme, then the shares. Councils whose documents hold no recommendations are listed with zeros, not dropped.`,
    fields: [
      { ...council, required: true, description: "the council's official name, `(council not named: <challenge id>)` for documents that name none" },
      ...themes.map((t): FieldSpec => ({ name: t, type: 'integer', unit: 'recommendations', description: `recommendations whose primary theme is ${THEME_LABELS[t]}` })),
      { name: UNCLASSIFIED, type: 'integer', unit: 'recommendations', description: 'recommendations no theme passed its threshold for' },
      { name: 'recommendations', type: 'integer', unit: 'recommendations', description: "the council's recommendations in all" },
      ...themes.map((t): FieldSpec => ({ name: `${t}_share`, type: 'number', unit: "share of the council's recommendations, 0 to 1", description: `\`${t}\` / \`recommendations\`, 0 when the council has none` })),
      source,
    ],
    primaryKey: ['council'],
    foreignKeys: [],
  };
}

const issuesByCouncil: TableSpec = {
  name: 'issues-by-council',
  title: 'Recurring issues by council',
  description: 'One row per council and recurring issue raised, with the recommendations behind it.',
  fields: [
    { ...council, required: true, description: "the council's official name, `(council not named)` for documents that name none" },
    gss,
    { name: 'issue', type: 'string', required: true, description: 'recurring-issue id (`data/codebooks/issues.yaml`)' },
    { name: 'recommendations', type: 'integer', unit: 'recommendations', description: "how many of the council's recommendations raise it" },
    ids('recommendation_ids', 'those recommendations'),
    source,
  ],
  primaryKey: ['council', 'issue'],
  foreignKeys: [],
};

const documents: TableSpec = {
  name: 'documents',
  title: 'Documents',
  description: 'One row per document read, with its counts.',
  fields: [
    { name: 'document_id', type: 'string', required: true, description: 'stable id derived from the file name' },
    { name: 'file', type: 'string', required: true, description: 'the file as given to cpc' },
    council,
    gss,
    year,
    { name: 'document_date', type: 'date', description: 'the date of the document or of the meeting it went to, when found' },
    documentType,
    { name: 'programme', type: 'string', values: PROGRAMMES, description: 'the peer-review programme; documents of programmes other than corporate-peer-challenge are listed but left out of every count and theme table' },
    { name: 'recommendations', type: 'integer', unit: 'recommendations', description: 'peer recommendations listed' },
    { name: 'recommendations_referenced', type: 'integer', unit: 'recommendations', description: 'the number the document says there are, when it says' },
    { name: 'committee_recommendations', type: 'integer', unit: 'recommendations', description: "the report's own recommendations to its committee, never counted as peer recommendations" },
    source,
  ],
  primaryKey: ['document_id'],
  foreignKeys: [],
};

const statuses = (name: string, description: string): FieldSpec => ({ name, type: 'string', values: PROGRESS_STATUSES, description });
const quoteOf = (who: string): FieldSpec[] => [
  { name: `${who}_date`, type: 'date', description: `the date of the ${who === 'peer' ? "peer team's" : "council's"} latest word on it` },
  { name: `${who}_quote`, type: 'string', description: 'the words the status was read from' },
  { name: `${who}_source_file`, type: 'string', description: 'the file those words stand in' },
  { name: `${who}_source_page`, type: 'integer', description: 'their page (PDF)' },
];

const recommendationProgress: TableSpec = {
  name: 'recommendation-progress',
  title: 'How far recommendations got',
  description: 'One row per original recommendation of a challenge: the later documents that report on it and the latest status by the peer team\'s word and the council\'s, each with its quote and source.',
  fields: [
    { name: 'recommendation_id', type: 'string', required: true, description: "the original's id, `<document id>#<n>`" },
    { name: 'challenge_id', type: 'string', required: true, description: 'the challenge, as in recommendations.csv' },
    council,
    gss,
    { name: 'authority_type', type: 'string', description: "the council's type" },
    { name: 'challenge_year', type: 'integer', description: "the challenge's year" },
    { name: 'number', type: 'integer', description: "the original's number" },
    { name: 'text', type: 'string', description: "the original's full text" },
    { name: 'theme_classic', type: 'string', values: ALL_THEMES, description: 'its primary theme in the classic framework' },
    { name: 'theme_current', type: 'string', values: ALL_THEMES, description: 'its primary theme in the current framework' },
    { name: 'base_document_id', type: 'string', description: 'the document the original comes from' },
    { name: 'stand_in', type: 'boolean', description: 'true where the feedback report is not in the corpus and the earliest restating document stands in' },
    ids('follow_up_documents', 'later documents of the challenge that can report on it'),
    statuses('status', 'the latest status of either speaker'),
    statuses('peer_status', "the peer team's latest status"),
    ...quoteOf('peer'),
    statuses('council_status', "the council's latest status"),
    ...quoteOf('council'),
    ids('linked_documents', 'documents whose passages are linked to it'),
    { name: 'evidence', type: 'string', description: 'every linked passage: speaker, document, how linked, status and quote, `|`-separated' },
  ],
  primaryKey: ['recommendation_id'],
  foreignKeys: [],
};

const recommendationImplementation: TableSpec = {
  name: 'recommendation-implementation',
  title: 'Implementation by theme, authority type and year',
  description: 'Recommendations at each latest status, by theme (both frameworks), authority type and challenge year, with their denominators.',
  fields: [
    { name: 'grouping', type: 'string', values: IMPLEMENTATION_GROUPINGS, required: true, description: IMPLEMENTATION_GROUPINGS.join(', ') },
    { name: 'group', type: 'string', required: true, description: 'the theme, authority type or year' },
    statuses('status', 'the latest status'),
    { name: 'recommendations', type: 'integer', unit: 'recommendations', description: 'recommendations of the group at that status' },
    { name: 'group_recommendations', type: 'integer', unit: 'recommendations', description: 'all recommendations of the group (the denominator)' },
    { name: 'group_followed_up', type: 'integer', unit: 'recommendations', description: 'those of the group with a later document in the corpus' },
    { name: 'share', type: 'number', unit: "share of the group's recommendations, 0 to 1", description: 'recommendations / group_recommendations' },
  ],
  primaryKey: ['grouping', 'group', 'status'],
  foreignKeys: [],
};

const review: TableSpec = {
  name: 'review',
  title: 'Review sheet',
  description: "One row per recommendation for a researcher to keep, drop or correct (cpc's columns, then the researcher's); rows may be added for recommendations cpc missed.",
  fields: [
    { name: 'key', type: 'string', description: "the review key: the document's content hash and the recommendation's normalised text (empty on an added row)" },
    { name: 'document_key', type: 'string', description: "the document's content hash, short" },
    { name: 'document_id', type: 'string', description: 'the document it was found in' },
    { name: 'council', type: 'string', description: "the council's official name" },
    year,
    { name: 'document', type: 'string', description: 'the file' },
    { name: 'page', type: 'integer', description: 'its PDF page' },
    framework,
    { name: 'text', type: 'string', description: 'the text as cpc found it' },
    { name: 'found_by', type: 'string', description: 'the layout rule that found it' },
    { name: 'form', type: 'string', description: 'listed, or prose (restated inside a sentence)' },
    { name: 'confidence', type: 'number', unit: '0 to 1', description: "the rule's confidence" },
    { name: 'model_primary_theme', type: 'string', description: "the model's primary theme" },
    ids('model_themes', "the model's themes with their scores, `theme:score`"),
    { name: 'decision', type: 'string', description: "the researcher's decision: keep or drop" },
    { name: 'text_corrected', type: 'string', description: "the researcher's text" },
    ids('themes_corrected', "the researcher's themes"),
    { name: 'note', type: 'string', description: "the researcher's note" },
  ],
  primaryKey: [],
  foreignKeys: [],
};

/** Every table `cpc run` writes, in the order of its output. */
export const TABLES = {
  recommendations,
  recommendationThemes,
  themesByCouncil: themesByCouncil('classic'),
  themesByCouncilCurrent: themesByCouncil('current'),
  issuesByCouncil,
  documents,
  recommendationProgress,
  recommendationImplementation,
  review,
} as const satisfies Readonly<Record<string, TableSpec>>;

/** The wide council × theme table of a framework. */
export function themesByCouncilTable(f: Framework): TableSpec {
  return f === 'classic' ? TABLES.themesByCouncil : TABLES.themesByCouncilCurrent;
}
