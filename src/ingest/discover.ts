import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CpcError, systemReason, warning, type Warning } from '../errors.js';
import { byCodeUnit } from '../order.js';
import { EXTENSIONS } from './detect.js';
import { kindOf } from './fileBytes.js';

/** A folder's own notes about its documents, never documents themselves (a named file is still read). */
const NOTES = /^(?:readme|sources|licen[cs]e|changelog)\.(?:md|txt)$/i;

/** How `discoverFiles` walks folders. */
export interface DiscoverOptions {
  /** Follow symbolic links that lead outside the paths given (default: report them as `skipped-file`, unread). */
  readonly followLinks?: boolean;
  /** Folders never walked into nor matched by a glob: the output folder, the cache (absolute paths). */
  readonly exclude?: readonly string[];
}

/** Input files found from the user's paths. */
export interface Discovered {
  /** Absolute paths with `/` separators, sorted, each file once. */
  readonly files: string[];
  readonly warnings: Warning[];
  /** Inputs that name nothing (`file-not-found`) or cannot be listed (`unreadable`). */
  readonly errors: CpcError[];
}

/**
 * Files, folders and globs -> the document files to read. A named file is taken as it is (an unsupported one fails
 * later with its own error); folders are walked recursively and globs expanded, keeping supported extensions only
 * (`manifest.csv`, hidden files and README/SOURCES/LICENSE notes quietly, anything else with a `skipped-file` warning). Folders are followed by
 * their real path, so a symlink back into an ancestor is reported as a `symlink-loop` and not entered, and a file
 * reached twice is listed once. What a walk never takes, each with a `skipped-file` warning: pipes, sockets and
 * devices; symbolic links leading outside the paths given (unless `followLinks`); the `exclude`d folders and any
 * folder holding a cpc run's outputs (`run.json` beside `corpus.jsonl`), so a run inside its own documents'
 * folder never reads its briefing back as a document.
 */
export async function discoverFiles(inputs: string[], cwd: string, options: DiscoverOptions = {}): Promise<Discovered> {
  const found = new Map<string, string>();
  const warnings: Warning[] = [];
  const errors: CpcError[] = [];
  const shown = (path: string) => display(path, cwd);
  // `known`: the file's real path when the caller has it (a folder's real path and a name that is no link)
  const add = async (path: string, known?: string) => {
    const real = known ?? (await realpath(path).catch(() => path));
    const current = found.get(real);
    if (current === undefined || path < current) found.set(real, path);
  };
  const keepOrSkip = async (path: string, real?: string) => {
    const name = path.split(sep).pop() ?? '';
    if (NOTES.test(name)) return;
    if (EXTENSIONS[extname(name).toLowerCase()] !== undefined) await add(path, real);
    else if (name.toLowerCase() !== 'manifest.csv' && !name.startsWith('.')) {
      warnings.push(warning('skipped-file', 'not a format cpc reads', shown(path)));
    }
  };

  const excluded = await Promise.all((options.exclude ?? []).map((dir) => realpath(dir).catch(() => resolve(dir))));
  const isExcluded = (real: string) => excluded.some((dir) => within(real, dir));
  // what "inside the paths given" means: under one of the named folders or files (globs: their working directory)
  const roots = await Promise.all(inputs.map((input) => realpath(resolve(cwd, input)).catch(() => resolve(cwd))));
  const allowed = (real: string) => options.followLinks === true || roots.some((root) => within(real, root));
  const context: WalkContext = { keepOrSkip, warnings, errors, shown, allowed, isExcluded };

  for (const input of inputs) {
    const absolute = resolve(cwd, input);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (!(info instanceof Error)) {
      if (info.isDirectory()) await walk(absolute, new Set(), context);
      else await add(absolute);
      continue;
    }
    if (isDynamicPattern(input)) {
      const matches = await glob(input, { cwd, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: false });
      if (matches.length === 0) errors.push(new CpcError('file-not-found', `no files match ${input}`, { file: input }));
      for (const match of matches) {
        const real = await realpath(match).catch(() => match);
        if (isExcluded(real)) continue;
        if (!allowed(real)) warnings.push(warning('skipped-file', LINK_OUTSIDE, shown(resolve(match))));
        else await keepOrSkip(resolve(match));
      }
      continue;
    }
    const code = info.code === 'ENOENT' || info.code === 'ENOTDIR' ? 'file-not-found' : 'unreadable';
    errors.push(new CpcError(code, code === 'file-not-found' ? `${input}: no such file or folder` : `${input}: ${info.message}`, { file: input, cause: info }));
  }
  const files = [...found.values()].map((path) => path.split(sep).join('/')).sort(byCodeUnit);
  return { files, warnings, errors };
}

