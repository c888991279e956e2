import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { corpusJsonSchema } from '../../src/corpus/jsonSchema.js';

it('the committed JSON Schema matches the corpus record (run `npm run schema` after changing it)', () => {
  const committed = readFileSync(new URL('../../schema/corpus-document.schema.json', import.meta.url), 'utf8');
  expect(committed).toBe(corpusJsonSchema());
});
