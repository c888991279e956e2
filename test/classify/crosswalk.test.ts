import { describe, expect, it } from 'vitest';
import { crosswalkAssignment } from '../../src/classify/crosswalkAssignment.js';
import { crosswalk } from './setup.js';

describe('crosswalkAssignment', () => {
  it('splits classic governance between governance and culture, and organisational and place leadership', () => {
    expect(crosswalkAssignment({ framework: 'classic', primaryTheme: 'governance', themes: [{ theme: 'governance', score: 0.8 }] }, crosswalk)).toEqual({
      framework: 'current',
      primaryTheme: 'governance-culture',
      themes: [
        { theme: 'governance-culture', score: 0.48 },
        { theme: 'organisational-place-leadership', score: 0.32 },
      ],
    });
  });

  it('combines contributions to one target as a noisy-or and drops weak targets', () => {
    const out = crosswalkAssignment(
      { framework: 'classic', primaryTheme: 'place-leadership', themes: [{ theme: 'place-leadership', score: 0.9 }, { theme: 'capacity', score: 0.6 }] },
      crosswalk,
    );
    expect(out.primaryTheme).toBe('organisational-place-leadership');
    expect(out.themes).toEqual([
      { theme: 'organisational-place-leadership', score: 0.9 },
      { theme: 'capacity-for-improvement', score: 0.51 },
    ]);
  });

  it('reads the weights backwards for current -> classic', () => {
    const out = crosswalkAssignment(
      { framework: 'current', primaryTheme: 'organisational-place-leadership', themes: [{ theme: 'organisational-place-leadership', score: 0.7 }] },
      crosswalk,
    );
    expect(out).toEqual({ framework: 'classic', primaryTheme: 'place-leadership', themes: [{ theme: 'place-leadership', score: 0.5 }] });
  });

  it('keeps unclassified', () => {
    expect(crosswalkAssignment({ framework: 'current', primaryTheme: 'unclassified', themes: [] }, crosswalk)).toEqual({ framework: 'classic', primaryTheme: 'unclassified', themes: [] });
  });
});
