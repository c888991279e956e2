import { readDocument } from '../src/ingest/read.js';
import { normalise } from '../src/corpus/normalise.js';
import { loadRegister } from '../src/pipeline/register.js';
const register = await loadRegister();
for (const f of process.argv.slice(2)) {
  const d = normalise(await readDocument(f), { register });
  console.log(f.split('/').pop(), d.documentType, '|', d.documentTypeEvidence, '|', d.themeSections.length);
}
