/**
 * Generate the scale corpus for the benchmark (issue #8): `count` documents, about 60% PDF, 20% DOCX, 10% HTML
 * and 10% text, made from the five sample documents with other councils, shifted years and reordered lists.
 * Deterministic for a seed; a folder that already holds the same corpus is reused.
 *
 * Usage: npx tsx bench/generate.ts [--count 1000] [--seed 1] [--out bench/.corpus/n1000-s1]
 */
import { parseArgs } from 'node:util';
import { generateCorpus, type CorpusSpec } from './lib/corpus/generateCorpus.js';
import { CORPUS_FORMATS } from './lib/corpus/formats.js';

/** The default folder of a spec's corpus: bench/.corpus/n<count>-s<seed> (gitignored). */
export function defaultCorpusDir(spec: CorpusSpec): string {
  return `bench/.corpus/n${spec.count}-s${spec.seed}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
  });
  const spec: CorpusSpec = { count: positiveInteger(values.count, '--count'), seed: positiveInteger(values.seed, '--seed') };
  const dir = values.out ?? defaultCorpusDir(spec);
  const { manifest, reused } = await generateCorpus(spec, dir, (line) => console.error(line));
  const byFormat = CORPUS_FORMATS.map((format) => `${manifest.files.filter((f) => f.format === format).length} ${format}`);
  console.log(`${reused ? 'reused' : 'generated'} ${manifest.files.length} documents (${byFormat.join(', ')}) in ${dir}${reused ? '' : ` (${(manifest.generatedInMs / 1000).toFixed(1)} s)`}`);
}

function positiveInteger(value: string | undefined, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, not "${value}"`);
  return n;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
