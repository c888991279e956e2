import JSZip from 'jszip';

/**
 * Small Word documents built in the tests: paragraphs with optional numbering, a `numbering.xml`, and archives
 * whose central directory declares sizes they do not have (zip bombs), so no binary fixtures are needed.
 */

export interface Paragraph {
  readonly text: string;
  readonly numId?: number;
  readonly ilvl?: number;
  readonly style?: string;
  readonly bold?: string;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export function documentXml(paragraphs: readonly Paragraph[]): string {
  const body = paragraphs
    .map((p) => {
      const numPr = p.numId === undefined ? '' : `<w:numPr><w:ilvl w:val="${p.ilvl ?? 0}"/><w:numId w:val="${p.numId}"/></w:numPr>`;
      const style = p.style === undefined ? '' : `<w:pStyle w:val="${p.style}"/>`;
      const bold = p.bold === undefined ? '' : `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${p.bold} </w:t></w:r>`;
      return `<w:p><w:pPr>${style}${numPr}</w:pPr>${bold}<w:r><w:t xml:space="preserve">${p.text}</w:t></w:r></w:p>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
}

/** Levels: [numFmt, lvlText, start]. */
export type LevelSpec = readonly [string, string, number?];

export function numberingXml(
  abstracts: Readonly<Record<number, readonly LevelSpec[]>>,
  nums: Readonly<Record<number, { abstract: number; startOverride?: number }>>,
): string {
  const abstractXml = Object.entries(abstracts)
    .map(([id, levels]) => {
      const lvls = levels
        .map(([fmt, text, start], ilvl) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start ?? 1}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`)
        .join('');
      return `<w:abstractNum w:abstractNumId="${id}">${lvls}</w:abstractNum>`;
    })
    .join('');
  const numXml = Object.entries(nums)
    .map(([id, n]) => {
      const override = n.startOverride === undefined ? '' : `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${n.startOverride}"/></w:lvlOverride>`;
      return `<w:num w:numId="${id}"><w:abstractNumId w:val="${n.abstract}"/>${override}</w:num>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${abstractXml}${numXml}</w:numbering>`;
}

export async function docxOf(document: string, numbering?: string, extra: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file('word/document.xml', document);
  if (numbering !== undefined) {
    zip.file('word/numbering.xml', numbering);
    zip.file(
      'word/_rels/document.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
    );
  }
  for (const [name, content] of Object.entries(extra)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * Rewrite the uncompressed size that the central directory (and local header) declare for `entry`: a few hundred
 * bytes of archive that claim gigabytes, or a large deflated entry that claims to be small.
 */
export function declareSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const name = new TextEncoder().encode(entry);
  const matches = (at: number) => name.every((byte, i) => out[at + i] === byte);
  for (let i = 0; i + 46 < out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x02014b50 && view.getUint16(i + 28, true) === name.length && matches(i + 46)) view.setUint32(i + 24, size, true);
    if (signature === 0x04034b50 && view.getUint16(i + 26, true) === name.length && matches(i + 30)) view.setUint32(i + 22, size, true);
  }
  return out;
}
