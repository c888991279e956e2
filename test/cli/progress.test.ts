import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RecommendationProgress } from '../../src/lineage/types.js';
import { cli } from '../helpers/cli.js';

/** `cpc run` and `cpc progress` on the lineage fixture corpus (eight challenges), into a temporary folder. */
describe('cpc run test/fixtures/lineage', () => {
  const out = mkdtempSync(join(tmpdir(), 'cpc-lineage-'));
  let result: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    result = await cli(['run', 'test/fixtures/lineage', '--out', out, '--no-cache']);
  }, 180_000);

  it('writes recommendation-progress.csv, one row per original recommendation with quotes and sources', () => {
    expect(result.code, result.stderr).toBe(0);
    const rows = readFileSync(join(out, 'recommendation-progress.csv'), 'utf8').trim().split('\n');
    expect(rows[0]).toBe(
      'recommendation_id,challenge_id,council,gss_code,authority_type,challenge_year,number,text,theme_classic,theme_current,' +
      'base_document_id,stand_in,follow_up_documents,status,peer_status,peer_date,peer_quote,peer_source_file,peer_source_page,' +
      'council_status,council_date,council_quote,council_source_file,council_source_page,linked_documents,evidence',
    );
    expect(rows).toHaveLength(1 + 40);
    expect(rows.find((r) => r.startsWith('gedling-2022-feedback-report-txt#1,'))).toContain(',no-follow-up,no-follow-up,,,,,no-follow-up,');
  });

  it('writes the implementation table with every status of every group', () => {
    const rows = readFileSync(join(out, 'recommendation-implementation.csv'), 'utf8').trim().split('\n');
    expect(rows[0]).toBe('grouping,group,status,recommendations,group_recommendations,group_followed_up,share');
    expect(rows.filter((r) => r.startsWith('year,2022,'))).toEqual([
      'year,2022,completed,1,10,5,0.100', 'year,2022,on-track,2,10,5,0.200', 'year,2022,some-progress,1,10,5,0.100',
      'year,2022,limited-progress,1,10,5,0.100', 'year,2022,not-started,0,10,5,0.000', 'year,2022,no-evidence,0,10,5,0.000',
      'year,2022,no-follow-up,5,10,5,0.500',
    ]);
  });

  it('draws the progress chart as a PNG and adds the section with quotes to both briefings', () => {
    const png = readFileSync(join(out, 'charts', 'progress-by-theme.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const markdown = readFileSync(join(out, 'briefing.md'), 'utf8');
    expect(markdown).toContain('## How far recommendations got\n\nOf 40 recommendations, 35 (88%) have a later action plan');
    expect(markdown).toContain('> Peers consider this recommendation fully met.');
    expect(readFileSync(join(out, 'briefing.html'), 'utf8')).toContain('<h2>How far recommendations got</h2>');
  });

  it('cpc progress lists the same records as JSON, filtered by council and status', async () => {
    const json = await cli(['progress', '--corpus', join(out, 'corpus.jsonl'), '--council', 'dacorum', '--format', 'json', '--no-cache']);
    expect(json.code, json.stderr).toBe(0);
    const records = JSON.parse(json.stdout) as (Omit<RecommendationProgress, 'council'> & { council: string; gssCode: string; councilShortName: string })[];
    // the machine interface keeps its flat council fields
    expect([records[0]?.council, records[0]?.gssCode, records[0]?.councilShortName]).toEqual(['Dacorum Borough Council', 'E07000096', 'Dacorum']);
    expect(records.map((r) => [r.number, r.status, r.standIn])).toEqual([
      [1, 'completed', true], [2, 'some-progress', true], [3, 'on-track', true], [4, 'limited-progress', true], [5, 'completed', true],
    ]);
    const csv = await cli(['progress', '--corpus', join(out, 'corpus.jsonl'), '--status', 'no-follow-up', '--format', 'csv', '--no-cache']);
    expect(csv.stdout.trim().split('\n').slice(1).map((r) => r.split(',')[0])).toEqual([1, 2, 3, 4, 5].map((n) => `gedling-2022-feedback-report-txt#${n}`));
  });

  it('reports a follow-up file that has gone with a one-line coded error, and still lists the rest', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'cpc-lineage-gone-'));
    cpSync('test/fixtures/lineage', join(copy, 'docs'), { recursive: true });
    const ingest = await cli(['ingest', 'docs', '--out', 'corpus.jsonl'], copy);
    expect(ingest.code, ingest.stderr).toBe(0);
    rmSync(join(copy, 'docs', 'fenland-2024-progress-review.txt'));
    const gone = await cli(['progress', '--corpus', 'corpus.jsonl', '--council', 'fenland', '--format', 'csv', '--no-cache'], copy);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/^error \[file-not-found\] docs\/fenland-2024-progress-review\.txt: .+\n$/);
    expect(gone.stdout.trim().split('\n')).toHaveLength(1 + 5);
  });
});
