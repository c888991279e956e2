// Scores cpc's ingestion on the real-layouts development set against its hand annotations and prints the table
// (and, with --details, what each document got wrong). Usage: npx tsx scripts/score-layouts.ts [--details]
import { normalise } from '../src/corpus/normalise.js';
import { readDocument } from '../src/ingest/read.js';
import { loadRegister } from '../src/resources/register.js';
import { formatLayoutScores, LAYOUT_FIXTURES, layoutGold, scoreLayouts } from '../test/helpers/layoutScore.js';

async function main(): Promise<void> {
  const register = await loadRegister();
  const pairs = [];
  for (const gold of layoutGold()) {
    const document = normalise(await readDocument(`${LAYOUT_FIXTURES}${gold.file}`), { register });
    pairs.push({ gold, document });
  }
  const scores = scoreLayouts(pairs);
  console.log(formatLayoutScores(scores));
  if (!process.argv.includes('--details')) return;
  for (const d of scores.perDocument) {
    const r = d.recommendations;
    if (d.wrong.length === 0 && r.missed.length === 0 && r.extra.length === 0) continue;
    console.log(`\n${d.file}: ${d.wrong.join('; ')}  recs ${r.correct}/${r.listed + r.prose} found ${r.found}`);
    for (const m of r.missed) console.log(`  - missed: ${m.slice(0, 110)}`);
    for (const e of r.extra) console.log(`  + extra:  ${e.slice(0, 110)}`);
  }
}
void main();