interface WalkContext {
  /** `real`: the file's real path, when known (else found by `realpath`: one call a file, a few thousand in a corpus). */
  readonly keepOrSkip: (path: string, real?: string) => Promise<void>;
  readonly warnings: Warning[];
  readonly errors: CpcError[];
  readonly shown: (path: string) => string;
  /** Whether a real path may be read: inside the paths given, or links may be followed. */
  readonly allowed: (real: string) => boolean;
  /** Whether a real path is in an excluded folder (output, cache). */
  readonly isExcluded: (real: string) => boolean;
}

const LINK_OUTSIDE = 'a symbolic link leading outside the paths given; not followed';

/** Whether `path` is `folder` or inside it (both absolute). */
function within(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** A folder holding a cpc run's outputs. */
function isOutputFolder(entries: readonly Dirent[]): boolean {
  const names = new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
  return names.has('run.json') && names.has('corpus.jsonl');
}

/** Walk a folder; `ancestors` holds the real paths of the folders above, to notice a link back into one of them. */
async function walk(folder: string, ancestors: ReadonlySet<string>, context: WalkContext): Promise<void> {
  const real = await realpath(folder).catch(() => folder);
  if (ancestors.has(real)) {
    context.warnings.push(warning('symlink-loop', `links back to ${context.shown(real)}; not followed`, context.shown(folder)));
    return;
  }
  if (context.isExcluded(real)) return;
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (cause) {
    context.errors.push(new CpcError('unreadable', `${context.shown(folder)}: cannot list the folder (${systemReason(cause)})`, { file: context.shown(folder), cause }));
    return;
  }
  if (isOutputFolder(entries)) {
    context.warnings.push(warning('skipped-file', 'holds the outputs of a cpc run (run.json, corpus.jsonl); not read', context.shown(folder)));
    return;
  }
  const inside = new Set(ancestors).add(real);
  entries.sort((a, b) => byCodeUnit(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      const targetReal = await realpath(path).catch(() => path);
      if (target === null) context.warnings.push(warning('skipped-file', 'broken symbolic link', context.shown(path)));
      else if (context.isExcluded(targetReal)) continue;
      else if (!context.allowed(targetReal)) context.warnings.push(warning('skipped-file', LINK_OUTSIDE, context.shown(path)));
      else if (target.isDirectory()) await walk(path, inside, context);
      else if (target.isFile()) await context.keepOrSkip(path, targetReal);
      else context.warnings.push(warning('skipped-file', `links to ${kindOf(target)}, not a regular file; not read`, context.shown(path)));
    } else if (entry.isDirectory()) {
      await walk(path, inside, context);
    } else if (entry.isFile()) {
      // not a link: its real path is its folder's and its name
      await context.keepOrSkip(path, join(real, entry.name));
    } else {
      context.warnings.push(warning('skipped-file', `${kindOf(entry)}, not a regular file; not read`, context.shown(path)));
    }
  }
}

/** A path as shown in messages: relative to the working directory when inside it, with `/` separators. */
function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const shown = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  return shown.split(sep).join('/');
}
