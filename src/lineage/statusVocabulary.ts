import { z } from 'zod';
import { describeIssue } from '../classify/describeIssue.js';
import { parseYaml } from '../classify/parseYaml.js';
import { CpcError } from '../errors.js';
import { READ_STATUSES } from './types.js';

const Phrase = z.string().trim().min(1);

/** The status vocabulary of `data/codebooks/progress-status.yaml`: words of follow-up documents -> status. */
export const StatusVocabularySchema = z.object({
  version: z.string().min(1),
  statuses: z.array(z.object({
    id: z.enum(READ_STATUSES),
    /** Matched anywhere in a report (see `matchPhrases`). */
    phrases: z.array(Phrase),
    /** Whole values of a status or RAG cell. */
    cells: z.array(Phrase).default([]),
  }).strict()).min(1),
  /** Phrases that win over the status phrases they overlap and say nothing ("will be completed"). */
  except: z.array(Phrase).default([]),
}).strict();
export type StatusVocabulary = z.infer<typeof StatusVocabularySchema>;

/** Lower-case, punctuation folded to single spaces: how cell values are compared. */
export function cellKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}/]+/gu, ' ').trim();
}

/**
 * Parse and validate the status vocabulary (YAML). Besides the schema, each status is listed once and no cell
 * value belongs to two statuses. A failure is a `CpcError('invalid-codebook')` naming the field and value.
 */
export function parseStatusVocabulary(text: string, file: string): StatusVocabulary {
  const input = parseYaml(text, file, 'invalid-codebook');
  const parsed = StatusVocabularySchema.safeParse(input);
  if (!parsed.success) throw new CpcError('invalid-codebook', describeIssue(parsed.error, input, file), { file });
  const seen = new Set<string>();
  const cells = new Map<string, string>();
  parsed.data.statuses.forEach((entry, i) => {
    if (seen.has(entry.id)) fail(file, `statuses.${i}.id: "${entry.id}" is listed twice`);
    seen.add(entry.id);
    entry.cells.forEach((cell, j) => {
      const owner = cells.get(cellKey(cell));
      if (owner !== undefined) fail(file, `statuses.${i}.cells.${j}: "${cell}" is already a cell of "${owner}"`);
      cells.set(cellKey(cell), entry.id);
    });
  });
  return parsed.data;
}

function fail(file: string, message: string): never {
  throw new CpcError('invalid-codebook', `${file}: ${message}`, { file });
}
