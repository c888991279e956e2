import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CpcError } from '../errors.js';
import { parseRegister, type Register } from '../corpus/register.js';

/** The package's own `data/reference` folder, found from this module's location (not the working directory). */
const PACKAGE_REFERENCE = fileURLToPath(new URL('../../data/reference/', import.meta.url));

/** Read and parse `uk-councils.csv` and `uk-council-aliases.csv` from `dir` (default: the package's reference data). */
export async function loadRegister(dir: string = PACKAGE_REFERENCE): Promise<Register> {
  const [councils, aliases] = await Promise.all([read(join(dir, 'uk-councils.csv')), read(join(dir, 'uk-council-aliases.csv'))]);
  return parseRegister(councils, aliases);
}

async function read(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'file-not-found' : 'unreadable';
    throw new CpcError(code, `cannot read the council register ${file}`, { file, cause });
  }
}
