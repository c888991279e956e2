import { CLASSIC_THEMES, CURRENT_THEMES, THEMES, UNCLASSIFIED } from '../vocabulary.js';
import type { Framework, ThemeOrUnclassified } from '../vocabulary.js';
import { themeLabel } from './labels.js';

/**
 * One fixed colour per theme, from the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies). A current theme takes the colour of the classic theme it succeeds, so charts of the two
 * frameworks read alike; unclassified is always grey.
 */
const CLASSIC_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00'] as const;

export const UNCLASSIFIED_COLOUR = '#9E9E9E';

export const THEME_COLOURS: Readonly<Record<ThemeOrUnclassified, string>> = Object.freeze({
  ...Object.fromEntries(CLASSIC_THEMES.map((theme, i) => [theme, CLASSIC_COLOURS[i] ?? UNCLASSIFIED_COLOUR])),
  ...Object.fromEntries(CURRENT_THEMES.map((theme, i) => [theme, CLASSIC_COLOURS[i] ?? UNCLASSIFIED_COLOUR])),
  [UNCLASSIFIED]: UNCLASSIFIED_COLOUR,
} as Record<ThemeOrUnclassified, string>);

/** The themes of a framework in codebook order, then unclassified. */
export function themeOrder(framework: Framework): readonly ThemeOrUnclassified[] {
  return [...THEMES[framework], UNCLASSIFIED];
}

/** A Vega-Lite colour scale mapping theme labels to their fixed colours, in codebook order. */
export function themeColourScale(framework: Framework): { domain: string[]; range: string[] } {
  const themes = themeOrder(framework);
  return { domain: themes.map(themeLabel), range: themes.map((theme) => THEME_COLOURS[theme]) };
}

/** Sequential scheme for counts and shares (perceptually ordered, readable in greyscale). */
export const SEQUENTIAL_SCHEME = 'blues';

/** Fill of an empty cell in a matrix: distinct from the palest shade of a count. */
export const ZERO_CELL = '#f2f2f2';

/** Two blues for a two-part bar (e.g. raised unprompted / asked about). */
export const PAIR_COLOURS = ['#0072B2', '#9ECAE9'] as const;
