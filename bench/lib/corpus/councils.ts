import { readFile } from 'node:fs/promises';
import { readCsv } from '../../../src/csv.js';

/** A council that can stand in for a template's own: current (no end date) and in England, as the LGA's are. */
export interface TargetCouncil {
  readonly gssCode: string;
  readonly name: string;
  readonly officialName: string;
  readonly authorityType: string;
}

/** English councils of the register valid throughout (no start or end date), in register order. */
export async function loadTargetCouncils(file = 'data/reference/uk-councils.csv'): Promise<TargetCouncil[]> {
  return readCsv(await readFile(file, 'utf8'), file)
    .map(({ values }) => values)
    .filter((r) => r.country === 'England' && r.valid_from === '' && r.valid_to === '' && r.official_name !== '')
    .map((r) => ({ gssCode: r.gss_code ?? '', name: r.name ?? '', officialName: r.official_name ?? '', authorityType: r.authority_type ?? '' }));
}

/** Councils of `authorityType` whose name the template never mentions (so a peer's employer is never the subject). */
export function candidatesFor(councils: readonly TargetCouncil[], authorityType: string, templateText: string): TargetCouncil[] {
  return councils.filter((c) => c.authorityType === authorityType && !templateText.includes(c.name));
}

/** A file-name slug: lower case, words joined by hyphens. */
export function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
