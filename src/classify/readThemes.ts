import { CpcError } from '../errors.js';
import { THEME_LABELS, isThemeId, type ThemeId } from '../vocabulary.js';

const BY_LABEL = new Map(Object.entries(THEME_LABELS).map(([id, label]) => [label.toLowerCase(), id as ThemeId]));

/**
 * Theme ids from a `;`-separated cell: each an id (`finance`) or the LGA's label ("Financial planning and
 * viability"), case-insensitive. A value that is neither is a `CpcError('invalid-input')` naming the place.
 */
export function readThemes(cell: string, where: string, file: string): ThemeId[] {
  const themes = cell
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const lower = part.toLowerCase();
      const theme = isThemeId(lower) ? lower : BY_LABEL.get(lower);
      if (theme === undefined) {
        throw new CpcError('invalid-input', `${where}: "${part}" is not a theme id or label`, { file });
      }
      return theme;
    });
  if (themes.length === 0) throw new CpcError('invalid-input', `${where}: no theme given`, { file });
  return [...new Set(themes)];
}
