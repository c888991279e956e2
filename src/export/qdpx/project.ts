import type { Challenge, ChallengeRecommendation } from '../../aggregate/types.js';
import { assignmentIn } from '../../classify/assignmentIn.js';
import type { DocumentSummary, Recommendation } from '../../corpus/schema.js';
import { FRAMEWORKS, UNCLASSIFIED, type Framework, type ThemeOrUnclassified } from '../../vocabulary.js';
import { issueCodeGuid, themeCodeGuid, type QdaCode } from './codes.js';
import { nameGuid } from './guid.js';
import { spanLocator, type Span } from './locate.js';
import { plainText } from './plainText.js';
import { byCodeUnit } from '../../order.js';

/** A corpus document with its canonical text (the text its recommendations' offsets count in). */
export interface SourceText {
  readonly document: DocumentSummary;
  readonly text: string;
}

/** A coded span of a source (a recommendation's words), in code points of the stored text (end exclusive). */
export interface QdaSelection {
  readonly guid: string;
  readonly name: string;
  readonly description: string;
  readonly start: number;
  readonly end: number;
  /** GUIDs of the codes applied, in code-system order. */
  readonly codes: readonly string[];
}

export interface QdaSource {
  readonly guid: string;
  readonly name: string;
  readonly description: string;
  /** The stored plain text. */
  readonly text: string;
  readonly selections: readonly QdaSelection[];
}

export interface QdaVariable {
  readonly guid: string;
  readonly name: string;
  readonly description: string;
}

export interface QdaCase {
  readonly guid: string;
  readonly name: string;
  readonly values: readonly { readonly variable: string; readonly text: string }[];
  readonly sources: readonly string[];
}

/** A REFI-QDA project as plain data: `projectXml` writes it, `qdpxArchive` packs it. */
export interface QdaProject {
  readonly name: string;
  readonly origin: string;
  readonly codes: readonly QdaCode[];
  readonly variables: readonly QdaVariable[];
  readonly cases: readonly QdaCase[];
  readonly sources: readonly QdaSource[];
  /** Recommendations left without a selection: their words are not in their document's text in that order. */
  readonly unplaced: readonly { readonly file: string; readonly recommendation: string }[];
}

export interface ProjectInput {
  readonly name: string;
  readonly origin: string;
  readonly codes: readonly QdaCode[];
  readonly sources: readonly SourceText[];
  /** Every challenge's recommendations (with their themes and issues), as the aggregate stage made them. */
  readonly recommendations: readonly ChallengeRecommendation[];
  readonly challenges: readonly Challenge[];
}

const VARIABLES = [
  ['gss', 'GSS code', "The council's ONS GSS code in the year of its challenge."],
  ['type', 'Authority type', 'County, unitary, metropolitan district, London borough, shire district, ...'],
  ['region', 'Region', 'ONS region (England) or country.'],
  ['years', 'Challenge years', "The years of the council's peer challenges in the corpus, `;`-separated."],
] as const;

/**
 * The corpus as a REFI-QDA project. Phases: each document -> a plain-text source -> each of its peer
 * recommendations -> a selection on its words (found at or near its source span), coded with its themes in both frameworks and its issues ->
 * councils -> cases with their variables and documents. Every GUID is derived from an id, so two exports of the
 * same corpus are identical.
 */
export function qdaProject(input: ProjectInput): QdaProject {
  const byRecommendation = new Map<string, ChallengeRecommendation>();
  for (const r of input.recommendations) for (const id of r.recommendationIds) byRecommendation.set(id, r);
  const unplaced: { file: string; recommendation: string }[] = [];
  const sources = input.sources.map(({ document, text }) => {
    const plain = plainText(text);
    const locate = spanLocator(text);
    const selections = document.recommendations.flatMap((r) => {
      const span = locate(r);
      if (span === null) unplaced.push({ file: document.file, recommendation: r.id });
      const at = (offset: number) => plain.position(offset);
      return span === null ? [] : [selection(r, document, byRecommendation.get(r.id), { start: at(span.start), end: at(span.end) })];
    });
    return { guid: sourceGuid(document), name: document.file.split('/').pop() ?? document.file, description: sourceDescription(document), text: plain.text, selections };
  });
  const variables = VARIABLES.map(([key, name, description]) => ({ guid: nameGuid(`variable/council/${key}`), name, description }));
  return { name: input.name, origin: input.origin, codes: input.codes, variables, cases: councilCases(input, variables), sources, unplaced };
}

