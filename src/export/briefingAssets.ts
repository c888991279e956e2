import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CpcError } from '../errors.js';
import { readTextFile } from '../readTextFile.js';
import type { BriefingScripts } from './briefingTypes.js';

/** Package entry point, and the minified browser build beside it. */
const BUILDS = [
  ['vega', 'vega.min.js'],
  ['vega-lite', 'vega-lite.min.js'],
  ['vega-embed', 'vega-embed.min.js'],
] as const;

/**
 * Read the minified browser builds of vega, vega-lite and vega-embed from node_modules, for the briefing page to
 * inline. The packages export no paths to their builds, so each is found beside its resolved entry point.
 */
export async function loadBriefingAssets(): Promise<BriefingScripts> {
  const require = createRequire(import.meta.url);
  const [vega, vegaLite, vegaEmbed] = await Promise.all(
    BUILDS.map(async ([name, build]) => {
      let file: string;
      try {
        file = join(dirname(require.resolve(name)), build);
      } catch (error) {
        throw new CpcError('file-not-found', `the interactive briefing needs the ${name} package; it is not installed`, { cause: error });
      }
      return readTextFile(file, { what: `the ${name} build` });
    }),
  );
  if (vega === undefined || vegaLite === undefined || vegaEmbed === undefined) throw new CpcError('file-not-found', 'vega builds missing');
  return { vega, vegaLite, vegaEmbed };
}
