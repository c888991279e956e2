import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../../src/corpus/schema.js';
import { qdpxArchive } from '../../src/export/qdpx/archive.js';
import { nameGuid } from '../../src/export/qdpx/guid.js';
import { spanLocator } from '../../src/export/qdpx/locate.js';
import { plainText } from '../../src/export/qdpx/plainText.js';
import { qdaProject } from '../../src/export/qdpx/project.js';
import { projectXml } from '../../src/export/qdpx/projectXml.js';
import { escapeXml } from '../../src/export/qdpx/xml.js';
import { schemaCheckUnavailable, validateXml } from '../helpers/refiQda.js';

describe('name-based GUIDs', () => {
  it('are RFC 4122 version 5 (the standard test vector: www.example.com in the DNS namespace)', () => {
    expect(nameGuid('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('are stable for a name and differ between names', () => {
    expect(nameGuid('code/issue/partnerships')).toBe(nameGuid('code/issue/partnerships'));
    expect(nameGuid('code/issue/partnerships')).not.toBe(nameGuid('code/issue/partnership'));
    expect(nameGuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

/** The code points of `text` from `start` to `end`, as a REFI-QDA tool reads a selection. */
const codePoints = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

describe('plain-text sources: offsets survive the traps other tools fall into', () => {
  it.each([
    ['a byte-order mark', '\ufeffAlpha. Develop a plan.', 'Develop a plan.', 'Alpha. Develop a plan.', 'Develop a plan.'],
    ['CR LF line ends', 'One.\r\nTwo.\r\nDevelop a plan.', 'Develop a plan.', 'One.\nTwo.\nDevelop a plan.', 'Develop a plan.'],
    ['lone CRs', 'One.\rDevelop a plan.', 'Develop a plan.', 'One.\nDevelop a plan.', 'Develop a plan.'],
    ['control characters', 'One\u0000\u0007\u001b.\u0085 Develop\u000c a plan.', 'Develop\u000c a plan.', 'One. Develop a plan.', 'Develop a plan.'],
    ['characters outside the BMP', '😀 𝔘 Develop a plan.', 'Develop a plan.', '😀 𝔘 Develop a plan.', 'Develop a plan.'],
    ['a span over a CR LF', 'One.\r\nTwo.', 'One.\r\nTwo.', 'One.\nTwo.', 'One.\nTwo.'],
  ])('%s', (_, original, span, stored, selected) => {
    const plain = plainText(original);
    expect(plain.text).toBe(stored);
    const start = original.indexOf(span);
    expect(codePoints(plain.text, plain.position(start), plain.position(start + span.length))).toBe(selected);
  });

  it('maps the end of the text to its length in code points', () => {
    const plain = plainText('é😀\r\n');
    expect(plain.position(5)).toBe(Array.from(plain.text).length);
  });
});

describe('XML escaping', () => {
  it('drops characters XML forbids and keeps line breaks as references', () => {
    expect(escapeXml('a<b>&"c"\u0001\n\td\uffff')).toBe('a&lt;b&gt;&amp;&quot;c&quot;&#10;&#9;d');
  });
});

/** One document whose text holds every trap, with two recommendations at known spans. */
function trapDocument(): { document: CorpusDocument; text: string } {
  const text = '\ufeff# Report 😀\r\n\r\n- 1. **Develop a narrative.** Tell it\u0007 widely.\r\n\r\n- 2. Review the 𝔘 budget.\r\n';
  const span = (s: string) => ({ file: 'r.txt', page: null, line: 1, start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const rec = (n: number, s: string, body: string) => ({ id: `r-txt#${n}`, kind: 'key-recommendation' as const, number: n, heading: body, text: body, form: 'listed' as const, rule: 'list-item' as const, confidence: 0.9, count: 1, source: span(s), repeats: [] });
  const document = {
    id: 'r-txt', file: 'r.txt', format: 'text', sha256: '0'.repeat(64), bytes: text.length, pageCount: null, title: 'Report', url: null,
    documentType: 'feedback-report', documentTypeEvidence: null, programme: 'corporate-peer-challenge', stage: 'challenge', council: null, councilReason: 'test', framework: 'classic',
    dates: { document: null, visit: null, plannedVisit: null, originalChallenge: null, revisit: null, previousChallenge: null, nextChallengeDueBy: null },
    challengeYear: 2020, year: 2020, peerTeam: [], engagement: { peopleMet: null, meetings: null, daysOnSite: null, hours: null }, focusAreas: [],
    recommendations: [
      rec(1, '- 1. **Develop a narrative.** Tell it\u0007 widely.', 'Develop a narrative. Tell it widely.'),
      rec(2, '- 2. Review the 𝔘 budget.', 'Review the 𝔘 budget.'),
    ],
    committeeRecommendations: [], recommendationsReferenced: null, strengths: [], themeSections: [], warnings: [],
  } satisfies CorpusDocument;
  return { document, text };
}

describe('a project built from a text with every trap', () => {
  const { document, text } = trapDocument();
  const project = qdaProject({ name: 'p', origin: 'cpc test', codes: [], sources: [{ document, text }], recommendations: [], challenges: [] });

  it('stores the text without BOM, CR or control characters, and each selection selects its recommendation\'s words', () => {
    const [source] = project.sources;
    expect(source!.text.startsWith('# Report 😀\n\n- 1.')).toBe(true);
    for (const trap of ['\r', '\ufeff', '\u0007']) expect(source!.text.includes(trap)).toBe(false);
    const selected = source!.selections.map((s) => codePoints(source!.text, s.start, s.end));
    expect(selected).toEqual(['Develop a narrative.** Tell it widely.', 'Review the 𝔘 budget.']);
    expect(project.unplaced).toEqual([]);
  });

  it('writes a project.qde that the REFI-QDA schema accepts, and the archive keeps the text byte for byte', async (context) => {
    const bytes = await qdpxArchive(project);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).sort()).toEqual(['project.qde', `sources/${project.sources[0]!.guid}.txt`]);
    const stored = await zip.file(`sources/${project.sources[0]!.guid}.txt`)!.async('uint8array');
    expect(Buffer.from(stored).toString('utf8')).toBe(project.sources[0]!.text);
    const qde = await zip.file('project.qde')!.async('string');
    const $ = load(qde, { xml: true });
    expect($('TextSource').attr('plainTextPath')).toBe(`internal://${project.sources[0]!.guid}.txt`);
    if (schemaCheckUnavailable() !== null) return context.skip();
    const file = join(mkdtempSync(join(tmpdir(), 'cpc-qde-')), 'project.qde');
    writeFileSync(file, projectXml(project));
    expect(() => validateXml(file)).not.toThrow();
  });
});

describe('finding a recommendation\'s words in its text', () => {
  const text = 'Intro. Reason: To ensure that Members are informed of the proposal.\n\n- 2. **Act on it.** Members are informed.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const locate = spanLocator(text);
  const slice = (span: { start: number; end: number } | null) => (span === null ? null : text.slice(span.start, span.end));

  it.each([
    ['inside its span, without list marker or emphasis', 'Act on it. Members are informed.', at('- 2. **Act on it.** Members are informed.'), 'Act on it.** Members are informed.'],
    ['near a span that is off by some characters', 'Members are informed of the proposal', { start: at('Members are').start - 20, end: at('Members are').start + 15 }, 'Members are informed of the proposal'],
    ['the occurrence nearest the span when the words recur', 'Members are informed.', at('Members are informed.'), 'Members are informed.'],
    ['nowhere when the words are not in the text in that order', 'informed are Members', at('Members are informed.'), null],
  ])('%s', (_, words, source, expected) => {
    expect(slice(locate({ text: words, source }))).toBe(expected);
  });

  it('takes the later occurrence when the span points there', () => {
    const span = locate({ text: 'Members are informed', source: at('- 2.') });
    expect(span!.start).toBeGreaterThan(text.indexOf('- 2.'));
  });
});
