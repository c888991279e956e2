import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRegister, type Register } from '../corpus/register.js';
import { readTextFile } from '../readTextFile.js';

/** The package's own `data/reference` folder, found from this module's location (not the working directory). */
const PACKAGE_REFERENCE = fileURLToPath(new URL('../../data/reference/', import.meta.url));

/** Read and parse `uk-councils.csv` and `uk-council-aliases.csv` from `dir` (default: the package's reference data). */
export async function loadRegister(dir: string = PACKAGE_REFERENCE): Promise<Register> {
  const [councils, aliases] = await Promise.all(['uk-councils.csv', 'uk-council-aliases.csv'].map((name) => readTextFile(join(dir, name), { what: 'the council register' })));
  return parseRegister(councils!, aliases!);
}

