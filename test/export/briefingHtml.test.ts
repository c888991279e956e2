import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderBriefingHtml } from '../../src/export/briefingHtml.js';
import type { BriefingInput, BriefingScripts } from '../../src/export/briefingTypes.js';
import { XSS_PAYLOAD, fixtureBriefingInput } from '../chart/briefingInput.js';

/** Stand-ins for the libraries: one holds the strings an inlined script must not be broken by. */
const FAKE_SCRIPTS: BriefingScripts = {
  vega: 'window.vega = {}; var s = "</script><!-- x";',
  vegaLite: 'window.vegaLite = {};',
  vegaEmbed: 'window.vegaEmbed = function () {};',
};

let input: BriefingInput;
let html: string;

beforeAll(async () => {
  input = await fixtureBriefingInput(FAKE_SCRIPTS);
  html = renderBriefingHtml(input);
});

function chartsJson(page: string): string {
  const match = /<script type="application\/json" id="cpc-charts">([\s\S]*?)<\/script>/.exec(page);
  return match?.[1] ?? '';
}

describe('renderBriefingHtml', () => {
  it('is one self-contained page: no external resource, a policy that forbids fetching', () => {
    const $ = cheerio.load(html);
    expect($('script[src], link[rel="stylesheet"], iframe, object, embed').length).toBe(0);
    for (const img of $('img').toArray()) expect($(img).attr('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toContain("default-src 'none'");
  });

  it('shows the headline figures and the corpus size', () => {
    const $ = cheerio.load(html);
    const headline = $('.headline li').toArray().map((li) => $(li).text());
    expect(headline).toContain('12 councils, 2016–2024');
    expect(headline).toContain('123 recommendations');
    expect(headline.some((text) => text.startsWith('11 of 12 councils were told about'))).toBe(true);
  });

  it('has one chart container per chart, each with its static SVG until the script replaces it', () => {
    const $ = cheerio.load(html);
    expect($('[data-chart-index]').length).toBe(input.charts.length);
    for (const chart of input.charts) {
      const img = $(`[data-chart-name="${chart.name}"] img.chart-fallback`);
      expect(img.length).toBe(1);
      expect(Buffer.from(img.attr('src')!.split(',')[1]!, 'base64').toString('utf8')).toBe(chart.svg);
      expect(img.attr('alt')).toBe(chart.title);
    }
  });

  it('puts method and validation beside the charts', () => {
    const $ = cheerio.load(html);
    const aside = $('aside').text();
    expect(aside).toContain('Macro-F1 (lenient)0.71');
    expect(aside).toContain('Cohen’s κ0.64');
    expect(aside).toContain('Annotated recommendations186');
    expect(aside).toContain('output/corpus.json');
  });

  it('says so when there was no evaluation, and shows a time only when one is passed', () => {
    const page = renderBriefingHtml({ ...input, evaluation: null });
    expect(page).toContain('No gold-standard evaluation was run');
    expect(page).not.toMatch(/Generated/);
    expect(renderBriefingHtml({ ...input, generatedFrom: { generatedAt: '2025-01-31T10:00:00Z' } })).toContain('2025-01-31T10:00:00Z');
  });

  it('shows document text literally: the XSS payload is text, never an element', () => {
    const $ = cheerio.load(html);
    expect(html).not.toContain(XSS_PAYLOAD);
    expect(html).not.toContain('<script>alert(2)');
    expect($('img[src="x"], img[onerror]').length).toBe(0);
    expect($('blockquote p').toArray().map((p) => $(p).text())).toContain(
      `Review the ${XSS_PAYLOAD} procurement rules so that savings are tracked and delivered.`,
    );
  });

  it('embeds the chart specs as JSON that cannot close its script element', () => {
    const evil = '</script><script>alert(3)</script><!-- \u2028\u2029 & done';
    const charts = input.charts.map((c, i) => (i === 0 ? { ...c, title: evil, spec: { ...c.spec, description: evil } } : c));
    const page = renderBriefingHtml({ ...input, charts });
    const json = chartsJson(page);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    const parsed = JSON.parse(json) as { name: string; spec: { description: string } }[];
    expect(parsed.map((c) => c.name)).toEqual(input.charts.map((c) => c.name));
    expect(parsed[0]?.spec.description).toBe(evil);
    expect(parsed[1]?.spec).toEqual(JSON.parse(JSON.stringify(input.charts[1]?.spec)));
    const $ = cheerio.load(page);
    expect($('script').length).toBe(5);
    expect($('script:not([type])').toArray().some((s) => $(s).text().includes('alert(3)'))).toBe(false);
    expect($('figure.chart h3').first().text()).toBe(evil);
  });

  it('inlines the libraries so that "</script" inside them cannot end the element', () => {
    const $ = cheerio.load(html);
    const scripts = $('script:not([type])').toArray().map((s) => $(s).text());
    expect(scripts[0]).toBe('window.vega = {}; var s = "<\\/script><\\!-- x";');
    expect(scripts[1]).toBe(FAKE_SCRIPTS.vegaLite);
  });

  it('offers every council in the filter, escaped, and drives the charts through their parameter', () => {
    const $ = cheerio.load(html);
    const options = $('#council-filter option').toArray().map((o) => $(o).attr('value'));
    expect(options[0]).toBe('');
    expect(options).toContain('Brighton & Hove City Council');
    expect(options.length).toBe(13);
    expect(html).toContain('Brighton &#38; Hove City Council');
    expect(html).toContain(`view.signal("councilFilter", select.value)`);
  });

  it('gives a static page (no script, no filter) when no libraries are passed', () => {
    const page = renderBriefingHtml({ ...input, scripts: null });
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toContain('council-filter"');
    expect(cheerio.load(page)('img.chart-fallback').length).toBe(input.charts.length);
  });

  it('links each quote to its document page relative to output/, and to the published copy when known', () => {
    const $ = cheerio.load(html);
    const hrefs = $('blockquote a').toArray().map((a) => $(a).attr('href') ?? '');
    expect(hrefs).toContain('../data/sample/pdf/stockport-metropolitan-borough-council-2024-feedback-report.pdf#page=7');
    expect(hrefs.filter((h) => h.startsWith('https://')).length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(\.\.\/data\/sample\/pdf\/[a-z0-9-]+\.pdf#page=\d+|https:\/\/www\.local\.gov\.uk\/)/);
  });

  it('shows the theme and issue tables', () => {
    const $ = cheerio.load(html);
    const captions = $('caption').toArray().map((c) => $(c).text());
    expect(captions).toEqual(['Themes: recommendations by primary theme', 'Recurring issues, by number of councils', 'Recommendations by council and primary theme']);
    expect($('table').first().find('tbody tr').length).toBe(6);
    expect($('table').eq(1).find('tbody tr').length).toBe(input.issueRows.length);
  });

  it('gives the same bytes for the same input', () => {
    expect(renderBriefingHtml(input)).toBe(html);
  });
});
