import type { ThemeSection } from '../corpus/schema.js';
import { splitSentences } from './splitSentences.js';
import type { TrainingExample } from './types.js';

/**
 * Weak labels: every sentence of the feedback text under a theme heading, labelled with that theme, of kind
 * `section` with the section's source file, so cross-validation can leave one document out.
 */
export function examplesFromSections(sections: readonly ThemeSection[]): TrainingExample[] {
  return sections.flatMap((section) => {
    const file = section.source.file;
    return splitSentences(section.text).map((text) => ({ text, theme: section.theme, kind: 'section' as const, file }));
  });
}
