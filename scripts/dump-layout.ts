// Prints what cpc finds in documents (type, programme, year, council, recommendations); --blocks shows the blocks too.
// Usage: npx tsx scripts/dump-layout.ts [--blocks] file...
import { readDocument } from '../src/ingest/read.js';
import { toBlocks } from '../src/corpus/blocks.js';
import { normalise } from '../src/corpus/normalise.js';
import { loadRegister } from '../src/pipeline/register.js';
async function main(): Promise<void> {
const register = await loadRegister();
const showBlocks = process.argv.includes('--blocks');
for (const file of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  const raw = await readDocument(file);
  const d = normalise(raw, { register });
  if (showBlocks) for (const b of toBlocks(raw, file)) console.log(`${b.index} ${b.kind}${b.marker ? ' ' + b.marker : ''}${b.bulleted ? ' •' : ''}${b.bold ? ' B' : ''} | ${b.text.slice(0, 110)}`);
  console.log(`== ${file}: ${d.documentType} ${(d as any).programme ?? ''} year=${d.year} cy=${(d as any).challengeYear} council=${d.council?.gssCode ?? null} stated=${d.recommendationsReferenced}`);
  for (const r of d.recommendations) console.log(`  ${r.number} [${(r as any).rule ?? r.kind}${(r as any).form === 'prose' ? ' prose' : ''}] ${r.text.slice(0, 130)}`);
}
}
void main();
