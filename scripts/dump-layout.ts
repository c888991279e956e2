// What cpc reads in documents, for writing layout rules: type (and its evidence), programme, challenge year,
// council and each recommendation with the rule that found it. --blocks prints the blocks first, --text the
// canonical text. Usage: npx tsx scripts/dump-layout.ts [--blocks] [--text] file...
import { toBlocks } from '../src/corpus/blocks.js';
import { normalise } from '../src/corpus/normalise.js';
import { readDocument } from '../src/ingest/read.js';
import { loadRegister } from '../src/resources/register.js';

async function main(): Promise<void> {
  const register = await loadRegister();
  const flags = new Set(process.argv.slice(2).filter((a) => a.startsWith('--')));
  for (const file of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
    const raw = await readDocument(file);
    if (flags.has('--text')) console.log(raw.text);
    if (flags.has('--blocks')) {
      for (const b of toBlocks(raw, file)) {
        const marks = [b.marker, b.bulleted ? '•' : null, b.bold === null ? null : 'B'].filter((m) => m !== null).join(' ');
        console.log(`${b.index} ${b.kind}${marks === '' ? '' : ` ${marks}`} | ${b.text.slice(0, 110)}`);
      }
    }
    const d = normalise(raw, { register });
    console.log(
      `== ${file}: ${d.documentType} (${d.documentTypeEvidence ?? 'no evidence'}) ${d.programme} challenge=${d.challengeYear} ` +
        `council=${d.council?.gssCode ?? null} stated=${d.recommendationsReferenced}`,
    );
    for (const r of d.recommendations) console.log(`  ${r.number} [${r.rule} ${r.form} ${r.confidence}] ${r.text.slice(0, 130)}`);
  }
}

void main();
