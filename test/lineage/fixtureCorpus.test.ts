import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { implementationTable, type ImplementationRow } from '../../src/lineage/implementationTable.js';
import { PROGRESS_STATUSES, type ProgressStatus, type RecommendationProgress } from '../../src/lineage/types.js';
import { analyse, trainOnCorpus } from '../../src/pipeline/analyse.js';
import { ingestCorpus } from '../../src/pipeline/ingestCorpus.js';
import { progressOf, type ProgressResult } from '../../src/pipeline/progress.js';
import { loadResources } from '../../src/resources/resources.js';

/**
 * The lineage fixture corpus (test/fixtures/lineage, eight challenges) through the real reader, extractor,
 * classifier and lineage stage, against the hand annotations of data/gold/lineage.json.
 */
interface Gold {
  readonly links: readonly { readonly original: string; readonly document: string }[];
  readonly recommendations: readonly { readonly original: string; readonly status: ProgressStatus; readonly peer: ProgressStatus; readonly council: ProgressStatus }[];
}
const gold = JSON.parse(readFileSync('data/gold/lineage.json', 'utf8')) as Gold;
const DIR = 'test/fixtures/lineage';

let result: ProgressResult;
/** A corpus id (`ashfield-2023-feedback-report-txt#1`) as the gold writes it (`ashfield-2023-feedback-report.txt#1`). */
const byFile = new Map<string, string>();
const goldId = (id: string) => {
  const [doc, n] = id.split('#');
  return `${byFile.get(doc!) ?? doc}#${n}`;
};

beforeAll(async () => {
  const resources = await loadResources();
  const { documents, failures } = await ingestCorpus([DIR], { cwd: process.cwd(), register: resources.register, workers: 0 });
  expect(failures).toEqual([]);
  for (const d of documents) byFile.set(d.id, d.file.replace(`${DIR}/`, ''));
  result = await progressOf(analyse(documents, resources, trainOnCorpus(documents, resources)), { cwd: process.cwd() });
});

describe('lineage on the fixture corpus', () => {
  it('traces every original recommendation of the eight challenges, two of them through a stand-in', () => {
    expect(result.progress.map((p) => goldId(p.id)).sort()).toEqual(gold.recommendations.map((r) => r.original).sort());
    expect(new Set(result.progress.map((p) => p.challengeId)).size).toBe(8);
    expect([...new Set(result.progress.filter((p) => p.standIn).map((p) => byFile.get(p.baseDocumentId)))].sort()).toEqual([
      'dacorum-2023-action-plan.html', 'eastbourne-2024-cabinet-progress-report.txt',
    ]);
  });

  it('links restatements to their originals with precision and recall of at least 0.95', () => {
    const found = new Set(result.progress.flatMap((p) => p.evidence.map((e) => `${goldId(p.id)} -> ${byFile.get(e.documentId)}`)));
    const expected = new Set(gold.links.map((l) => `${l.original} -> ${l.document}`));
    const right = [...found].filter((link) => expected.has(link)).length;
    const precision = right / found.size;
    const recall = right / expected.size;
    console.log(`lineage links: ${right} right of ${found.size} found, ${expected.size} annotated: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('reads at least 0.9 of the statuses right, for each speaker and overall', () => {
    const byId = new Map(result.progress.map((p) => [goldId(p.id), p]));
    const share = (pick: (p: RecommendationProgress) => ProgressStatus, key: 'status' | 'peer' | 'council') =>
      gold.recommendations.filter((g) => pick(byId.get(g.original)!) === g[key]).length / gold.recommendations.length;
    const scores = { status: share((p) => p.status, 'status'), peer: share((p) => p.peer.status, 'peer'), council: share((p) => p.councilStatus.status, 'council') };
    console.log(`lineage statuses right: overall ${scores.status.toFixed(3)}, peer ${scores.peer.toFixed(3)}, council ${scores.council.toFixed(3)} of ${gold.recommendations.length}`);
    for (const score of Object.values(scores)) expect(score).toBeGreaterThanOrEqual(0.9);
  });

  it('gives every read status its quote and source, and none to a derived one', () => {
    for (const p of result.progress) {
      for (const s of [p.peer, p.councilStatus]) {
        if (s.status === 'no-evidence' || s.status === 'no-follow-up') expect(s.quote).toBeNull();
        else expect(s).toMatchObject({ quote: expect.stringMatching(/\S/), file: expect.stringMatching(/^test\/fixtures\/lineage\//) });
      }
    }
    const ashfield = result.progress.find((p) => goldId(p.id) === 'ashfield-2023-feedback-report.txt#2')!;
    expect(ashfield.peer).toMatchObject({ status: 'completed', quote: 'Peers consider this recommendation fully met.', file: `${DIR}/ashfield-2024-progress-review.txt`, date: '2024-02-15' });
    expect(ashfield.councilStatus).toMatchObject({ status: 'completed', quote: 'Blue', file: `${DIR}/ashfield-2023-action-plan.html` });
  });

  it('keeps the action plan row apart: action, owner, due date and status', () => {
    const row = result.progress.find((p) => goldId(p.id) === 'ashfield-2023-feedback-report.txt#3')!.evidence.find((e) => e.speaker === 'council')!;
    expect(row.passage.cells).toMatchObject({
      action: 'Recruit a programme manager and set up benefits tracking', owner: 'Director of Transformation', due: 'December 2023', status: 'Amber',
    });
  });

  it('tabulates implementation by challenge year with honest denominators', () => {
    // hand-counted from the annotations: 2022 = Cornwall (5) + Gedling (5, no follow-up); 2023 = Ashfield, Barnsley,
    // Dacorum, Fenland; 2024 = Eastbourne, Halton
    const table = (rows: readonly ImplementationRow[]) => Object.fromEntries(rows.filter((r) => r.recommendations > 0).map((r) => [`${r.group} ${r.status}`, r.recommendations]));
    const expected = {
      '2022 completed': 1, '2022 on-track': 2, '2022 some-progress': 1, '2022 limited-progress': 1, '2022 no-follow-up': 5,
      '2023 completed': 5, '2023 on-track': 4, '2023 some-progress': 4, '2023 limited-progress': 3, '2023 not-started': 3, '2023 no-evidence': 1,
      '2024 completed': 2, '2024 on-track': 2, '2024 some-progress': 4, '2024 limited-progress': 2,
    };
    const fromGold = gold.recommendations.map((g) => ({ ...result.progress.find((p) => goldId(p.id) === g.original)!, status: g.status }));
    expect(table(implementationTable(fromGold, 'year'))).toEqual(expected);
    const measured = table(result.tables.year);
    const agree = Object.keys({ ...expected, ...measured }).filter((k) => measured[k] === expected[k as keyof typeof expected]).length;
    expect(agree).toBeGreaterThanOrEqual(Object.keys(expected).length - 2);
    const rows2022 = result.tables.year.filter((r) => r.group === '2022');
    expect(rows2022.map((r) => r.status)).toEqual([...PROGRESS_STATUSES]);
    expect(rows2022[0]).toMatchObject({ groupRecommendations: 10, groupFollowedUp: 5 });
  });
});
