import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seededRandom } from '../../../src/classify/seededRandom.js';
import { loadTargetCouncils } from './councils.js';
import { varyDocx, varyHtml, varyText, type CorpusFormat } from './formats.js';
import { openPdfRenderer, type PdfRenderer } from './pdfRenderer.js';
import { longDocument, targetPages } from './longDocument.js';
import { formatOrder, planDocument, type PlannedDocument, type TemplateSet } from './plan.js';
import { rewriteText } from './rewrite.js';
import { TEMPLATE_IDS } from './templates.js';

/** What a corpus is generated from: the same spec (and generator) always gives the same bytes. */
export interface CorpusSpec {
  readonly count: number;
  readonly seed: number;
  /**
   * `real`: PDF, HTML and text documents of 20–60 pages, each its template followed by appendices made from the
   * others (see longDocument.ts); DOCX keep the template's length. Absent: every document as long as its template.
   */
  readonly lengths?: 'real';
}

/** One generated file, as recorded in the corpus's `.corpus.json`. */
export interface GeneratedFile {
  readonly file: string;
  readonly format: CorpusFormat;
  readonly template: string;
  readonly council: string;
  readonly gssCode: string;
  readonly yearShift: number;
  readonly bytes: number;
  readonly sha256: string;
}

/** The record of a generated corpus; written last, so its presence means the folder is complete. */
export interface CorpusManifest {
  readonly key: string;
  readonly spec: CorpusSpec;
  readonly generatedInMs: number;
  readonly files: readonly GeneratedFile[];
}

export const MANIFEST = '.corpus.json';
/** Present while a corpus is being written: a folder holding it was interrupted and may be cleared. */
const PARTIAL = '.corpus.partial';
/** The names the generator gives its files. */
const GENERATED_NAME = /^\d{4,}-[a-z0-9-]+\.(pdf|docx|html|txt)$/;
const FIXTURES = 'test/fixtures/sample';
const SOURCES = ['bench/lib/corpus', 'bench/generate.ts'];
/** Documents printed by Chromium at once (one per core on the 2-core bench machine). */
const PDF_CONCURRENCY = 2;

/** A key for the spec and everything that shapes the output: generator sources, templates, register. */
export async function corpusKey(spec: CorpusSpec): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(spec));
  const files = [...(await sourceFiles()), ...templateFiles(), 'data/reference/uk-councils.csv'];
  for (const file of files) hash.update(file).update(await readFile(file));
  return hash.digest('hex').slice(0, 16);
}

async function sourceFiles(): Promise<string[]> {
  const dir = (await readdir(SOURCES[0]!)).filter((f) => f.endsWith('.ts')).sort().map((f) => `${SOURCES[0]}/${f}`);
  return [...dir, SOURCES[1]!];
}

function templateFiles(): string[] {
  return TEMPLATE_IDS.flatMap((id) => [`${FIXTURES}/text/${id}.txt`, `${FIXTURES}/html/${id}.html`, `${FIXTURES}/docx/${id}.docx`]);
}

/** The manifest of a complete corpus in `dir` made from `key`, or null. */
export async function existingCorpus(dir: string, key: string): Promise<CorpusManifest | null> {
  const file = join(dir, MANIFEST);
  if (!existsSync(file)) return null;
  const manifest = JSON.parse(await readFile(file, 'utf8')) as CorpusManifest;
  return manifest.key === key ? manifest : null;
}

/**
 * Generate the corpus into `dir`, or reuse it when `dir` already holds this spec's corpus.
 *
 * Phases: key the spec -> reuse if complete -> clear an older generated corpus -> load templates and register ->
 * plan every document (seeded) -> write text, HTML and DOCX, then print the PDFs in Chromium -> write the manifest.
 */
