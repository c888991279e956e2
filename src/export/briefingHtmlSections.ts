import type { IssueRow, Quote, ThemeTableRow } from '../aggregate/types.js';
import { THEME_COLOURS } from '../chart/palette.js';
import type { BriefingSummary } from './briefingSummary.js';
import { percent } from '../percent.js';
import { QUOTES_PER_ITEM, generatedFromLines, quoteSource, validationNotes } from './briefingSummary.js';
import type { BriefingInput } from './briefingTypes.js';
import { quoteLinks } from './briefingLinks.js';
import { escapeHtml as e } from './htmlEscape.js';

/** The headline figures, each read as a phrase: "24% of recommendations are mainly about Finance". */
export function headlineHtml(summary: BriefingSummary): string {
  const items = summary.headline.map(
    (f) => `<li><span class="value">${e(f.value)}</span> <span class="label">${e(f.label)}</span>${f.note === undefined ? '' : ` <span class="note">${e(f.note)}</span>`}</li>`,
  );
  return `<ul class="headline" aria-label="Headline figures">${items.join('')}</ul>`;
}

/** Themes over the corpus, with their fixed chart colour. */
export function themeTableHtml(summary: BriefingSummary): string {
  const rows = summary.themes.map(
    (t) =>
      `<tr><th scope="row"><span class="swatch" style="background:${THEME_COLOURS[t.theme]}"></span>${e(t.label)}</th>` +
      `<td>${t.primary}</td><td>${percent(t.share)}</td><td>${t.councils} of ${t.councilsTotal}</td><td>${t.focusAreaCouncils}</td></tr>`,
  );
  return table(
    'Themes: recommendations by primary theme',
    ['Theme', 'Recommendations (primary theme)', 'Share', 'Councils touching the theme', 'Councils that asked for it'],
    rows,
  );
}

/**
 * The recurring issues, most widespread first; with `names`, the councils each was raised for (at sector scale the
 * council picker shows them council by council instead).
 */
export function issueTableHtml(issues: readonly IssueRow[], options: { readonly names: boolean } = { names: true }): string {
  const rows = [...issues]
    .sort((a, b) => b.councils - a.councils || (a.label < b.label ? -1 : 1))
    .map(
      (row) =>
        `<tr><th scope="row">${e(row.label)}</th><td>${row.councils} of ${row.councilsTotal}</td><td>${row.recommendations}</td>` +
        `<td>${row.focusAreaCouncils}</td>` +
        (options.names ? `<td class="names">${e(row.councilNames.join(', '))}</td>` : '') +
        `</tr>`,
    );
  const headers = ['Issue', 'Councils', 'Recommendations', 'Councils that asked for it'];
  return table('Recurring issues, by number of councils', options.names ? [...headers, 'Which councils'] : headers, rows, [4]);
}

/**
 * The theme × council table behind the heatmap, for reading exact numbers (and for screen readers). `sortable` (at
 * sector scale, where no chart has a row per council) opens it and marks it for the page script's sort and filter.
 */
export function councilTableHtml(input: BriefingInput, summary: BriefingSummary, options: { readonly sortable: boolean } = { sortable: false }): string {
  const cells = new Map<string, ThemeTableRow>();
  for (const row of input.themeRows) if (row.grouping === 'council' && row.framework === input.corpus.framework) cells.set(`${row.group}\u0000${row.theme}`, row);
  const rows = summary.councils.map((council) => {
    const counts = summary.themes.map((t) => `<td>${cells.get(`${council}\u0000${t.theme}`)?.primary ?? 0}</td>`);
    const total = summary.themes.map((t) => cells.get(`${council}\u0000${t.theme}`)?.groupRecommendations).find((n) => n !== undefined) ?? 0;
    return `<tr><th scope="row">${e(council)}</th>${counts.join('')}<td>${total}</td></tr>`;
  });
  const body = table('Recommendations by council and primary theme', ['Council', ...summary.themes.map((t) => t.label), 'All'], rows, [], options.sortable ? 'sortable' : '');
  return `<details class="council-table"${options.sortable ? ' open' : ''}><summary>Recommendations by council and primary theme (table)</summary>${body}</details>`;
}

