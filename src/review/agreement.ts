import { bootstrap, cohenKappa, krippendorffAlpha, type Estimate } from '../classify/agreement.js';
import { round } from '../classify/round.js';
import { scores } from '../classify/scores.js';
import { THEMES, isThemeId, type ThemeOrUnclassified } from '../vocabulary.js';

/** A review sheet row as agreement reads it. */
export interface SheetRow {
  /** Review key; empty for a recommendation the researcher added. */
  readonly key: string;
  readonly modelPrimaryTheme: string;
  readonly decision: string;
  readonly themesCorrected: readonly string[];
  readonly textCorrected: string;
  readonly note: string;
}

/** Agreement on primary themes between two codings of the same recommendations. */
export interface ThemeAgreement {
  /** Recommendations both codings gave a theme (reviewed, not dropped). */
  readonly n: number;
  readonly kappa: Estimate;
  readonly alpha: Estimate;
  /** Per theme, the second coding taken as the reference: precision and recall of the first. */
  readonly perTheme: readonly { readonly theme: string; readonly precision: number; readonly recall: number; readonly support: number; readonly predicted: number }[];
}

/** What a researcher did with what cpc found. */
export interface ExtractionShares {
  /** Recommendations cpc found that the researcher reviewed (any researcher column filled). */
  readonly reviewed: number;
  readonly kept: number;
  readonly dropped: number;
  readonly added: number;
  /** kept / reviewed, dropped / reviewed, added / reviewed. */
  readonly keptShare: number;
  readonly droppedShare: number;
  readonly addedShare: number;
}

export interface AgreementOptions {
  readonly seed?: number;
  readonly samples?: number;
}

const reviewed = (r: SheetRow) => r.key !== '' && (r.decision !== '' || r.themesCorrected.length > 0 || r.textCorrected !== '' || r.note !== '');
const dropped = (r: SheetRow) => r.decision.toLowerCase() === 'drop';
/** The theme a reviewer settled on: their first corrected theme, else the model's they accepted. */
const settled = (r: SheetRow) => r.themesCorrected[0] ?? r.modelPrimaryTheme;

/**
 * Machine-human agreement on one review sheet: over the reviewed recommendations not dropped, the model's primary
 * theme against the researcher's (a reviewed row whose themes were left alone accepts the model's); and the shares
 * kept, dropped and added.
 */
export function machineAgreement(rows: readonly SheetRow[], options: AgreementOptions = {}): { themes: ThemeAgreement; extraction: ExtractionShares } {
  const done = rows.filter(reviewed);
  const pairs = done.filter((r) => !dropped(r) && r.modelPrimaryTheme !== '').map((r) => [r.modelPrimaryTheme, settled(r)] as const);
  const added = rows.filter((r) => r.key === '').length;
  const share = (k: number) => (done.length === 0 ? 0 : round(k / done.length, 4));
  const kept = done.length - done.filter(dropped).length;
  return {
    themes: themeAgreement(pairs, options),
    extraction: { reviewed: done.length, kept, dropped: done.length - kept, added, keptShare: share(kept), droppedShare: share(done.length - kept), addedShare: share(added) },
  };
}

/**
 * Inter-coder agreement between two researchers' sheets of the same run, joined by key: their settled themes on
 * the recommendations both reviewed and neither dropped, and their keep/drop decisions where both decided.
 */
export function coderAgreement(first: readonly SheetRow[], second: readonly SheetRow[], options: AgreementOptions = {}): { themes: ThemeAgreement; decisions: { n: number; kappa: Estimate } } {
  const other = new Map(second.filter(reviewed).map((r) => [r.key, r]));
  const both = first.filter(reviewed).flatMap((a) => {
    const b = other.get(a.key);
    return b === undefined ? [] : [[a, b] as const];
  });
  const themes = both.filter(([a, b]) => !dropped(a) && !dropped(b)).map(([a, b]) => [settled(a), settled(b)] as const);
  const decisions = both.filter(([a, b]) => a.decision !== '' && b.decision !== '').map(([a, b]) => [a.decision.toLowerCase(), b.decision.toLowerCase()] as const);
  return { themes: themeAgreement(themes, options), decisions: { n: decisions.length, kappa: bootstrap(decisions, cohenKappa, options) } };
}

/** kappa and nominal alpha with seeded bootstrap intervals, and per-theme precision and recall (the second code as reference). */
export function themeAgreement(pairs: readonly (readonly [string, string])[], options: AgreementOptions = {}): ThemeAgreement {
  const alpha = (items: readonly (readonly [string, string])[]) => krippendorffAlpha(items.map(([a, b]) => [a, b]));
  const code = (c: string): ThemeOrUnclassified => (isThemeId(c) ? c : 'unclassified');
  const themes = [...THEMES.classic, ...THEMES.current];
  const perTheme = scores(pairs.map(([predicted, actual]) => ({ actual: code(actual), predicted: code(predicted) })), themes).perTheme
    .filter((m) => m.support > 0 || m.predicted > 0)
    .map(({ theme, precision, recall, support, predicted }) => ({ theme, precision, recall, support, predicted }));
  return { n: pairs.length, kappa: bootstrap(pairs, cohenKappa, options), alpha: bootstrap(pairs, alpha, options), perTheme };
}
