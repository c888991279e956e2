#!/usr/bin/env node
// Runs the built CLI (dist/) when it is there and no older than the sources; else the TypeScript sources through
// tsx (a clone without a build, or sources edited since the last `npm run build`).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const built = new URL('dist/cli/main.js', root);
const sources = new URL('src/', root);

/** The newest modification time of any file under `dir`. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const args = process.argv.slice(2);
if (existsSync(built) && (!existsSync(sources) || statSync(built).mtimeMs >= newest(sources))) {
  await import(built.href);
} else if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
  // `cpc --help` without a build: the program's help as the test suite checks it (test/cli/help.test.ts), printed
  // without starting tsx (~0.2 s of the 0.3 s budget)
  process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error; // `cpc --help | head`: the reader has gone
  });
  process.stdout.write(readFileSync(new URL('bin/help.txt', root), 'utf8'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('src/cli/main.ts', root).href);
}
