import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { words } from '../../src/text/index.js';
import type { CorpusDocument } from '../../src/corpus/schema.js';
import { nameGuid } from '../../src/export/qdpx/guid.js';
import { readDocument } from '../../src/ingest/read.js';
import { cli } from '../helpers/cli.js';
import { schemaCheckUnavailable, validateXml } from '../helpers/refiQda.js';


/** `cpc run --qdpx` on a copy of the sample corpus, then the project read back as a QDA tool would read it. */
const work = mkdtempSync(join(tmpdir(), 'cpc-qdpx-'));
let documents: CorpusDocument[] = [];
let qde = '';
let $: CheerioAPI;
let zip: JSZip;

beforeAll(async () => {
  cpSync('data/sample', join(work, 'sample'), { recursive: true });
  const { code, stderr } = await cli(['run', 'sample', '--out', 'out', '--qdpx'], work);
  expect(code, stderr).toBe(0);
  expect(stderr).not.toContain('recommendation-not-placed');
  documents = readFileSync(join(work, 'out/corpus.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as CorpusDocument);
  zip = await JSZip.loadAsync(readFileSync(join(work, 'out/project.qdpx')));
  qde = await zip.file('project.qde')!.async('string');
  $ = load(qde, { xml: true });
}, 180_000);

const forms = (text: string) => words(text).map((w) => w.form).join(' ');

describe('cpc run --qdpx: the sample corpus as a REFI-QDA project', () => {
  it('project.qde validates against the official REFI-QDA schema', (context) => {
    if (schemaCheckUnavailable() !== null) return context.skip();
    const file = join(work, 'project.qde');
    writeFileSync(file, qde);
    expect(() => validateXml(file)).not.toThrow();
  });

  it('holds project.qde and one UTF-8 text per document under sources/, named by GUID', () => {
    const names = Object.keys(zip.files).sort();
    expect(names[0]).toBe('project.qde');
    expect(names.slice(1)).toHaveLength(documents.length);
    for (const name of names.slice(1)) expect(name).toMatch(/^sources\/[0-9a-f-]{36}\.txt$/);
    expect($('TextSource').map((_, e) => $(e).attr('plainTextPath')).get().sort()).toEqual(names.slice(1).map((n) => n.replace('sources/', 'internal://')));
  });

  it("every selection, re-read from the archive, is its recommendation's words in its document's text", async () => {
    let checked = 0;
    for (const document of documents) {
      const canonical = (await readDocument(join(work, document.file))).text;
      const source = $('TextSource').filter((_, e) => $(e).attr('name') === document.file.split('/').pop());
      const stored = Array.from(await zip.file(source.attr('plainTextPath')!.replace('internal://', 'sources/'))!.async('string'));
      for (const r of document.recommendations) {
        const selection = source.find(`PlainTextSelection[guid="${nameGuid(`selection/${r.id}`)}"]`);
        expect(selection.length, r.id).toBe(1);
        const selected = stored.slice(Number(selection.attr('startPosition')), Number(selection.attr('endPosition'))).join('');
        expect(forms(selected), r.id).toBe(forms(r.text));
        expect(canonical.includes(selected), r.id).toBe(true);
        expect(selected.endsWith(r.text.slice(-1)), r.id).toBe(true);
        checked++;
      }
    }
    expect(checked).toBe(documents.reduce((n, d) => n + d.recommendations.length, 0));
    expect(checked).toBeGreaterThan(20);
  });

  it('codes every selection with a theme of each framework, and every code it names is a codable code of the codebook', () => {
    const codable = new Map($('CodeBook Code[isCodable="true"]').map((_, e) => [[$(e).attr('guid')!, $(e).parent().attr('name')!]]).get() as [string, string][]);
    const selections = $('PlainTextSelection');
    selections.each((_, e) => {
      const folders = $(e).find('CodeRef').map((__, ref) => codable.get($(ref).attr('targetGUID')!)).get();
      expect(folders.length).toBe($(e).find('CodeRef').length);
      expect(folders).toContain('Themes: classic framework (to about 2021)');
      expect(folders).toContain('Themes: current framework');
    });
    expect($('CodeRef').filter((_, e) => codable.get($(e).attr('targetGUID')!) === 'Recurring issues').length).toBeGreaterThan(10);
  });

  it('makes each named council a case with its GSS code, type, region and challenge years, and its documents', () => {
    const councils = new Map(documents.filter((d) => d.council !== null).map((d) => [d.council!.gssCode, d]));
    expect($('Case')).toHaveLength(councils.size);
    const gssVariable = $('Variable[name="GSS code"]').attr('guid');
    $('Case').each((_, e) => {
      const gss = $(e).find(`VariableValue:has(VariableRef[targetGUID="${gssVariable}"]) TextValue`).text();
      const document = councils.get(gss)!;
      expect($(e).attr('name')).toBe(document.council!.name);
      expect($(e).find('SourceRef')).toHaveLength(documents.filter((d) => d.council?.gssCode === gss).length);
    });
    expect($('Case[name="Stoke-on-Trent City Council"] TextValue').last().text()).toBe('2016');
  });

  it('exports the same corpus to the same bytes (cpc export qdpx, twice)', async () => {
    for (const name of ['a.qdpx', 'b.qdpx']) {
      const { code, stderr } = await cli(['export', 'qdpx', '--corpus', 'out/corpus.jsonl', '--out', name], work);
      expect(code, stderr).toBe(0);
      expect(readFileSync(join(work, name)).equals(readFileSync(join(work, 'out/project.qdpx'))), name).toBe(true);
    }
  }, 120_000);

  it('leaves out a document whose file changed or is gone, with a one-line error each, and exports the rest', async () => {
    const changed = join(work, 'changed');
    cpSync(join(work, 'sample'), join(changed, 'sample'), { recursive: true });
    cpSync(join(work, 'out'), join(changed, 'out'), { recursive: true });
    appendFileSync(join(changed, 'sample/sevenoaks-2020-proposal-report.txt'), '\nAn added line.\n');
    rmSync(join(changed, 'sample/stockport-2024-revisit-scrutiny-report.html'));
    const { code, stdout, stderr } = await cli(['export', 'qdpx', '--corpus', 'out/corpus.jsonl', '--out', 'p.qdpx'], changed);
    expect(code).toBe(1);
    expect(stdout).toBe('p.qdpx\n');
    expect(stderr).toMatch(/^error \[source-changed\] sample\/sevenoaks-2020-proposal-report\.txt: the file changed since it was read into the corpus/m);
    expect(stderr).toMatch(/^error \[file-not-found\] sample\/stockport-2024-revisit-scrutiny-report\.html: /m);
    expect(stderr.trim().split('\n')).toHaveLength(2);
    const partial = load(await (await JSZip.loadAsync(readFileSync(join(changed, 'p.qdpx')))).file('project.qde')!.async('string'), { xml: true });
    expect(partial('TextSource')).toHaveLength(documents.length - 2);
  }, 120_000);
});

describe('cpc export qdc: the codebooks alone', () => {
  it('writes a CodeBook in the codebook namespace with the project\'s codes, as the specification describes it', async (context) => {
    const { code, stderr } = await cli(['export', 'qdc', '--out', 'cpc.qdc'], work);
    expect(code, stderr).toBe(0);
    const qdc = readFileSync(join(work, 'cpc.qdc'), 'utf8');
    const c = load(qdc, { xml: true });
    const root = c.root().children().first();
    expect(root.get(0)?.name).toBe('CodeBook');
    expect(root.attr('xmlns')).toBe('urn:QDA-XML:codebook:1.0');
    expect(root.children().map((_, e) => e.name).get()).toEqual(['Codes']);
    c('Code').each((_, e) => {
      expect(Object.keys(e.attribs).every((a) => ['guid', 'name', 'isCodable', 'color'].includes(a))).toBe(true);
      expect(c(e).attr('guid')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(c(e).attr('color') ?? '#000000').toMatch(/^#[0-9A-Fa-f]{6}$/);
      const children = c(e).children().map((__, k) => k.name).get();
      expect(children.join(' ')).toMatch(/^(Description)?( ?Code)*$/);
    });
    // the same codes, with the same GUIDs, as the project's code system
    expect(c('Code').map((_, e) => c(e).attr('guid')).get()).toEqual($('CodeBook Code').map((_, e) => $(e).attr('guid')).get());
    expect(c('Code[isCodable="true"]')).toHaveLength(5 + 1 + 5 + 1 + $('CodeBook > Codes > Code').last().children('Code').length);
    // The codebook's Codes element is the project's CodeType tree: the project schema checks it once re-namespaced.
    if (schemaCheckUnavailable() !== null) return context.skip();
    const wrapped = join(work, 'codebook-as-project.qde');
    writeFileSync(wrapped, qdc.replace('urn:QDA-XML:codebook:1.0', 'urn:QDA-XML:project:1.0').replace(/<CodeBook([^>]*)>/, '<Project$1 name="codebook"><CodeBook>').replace('</CodeBook>', '</CodeBook></Project>').replace(/ origin="[^"]*" name=/, ' name='));
    expect(() => validateXml(wrapped)).not.toThrow();
  });
});
