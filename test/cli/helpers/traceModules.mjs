// Preload (`node --import`) that lists every module the process loads into the file named by CPC_TRACE_MODULES:
// ES modules as they are resolved (a loader hook), CommonJS ones from the require cache at exit.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import process from 'node:process';

const file = process.env.CPC_TRACE_MODULES;
if (file !== undefined) {
  const hook = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(${JSON.stringify(file)}, resolved.url + '\\n');
  return resolved;
}`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
  const cache = createRequire(import.meta.url).cache;
  process.on('exit', () => appendFileSync(file, `${Object.keys(cache).join('\n')}\n`));
}
