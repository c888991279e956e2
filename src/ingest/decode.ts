import { CpcError, warning, type Warning } from '../errors.js';
import { decodeWindows1252 } from './windows1252.js';

/** Text decoded from bytes, line endings normalised to `\n`, without a byte-order mark. */
export interface Decoded {
  readonly text: string;
  readonly warnings: Warning[];
}

/**
 * Bytes of a text file -> string. Phases: byte-order mark (UTF-8, UTF-16 LE/BE) -> BOM-less UTF-16 recognised by
 * its NUL bytes -> strict UTF-8 -> Windows-1252 fallback with an `encoding-fallback` warning -> CRLF/CR to LF.
 */
export function decodeText(bytes: Uint8Array, file: string): Decoded {
  const warnings: Warning[] = [];
  const encoding = sniffEncoding(bytes);
  let text: string;
  if (encoding !== 'utf-8') {
    text = decodeWith(encoding, bytes, file);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = decodeWindows1252(bytes);
      warnings.push(warning('encoding-fallback', 'not valid UTF-8; read as Windows-1252', file));
    }
  }
  return { text: normaliseNewlines(stripBom(text)), warnings };
}

/** `\r\n` and lone `\r` -> `\n`. */
export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function sniffEncoding(bytes: Uint8Array): Encoding {
  const [b0, b1] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  return utf16ByNuls(bytes) ?? 'utf-8';
}

/**
 * BOM-less UTF-16: text in Latin script has a NUL in every other byte. Look at the first 4 KB: NULs in at least
 * 40% of odd (LE) or even (BE) positions and almost none in the other.
 */
function utf16ByNuls(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.4 && even <= pairs * 0.05) return 'utf-16le';
  if (even >= pairs * 0.4 && odd <= pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeWith(encoding: Encoding, bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch (cause) {
    throw new CpcError('decode-failed', `${file}: cannot decode as ${encoding}`, { file, cause });
  }
}
