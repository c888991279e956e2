import { CpcError } from '../errors.js';
import { THEMES } from '../vocabulary.js';
import { CodebookSchema, type Codebook } from './codebook.js';
import { describeIssue } from './describeIssue.js';
import { parseYaml } from './parseYaml.js';

/**
 * Parse and validate a codebook (YAML). Besides the schema, the themes must be exactly the five of the codebook's
 * framework, each once. A failure is a `CpcError('invalid-codebook')` naming the field and the value.
 */
export function parseCodebook(text: string, file: string): Codebook {
  const input = parseYaml(text, file, 'invalid-codebook');
  const parsed = CodebookSchema.safeParse(input);
  if (!parsed.success) throw new CpcError('invalid-codebook', describeIssue(parsed.error, input, file), { file });
  const codebook = parsed.data;
  const expected = THEMES[codebook.framework];
  const seen = new Set<string>();
  codebook.themes.forEach((theme, i) => {
    if (!expected.includes(theme.id)) {
      fail(file, `themes.${i}.id: "${theme.id}" is not a theme of the ${codebook.framework} framework (${expected.join(', ')})`);
    }
    if (seen.has(theme.id)) fail(file, `themes.${i}.id: "${theme.id}" is listed twice`);
    seen.add(theme.id);
  });
  const missing = expected.filter((id) => !seen.has(id));
  if (missing.length > 0) fail(file, `themes: missing ${missing.map((id) => `"${id}"`).join(', ')}`);
  return codebook;
}

function fail(file: string, message: string): never {
  throw new CpcError('invalid-codebook', `${file}: ${message}`, { file });
}
