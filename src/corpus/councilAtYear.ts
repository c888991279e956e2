import type { Register, RegisterEntry } from './register.js';

export interface CouncilChoice {
  readonly entry: RegisterEntry;
  /** Why the choice is uncertain (several candidates, or none valid that year), else null. */
  readonly doubt: string | null;
}

/**
 * The candidate valid in `year` (a code is valid in Y when validFrom <= Y < validTo). When none is, the successor
 * (`replaced_by`, followed) or predecessor valid that year when there is exactly one, else the one `wider` candidate
 * valid that year (e.g. "Dorset" for "Dorset Council" in 2018), else the nearest candidate, all with a doubt.
 * Without a year, the current candidate.
 */
export function councilAtYear(
  candidates: readonly RegisterEntry[],
  register: Register,
  year: number | null,
  wider: readonly RegisterEntry[] = [],
): CouncilChoice | null {
  const first = candidates[0];
  if (first === undefined) return null;
  if (year === null) {
    const current = candidates.filter((c) => c.validTo === null);
    const pick = current[0] ?? latest(candidates);
    const doubt = current.length === 1 ? null : `"${pick.name}" is not one current council and the document's year is unknown; using ${pick.gssCode}`;
    return { entry: pick, doubt };
  }
  const valid = candidates.filter((c) => validIn(c, year));
  if (valid.length === 1) return { entry: valid[0]!, doubt: null };
  if (valid.length > 1) {
    const names = valid.map((c) => `${c.name} (${c.gssCode})`).join(', ');
    return { entry: valid[0]!, doubt: `the name fits ${valid.length} councils in ${year}: ${names}` };
  }
  const related = unique([...candidates.flatMap((c) => successors(c, register, year)), ...candidates.flatMap((c) => predecessors(c, register, year))]);
  const nearest = nearestTo(candidates, year);
  if (related.length === 1) {
    const entry = related[0]!;
    return { entry, doubt: `${nearest.officialName} (${nearest.gssCode}) ${span(nearest)}; using ${entry.officialName} (${entry.gssCode}), valid in ${year}` };
  }
  const widerValid = unique(wider.filter((c) => validIn(c, year)));
  const entry = widerValid.length === 1 ? widerValid[0]! : nearest;
  const using = entry === nearest ? '' : `; using ${entry.officialName} (${entry.gssCode}), valid in ${year}`;
  return { entry, doubt: `${nearest.officialName} (${nearest.gssCode}) ${span(nearest)}, not in ${year}${using}` };
}

function validIn(entry: RegisterEntry, year: number): boolean {
  return (entry.validFrom === null || entry.validFrom <= year) && (entry.validTo === null || year < entry.validTo);
}

function successors(entry: RegisterEntry, register: Register, year: number, depth = 0): RegisterEntry[] {
  if (depth > 4 || entry.validTo === null || year < entry.validTo) return [];
  return entry.replacedBy.flatMap((code) => {
    const next = register.entries.get(code);
    if (next === undefined) return [];
    return validIn(next, year) ? [next] : successors(next, register, year, depth + 1);
  });
}

function predecessors(entry: RegisterEntry, register: Register, year: number): RegisterEntry[] {
  if (entry.validFrom === null || year >= entry.validFrom) return [];
  return [...register.entries.values()].filter((e) => e.replacedBy.includes(entry.gssCode) && validIn(e, year));
}

function span(entry: RegisterEntry): string {
  if (entry.validTo !== null) return `was abolished or re-coded in ${entry.validTo}`;
  return `came into being in ${entry.validFrom ?? 'an unknown year'}`;
}

function nearestTo(candidates: readonly RegisterEntry[], year: number): RegisterEntry {
  const distance = (c: RegisterEntry) => Math.max((c.validFrom ?? -Infinity) - year, year - ((c.validTo ?? Infinity) - 1), 0);
  return [...candidates].sort((a, b) => distance(a) - distance(b))[0]!;
}

function latest(candidates: readonly RegisterEntry[]): RegisterEntry {
  return [...candidates].sort((a, b) => (b.validTo ?? 9999) - (a.validTo ?? 9999))[0]!;
}

function unique(entries: readonly RegisterEntry[]): RegisterEntry[] {
  return [...new Map(entries.map((e) => [e.gssCode, e])).values()];
}
