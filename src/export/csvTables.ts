import type { ChallengeRecommendation, DocumentRow, ThemeTableRow } from '../aggregate/types.js';
import { THEME_LABELS, THEMES, type Framework } from '../vocabulary.js';
import type { Provenance } from '../review/applyCorrections.js';
import { csvPieces, rowsOf, type CsvOptions, type CsvPieces } from './csv.js';
import { columnNames } from './tableSchema.js';
import { TABLES, themesByCouncilTable } from './tables.js';

/** What a person changed about a recommendation (by corpus recommendation id); absent: all the model's. */
export type ProvenanceLookup = ReadonlyMap<string, Provenance>;

/** A recommendation's provenance: that of the first of its merged appearances a person changed. */
function provenanceOf(r: ChallengeRecommendation, provenance: ProvenanceLookup): Provenance | undefined {
  return r.recommendationIds.map((id) => provenance.get(id)).find((p) => p !== undefined);
}

/** `source` (model or person: did a person change any value of the row) and `corrected` (text;themes, or added). */
function sourceCells(p: Provenance | undefined): [string, string] {
  if (p === undefined) return ['model', ''];
  const fields = p.added ? ['added'] : [p.text === 'person' ? 'text' : '', p.themes === 'person' ? 'themes' : ''].filter((f) => f !== '');
  return [fields.length === 0 ? 'model' : 'person', fields.join(';')];
}
import { byCodeUnit } from '../order.js';

/**
 * The CSV files of a run. Columns come from the tables' one description (`tables.ts`); rows come sorted from
 * the aggregate stage, so the same corpus gives byte-identical files.
 */

const score = (value: number) => value.toFixed(3);

/** One row per recommendation (counted once per challenge), with its metadata, themes and issues. */
export function recommendationsCsv(recommendations: readonly ChallengeRecommendation[], options: CsvOptions = {}, provenance: ProvenanceLookup = new Map()): CsvPieces {
  const columns = columnNames(TABLES.recommendations);
  const rows = rowsOf(recommendations, (r) => {
    const assignment = r.assignment;
    const source = r.sources[0];
    return [[
      r.id, r.challengeId, r.documentIds[0], r.documentIds.slice(1).join(';'), r.council?.name, r.council?.gssCode, r.council?.authorityType,
      r.council?.region, r.year, r.documentType, r.kind, r.number, r.heading, r.text, assignment?.framework,
      assignment?.primaryTheme, assignment?.themes.map((t) => `${t.theme}:${score(t.score)}`).join(';'),
      assignment?.crosswalk.primaryTheme, [...new Set(r.issues.map((i) => i.issue))].join(';'), source?.file,
      source?.page, source?.line, ...sourceCells(provenanceOf(r, provenance)),
    ]];
  });
  return csvPieces(columns, rows, options);
}

/** Long form: recommendation x theme x score, every theme of the recommendation's framework. */
export function recommendationThemesCsv(recommendations: readonly ChallengeRecommendation[], options: CsvOptions = {}, provenance: ProvenanceLookup = new Map()): CsvPieces {
  const columns = columnNames(TABLES.recommendationThemes);
  const rows = rowsOf(recommendations, (r) => {
    const a = r.assignment;
    if (a === null) return [];
    const themesBy = provenanceOf(r, provenance)?.themes ?? 'model';
    return a.scores.map((s) => [
      r.id, r.council?.name, r.council?.gssCode, r.year, a.framework, s.theme, THEME_LABELS[s.theme], score(s.score),
      a.themes.some((t) => t.theme === s.theme), a.primaryTheme === s.theme, themesBy,
    ]);
  });
  return csvPieces(columns, rows, options);
}

/** Wide: one row per council, a column of primary-theme counts per theme, then the total. */
export function themesByCouncilCsv(rows: readonly ThemeTableRow[], framework: Framework, options: CsvOptions = {}, corrected: ReadonlySet<string> = new Set()): CsvPieces {
  const themes = THEMES[framework];
  const groups = [...new Set(rows.filter((r) => r.grouping === 'council' && r.framework === framework).map((r) => r.group))];
  const columns = columnNames(themesByCouncilTable(framework));
  const body = groups.map((group) => {
    const cells = rows.filter((r) => r.group === group && r.grouping === 'council' && r.framework === framework);
    const count = (theme: string) => cells.find((c) => c.theme === theme)?.primary ?? 0;
    const total = cells[0]?.groupRecommendations ?? 0;
    return [group, ...themes.map(count), count('unclassified'), total, ...themes.map((t) => score(total === 0 ? 0 : count(t) / total)), corrected.has(group) ? 'person' : 'model'];
  });
  return csvPieces(columns, body, options);
}

/** One row per council and issue raised, with the recommendations behind it. */
export function issuesByCouncilCsv(recommendations: readonly ChallengeRecommendation[], options: CsvOptions = {}, provenance: ProvenanceLookup = new Map()): CsvPieces {
  const counts = new Map<string, { council: string; gss: string; issue: string; ids: string[]; person: boolean }>();
  for (const r of recommendations) {
    for (const issue of new Set(r.issues.map((i) => i.issue))) {
      const council = r.council?.name ?? '(council not named)';
      const key = `${council}\u0000${issue}`;
      const entry = counts.get(key) ?? { council, gss: r.council?.gssCode ?? '', issue, ids: [], person: false };
      entry.ids.push(r.id);
      entry.person ||= sourceCells(provenanceOf(r, provenance))[0] === 'person';
      counts.set(key, entry);
    }
  }
  const rows = [...counts.values()]
    .sort((a, b) => byCodeUnit(a.council, b.council) || byCodeUnit(a.issue, b.issue))
    .map((e) => [e.council, e.gss, e.issue, e.ids.length, e.ids.join(';'), e.person ? 'person' : 'model']);
  return csvPieces(columnNames(TABLES.issuesByCouncil), rows, options);
}

/** One row per document. */
export function documentsCsv(documents: readonly DocumentRow[], options: CsvOptions = {}, corrected: ReadonlySet<string> = new Set()): CsvPieces {
  const columns = columnNames(TABLES.documents);
  return csvPieces(columns, rowsOf(documents, (d) => [[
    d.documentId, d.file, d.council, d.gssCode, d.year, d.documentDate, d.documentType, d.programme, d.recommendations, d.recommendationsReferenced, d.committeeRecommendations,
    corrected.has(d.documentId) ? 'person' : 'model',
  ]]), options);
}
