import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { onCi } from './ci.js';

/**
 * The official REFI-QDA project schema, read from `../shared/refi-qda/` beside the clone (never copied into the
 * repository), and Debian's xmllint to validate against it. A clone without them skips that check with a note;
 * CI has both, so there a missing one fails.
 */
export const PROJECT_XSD = new URL('../../../shared/refi-qda/Project-mrt2019.xsd', import.meta.url).pathname;

/** Why schema validation cannot run here, or null when it can. */
export function schemaCheckUnavailable(): string | null {
  const missing = !existsSync(PROJECT_XSD)
    ? `the REFI-QDA schema is not at ${PROJECT_XSD} (a clone without ../shared)`
    : spawnSync('xmllint', ['--version']).error !== undefined
      ? 'xmllint is not installed (Debian: libxml2-utils)'
      : null;
  if (missing !== null && onCi) throw new Error(`CI must validate against the REFI-QDA schema, but ${missing}`);
  if (missing !== null) console.warn(`note: skipping REFI-QDA schema validation: ${missing}`);
  return missing;
}

/** Validate an XML file against an XSD with xmllint; throws with xmllint's message when invalid. */
export function validateXml(file: string, xsd: string = PROJECT_XSD): void {
  execFileSync('xmllint', ['--noout', '--schema', xsd, file], { stdio: 'pipe' });
}
