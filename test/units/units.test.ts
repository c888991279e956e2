import { beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../../src/corpus/register.js';
import { analyse, trainOnCorpus } from '../../src/pipeline/analyse.js';
import { loadRegister } from '../../src/resources/register.js';
import { loadResources, type Resources } from '../../src/resources/resources.js';
import { units } from '../../src/units/index.js';
import { buildCorpus, type DocumentSpec } from '../aggregate/helpers/buildCorpus.js';

let register: Register;
beforeAll(async () => {
  register = await loadRegister();
});

const visit = { visit: { start: '2019-09-03', end: '2019-09-06', text: '3 to 6 September 2019' } };
const rec = (text: string) => ({ text, themes: ['governance' as const] });

function corpus(): DocumentSpec[] {
  return [
    {
      id: 'report', file: 'report.txt', gssCode: 'E06000001', documentType: 'feedback-report', stage: 'challenge', framework: 'current', dates: visit,
      recommendations: [rec('Review the scrutiny function so that it holds the executive to account'), rec('Agree a medium-term financial strategy')],
    },
    {
      id: 'cabinet', file: 'cabinet.txt', gssCode: 'E06000001', documentType: 'committee-report', stage: 'challenge', framework: null,
      dates: { document: '2019-12-01' },
      recommendations: [rec('Invest in the skills of the workforce'), rec('Review the scrutiny function so it holds the executive to account')],
    },
  ];
}

describe('units', () => {
  it('gives each peer recommendation of a challenge once, its first appearance and every member as typed fields', () => {
    const { documents } = buildCorpus(corpus(), register);
    const { challenges, units: found } = units(documents);
    expect(challenges.map((c) => [c.id, c.council?.shortName, c.documentIds])).toEqual([['E06000001-2019', 'Hartlepool', ['report', 'cabinet']]]);
    expect(found.map((u) => [u.id, u.ref, u.members])).toEqual([
      ['report#1', { documentId: 'report', ordinal: 1 }, [{ documentId: 'report', ordinal: 1 }, { documentId: 'cabinet', ordinal: 2 }]],
      ['report#2', { documentId: 'report', ordinal: 2 }, [{ documentId: 'report', ordinal: 2 }]],
      ['cabinet#1', { documentId: 'cabinet', ordinal: 1 }, [{ documentId: 'cabinet', ordinal: 1 }]],
    ]);
  });

  it('carries the full council record, the year, document type, programme and framework of its first appearance', () => {
    const { documents } = buildCorpus(corpus(), register);
    const [first, , third] = units(documents).units;
    expect(first!.council).toEqual({
      name: 'Hartlepool Borough Council', shortName: 'Hartlepool', gssCode: 'E06000001', authorityType: 'unitary', region: 'North East', country: 'England',
    });
    expect([first!.year, first!.documentType, first!.programme, first!.framework]).toEqual([2019, 'feedback-report', 'corporate-peer-challenge', 'current']);
    // a document that quotes no framework is read in the classic one
    expect([third!.documentType, third!.framework]).toEqual(['committee-report', 'classic']);
  });

  it('does not depend on the order of the documents', () => {
    const { documents } = buildCorpus(corpus(), register);
    expect(units([...documents].reverse())).toEqual(units(documents));
  });
});

describe('analyse classifies each unit once', () => {
  let resources: Resources;
  beforeAll(async () => {
    resources = await loadResources();
  });

  it('classifies units, not every restatement, each in its own framework', () => {
    const { documents } = buildCorpus(corpus(), register);
    const analysis = analyse(documents, resources, trainOnCorpus(documents, resources));
    // four corpus recommendations, three units: the cabinet's restatement is not classified again
    expect(documents.flatMap((d) => d.recommendations)).toHaveLength(4);
    expect(analysis.assignments.map((a) => [a.id, a.framework])).toEqual([['report#1', 'current'], ['report#2', 'current'], ['cabinet#1', 'classic']]);
    expect(analysis.recommendations.map((r) => r.assignment?.id)).toEqual(['report#1', 'report#2', 'cabinet#1']);
  });
});
