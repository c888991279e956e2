import type { Io } from './io.js';
import type { Warning } from '../errors.js';
import type { FileFailure, IngestResult } from '../pipeline/ingestCorpus.js';
import type { DocumentSummary } from '../corpus/schema.js';
import { escapeForTerminal, oneLine } from './terminal.js';

/** One line per warning on stderr: `warning [code] file: message`, the name escaped and the message on one line. */
export function reportWarnings(io: Io, warnings: readonly Warning[]): void {
  for (const w of warnings) io.stderr(`warning [${w.code}] ${escapeForTerminal(w.file ?? '')}: ${oneLine(w.message)}\n`);
}

/** One line per failed file on stderr: `error [code] file: message`, the name escaped and the message on one line. */
export function reportFailures(io: Io, failures: readonly FileFailure[]): void {
  for (const failure of failures) {
    // Messages name their file for callers of the library; say it once here.
    const message = failure.message.startsWith(`${failure.file}: `) ? failure.message.slice(failure.file.length + 2) : failure.message;
    io.stderr(`error [${failure.code}] ${escapeForTerminal(failure.file)}: ${oneLine(message)}\n`);
  }
}

/**
 * One line per failed file and per warning on stderr (names escaped, messages folded onto one line: see `oneLine`), then the summary "N files: ok / warned / failed". A file
 * dropped as a duplicate of another counts as warned. Returns the number of failed files.
 */
export function reportBatch(io: Io, result: IngestResult<DocumentSummary>, written: string | null): number {
  reportFailures(io, result.failures);
  reportWarnings(io, result.warnings);
  let warned = 0;
  for (const document of result.documents) {
    if (document.warnings.length > 0) warned++;
    for (const w of document.warnings) io.stderr(`warning [${w.code}] ${escapeForTerminal(document.file)}: ${oneLine(w.message)}\n`);
  }
  const ok = result.documents.length - warned;
  const duplicates = result.warnings.filter((w) => w.code === 'duplicate-document').length;
  const total = result.documents.length + duplicates + result.failures.length;
  const duplicateNote = duplicates === 0 ? '' : ` (${duplicates} duplicate${duplicates === 1 ? '' : 's'})`;
  io.stderr(`${total} file${total === 1 ? '' : 's'}: ${ok} ok, ${warned + duplicates} warned${duplicateNote}, ${result.failures.length} failed${written === null ? '' : ` -> ${escapeForTerminal(written)}`}\n`);
  return result.failures.length;
}
