import { describe, expect, it } from 'vitest';
import { SectionSample } from '../../src/classify/sectionSample.js';
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

const keyOf = (text: string) => text.replace(/[A-Z]\w*/g, 'N').replace(/\d+/g, '0');

describe('SectionSample: the theme-section sentences training reads', () => {
  it('keeps every sentence, in order, while no theme passes the cap', () => {
    const documents = templatedDocuments();
    const sample = new SectionSample(TOPICS.length);
    for (const sections of documents) sample.add(sections);
    expect(sample.examples()).toEqual(examplesFromSections(documents.flat()));
  });

  it('past the cap keeps one sentence for each of at most `perTheme` distinct keys a theme, the same whatever the order', () => {
    const documents = templatedDocuments();
    const perTheme = 5;
    const forwards = new SectionSample(perTheme);
    for (const sections of documents) forwards.add(sections);
    const backwards = new SectionSample(perTheme);
    for (const sections of [...documents].reverse()) backwards.add(sections);
    const finance = (sample: SectionSample) => sample.examples().filter((e) => e.theme === 'finance');
    expect(finance(forwards)).toHaveLength(perTheme);
    expect(new Set(finance(forwards).map((e) => keyOf(e.text))).size).toBe(perTheme);
    expect(finance(forwards).map((e) => keyOf(e.text)).sort()).toEqual(finance(backwards).map((e) => keyOf(e.text)).sort());
    // each kept key's sentence is its first, from the first document that gave it
    expect(finance(forwards).every((e) => e.file === `${COUNCILS[0]}.pdf`)).toBe(true);
    // a theme under the cap is untouched
    expect(forwards.examples().filter((e) => e.theme === 'governance')).toHaveLength(COUNCILS.length);
  });
});
