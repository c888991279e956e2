import { THEME_LABELS, UNCLASSIFIED, isThemeId } from '../vocabulary.js';

/** The separator of wrapped axis labels; axes split on it with `labelExpr`. */
export const LINE_BREAK = '|';

/** Vega expression that turns a wrapped label into lines. */
export const SPLIT_LABEL_EXPR = `split(datum.value, '${LINE_BREAK}')`;

/** The LGA's wording of a theme id; `Unclassified` for the marker and any unknown id as is. */
export function themeLabel(theme: string): string {
  if (theme === UNCLASSIFIED) return 'Unclassified';
  return isThemeId(theme) ? THEME_LABELS[theme] : theme;
}

/**
 * Wrap a label at word boundaries into lines of at most `width` characters (a longer word stays whole), joined
 * with LINE_BREAK. A LINE_BREAK already in the text becomes a slash so it cannot split a line.
 */
export function wrapLabel(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.replaceAll(LINE_BREAK, '/').split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.join(LINE_BREAK);
}

/** Height of one line of an 11px axis label (the config's `labelLineHeight`). */
export const LABEL_LINE_HEIGHT = 13;

/**
 * Wrap labels for a top axis. Vega draws a multi-line label downwards from its anchor whatever the baseline, so a
 * label above a plot would run into it: each label is padded with empty leading lines to the same number of lines,
 * and the axis (labelBaseline top) is pushed up by `padding`, so every label ends just above the plot.
 */
export function topAxisLabels(texts: readonly string[], width: number): { labels: Map<string, string>; padding: number } {
  const wrapped = texts.map((text) => wrapLabel(text, width));
  const lines = Math.max(1, ...wrapped.map((label) => label.split(LINE_BREAK).length));
  const labels = new Map(
    texts.map((text, i) => {
      const label = wrapped[i] ?? text;
      return [text, LINE_BREAK.repeat(lines - label.split(LINE_BREAK).length) + label];
    }),
  );
  return { labels, padding: lines * LABEL_LINE_HEIGHT + 2 };
}

/** "1 council", "12 councils". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
