import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

type Public = typeof import('../../src/index.js');

/**
 * What the benchmark calls: cpc's public API (src/index.ts) and, for timing single stages, a few stage modules
 * beside it (the benchmark measures parts a notebook never calls alone).
 */
export type Cpc = Public & {
  readonly classifyStage: typeof import('../../src/classify/index.js');
  readonly exportStage: typeof import('../../src/export/index.js');
  readonly corpus: typeof import('../../src/corpus/index.js');
  readonly ingestStage: typeof import('../../src/ingest/index.js');
  readonly councilNameTest: typeof import('../../src/classify/councilNames.js').councilNameTest;
  readonly writeCharts: typeof import('../../src/pipeline/charts.js').writeCharts;
  readonly SAMPLE_GOLD: string;
};

/** The API the in-process stages use: the built package's (what `import 'cpc'` gives) when built, else the sources. */
export interface LoadedApi {
  readonly api: Cpc;
  readonly source: 'dist' | 'src';
}

export async function loadApi(packageDir: string | null): Promise<LoadedApi> {
  const root = packageDir === null ? new URL('../../src/', import.meta.url).href : pathToFileURL(`${resolve(packageDir, 'dist')}/`).href;
  const load = (path: string) => import(new URL(path, root).href);
  const api = (await load('index.js')) as Public;
  // where the test is, or in a build before it moved out of pipeline/analyse.js
  const names = (await load('classify/councilNames.js').catch(() => load('pipeline/analyse.js'))) as typeof import('../../src/classify/councilNames.js');
  const sample = (await load('resources/sample.js')) as typeof import('../../src/resources/sample.js');
  const charts = (await load('pipeline/charts.js')) as typeof import('../../src/pipeline/charts.js');
  return {
    api: {
      ...api,
      classifyStage: await load('classify/index.js'),
      exportStage: await load('export/index.js'),
      corpus: await load('corpus/index.js'),
      ingestStage: await load('ingest/index.js'),
      councilNameTest: names.councilNameTest,
      writeCharts: charts.writeCharts,
      SAMPLE_GOLD: sample.SAMPLE_GOLD,
    },
    source: packageDir === null ? 'src' : 'dist',
  };
}