function table(caption: string, headers: readonly string[], rows: readonly string[], leftColumns: readonly number[] = [], className = ''): string {
  const head = headers.map((h, i) => `<th scope="col"${leftColumns.includes(i) ? ' class="names"' : ''}>${e(h)}</th>`).join('');
  const attribute = className === '' ? '' : ` class="${e(className)}"`;
  return `<div class="table-wrap"><table${attribute}><caption>${e(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** One quote, its source and links to the document page and the published copy. */
export function quoteHtml(quote: Quote, documentRoot: string): string {
  const links = quoteLinks(quote, documentRoot);
  const page = quote.page === null ? 'document' : `page ${quote.page}`;
  const local = links.local === null ? '' : ` · <a href="${e(links.local)}">source, ${e(page)}</a>`;
  const online = links.online === null ? '' : ` · <a href="${e(links.online)}" rel="noopener noreferrer">online</a>`;
  return `<blockquote><p>${e(quote.text)}</p><footer>${e(quoteSource(quote))}${local}${online}</footer></blockquote>`;
}

/** Quotes for each theme and each top issue. */
export function quotesHtml(input: BriefingInput, summary: BriefingSummary): string {
  const group = (heading: string, quotes: readonly Quote[]) =>
    `<section class="quotes-group"><h4>${e(heading)}</h4>${quotes.map((q) => quoteHtml(q, input.documentRoot)).join('')}</section>`;
  const themes = summary.themeQuotes.map((t) => group(t.label, t.quotes));
  const issues = summary.topIssues.filter((i) => i.quotes.length > 0).map((i) => group(`${i.label} (${i.councils} of ${i.councilsTotal} councils)`, i.quotes.slice(0, QUOTES_PER_ITEM)));
  const html =
    (themes.length === 0 ? '' : `<h3>By theme</h3>${themes.join('')}`) + (issues.length === 0 ? '' : `<h3>By recurring issue</h3>${issues.join('')}`);
  return html === '' ? '<p>No quotes were selected.</p>' : html;
}

/** Method and validation: the corpus, how it was counted, and how the classifier did against the gold standard. */
export function methodHtml(input: BriefingInput, summary: BriefingSummary): string {
  const { corpus, evaluation } = input;
  const framework = corpus.framework === 'classic' ? 'the LGA’s classic five themes' : 'the LGA’s current five themes';
  const facts = [
    ['Councils', String(corpus.councils)],
    ['Documents', String(corpus.documents)],
    ['Recommendations', String(corpus.recommendations)],
    ['Years', summary.years ?? 'not dated'],
  ];
  const validation =
    evaluation === null
      ? '<p>No gold-standard evaluation was run for this briefing.</p>'
      : `<dl class="facts"><div><dt>Macro-F1 (lenient)</dt><dd>${evaluation.macroF1Lenient.toFixed(2)}</dd></div>` +
        `<div><dt>Cohen’s κ</dt><dd>${evaluation.kappa.toFixed(2)}</dd></div>` +
        `<div><dt>Accuracy</dt><dd>${percent(evaluation.accuracy)}</dd></div>` +
        `<div><dt>Annotated recommendations</dt><dd>${evaluation.n}</dd></div></dl>` +
        validationNotes(evaluation).map((note) => `<p>${e(note)}</p>`).join('');
  const from = generatedFromLines(input);
  return (
    `<h2>Method</h2><dl class="facts">${facts.map(([k, v]) => `<div><dt>${e(k ?? '')}</dt><dd>${e(v ?? '')}</dd></div>`).join('')}</dl>` +
    `<p>Recommendations were taken from the peer teams’ reports and classified into ${framework}. A recommendation ` +
    `restated in several documents about the same challenge is counted once; one that fits no theme is counted as ` +
    `unclassified, not dropped.</p>` +
    `<h2>Validation</h2>${validation}` +
    (from.length === 0 ? '' : `<h2>Source</h2><dl class="facts">${from.map(([k, v]) => `<div><dt>${e(k)}</dt><dd>${e(v)}</dd></div>`).join('')}</dl>`)
  );
}
