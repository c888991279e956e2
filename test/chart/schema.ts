import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { ErrorObject } from 'ajv';

/** The Vega-Lite JSON schema, compiled once per test file. */
const require = createRequire(import.meta.url);
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false });
const validate = ajv.compile(require('vega-lite/vega-lite-schema.json') as object);

/** Schema errors of a spec, as readable lines ([] when valid). */
export function schemaErrors(spec: unknown): string[] {
  if (validate(spec)) return [];
  return (validate.errors ?? []).slice(0, 10).map((e: ErrorObject) => `${e.instancePath} ${e.message ?? ''}`);
}
