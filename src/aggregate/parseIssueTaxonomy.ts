import { describeIssue } from '../classify/describeIssue.js';
import { parseYaml } from '../classify/parseYaml.js';
import { CpcError } from '../errors.js';
import { IssueTaxonomySchema, type IssueTaxonomy } from './issueTaxonomy.js';

/**
 * Parse and validate the recurring-issue taxonomy (YAML). Besides the schema, issue ids must be unique and no
 * phrase may be listed under two issues. A failure is a `CpcError('invalid-codebook')` naming the field and value.
 */
export function parseIssueTaxonomy(text: string, file: string): IssueTaxonomy {
  const input = parseYaml(text, file, 'invalid-codebook');
  const parsed = IssueTaxonomySchema.safeParse(input);
  if (!parsed.success) throw new CpcError('invalid-codebook', describeIssue(parsed.error, input, file), { file });
  const taxonomy = parsed.data;
  const ids = new Set<string>();
  const phrases = new Map<string, string>();
  taxonomy.issues.forEach((issue, i) => {
    if (ids.has(issue.id)) fail(file, `issues.${i}.id: "${issue.id}" is listed twice`);
    ids.add(issue.id);
    issue.phrases.forEach((phrase, j) => {
      const key = phrase.toLowerCase().replace(/[’]/g, "'").replace(/[\s-]+/g, ' ').trim();
      const owner = phrases.get(key);
      if (owner !== undefined) fail(file, `issues.${i}.phrases.${j}: "${phrase}" is already a phrase of "${owner}"`);
      phrases.set(key, issue.id);
    });
  });
  return taxonomy;
}

function fail(file: string, message: string): never {
  throw new CpcError('invalid-codebook', `${file}: ${message}`, { file });
}
