import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The reader tests' own fixtures and the four-format sample corpus. */
export const INGEST_FIXTURES = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
export const SAMPLE = fileURLToPath(new URL('../fixtures/sample/', import.meta.url));

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(INGEST_FIXTURES + name));
}

export function sampleBytes(format: 'text' | 'html' | 'docx' | 'pdf', stem: string): Uint8Array {
  const extension = format === 'text' ? 'txt' : format;
  return new Uint8Array(readFileSync(`${SAMPLE}${format}/${stem}.${extension}`));
}

export const SAMPLE_STEMS = [
  'sevenoaks-2020-proposal-report',
  'stockport-2024-revisit-scrutiny-report',
  'stockton-on-tees-2019-cabinet-decision',
  'stoke-on-trent-2016-feedback-report',
  'test-valley-2020-progress-report',
] as const;
