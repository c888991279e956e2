import { z } from 'zod';
import { CorpusDocument } from './schema.js';

/** The corpus record as JSON Schema (draft 2020-12), for researchers' own tools. */
export function corpusJsonSchema(): string {
  const schema = z.toJSONSchema(CorpusDocument, { target: 'draft-2020-12' });
  return `${JSON.stringify({ $id: 'https://cpc.local/schema/corpus-document.schema.json', title: 'cpc corpus document', ...schema }, null, 2)}\n`;
}
