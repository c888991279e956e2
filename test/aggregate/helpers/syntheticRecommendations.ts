/**
 * Deterministic synthetic recommendations for scale tests: Zipf-distributed words from a peer-challenge-like
 * vocabulary, with every tenth text a light rewording of an earlier one (a word swapped), so clusters exist.
 */
const BASE = (
  'develop review strengthen agree ensure continue build improve establish consider invest refresh clarify deliver ' +
  'council strategy plan budget financial medium term narrative vision partners partnership scrutiny governance risk ' +
  'performance management members officers leadership capacity workforce staff culture digital transformation ' +
  'regeneration town centre housing health inequalities climate carbon recycling customer engagement communities ' +
  'locality neighbourhood data insight programme project priorities prioritisation commercial income procurement'
).split(' ');

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticTexts(n: number, seed = 1): string[] {
  const random = mulberry32(seed);
  const vocabulary = [...BASE, ...Array.from({ length: 3000 }, (_, i) => `term${i.toString(36)}x`)];
  const pick = (): string => vocabulary[Math.min(vocabulary.length - 1, Math.floor(vocabulary.length * random() ** 3))]!;
  const texts: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 10 === 9) {
      const source = texts[Math.floor(random() * texts.length)]!.split(' ');
      source[Math.floor(random() * source.length)] = pick();
      texts.push(source.join(' '));
      continue;
    }
    texts.push(Array.from({ length: 8 + Math.floor(random() * 12) }, pick).join(' '));
  }
  return texts;
}
