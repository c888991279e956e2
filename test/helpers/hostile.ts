import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { declareSize, docxOf, documentXml } from '../ingest/helpers/docx.js';

/** The committed hostile fixtures (`test/fixtures/hostile/README.md` describes each). */
export const HOSTILE_FIXTURES = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));
export const REPO = fileURLToPath(new URL('../../', import.meta.url));

export type Outcome = 'ok' | 'warned' | 'failed';

/** What a batch run must say about one file. */
export interface HostileCase {
  readonly file: string;
  readonly outcome: Outcome;
  /** The error or warning code the file must be reported with. */
  readonly code?: string;
  /** The council the document must be given. */
  readonly gss?: string;
}

/** The committed files. `payloads (copy).txt` sorts first, so the copy is kept and `payloads.txt` is the duplicate. */
export const COMMITTED_CASES: readonly HostileCase[] = [
  { file: 'empty.txt', outcome: 'failed', code: 'empty-file' },
  { file: 'zero-byte.pdf', outcome: 'failed', code: 'empty-file' },
  { file: 'truncated.pdf', outcome: 'failed', code: 'pdf-corrupt' },
  { file: 'encrypted.pdf', outcome: 'failed', code: 'pdf-encrypted' },
  { file: 'scanned.pdf', outcome: 'warned', code: 'no-text-layer' },
  { file: 'error-page-saved-as.pdf', outcome: 'failed', code: 'format-mismatch' },
  { file: 'not-a-zip.docx', outcome: 'failed', code: 'docx-corrupt' },
  { file: 'windows-1252.txt', outcome: 'warned', code: 'encoding-fallback', gss: 'E07000146' },
  { file: 'utf-16.txt', outcome: 'ok', gss: 'E07000195' },
  { file: 'scripts.html', outcome: 'ok', gss: 'E07000171' },
  { file: 'payloads (copy).txt', outcome: 'ok', gss: 'E07000203' },
  { file: 'payloads.txt', outcome: 'warned', code: 'duplicate-document' },
];

/** A file name that is itself an HTML payload: it reaches the briefing's source links and the CSV's file column. */
export const HTML_NAMED = '"><img src=x onerror="window.__cpcPwned=3">.txt';

/** Files made at test time: too big to commit, or a file-system state git cannot hold. */
export const GENERATED_CASES: readonly HostileCase[] = [
  { file: 'large.txt', outcome: 'failed', code: 'too-large' },
  { file: 'bomb-declared.docx', outcome: 'failed', code: 'archive-too-large' },
  { file: 'bomb-inflating.docx', outcome: 'failed', code: 'docx-corrupt' },
  { file: HTML_NAMED, outcome: 'ok', gss: 'E07000200' },
];

export const UNREADABLE_CASE: HostileCase = { file: 'no-permission.txt', outcome: 'failed', code: 'unreadable' };

/** The folder with a symbolic link back to itself. */
export const LOOP = 'loop';

/**
 * Build the hostile folder in `dir`: the committed fixtures, a 50 MB text file, two zip bombs, a symlink loop and,
 * when `unreadable` is set, a file its reader may not open. Returns the cases that apply.
 */
export async function buildHostileFolder(dir: string, options: { unreadable: boolean }): Promise<HostileCase[]> {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(HOSTILE_FIXTURES)) {
    if (name !== 'README.md') copyFileSync(join(HOSTILE_FIXTURES, name), join(dir, name));
  }
  writeFileSync(join(dir, 'large.txt'), largeText(50 * 1024 * 1024));
  const paragraph = documentXml([{ text: 'Corporate Peer Challenge feedback report' }]);
  writeFileSync(join(dir, 'bomb-declared.docx'), declareSize(await docxOf(paragraph), 'word/document.xml', 4_000_000_000));
  // 60 MB of spaces deflate to about 60 KB and claim 1,000 bytes: caught while inflating, as an archive that lies.
  const padded = paragraph.replace('<w:body>', `<w:body>${' '.repeat(60 * 1024 * 1024)}`);
  writeFileSync(join(dir, 'bomb-inflating.docx'), declareSize(await docxOf(padded), 'word/document.xml', 1000));
  const payloads = readFileSync(join(HOSTILE_FIXTURES, 'payloads.txt'), 'utf8');
  writeFileSync(join(dir, HTML_NAMED), payloads.replaceAll('Mid Suffolk District Council', 'Babergh District Council'));
  mkdirSync(join(dir, LOOP, 'inner'), { recursive: true });
  symlinkSync('..', join(dir, LOOP, 'inner', 'back-up'));
  const cases = [...COMMITTED_CASES, ...GENERATED_CASES];
  if (options.unreadable) {
    writeFileSync(join(dir, UNREADABLE_CASE.file), readFileSync(join(HOSTILE_FIXTURES, 'utf-16.txt')));
    chmodSync(join(dir, UNREADABLE_CASE.file), 0o000);
    cases.push(UNREADABLE_CASE);
  }
  return cases.sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** A real report's text repeated to `bytes`: valid, plausible, and far past the text-length limit. */
function largeText(bytes: number): string {
  const report = readFileSync(join(REPO, 'test/fixtures/sample/text/sevenoaks-2020-proposal-report.txt'), 'utf8');
  return `${report}\n`.repeat(Math.ceil(bytes / Buffer.byteLength(report)));
}

/**
 * How to run a command so that a file with mode 000 cannot be read. Not root: as we are. Root reads anything, so run as
 * `nobody` through setpriv when that user can read the repository; otherwise null, with the reason.
 */
export function unprivileged(): { prefix: string[] } | { reason: string } {
  if (process.getuid?.() !== 0) return { prefix: [] };
  const prefix = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'];
  const probe = spawnSync(prefix[0]!, [...prefix.slice(1), process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(join(REPO, 'package.json'))})`], { encoding: 'utf8' });
  if (probe.error !== undefined) return { reason: `running as root and setpriv is not available (${probe.error.message})` };
  if (probe.status !== 0) return { reason: `running as root and user nobody cannot read ${REPO}` };
  return { prefix };
}
