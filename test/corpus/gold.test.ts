import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalise } from '../../src/corpus/normalise.js';
import type { CorpusDocument } from '../../src/corpus/schema.js';
import { loadRegister } from '../../src/resources/register.js';
import { readDocument } from '../../src/ingest/read.js';
import { coverage, FIXTURES, gold, stem, words, type GoldDocument } from '../helpers/gold.js';

/**
 * Every sample document, in each of its four formats, ingested and compared with the gold annotations field by
 * field. A score table is printed at the end; the assertions are the targets.
 */

const FORMATS = [
  { format: 'text', extension: 'txt' },
  { format: 'html', extension: 'html' },
  { format: 'docx', extension: 'docx' },
  { format: 'pdf', extension: 'pdf' },
] as const;

type Check = (document: CorpusDocument, expected: GoldDocument) => boolean;

const CHECKS: Record<string, Check> = {
  council: (d, g) => (g.file.startsWith('test-valley') ? d.council === null && d.councilReason !== null : d.council?.name === g.council || d.council?.matchedText === g.council),
  gssCode: (d, g) => (g.file.startsWith('test-valley') ? d.council === null : d.council?.gssCode === g.gss_code),
  documentType: (d, g) => d.documentType === g.document_type,
  stage: (d, g) => d.stage === g.stage || (g.stage_also_accepted ?? []).includes(d.stage),
  framework: (d, g) => d.framework === g.framework,
  documentDate: (d, g) => g.document_date === undefined || d.dates.document === g.document_date,
  visit: (d, g) =>
    g.visit === undefined || (d.dates.visit?.start === g.visit.start && d.dates.visit?.end === g.visit.end),
  recommendations: (d, g) => {
    const expected = g.recommendations ?? [];
    return (
      d.recommendations.length === expected.length &&
      expected.every((r, i) => {
        const found = d.recommendations[i]!;
        return found.kind === r.kind && found.count === (r.duplicate_count ?? 1) && coverage(r.text, found.text) >= 0.75;
      })
    );
  },
  headings: (d, g) =>
    (g.recommendations ?? []).every((r, i) => {
      const heading = words(d.recommendations[i]?.heading ?? '');
      const expected = words(r.kind === 'area-to-strengthen' ? r.text.split(':')[0]! : r.text);
      return heading.length > 0 && expected.startsWith(heading);
    }),
  referenced: (d, g) => d.recommendationsReferenced === (g.recommendations_referenced ?? null),
  noCommitteeAmongPeer: (d, g) =>
    d.recommendations.every((r) => (g.committee_recommendations ?? []).every((c) => coverage(c, r.text) < 0.6)),
  committee: (d, g) =>
    (g.committee_recommendations ?? []).every((c) => d.committeeRecommendations.some((p) => coverage(c, p.text) >= 0.9)),
  peerTeam: (d, g) =>
    (g.peer_team ?? []).every((p) =>
      d.peerTeam.some(
        (m) => m.name === p.name && m.role === p.role && m.organisation === p.organisation && m.memberPeer === (p.member_peer ?? false),
      ),
    ),
  engagement: (d, g) =>
    (g.people_met === undefined || d.engagement.peopleMet?.value === g.people_met) &&
    (g.meetings === undefined || d.engagement.meetings?.value === g.meetings) &&
    (g.hours === undefined || d.engagement.hours?.value === g.hours) &&
    (g.days_on_site === undefined || d.engagement.daysOnSite?.value === g.days_on_site),
  focusAreas: (d, g) => {
    const expected = (g.additional_focus_areas ?? []).map((f) => f.toLowerCase());
    const found = d.focusAreas.map((f) => f.text.toLowerCase());
    return expected.length === found.length && expected.every((f) => found.includes(f));
  },
  themeSections: (d, g) =>
    g.theme_sections === undefined || JSON.stringify(d.themeSections.map((s) => s.theme)) === JSON.stringify(g.theme_sections),
};

const results = new Map<string, Map<string, number>>();
const documents = new Map<string, CorpusDocument>();

beforeAll(async () => {
  const register = await loadRegister();
  for (const { format, extension } of FORMATS) {
    for (const expected of gold.documents) {
      const file = `${FIXTURES}sample/${format}/${stem(expected)}.${extension}`;
      documents.set(`${format}/${stem(expected)}`, normalise(await readDocument(file), { register }));
    }
  }
});

afterAll(() => {
  const header = ['field', ...FORMATS.map((f) => f.format)];
  const lines = [...results.entries()].map(([field, byFormat]) => [field, ...FORMATS.map((f) => `${byFormat.get(f.format) ?? 0}/5`)]);
  console.log(`\nIngestion against the gold annotations (documents correct per format):\n${[header, ...lines].map((l) => l.map((c) => c.padEnd(20)).join('')).join('\n')}\n`);
});

describe.each(FORMATS)('ingesting the $format versions', ({ format }) => {
  for (const [field, check] of Object.entries(CHECKS)) {
    it(field, () => {
      const wrong: string[] = [];
      for (const expected of gold.documents) {
        const document = documents.get(`${format}/${stem(expected)}`)!;
        if (!check(document, expected)) wrong.push(stem(expected));
      }
      const byFormat = results.get(field) ?? new Map<string, number>();
      byFormat.set(format, gold.documents.length - wrong.length);
      results.set(field, byFormat);
      expect(wrong, `${field} wrong for`).toEqual([]);
    });
  }
});

it('all 13 named peers are found across the samples, in every format', () => {
  for (const { format } of FORMATS) {
    const peers = gold.documents.flatMap((g) => documents.get(`${format}/${stem(g)}`)!.peerTeam.map((p) => p.name));
    const expected = gold.documents.flatMap((g) => (g.peer_team ?? []).map((p) => p.name));
    expect(expected).toHaveLength(13);
    for (const name of expected) expect(peers, format).toContain(name);
  }
});
