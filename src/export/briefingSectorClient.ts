/** Styles of the sector-scale parts of the briefing: the council picker and the sortable council table. */
export const BRIEFING_SECTOR_CSS = `
.council-picker { border: 1px solid var(--rule); border-radius: 6px; padding: .2rem 1rem .8rem; margin: 0 0 1.5rem; }
.council-picker h2 { margin: .6rem 0 .3rem; font-size: 1.15rem; }
.council-picker input, .table-filter input { font: inherit; padding: .2rem .3rem; width: min(28rem, 100%); }
.council-card h3 { margin: .6rem 0 .2rem; }
.council-card ul { margin: .3rem 0; padding-left: 1.2rem; columns: 2 18rem; }
.table-filter { margin: .4rem 0; }
table.sortable th[scope="col"] button { font: inherit; font-weight: bold; border: 0; background: none; padding: 0; cursor: pointer; text-align: inherit; color: inherit; }
table.sortable th[aria-sort="ascending"] button::after { content: " ▲"; }
table.sortable th[aria-sort="descending"] button::after { content: " ▼"; }
@media print { .council-picker, .table-filter { display: none; } }
`;

/**
 * The page script of the sector-scale parts, independent of the chart libraries:
 *   council picker: fill the datalist from the councils' JSON; on a known name, show that council's
 *   recommendations by theme and the recurring issues raised for it;
 *   sortable tables: a filter box over each `table.sortable` (rows whose first cell contains the text) and a
 *   button in each column heading that sorts by it (numbers as numbers), aria-sort telling which.
 * Text goes in through textContent only; never writes HTML from data.
 */
export const BRIEFING_SECTOR_SCRIPT = `
(function () {
  'use strict';
  function el(tag, text) { var node = document.createElement(tag); if (text !== undefined) node.textContent = text; return node; }
  var source = document.getElementById('cpc-councils');
  var picker = document.getElementById('council-picker');
  if (source && picker) {
    var data = JSON.parse(source.textContent);
    var byName = new Map(data.councils.map(function (c) { return [c.name.toLowerCase(), c]; }));
    var list = document.getElementById('council-names');
    data.councils.forEach(function (c) { var option = el('option'); option.value = c.name; list.appendChild(option); });
    var input = document.getElementById('council-pick');
    var card = picker.querySelector('.council-card');
    var show = function () {
      var council = byName.get(input.value.trim().toLowerCase());
      card.replaceChildren();
      if (!council) { if (input.value.trim() !== '') card.appendChild(el('p', 'No council of that name in this corpus.')); return; }
      card.appendChild(el('h3', council.name));
      card.appendChild(el('p', council.recommendations + (council.recommendations === 1 ? ' recommendation' : ' recommendations') + ', by primary theme:'));
      var themes = el('ul');
      data.themes.forEach(function (theme, i) {
        var n = council.counts[i] || 0;
        var share = council.recommendations === 0 ? 0 : Math.round(100 * n / council.recommendations);
        themes.appendChild(el('li', theme + ': ' + n + ' (' + share + '%)'));
      });
      card.appendChild(themes);
      card.appendChild(el('p', council.issues.length === 0 ? 'No recurring issue was raised for it.' : 'Recurring issues raised for it:'));
      if (council.issues.length > 0) {
        var issues = el('ul');
        council.issues.forEach(function (i) { issues.appendChild(el('li', data.issues[i])); });
        card.appendChild(issues);
      }
    };
    input.addEventListener('input', show);
    input.addEventListener('change', show);
    picker.hidden = false;
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var filter = el('p');
    filter.className = 'table-filter';
    var label = el('label', 'Filter councils: ');
    var box = el('input');
    box.type = 'search';
    label.appendChild(box);
    filter.appendChild(label);
    table.parentNode.insertBefore(filter, table);
    box.addEventListener('input', function () {
      var text = box.value.trim().toLowerCase();
      rows.forEach(function (row) { row.hidden = text !== '' && row.cells[0].textContent.toLowerCase().indexOf(text) < 0; });
    });
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    heads.forEach(function (head, column) {
      var button = el('button', head.textContent);
      button.type = 'button';
      head.replaceChildren(button);
      button.addEventListener('click', function () {
        var descending = head.getAttribute('aria-sort') !== 'descending' && column > 0;
        if (head.getAttribute('aria-sort') === 'ascending' && column === 0) descending = true;
        heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
        head.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        var value = function (row) { var t = row.cells[column].textContent; var n = Number(t); return t !== '' && !isNaN(n) ? n : t.toLowerCase(); };
        rows.sort(function (a, b) {
          var x = value(a), y = value(b);
          var order = x < y ? -1 : x > y ? 1 : 0;
          return descending ? -order : order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
`;
