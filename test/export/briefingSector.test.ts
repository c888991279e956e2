import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { DETAIL_ROWS } from '../../src/chart/chartLevel.js';
import { councilProfiles, type CouncilProfiles } from '../../src/export/briefingCouncils.js';
import { renderBriefingHtml } from '../../src/export/briefingHtml.js';
import { summariseBriefing } from '../../src/export/briefingSummary.js';
import type { BriefingInput, BriefingScripts } from '../../src/export/briefingTypes.js';
import { fixtureBriefingInput } from '../chart/briefingInput.js';
import { HOSTILE_COUNCIL, sectorBriefingInput } from '../chart/sectorBriefingInput.js';

const FAKE_SCRIPTS: BriefingScripts = { vega: 'window.vega = {};', vegaLite: 'window.vegaLite = {};', vegaEmbed: 'window.vegaEmbed = function () {};' };

let input: BriefingInput;
let html: string;

beforeAll(async () => {
  input = await sectorBriefingInput(FAKE_SCRIPTS);
  html = renderBriefingHtml(input);
});

function councilsJson(page: string): CouncilProfiles {
  const match = /<script type="application\/json" id="cpc-councils">([\s\S]*?)<\/script>/.exec(page);
  return JSON.parse(match?.[1] ?? 'null') as CouncilProfiles;
}

describe(`the briefing of more than ${DETAIL_ROWS} councils`, () => {
  it('offers a council picker in place of the council select, its data as escaped JSON', () => {
    const $ = cheerio.load(html);
    expect($('#council-picker').length).toBe(1);
    expect($('#council-filter').length).toBe(0);
    const data = councilsJson(html);
    expect(data.councils.length).toBe(60);
    expect(data.councils.map((c) => c.name)).toContain(HOSTILE_COUNCIL);
    expect(html).not.toContain('<script>alert(1)');
  });

  it('gives each council its theme counts and the issues raised for it', () => {
    const data = councilsJson(html);
    for (const council of data.councils) {
      const own = input.themeRows.filter((row) => row.grouping === 'council' && row.group === council.name);
      expect(council.counts.reduce((a, b) => a + b, 0)).toBe(own.reduce((sum, row) => sum + row.primary, 0));
      expect(council.recommendations).toBe(own[0]?.groupRecommendations);
      const raised = input.issueRows.filter((row) => row.councilNames.includes(council.name)).map((row) => row.label).sort();
      expect(council.issues.map((i) => data.issues[i]).sort()).toEqual(raised);
    }
  });

  it('opens the council table, sortable, and leaves the names out of the issue table', () => {
    const $ = cheerio.load(html);
    expect($('details.council-table').attr('open')).toBeDefined();
    expect($('details.council-table table.sortable tbody tr').length).toBe(60);
    const issueHeads = $('caption:contains("Recurring issues")').closest('table').find('thead th').toArray().map((th) => $(th).text());
    expect(issueHeads).not.toContain('Which councils');
  });

  it('keeps the headline figures first', () => {
    const $ = cheerio.load(html);
    expect($('body > header .headline li').length).toBeGreaterThanOrEqual(3);
    expect(html.indexOf('class="headline"')).toBeLessThan(html.indexOf('id="council-picker"'));
  });

  it('has no picker on a static page (no scripts)', () => {
    const page = renderBriefingHtml({ ...input, scripts: null });
    expect(page).not.toContain('cpc-councils');
    expect(page).not.toContain('id="council-picker"');
  });
});

describe(`the briefing of ${DETAIL_ROWS} councils or fewer`, () => {
  it('keeps the council select, the closed council table and the issue names', async () => {
    const page = renderBriefingHtml(await fixtureBriefingInput(FAKE_SCRIPTS));
    const $ = cheerio.load(page);
    expect($('#council-filter').length).toBe(1);
    expect($('#council-picker').length).toBe(0);
    expect($('table.sortable').length).toBe(0);
    expect($('details.council-table').attr('open')).toBeUndefined();
    expect(page).toContain('Which councils');
  });
});

describe('councilProfiles', () => {
  it('lists the councils in the summary order with counts in theme order', async () => {
    const sector = await sectorBriefingInput(null, 35);
    const summary = summariseBriefing(sector);
    const profiles = councilProfiles(sector, summary);
    expect(profiles.councils.map((c) => c.name)).toEqual(summary.councils);
    expect(profiles.themes).toEqual(summary.themes.map((t) => t.label));
  });
});
