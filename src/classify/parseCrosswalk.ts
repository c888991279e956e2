import { CpcError } from '../errors.js';
import { CLASSIC_THEMES, CURRENT_THEMES } from '../vocabulary.js';
import { CrosswalkSchema, type Crosswalk } from './codebook.js';
import { describeIssue } from './describeIssue.js';
import { parseYaml } from './parseYaml.js';

/**
 * Parse and validate the classic <-> current crosswalk (YAML). Besides the schema: every theme of both frameworks
 * is mapped, no pair is listed twice, and each classic theme's weights sum to 1 (within 0.001).
 * A failure is a `CpcError('invalid-codebook')` naming the field and the value.
 */
export function parseCrosswalk(text: string, file: string): Crosswalk {
  const input = parseYaml(text, file, 'invalid-codebook');
  const parsed = CrosswalkSchema.safeParse(input);
  if (!parsed.success) throw new CpcError('invalid-codebook', describeIssue(parsed.error, input, file), { file });
  const crosswalk = parsed.data;
  const pairs = new Set<string>();
  crosswalk.mappings.forEach((m, i) => {
    const pair = `${m.classic} -> ${m.current}`;
    if (pairs.has(pair)) fail(file, `mappings.${i}: "${pair}" is listed twice`);
    pairs.add(pair);
  });
  for (const theme of CLASSIC_THEMES) {
    const total = crosswalk.mappings.filter((m) => m.classic === theme).reduce((sum, m) => sum + m.weight, 0);
    if (total === 0) fail(file, `mappings: classic theme "${theme}" is not mapped`);
    if (Math.abs(total - 1) > 0.001) fail(file, `mappings: the weights of classic theme "${theme}" sum to ${total}, not 1`);
  }
  for (const theme of CURRENT_THEMES) {
    if (!crosswalk.mappings.some((m) => m.current === theme)) fail(file, `mappings: current theme "${theme}" is not mapped`);
  }
  return crosswalk;
}

function fail(file: string, message: string): never {
  throw new CpcError('invalid-codebook', `${file}: ${message}`, { file });
}
