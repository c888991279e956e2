import type { Warning } from '../errors.js';
import type { Format } from '../vocabulary.js';

/**
 * What every format reader produces: the document as canonical text, the same conventions whatever the format.
 *
 * Canonical text conventions (those of a PDF-to-text rendering such as the sample corpus's `text/` folder):
 * - one block (paragraph, heading, list item, table row) per line, blocks separated by a blank line;
 *   a block may wrap onto following non-blank lines;
 * - list items start with `- ` followed by their marker when numbered or lettered: `- 1) `, `- 2. `, `- a) `, `- (iv) `;
 * - bold runs are wrapped in `**`; headings may start with `#`;
 * - table rows are cells separated by a tab.
 */
export interface Extracted {
  /** The canonical text. Character offsets in the corpus refer to this string. */
  readonly text: string;
  /** 1-based page number of each line of `text` (index = line number - 1); empty for formats without pages. */
  readonly pages: readonly number[];
  /** Number of pages, when the format has pages. */
  readonly pageCount: number | null;
  readonly warnings: readonly Warning[];
  /** A web page's `<title>`, which often names the council when the page's text does not. */
  readonly pageTitle?: string;
}

/** One input file read and converted to canonical text. */
export interface RawDocument extends Extracted {
  /** Path as the user gave it, with `/` separators, relative to the working directory where possible. */
  readonly file: string;
  readonly format: Format;
  /** SHA-256 of the file's bytes, hex. */
  readonly sha256: string;
  readonly bytes: number;
  /** Values from a manifest row, which override inference. */
  readonly manifest?: ManifestEntry;
}

/** A row of an optional `manifest.csv` beside the documents. */
export interface ManifestEntry {
  readonly file: string;
  readonly council?: string;
  readonly date?: string;
  readonly url?: string;
  readonly documentType?: string;
}
