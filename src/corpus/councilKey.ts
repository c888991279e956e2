/**
 * Council names -> lookup keys. The `exact` key folds case, accents, punctuation, "&"/"and" and "St."/"Saint";
 * the `core` key also drops the words that say what kind of council it is ("City of X Council", "X Borough
 * Council", "London Borough of X", "X MBC"), so that "City of Stoke-on-Trent Council" and "Stoke-on-Trent" meet.
 */

const PREFIXES = [
  'council of the city of',
  'city and county of',
  'royal borough of',
  'london borough of',
  'metropolitan borough of',
  'county borough of',
  'borough of',
  'city of',
  'county of',
  'county',
];

const SUFFIXES = [
  'metropolitan borough council',
  'metropolitan district council',
  'county borough council',
  'city and district council',
  'borough council',
  'district council',
  'county council',
  'city council',
  'council',
  'corporation',
  'london borough',
  'london boro',
  'metropolitan district',
  'metropolitan borough',
  'city of',
  'county of',
  'district',
  'borough',
  'city',
  'mbc',
  'bc',
  'dc',
  'cc',
  'ua',
];

export interface CouncilKeys {
  readonly exact: string;
  readonly core: string;
}

/** The exact and core lookup keys of a council name. */
export function councilKeys(name: string): CouncilKeys {
  const exact = exactKey(name);
  return { exact, core: coreOf(exact) };
}

/** The exact lookup key alone (case, accents, punctuation, "&" and "Saint" folded), for scans that need no core. */
export function exactKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/\bsaint\b/g, 'st')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

function coreOf(exact: string): string {
  let core = exact;
  for (let changed = true; changed; ) {
    changed = false;
    for (const prefix of PREFIXES) {
      if (core.startsWith(`${prefix} `)) {
        core = core.slice(prefix.length + 1);
        changed = true;
      }
    }
    for (const suffix of SUFFIXES) {
      if (core.endsWith(` ${suffix}`)) {
        core = core.slice(0, -suffix.length - 1);
        changed = true;
      }
    }
  }
  return core.length > 0 ? core : exact;
}
