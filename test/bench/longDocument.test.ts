import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTargetCouncils } from '../../bench/lib/corpus/councils.js';
import { PAGE_RANGE, bodyOf, longDocument, targetPages } from '../../bench/lib/corpus/longDocument.js';
import { planDocument } from '../../bench/lib/corpus/plan.js';
import { TEMPLATES, TEMPLATE_IDS } from '../../bench/lib/corpus/templates.js';
import { seededRandom } from '../../src/classify/seededRandom.js';

const html = new Map(TEMPLATE_IDS.map((id) => [id, readFileSync(`test/fixtures/sample/html/${id}.html`, 'utf8')]));
const text = new Map(TEMPLATE_IDS.map((id) => [id, readFileSync(`test/fixtures/sample/text/${id}.txt`, 'utf8')]));

describe('long documents of the sector benchmark', async () => {
  const set = { texts: text, councils: await loadTargetCouncils() };
  const plan = planDocument(3, 'html', set, 1);

  it('spreads target lengths over 20–60 pages', () => {
    const random = seededRandom(5);
    const pages = Array.from({ length: 500 }, () => targetPages(random));
    expect(Math.min(...pages)).toBe(PAGE_RANGE[0]);
    expect(Math.max(...pages)).toBe(PAGE_RANGE[1]);
  });

  it('follows the document with appendices from every other template, all about the planned council', () => {
    const doc = longDocument(plan, 'html', html, seededRandom(9), 40);
    expect(doc.length).toBeGreaterThanOrEqual(40 * 3500);
    expect((doc.match(/<\/body>/g) ?? []).length).toBe(1);
    expect((doc.match(/<h1>Appendix \d+: background paper<\/h1>/g) ?? []).length).toBeGreaterThanOrEqual(4);
    for (const template of TEMPLATES) {
      const own = template.officialForms[0]!;
      if (!plan.variation.council.officialName.includes(own)) expect(doc, template.id).not.toContain(own);
    }
    expect(doc).toContain(plan.variation.council.officialName);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(longDocument(plan, 'text', text, seededRandom(2), 30)).toBe(longDocument(plan, 'text', text, seededRandom(2), 30));
    expect(longDocument(plan, 'text', text, seededRandom(2), 30)).not.toBe(longDocument(plan, 'text', text, seededRandom(3), 30));
  });

  it('takes the body of an HTML document', () => {
    expect(bodyOf('<html><head><title>x</title></head><body class="a">\n<p>Hi</p>\n</body></html>')).toBe('\n<p>Hi</p>\n');
    expect(bodyOf('<p>no body</p>')).toBe('<p>no body</p>');
  });
});

describe('the years of a long document', async () => {
  const set = { texts: text, councils: await loadTargetCouncils() };
  it('moves every appendix to the document’s own challenge year', () => {
    const plan = planDocument(7, 'text', set, 1);
    const year = Number(/-(\d{4})-/.exec(plan.template.id)?.[1]) + plan.variation.yearShift;
    const doc = longDocument(plan, 'text', text, seededRandom(4), 40);
    const appendixYears = [...doc.matchAll(/Appendix \d+: background paper\n\n[\s\S]*?\b(20\d\d)\b/g)].map((m) => Number(m[1]));
    expect(appendixYears.length).toBeGreaterThan(0);
    for (const y of appendixYears) expect(Math.abs(y - year)).toBeLessThanOrEqual(3);
  });
});
