import { z } from 'zod';
import { CLASSIC_THEMES, CURRENT_THEMES, FRAMEWORKS } from '../vocabulary.js';

/**
 * The shape of a theme codebook (`data/codebooks/<framework>.yaml`) and of the crosswalk between the two
 * frameworks (`data/codebooks/crosswalk.yaml`). Parsed and checked by `parseCodebook` and `parseCrosswalk`.
 */

const ThemeIdSchema = z.enum([...CLASSIC_THEMES, ...CURRENT_THEMES]);
const NonEmpty = z.string().trim().min(1);

/** A case-insensitive regular expression, checked to compile. */
const Pattern = NonEmpty.refine(
  (source) => {
    try {
      new RegExp(source, 'i');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

export const CodebookThemeSchema = z.strictObject({
  id: ThemeIdSchema,
  label: NonEmpty,
  /** The LGA's key question for the theme. */
  question: NonEmpty,
  description: NonEmpty,
  /** Single words of the theme's vocabulary. */
  terms: z.array(NonEmpty.regex(/^\S+$/, 'a term is one word: put multi-word expressions under phrases')).min(1),
  /** Multi-word expressions of the theme's vocabulary. */
  phrases: z.array(NonEmpty.regex(/\S\s+\S|\S-\S/, 'a phrase has more than one word')).min(1),
  /** Patterns for the heading line of the theme's feedback section in a report. */
  headings: z.array(Pattern).min(1),
});
export type CodebookTheme = z.infer<typeof CodebookThemeSchema>;

export const CodebookSchema = z.strictObject({
  version: NonEmpty,
  framework: z.enum(FRAMEWORKS),
  themes: z.array(CodebookThemeSchema),
});
/** A validated codebook: its themes are exactly the framework's five, in vocabulary order. */
export type Codebook = z.infer<typeof CodebookSchema>;

export const CrosswalkMappingSchema = z.strictObject({
  classic: z.enum(CLASSIC_THEMES),
  current: z.enum(CURRENT_THEMES),
  /** Share of the classic theme's content that moves to the current theme, in (0, 1]. */
  weight: z.number().gt(0).lte(1),
  note: NonEmpty,
});
export type CrosswalkMapping = z.infer<typeof CrosswalkMappingSchema>;

export const CrosswalkSchema = z.strictObject({
  version: NonEmpty,
  /** A crosswalked theme is kept when its score reaches this fraction of the primary's. */
  threshold: z.number().gt(0).lte(1),
  mappings: z.array(CrosswalkMappingSchema).min(1),
});
/** A validated crosswalk: every theme of both frameworks is mapped, each classic theme's weights sum to 1. */
export type Crosswalk = z.infer<typeof CrosswalkSchema>;
