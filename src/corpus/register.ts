import { z } from 'zod';
import { csvError, readCsvRows } from '../csv.js';
import { councilKeys } from './councilKey.js';

/** One GSS code of a UK principal council, as in `data/reference/uk-councils.csv`. */
export interface RegisterEntry {
  readonly gssCode: string;
  /** ONS name for the code, e.g. "Bristol, City of". */
  readonly name: string;
  /** The council's own name, e.g. "Bristol City Council". */
  readonly officialName: string;
  readonly authorityType: string;
  readonly region: string;
  readonly country: string;
  readonly parentCode: string | null;
  /** First year the code is valid (from 1 April), null when before 2009. */
  readonly validFrom: number | null;
  /** Year the code was retired (on 1 April), null when current. Valid in Y when validFrom <= Y < validTo. */
  readonly validTo: number | null;
  readonly replacedBy: readonly string[];
}

/** The register of councils with lookups by normalised name (see `councilKeys`). */
export interface Register {
  readonly entries: ReadonlyMap<string, RegisterEntry>;
  /** Exact key of every alias, ONS and official name -> GSS codes. */
  readonly byExact: ReadonlyMap<string, readonly string[]>;
  /** Core key (council-type words dropped) -> GSS codes. */
  readonly byCore: ReadonlyMap<string, readonly string[]>;
}

const GSS = /^[ENSW]\d{8}$/;
const AUTHORITY_TYPES = [
  'county',
  'unitary',
  'metropolitan district',
  'London borough',
  'shire district',
  'Welsh principal area',
  'Scottish council area',
  'NI district',
] as const;
const year = z.union([z.literal('').transform(() => null), z.string().regex(/^\d{4}$/).transform(Number)]);

const CouncilRow = z.object({
  gss_code: z.string().regex(GSS),
  name: z.string().min(1),
  authority_type: z.enum(AUTHORITY_TYPES),
  region: z.string().min(1),
  country: z.enum(['England', 'Wales', 'Scotland', 'Northern Ireland']),
  parent_code: z.union([z.literal(''), z.string().regex(GSS)]),
  valid_from: year,
  valid_to: year,
  official_name: z.string().min(1),
  replaced_by: z.string().regex(/^(?:[ENSW]\d{8}(?:;[ENSW]\d{8})*)?$/),
});

const COUNCILS = 'uk-councils.csv';
const ALIASES = 'uk-council-aliases.csv';

const AliasRow = z.object({ alias: z.string().min(1), gss_code: z.string().regex(GSS), source: z.string().min(1) });

/** Parse the councils and aliases CSV files into a register; a bad row throws `invalid-input` naming its line and column. */
export function parseRegister(councilsCsv: string, aliasesCsv: string): Register {
  const entries = new Map<string, RegisterEntry>();
  for (const { line, row: r } of readCsvRows(councilsCsv, COUNCILS, CouncilRow, Object.keys(CouncilRow.shape))) {
    if (entries.has(r.gss_code)) throw csvError(COUNCILS, line, `gss_code ("${r.gss_code}"): a duplicate`);
    if (r.valid_from !== null && r.valid_to !== null && r.valid_to <= r.valid_from) {
      throw csvError(COUNCILS, line, `valid_to (${r.valid_to}): is not after valid_from ${r.valid_from}`);
    }
    entries.set(r.gss_code, {
      gssCode: r.gss_code,
      name: r.name,
      officialName: r.official_name,
      authorityType: r.authority_type,
      region: r.region,
      country: r.country,
      parentCode: r.parent_code === '' ? null : r.parent_code,
      validFrom: r.valid_from,
      validTo: r.valid_to,
      replacedBy: r.replaced_by === '' ? [] : r.replaced_by.split(';'),
    });
  }
  const names: [string, string][] = [];
  for (const entry of entries.values()) names.push([entry.name, entry.gssCode], [entry.officialName, entry.gssCode]);
  for (const { line, row: r } of readCsvRows(aliasesCsv, ALIASES, AliasRow, Object.keys(AliasRow.shape))) {
    if (!entries.has(r.gss_code)) throw csvError(ALIASES, line, `gss_code ("${r.gss_code}"): is not in ${COUNCILS}`);
    names.push([r.alias, r.gss_code]);
  }
  const byExact = new Map<string, string[]>();
  const byCore = new Map<string, string[]>();
  for (const [name, code] of names) {
    const keys = councilKeys(name);
    add(byExact, keys.exact, code);
    add(byCore, keys.core, code);
  }
  return { entries, byExact, byCore };
}

function add(map: Map<string, string[]>, key: string, code: string): void {
  if (key === '') return;
  const codes = map.get(key);
  if (codes === undefined) map.set(key, [code]);
  else if (!codes.includes(code)) codes.push(code);
}
