import { CpcError } from '../errors.js';
import { CorpusDocument } from './schema.js';

/** Corpus documents as JSON Lines: one document a line, in the given order. */
export function corpusToJsonl(documents: readonly CorpusDocument[]): string {
  return documents.map((d) => JSON.stringify(d)).join('\n') + (documents.length > 0 ? '\n' : '');
}

/** Parse and validate a corpus file; a bad line is named with the field that failed. */
export function corpusFromJsonl(text: string, file: string): CorpusDocument[] {
  const documents: CorpusDocument[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new CpcError('invalid-corpus', `${file}:${i + 1}: not JSON (${(error as Error).message})`, { file });
    }
    const parsed = CorpusDocument.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CpcError('invalid-corpus', `${file}:${i + 1}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`, { file });
    }
    documents.push(parsed.data);
  });
  return documents;
}
