import { varyHtml, varyText } from './formats.js';
import { templateYear, type PlannedDocument } from './plan.js';
import { rewriteText } from './rewrite.js';
import { TEMPLATES } from './templates.js';

/**
 * Real lengths for the sector benchmark (issue #17): a document runs to 20–60 pages, as LGA feedback reports and
 * committee packs do, where the five sample documents run to 5–16. About 3,500 characters of HTML (2,200 of text)
 * print as one US Letter page.
 */
export const PAGE_RANGE = [20, 60] as const;
const HTML_PER_PAGE = 3500;
const TEXT_PER_PAGE = 2200;

/** Pages a document of this plan runs to: seeded, spread evenly over PAGE_RANGE. */
export function targetPages(random: () => number): number {
  return PAGE_RANGE[0] + Math.floor(random() * (PAGE_RANGE[1] - PAGE_RANGE[0] + 1));
}

/** The content of an HTML document's body (all of it when it has no body element). */
export function bodyOf(html: string): string {
  return /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
}

/**
 * The order the appendices are drawn from: every template once in a seeded order, again and again, so a long
 * document is never one report repeated (its own template comes back only after the four others).
 */
function appendixOrder(main: string, random: () => number): () => (typeof TEMPLATES)[number] {
  let round: (typeof TEMPLATES)[number][] = [];
  return () => {
    if (round.length === 0) {
      round = TEMPLATES.filter((t) => t.id !== main)
        .map((t) => ({ t, key: random() }))
        .sort((a, b) => a.key - b.key)
        .map((e) => e.t);
      round.push(TEMPLATES.find((t) => t.id === main)!);
    }
    return round.shift()!;
  };
}

/**
 * A long document of `plan`: its own template (council renamed, years shifted, lists reordered), then appendices
 * ("Appendix N: background paper") made from the other templates rewritten for the same council and challenge year, each
 * with its own list order, until `pages` pages. Pure: the same plan and random stream give the same text.
 */
export function longDocument(plan: PlannedDocument, format: 'html' | 'text', templates: ReadonlyMap<string, string>, random: () => number, pages: number): string {
  // every part is moved to the document's own challenge year, whatever year its template was written in
  const year = templateYear(plan.template.id) + plan.variation.yearShift;
  const vary = (id: string) => {
    const template = TEMPLATES.find((t) => t.id === id)!;
    const rewrite = rewriteText(template, { ...plan.variation, yearShift: year - templateYear(id) });
    const source = templates.get(id) ?? '';
    return format === 'html' ? varyHtml(source, rewrite, random) : varyText(source, rewrite, random);
  };
  const main = vary(plan.template.id);
  const target = pages * (format === 'html' ? HTML_PER_PAGE : TEXT_PER_PAGE);
  const next = appendixOrder(plan.template.id, random);
  const parts: string[] = [];
  let length = main.length;
  for (let n = 1; length < target; n++) {
    const appendix = vary(next().id);
    const part = format === 'html' ? `<h1>Appendix ${n}: background paper</h1>\n${bodyOf(appendix)}` : `\n\nAppendix ${n}: background paper\n\n${appendix}`;
    parts.push(part);
    length += part.length;
  }
  if (format === 'text') return main + parts.join('');
  return main.replace(/<\/body>/i, `${parts.join('\n')}\n</body>`);
}
