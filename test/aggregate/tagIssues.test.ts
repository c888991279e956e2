import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIssueTaxonomy, tagIssues, type IssueTaxonomy } from '../../src/aggregate/index.js';
import { isCpcError } from '../../src/errors.js';
import { loadIssueTaxonomy } from '../../src/resources/taxonomy.js';

let taxonomy: IssueTaxonomy;
beforeAll(async () => {
  taxonomy = await loadIssueTaxonomy();
});

const tiny = parseIssueTaxonomy(
  `version: t
issues:
  - id: mtfs
    label: MTFS
    phrases: [medium term financial strategy]
  - id: finance
    label: Finance
    phrases: [financial strategy, budget]
  - id: comms
    label: Comms
    phrases: [communicat*]
  - id: risk
    label: Risk
    phrases: [risk]
    except: [a risk that]
`,
  'tiny.yaml',
);

describe('tagIssues', () => {
  it.each([
    // [text, expected tags as issue:matched words]
    ['Develop a medium-term financial strategy.', ['mtfs:medium-term financial strategy']],
    ['Agree a financial strategy and a budget', ['finance:financial strategy']],
    ['Set the budget', ['finance:budget']],
    ['Communicate widely; improve communications', ['comms:Communicate']],
    ['Work with the community', []],
    ['There was a risk that focus would drift', []],
    ['Manage risk better; there is a risk that it slips', ['risk:risk']],
    ['BUDGETS and Medium Term Financial Strategy', ['finance:BUDGETS', 'mtfs:Medium Term Financial Strategy']],
    ['budgetary control', []],
  ])('%s', (text, expected) => {
    expect(tagIssues(text, tiny).map((t) => `${t.issue}:${t.phrase}`)).toEqual(expected);
  });

  it('keeps each tag\'s evidence span in the text', () => {
    const text = 'Continue to strengthen governance with a particular focus on performance, risk, decision-making and use of data.';
    const tags = tagIssues(text, taxonomy);
    expect(tags.map((t) => t.issue)).toEqual(['performance-management', 'risk-management', 'decision-making', 'data-and-insight']);
    for (const t of tags) expect(text.slice(t.start, t.end)).toBe(t.phrase);
    expect(tags.map((t) => t.phrase)).toEqual(['performance', 'risk', 'decision-making', 'use of data']);
  });

  it.each([
    ['Take robust action to stabilise the budget and develop a medium term financial strategy', ['financial-sustainability', 'medium-term-financial-strategy']],
    ['Show political leadership on recycling performance', ['political-leadership', 'recycling']],
    ['Review what the Locality Forums are achieving', ['locality-working', 'community-engagement']],
    ['Address in-year overspends driven by demand pressures', ['budget-pressures', 'demand-management']],
    ['Invest in staff by introducing a recognition scheme', ['workforce']],
    ['Establish a shared understanding of inclusive growth with partners', ['inclusive-growth', 'partnerships']],
    ['Tackle health inequalities', ['health-inequalities']],
    ['Declare a climate emergency and reduce carbon', ['climate-and-environment']],
    ['Improve the working environment', []],
    ['Strengthen member development and the relationship between members and officers', ['member-role']],
    ['Improve customer services and complaints handling', ['customer-focus']],
    ['Grow income from fees and charges through a trading company', ['commercialisation']],
  ])('the package taxonomy: %s', (text, expected) => {
    expect(tagIssues(text, taxonomy).map((t) => t.issue)).toEqual(expected);
  });

  it('covers the required issues', () => {
    const ids = taxonomy.issues.map((i) => i.id);
    for (const id of [
      'financial-sustainability', 'medium-term-financial-strategy', 'reserves', 'narrative', 'communications', 'partnerships',
      'place-shaping', 'economic-growth', 'inclusive-growth', 'housing', 'health-inequalities', 'climate-and-environment', 'recycling',
      'equality', 'community-engagement', 'locality-working', 'member-role', 'senior-leadership', 'decision-making', 'scrutiny',
      'performance-management', 'risk-management', 'data-and-insight', 'programme-management', 'prioritisation',
      'organisational-capacity', 'workforce', 'transformation-and-digital', 'commercialisation', 'procurement-and-commissioning',
      'customer-focus',
    ]) expect(ids).toContain(id);
  });
});

describe('parseIssueTaxonomy', () => {
  const invalid = (text: string): string => {
    try {
      parseIssueTaxonomy(text, 'bad.yaml');
    } catch (error) {
      if (isCpcError(error) && error.code === 'invalid-codebook') return error.message;
      throw error;
    }
    throw new Error('accepted');
  };

  it('names the field and the value of a failure', () => {
    expect(invalid('version: x\nissues:\n  - id: Bad Id\n    label: L\n    phrases: [a]\n')).toMatch(/^bad\.yaml: issues\.0\.id: .*\(got "Bad Id"\)/);
    expect(invalid('version: x\nissues:\n  - id: a\n    label: L\n    phrases: []\n')).toMatch(/issues\.0\.phrases/);
    expect(invalid('version: x\nissues:\n  - id: a\n    label: L\n    phrases: [x]\n    themes: [money]\n')).toMatch(/issues\.0\.themes\.0.*"money"/);
    expect(invalid('version: x\nissues:\n  - id: a\n    label: L\n    phrases: ["a*b"]\n')).toMatch(/issues\.0\.phrases\.0/);
    expect(invalid('version: x\nissues:\n  - id: a\n    label: L\n    phrases: [x]\n    colour: red\n')).toMatch(/colour/);
  });

  it('rejects duplicate ids and a phrase under two issues (hyphens and spaces alike)', () => {
    const issue = (id: string, phrase: string) => `  - id: ${id}\n    label: L\n    phrases: ["${phrase}"]\n`;
    expect(invalid(`version: x\nissues:\n${issue('a', 'x')}${issue('a', 'y')}`)).toMatch(/issues\.1\.id: "a" is listed twice/);
    expect(invalid(`version: x\nissues:\n${issue('a', 'decision-making')}${issue('b', 'Decision making')}`)).toMatch(/issues\.1\.phrases\.0: .*already a phrase of "a"/);
  });

  it('rejects YAML that does not parse', () => {
    expect(invalid('version: [\n')).toMatch(/not valid YAML/);
  });

  it('loads from a file, and says which file is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-issues-'));
    writeFileSync(join(dir, 'issues.yaml'), 'version: x\nissues:\n  - id: a\n    label: A\n    phrases: [alpha]\n');
    expect((await loadIssueTaxonomy(join(dir, 'issues.yaml'))).issues.map((i) => i.id)).toEqual(['a']);
    await expect(loadIssueTaxonomy(join(dir, 'missing.yaml'))).rejects.toMatchObject({ code: 'file-not-found' });
  });
});
