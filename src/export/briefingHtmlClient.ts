import { COUNCIL_FILTER_PARAM } from '../chart/layout.js';

/** The page's styles: readable on screen and in print, no web fonts (DejaVu Sans when installed). */
export const BRIEFING_CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --rule: #d9d9d9; --accent: #0072B2; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "DejaVu Sans", "Segoe UI", system-ui, sans-serif; color: var(--ink); background: #fff; line-height: 1.45; }
body > header, body > main, body > footer { max-width: 88rem; margin: 0 auto; padding: 0 1.5rem; }
body > header { padding-top: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
.lead { color: var(--muted); margin: 0 0 1rem; }
.headline { display: flex; flex-wrap: wrap; gap: .75rem; margin: 0 0 1.5rem; padding: 0; list-style: none; }
.headline li { border: 1px solid var(--rule); border-radius: 6px; padding: .6rem .9rem; min-width: 9rem; max-width: 22rem; }
.headline .value { display: block; font-size: 1.6rem; font-weight: bold; }
.headline .label { color: var(--muted); font-size: .85rem; }
.headline .note { display: block; font-size: .9rem; font-weight: bold; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 19rem; gap: 2rem; align-items: start; }
aside { position: sticky; top: 1rem; border-left: 3px solid var(--accent); padding: 0 0 0 1rem; font-size: .92rem; }
aside h2 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
.facts { display: grid; grid-template-columns: auto auto; gap: .15rem .8rem; margin: 0; }
.facts div { display: contents; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; font-weight: bold; overflow-wrap: anywhere; }
.council-filter { margin: 0 0 1rem; }
.council-filter select { font: inherit; padding: .2rem; max-width: 100%; }
figure.chart { margin: 0 0 2.5rem; }
figure.chart h3 { margin: 0 0 .5rem; font-size: 1.15rem; }
.chart-view { overflow-x: auto; max-width: 100%; }
.chart-view img { max-width: none; height: auto; }
.chart-description { color: var(--muted); font-size: .9rem; max-width: 60rem; }
.table-wrap { overflow-x: auto; margin: 0 0 1.5rem; }
table { border-collapse: collapse; font-size: .9rem; }
caption { text-align: left; font-weight: bold; padding: .3rem 0; }
th, td { border-bottom: 1px solid var(--rule); padding: .3rem .6rem; text-align: right; vertical-align: top; }
th[scope="row"], th[scope="col"]:first-child, th.names, td.names { text-align: left; }
td.names { max-width: 30rem; font-size: .85rem; }
.swatch { display: inline-block; width: .8rem; height: .8rem; margin-right: .4rem; vertical-align: -.05rem; border-radius: 2px; }
blockquote { margin: 0 0 1rem; padding: .4rem 0 .4rem 1rem; border-left: 3px solid var(--rule); max-width: 60rem; }
blockquote p { margin: 0 0 .25rem; white-space: pre-line; }
blockquote footer { color: var(--muted); font-size: .85rem; }
a { color: #005a8c; }
body > footer { color: var(--muted); font-size: .85rem; padding-bottom: 2rem; }
@media (max-width: 60rem) { .layout { grid-template-columns: 1fr; } aside { position: static; } }
@media print { aside { position: static; } .council-filter { display: none; } }
`;

/**
 * The page's own script: embed each chart with vega-embed (tooltips on; a menu to save it as SVG or PNG, nothing
 * that goes online), replace its static SVG once it draws, and let the council select drive the council charts
 * through their filter parameter. Never writes HTML from data.
 */
export const BRIEFING_CLIENT_SCRIPT = `
(function () {
  'use strict';
  var source = document.getElementById('cpc-charts');
  if (!source || typeof vegaEmbed !== 'function') return;
  var charts = JSON.parse(source.textContent);
  var filterable = [];
  var drawn = charts.map(function (chart, index) {
    var container = document.querySelector('[data-chart-index="' + index + '"]');
    if (!container) return Promise.resolve();
    var target = document.createElement('div');
    target.className = 'chart-live';
    container.appendChild(target);
    return vegaEmbed(target, chart.spec, { actions: { export: true, source: false, compiled: false, editor: false }, renderer: 'svg' }).then(function (result) {
      var fallback = container.querySelector('.chart-fallback');
      if (fallback) fallback.remove();
      container.setAttribute('data-embedded', 'true');
      if (chart.councilFilter) filterable.push(result.view);
    }, function (error) {
      target.remove();
      container.setAttribute('data-embedded', 'failed');
      console.error('cpc: chart ' + chart.name + ' could not be drawn; showing the static image. ' + error);
    });
  });
  var select = document.getElementById('council-filter');
  if (select) {
    select.closest('.council-filter').hidden = false;
    select.addEventListener('change', function () {
      filterable.forEach(function (view) { view.signal(${JSON.stringify(COUNCIL_FILTER_PARAM)}, select.value).runAsync(); });
    });
  }
  Promise.all(drawn).then(function () { document.documentElement.setAttribute('data-charts-ready', 'true'); });
})();
`;
