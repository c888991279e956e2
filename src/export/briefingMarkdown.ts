import type { Quote } from '../aggregate/types.js';
import { quoteLinks } from './briefingLinks.js';
import { percent } from '../percent.js';
import { QUOTES_PER_ITEM, generatedFromLines, quoteSource, summariseBriefing, validationNotes } from './briefingSummary.js';
import type { BriefingSummary } from './briefingSummary.js';
import type { BriefingInput } from './briefingTypes.js';
import { markdownText as t, markdownUrl } from './markdownEscape.js';
import { progressLead, SPEAKER_LABELS } from './briefingProgress.js';
import { STATUS_LABELS } from '../chart/progressByTheme.js';
import type { ProgressSummary } from '../lineage/progressSummary.js';

export interface MarkdownOptions {
  /** Where the PNG of a chart is, relative to the Markdown file (e.g. `charts/recurring-issues.png`). */
  readonly pngPath: (name: string) => string;
}

/**
 * The briefing as Markdown, for pasting into Word or an email: headline figures, method and validation, the
 * charts as PNG images, the theme and issue tables, and quotes with links to their source pages. Document text is
 * escaped so it renders literally.
 */
export function renderBriefingMarkdown(input: BriefingInput, options: MarkdownOptions): string {
  const summary = summariseBriefing(input);
  const { corpus } = input;
  const years = summary.years === null ? '' : `, ${summary.years}`;
  const blocks = [
    `# ${t(input.title)}`,
    `What LGA Corporate Peer Challenges told ${corpus.councils} ${corpus.councils === 1 ? 'council' : 'councils'}${years}: ` +
      `${corpus.recommendations} recommendations from ${corpus.documents} documents.`,
    '## Headline figures',
    summary.headline.map((f) => `- **${t(f.value)}** ${t(f.label)}${f.note === undefined ? '' : ` **${t(f.note)}**`}`).join('\n'),
    '## Method and validation',
    methodLines(input, summary),
    ...(input.charts.length === 0 ? [] : ['## Charts']),
    ...input.charts.flatMap((chart) => {
      const description = typeof chart.spec.description === 'string' ? chart.spec.description : '';
      return [`### ${t(chart.title)}`, `![${t(chart.title)}](${markdownUrl(options.pngPath(chart.name))})`, ...(description === '' ? [] : [`*${t(description)}*`])];
    }),
    '## Themes',
    table(
      ['Theme', 'Recommendations (primary theme)', 'Share', 'Councils touching the theme', 'Councils that asked for it'],
      summary.themes.map((row) => [t(row.label), String(row.primary), percent(row.share), `${row.councils} of ${row.councilsTotal}`, String(row.focusAreaCouncils)]),
    ),
    '## Recurring issues',
    table(
      ['Issue', 'Councils', 'Recommendations', 'Councils that asked for it'],
      [...input.issueRows]
        .sort((a, b) => b.councils - a.councils || (a.label < b.label ? -1 : 1))
        .map((row) => [t(row.label), `${row.councils} of ${row.councilsTotal}`, String(row.recommendations), String(row.focusAreaCouncils)]),
    ),
    ...quoteBlocks(input, summary),
    ...(input.progress === undefined ? [] : progressMarkdown(input.progress, input.documentRoot)),
  ];
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}

function methodLines(input: BriefingInput, summary: BriefingSummary): string {
  const { corpus, evaluation } = input;
  const lines = [
    `- Corpus: ${corpus.councils} councils, ${corpus.documents} documents, ${corpus.recommendations} recommendations${summary.years === null ? '' : `, ${summary.years}`}.`,
    `- Themes: the LGA’s ${corpus.framework} five themes; a recommendation restated in several documents of one challenge counts once; one that fits no theme counts as unclassified.`,
    evaluation === null
      ? '- Validation: no gold-standard evaluation was run.'
      : `- Validation against ${evaluation.n} hand-annotated recommendations: macro-F1 (lenient) ${evaluation.macroF1Lenient.toFixed(2)}, ` +
        `Cohen’s κ ${evaluation.kappa.toFixed(2)}, accuracy ${percent(evaluation.accuracy)}.` +
        validationNotes(evaluation).map((note) => ` ${t(note)}`).join(''),
  ];
  const from = generatedFromLines(input);
  if (from.length > 0) lines.push(`- Source: ${from.map(([label, value]) => `${t(label)} ${t(value)}`).join('; ')}.`);
  return lines.join('\n');
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const align = headers.map((_, i) => (i === 0 ? '---' : '---:'));
  return [headers, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function quoteBlock(quote: Quote, documentRoot: string): string {
  const links = quoteLinks(quote, documentRoot);
  const page = quote.page === null ? 'document' : `page ${quote.page}`;
  const local = links.local === null ? '' : ` · [source, ${page}](${markdownUrl(links.local)})`;
  const online = links.online === null ? '' : ` · [online](${markdownUrl(links.online)})`;
  return `> ${t(quote.text)}\n>\n> — ${t(quoteSource(quote))}${local}${online}`;
}

function quoteBlocks(input: BriefingInput, summary: BriefingSummary): string[] {
  const themes = summary.themeQuotes.flatMap((group) => [`#### ${t(group.label)}`, ...group.quotes.map((q) => quoteBlock(q, input.documentRoot))]);
  const issues = summary.topIssues
    .filter((issue) => issue.quotes.length > 0)
    .flatMap((issue) => [
      `#### ${t(issue.label)} (${issue.councils} of ${issue.councilsTotal} councils)`,
      ...issue.quotes.slice(0, QUOTES_PER_ITEM).map((q) => quoteBlock(q, input.documentRoot)),
    ]);
  if (themes.length === 0 && issues.length === 0) return [];
  return ['## What the peer teams said', ...(themes.length === 0 ? [] : ['### By theme', ...themes]), ...(issues.length === 0 ? [] : ['### By recurring issue', ...issues])];
}

/** "How far recommendations got": lead, counts by latest status, quotes by status. */
function progressMarkdown(p: ProgressSummary, documentRoot: string): string[] {
  const table = [
    '| Status | Recommendations | Share |', '| --- | ---: | ---: |',
    ...p.counts.map((c) => `| ${t(STATUS_LABELS[c.status])} | ${c.count} | ${percent(p.recommendations === 0 ? 0 : c.count / p.recommendations)} |`),
  ].join('\n');
  const quotes = p.quotes.flatMap((q) => [`#### ${t(`${SPEAKER_LABELS[q.speaker]}: ${STATUS_LABELS[q.status]}`)}`, `On: ${t(q.recommendation)}`, quoteBlock(q.quote, documentRoot)]);
  return ['## How far recommendations got', t(progressLead(p)), table, ...quotes];
}
