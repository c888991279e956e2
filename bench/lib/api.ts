import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** cpc's public API (src/index.ts), as the benchmark calls it. */
export type Cpc = typeof import('../../src/index.js');

/** The API the in-process stages use: the built package's (what `import 'cpc'` gives) when built, else the sources. */
export interface LoadedApi {
  readonly api: Cpc;
  readonly source: 'dist' | 'src';
}

export async function loadApi(packageDir: string | null): Promise<LoadedApi> {
  if (packageDir === null) return { api: await import('../../src/index.js'), source: 'src' };
  return { api: (await import(pathToFileURL(resolve(packageDir, 'dist/index.js')).href)) as Cpc, source: 'dist' };
}
