import { createHash } from 'node:crypto';
import type { ThemeSection } from '../corpus/schema.js';
import { spacingKey } from '../text/index.js';
import type { ThemeId } from '../vocabulary.js';
import { examplesFromSections } from './trainingExamples.js';
import type { TrainingExample } from './types.js';

/**
 * Distinct section sentences one theme gives training at most (sentences that differ only in capitalised words
 * and numbers count as one). A sector's corpus (thousands of reports) gives a theme hundreds of thousands; past a
 * few thousand, more change the model little and cost memory and time in proportion.
 */
export const MAX_SECTION_SENTENCES_PER_THEME = 5000;

interface Kept {
  readonly example: TrainingExample;
  readonly order: number;
  readonly key: number;
}

/** One theme's sentences: all of them while it has at most the cap's distinct keys; then the first of each kept key. */
interface ThemeSentences {
  kept: Kept[];
  /** Distinct keys among `kept`. */
  readonly keys: Set<number>;
  /** Once over the cap: the largest key kept; a sentence whose key is larger is not. */
  ceiling: number | null;
}

/**
 * The theme-section sentences training reads (`examplesFromSections`), gathered a document at a time, so a large
 * corpus's sections are never in memory together. Every sentence is kept while its theme has at most `perTheme`
 * distinct sentences (compared with capitalised words and numbers masked, so a template's sentence for council
 * after council is one); past that, one sentence for each of the `perTheme` distinct keys that hash lowest, the
 * same sample whatever order the documents come in. `examples` gives them in the order they came. Kept texts are
 * copied out of their section's text, so a section is not held for one sentence of it.
 */
export class SectionSample {
  private readonly byTheme = new Map<ThemeId, ThemeSentences>();
  private count = 0;

  constructor(private readonly perTheme: number = MAX_SECTION_SENTENCES_PER_THEME) {}

  add(sections: readonly ThemeSection[]): void {
    for (const example of examplesFromSections(sections)) {
      let theme = this.byTheme.get(example.theme);
      if (theme === undefined) this.byTheme.set(example.theme, (theme = { kept: [], keys: new Set(), ceiling: null }));
      const key = sampleKey(example.text);
      if (theme.ceiling !== null && (key > theme.ceiling || theme.keys.has(key))) continue;
      theme.kept.push({ example: { ...example, text: detached(example.text) }, order: this.count++, key });
      theme.keys.add(key);
      if (theme.keys.size > (theme.ceiling === null ? this.perTheme : 2 * this.perTheme)) this.prune(theme);
    }
  }

  examples(): TrainingExample[] {
    for (const theme of this.byTheme.values()) if (theme.ceiling !== null) this.prune(theme);
    return [...this.byTheme.values()].flatMap((theme) => theme.kept).sort((a, b) => a.order - b.order).map((k) => k.example);
  }

  /** Keep the first sentence of each of the `perTheme` lowest keys. */
  private prune(theme: ThemeSentences): void {
    const lowest = [...theme.keys].sort((a, b) => a - b).slice(0, this.perTheme);
    const kept = new Set(lowest);
    theme.kept = theme.kept.filter((k) => kept.delete(k.key));
    theme.keys.clear();
    for (const key of lowest) theme.keys.add(key);
    theme.ceiling = lowest[lowest.length - 1] ?? null;
  }
}

/** The section sentences of `sections` that training reads: all of them, or past the cap, `SectionSample`'s sample. */
export function sampledSectionExamples(sections: readonly ThemeSection[]): TrainingExample[] {
  const sample = new SectionSample();
  sample.add(sections);
  return sample.examples();
}

/** A sentence's 32-bit hash with capitalised words and numbers masked. */
function sampleKey(text: string): number {
  const masked = spacingKey(text.replace(/\b[A-Z][\w'’-]*/g, 'N').replace(/\d+(?:[.,]\d+)*/g, '0'));
  return createHash('sha1').update(masked).digest().readUInt32BE(0);
}

/** A copy of `text` that does not keep the string it was cut from alive. */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
