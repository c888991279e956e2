import type { Block } from './blocks.js';
import { isCommitteeDecision, isSectionHeading, RECOMMENDATION_HEADING } from './listContext.js';
import type { Candidate } from './mergeRepeats.js';
import type { RecommendationKind } from '../vocabulary.js';

/** How a list item is marked, so a list ends where the marking changes (`1)` items, then a `3.` heading). */
function markerStyle(block: Block): string {
  const marker = block.marker;
  if (marker === null) return block.bulleted ? 'bullet' : 'none';
  if (/^\d+(?:\.\d+)+/.test(marker)) return 'dotted';
  if (/^\(?[ivx]+\)$/i.test(marker) && marker.replace(/[()]/g, '').length > 1) return 'roman';
  if (/^\(?[a-z][.)]$/i.test(marker)) return `alpha${marker.slice(-1)}`;
  return `number${marker.slice(-1)}`;
}

/** The bold run, else the first sentence. */
export function headingOf(block: Block): string {
  if (block.bold !== null) return block.bold;
  const sentence = /^(.{12,}?[.!?])(?:\s+[A-Z‘'"(]|$)/.exec(block.text);
  return (sentence?.[1] ?? block.text).trim();
}

/** Consecutive list items of one marking, from `start`: a bulleted, numbered or lettered list. */
export function collectItems(blocks: readonly Block[], start: number, kind: RecommendationKind): Candidate[] {
  const first = blocks[start];
  if (first === undefined || first.kind !== 'list-item') return [];
  if (isSectionHeading(first) && first.bold === null && first.bulleted === false) return [];
  const style = markerStyle(first);
  const found: Candidate[] = [];
  let previous: Block | null = null;
  for (let j = start; j < blocks.length; j++) {
    const block = blocks[j]!;
    if (block.kind !== 'list-item' || markerStyle(block) !== style) break;
    if (previous?.ordinal != null && block.ordinal !== null && block.ordinal !== previous.ordinal + 1) break;
    if (isCommitteeDecision(block.text)) break;
    if (isSectionHeading(block) && (first.bold !== null || !isSectionHeading(first))) break;
    found.push({ block, kind, heading: headingOf(block), text: block.text, number: block.ordinal });
    previous = block;
  }
  return found;
}

const AREA = /^([A-Z][^:.!?]{2,80}):\s+\S/;

/** "Heading: explanation" paragraphs or list items after an areas-to-strengthen intro. */
export function collectAreas(blocks: readonly Block[], start: number): Candidate[] {
  const found: Candidate[] = [];
  for (let j = start; j < blocks.length; j++) {
    const block = blocks[j]!;
    if (block.kind === 'heading' || block.kind === 'table-row' || isSectionHeading(block)) break;
    if (isCommitteeDecision(block.text)) break;
    const area = AREA.exec(block.text);
    if (area !== null) {
      found.push({ block, kind: 'area-to-strengthen', heading: area[1]!.trim(), text: block.text, number: null });
    } else if (block.kind === 'list-item' && (found.length === 0 || found[0]!.block.kind === 'list-item')) {
      found.push({ block, kind: 'area-to-strengthen', heading: headingOf(block), text: block.text, number: null });
    } else {
      break;
    }
  }
  return found;
}

/** "Recommendation 3: text" in one block, or a "Recommendation 3" heading followed by its text. */
export function collectNumberedHeadings(blocks: readonly Block[], i: number): Candidate[] {
  const block = blocks[i]!;
  const match = RECOMMENDATION_HEADING.exec(block.text);
  if (match === null || isCommitteeDecision(block.text)) return [];
  const number = Number(match[1]);
  const rest = block.text.slice(match[0].length).trim();
  if (rest.length >= 15) {
    const inline = { ...block, text: rest, bold: block.bold === null ? null : block.bold.replace(RECOMMENDATION_HEADING, '') || null };
    return [{ block, kind: 'key-recommendation', heading: headingOf(inline), text: rest, number }];
  }
  const next = blocks[i + 1];
  if (next === undefined || next.kind === 'heading' || RECOMMENDATION_HEADING.test(next.text)) return [];
  return [{ block: next, kind: 'key-recommendation', heading: headingOf(next), text: next.text, number }];
}

const RECOMMENDATION_COLUMN = /^(?:peer\s+(?:challenge\s+)?)?(?:key\s+)?recommendations?(?:\s+(?:from|of)\s+the\s+peer\s+(?:team|challenge))?$/i;
const NUMBER_COLUMN = /^(?:no\.?|#|number|ref\.?)$/i;

/** Rows of a table whose header has a "Recommendation" column (action plans, letters). */
export function collectTableRows(blocks: readonly Block[], start: number): Candidate[] {
  const found: Candidate[] = [];
  for (let i = start; i < blocks.length; i++) {
    const header = blocks[i]!;
    if (header.kind !== 'table-row') continue;
    const cells = header.text.split('\t');
    const column = cells.findIndex((cell) => RECOMMENDATION_COLUMN.test(cell.trim()));
    if (column < 0) continue;
    const numberColumn = cells.findIndex((cell) => NUMBER_COLUMN.test(cell.trim()));
    let j = i + 1;
    for (; j < blocks.length && blocks[j]!.kind === 'table-row'; j++) {
      const row = blocks[j]!.text.split('\t');
      let text = (row[column] ?? '').trim();
      const leading = /^(\d{1,2})[.)]?\s+/.exec(text);
      const numberCell = numberColumn >= 0 ? Number.parseInt(row[numberColumn] ?? '', 10) : Number.NaN;
      if (leading !== null) text = text.slice(leading[0].length);
      if (text.length < 10) continue;
      const rowBlock = { ...blocks[j]!, text, bold: null };
      const number = Number.isFinite(numberCell) ? numberCell : leading === null ? null : Number(leading[1]);
      found.push({ block: blocks[j]!, kind: 'key-recommendation', heading: headingOf(rowBlock), text, number });
    }
    i = j - 1;
  }
  return found;
}
