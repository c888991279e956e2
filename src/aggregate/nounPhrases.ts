import { createRequire } from 'node:module';
import { isStopword, words } from '../text/index.js';

interface Term {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly tags: readonly string[];
}
type Nlp = (text: string) => { json: () => { terms: Term[] }[] };

let nlp: Nlp | undefined;

/** compromise, loaded on first use (its import takes about a second); loading cannot change results. */
function compromise(): Nlp {
  nlp ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlp;
}

/** Modifiers that make a phrase vaguer, not more specific: a candidate phrase does not start with one. */
const VAGUE = new Set(
  'clear further greater particular real more better new robust effective strong good key wider full current future overall realistic immediate existing appropriate significant own other same such many various different whole right'.split(' '),
);

/**
 * The noun phrases of a text as lower-case word sequences: runs of adjectives and nouns (compromise's tags, split
 * at punctuation and possessives, leaving out capitalised names of places, people and organisations, numbers and
 * stop words that compromise took for nouns), and every
 * stretch of `minWords`..`maxWords` words of a run that ends on a noun and does not open with a vague modifier.
 * "a realistic medium term financial strategy" gives "medium term", "financial strategy", "term financial strategy",
 * "medium term financial strategy".
 */
export function nounPhrases(text: string, minWords = 2, maxWords = 4): string[] {
  const runs: { form: string; noun: boolean }[][] = [];
  let run: { form: string; noun: boolean }[] = [];
  const close = (): void => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (const sentence of compromise()(text).json()) {
    sentence.terms.forEach((term, i) => {
      const tags = new Set(term.tags);
      // Capitals mark a name, except at the start of a sentence ("Asset management is...") unless a place or person.
      const named = tags.has('Place') || tags.has('Person') || (i > 0 && tags.has('Organization'));
      const name = /^\p{Lu}/u.test(term.text) && named;
      const nominal = (tags.has('Noun') || tags.has('Adjective')) && !tags.has('Pronoun') && !tags.has('Value') && !name;
      if (/[([]/.test(term.pre)) close();
      const form = words(term.text).map((w) => w.form).join(' ');
      const content = form !== '' && !/\d/.test(form) && !form.split(' ').some(isStopword);
      if (nominal && content) run.push({ form, noun: tags.has('Noun') });
      else close();
      if (tags.has('Possessive') || /[,.;:!?()[\]/–—"]/.test(term.post)) close();
    });
    close();
  }
  const out: string[] = [];
  for (const r of runs) {
    for (let end = 0; end < r.length; end++) {
      if (!r[end]!.noun) continue;
      for (let start = Math.max(0, end - maxWords + 1); start <= end; start++) {
        const phrase = r.slice(start, end + 1).map((t) => t.form);
        const length = phrase.join(' ').split(' ').length;
        if (length < minWords || length > maxWords || VAGUE.has(phrase[0]!)) continue;
        out.push(phrase.join(' '));
      }
    }
  }
  return out;
}
