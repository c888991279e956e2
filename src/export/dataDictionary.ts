import { csvFile, type FieldSpec, type TableSpec } from './tableSchema.js';

/** A column's type as the dictionary shows it: `integer (recommendations)`, `list`, `string: a, b, c`. */
function typeOf(f: FieldSpec): string {
  if (f.unit !== undefined) return `${f.type} (${f.unit})`;
  return f.type;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/**
 * The data dictionary (the "Columns" part of output/README.md) from the tables' one description: per table, what a
 * row is, its key, then each column with its type, unit and meaning.
 */
export function dataDictionaryMarkdown(tables: readonly TableSpec[]): string {
  return tables.map((t) => [
    `### ${csvFile(t)}`,
    '',
    `${t.description} Key: ${t.primaryKey.map((k) => `\`${k}\``).join(' + ')}.${t.foreignKeys.map((k) => ` \`${k.fields.join('`, `')}\` refers to \`${k.table}.csv\`.`).join('')}`,
    '',
    '| column | type | meaning |',
    '|---|---|---|',
    ...t.fields.map((f) => `| \`${f.name}\` | ${cell(typeOf(f))} | ${cell(f.description)}${f.required === true ? ' (never empty)' : ''} |`),
    '',
  ].join('\n')).join('\n');
}
