import type { Codebook } from './codebook.js';
import type { TrainingExample } from './types.js';

/**
 * Seed examples from a codebook, of kind `codebook`: each theme's label, key question, description (by sentence),
 * and every term and phrase on its own.
 */
export function examplesFromCodebook(codebook: Codebook): TrainingExample[] {
  return codebook.themes.flatMap((theme) => {
    const texts = [
      theme.label,
      ...theme.question.split(/(?<=\?)\s+/),
      ...theme.description.split(/(?<=\.)\s+(?=[A-Z])/),
      ...theme.terms,
      ...theme.phrases,
    ];
    return texts.map((text) => ({ text: text.trim(), theme: theme.id, kind: 'codebook' as const }));
  });
}
