import type { z } from 'zod';

/**
 * `file: field.path: message (got <value>)`: the first issue of a failed parse, naming the field and (when it is a
 * plain value) the value.
 */
export function describeIssue(error: z.ZodError, input: unknown, file: string): string {
  const issue = error.issues[0];
  if (issue === undefined) return `${file}: invalid`;
  const path = issue.path.map(String);
  const field = path.length === 0 ? '(top level)' : path.join('.');
  const value = valueAt(input, issue.path);
  const got = value === undefined || (typeof value === 'object' && value !== null) ? '' : ` (got ${show(value)})`;
  return `${file}: ${field}: ${issue.message}${got}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