export async function generateCorpus(spec: CorpusSpec, dir: string, log: (line: string) => void = () => {}): Promise<{ manifest: CorpusManifest; reused: boolean }> {
  const key = await corpusKey(spec);
  const existing = await existingCorpus(dir, key);
  if (existing !== null) return { manifest: existing, reused: true };
  await clearOldCorpus(dir);
  await writeFile(join(dir, PARTIAL), `${key}\n`);
  const started = performance.now();
  const set = await loadTemplates();
  const formats = formatOrder(spec.count, spec.seed);
  const plans = formats.map((format, index) => planDocument(index, format, set, spec.seed));
  const templates = await loadBinaryTemplates();
  const files = await writeAll(plans, { set, templates, dir, seed: spec.seed, log, real: spec.lengths === 'real' });
  const manifest: CorpusManifest = { key, spec, generatedInMs: Math.round(performance.now() - started), files };
  await writeFile(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
  await rm(join(dir, PARTIAL));
  return { manifest, reused: false };
}

/** Empty `dir` of an earlier generated corpus (complete or interrupted); refuse to touch any other folder. */
async function clearOldCorpus(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const entries = await readdir(dir);
  if (entries.length === 0) return;
  if (!entries.includes(MANIFEST) && !entries.includes(PARTIAL)) {
    throw new Error(`${dir} is not empty and holds no generated corpus (${MANIFEST}); choose an empty or new folder`);
  }
  const ours = entries.filter((name) => GENERATED_NAME.test(name) || name === MANIFEST || name === PARTIAL);
  await Promise.all(ours.map((name) => rm(join(dir, name), { force: true })));
}

async function loadTemplates(): Promise<TemplateSet> {
  const texts = new Map<string, string>();
  for (const id of TEMPLATE_IDS) texts.set(id, await readFile(`${FIXTURES}/text/${id}.txt`, 'utf8'));
  return { texts, councils: await loadTargetCouncils() };
}

interface BinaryTemplates {
  readonly html: ReadonlyMap<string, string>;
  readonly docx: ReadonlyMap<string, Uint8Array>;
}

async function loadBinaryTemplates(): Promise<BinaryTemplates> {
  const html = new Map<string, string>();
  const docx = new Map<string, Uint8Array>();
  for (const id of TEMPLATE_IDS) {
    html.set(id, await readFile(`${FIXTURES}/html/${id}.html`, 'utf8'));
    docx.set(id, new Uint8Array(await readFile(`${FIXTURES}/docx/${id}.docx`)));
  }
  return { html, docx };
}

interface WriteContext {
  readonly set: TemplateSet;
  readonly templates: BinaryTemplates;
  readonly dir: string;
  readonly seed: number;
  readonly log: (line: string) => void;
  /** Documents of real length (CorpusSpec.lengths). */
  readonly real: boolean;
}

/** Render and write every planned document; a document whose bytes repeat another's is re-planned. */
async function writeAll(plans: readonly PlannedDocument[], context: WriteContext): Promise<GeneratedFile[]> {
  const needsPdf = plans.some((p) => p.format === 'pdf');
  const renderer = needsPdf ? await openPdfRenderer() : null;
  const seen = new Set<string>();
  const results: GeneratedFile[] = new Array<GeneratedFile>(plans.length);
  let done = 0;
  try {
    let next = 0;
    const worker = async () => {
      while (next < plans.length) {
        const i = next++;
        results[i] = await writeUnique(plans[i]!, context, renderer, seen);
        if (++done % 100 === 0) context.log(`  generated ${done}/${plans.length}`);
      }
    };
    await Promise.all(Array.from({ length: PDF_CONCURRENCY }, worker));
  } finally {
    await renderer?.close();
  }
  return results;
}

async function writeUnique(plan: PlannedDocument, context: WriteContext, renderer: PdfRenderer | null, seen: Set<string>): Promise<GeneratedFile> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const current = attempt === 0 ? plan : planDocument(plan.index, plan.format, context.set, context.seed, attempt);
    const bytes = await render(current, context, renderer);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (seen.has(sha256)) continue;
    seen.add(sha256);
    await writeFile(join(context.dir, current.file), bytes);
    const { council, yearShift } = current.variation;
    return { file: current.file, format: current.format, template: current.template.id, council: council.officialName, gssCode: council.gssCode, yearShift, bytes: bytes.length, sha256 };
  }
  throw new Error(`document ${plan.index + 1}: 20 attempts all duplicated earlier files`);
}

async function render(plan: PlannedDocument, context: WriteContext, renderer: PdfRenderer | null): Promise<Uint8Array> {
  const rewrite = rewriteText(plan.template, plan.variation);
  const random = seededRandom(plan.seed);
  const id = plan.template.id;
  if (context.real && plan.format !== 'docx') {
    const pages = targetPages(random);
    if (plan.format === 'text') return Buffer.from(longDocument(plan, 'text', context.set.texts, random, pages), 'utf8');
    const html = longDocument(plan, 'html', context.templates.html, random, pages);
    return plan.format === 'html' ? Buffer.from(html, 'utf8') : renderer!.render(html);
  }
  switch (plan.format) {
    case 'text':
      return Buffer.from(varyText(context.set.texts.get(id) ?? '', rewrite, random), 'utf8');
    case 'html':
      return Buffer.from(varyHtml(context.templates.html.get(id) ?? '', rewrite, random), 'utf8');
    case 'docx':
      return varyDocx(context.templates.docx.get(id)!, rewrite, random);
    case 'pdf':
      return renderer!.render(varyHtml(context.templates.html.get(id) ?? '', rewrite, random));
  }
}
