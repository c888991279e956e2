import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * The thread's code, plain JavaScript run as it is (`eval`): from the TypeScript sources it registers tsx's loader
 * in the thread first (a thread does not inherit the process's loader, and `--import` cannot be given to one), then
 * imports the module, whose own top-level code does the thread's work.
 */
const WORKER = `
const { workerData } = require('node:worker_threads');
(async () => {
  if (workerData.tsx !== null) (await import(workerData.tsx)).register();
  await import(workerData.module);
})().catch((error) => {
  setImmediate(() => {
    throw error;
  });
});
`;

/**
 * A worker thread running the module `name` beside `from` (an `import.meta.url`): `name.ts` from the sources (under
 * tsx), `name.js` from the build; `resourceLimits` bound its JavaScript heap. A module that fails to load, or
 * throws, ends the thread with an `error` event.
 */
export function moduleThread(from: string, name: string, resourceLimits: ResourceLimits = {}): Worker {
  const { url, fromSource } = siblingModule(from, name);
  const tsx = fromSource ? import.meta.resolve('tsx/esm/api') : null;
  return new Worker(WORKER, { eval: true, workerData: { module: url.href, tsx }, resourceLimits });
}

/**
 * The module `name` beside `from` (an `import.meta.url`), as this code runs: `name.ts` from the TypeScript sources
 * (which then need tsx's loader), `name.js` from the build.
 */
export function siblingModule(from: string, name: string): { readonly url: URL; readonly fromSource: boolean } {
  const fromSource = from.endsWith('.ts');
  return { url: new URL(`./${name}${fromSource ? '.ts' : '.js'}`, from), fromSource };
}
