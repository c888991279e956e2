import JSZip from 'jszip';
import { rewriteMarkup } from './rewrite.js';
import { shuffleDocxLists, shuffleHtmlLists, shuffleTextLists } from './shuffle.js';

/** The formats of the scale corpus, with their share of it (issue #8: about 60/20/10/10). */
export const CORPUS_FORMATS = ['pdf', 'docx', 'html', 'text'] as const;
export type CorpusFormat = (typeof CORPUS_FORMATS)[number];
export const FORMAT_SHARE: Readonly<Record<CorpusFormat, number>> = { pdf: 0.6, docx: 0.2, html: 0.1, text: 0.1 };
export const EXTENSION: Readonly<Record<CorpusFormat, string>> = { pdf: 'pdf', docx: 'docx', html: 'html', text: 'txt' };

/** Zip entries are stamped with this date so the same inputs always give the same bytes. */
const ZIP_DATE = new Date(Date.UTC(2024, 0, 1));

/** A text template rewritten (council, years) with its bullet lists reordered. */
export function varyText(text: string, rewrite: (text: string) => string, random: () => number): string {
  return shuffleTextLists(rewrite(text), random);
}

/** An HTML template rewritten between its tags, with its flat lists reordered. */
export function varyHtml(html: string, rewrite: (text: string) => string, random: () => number): string {
  return shuffleHtmlLists(rewriteMarkup(html, rewrite), random);
}

/** A DOCX template with its document.xml rewritten and list paragraphs reordered; other parts kept as they are. */
export async function varyDocx(docx: Uint8Array, rewrite: (text: string) => string, random: () => number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const entry = zip.file('word/document.xml');
  if (entry === null) throw new Error('template DOCX has no word/document.xml');
  const xml = shuffleDocxLists(rewriteMarkup(await entry.async('string'), rewrite), random);
  zip.file('word/document.xml', xml, { date: ZIP_DATE });
  for (const file of Object.values(zip.files)) file.date = ZIP_DATE;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** How many of `count` documents each format gets: the shares rounded, text taking the remainder. */
export function formatCounts(count: number): Record<CorpusFormat, number> {
  const pdf = Math.round(count * FORMAT_SHARE.pdf);
  const docx = Math.round(count * FORMAT_SHARE.docx);
  const html = Math.round(count * FORMAT_SHARE.html);
  return { pdf, docx, html, text: Math.max(0, count - pdf - docx - html) };
}
