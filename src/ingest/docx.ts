import mammoth from 'mammoth';
import { CpcError } from '../errors.js';
import { readDocxArchive } from './docxArchive.js';
import type { ArchiveLimits } from '../limits.js';
import { numberedParagraphs, type NumberedParagraph } from './docxNumbering.js';
import { htmlToCanonical } from './html.js';
import type { Extracted } from './types.js';

/**
 * A Word document -> canonical text. Phases: check the archive (ZIP signature, entry sizes against `limits`)
 * -> read the list numbering Word would display -> mammoth to HTML (images not read) -> the HTML converter,
 * with each ordered-list item given Word's own number when its text matches the next numbered paragraph, and
 * numbered in sequence within its list otherwise.
 */
export async function extractDocx(bytes: Uint8Array, file: string, limits: ArchiveLimits = {}): Promise<Extracted> {
  const parts = await readDocxArchive(bytes, file, limits);
  const numbered = numberedParagraphs(parts);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        ignoreEmptyParagraphs: true,
        externalFileAccess: false,
      },
    );
    html = result.value;
  } catch (cause) {
    throw new CpcError('docx-corrupt', `${file}: cannot convert the Word document (${(cause as Error).message})`, { file, cause });
  }
  return htmlToCanonical(`<body>${html}</body>`, file, { olMarker: markerMatcher(numbered) });
}

/** How far ahead an ordered item may find its paragraph (empty numbered paragraphs are not in mammoth's HTML). */
const LOOKAHEAD = 8;

/**
 * A stateful matcher walking the ordered paragraphs in step with the HTML's ordered items: an item takes Word's
 * marker when its text starts like the next few unmatched paragraphs, else keeps the counted marker.
 */
function markerMatcher(numbered: readonly NumberedParagraph[]): (itemText: string, counted: string) => string {
  const ordered = numbered.filter((p) => p.marker !== null && p.text !== '');
  const keys = ordered.map((p) => keyOf(p.text));
  let next = 0;
  return (itemText, counted) => {
    const key = keyOf(itemText);
    if (key === '') return counted;
    for (let i = next; i < Math.min(ordered.length, next + LOOKAHEAD); i++) {
      if (keys[i] === key) {
        next = i + 1;
        return ordered[i]?.marker ?? counted;
      }
    }
    return counted;
  };
}

function keyOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '').slice(0, 40);
}
