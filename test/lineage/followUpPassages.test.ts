import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../src/corpus/blocks.js';
import { columnRoles, followUpPassages } from '../../src/lineage/followUpPassages.js';
import { linkPassages, linkTarget } from '../../src/lineage/linkPassages.js';

const passagesOf = (text: string) => followUpPassages('doc', toBlocks({ text, pages: [] }, 'doc.txt'));

describe('columnRoles', () => {
  it.each([
    ['Ref\tRecommendation\tAction\tLead officer\tTimescale\tRAG status', ['number', 'recommendation', 'action', 'owner', 'due', 'status']],
    ['No.\tPeer challenge recommendation\tOur response\tOwner\tDue date\tStatus\tProgress update', ['number', 'recommendation', 'action', 'owner', 'due', 'status', 'update']],
  ])('%s', (header, roles) => {
    expect(columnRoles(header)).toEqual(roles);
  });

  it('needs a recommendation column', () => {
    expect(columnRoles('Action\tOwner\tStatus')).toBeNull();
  });
});

describe('followUpPassages', () => {
  it('reads table rows with their cells, adding a further action row to the row above', () => {
    const passages = passagesOf([
      'Ref\tRecommendation\tAction\tOwner\tStatus', '',
      '1\tAgree a medium-term financial strategy\tDraft MTFS\tDirector of Resources\tGreen', '',
      '\t\tSavings programme\tDirectors\tAmber', '',
      '2\tRefresh the corporate plan\tNew plan\tChief Executive\tBlue',
    ].join('\n'));
    expect(passages.map((p) => [p.number, p.restated, p.cells?.status])).toEqual([
      [1, 'Agree a medium-term financial strategy', 'Green; Amber'],
      [2, 'Refresh the corporate plan', 'Blue'],
    ]);
    // the second row keeps its empty cells, so each of its cells joins the same column of the row above
    expect(passages[0]?.cells).toMatchObject({ action: 'Draft MTFS; Savings programme', owner: 'Director of Resources; Directors', update: null });
  });

  it('aligns a short row (an empty cell dropped) only up to its recommendation', () => {
    const [row] = passagesOf(['No.\tRecommendation\tOwner\tStatus\tUpdate', '', '5\tImprove the digital offer\tHead of IT\tWork has not yet started.'].join('\n'));
    expect(row?.cells).toMatchObject({ owner: null, status: null, update: 'Head of IT\nWork has not yet started.', lastCell: 'Work has not yet started.' });
  });

  it('reads "Recommendation N" sections with the paragraphs and bullets under them', () => {
    const passages = passagesOf([
      'Recommendation 1: Agree a financial strategy.', '', 'Good progress has been made.', '', '- a savings plan', '',
      'Recommendation 2 - Refresh the plan.', '', 'Fully met.',
    ].join('\n'));
    expect(passages.map((p) => [p.kind, p.number, p.restated, p.report])).toEqual([
      ['section', 1, 'Agree a financial strategy.', 'Good progress has been made.\na savings plan'],
      ['section', 2, 'Refresh the plan.', 'Fully met.'],
    ]);
  });

  it('opens a section at a bold lead, with the rest of the paragraph as its report', () => {
    const [section] = passagesOf('**Growth and jobs in the market towns.** A strategy was adopted.');
    expect(section).toMatchObject({ number: null, restated: 'Growth and jobs in the market towns.', report: 'A strategy was adopted.' });
  });
});

describe('linkPassages', () => {
  const targets = [
    linkTarget('r#1', 1, 'Develop a workforce strategy that tackles recruitment to hard-to-fill posts and grows future leaders.'),
    linkTarget('r#2', 2, 'Address the overspend in children\'s social care by agreeing a recovery plan with realistic savings.'),
  ];
  const passage = (number: number | null, restated: string, report = '') => ({
    documentId: 'd', kind: 'section' as const, number, restated, report, cells: null, source: { file: 'f', page: null, line: 1, start: 0, end: 1 },
  });

  it('links by number, by wording when unnumbered, and not at all below the threshold', () => {
    const links = linkPassages([
      passage(2, ''),
      passage(null, 'A workforce plan for recruitment and the leaders of the future', 'Peers saw good progress on the workforce strategy.'),
      passage(null, 'Next steps', 'The LGA will keep in touch.'),
    ], targets);
    expect(links.map((l) => [l.targetId, l.method])).toEqual([['r#2', 'number'], ['r#1', 'wording']]);
  });

  it('lets plain wording overrule a number the document gives in its own order', () => {
    const [link] = linkPassages([passage(1, 'Address the overspend in children\'s social care by agreeing a recovery plan')], targets);
    expect(link).toMatchObject({ targetId: 'r#2', method: 'wording' });
  });
});
