import { readDocument } from '../src/ingest/read.js';
import { toBlocks } from '../src/corpus/blocks.js';
import { detectDocumentType } from '../src/corpus/documentType.js';
const raw = await readDocument(process.argv[2]!);
console.log(detectDocumentType(toBlocks(raw, 'x'), 5));
