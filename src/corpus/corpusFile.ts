import { CpcError } from '../errors.js';
import { CorpusDocument } from './schema.js';

/** Corpus documents as JSON Lines: one document a line, in the given order. */
export function corpusToJsonl(documents: Iterable<CorpusDocument>): string {
  return [...corpusLines(documents)].join('');
}

/**
 * The lines of `corpusToJsonl`, one at a time (each with its newline), so a large corpus is written without
 * ever being one string.
 */
export function* corpusLines(documents: Iterable<CorpusDocument>): Generator<string> {
  for (const document of documents) yield `${JSON.stringify(document)}\n`;
}

/** Parse and validate a corpus file; a bad line is named with the field that failed. */
export function corpusFromJsonl(text: string, file: string): CorpusDocument[] {
  const documents: CorpusDocument[] = [];
  text.split('\n').forEach((line, i) => {
    const document = corpusLine(line, file, i + 1);
    if (document !== null) documents.push(document);
  });
  return documents;
}

/** One line of a corpus file (`number` counts from 1): its document, or null for a blank line. */
export function corpusLine(line: string, file: string, number: number): CorpusDocument | null {
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new CpcError('invalid-corpus', `${file}:${number}: not JSON (${(error as Error).message})`, { file });
  }
  const parsed = CorpusDocument.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CpcError('invalid-corpus', `${file}:${number}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`, { file });
  }
  return parsed.data;
}
