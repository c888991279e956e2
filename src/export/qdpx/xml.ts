/**
 * Just enough XML writing for the REFI-QDA files: escaping, and elements built from strings. Characters XML 1.0
 * forbids (most control characters, lone surrogates, U+FFFE/U+FFFF) are dropped, never written; line breaks and
 * tabs inside text and attributes are written as character references, so indenting never changes a value.
 */

/** Anything outside XML 1.0's Char production, plus the C1 controls and DEL, which tools mishandle. */
const NOT_XML = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text without characters XML cannot carry (or QDA tools choke on). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Text or an attribute value, escaped (quotes, tabs and line breaks as references). */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"\t\n\r]/g, (c) => ENTITIES[c]!);
}

export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** `<name a="1">` children indented `</name>`, or `<name a="1"/>` without children; undefined attributes are left out. */
export function element(name: string, attributes: Attributes = {}, children: readonly string[] = []): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  if (children.length === 0) return `<${name}${attrs}/>`;
  const inner = children.join('\n').replace(/^/gm, '  ');
  return `<${name}${attrs}>\n${inner}\n</${name}>`;
}

/** `<name>text</name>`. */
export function textElement(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
