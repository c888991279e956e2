import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStatus, sentenceAround, statusEnding, statusInCell, statusInText } from '../../src/lineage/readStatus.js';
import { parseStatusVocabulary } from '../../src/lineage/statusVocabulary.js';
import type { FollowUpPassage, RowCells } from '../../src/lineage/types.js';

const FILE = 'data/codebooks/progress-status.yaml';
const vocabulary = parseStatusVocabulary(readFileSync(FILE, 'utf8'), FILE);

describe('status vocabulary', () => {
  it('loads the package codebook with a version and all five read statuses', () => {
    expect(vocabulary.version).toMatch(/^progress-status-/);
    expect(vocabulary.statuses.map((s) => s.id)).toEqual(['completed', 'on-track', 'some-progress', 'limited-progress', 'not-started']);
  });

  it.each([
    ['an unknown status', 'version: v\nstatuses:\n  - id: finished\n    phrases: [done]\n', 'statuses.0.id'],
    ['a status listed twice', 'version: v\nstatuses:\n  - id: completed\n    phrases: [a]\n  - id: completed\n    phrases: [b]\n', '"completed" is listed twice'],
    ['a cell under two statuses', 'version: v\nstatuses:\n  - id: completed\n    phrases: [a]\n    cells: [green]\n  - id: on-track\n    phrases: [b]\n    cells: [Green]\n', 'statuses.1.cells.0: "Green" is already a cell of "completed"'],
    ['no version', 'statuses:\n  - id: completed\n    phrases: [a]\n', 'version'],
  ])('rejects %s, naming the field', (_, text, message) => {
    expect(() => parseStatusVocabulary(text, 'x.yaml')).toThrow(message);
  });
});

describe('statusInText: explicit words only, longest phrase first', () => {
  it.each([
    ['The council has made good progress with its budget.', 'on-track', 'good progress'],
    ['Peers consider this recommendation fully met.', 'completed', 'fully met'],
    ['Work on the forum has not yet started.', 'not-started', 'not yet started'],
    ['The programme is not on track.', 'limited-progress', 'not on track'],
    ['There has been limited progress. Some progress was expected.', 'limited-progress', 'limited progress'],
    ['The review is underway and members are engaged.', 'some-progress', 'underway'],
    ['The new framework is now in place.', 'completed', 'is now in place'],
  ])('%s -> %s', (text, status, matched) => {
    expect(statusInText(text, vocabulary)).toMatchObject({ status, matched });
  });

  it.each([
    ['This work will be completed by March 2025.'],
    ['The council should complete the review and start the forum.'],
    ['Green spaces are a strength of the borough.'],
    ['The council achieved a balanced budget in every year.'],
  ])('says nothing of %s', (text) => {
    expect(statusInText(text, vocabulary)).toBeNull();
  });

  it('quotes the sentence holding the phrase', () => {
    expect(statusInText('Budgets are tight. Peers saw good progress on the plan. Next year is harder.', vocabulary)?.quote).toBe('Peers saw good progress on the plan.');
    expect(sentenceAround('One.\nTwo is here', 5, 8)).toBe('Two is here');
  });
});

describe('status cells', () => {
  it.each([
    ['Green', 'on-track'], ['B', 'completed'], ['Amber - recovery plan agreed, savings at risk', 'some-progress'],
    ['Not started', 'not-started'], ['RED', 'limited-progress'], ['Complete', 'completed'],
  ])('%s -> %s', (cell, status) => {
    expect(statusInCell(cell, vocabulary)?.status).toBe(status);
  });

  it('reads a status value ending a run-together PDF cell, never a one-letter one', () => {
    expect(statusEnding('Head of Communities Sep 2023 Amber', vocabulary)?.status).toBe('some-progress');
    expect(statusEnding('Report to Cabinet in plan B', vocabulary)).toBeNull();
  });

  it('reads a row from its status cell, never from its recommendation or planned action', () => {
    const cells: RowCells = { action: 'Complete the accommodation review', owner: null, due: null, status: null, update: null, lastCell: null };
    const passage: FollowUpPassage = {
      documentId: 'd', kind: 'table-row', number: 1, restated: 'Complete the review', report: 'Complete the accommodation review', cells,
      source: { file: 'f', page: null, line: 1, start: 0, end: 1 },
    };
    expect(readStatus(passage, vocabulary)).toBeNull();
    expect(readStatus({ ...passage, cells: { ...cells, status: 'Amber' } }, vocabulary)?.status).toBe('some-progress');
    expect(readStatus({ ...passage, cells: { ...cells, update: 'Work has not yet started.' } }, vocabulary)?.status).toBe('not-started');
  });
});
