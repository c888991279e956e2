import type { BriefingInput, BriefingScripts } from '../../src/export/briefingTypes.js';
import { fixtureBriefingInput } from './briefingInput.js';
import { scaleBundle } from './scaleBundle.js';

/** A council name that tries to end the councils' JSON script. */
export const HOSTILE_COUNCIL = 'Council </script><script>alert(1)</script> & "Co"';

/**
 * A sector-scale briefing input: the fixture's quotes and evaluation, with the theme rows of `councils` made-up
 * councils (the last one hostile) and the fixture's issues raised for every third council from the issue's index.
 * No charts (the page's council parts do not need them).
 */
export async function sectorBriefingInput(scripts: BriefingScripts | null, councils = 60): Promise<BriefingInput> {
  const base = await fixtureBriefingInput(scripts);
  const bundle = scaleBundle(councils, 10);
  const last = (bundle.themeRows.council ?? []).at(-1)!.group;
  const themeRows = (bundle.themeRows.council ?? []).map((row) => (row.group === last ? { ...row, group: HOSTILE_COUNCIL } : row));
  const names = [...new Set(themeRows.map((row) => row.group))];
  const issueRows = base.issueRows.map((row, i) => {
    const raised = names.filter((_, j) => (i + j) % 3 === 0);
    return { ...row, councils: raised.length, councilsTotal: councils, councilNames: raised };
  });
  return { ...base, corpus: { ...base.corpus, councils }, themeRows, issueRows, charts: [] };
}
