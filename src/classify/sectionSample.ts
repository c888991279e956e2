import type { ThemeSection } from '../corpus/schema.js';
import type { ThemeId } from '../vocabulary.js';
import { NO_NAMES, shapeOf } from './model/groupExamples.js';
import { examplesFromSections } from './trainingExamples.js';
import type { NameTest, TrainingExample } from './types.js';

/**
 * Section sentences one theme keeps for training before it samples them. A sector's corpus (thousands of
 * reports) gives a theme hundreds of thousands; past some thousands, more change the model little and cost memory
 * and time in proportion.
 */
export const MAX_SECTION_SENTENCES_PER_THEME = 20_000;

interface Kept {
  readonly example: TrainingExample;
  readonly order: number;
  /** The hash of the sentence's shape, once its theme samples. */
  key?: number;
}

/** One theme's sentences: all of them up to the cap; past it, the first of each kept shape. */
interface ThemeSentences {
  kept: Kept[];
  /** Once sampling: the shapes kept (by hash), and the largest a new sentence may have (null: any). */
  keys: Set<number> | null;
  ceiling: number | null;
}

/**
 * The theme-section sentences training reads (`examplesFromSections`), gathered a document at a time, so a large
 * corpus's sections are never in memory together. A theme keeps every sentence up to `perTheme`. Past that it
 * keeps one sentence of each shape (the text with names and numbers masked, as training groups them: see
 * `groupExamples`), the first to come, and at most `perTheme` shapes: those whose hash is lowest, the same whatever
 * order the documents come in. `examples` gives the sentences in the order they came. Kept texts are copied out of
 * their section's text, so a section is not held for one sentence of it.
 */
export class SectionSample {
  private readonly byTheme = new Map<ThemeId, ThemeSentences>();
  private count = 0;

  constructor(
    private readonly isName: NameTest = NO_NAMES,
    private readonly perTheme: number = MAX_SECTION_SENTENCES_PER_THEME,
  ) {}

  add(sections: readonly ThemeSection[]): void {
    for (const example of examplesFromSections(sections)) {
      let theme = this.byTheme.get(example.theme);
      if (theme === undefined) this.byTheme.set(example.theme, (theme = { kept: [], keys: null, ceiling: null }));
      const order = this.count++;
      if (theme.keys === null) {
        theme.kept.push(keptOf(example, order));
        if (theme.kept.length > this.perTheme) this.sample(theme);
        continue;
      }
      const key = this.keyOf(example.text);
      if (theme.keys.has(key) || (theme.ceiling !== null && key > theme.ceiling)) continue;
      theme.kept.push({ ...keptOf(example, order), key });
      theme.keys.add(key);
      if (theme.keys.size > 2 * this.perTheme) this.sample(theme);
    }
  }

  examples(): TrainingExample[] {
    for (const theme of this.byTheme.values()) if (theme.keys !== null && theme.keys.size > this.perTheme) this.sample(theme);
    return [...this.byTheme.values()].flatMap((theme) => theme.kept).sort((a, b) => a.order - b.order).map((k) => k.example);
  }

  /** Keep the first sentence of each shape, and of those the `perTheme` whose shapes hash lowest. */
  private sample(theme: ThemeSentences): void {
    const first = new Map<number, Kept>();
    for (const kept of theme.kept) {
      kept.key ??= this.keyOf(kept.example.text);
      if (!first.has(kept.key)) first.set(kept.key, kept);
    }
    const keys = [...first.keys()].sort((a, b) => a - b);
    if (keys.length > this.perTheme) {
      keys.length = this.perTheme;
      theme.ceiling = keys[keys.length - 1]!;
    }
    theme.keys = new Set(keys);
    theme.kept = keys.map((key) => first.get(key)!).sort((a, b) => a.order - b.order);
  }

  private keyOf(text: string): number {
    return hash32(shapeOf(text, this.isName));
  }
}

/** The section sentences of `sections` that training reads: all of them, or past the cap, `SectionSample`'s sample. */
export function sampledSectionExamples(sections: readonly ThemeSection[], isName: NameTest = NO_NAMES): TrainingExample[] {
  const sample = new SectionSample(isName);
  sample.add(sections);
  return sample.examples();
}

function keptOf(example: TrainingExample, order: number): Kept {
  return { example: { ...example, text: detached(example.text) }, order };
}

/**
 * A 32-bit hash of a string's UTF-16 code units (FNV-1a, then murmur3's finaliser to spread the bits): which
 * shapes a theme keeps past the cap is decided by it, the same on every machine and run.
 */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A copy of `text` that does not keep the string it was cut from alive. */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
