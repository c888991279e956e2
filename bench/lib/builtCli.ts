import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rm, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** A packaged build of cpc outside the checkout (whose dist/ other work may rely on being absent). */
export interface BuiltPackage {
  readonly bin: string;
  readonly buildMs: number;
  /** tsc's complaints when it emitted anyway (type errors elsewhere in src/), else null. */
  readonly typeErrors: string | null;
}

/**
 * Build src/ as `npm run build` does, into `dir`/dist, and lay out the package around it as npm would install it
 * (bin/, dist/, data/, schema/, package.json; node_modules linked; no src/), so `node <dir>/bin/cpc.js` runs the built
 * CLI.
 */
export async function buildPackage(dir: string, cwd: string): Promise<BuiltPackage> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'bin'), { recursive: true });
  const started = performance.now();
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--outDir', join(dir, 'dist')], { cwd, encoding: 'utf8' });
  const buildMs = performance.now() - started;
  if (!existsSync(join(dir, 'dist/cli/main.js'))) throw new Error(`tsc emitted no dist/cli/main.js: ${(tsc.stdout + tsc.stderr).trim().split('\n').slice(0, 3).join(' | ')}`);
  for (const file of await readdir(join(cwd, 'bin'))) await copyFile(join(cwd, 'bin', file), join(dir, 'bin', file));
  await copyFile(join(cwd, 'package.json'), join(dir, 'package.json'));
  for (const linked of ['data', 'schema', 'node_modules']) await symlink(resolve(cwd, linked), join(dir, linked));
  return { bin: join(dir, 'bin/cpc.js'), buildMs, typeErrors: tsc.status === 0 ? null : (tsc.stdout + tsc.stderr).trim().split('\n').slice(0, 5).join('\n') };
}
