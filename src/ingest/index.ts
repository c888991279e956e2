/**
 * The ingest stage: input files -> raw documents in canonical text (see `types.ts` for the conventions).
 * The only stage that reads input files.
 */
export type { Extracted, ManifestEntry, RawDocument } from './types.js';
export { readDocument, type ReadDocumentOptions } from './read.js';
export { DEFAULT_MAX_ARCHIVE_BYTES, DEFAULT_MAX_BYTES, DEFAULT_MAX_ENTRY_BYTES, DEFAULT_MAX_TEXT_CHARS, type ArchiveLimits, type ReadLimits } from '../limits.js';
export { discoverFiles, type Discovered } from './discover.js';
export { detectFormat, EXTENSIONS } from './detect.js';
export { decodeText, type Decoded } from './decode.js';
export { extractText } from './text.js';
export { extractHtml, htmlToCanonical } from './html.js';
export { extractDocx } from './docx.js';
export { extractPdf } from './pdf.js';
export { pdfEngine, pdfEngineId, PDF_ENGINES, type PdfEngine } from './pdfEngine.js';
export { findManifests, loadManifests, manifestFor, parseManifest, MANIFEST_NAME } from './manifest.js';
