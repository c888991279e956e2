import { rmSync } from 'node:fs';

/** The folders of the corpus spools (see `CorpusSpool`) not closed yet; light to load, for the CLI's signal handler. */
export const openSpools = new Set<string>();

/** Remove every spool still open (for a signal handler: the run will not close them). */
export function abandonSpools(): void {
  for (const dir of openSpools) rmSync(dir, { recursive: true, force: true });
  openSpools.clear();
}
