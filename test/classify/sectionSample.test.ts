import { describe, expect, it } from 'vitest';
import { SectionSample, sentenceKeys } from '../../src/classify/sectionSample.js';
import { examplesFromSections } from '../../src/classify/trainingExamples.js';
import type { ThemeSection } from '../../src/corpus/schema.js';
import type { ThemeId } from '../../src/vocabulary.js';

const COUNCILS = ['Stockport', 'Sunderland', 'Babergh', 'Wirral', 'Oxford', 'Hartlepool', 'Braintree', 'Exeter'];
const TOPICS = ['budget', 'workforce', 'scrutiny', 'housing', 'partnerships', 'transformation', 'communications', 'digital', 'planning', 'procurement', 'risk', 'assets'];

function section(theme: ThemeId, file: string, sentences: readonly string[]): ThemeSection {
  return { theme, heading: theme, text: sentences.join(' '), source: { file, page: 1, line: 1, start: 0, end: 1 } };
}

/** One document per council: the same template sentence about each topic, with the council's name and figures. */
function templatedDocuments(): ThemeSection[][] {
  return COUNCILS.map((council, c) => [
    section('finance', `${council}.pdf`, TOPICS.map((topic, t) => `${council} Council should review its ${topic} plan, which has a gap of £${c + t}m.`)),
    section('governance', `${council}.pdf`, [`Members in ${council} need clearer reports.`]),
  ]);
}

/** The councils' names, as the register would recognise them. */
const isName = (run: string) => COUNCILS.some((council) => run === council || run === `${council} Council`);
const shape = (text: string) => text.replace(new RegExp(COUNCILS.join('|'), 'g'), 'N').replace(/\d+/g, '0');
const finance = (sample: SectionSample) => sample.examples().filter((e) => e.theme === 'finance');

describe('SectionSample: the theme-section sentences training reads', () => {
  it('keeps every sentence, in order, while no theme has more than the cap', () => {
    const documents = templatedDocuments();
    const sample = new SectionSample(isName, COUNCILS.length * TOPICS.length);
    for (const sections of documents) sample.add(sections);
    expect(sample.examples()).toEqual(examplesFromSections(documents.flat()));
  });

  it('past the cap keeps the first sentence of each shape: one template sentence, not one per council', () => {
    const documents = templatedDocuments();
    const sample = new SectionSample(isName, 20);
    for (const sections of documents) sample.add(sections);
    const expected = examplesFromSections(documents[0]!).filter((e) => e.theme === 'finance');
    expect(finance(sample)).toEqual(expected);
    // a theme under the cap is untouched
    expect(sample.examples().filter((e) => e.theme === 'governance')).toHaveLength(COUNCILS.length);
  });

  it('keeps at most `perTheme` shapes a theme, the same ones whatever order the documents come in', () => {
    const documents = templatedDocuments();
    const forwards = new SectionSample(isName, 5);
    for (const sections of documents) forwards.add(sections);
    const backwards = new SectionSample(isName, 5);
    for (const sections of [...documents].reverse()) backwards.add(sections);
    expect(finance(forwards)).toHaveLength(5);
    expect(new Set(finance(forwards).map((e) => shape(e.text))).size).toBe(5);
    expect(finance(forwards).map((e) => shape(e.text)).sort()).toEqual(finance(backwards).map((e) => shape(e.text)).sort());
    expect(finance(backwards).every((e) => e.file === `${COUNCILS[COUNCILS.length - 1]}.pdf`)).toBe(true);
  });

  it('gives the same sample from documents added by their sentence keys, reading only those it keeps from', () => {
    const documents = templatedDocuments();
    for (const cap of [1000, 20, 5]) {
      const bySections = new SectionSample(isName, cap);
      for (const sections of documents) bySections.add(sections);
      const byKeys = new SectionSample(isName, cap);
      documents.forEach((sections, d) => byKeys.addKeys(d, sentenceKeys(sections, isName)));
      const read: number[] = [];
      const examples = byKeys.examples((d) => {
        read.push(d);
        return examplesFromSections(documents[d]!);
      });
      expect(examples).toEqual(bySections.examples());
      // each document read once, in order; past the cap, only those holding a kept sentence
      expect(read).toEqual([...new Set(read)].sort((a, b) => a - b));
      if (cap === 20) expect(read).toEqual([0, 1, 2, 3, 4, 5, 6, 7].filter((d) => examples.some((e) => e.file === `${COUNCILS[d]}.pdf`)));
    }
    expect(() => new SectionSample(isName).addKeys(0, sentenceKeys(documents[0]!))).toThrow(/another name test/);
  });
});
