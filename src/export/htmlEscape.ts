/** Text for an HTML element or a quoted attribute value: `& < > " '` become character references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON to place inside `<script type="application/json">`: `<`, `>`, `&`, U+2028 and U+2029 become `\uXXXX`
 * escapes, so no value (not even `</script>` or `<!--`) can end the element or change how it is parsed.
 * `JSON.parse` of the element's text gives the value back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A library's source to inline in `<script>`: any `</script` or `<!--` (which only a string or regular expression
 * could hold) gets a backslash that JavaScript ignores there but the HTML parser sees.
 */
export function scriptText(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}
