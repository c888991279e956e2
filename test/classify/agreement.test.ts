import { describe, expect, it } from 'vitest';
import { bootstrap, cohenKappa, kappaOfMatrix, krippendorffAlpha } from '../../src/classify/agreement.js';

/** Rows of a table as unit-per-column reliability data: `rows[coder][unit]`, '.' for a missing code. */
const byUnit = (rows: readonly string[]) => {
  const coded = rows.map((r) => r.split(' ').map((c) => (c === '.' ? null : c)));
  return coded[0]!.map((_, u) => coded.map((coder) => coder[u] ?? null));
};

describe("Krippendorff's alpha (nominal) against Krippendorff's own worked examples", () => {
  // Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for Communication,
  // University of Pennsylvania, https://repository.upenn.edu/asc_papers/43 (also Content Analysis, 2004/2019).
  it('four coders, twelve units, missing data: alpha = 0.743', () => {
    const units = byUnit([
      '1 2 3 3 2 1 4 1 2 . . .',
      '1 2 3 3 2 2 4 1 2 5 . 3',
      '. 3 3 3 2 3 4 2 2 5 1 .',
      '1 2 3 3 2 4 4 1 2 5 1 .',
    ]);
    expect(krippendorffAlpha(units)).toBeCloseTo(0.743, 3);
  });

  it('two coders, binary data, ten units: alpha = 0.095', () => {
    const units = byUnit(['0 1 0 0 0 0 0 0 1 0', '1 1 1 0 0 1 0 0 0 0']);
    expect(krippendorffAlpha(units)).toBeCloseTo(0.095, 3);
  });

  it('is 1 when every coder agrees on every unit, and ignores units coded once', () => {
    expect(krippendorffAlpha([['a', 'a'], ['b', 'b'], ['c', null]])).toBe(1);
  });
});

describe("Cohen's kappa against textbook examples", () => {
  it('Fleiss, Levin & Paik (2003), Statistical Methods for Rates and Proportions, 3rd ed., table 18.1: kappa = 0.676', () => {
    // Two raters' diagnoses of 100 subjects (psychotic, neurotic, organic): p_o = 0.89, p_e = 0.66.
    const matrix = [[75, 1, 4], [5, 4, 1], [0, 0, 10]];
    expect(kappaOfMatrix(matrix)).toBeCloseTo((0.89 - 0.66) / (1 - 0.66), 10);
    expect(kappaOfMatrix(matrix)).toBeCloseTo(0.676, 3);
  });

  it('the yes/no example of 50 proposals (20 both yes, 15 both no, 5 and 10 split): kappa = 0.4', () => {
    const pairs: [string, string][] = [
      ...Array.from({ length: 20 }, (): [string, string] => ['yes', 'yes']),
      ...Array.from({ length: 5 }, (): [string, string] => ['yes', 'no']),
      ...Array.from({ length: 10 }, (): [string, string] => ['no', 'yes']),
      ...Array.from({ length: 15 }, (): [string, string] => ['no', 'no']),
    ];
    expect(cohenKappa(pairs)).toBeCloseTo(0.4, 10);
  });
});

describe('bootstrap interval', () => {
  const pairs: [string, string][] = ['a a', 'a b', 'b b', 'c c', 'a a', 'b c', 'c c', 'b b', 'a a', 'c a'].map((p) => p.split(' ') as [string, string]);

  it('is reproducible for a seed and brackets the point estimate', () => {
    const first = bootstrap(pairs, cohenKappa, { seed: 7, samples: 500 });
    expect(bootstrap(pairs, cohenKappa, { seed: 7, samples: 500 })).toEqual(first);
    expect(first.value).toBeCloseTo(cohenKappa(pairs), 4);
    expect(first.low).toBeLessThanOrEqual(first.value);
    expect(first.high).toBeGreaterThanOrEqual(first.value);
    expect(first.low).toBeLessThan(first.high);
  });

  it('changes with the seed', () => {
    expect(bootstrap(pairs, cohenKappa, { seed: 7, samples: 500 })).not.toEqual(bootstrap(pairs, cohenKappa, { seed: 8, samples: 500 }));
  });
});
