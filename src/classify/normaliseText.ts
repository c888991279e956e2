/** The key under which examples of the same text are grouped: white space collapsed, lower case. */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
