import { readDocument } from '../src/ingest/read.js';
import { toBlocks } from '../src/corpus/blocks.js';
import { findProseRecommendations } from '../src/corpus/proseRecommendations.js';
import { normalise } from '../src/corpus/normalise.js';
import { loadRegister } from '../src/pipeline/register.js';
const register = await loadRegister();
for (const f of process.argv.slice(2)) {
  const raw = await readDocument(f);
  const d = normalise(raw, { register });
  console.log('==', f, 'listed:', d.recommendations.filter((r) => r.form === 'listed').map((r) => r.rule + ':' + r.text.slice(0, 50)));
  for (const c of findProseRecommendations(toBlocks(raw, f))) console.log('  -', c.text.slice(0, 120));
}
