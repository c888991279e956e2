import type { ThemeSection } from '../corpus/schema.js';
import type { ThemeId } from '../vocabulary.js';
import { NO_NAMES, shapeOf } from './model/groupExamples.js';
import { examplesFromSections } from './trainingExamples.js';
import { extended } from '../objects.js';
import type { NameTest, TrainingExample } from './types.js';

/**
 * Section sentences one theme keeps for training before it samples them. A sector's corpus (thousands of
 * reports) gives a theme hundreds of thousands; past some thousands, more change the model little and cost memory
 * and time in proportion.
 */
export const MAX_SECTION_SENTENCES_PER_THEME = 20_000;

/**
 * What the sample needs of one document's theme sections before it needs any of their text (`sentenceKeys`): each
 * section's theme and how many sentences it gives, and each sentence's shape hash, as made with the name test
 * `names`.
 */
export interface SentenceKeys {
  readonly names: NameTest;
  readonly sections: readonly (readonly [theme: ThemeId, sentences: number])[];
  readonly keys: ArrayLike<number>;
}

/** The `SentenceKeys` of one document's theme sections. */
export function sentenceKeys(sections: readonly ThemeSection[], names: NameTest = NO_NAMES): SentenceKeys {
  const counts: [ThemeId, number][] = [];
  const keys: number[] = [];
  for (const section of sections) {
    const examples = examplesFromSections([section]);
    counts.push([section.theme, examples.length]);
    for (const example of examples) keys.push(shapeKey(example.text, names));
  }
  return { names, sections: counts, keys: Uint32Array.from(keys) };
}

/** A sentence a theme keeps: the example, or where to read it (`SectionSample.addKeys`). */
interface Kept {
  readonly example: TrainingExample | null;
  readonly at: { readonly document: number; readonly index: number } | null;
  readonly order: number;
  /** The hash of the sentence's shape, once its theme samples (or from the start, when added by key). */
  key: number | undefined;
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
 * their section's text, so a section is not held for one sentence of it. A document may come as its sections
 * (`add`) or as its `SentenceKeys` (`addKeys`), whose kept sentences `examples` then reads: the sample is the same.
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
      this.offer(example.theme, () => shapeKey(example.text, this.isName), () => extended(example, { text: detached(example.text) }), null);
    }
  }

  /**
   * Document number `document`'s sentences by their keys, made with this sample's name test; `examples` reads the
   * text of those it keeps.
   */
  addKeys(document: number, sentences: SentenceKeys): void {
    if (sentences.names !== this.isName) throw new Error('SectionSample.addKeys: the keys were made with another name test');
    let index = 0;
    for (const [theme, count] of sentences.sections) {
      for (let end = index + count; index < end; index++) {
        this.offer(theme, sentences.keys[index]!, () => null, { document, index });
      }
    }
  }

  /**
   * The sentences kept, in the order they came; `read(document)` gives the `examplesFromSections` of a document
   * added by key (each such document is read once, in order).
   */
  examples(read?: (document: number) => readonly TrainingExample[]): TrainingExample[] {
    for (const theme of this.byTheme.values()) if (theme.keys !== null && theme.keys.size > this.perTheme) this.sample(theme);
    const kept = [...this.byTheme.values()].flatMap((theme) => theme.kept).sort((a, b) => a.order - b.order);
    let [current, texts] = [-1, [] as readonly TrainingExample[]];
    return kept.map(({ example, at }) => {
      if (example !== null) return example;
      if (at === null || read === undefined) throw new Error('SectionSample.examples: sentences added by key need their documents read');
      if (at.document !== current) [current, texts] = [at.document, read(at.document)];
      const found = texts[at.index];
      if (found === undefined) throw new Error(`SectionSample.examples: document ${at.document} has no sentence ${at.index} (its keys do not fit its sections)`);
      return extended(found, { text: detached(found.text) });
    });
  }

  /**
   * Offer one sentence of `themeId`: its shape's hash, or what makes it when it is needed, and its example (made
   * only if kept) or where to read it.
   */
  private offer(themeId: ThemeId, shape: number | (() => number), example: () => TrainingExample | null, at: Kept['at']): void {
    let theme = this.byTheme.get(themeId);
    if (theme === undefined) this.byTheme.set(themeId, (theme = { kept: [], keys: null, ceiling: null }));
    const order = this.count++;
    if (theme.keys === null) {
      theme.kept.push({ example: example(), at, order, key: typeof shape === 'number' ? shape : undefined });
      if (theme.kept.length > this.perTheme) this.sample(theme);
      return;
    }
    const key = typeof shape === 'number' ? shape : shape();
    if (theme.keys.has(key) || (theme.ceiling !== null && key > theme.ceiling)) return;
    theme.kept.push({ example: example(), at, order, key });
    theme.keys.add(key);
    if (theme.keys.size > 2 * this.perTheme) this.sample(theme);
  }

  /** Keep the first sentence of each shape, and of those the `perTheme` whose shapes hash lowest. */
  private sample(theme: ThemeSentences): void {
    const first = new Map<number, Kept>();
    for (const kept of theme.kept) {
      kept.key ??= shapeKey(kept.example!.text, this.isName);
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
}

/** The hash of a sentence's shape (`shapeOf`), by which the sample tells shapes apart. */
function shapeKey(text: string, isName: NameTest): number {
  return hash32(shapeOf(text, isName));
}

/** The section sentences of `sections` that training reads: all of them, or past the cap, `SectionSample`'s sample. */
export function sampledSectionExamples(sections: readonly ThemeSection[], isName: NameTest = NO_NAMES): TrainingExample[] {
  const sample = new SectionSample(isName);
  sample.add(sections);
  return sample.examples();
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
