import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IssueTag } from '../aggregate/types.js';
import { storeEntry, touchEntry } from '../cache/cacheEntries.js';
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
  readonly key: string;
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
  const taxonomy = JSON.stringify(resources.taxonomy);
  const groups = challengeGroups(documents.filter(isCounted)).map(({ frame, documents: members }) => {
    // what `restatements` reads: the documents in reading order, and each one's id and recommendations' texts
    const key = sha256(JSON.stringify(['challenge', code, taxonomy, members.map((d) => [d.id, d.recommendations.map((r) => r.text)])]));
    return { id: frame.id, key, file: join(cacheDir, 'documents', key.slice(0, 2), `${key}.json`) };
  });
  const restatements = new Map<string, Restatements>();
  const issues = new Map<string, readonly IssueTag[]>();
  await mapLimit(groups, AT_ONCE, async ({ id, key, file }) => {
    const entry = await readEntry(file, key);
    if (entry === null) return;
    restatements.set(id, entry.restatements);
    for (const [text, tags] of entry.issues) issues.set(text, tags);
    await touchEntry(file);
  });
  const keep = async (analysis: Analysis) => {
    const byChallenge = new Map(analysis.challenges.map((c) => [c.id, c.recommendations]));
    await mapLimit(groups.filter((g) => !restatements.has(g.id)), AT_ONCE, async ({ id, key, file }) => {
      const recommendations = byChallenge.get(id) ?? [];
      const entry: ChallengeEntry = { key, restatements: recommendations.map((r) => r.members), issues: recommendations.map((r) => [r.text, r.issues]) };
      await storeEntry(file, JSON.stringify(entry));
    });
  };
  return { known: { restatements, issues }, keep };
}

/** A challenge entry with this key, or null (missing, damaged, another key's). */
async function readEntry(file: string, key: string): Promise<ChallengeEntry | null> {
  try {
    const entry = JSON.parse(await readFile(file, 'utf8')) as Partial<ChallengeEntry>;
    if (entry.key !== key || !Array.isArray(entry.restatements) || !entry.restatements.every(isRefs) || !Array.isArray(entry.issues) || !entry.issues.every(isTagged)) return null;
    return entry as ChallengeEntry;
  } catch {
    return null;
  }
}

function isRefs(value: unknown): value is RecommendationRef[] {
  return Array.isArray(value) && value.every((ref: Partial<RecommendationRef> | null) => typeof ref?.documentId === 'string' && Number.isInteger(ref.ordinal));
}

function isTagged(value: unknown): value is [string, IssueTag[]] {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && Array.isArray(value[1]) &&
    (value[1] as Partial<IssueTag>[]).every((t) => typeof t.issue === 'string' && typeof t.phrase === 'string' && Number.isInteger(t.start) && Number.isInteger(t.end));
}
