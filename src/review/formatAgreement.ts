import type { Estimate } from '../classify/agreement.js';
import type { ExtractionShares, ThemeAgreement } from './agreement.js';

const estimate = (e: Estimate) => `${e.value.toFixed(3)} (95% CI ${e.low.toFixed(3)} to ${e.high.toFixed(3)})`;
const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

/** An agreement report as plain text for the terminal: the statistics, then one line per theme. */
export function formatAgreement(title: string, themes: ThemeAgreement, extra: readonly string[] = []): string {
  const lines = [
    title,
    `  n (recommendations coded by both)  ${themes.n}`,
    `  Cohen's kappa                      ${estimate(themes.kappa)}`,
    `  Krippendorff's alpha (nominal)     ${estimate(themes.alpha)}`,
    ...extra.map((line) => `  ${line}`),
    '',
    `  ${'theme'.padEnd(28)}precision  recall  reference  coded`,
    ...themes.perTheme.map((t) => `  ${t.theme.padEnd(28)}${t.precision.toFixed(3).padStart(9)}  ${t.recall.toFixed(3).padStart(6)}  ${String(t.support).padStart(9)}  ${String(t.predicted).padStart(5)}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** The extraction shares as lines for `formatAgreement`. */
export function extractionLines(e: ExtractionShares): string[] {
  return [
    `reviewed recommendations           ${e.reviewed}`,
    `kept                               ${e.kept} (${pct(e.keptShare)})`,
    `dropped                            ${e.dropped} (${pct(e.droppedShare)})`,
    `added (missed by cpc)              ${e.added} (${pct(e.addedShare)} of reviewed)`,
  ];
}
