// Text from outside (file names, documents, library messages) made safe to print on a terminal, one line each.

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\x1b': '\\e' };

/**
 * Control characters (C0, DEL, C1) and the invisible marks that reorder text (bidirectional overrides and isolates)
 * as visible escapes: `\n`, `\e`, `\x07`, `\u202e`. A file named `a\nerror [x] b.pdf` cannot forge a line, an
 * escape sequence in a name cannot reach the terminal, and the name still reads unambiguously.
 */
export function escapeForTerminal(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const named = NAMED[c];
    if (named !== undefined) return named;
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** A message on one line: its line breaks (an XML parser's report, say) folded into spaces, the rest escaped. */
export function oneLine(message: string): string {
  return escapeForTerminal(message.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}