/** The stable GUID of a document's source: from its id (an ASCII slug of its file name). */
export function sourceGuid(document: DocumentSummary): string {
  return nameGuid(`source/${document.id}`);
}

function selection(r: Recommendation, document: DocumentSummary, merged: ChallengeRecommendation | undefined, span: Span): QdaSelection {
  const where = r.source.page === null ? `line ${r.source.line}` : `page ${r.source.page}, line ${r.source.line}`;
  const heading = r.heading.length > 100 ? `${r.heading.slice(0, 99)}…` : r.heading;
  return {
    guid: nameGuid(`selection/${r.id}`),
    name: `${r.number}. ${heading}`,
    description: `Peer recommendation ${r.number} (${r.kind}) to ${document.council?.name ?? 'an unnamed council'}${document.year === null ? '' : `, ${document.year}`}; ${where} of ${document.file}. cpc id ${r.id}${merged === undefined || merged.id === r.id ? '' : `, the same as ${merged.id}`}.`,
    start: span.start,
    end: span.end,
    codes: merged === undefined ? [] : codesOf(merged),
  };
}

/** A recommendation's codes: its themes in its framework and through the crosswalk (unclassified when none), its issues. */
function codesOf(r: ChallengeRecommendation): string[] {
  const a = r.assignment;
  const themes = a === null ? [] : FRAMEWORKS.map((framework): [Framework, readonly ThemeOrUnclassified[]] => {
    const own = assignmentIn(a, framework);
    return [framework, own.themes.length === 0 ? [UNCLASSIFIED] : own.themes.map((t) => t.theme)];
  }).flatMap(([framework, ids]) => ids.map((id) => themeCodeGuid(framework, id)));
  return [...themes, ...new Set(r.issues.map((i) => issueCodeGuid(i.issue)))];
}

function sourceDescription(d: DocumentSummary): string {
  return [
    d.title ?? d.file,
    `File: ${d.file} (${d.format}${d.pageCount === null ? '' : `, ${d.pageCount} pages`}), SHA-256 ${d.sha256}`,
    `Council: ${d.council === null ? 'not named' : `${d.council.name} (${d.council.gssCode})`}`,
    `Document type: ${d.documentType}; year: ${d.year ?? 'unknown'}; framework: ${d.framework ?? 'unknown'}`,
    ...(d.url === null ? [] : [`URL: ${d.url}`]),
  ].join('\n');
}

/** One case per council named by a document, with its variables and documents; councils in GSS code order. */
function councilCases(input: ProjectInput, variables: readonly QdaVariable[]): QdaCase[] {
  const councils = new Map<string, { council: NonNullable<DocumentSummary['council']>; sources: string[] }>();
  for (const { document } of input.sources) {
    if (document.council === null) continue;
    const entry = councils.get(document.council.gssCode) ?? { council: document.council, sources: [] };
    entry.sources.push(sourceGuid(document));
    councils.set(document.council.gssCode, entry);
  }
  return [...councils.entries()].sort(([a], [b]) => byCodeUnit(a, b)).map(([gss, { council, sources }]) => {
    const years = [...new Set(input.challenges.filter((c) => c.council?.gssCode === gss && c.year !== null).map((c) => c.year!))].sort((a, b) => a - b);
    const texts = [gss, council.authorityType, council.region, years.join('; ')];
    return {
      guid: nameGuid(`case/council/${gss}`),
      name: council.name,
      values: variables.map((v, i) => ({ variable: v.guid, text: texts[i] ?? '' })),
      sources,
    };
  });
}
