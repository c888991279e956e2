import { decodeText } from './decode.js';
import type { Extracted } from './types.js';

/** A `.txt` or `.md` file: its decoded text is already canonical text. */
export function extractText(bytes: Uint8Array, file: string): Extracted {
  const { text, warnings } = decodeText(bytes, file);
  return { text, pages: [], pageCount: null, warnings };
}
