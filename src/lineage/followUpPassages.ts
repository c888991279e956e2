import type { Block } from '../corpus/blocks.js';
import type { FollowUpPassage, RowCells } from './types.js';

/**
 * A follow-up document's blocks -> the passages that may restate and report on a recommendation:
 * - each row of a table whose header names a recommendation column (action plans, council updates), its action,
 *   owner, due date, status and update cells kept apart; a row with no recommendation of its own (a second
 *   action) is added to the row above;
 * - each section of prose opened by a restatement: a "Recommendation N" line, a heading, a bold line or a list
 *   item (unless under a heading or line that opened a section already), with the paragraphs under it as its
 *   report (progress reviews, position statements, cabinet reports).
 */
export function followUpPassages(documentId: string, blocks: readonly Block[]): FollowUpPassage[] {
  const passages: FollowUpPassage[] = [];
  let section: { start: Block; number: number | null; restated: string; report: string[] } | null = null;
  const close = () => {
    if (section !== null) passages.push(sectionPassage(documentId, section));
    section = null;
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const header = block.kind === 'table-row' ? columnRoles(block.text) : null;
    if (header !== null) {
      close();
      let j = i + 1;
      const statusInLastHeader = /\b(?:status|rag)\b/i.test(block.text.split('\t').at(-1) ?? '');
      for (; j < blocks.length && blocks[j]!.kind === 'table-row'; j++) addRow(passages, documentId, header, blocks[j]!, statusInLastHeader);
      i = j - 1;
      continue;
    }
    if (block.kind === 'table-row') {
      close();
      continue;
    }
    const opening = openingOf(block);
    // bullets under a heading or a "Recommendation N" line are its report, not restatements of their own
    if (opening !== null && !(block.kind === 'list-item' && opening.number === null && section !== null && section.start.kind !== 'list-item')) {
      close();
      section = { start: block, ...opening };
    } else if (section !== null) {
      section.report.push(block.text);
    }
  }
  close();
  return passages;
}

type Role = keyof RowCells | 'number' | 'recommendation';

