import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../src/corpus/blocks.js';
import { findFocusAreas } from '../../src/corpus/focusAreas.js';
import { FIXTURES, gold, stem } from '../helpers/gold.js';

function blocksOf(text: string) {
  return toBlocks({ text, pages: [] }, 'fixture.txt');
}

function topics(text: string): string[] {
  return findFocusAreas(blocksOf(text)).map((a) => a.text.toLowerCase());
}

describe('focus areas of the sample documents (text format) against the gold annotations', () => {
  for (const document of gold.documents) {
    it(stem(document), () => {
      const text = readFileSync(`${FIXTURES}sample/text/${document.file}`, 'utf8');
      expect(topics(text)).toEqual((document.additional_focus_areas ?? []).map((t) => t.toLowerCase()));
    });
  }

  it('points at the bullet each area came from', () => {
    const text = readFileSync(`${FIXTURES}sample/text/stockton-on-tees-2019-cabinet-decision.txt`, 'utf8');
    const [first] = findFocusAreas(blocksOf(text));
    expect(text.slice(first!.source.start, first!.source.start + 40)).toBe('- How well are we currently addressing h');
  });
});

describe('focus-area layouts', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    {
      name: 'a current-framework report: a bullet and a question after "the council asked the peer team to provide feedback on:"',
      text: readFileSync(`${FIXTURES}corpus/current-framework-dorset-2023.txt`, 'utf8'),
      expected: ['climate and ecological emergency response', 'housing ambitions'],
    },
    {
      name: 'a letter: "you asked the peer team to provide feedback on the council\'s approach to ..."',
      text: readFileSync(`${FIXTURES}corpus/letter-harrogate-2019.txt`, 'utf8'),
      expected: ['town centre regeneration'],
    },
    {
      name: 'numbered items after "X requested the team\'s views on:"',
      text: 'In addition to the core themes Bolton requested the peer team\'s views on:\n\n1. How effectively are we tackling homelessness?\n2. Our approach to town centre regeneration\n\nThe peer team',
      expected: ['homelessness', 'town centre regeneration'],
    },
    {
      name: 'other organisations\' examples are not this council\'s areas',
      text: 'There is also significant flexibility to enable the peer challenge to focus on local priorities. In recent reviews of other organisations these have included area such as customer focus and use of technology.\n\nThe additional areas the Council will chose to include will be considered over the coming weeks.',
      expected: [],
    },
    {
      name: 'the core themes themselves are not additional areas',
      text: 'In addition, the council asked the peer team to consider:\n\n- Financial planning and viability\n- Digital transformation',
      expected: ['digital transformation'],
    },
    {
      name: 'a general offer ("the council can request additional areas:") lists no areas',
      text: 'The process is flexible and the council can request additional areas, such as:\n\n- customer focus\n- economic development',
      expected: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => expect(topics(c.text)).toEqual(c.expected));
  }
});
