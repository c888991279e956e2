import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../src/corpus/blocks.js';
import { findEngagement } from '../../src/corpus/engagement.js';
import type { Engagement, Figure } from '../../src/corpus/schema.js';
import { FIXTURES, gold, stem } from '../helpers/gold.js';

function blocksOf(text: string) {
  return toBlocks({ text, pages: [] }, 'fixture.txt');
}

describe('engagement figures of the sample documents (text format) against the gold annotations', () => {
  for (const document of gold.documents) {
    it(stem(document), () => {
      const found = findEngagement(blocksOf(readFileSync(`${FIXTURES}sample/text/${document.file}`, 'utf8')));
      expect(found.peopleMet?.value ?? null).toBe(document.people_met ?? null);
      if (document.people_met !== undefined) expect(found.peopleMet?.qualifier).toBe(document.people_met_qualifier ?? 'exactly');
      expect(found.meetings?.value ?? null).toBe(document.meetings ?? null);
      expect(found.hours?.value ?? null).toBe(document.hours ?? null);
      expect(found.daysOnSite?.value ?? null).toBe(document.days_on_site ?? null);
    });
  }

  it('keeps each figure\'s wording and qualifier (Stoke-on-Trent)', () => {
    const found = findEngagement(blocksOf(readFileSync(`${FIXTURES}sample/text/stoke-on-trent-2016-feedback-report.txt`, 'utf8')));
    expect(found).toEqual({
      peopleMet: { value: 100, qualifier: 'nearly', text: 'nearly 100 people' },
      meetings: { value: 40, qualifier: 'more than', text: 'more than 40 meetings' },
      daysOnSite: { value: 4, qualifier: 'exactly', text: 'spent four days onsite' },
      hours: { value: 200, qualifier: 'more than', text: 'more than 200 hours' },
    });
  });

  it('reads "visited the council for 4 days" and "195 people in total" (Stockton-on-Tees)', () => {
    const found = findEngagement(blocksOf(readFileSync(`${FIXTURES}sample/text/stockton-on-tees-2019-cabinet-decision.txt`, 'utf8')));
    expect(found.daysOnSite).toEqual({ value: 4, qualifier: 'exactly', text: 'for 4 days' });
    expect(found.peopleMet).toEqual({ value: 195, qualifier: 'exactly', text: '195 people in total' });
  });
});

describe('engagement wording', () => {
  const fig = (value: number, qualifier: Figure['qualifier'], text: string): Figure => ({ value, qualifier, text });
  const cases: { name: string; text: string; expected: Partial<Engagement> }[] = [
    {
      name: 'a letter: "three days onsite", "around 120 people", "over 35 meetings"',
      text: readFileSync(`${FIXTURES}corpus/letter-harrogate-2019.txt`, 'utf8'),
      expected: { daysOnSite: fig(3, 'exactly', 'spent three days onsite'), peopleMet: fig(120, 'about', 'around 120 people'), meetings: fig(35, 'more than', 'over 35 meetings') },
    },
    {
      name: 'qualifiers: approximately, at least, up to',
      text: 'During the visit the team met approximately 150 people, held at least 30 meetings and spent up to 180 hours on site.',
      expected: { peopleMet: fig(150, 'about', 'approximately 150 people'), meetings: fig(30, 'at least', 'at least 30 meetings'), hours: fig(180, 'up to', 'up to 180 hours') },
    },
    {
      name: 'a "four-day visit" and numbers with commas',
      text: 'The peer team carried out a four-day visit and spoke to 1,200 people.',
      expected: { daysOnSite: fig(4, 'exactly', 'four-day visit'), peopleMet: fig(1200, 'exactly', '1,200 people') },
    },
    {
      name: 'the engagement paragraph wins over an earlier summary and a later repeat',
      text: 'Summary: the peers met about 200 people.\n\nThe team spent three days on site during which they:\n\n- Spoke to more than 230 people.\n- Gathered views from more than 40 meetings.\n\nThroughout the challenge the team spoke to more than 230 people.',
      expected: { daysOnSite: fig(3, 'exactly', 'spent three days on site'), peopleMet: fig(230, 'more than', 'more than 230 people'), meetings: fig(40, 'more than', 'more than 40 meetings') },
    },
    {
      name: 'numbers that are not engagement figures',
      text: 'There is an expectation that all councils have a Peer Challenge every 5 years. The peers identified 11 recommendations to be delivered within 12 months.',
      expected: {},
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(findEngagement(blocksOf(c.text))).toEqual({ peopleMet: null, meetings: null, daysOnSite: null, hours: null, ...c.expected });
    });
  }
});
