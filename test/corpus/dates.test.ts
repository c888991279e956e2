import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../src/corpus/blocks.js';
import { findDates } from '../../src/corpus/dates.js';
import type { Dates } from '../../src/corpus/schema.js';
import { FIXTURES, gold, stem } from '../helpers/gold.js';

function blocksOf(text: string) {
  return toBlocks({ text, pages: [] }, 'fixture.txt');
}

const NONE: Dates = {
  document: null,
  visit: null,
  plannedVisit: null,
  originalChallenge: null,
  revisit: null,
  previousChallenge: null,
  nextChallengeDueBy: null,
};

describe('dates of the sample documents (text format) against the gold annotations', () => {
  for (const document of gold.documents) {
    it(stem(document), () => {
      const dates = findDates(blocksOf(readFileSync(`${FIXTURES}sample/text/${document.file}`, 'utf8')));
      expect(dates.document).toBe(document.document_date ?? null);
      expect(dates.visit && { start: dates.visit.start, end: dates.visit.end }).toEqual(document.visit ?? null);
      expect(dates.plannedVisit && { start: dates.plannedVisit.start, end: dates.plannedVisit.end }).toEqual(document.planned_visit ?? null);
      expect(dates.originalChallenge).toBe(document.original_challenge ?? null);
      expect(dates.revisit).toBe(document.revisit ?? null);
      expect(dates.previousChallenge).toBe(document.previous_challenge ?? null);
      expect(dates.nextChallengeDueBy).toBe(document.next_challenge_due_by ?? null);
    });
  }

  it('keeps the wording of the visit dates', () => {
    const stoke = findDates(blocksOf(readFileSync(`${FIXTURES}sample/text/stoke-on-trent-2016-feedback-report.txt`, 'utf8')));
    expect(stoke.visit?.text).toBe('8th-11th November 2016');
    const sevenoaks = findDates(blocksOf(readFileSync(`${FIXTURES}sample/text/sevenoaks-2020-proposal-report.txt`, 'utf8')));
    expect(sevenoaks.plannedVisit?.text).toBe('21-23 September this year');
  });
});

describe('date layouts', () => {
  const cases: { name: string; text: string; expected: Partial<Dates> }[] = [
    {
      name: 'letter dated on its own line, visit "from 5th to 7th", previous challenge "took place in"',
      text: readFileSync(`${FIXTURES}corpus/letter-harrogate-2019.txt`, 'utf8'),
      expected: {
        document: '2019-03-14',
        visit: { start: '2019-02-05', end: '2019-02-07', text: '5th to 7th February 2019' },
        previousChallenge: '2014-01',
      },
    },
    {
      name: 'current-framework feedback report: a visit in the title, no document date',
      text: readFileSync(`${FIXTURES}corpus/current-framework-dorset-2023.txt`, 'utf8'),
      expected: { visit: { start: '2023-03-07', end: '2023-03-10', text: '7 – 10 March 2023' } },
    },
    {
      name: '"Report to: Cabinet Date: 12 February 2020" in a table row at the end',
      text: 'Action plan progress\n\nThe Council participated in an LGA Peer Challenge in October 2018.\n\nReport to:\tCabinet\tDate:\t12 February 2020',
      expected: { document: '2020-02-12', originalChallenge: '2018-10' },
    },
    {
      name: 'a date said relative to the day of reading is not the document date ("Date: 3 days ago", "next week")',
      text: 'Corporate Peer Challenge action plan\n\nDate: 3 days ago\n\nThis report will be considered by Cabinet next week.',
      expected: {},
    },
    {
      name: 'a call-in deadline is not the document date',
      text: 'Corporate Peer Review\n\n7. Date and Time by which Call In must be executed\n\nMidnight, 25 October 2019.',
      expected: {},
    },
    {
      name: 'a visit across two months',
      text: 'The peer team were on site between 28 February and 2 March 2017, meeting staff and partners.',
      expected: { visit: { start: '2017-02-28', end: '2017-03-02', text: 'between 28 February and 2 March 2017' } },
    },
    {
      name: '"this year" without a document date stays unresolved',
      text: 'The Council has agreed that its next Corporate Peer Challenge will take place from 21-23 September this year.',
      expected: {},
    },
    {
      name: '"next year" resolves against the meeting date, and is planned',
      text: 'Audit Committee - 4 December 2019\n\nThe peer challenge will take place from 10-12 March next year.',
      expected: { document: '2019-12-04', plannedVisit: { start: '2020-03-10', end: '2020-03-12', text: '10-12 March next year' } },
    },
    {
      name: 'revisit and original challenge from headings and "In <month> we invited"',
      text: 'DATE:\t16 January 2024\n\n2. Peer Challenge - November 2022\n\n3. Peer Challenge Revisit – October 2023\n\nIn October 2023 we welcomed back members of the Peer Team for a revisit.',
      expected: { document: '2024-01-16', originalChallenge: '2022-11', revisit: '2023-10' },
    },
    {
      name: 'a month not tied to a peer challenge is ignored',
      text: 'Cabinet approved the action plan in December 2018. The budget was set in February 2019.',
      expected: {},
    },
    {
      name: 'the next challenge due by',
      text: 'It is therefore anticipated that the Council will commission their next Peer Challenge before November 2021.',
      expected: { nextChallengeDueBy: '2021-11' },
    },
    { name: 'nothing stated', text: 'Corporate Peer Challenge\n\nThe Council welcomes the report.', expected: {} },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(findDates(blocksOf(c.text))).toEqual({ ...NONE, ...c.expected });
    });
  }
});
