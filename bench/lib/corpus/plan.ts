import { seededRandom } from '../../../src/classify/seededRandom.js';
import { candidatesFor, slug, type TargetCouncil } from './councils.js';
import { CORPUS_FORMATS, EXTENSION, formatCounts, type CorpusFormat } from './formats.js';
import { latestYear, type Variation } from './rewrite.js';
import { TEMPLATES, type Template } from './templates.js';

/** One document to generate: which template, in which format, as which council and year. */
export interface PlannedDocument {
  readonly index: number;
  readonly format: CorpusFormat;
  readonly template: Template;
  readonly variation: Variation;
  /** Seed of this document's own random stream (list order), so documents can be made in any order. */
  readonly seed: number;
  readonly file: string;
}

/** The loaded templates: each one's text in every format, and the councils that may replace its own. */
export interface TemplateSet {
  readonly texts: ReadonlyMap<string, string>;
  readonly councils: readonly TargetCouncil[];
}

/** Earliest year a generated document may be dated (corporate peer challenges began in 2011; a document may cite an earlier one). */
const EARLIEST_YEAR = 2014;
const LATEST_YEAR = 2025;

/** The year a template's challenge took place, from its id ("stoke-on-trent-2016-feedback-report": 2016). */
export function templateYear(id: string): number {
  return Number(/-(\d{4})-/.exec(id)?.[1] ?? 2020);
}

/** A seed for document `index`, attempt `attempt`, under the corpus seed. */
export function documentSeed(seed: number, index: number, attempt: number): number {
  return (Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b) ^ Math.imul(attempt, 0xc2b2ae35)) >>> 0;
}

/** Formats in a seeded interleaved order with the shares. */
export function formatOrder(count: number, seed: number): CorpusFormat[] {
  const counts = formatCounts(count);
  const formats = CORPUS_FORMATS.flatMap((format) => Array.from({ length: counts[format] }, () => format));
  const random = seededRandom(seed);
  return formats.map((format) => ({ format, key: random() })).sort((a, b) => a.key - b.key).map((f) => f.format);
}

/** Plan document `index` (attempt `attempt` when an earlier attempt duplicated another file's bytes). */
export function planDocument(index: number, format: CorpusFormat, set: TemplateSet, seed: number, attempt = 0): PlannedDocument {
  const template = TEMPLATES[index % TEMPLATES.length]!;
  const random = seededRandom(documentSeed(seed, index, attempt));
  const text = set.texts.get(template.id) ?? '';
  const candidates = candidatesFor(set.councils, template.authorityType, text);
  const council = candidates[Math.floor(random() * candidates.length)];
  if (council === undefined) throw new Error(`no ${template.authorityType} council in the register to stand in for ${template.id}`);
  const baseYear = templateYear(template.id);
  const low = EARLIEST_YEAR - baseYear;
  const high = Math.max(low, LATEST_YEAR - latestYear(text));
  const yearShift = low + Math.floor(random() * (high - low + 1));
  const kind = template.id.replace(/^.*?-\d{4}-/, '');
  const file = `${String(index + 1).padStart(4, '0')}-${slug(council.name)}-${baseYear + yearShift}-${kind}.${EXTENSION[format]}`;
  return { index, format, template, variation: { council, yearShift }, seed: documentSeed(seed, index, attempt) ^ 0x5bd1e995, file };
}
