import { councilKeys } from './councilKey.js';
import type { Register, RegisterEntry } from './register.js';

/**
 * The register entries a name may refer to, each with its validity years: by exact key first, then by core key
 * ("City of X Council" -> "x"). Several entries come back for re-coded, merged or county-then-unitary names;
 * pick one with `councilAtYear`. Empty when the name is not a council in the register.
 */
export function lookupCouncil(register: Register, name: string): readonly RegisterEntry[] {
  const keys = councilKeys(name);
  const codes = register.byExact.get(keys.exact) ?? register.byCore.get(keys.exact) ?? register.byCore.get(keys.core) ?? [];
  return codes.flatMap((code) => {
    const entry = register.entries.get(code);
    return entry === undefined ? [] : [entry];
  });
}
