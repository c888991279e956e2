import type { ChallengeRecommendation, DocumentRow, ThemeTableRow } from '../aggregate/types.js';
import { THEME_LABELS, THEMES, type Framework } from '../vocabulary.js';
import { toCsv, type CsvOptions } from './csv.js';
import { byCodeUnit } from '../order.js';

/**
 * The CSV files of a run. Column order is fixed here and documented in output/README.md; rows come sorted from
 * the aggregate stage, so the same corpus gives byte-identical files.
 */

const score = (value: number) => value.toFixed(3);

/** One row per recommendation (counted once per challenge), with its metadata, themes and issues. */
export function recommendationsCsv(recommendations: readonly ChallengeRecommendation[], options: CsvOptions = {}): string {
  const columns = [
    'recommendation_id', 'challenge_id', 'document_id', 'also_in_documents', 'council', 'gss_code', 'authority_type',
    'region', 'year', 'document_type', 'kind', 'number', 'heading', 'text', 'framework', 'primary_theme',
    'themes', 'crosswalk_primary_theme', 'issues', 'source_file', 'source_page', 'source_line',
  ];
  const rows = recommendations.map((r) => {
    const assignment = r.assignment;
    const source = r.sources[0];
    return [
      r.id, r.challengeId, r.documentIds[0], r.documentIds.slice(1).join(';'), r.council, r.gssCode, r.authorityType,
      r.region, r.year, r.documentType, r.kind, r.number, r.heading, r.text, assignment?.framework,
      assignment?.primaryTheme, assignment?.themes.map((t) => `${t.theme}:${score(t.score)}`).join(';'),
      assignment?.crosswalk.primaryTheme, [...new Set(r.issues.map((i) => i.issue))].join(';'), source?.file,
      source?.page, source?.line,
    ];
  });
  return toCsv(columns, rows, options);
}

/** Long form: recommendation x theme x score, every theme of the recommendation's framework. */
export function recommendationThemesCsv(recommendations: readonly ChallengeRecommendation[], options: CsvOptions = {}): string {
  const columns = ['recommendation_id', 'council', 'gss_code', 'year', 'framework', 'theme', 'theme_label', 'score', 'assigned', 'primary'];
  const rows = recommendations.flatMap((r) => {
    const a = r.assignment;
    if (a === null) return [];
    return a.scores.map((s) => [
      r.id, r.council, r.gssCode, r.year, a.framework, s.theme, THEME_LABELS[s.theme], score(s.score),
      a.themes.some((t) => t.theme === s.theme), a.primaryTheme === s.theme,
    ]);
  });
  return toCsv(columns, rows, options);
}

/** Wide: one row per council, a column of primary-theme counts per theme, then the total. */
export function themesByCouncilCsv(rows: readonly ThemeTableRow[], framework: Framework, options: CsvOptions = {}): string {
  const themes = THEMES[framework];
  const groups = [...new Set(rows.filter((r) => r.grouping === 'council' && r.framework === framework).map((r) => r.group))];
  const columns = ['council', ...themes, 'unclassified', 'recommendations', ...themes.map((t) => `${t}_share`)];
  const body = groups.map((group) => {
    const cells = rows.filter((r) => r.group === group && r.grouping === 'council' && r.framework === framework);
    const count = (theme: string) => cells.find((c) => c.theme === theme)?.primary ?? 0;
    const total = cells[0]?.groupRecommendations ?? 0;
    return [group, ...themes.map(count), count('unclassified'), total, ...themes.map((t) => score(total === 0 ? 0 : count(t) / total))];
  });
  return toCsv(columns, body, options);
}

/** One row per council and issue raised, with the recommendations behind it. */
export function issuesByCouncilCsv(recommendations: readonly ChallengeRecommendation[], options: CsvOptions = {}): string {
  const counts = new Map<string, { council: string; gss: string; issue: string; ids: string[] }>();
  for (const r of recommendations) {
    for (const issue of new Set(r.issues.map((i) => i.issue))) {
      const key = `${r.council ?? '(council not named)'}\u0000${issue}`;
      const entry = counts.get(key) ?? { council: r.council ?? '(council not named)', gss: r.gssCode ?? '', issue, ids: [] };
      entry.ids.push(r.id);
      counts.set(key, entry);
    }
  }
  const rows = [...counts.values()]
    .sort((a, b) => byCodeUnit(a.council, b.council) || byCodeUnit(a.issue, b.issue))
    .map((e) => [e.council, e.gss, e.issue, e.ids.length, e.ids.join(';')]);
  return toCsv(['council', 'gss_code', 'issue', 'recommendations', 'recommendation_ids'], rows, options);
}

/** One row per document. */
export function documentsCsv(documents: readonly DocumentRow[], options: CsvOptions = {}): string {
  const columns = ['document_id', 'file', 'council', 'gss_code', 'year', 'document_type', 'recommendations', 'recommendations_referenced', 'committee_recommendations'];
  return toCsv(columns, documents.map((d) => [
    d.documentId, d.file, d.council, d.gssCode, d.year, d.documentType, d.recommendations, d.recommendationsReferenced, d.committeeRecommendations,
  ]), options);
}
