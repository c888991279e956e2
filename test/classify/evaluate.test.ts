import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/classify/evaluate.js';
import { formatEvaluationTable } from '../../src/classify/formatEvaluationTable.js';
import type { GoldItem } from '../../src/classify/gold.js';
import { parseGold } from '../../src/classify/parseGold.js';
import type { Assignment } from '../../src/classify/types.js';
import { crosswalkAssignment } from '../../src/classify/crosswalkAssignment.js';
import type { ThemeId, ThemeOrUnclassified } from '../../src/vocabulary.js';
import { GOLD_FILE, crosswalk, readRoot } from './setup.js';

function assignment(id: string, primaryTheme: ThemeOrUnclassified): Assignment {
  const themes = primaryTheme === 'unclassified' ? [] : [{ theme: primaryTheme, score: 0.9 }];
  const own = { framework: 'classic' as const, primaryTheme, themes };
  return { id, ...own, scores: [], evidence: [], crosswalk: crosswalkAssignment(own, crosswalk) };
}
const item = (id: string, ...themes: ThemeId[]): GoldItem => ({ id, document: null, text: id, themes, ambiguous: false });

describe('evaluate', () => {
  it('computes P/R/F1, macro-F1, accuracy, kappa and the confusion matrix', () => {
    const gold = [item('1', 'finance'), item('2', 'finance'), item('3', 'governance'), item('4', 'governance')];
    const report = evaluate([assignment('1', 'finance'), assignment('2', 'governance'), assignment('3', 'governance'), assignment('4', 'governance')], gold);
    expect(report.strict.accuracy).toBe(0.75);
    expect(report.strict.kappa).toBe(0.5);
    expect(report.strict.macroF1).toBe(0.7333);
    expect(report.strict.perTheme.find((m) => m.theme === 'finance')).toEqual({ theme: 'finance', precision: 1, recall: 0.5, f1: 0.6667, support: 2, predicted: 1 });
    const { labels, matrix } = report.strict.confusion;
    expect(labels).toEqual(['priorities', 'place-leadership', 'finance', 'governance', 'capacity', 'unclassified']);
    expect(matrix[2]).toEqual([0, 0, 1, 1, 0, 0]);
    expect(matrix[3]).toEqual([0, 0, 0, 2, 0, 0]);
  });

  it('strict needs the first gold theme; lenient takes any, scored as the matched theme', () => {
    const gold = [item('1', 'priorities', 'place-leadership'), item('2', 'finance')];
    const report = evaluate([assignment('1', 'place-leadership'), assignment('2', 'unclassified')], gold);
    expect(report.strict.accuracy).toBe(0);
    expect(report.lenient.accuracy).toBe(0.5);
    expect(report.lenient.confusion.matrix[1]).toEqual([0, 1, 0, 0, 0, 0]);
    expect(report.lenient.confusion.matrix[2]).toEqual([0, 0, 0, 0, 0, 1]);
    expect(report.unclassified).toBe(1);
  });

  it('reads an assignment of the other framework through its crosswalk, and counts missing ones as unclassified', () => {
    const gold = [item('1', 'financial-management'), item('2', 'governance-culture')];
    const report = evaluate([assignment('1', 'finance')], gold);
    expect(report.framework).toBe('current');
    expect(report.strict.accuracy).toBe(0.5);
    expect(report.missing).toEqual(['2']);
  });

  it('formats a table for the CLI', () => {
    const report = evaluate([assignment('1', 'finance')], [item('1', 'finance')]);
    const table = formatEvaluationTable(report, { folds: [{ document: 'a.txt', sentences: 3, macroF1: 0.5, accuracy: 0.6667 }], meanMacroF1: 0.5 });
    expect(table).toContain('1 gold items (classic framework), 0 predicted unclassified');
    expect(table).toMatch(/finance\s+1\.000\s+1\.000\s+1\.000\s+1/);
    expect(table).toMatch(/macro-F1\s+1\.000\s+1\.000/);
    expect(table).toContain('a.txt: 0.500 (accuracy 0.667, 3 sentences)');
  });
});

describe('parseGold', () => {
  it('reads the sample annotations: 23 recommendations, primary first, ids by file', () => {
    const gold = parseGold(readRoot(GOLD_FILE), GOLD_FILE);
    expect(gold).toHaveLength(23);
    expect(gold[0]).toEqual({
      id: 'stockton-on-tees-2019-cabinet-decision#1',
      document: 'stockton-on-tees-2019-cabinet-decision',
      text: "Develop a shared narrative of 'place' that is politically led",
      themes: ['priorities', 'place-leadership'],
      ambiguous: true,
    });
  });

  it('reads CSV text,themes with ; lists', () => {
    expect(parseGold('id,text,themes\nr1,Balance the budget,finance; governance\n,Work with partners,Leadership of Place\n', 'g.csv')).toEqual([
      { id: 'r1', document: null, text: 'Balance the budget', themes: ['finance', 'governance'], ambiguous: false },
      { id: 'g.csv:3', document: null, text: 'Work with partners', themes: ['place-leadership'], ambiguous: false },
    ]);
  });

  it('reads the document of a CSV id that is a corpus id, for holding it out', () => {
    expect(parseGold('id,text,themes\nstoke-2016#3,Balance the budget,finance\nreports/stoke-2016.pdf#4,Agree a plan,finance\n', 'g.csv').map((g) => g.document)).toEqual(['stoke-2016', 'stoke-2016']);
  });

  it.each([
    ['{"documents":[{"file":"a.txt","recommendations":[{"text":"x","themes":["money"]}]}]}', /g\.json: documents\.0\.recommendations\.0\.themes\.0: .*\(got "money"\)/],
    ['{"documents":[{"file":"a.txt","recommendations":[{"text":"x","themes":["finance","governance-culture"]}]}]}', /a#1: themes mix the classic and current frameworks/],
    ['{"documents":', /not valid JSON/],
  ])('rejects %s', (text, message) => {
    expect(() => parseGold(text, 'g.json')).toThrow(message);
  });
});
