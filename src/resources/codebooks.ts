import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Codebook, Crosswalk } from '../classify/codebook.js';
import { parseCodebook } from '../classify/parseCodebook.js';
import { parseCrosswalk } from '../classify/parseCrosswalk.js';
import { CpcError } from '../errors.js';
import { readTextFile } from '../readTextFile.js';

/** The package's own `data/codebooks` folder, found from this module's location (not the working directory). */
const PACKAGE_CODEBOOKS = fileURLToPath(new URL('../../data/codebooks/', import.meta.url));

/** Both frameworks' codebooks and the crosswalk between them. */
export interface Codebooks {
  readonly classic: Codebook;
  readonly current: Codebook;
  readonly crosswalk: Crosswalk;
}

/**
 * Read and validate `classic.yaml`, `current.yaml` and `crosswalk.yaml` from `dir` (default: the package's
 * codebooks). A codebook filed under the wrong name (a current codebook in classic.yaml) is an invalid codebook.
 */
export async function loadCodebooks(dir: string = PACKAGE_CODEBOOKS): Promise<Codebooks> {
  const files = ['classic.yaml', 'current.yaml', 'crosswalk.yaml'].map((name) => join(dir, name));
  const [classicText, currentText, crosswalkText] = await Promise.all(files.map((file) => readTextFile(file, { what: 'the codebook' })));
  const classic = parseCodebook(classicText!, files[0]!);
  const current = parseCodebook(currentText!, files[1]!);
  for (const [codebook, file, framework] of [[classic, files[0]!, 'classic'], [current, files[1]!, 'current']] as const) {
    if (codebook.framework !== framework) {
      throw new CpcError('invalid-codebook', `${file}: framework: expected "${framework}" (got "${codebook.framework}")`, { file });
    }
  }
  return { classic, current, crosswalk: parseCrosswalk(crosswalkText!, files[2]!) };
}

