import type { CrossValidationReport, EvaluationReport, Scores } from './evaluation.js';

/**
 * The evaluation as a plain-text table for the CLI: per-theme precision/recall/F1 and support, strict and lenient
 * side by side; macro-F1, accuracy and kappa; the lenient confusion matrix; the cross-validation folds if given.
 */
export function formatEvaluationTable(report: EvaluationReport, crossValidation?: CrossValidationReport): string {
  const lines: string[] = [];
  const missing = report.missing.length > 0 ? `, ${report.missing.length} without an assignment` : '';
  lines.push(`${report.items} gold items (${report.framework} framework), ${report.unclassified} predicted unclassified${missing}`, '');
  const width = Math.max(8, ...report.strict.perTheme.map((m) => m.theme.length));
  lines.push(`${''.padEnd(width)}  ${'strict'.padEnd(27)}  lenient`);
  lines.push(`${'theme'.padEnd(width)}  ${header()}  ${header()}`);
  report.strict.perTheme.forEach((s, k) => {
    const l = report.lenient.perTheme[k]!;
    lines.push(`${s.theme.padEnd(width)}  ${cells(s)}  ${cells(l)}`);
  });
  for (const [label, pick] of [['macro-F1', (s: Scores) => s.macroF1], ['accuracy', (s: Scores) => s.accuracy], ['kappa', (s: Scores) => s.kappa]] as const) {
    lines.push(`${label.padEnd(width)}  ${num(pick(report.strict)).padStart(20).padEnd(27)}  ${num(pick(report.lenient)).padStart(20)}`);
  }
  lines.push('', 'confusion matrix (lenient; rows actual, columns predicted):');
  const { labels, matrix } = report.lenient.confusion;
  const short = labels.map((label) => label.slice(0, 8));
  lines.push(`${''.padEnd(width)}  ${short.map((s) => s.padStart(8)).join(' ')}`);
  labels.forEach((label, r) => lines.push(`${label.padEnd(width)}  ${matrix[r]!.map((v) => String(v).padStart(8)).join(' ')}`));
  if (crossValidation !== undefined) {
    lines.push('', 'leave-one-document-out cross-validation over theme sections (macro-F1 per held-out document):');
    for (const fold of crossValidation.folds) {
      lines.push(`  ${fold.document}: ${num(fold.macroF1)} (accuracy ${num(fold.accuracy)}, ${fold.sentences} sentences)`);
    }
    lines.push(`  mean macro-F1: ${num(crossValidation.meanMacroF1)}`);
  }
  return `${lines.join('\n')}\n`;
}

function header(): string {
  return `${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'n'.padStart(4)}`.padEnd(27);
}

function cells(m: { precision: number; recall: number; f1: number; support: number }): string {
  return `${num(m.precision).padStart(6)} ${num(m.recall).padStart(6)} ${num(m.f1).padStart(6)} ${String(m.support).padStart(4)}`.padEnd(27);
}

function num(value: number): string {
  return value.toFixed(3);
}
