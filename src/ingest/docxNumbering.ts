import { load } from 'cheerio';
import type { DomNode } from './htmlDom.js';
import { countIn, type CountStyle } from './listMarker.js';
import type { DocxParts } from './docxArchive.js';
import { singleSpaced } from '../text/keys.js';

/** A numbered or bulleted paragraph of a Word document, in document order. */
export interface NumberedParagraph {
  /** The number as Word shows it (`3.`, `b)`, `(iv)`), or null for a bullet. */
  readonly marker: string | null;
  /** The paragraph's text, whitespace folded. */
  readonly text: string;
}

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
}
interface Num {
  readonly abstractId: string;
  readonly starts: ReadonlyMap<number, number>;
}

/**
 * The list numbers Word would display, which mammoth's HTML leaves out. Phases: read `numbering.xml` (abstract
 * lists, instances with start overrides) and list styles in `styles.xml` -> walk the document's paragraphs in
 * order, counting per list and level as Word does (an instance with a start override counts on its own; others
 * share their abstract list's counter; a level restarts after a shallower level) -> format each `w:lvlText`.
 */
export function numberedParagraphs(parts: DocxParts): NumberedParagraph[] {
  if (parts.numbering === null) return [];
  const numbering = xmlRoot(parts.numbering);
  const abstracts = new Map<string, Map<number, Level>>();
  const links = new Map<string, string>();
  for (const node of descendants(numbering, 'w:abstractNum')) {
    const id = attr(node, 'w:abstractNumId');
    const levels = new Map<number, Level>();
    for (const lvl of descendants(node, 'w:lvl')) {
      levels.set(Number(attr(lvl, 'w:ilvl') ?? 0), {
        start: Number(childAttr(lvl, 'w:start') ?? 1),
        format: childAttr(lvl, 'w:numFmt') ?? 'decimal',
        text: childAttr(lvl, 'w:lvlText') ?? '',
      });
    }
    if (id !== undefined) abstracts.set(id, levels);
    const link = childAttr(node, 'w:numStyleLink');
    if (id !== undefined && link !== undefined) links.set(id, link);
  }
  const nums = new Map<string, Num>();
  for (const node of descendants(numbering, 'w:num')) {
    const starts = new Map<number, number>();
    for (const override of descendants(node, 'w:lvlOverride')) {
      const start = childAttr(override, 'w:startOverride');
      if (start !== undefined) starts.set(Number(attr(override, 'w:ilvl') ?? 0), Number(start));
    }
    const id = attr(node, 'w:numId');
    if (id !== undefined) nums.set(id, { abstractId: childAttr(node, 'w:abstractNumId') ?? '', starts });
  }
  const styles = styleNumbering(parts.styles);
  const resolveAbstract = (abstractId: string): Map<number, Level> | undefined => {
    const link = links.get(abstractId);
    const viaStyle = link === undefined ? undefined : nums.get(styles.get(link)?.numId ?? '');
    return viaStyle !== undefined && viaStyle.abstractId !== abstractId ? abstracts.get(viaStyle.abstractId) : abstracts.get(abstractId);
  };

  const counters = new Map<string, (number | undefined)[]>();
  const out: NumberedParagraph[] = [];
  for (const paragraph of paragraphs(xmlRoot(parts.document))) {
    const pPr = child(paragraph, 'w:pPr');
    const numPr = pPr === undefined ? undefined : child(pPr, 'w:numPr');
    const style = pPr === undefined ? undefined : childAttr(pPr, 'w:pStyle');
    const fromStyle = style === undefined ? undefined : styles.get(style);
    const numId = (numPr === undefined ? undefined : childAttr(numPr, 'w:numId')) ?? fromStyle?.numId;
    if (numId === undefined || numId === '0') continue;
    const ilvl = Number((numPr === undefined ? undefined : childAttr(numPr, 'w:ilvl')) ?? fromStyle?.ilvl ?? 0);
    const num = nums.get(numId);
    const levels = num === undefined ? undefined : resolveAbstract(num.abstractId);
    const level = levels?.get(ilvl);
    if (num === undefined || levels === undefined || level === undefined) continue;
    const key = num.starts.size > 0 ? `num:${numId}` : `abstract:${num.abstractId}`;
    const counts = counters.get(key) ?? [];
    counters.set(key, counts);
    const startOf = (l: number) => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : (counts[ilvl] ?? 0) + 1;
    counts.length = ilvl + 1;
    const marker =
      level.format === 'bullet' || level.format === 'none'
        ? null
        : level.text.replace(/%([1-9])/g, (_m, d: string) => {
            const l = Number(d) - 1;
            return formatCount(levels.get(l)?.format ?? 'decimal', counts[l] ?? startOf(l));
          });
    out.push({ marker: marker === null || marker.trim() === '' ? null : marker.trim(), text: textOf(paragraph) });
  }
  return out;
}

const FORMATS: Readonly<Record<string, CountStyle>> = {
  lowerLetter: 'lower-alpha',
  upperLetter: 'upper-alpha',
  lowerRoman: 'lower-roman',
  upperRoman: 'upper-roman',
};

function formatCount(format: string, n: number): string {
  if (format === 'decimalZero') return String(n).padStart(2, '0');
  return countIn(FORMATS[format] ?? 'decimal', n);
}

/** Paragraph styles that carry numbering (`w:style/w:pPr/w:numPr`), and numbering styles linked from lists. */
function styleNumbering(xml: string | null): Map<string, { numId: string; ilvl: string | undefined }> {
  const out = new Map<string, { numId: string; ilvl: string | undefined }>();
  if (xml === null) return out;
  for (const style of descendants(xmlRoot(xml), 'w:style')) {
    const id = attr(style, 'w:styleId');
    const pPr = child(style, 'w:pPr');
    const numPr = pPr === undefined ? undefined : child(pPr, 'w:numPr');
    const numId = numPr === undefined ? undefined : childAttr(numPr, 'w:numId');
    if (id !== undefined && numId !== undefined && numPr !== undefined) out.set(id, { numId, ilvl: childAttr(numPr, 'w:ilvl') });
  }
  return out;
}

function xmlRoot(xml: string): DomNode {
  return load(xml, { xml: true }).root()[0] as unknown as DomNode;
}

/** `w:p` elements in document order, including those nested in text boxes. */
function paragraphs(root: DomNode): DomNode[] {
  return descendants(root, 'w:p');
}

function descendants(root: DomNode, name: string): DomNode[] {
  const out: DomNode[] = [];
  const stack: DomNode[] = [...(root.children ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.name === name) out.push(node);
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/** Text of a paragraph's own runs (`w:t`, tabs as spaces), not of paragraphs nested inside it. */
function textOf(paragraph: DomNode): string {
  const parts: string[] = [];
  const visit = (node: DomNode): void => {
    for (const c of node.children ?? []) {
      if (c.name === 'w:p') continue;
      if (c.name === 'w:t') parts.push((c.children ?? []).map((t) => t.data ?? '').join(''));
      else if (c.name === 'w:tab' || c.name === 'w:br') parts.push(' ');
      else visit(c);
    }
  };
  visit(paragraph);
  return singleSpaced(parts.join(''));
}

function child(node: DomNode, name: string): DomNode | undefined {
  return (node.children ?? []).find((c) => c.name === name);
}

function attr(node: DomNode, name: string): string | undefined {
  return node.attribs?.[name];
}

function childAttr(node: DomNode, name: string): string | undefined {
  const found = child(node, name);
  return found === undefined ? undefined : attr(found, 'w:val');
}
