import { councilKeys } from './councilKey.js';
import type { Register, RegisterEntry } from './register.js';

/**
 * The register entries a name may refer to, each with its validity years: by exact key first, then by core key
 * ("City of X Council" -> "x"), then the one compound name it starts ("Stockton Council" -> Stockton-on-Tees). Several entries come back for re-coded, merged or county-then-unitary names;
 * pick one with `councilAtYear`. Empty when the name is not a council in the register.
 */
export function lookupCouncil(register: Register, name: string): readonly RegisterEntry[] {
  const keys = councilKeys(name);
  const codes = register.byExact.get(keys.exact) ?? register.byCore.get(keys.exact) ?? register.byCore.get(keys.core) ?? compound(register, keys.core);
  return codes.flatMap((code) => {
    const entry = register.entries.get(code);
    return entry === undefined ? [] : [entry];
  });
}

const compounds = new WeakMap<Register, Map<string, readonly string[]>>();

/** The codes of the one register name that is `core` followed by "on/upon/under/le ..." ("stoke" -> "stoke on trent"). */
function compound(register: Register, core: string): readonly string[] {
  if (core === '') return [];
  // every "the Council" of a report asks again: remember the answers (one per distinct core) for the register
  let known = compounds.get(register);
  if (known === undefined) {
    known = new Map();
    compounds.set(register, known);
  }
  let codes = known.get(core);
  if (codes === undefined) {
    codes = scanCompound(register, core);
    known.set(core, codes);
  }
  return codes;
}

function scanCompound(register: Register, core: string): readonly string[] {
  const pattern = new RegExp(`^${core} (?:on|upon|under|le) `);
  const names = [...register.byCore.keys()].filter((key) => pattern.test(key));
  const codes = [...new Set(names.flatMap((name) => register.byCore.get(name) ?? []))];
  const places = new Set(codes.map((code) => register.entries.get(code)?.name));
  return places.size === 1 ? codes : [];
}
