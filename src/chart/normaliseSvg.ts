/** An id attribute, or an attribute referring to an id, inside a tag (values cannot hold a raw quote: Vega escapes them). */
const ID_ATTRIBUTE = /(\s(?:id|href|xlink:href|clip-path|fill|stroke|mask|filter)=")(#|url\(#)?([A-Za-z_-]+\d+)(\)?")/g;

/**
 * Make Vega's SVG the same bytes for the same chart: Vega numbers clip paths and gradients from a counter shared by
 * the whole process (`clip7`), so the second render of a chart differs from the first. Renumber every such id from
 * 1 in order of first appearance, and its references with it. Only attributes inside tags are touched, never text.
 */
export function normaliseSvg(svg: string): string {
  const renamed = new Map<string, string>();
  const counters = new Map<string, number>();
  const rename = (id: string): string => {
    const known = renamed.get(id);
    if (known !== undefined) return known;
    const prefix = id.replace(/\d+$/, '');
    const next = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, next);
    const name = `${prefix}${next}`;
    renamed.set(id, name);
    return name;
  };
  return svg.replace(/<[^<>]*>/g, (tag) =>
    tag.replace(ID_ATTRIBUTE, (match, lead: string, ref: string | undefined, id: string, tail: string) => {
      const isId = lead.trimStart().startsWith('id=');
      if (isId ? ref !== undefined || tail !== '"' : ref === undefined || (ref === '#') !== (tail === '"')) return match;
      return `${lead}${ref ?? ''}${rename(id)}${tail}`;
    }),
  );
}
