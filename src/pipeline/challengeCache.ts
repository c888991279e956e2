import type { IssueTag } from '../aggregate/types.js';
import { entryFile, readKeyedEntry, storeKeyedEntry } from '../cache/cacheEntries.js';
import { codeFingerprint, sha256 } from '../cache/fingerprint.js';
import type { DocumentSummary } from '../corpus/schema.js';
import type { Resources } from '../resources/resources.js';
import type { Restatements } from '../units/mergeRestatements.js';
import type { RecommendationRef } from '../units/types.js';
import { challengeGroups } from '../units/units.js';
import type { Analysis, KnownChallenges } from './analyse.js';
import { isCounted } from './corrected.js';
import { mapLimit } from '../concurrency.js';

/** Challenge entries read or written at once. */
const AT_ONCE = 16;

/** What is kept of a challenge: which of its recommendations count as one, and each unit text's issue tags. */
interface ChallengeEntry {
  readonly restatements: Restatements;
  readonly issues: readonly (readonly [string, readonly IssueTag[]])[];
}

/**
 * What an earlier run made of each counted challenge of `documents` (`KnownChallenges`), remembered in
 * `cacheDir/documents/` beside the records: the key hashes what deciding its restatements reads (its documents in
 * reading order, each one's id and recommendations' texts; the units are then made from the documents at hand, see
 * `unitsOf`), the issue taxonomy (tags are kept by text) and the code that merges and tags, so a rerun merges and
 * tags only the challenges whose recommendations changed. `keep` writes the entries of the challenges `analyse`
 * worked out afresh. An entry that cannot be read is a miss.
 */
export async function challengeCache(cacheDir: string, documents: readonly DocumentSummary[], resources: Resources): Promise<{
  readonly known: KnownChallenges;
  readonly keep: (analysis: Analysis) => Promise<void>;
}> {
  const code = await codeFingerprint(['', 'units', 'aggregate', 'text']);
  // its digest, made once: the taxonomy's JSON in every challenge's key was most of what a rerun hashed here
  const taxonomy = sha256(JSON.stringify(resources.taxonomy));
  const groups = challengeGroups(documents.filter(isCounted)).map(({ frame, documents: members }) => {
    // what `restatements` reads: the documents in reading order, and each one's id and recommendations' texts
    const key = sha256(JSON.stringify(['challenge', code, taxonomy, members.map((d) => [d.id, d.recommendations.map((r) => r.text)])]));
    return { id: frame.id, key, file: entryFile(cacheDir, 'documents', key) };
  });
  const restatements = new Map<string, Restatements>();
  const issues = new Map<string, readonly IssueTag[]>();
  await mapLimit(groups, AT_ONCE, async ({ id, key, file }) => {
    const entry = await readKeyedEntry(file, key, 'challenge', isChallengeEntry);
    if (entry === null) return;
    restatements.set(id, entry.restatements);
    for (const [text, tags] of entry.issues) issues.set(text, tags);
  });
  const keep = async (analysis: Analysis) => {
    const byChallenge = new Map(analysis.challenges.map((c) => [c.id, c.recommendations]));
    await mapLimit(groups.filter((g) => !restatements.has(g.id)), AT_ONCE, async ({ id, key, file }) => {
      const recommendations = byChallenge.get(id) ?? [];
      const entry: ChallengeEntry = { restatements: recommendations.map((r) => r.members), issues: recommendations.map((r) => [r.text, r.issues]) };
      await storeKeyedEntry(file, key, 'challenge', entry);
    });
  };
  return { known: { restatements, issues }, keep };
}

function isChallengeEntry(value: unknown): value is ChallengeEntry {
  const { restatements, issues } = (value ?? {}) as Partial<ChallengeEntry>;
  return Array.isArray(restatements) && restatements.every(isRefs) && Array.isArray(issues) && issues.every(isTagged);
}

function isRefs(value: unknown): value is RecommendationRef[] {
  return Array.isArray(value) && value.every((ref: Partial<RecommendationRef> | null) => typeof ref?.documentId === 'string' && Number.isInteger(ref.ordinal));
}

function isTagged(value: unknown): value is [string, IssueTag[]] {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && Array.isArray(value[1]) &&
    (value[1] as Partial<IssueTag>[]).every((t) => typeof t.issue === 'string' && typeof t.phrase === 'string' && Number.isInteger(t.start) && Number.isInteger(t.end));
}
