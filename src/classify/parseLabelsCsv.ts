import { csvError, readCsv } from '../csv.js';
import { readThemes } from './readThemes.js';
import type { TrainingExample } from './types.js';
import { singleSpaced } from '../text/keys.js';

/**
 * A researcher's labels: CSV with columns `text,theme` (other columns ignored). A text may have several rows, or
 * several `;`-separated themes in one row; a theme is an id or the LGA's label. Kind `labels`, with the file.
 */
export function parseLabelsCsv(csvText: string, file: string): TrainingExample[] {
  return readCsv(csvText, file, ['text', 'theme']).flatMap(({ line, values }) => {
    const text = singleSpaced(values.text ?? '');
    if (text === '') throw csvError(file, line, 'text: empty');
    return readThemes(values.theme ?? '', `${file}:${line}: theme`, file).map((theme) => ({ text, theme, kind: 'labels' as const, file }));
  });
}
