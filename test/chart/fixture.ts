import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Quote } from '../../src/aggregate/types.js';
import type { ChartBundle, ChartContext } from '../../src/chart/types.js';

/** test/fixtures/chart/bundle.json: 12 made-up councils, 2016–2024, classic themes, 15 issues. */
export interface FixtureBundle extends ChartBundle {
  readonly context: ChartContext;
  readonly recommendations: number;
  readonly themeQuotes: Readonly<Record<string, readonly Quote[]>>;
  readonly evaluation: { macroF1Lenient: number; kappa: number; accuracy: number; n: number };
}

export function loadFixtureBundle(): FixtureBundle {
  const url = new URL('../fixtures/chart/bundle.json', import.meta.url);
  const bundle = JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as FixtureBundle;
  const issueLabels = Object.fromEntries(bundle.issueRows.map((row) => [row.issue, row.label]));
  return { ...bundle, context: { ...bundle.context, issueLabels } };
}
