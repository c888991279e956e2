import { z } from 'zod';
import { CLASSIC_THEMES, CURRENT_THEMES } from '../vocabulary.js';

/**
 * The shape of the recurring-issue taxonomy (`data/codebooks/issues.yaml`), checked by `parseIssueTaxonomy`.
 *
 * A phrase is one or more words, matched case-insensitively on word boundaries after a light inflection stem
 * (plurals, -ing, -ed: "overspends" matches "overspend", "communities" matches "community"). A word ending in `*`
 * matches any word it begins ("communicat*" matches "communicate", "communications"). `except` phrases take part
 * in the longest-match rule but tag nothing: "a risk that" stops "risk" from tagging risk management.
 */

const NonEmpty = z.string().trim().min(1);
const Phrase = NonEmpty.regex(/^[\p{L}\p{N}'’*\- ]+$/u, 'a phrase is words (letters, digits, apostrophes, hyphens), a word may end in *')
  .refine((phrase) => !/\*\S/.test(phrase) && !/(^|\s)\*/.test(phrase), { message: '* only ends a word' });
const IssueId = NonEmpty.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an issue id is lower-case and hyphenated');

export const IssueSchema = z.strictObject({
  id: IssueId,
  label: NonEmpty,
  /** Themes (of either framework) the issue belongs to: a focus area naming the issue marks these themes too. */
  themes: z.array(z.enum([...CLASSIC_THEMES, ...CURRENT_THEMES])).default([]),
  phrases: z.array(Phrase).min(1),
  except: z.array(Phrase).default([]),
});
export type Issue = z.infer<typeof IssueSchema>;

export const IssueTaxonomySchema = z.strictObject({
  version: NonEmpty,
  issues: z.array(IssueSchema).min(1),
});
/** A validated taxonomy: issue ids are unique; issues keep file order. */
export type IssueTaxonomy = z.infer<typeof IssueTaxonomySchema>;
