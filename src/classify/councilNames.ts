import { lookupCouncil } from '../corpus/lookupCouncil.js';
import type { Register } from '../corpus/register.js';
import { memoised } from '../memo.js';
import type { NameTest } from './types.js';

const nameTests = new WeakMap<Register, NameTest>();

/**
 * A council in the register ("Sunderland City Council", "Stockport"): a name that training groups sentences across.
 * One test (and one memo of its answers) per register, shared by sampling and training.
 */
export function councilNameTest(register: Register): NameTest {
  let test = nameTests.get(register);
  if (test === undefined) nameTests.set(register, (test = memoised((run) => lookupCouncil(register, run).length > 0)));
  return test;
}
