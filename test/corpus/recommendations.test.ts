import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../src/corpus/blocks.js';
import { findCommitteeRecommendations } from '../../src/corpus/committee.js';
import { findRecommendations } from '../../src/corpus/recommendations.js';
import { findReferencedCount } from '../../src/corpus/referenced.js';
import { coverage, FIXTURES, gold, stem, words } from '../helpers/gold.js';

function blocksOf(text: string) {
  return toBlocks({ text, pages: [] }, 'fixture.txt');
}

describe('recommendations of the sample documents (text format) against the gold annotations', () => {
  for (const document of gold.documents) {
    it(stem(document), () => {
      const blocks = blocksOf(readFileSync(`${FIXTURES}sample/text/${document.file}`, 'utf8'));
      const found = findRecommendations(blocks, stem(document));
      const expected = document.recommendations ?? [];
      expect(found).toHaveLength(expected.length);
      expected.forEach((goldRec, i) => {
        const rec = found[i]!;
        expect(rec.kind).toBe(goldRec.kind);
        expect(rec.count).toBe(goldRec.duplicate_count ?? 1);
        if (goldRec.number !== undefined) expect(rec.number).toBe(goldRec.number);
        // Headings are the bold run or first sentence; areas to strengthen keep the words before the colon.
        const goldHeading = goldRec.text.split(':')[0]!;
        expect(words(rec.heading)).toBe(words(goldRec.kind === 'area-to-strengthen' ? goldHeading : goldRec.text).slice(0, words(rec.heading).length));
        expect(coverage(goldRec.text, rec.text)).toBeGreaterThanOrEqual(0.75);
      });
      const committee = findCommitteeRecommendations(blocks);
      for (const text of document.committee_recommendations ?? []) {
        expect(committee.some((c) => coverage(text, c.text) >= 0.9)).toBe(true);
      }
      // Never a committee decision among the peer recommendations.
      for (const rec of found) {
        for (const text of document.committee_recommendations ?? []) expect(coverage(text, rec.text)).toBeLessThan(0.6);
      }
      expect(findReferencedCount(blocks)).toBe(document.recommendations_referenced ?? null);
    });
  }
});

describe('recommendation layouts', () => {
  const cases: { name: string; text: string; expected: { number: number; heading: string }[]; committee?: string[] }[] = [
    {
      name: 'lettered list a)–c) after an intro',
      text: 'The peer team recommends the following:\n\n- a) Refresh the medium term financial strategy.\n- b) Develop a member development programme.\n- c) Strengthen scrutiny.\n\nNext steps',
      expected: [
        { number: 1, heading: 'Refresh the medium term financial strategy.' },
        { number: 2, heading: 'Develop a member development programme.' },
        { number: 3, heading: 'Strengthen scrutiny.' },
      ],
    },
    {
      name: '"Recommendation N" headings',
      text: 'Key recommendations\n\nRecommendation 1\n\nAgree a shared vision with partners for the borough.\n\nRecommendation 2: Put in place a workforce strategy that builds capacity.\n\nConclusion',
      expected: [
        { number: 1, heading: 'Agree a shared vision with partners for the borough.' },
        { number: 2, heading: 'Put in place a workforce strategy that builds capacity.' },
      ],
    },
    {
      name: 'numbered bold headings, then a numbered section heading',
      text: '2. Key recommendations\n\n1. **Stabilise the budget.** The budget gap is large.\n\n2. **Invest in digital.** Customers expect it.\n\n3. Summary of the approach\n',
      expected: [
        { number: 1, heading: 'Stabilise the budget.' },
        { number: 2, heading: 'Invest in digital.' },
      ],
    },
    {
      name: 'recommendations in a table',
      text: 'Action plan\n\nNo\tRecommendation\tAction\tOwner\n1\tReview the constitution and scheme of delegation\tReview by March\tMonitoring Officer\n2\tDevelop a clear narrative for the place\tDraft narrative\tLeader\n',
      expected: [
        { number: 1, heading: 'Review the constitution and scheme of delegation' },
        { number: 2, heading: 'Develop a clear narrative for the place' },
      ],
    },
    {
      name: 'a letter with bulleted recommendations and the committee decision kept apart',
      text: 'Dear Chief Executive,\n\nThank you for hosting the peer challenge. Our key recommendations are:\n\n- Set out a clear plan for the town centre.\n- Refresh the approach to performance management.\n\nRecommended:\n\nThat the letter be noted.\n',
      expected: [
        { number: 1, heading: 'Set out a clear plan for the town centre.' },
        { number: 2, heading: 'Refresh the approach to performance management.' },
      ],
      committee: ['That the letter be noted.'],
    },
    {
      name: 'a committee\'s lettered recommendations are never peer recommendations',
      text: '4 Recommendations\n\nThe Scrutiny Committee is asked to:\n\na) Note the report\n\nb) Agree the action plan\n',
      expected: [],
      committee: ['Note the report', 'Agree the action plan'],
    },
    {
      name: 'another body\'s recommendations mentioned in passing are not the peer team\'s',
      text: 'An external review has been commissioned to make recommendations on the budget.\n\n- It will report in March.\n',
      expected: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const blocks = blocksOf(c.text);
      const found = findRecommendations(blocks, 'doc');
      expect(found.map((r) => ({ number: r.number, heading: r.heading }))).toEqual(c.expected);
      if (c.committee !== undefined) expect(findCommitteeRecommendations(blocks).map((p) => p.text)).toEqual(c.committee);
    });
  }
});
