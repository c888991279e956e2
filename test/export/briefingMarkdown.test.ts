import { beforeAll, describe, expect, it } from 'vitest';
import type { Quote } from '../../src/aggregate/types.js';
import { renderBriefingMarkdown } from '../../src/export/briefingMarkdown.js';
import type { BriefingInput } from '../../src/export/briefingTypes.js';
import { markdownText, markdownUrl } from '../../src/export/markdownEscape.js';
import { XSS_PAYLOAD, fixtureBriefingInput } from '../chart/briefingInput.js';

let input: BriefingInput;
let markdown: string;
const pngPath = (name: string) => `charts/${name}.png`;

beforeAll(async () => {
  input = await fixtureBriefingInput(null);
  markdown = renderBriefingMarkdown(input, { pngPath });
});

describe('renderBriefingMarkdown', () => {
  it('opens with the title, the corpus size and the headline figures', () => {
    expect(markdown.startsWith('# Corporate Peer Challenges: what 12 councils were told\n\nWhat LGA Corporate Peer Challenges told 12 councils, 2016–2024')).toBe(true);
    expect(markdown).toContain('- **12** councils, 2016–2024\n');
    expect(markdown).toMatch(/- \*\*11 of 12\*\* councils were told about \*\*Organisational capacity and workforce\*\*/);
  });

  it('shows every chart as its PNG, with the description beneath', () => {
    for (const chart of input.charts) expect(markdown).toContain(`![${markdownText(chart.title)}](<charts/${chart.name}.png>)`);
    expect(markdown).toContain('*Bar chart ranking 15 recurring issues');
  });

  it('gives the method and validation figures', () => {
    expect(markdown).toContain('macro-F1 (lenient) 0.71, Cohen’s κ 0.64, accuracy 73%');
    expect(renderBriefingMarkdown({ ...input, evaluation: null }, { pngPath })).toContain('no gold-standard evaluation was run');
  });

  it('has the theme and issue tables', () => {
    expect(markdown).toContain('| Theme | Recommendations (primary theme) | Share | Councils touching the theme | Councils that asked for it |\n| --- | ---: | ---: | ---: | ---: |\n');
    expect(markdown).toContain('| Organisational capacity and workforce | 11 of 12 | 14 | 1 |');
  });

  it('quotes with source, page link relative to output/ and the published copy', () => {
    expect(markdown).toContain(
      '> — Sevenoaks District Council, 2020 · [source, page 6](<../data/sample/pdf/sevenoaks-district-council-2020-feedback-report.pdf#page=6>)',
    );
    expect(markdown).toMatch(/\[online\]\(<https:\/\/www\.local\.gov\.uk\/peer-challenges\/[a-z-]+\?report=\d{4}&page=\d+>\)/);
  });

  it('escapes document text so it renders literally', () => {
    expect(markdown).not.toContain(XSS_PAYLOAD);
    expect(markdown).toContain('> Review the \\<img src=x onerror=alert(1)\\> procurement rules');
    expect(markdown).not.toMatch(/(^|[^\\])<script/m);
  });

  it('keeps hostile quotes inside their blockquote and table cells inside their row', () => {
    const quote: Quote = {
      text: '# Heading\n\n- item | cell [link](javascript:alert(1)) *bold* &lt;',
      council: { name: 'A | B', shortName: 'A | B', gssCode: 'E07000001', authorityType: 'shire district', region: 'South East', country: 'England' },
      year: 2020,
      documentId: 'd',
      file: 'docs/my report (final).pdf',
      page: 3,
      url: 'javascript:alert(1)',
    };
    const issue = { ...input.issueRows[0]!, label: 'Pipes | and [brackets]', quotes: [quote] };
    const page = renderBriefingMarkdown({ ...input, issueRows: [issue], themeQuotes: {} }, { pngPath });
    expect(page).toContain('> \\# Heading - item \\| cell \\[link\\](javascript:alert(1)) \\*bold\\* \\&lt;\n>\n> — A \\| B, 2020 · [source, page 3](<../docs/my%20report%20(final).pdf#page=3>)\n');
    expect(page).not.toContain('[online]');
    expect(page).toContain('| Pipes \\| and \\[brackets\\] | 11 of 12 |');
  });

  it('is deterministic', () => {
    expect(renderBriefingMarkdown(input, { pngPath })).toBe(markdown);
  });
});

describe('markdownText', () => {
  it.each([
    ['plain text stays plain', 'plain text stays plain'],
    ['<b>bold</b>', '\\<b\\>bold\\</b\\>'],
    ['a_b*c`d', 'a\\_b\\*c\\`d'],
    ['1. first', '1\\. first'],
    ['2) second', '2\\) second'],
    ['- dash', '\\- dash'],
    ['+ plus', '\\+ plus'],
    ['## title', '\\## title'],
    ['2024. A year', '2024\\. A year'],
    ['line one\nline two\r\n\tthree', 'line one line two three'],
    ['AT&T &amp; co', 'AT\\&T \\&amp; co'],
    ['back\\slash', 'back\\\\slash'],
    ['-5% budget', '-5% budget'],
  ])('%j -> %j', (text, expected) => {
    expect(markdownText(text)).toBe(expected);
  });
});

describe('markdownUrl', () => {
  it('wraps in <> and percent-encodes what would end the destination', () => {
    expect(markdownUrl('charts/a b.png')).toBe('<charts/a%20b.png>');
    expect(markdownUrl('x<y>z\n')).toBe('<x%3Cy%3Ez%0A>');
  });
});
