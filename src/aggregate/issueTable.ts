import * as aq from 'arquero';
import type { DocumentSummary } from '../corpus/schema.js';
import { compareNullable } from '../order.js';
import { councilKey } from './councilKey.js';
import type { IssueTaxonomy } from './issueTaxonomy.js';
import { quoteOf } from './quoteOf.js';
import { tagIssues } from './tagIssues.js';
import type { Challenge, ChallengeRecommendation, IssueRow } from './types.js';

export interface IssueTableOptions {
  /** The corpus documents, for the quotes' files and URLs. */
  readonly documents?: readonly DocumentSummary[];
  /** Quotes per issue, one per council (default 3). */
  readonly quotes?: number;
}

interface Rollup { issue: string; councils: number; challenges: number; recommendations: number }

/**
 * Recurring issues across councils, from the tags `challenges` put on each recommendation: one row per issue
 * of the taxonomy (issues raised nowhere included, with zeros) plus any tagged issue the taxonomy lacks, ranked by
 * councils, then recommendations, then id. `councilsTotal` counts every council, with or without recommendations;
 * `focusAreaCouncils` counts the councils raising the issue in a challenge that had asked about it.
 */
export function issueTable(challenges: readonly Challenge[], taxonomy: IssueTaxonomy, options: IssueTableOptions = {}): IssueRow[] {
  const documents = new Map((options.documents ?? []).map((d) => [d.id, d]));
  const cols = { issue: [] as string[], council: [] as string[], challenge: [] as string[], rec: [] as string[] };
  const raised = new Map<string, ChallengeRecommendation[]>();
  const askedCouncils = new Map<string, Set<string>>();
  for (const challenge of challenges) {
    const asked = new Set(challenge.focusAreas.flatMap((f) => tagIssues(f, taxonomy).map((t) => t.issue)));
    for (const r of challenge.recommendations) {
      for (const issue of new Set(r.issues.map((t) => t.issue))) {
        cols.issue.push(issue);
        cols.council.push(councilKey(challenge));
        cols.challenge.push(challenge.id);
        cols.rec.push(r.id);
        const list = raised.get(issue) ?? [];
        list.push(r);
        raised.set(issue, list);
        if (asked.has(issue)) askedCouncils.set(issue, (askedCouncils.get(issue) ?? new Set()).add(councilKey(challenge)));
      }
    }
  }
  const rollup = aq
    .table(cols)
    .groupby('issue')
    .rollup({ councils: aq.op.distinct('council'), challenges: aq.op.distinct('challenge'), recommendations: aq.op.distinct('rec') })
    .objects() as unknown as Rollup[];
  const counts = new Map(rollup.map((r) => [r.issue, r]));
  const labels = new Map(taxonomy.issues.map((i) => [i.id, i.label]));
  const ids = [...new Set([...taxonomy.issues.map((i) => i.id), ...rollup.map((r) => r.issue)])];
  const councilsTotal = new Set(challenges.map(councilKey)).size;
  const rows = ids.map((issue): IssueRow => {
    const recs = raised.get(issue) ?? [];
    const names = [...new Set(recs.map((r) => r.council?.name ?? '(council not named)'))].sort(compareNullable);
    const firstPerCouncil = new Map<string, ChallengeRecommendation>();
    for (const r of [...recs].sort((a, b) => compareNullable(a.council?.name, b.council?.name) || compareNullable(a.year, b.year))) {
      if (!firstPerCouncil.has(councilKey(r))) firstPerCouncil.set(councilKey(r), r);
    }
    return {
      issue,
      label: labels.get(issue) ?? issue,
      councils: counts.get(issue)?.councils ?? 0,
      councilsTotal,
      challenges: counts.get(issue)?.challenges ?? 0,
      recommendations: counts.get(issue)?.recommendations ?? 0,
      focusAreaCouncils: askedCouncils.get(issue)?.size ?? 0,
      councilNames: names,
      quotes: [...firstPerCouncil.values()].slice(0, options.quotes ?? 3).map((r) => quoteOf(r, documents)),
    };
  });
  return rows.sort((a, b) => b.councils - a.councils || b.recommendations - a.recommendations || compareNullable(a.issue, b.issue));
}
