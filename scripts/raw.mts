import { readDocument } from '../src/ingest/read.js';
const d = await readDocument(process.argv[2]!);
console.log(d.text);
