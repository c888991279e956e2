import type { minimalPdf } from './minimalPdf.js';

/**
 * The arguments that produced the committed `test/fixtures/ingest/encrypted.pdf` and `no-text.pdf`
 * (`minimalPdf(...ENCRYPTED_PDF)`); a test checks the files still match.
 */
export const ENCRYPTED_PDF: Parameters<typeof minimalPdf> = [[{ texts: [{ x: 72, y: 720, text: 'Confidential peer challenge notes' }] }], { encrypted: true }];
export const NO_TEXT_PDF: Parameters<typeof minimalPdf> = [[{ texts: [], drawing: '0.6 g 72 72 468 648 re f' }, { texts: [], drawing: '0.3 g 100 100 200 300 re f' }]];
