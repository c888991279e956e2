import { z } from 'zod';
import { CpcError } from '../errors.js';
import { CLASSIC_THEMES, CURRENT_THEMES, frameworkOf } from '../vocabulary.js';
import { describeIssue } from './describeIssue.js';
import type { GoldItem } from './gold.js';
import { readCsv } from '../csv.js';
import { readThemes } from './readThemes.js';
import { singleSpaced } from '../text/keys.js';

const GoldJson = z.object({
  documents: z.array(
    z.object({
      file: z.string().min(1),
      recommendations: z
        .array(
          z.object({
            text: z.string().trim().min(1),
            themes: z.array(z.enum([...CLASSIC_THEMES, ...CURRENT_THEMES])).min(1),
            ambiguous: z.boolean().optional(),
          }),
        )
        .optional(),
    }),
  ),
});

/**
 * Gold labels from the sample-annotations JSON (`documents[].recommendations[]` with `text`, `themes` primary
 * first, `ambiguous`; ids `<file stem>#<n>`, `document` the stem), or from CSV with columns `text,themes` (`;`-separated, primary first)
 * and optional `id`, `ambiguous`. An item's themes must be of one framework. Failures: `CpcError('invalid-input')`.
 */
export function parseGold(jsonOrCsvText: string, file: string): GoldItem[] {
  const items = /^\s*[{[]/.test(jsonOrCsvText) ? fromJson(jsonOrCsvText, file) : fromCsv(jsonOrCsvText, file);
  for (const item of items) {
    if (new Set(item.themes.map(frameworkOf)).size > 1) {
      throw new CpcError('invalid-input', `${file}: ${item.id}: themes mix the classic and current frameworks (${item.themes.join(', ')})`, { file });
    }
  }
  return items;
}

function fromJson(text: string, file: string): GoldItem[] {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new CpcError('invalid-input', `${file}: not valid JSON: ${(error as Error).message}`, { file });
  }
  const parsed = GoldJson.safeParse(input);
  if (!parsed.success) throw new CpcError('invalid-input', describeIssue(parsed.error, input, file), { file });
  return parsed.data.documents.flatMap((document) => {
    const stem = fileStem(document.file);
    return (document.recommendations ?? []).map((r, i) => ({
      id: `${stem}#${i + 1}`,
      document: stem,
      text: r.text,
      themes: [...new Set(r.themes)],
      ambiguous: r.ambiguous ?? false,
    }));
  });
}

function fromCsv(text: string, file: string): GoldItem[] {
  return readCsv(text, file, ['text', 'themes']).map(({ line, values }) => {
    const body = singleSpaced(values.text ?? '');
    if (body === '') throw new CpcError('invalid-input', `${file}:${line}: text: empty`, { file });
    return {
      id: values.id !== undefined && values.id !== '' ? values.id : `${file}:${line}`,
      // An `id` column of corpus ids (`stoke-2016#3`) names the document; read here, at the edge, once.
      document: documentOf(values.id ?? ''),
      text: body,
      themes: readThemes(values.themes ?? '', `${file}:${line}: themes`, file),
      ambiguous: /^(true|yes|1|y)$/i.test(values.ambiguous ?? ''),
    };
  });
}

/** A file's stem, as gold items name their document: `reports/stoke-2016.pdf` -> `stoke-2016`. */
export function fileStem(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/** The document a CSV id of the form `<file>#<n>` names (`reports/stoke-2016.pdf#3` -> `stoke-2016`), else null. */
function documentOf(id: string): string | null {
  const match = /^(.+)#\d+$/.exec(id);
  return match === null ? null : fileStem(match[1]!);
}
