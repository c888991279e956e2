// Writes schema/corpus-document.schema.json from the zod schema: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { corpusJsonSchema } from '../src/corpus/jsonSchema.js';

writeFileSync(new URL('../schema/corpus-document.schema.json', import.meta.url), corpusJsonSchema());
console.log('wrote schema/corpus-document.schema.json');
