import { describe, expect, it } from 'vitest';
import { cohenKappa, krippendorffAlpha } from '../../src/classify/agreement.js';
import { coderAgreement, machineAgreement, type SheetRow } from '../../src/review/agreement.js';
import { parseReviewSheet } from '../../src/review/corrections.js';

const row = (key: string, model: string, decision = '', themes: string[] = [], note = ''): SheetRow => ({ key, modelPrimaryTheme: model, decision, themesCorrected: themes, textCorrected: '', note });

describe('machineAgreement', () => {
  const sheet = [
    row('a', 'finance', 'keep'),
    row('b', 'finance', 'keep', ['capacity']),
    row('c', 'governance', '', [], 'checked'),
    row('d', 'capacity', 'keep'),
    row('e', 'governance', 'drop'),
    row('f', 'priorities'),
    row('', '', '', ['finance']),
  ];
  const report = machineAgreement(sheet, { seed: 3, samples: 200 });

  it('scores reviewed, kept rows only: a reviewed row with its themes left alone accepts the model', () => {
    const pairs: [string, string][] = [['finance', 'finance'], ['finance', 'capacity'], ['governance', 'governance'], ['capacity', 'capacity']];
    expect(report.themes.n).toBe(4);
    expect(report.themes.kappa.value).toBeCloseTo(cohenKappa(pairs), 4);
    expect(report.themes.alpha.value).toBeCloseTo(krippendorffAlpha(pairs), 4);
    expect(report.themes.perTheme).toContainEqual({ theme: 'finance', precision: 0.5, recall: 1, support: 1, predicted: 2 });
    expect(report.themes.perTheme).toContainEqual({ theme: 'capacity', precision: 1, recall: 0.5, support: 2, predicted: 1 });
  });

  it('counts what was kept, dropped and added', () => {
    expect(report.extraction).toEqual({ reviewed: 5, kept: 4, dropped: 1, added: 1, keptShare: 0.8, droppedShare: 0.2, addedShare: 0.2 });
  });

  it('is reproducible for a seed', () => {
    expect(machineAgreement(sheet, { seed: 3, samples: 200 })).toEqual(report);
  });
});

describe('coderAgreement', () => {
  it('joins two sheets by key and compares settled themes and decisions', () => {
    const alice = [row('a', 'finance', 'keep'), row('b', 'finance', 'keep', ['capacity']), row('c', 'governance', 'drop'), row('d', 'capacity', 'keep')];
    const bob = [row('a', 'finance', 'keep', ['governance']), row('b', 'finance', 'keep', ['capacity']), row('c', 'governance', 'keep'), row('x', 'capacity', 'keep')];
    const report = coderAgreement(alice, bob, { samples: 100 });
    expect(report.themes.n).toBe(2);
    expect(report.themes.kappa.value).toBeCloseTo(cohenKappa([['finance', 'governance'], ['capacity', 'capacity']]), 4);
    expect(report.decisions.n).toBe(3);
    expect(report.decisions.kappa.value).toBeCloseTo(cohenKappa([['keep', 'keep'], ['keep', 'keep'], ['drop', 'keep']]), 4);
  });
});

describe('parseReviewSheet', () => {
  it('reads themes by id or label and undoes the apostrophe that defused a formula-like cell', () => {
    const csv = 'key,model_primary_theme,decision,text_corrected,themes_corrected,note\nk1,finance,keep,\'-1 more,Capacity to deliver;finance,\'=x\n';
    expect(parseReviewSheet(csv, 's.csv')).toEqual([{ key: 'k1', modelPrimaryTheme: 'finance', decision: 'keep', themesCorrected: ['capacity', 'finance'], textCorrected: '-1 more', note: '=x' }]);
  });
});
