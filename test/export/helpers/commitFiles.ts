import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The outputs of an earlier run, and of the run being committed (one file more, one in a sub-folder). */
export const OLD_FILES: Readonly<Record<string, string>> = { 'a.csv': 'old a\n', 'b.csv': 'old b\n', 'charts/c.svg': '<svg>old</svg>\n' };
export const NEW_FILES: Readonly<Record<string, string>> = { 'a.csv': 'new a\n', 'b.csv': 'new b\n', 'charts/c.svg': '<svg>new</svg>\n', 'd.csv': 'new d\n' };

export function writeFiles(dir: string, files: Readonly<Record<string, string>>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}

/** Every file under `dir` (hidden ones included) -> its content. */
export function filesIn(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const path = join(prefix, name);
    if (statSync(join(dir, path)).isDirectory()) Object.assign(out, filesIn(dir, path));
    else out[path] = readFileSync(join(dir, path), 'utf8');
  }
  return out;
}
