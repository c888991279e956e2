import { Buffer } from 'node:buffer';
import { DETAIL_ROWS } from '../chart/chartLevel.js';
import { councilProfiles } from './briefingCouncils.js';
import { BRIEFING_CLIENT_SCRIPT, BRIEFING_CSS } from './briefingHtmlClient.js';
import { BRIEFING_SECTOR_CSS, BRIEFING_SECTOR_SCRIPT } from './briefingSectorClient.js';
import { councilTableHtml, headlineHtml, issueTableHtml, methodHtml, quotesHtml, themeTableHtml } from './briefingHtmlSections.js';
import { progressHtml } from './briefingProgress.js';
import { summariseBriefing } from './briefingSummary.js';
import type { BriefingSummary } from './briefingSummary.js';
import type { BriefingChart, BriefingInput } from './briefingTypes.js';
import { escapeHtml as e, jsonForScript, scriptText } from './htmlEscape.js';

/**
 * Content Security Policy of the page: nothing is fetched (no network, no images but inline SVG data); inline
 * scripts and styles only, and `unsafe-eval` because Vega compiles its expressions to functions.
 */
const CSP = "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * One self-contained HTML briefing that opens from disk with no network:
 *   summary (headline, theme totals, top issues) -> header and headline figures
 *   -> charts (static SVG images, swapped for interactive vega-embed views when scripts are given) beside method
 *   and validation -> tables -> quotes -> inlined libraries, chart specs as escaped JSON, and the page script.
 * At sector scale (more councils than a chart gives a row each) the council select gives way to a council picker
 * fed by compact JSON, the council table opens sortable and filterable, and the issue table leaves out the names.
 * Every piece of document text is escaped; the same input gives the same bytes.
 */
export function renderBriefingHtml(input: BriefingInput): string {
  const summary = summariseBriefing(input);
  const interactive = input.scripts !== null && input.charts.length > 0;
  const sector = input.corpus.councils > DETAIL_ROWS;
  const picker = sector && input.scripts !== null;
  const lead = leadText(input, summary);
  const body =
    `<header><h1>${e(input.title)}</h1><p class="lead">${e(lead)}</p>${headlineHtml(summary)}</header>` +
    `<main><div class="layout"><div class="charts">` +
    (picker ? councilPickerHtml() : interactive && !sector ? councilFilterHtml(summary.councils) : '') +
    `<h2>Charts</h2>${input.charts.map(chartHtml).join('') || '<p>No charts: the corpus had nothing to count.</p>'}` +
    `<h2>Tables</h2>${themeTableHtml(summary)}${issueTableHtml(input.issueRows, { names: !sector })}${councilTableHtml(input, summary, { sortable: sector })}` +
    `<h2>What the peer teams said</h2>${quotesHtml(input, summary)}` +
    (input.progress === undefined ? '' : progressHtml(input.progress, input.documentRoot)) +
    `</div><aside aria-label="Method and validation">${methodHtml(input, summary)}</aside></div></main>` +
    `<footer><p>Made with cpc. Charts and tables count recommendations; quotes link to the page of the document ` +
    `they come from.</p></footer>`;
  return (
    `<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${e(CSP)}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${e(input.title)}</title>\n` +
    `<style>${BRIEFING_CSS}${sector ? BRIEFING_SECTOR_CSS : ''}</style>\n</head>\n<body>\n${body}\n` +
    `${interactive ? scriptsHtml(input) : ''}${picker ? sectorScriptsHtml(input, summary) : ''}</body>\n</html>\n`
  );
}

function leadText(input: BriefingInput, summary: BriefingSummary): string {
  const { corpus } = input;
  const councils = `${corpus.councils} ${corpus.councils === 1 ? 'council' : 'councils'}`;
  const years = summary.years === null ? '' : `, ${summary.years}`;
  return `What LGA Corporate Peer Challenges told ${councils}${years}: ${corpus.recommendations} recommendations from ${corpus.documents} documents.`;
}

/** The council select, hidden until the page script shows it (it does nothing without JavaScript). */
function councilFilterHtml(councils: readonly string[]): string {
  if (councils.length < 2) return '';
  const options = councils.map((c) => `<option value="${e(c)}">${e(c)}</option>`).join('');
  return (
    `<p class="council-filter" hidden><label for="council-filter">Show one council in the council charts: </label>` +
    `<select id="council-filter"><option value="">All councils</option>${options}</select></p>`
  );
}

/** The council picker, hidden until the page script fills it from the councils' JSON. */
function councilPickerHtml(): string {
  return (
    `<section class="council-picker" id="council-picker" aria-label="One council" hidden><h2>One council</h2>` +
    `<p><label for="council-pick">Type or choose a council: </label><input id="council-pick" type="search" list="council-names" autocomplete="off">` +
    `<datalist id="council-names"></datalist></p><div class="council-card" aria-live="polite"></div></section>`
  );
}

/** The councils' data for the picker (escaped JSON) and the script of the picker and the sortable table. */
function sectorScriptsHtml(input: BriefingInput, summary: BriefingSummary): string {
  return `<script type="application/json" id="cpc-councils">${jsonForScript(councilProfiles(input, summary))}</script>\n<script>${BRIEFING_SECTOR_SCRIPT}</script>\n`;
}

/** A chart: heading, the static SVG as an image (replaced when the interactive view draws), its description. */
function chartHtml(chart: BriefingChart, index: number): string {
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(chart.svg);
  const dimensions = size === null ? '' : ` width="${e(size[1] ?? '')}" height="${e(size[2] ?? '')}"`;
  const description = typeof chart.spec.description === 'string' ? chart.spec.description : '';
  const src = `data:image/svg+xml;base64,${Buffer.from(chart.svg, 'utf8').toString('base64')}`;
  return (
    `<figure class="chart" id="chart-${e(chart.name)}"><h3 class="visually-hidden">${e(chart.title)}</h3>` +
    `<div class="chart-view" data-chart-index="${index}" data-chart-name="${e(chart.name)}">` +
    `<img class="chart-fallback" src="${src}" alt="${e(chart.title)}"${dimensions}></div>` +
    (description === '' ? '' : `<p class="chart-description">${e(description)}</p>`) +
    `</figure>`
  );
}

/** The libraries, the chart specs (escaped JSON, never parsed as HTML) and the page script. */
function scriptsHtml(input: BriefingInput): string {
  const scripts = input.scripts;
  if (scripts === null) return '';
  const charts = input.charts.map((chart) => ({ name: chart.name, spec: chart.spec, councilFilter: chart.councilFilter }));
  return (
    `<script>${scriptText(scripts.vega)}</script>\n<script>${scriptText(scripts.vegaLite)}</script>\n` +
    `<script>${scriptText(scripts.vegaEmbed)}</script>\n` +
    `<script type="application/json" id="cpc-charts">${jsonForScript(charts)}</script>\n` +
    `<script>${BRIEFING_CLIENT_SCRIPT}</script>\n`
  );
}
