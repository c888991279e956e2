/**
 * Benchmark of the classify stage (not a test): train on N examples, classify 10,000 texts, and compare with the
 * scikit-learn reference (bench/classify-sklearn.py) on the same training sentences and texts when python3 has
 * sklearn. Usage: npx tsx bench/classify.ts [N=2000] [texts=10000]
 *
 * Training examples: the default classic training set (codebook seeds + Stoke-on-Trent theme sentences), then
 * seeded word-dropout variants of it up to N. Texts: sentences of the five sample documents, then variants up to
 * the count. Writes bench/work/classify-bench.json for the Python script.
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { benchmarkClassifier, classify, createClassifier, evaluate, parseGold, splitSentences, trainModel, trainingExamples } from '../src/classify/index.js';
import type { TrainingExample } from '../src/classify/index.js';
import { seededRandom } from '../src/classify/seededRandom.js';
import { loadCodebooks } from '../src/resources/codebooks.js';
import { stokeSections } from '../test/classify/stokeSections.js';
import { pythonWithSklearn } from './lib/python.js';

const n = Number(process.argv[2] ?? 2000);
const textCount = Number(process.argv[3] ?? 10_000);
const { classic, crosswalk } = await loadCodebooks();
const base = trainingExamples(stokeSections(classic), classic, crosswalk);
const random = seededRandom(42);
const variant = (text: string): string => {
  const words = text.split(' ');
  const kept = words.filter(() => random() > 0.2);
  return (kept.length > 0 ? kept : words).join(' ');
};
const examples: TrainingExample[] = Array.from({ length: n }, (_, i) => {
  const example = base[i % base.length]!;
  return i < base.length ? example : { ...example, text: variant(example.text), kind: 'section' as const, file: 'bench' };
});
const textDir = 'test/fixtures/sample/text/';
const sentences = readdirSync(textDir).sort().flatMap((file) => splitSentences(readFileSync(`${textDir}${file}`, 'utf8')));
const texts = Array.from({ length: textCount }, (_, i) => (i < sentences.length ? sentences[i]! : variant(sentences[i % sentences.length]!)));

const result = benchmarkClassifier({ examples, texts, codebook: classic, crosswalk, now: () => performance.now() });
const goldFile = 'test/fixtures/gold/sample-annotations.json';
const gold = parseGold(readFileSync(goldFile, 'utf8'), goldFile);
const model = trainModel(examples, classic);
const report = evaluate(classify(createClassifier([model], crosswalk), gold.map(({ id, text }) => ({ id, text }))), gold);
const ours = {
  ...result,
  textsPerSecond: Math.round(result.textsPerSecond),
  goldStrictMacroF1: report.strict.macroF1,
  goldLenientMacroF1: report.lenient.macroF1,
};
console.log(JSON.stringify({ cpc: ours }, null, 2));

mkdirSync('bench/work', { recursive: true });
const dataFile = 'bench/work/classify-bench.json';
writeFileSync(dataFile, JSON.stringify({
  train: examples.map(({ text, theme }) => ({ text, theme })),
  texts,
  gold: gold.map(({ text, themes }) => ({ text, themes })),
}));
// Debian's python3-sklearn lives under /usr/bin/python3, which a pyenv python3 on PATH would hide
const found = pythonWithSklearn();
const python = 'python' in found ? spawnSync(found.python, ['bench/classify-sklearn.py', dataFile], { encoding: 'utf8' }) : null;
const sklearn = python?.status === 0 ? (JSON.parse(python.stdout) as unknown) : null;
const sklearnMissing = `not run (${'missing' in found ? found.missing : (python?.stderr || python?.error?.message || 'python3 failed').trim().split('\n').pop()})`;
console.log(sklearn === null ? `sklearn reference ${sklearnMissing}` : JSON.stringify({ sklearn }, null, 2));

// The record of this run, with the machine it ran on.
const machine = { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform}-${process.arch}` };
writeFileSync('bench/classify-results.json', `${JSON.stringify({ machine, trainingExamples: n, texts: textCount, cpc: ours, sklearn: sklearn ?? sklearnMissing }, null, 2)}\n`);
console.log('wrote bench/classify-results.json');
