import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';

/** A council that can stand in for a template's own: current (no end date) and in England, as the LGA's are. */
export interface TargetCouncil {
  readonly gssCode: string;
  readonly name: string;
  readonly officialName: string;
  readonly authorityType: string;
}

interface RegisterRow {
  readonly gss_code: string;
  readonly name: string;
  readonly authority_type: string;
  readonly country: string;
  readonly valid_from: string;
  readonly valid_to: string;
  readonly official_name: string;
}

/** English councils of the register valid throughout (no start or end date), in register order. */
export async function loadTargetCouncils(file = 'data/reference/uk-councils.csv'): Promise<TargetCouncil[]> {
  const rows = parse(await readFile(file, 'utf8'), { columns: true, skip_empty_lines: true }) as RegisterRow[];
  return rows
    .filter((r) => r.country === 'England' && r.valid_from === '' && r.valid_to === '' && r.official_name !== '')
    .map((r) => ({ gssCode: r.gss_code, name: r.name, officialName: r.official_name, authorityType: r.authority_type }));
}

/** Councils of `authorityType` whose name the template never mentions (so a peer's employer is never the subject). */
export function candidatesFor(councils: readonly TargetCouncil[], authorityType: string, templateText: string): TargetCouncil[] {
  return councils.filter((c) => c.authorityType === authorityType && !templateText.includes(c.name));
}

/** A file-name slug: lower case, words joined by hyphens. */
export function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
