/**
 * The five sample documents as the aggregate stage's input. Two sources:
 * - `gold` (default): corpus documents built from the hand annotations, themes from the gold (primary = first);
 * - `pipeline`: the real reader and extractor (`ingestCorpus` over test/fixtures/sample/text), with the gold
 *   themes attached to the extracted recommendations by wording, until the classifier is ready.
 * Set CPC_AGGREGATE_SAMPLE=pipeline to run the sample tests on the real extractor.
 */
import type { Assignment } from '../../../src/classify/types.js';
import type { Register } from '../../../src/corpus/register.js';
import type { CorpusDocument } from '../../../src/corpus/schema.js';
import { loadRegister } from '../../../src/resources/register.js';
import { ingestCorpus } from '../../../src/pipeline/ingestCorpus.js';
import { isDocumentType, isStage, type Framework, type ThemeId } from '../../../src/vocabulary.js';
import { coverage, gold, stem, type GoldDocument } from '../../helpers/gold.js';
import { assignmentOf, buildCorpus, type DocumentSpec } from './buildCorpus.js';

export type SampleSource = 'gold' | 'pipeline';

export interface Sample {
  readonly documents: CorpusDocument[];
  readonly assignments: Assignment[];
}

export const SAMPLE_DIR = 'test/fixtures/sample/text';

/** The spec of one gold document: what the extractor should produce from it. */
export function goldSpec(g: GoldDocument): DocumentSpec {
  const range = (r: { start: string; end: string } | undefined) => (r === undefined ? null : { ...r, text: `${r.start} to ${r.end}` });
  if (!isDocumentType(g.document_type) || !isStage(g.stage)) throw new Error(`bad gold type/stage in ${g.file}`);
  return {
    id: `${stem(g)}-txt`,
    file: `${SAMPLE_DIR}/${g.file}`,
    gssCode: g.gss_code,
    documentType: g.document_type,
    stage: g.stage,
    framework: (g.framework as Framework | null) ?? null,
    dates: {
      document: g.document_date ?? null, visit: range(g.visit), plannedVisit: range(g.planned_visit),
      originalChallenge: g.original_challenge ?? null, revisit: g.revisit ?? null,
      previousChallenge: g.previous_challenge ?? null, nextChallengeDueBy: g.next_challenge_due_by ?? null,
    },
    focusAreas: g.additional_focus_areas ?? [],
    recommendationsReferenced: g.recommendations_referenced ?? null,
    committeeRecommendations: g.committee_recommendations ?? [],
    recommendations: (g.recommendations ?? []).map((r) => ({
      text: r.text, themes: r.themes, number: r.number, kind: r.kind as 'key-recommendation' | 'area-to-strengthen', count: r.duplicate_count,
    })),
  };
}

export async function sampleCorpus(source: SampleSource = (process.env.CPC_AGGREGATE_SAMPLE as SampleSource | undefined) ?? 'gold'): Promise<Sample> {
  const register = await loadRegister();
  return source === 'gold' ? buildCorpus(gold.documents.map(goldSpec), register) : pipelineCorpus(register);
}

/** Gold themes follow the classic framework; an extracted recommendation takes the gold one it words best. */
async function pipelineCorpus(register: Register): Promise<Sample> {
  const { documents } = await ingestCorpus([SAMPLE_DIR], { cwd: process.cwd(), register });
  const assignments = documents.flatMap((d) => {
    const g = gold.documents.find((x) => d.file.endsWith(x.file));
    return d.recommendations.map((r) => {
      const best = [...(g?.recommendations ?? [])].sort((a, b) => coverage(b.text, r.text) - coverage(a.text, r.text))[0];
      return assignmentOf(r.id, (best?.themes ?? []) as ThemeId[], 'classic');
    });
  });
  return { documents: [...documents], assignments };
}