/** Header cell -> column role; the first pattern that fits wins (so "Progress status" is a status, not an update). */
const ROLES: readonly (readonly [Role, RegExp])[] = [
  ['number', /^(?:no\.?|#|ref\.?|reference|number|item|rec(?:ommendation)?\.?\s*(?:no\.?|number|ref\.?))$/i],
  ['status', /^(?:(?:current|progress|overall|rag|delivery)\s+)?(?:status|rag(?:\s+(?:rating|status))?|rating)\b/i],
  ['update', /update|progress|commentary|comments?\b|position|outcome|evidence|what (?:we have|has been) (?:done|achieved)/i],
  ['owner', /owner|lead|responsib|accountab|officer|\bwho\b/i],
  ['due', /due|deadline|timescale|target|by when|\bdate\b|\bwhen\b|timeline|milestone/i],
  ['action', /action|response|what we will do|\bhow\b|next steps|planned/i],
  ['recommendation', /recommendation|areas? for (?:improvement|development)|peer (?:challenge|team) (?:feedback|advice)/i],
];

/** The roles of a header row's cells, or null when the row is no header of a recommendation table. */
export function columnRoles(row: string): readonly (Role | null)[] | null {
  const cells = row.split('\t').map((c) => c.trim());
  if (cells.length < 2 || cells.some((c) => c.length > 60)) return null;
  const roles = cells.map((cell) => ROLES.find(([, pattern]) => pattern.test(cell))?.[0] ?? null);
  const named = roles.filter((r) => r !== null).length;
  return roles.includes('recommendation') && named >= 2 ? roles : null;
}

/** A recommendation's number written before it: "R3:", "3.", "Recommendation 3 -". */
const LEADING_NUMBER = /^(?:(?:recommendation|rec\.?|r)\s*)?(\d{1,2})(?:[.):]|\s+[-–—]|\s)\s*/i;

function addRow(passages: FollowUpPassage[], documentId: string, roles: readonly (Role | null)[], block: Block, statusInLastHeader: boolean): void {
  const cells = block.text.split('\t').map((c) => c.trim());
  // A row keeps its empty cells but not those at its end, and a PDF's cells can run together: a short row is
  // aligned only up to its recommendation column, the rest read as its update.
  const aligned = cells.length >= roles.length ? roles.length : roles.indexOf('recommendation') + 1;
  const cell = (role: Role) => {
    const values = roles.flatMap((r, k) => (k < aligned && r === role && (cells[k] ?? '') !== '' ? [cells[k]!] : []));
    return values.length === 0 ? null : values.join(' ');
  };
  let restated = cell('recommendation') ?? '';
  const numbered = LEADING_NUMBER.exec(restated);
  if (numbered !== null) restated = restated.slice(numbered[0].length);
  const numberCell = Number.parseInt(cell('number') ?? '', 10);
  const number = Number.isFinite(numberCell) ? numberCell : numbered === null ? null : Number(numbered[1]);
  const rest = cells.slice(aligned).filter((c) => c !== '');
  const last = cells.length > 1 ? (cells[cells.length - 1] ?? null) : null;
  const rowCells: RowCells = {
    action: cell('action'),
    owner: cell('owner'),
    due: cell('due'),
    status: cell('status'),
    update: aligned < roles.length ? (rest.length === 0 ? null : rest.join('\n')) : cell('update'),
    lastCell: aligned < roles.length || (statusInLastHeader && !roles.includes('status')) ? last : null,
  };
  const previous = passages[passages.length - 1];
  if (restated.length < 10 && previous?.kind === 'table-row' && previous.documentId === documentId && (number === null || number === previous.number)) {
    // a further action row: a short one (a PDF's cells run together) cannot be aligned at all
    const more: RowCells = aligned < roles.length ? { action: null, owner: null, due: null, status: null, update: cells.join('\n'), lastCell: last } : rowCells;
    const joined = joinCells(previous.cells!, more);
    passages[passages.length - 1] = { ...previous, cells: joined, report: reportOf(joined) };
    return;
  }
  if (restated.length < 10 && number === null) return;
  passages.push({ documentId, kind: 'table-row', number, restated, report: reportOf(rowCells), cells: rowCells, source: block.source });
}

function joinCells(a: RowCells, b: RowCells): RowCells {
  const join = (x: string | null, y: string | null) => (x === null ? y : y === null ? x : `${x}; ${y}`);
  return {
    action: join(a.action, b.action), owner: join(a.owner, b.owner), due: join(a.due, b.due), status: join(a.status, b.status),
    update: join(a.update, b.update), lastCell: a.lastCell ?? b.lastCell,
  };
}

function reportOf(cells: RowCells): string {
  return [cells.action, cells.status, cells.update].filter((c) => c !== null).join('\n');
}

const RECOMMENDATION_LINE = /^(?:recommendation|rec\.?)\s+(\d{1,2})\b\s*[:.)–—-]?\s*/i;

/** Does the block open a section: a "Recommendation N" line, a heading, a bold line or lead, a list item? */
function openingOf(block: Block): { number: number | null; restated: string; report: string[] } | null {
  const labelled = RECOMMENDATION_LINE.exec(block.text);
  if (labelled !== null) return { number: Number(labelled[1]), restated: block.text.slice(labelled[0].length), report: [] };
  if (block.kind === 'heading' || block.allBold || block.kind === 'list-item') return { number: null, restated: block.text, report: [] };
  if (block.bold !== null && block.bold.length >= 12) {
    const rest = block.text.slice(block.bold.length).trim();
    return { number: null, restated: block.bold, report: rest === '' ? [] : [rest] };
  }
  return null;
}

function sectionPassage(documentId: string, section: { start: Block; number: number | null; restated: string; report: string[] }): FollowUpPassage {
  return { documentId, kind: 'section', number: section.number, restated: section.restated, report: section.report.join('\n'), cells: null, source: section.start.source };
}
