import { parse } from 'yaml';
import { CpcError, type ErrorCode } from '../errors.js';

/** Parse YAML text, turning a syntax error into a `CpcError` with the given code that names the file and line. */
export function parseYaml(text: string, file: string, code: ErrorCode): unknown {
  try {
    return parse(text, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? 'invalid';
    throw new CpcError(code, `${file}: not valid YAML: ${message}`, { file, cause: error });
  }
}
