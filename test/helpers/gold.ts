import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The hand annotations of the five sample documents, exactly as shipped in ../shared/gold (never edited). */
export interface GoldRecommendation {
  readonly number?: number;
  readonly text: string;
  readonly themes: readonly string[];
  readonly issues: readonly string[];
  readonly ambiguous?: boolean;
  readonly duplicate_count?: number;
  readonly kind: string;
  readonly focus_area?: string;
}

export interface GoldPeer {
  readonly name: string;
  readonly role: string;
  readonly organisation: string;
  readonly member_peer?: boolean;
}

export interface GoldDocument {
  readonly file: string;
  readonly council: string;
  readonly gss_code: string;
  readonly document_type: string;
  readonly stage: string;
  readonly stage_also_accepted?: readonly string[];
  readonly framework: string | null;
  readonly document_date?: string;
  readonly visit?: { start: string; end: string };
  readonly planned_visit?: { start: string; end: string };
  readonly days_on_site?: number;
  readonly people_met?: number;
  readonly people_met_qualifier?: string;
  readonly meetings?: number;
  readonly hours?: number;
  readonly previous_challenge?: string;
  readonly next_challenge_due_by?: string;
  readonly original_challenge?: string;
  readonly revisit?: string;
  readonly peer_team?: readonly GoldPeer[];
  readonly peer_team_lead?: string;
  readonly additional_focus_areas?: readonly string[];
  readonly recommendations_listed: number;
  readonly recommendations_unique?: number;
  readonly recommendations_referenced?: number;
  readonly committee_recommendations?: readonly string[];
  readonly theme_sections?: readonly string[];
  readonly recommendations?: readonly GoldRecommendation[];
}

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export const gold: { documents: GoldDocument[] } = JSON.parse(
  readFileSync(`${FIXTURES}gold/sample-annotations.json`, 'utf8'),
);

/** The sample's file stem, e.g. `stoke-on-trent-2016-feedback-report`. */
export function stem(document: GoldDocument): string {
  return document.file.replace(/\.txt$/, '');
}

/** Lower-case words only, for comparing texts across formats and paraphrase. */
export function words(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Share of the gold text's words found in the extracted text. */
export function coverage(goldText: string, extracted: string): number {
  const found = new Set(words(extracted).split(' '));
  const wanted = words(goldText).split(' ');
  return wanted.filter((w) => found.has(w)).length / wanted.length;
}
