import { THEME_LABELS, type ThemeId } from '../vocabulary.js';
import { byCodeUnit } from '../order.js';

/**
 * How the LGA's theme names are written in reports, for both frameworks: the label and common variants.
 * Used to find feedback sections and to tell which framework a document quotes.
 */
const VARIANTS: Readonly<Record<ThemeId, readonly string[]>> = {
  priorities: [THEME_LABELS.priorities, 'understanding of the local place and priority-setting', 'understanding of local place and priority setting'],
  'place-leadership': [THEME_LABELS['place-leadership'], 'leadership of the place'],
  finance: [THEME_LABELS.finance, 'financial planning and financial viability', 'financial viability'],
  governance: [THEME_LABELS.governance, 'organisational leadership & governance'],
  capacity: [THEME_LABELS.capacity],
  'local-priorities': [THEME_LABELS['local-priorities']],
  'organisational-place-leadership': [THEME_LABELS['organisational-place-leadership'], 'organisational & place leadership'],
  'governance-culture': [THEME_LABELS['governance-culture'], 'governance & culture'],
  'financial-management': [THEME_LABELS['financial-management'], 'financial planning & management'],
  'capacity-for-improvement': [THEME_LABELS['capacity-for-improvement']],
};

const ENTRIES = Object.entries(VARIANTS).flatMap(([theme, names]) =>
  names.map((name) => ({ theme: theme as ThemeId, name: name.toLowerCase() })),
);
// Longest first, so "Financial planning and management" wins over a shorter prefix.
ENTRIES.sort((a, b) => b.name.length - a.name.length || byCodeUnit(a.name, b.name));

/** The theme whose name the text starts with (optionally after a section number), followed by an end or `:`/`-`/`?`. */
export function themeAtStart(text: string): { theme: ThemeId; name: string } | null {
  const lower = text.toLowerCase().replace(/^\d+(?:\.\d+)*\.?\s+/, '').replace(/^theme\s*\d*\s*[:–-]\s*/, '');
  for (const entry of ENTRIES) {
    if (!lower.startsWith(entry.name)) continue;
    const after = lower.slice(entry.name.length);
    if (after === '' || /^\s*[:?–—-]/.test(after)) return entry;
  }
  return null;
}

/** Every theme named anywhere in the text. */
export function themesNamed(text: string): Set<ThemeId> {
  const lower = text.toLowerCase();
  const found = new Set<ThemeId>();
  for (const entry of ENTRIES) if (!found.has(entry.theme) && lower.includes(entry.name)) found.add(entry.theme);
  return found;
}
