import { deflateSync } from 'node:zlib';
import { documentXml, docxOf, numberingXml } from '../ingest/helpers/docx.js';

/**
 * Small generators of hostile files for the resilience suite: each builds, at test time, a file of a few kilobytes
 * that costs its reader far more (a loop, memory, time), so no large file is committed.
 */

const TITLE = 'Corporate Peer Challenge feedback report';

/** A Word list whose numbering starts at an absurd value (`1e999`, read as Infinity): a letter-counting loop without end. */
export async function absurdNumberingDocx(): Promise<Uint8Array> {
  const numbering = numberingXml({ 1: [['lowerLetter', '%1)', Number.POSITIVE_INFINITY]] }, { 1: { abstract: 1 } });
  const paragraphs = [{ text: TITLE }, { text: 'Review the budget', numId: 1 }, { text: 'Engage staff', numId: 1 }];
  return docxOf(documentXml(paragraphs), numbering);
}

/** A Word document of `count` one-letter paragraphs: tiny deflated, tens of megabytes of XML, millions of nodes. */
export async function tinyParagraphsDocx(count: number): Promise<Uint8Array> {
  const body = '<w:p><w:r><w:t>a</w:t></w:r></w:p>'.repeat(count);
  return docxOf(documentXml([{ text: TITLE }]).replace('<w:body>', `<w:body>${body}`));
}

/** A web page nested `depth` elements deep. */
export function nestedHtml(depth: number): string {
  return `<!doctype html><html><body><h1>${TITLE}</h1>${'<div>'.repeat(depth)}text${'</div>'.repeat(depth)}</body></html>`;
}

/**
 * A one-page PDF whose content stream is `inflatedMb` megabytes of text operators deflated to a few kilobytes per
 * megabyte: a reader that keeps every character it draws grows without bound.
 */
export function pdfStreamBomb(inflatedMb: number): Uint8Array {
  // one text object: 700 lines down the page, back to the top, again and again (text off the page is dropped)
  const block = `${'0 -1 Td (peer challenge) Tj\n'.repeat(700)}0 700 Td\n`;
  const content = Buffer.from(`BT /F1 1 Tf 10 780 Td\n${block.repeat(Math.ceil((inflatedMb * 1024 * 1024) / block.length))}ET\n`, 'latin1');
  const stream = deflateSync(content, { level: 9 });
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  const push = (piece: Buffer) => {
    parts.push(piece);
    length += piece.length;
  };
  objects.forEach((body, i) => {
    offsets.push(length);
    if (body === null) {
      push(Buffer.from(`${i + 1} 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'));
      push(stream);
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    } else {
      push(Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, 'latin1'));
    }
  });
  const xref = length;
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) tail += `${String(offset).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  push(Buffer.from(tail, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}
