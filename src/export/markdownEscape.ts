import { singleSpaced } from '../text/keys.js';

/**
 * Document text as inline Markdown that renders literally: line breaks collapse to spaces (so text cannot start a
 * new block), the characters that carry inline meaning are backslash-escaped (`\ ` * _ [ ] < > | ~ & { }`, so no
 * HTML tag, link, entity, emphasis or table cell can be formed), and a leading block marker (`#`, `-`, `+`, `1.`) is
 * escaped too.
 */
export function markdownText(text: string): string {
  const flat = singleSpaced(text);
  const escaped = flat.replace(/[\\`*_[\]<>|~&{}]/g, (c) => `\\${c}`);
  if (/^(?:#|[-+](?: |$))/.test(escaped)) return `\\${escaped}`;
  return escaped.replace(/^(\d+)([.)])(?= |$)/, '$1\\$2');
}

/**
 * A link destination in the `<…>` form CommonMark allows: spaces, angle brackets and line breaks are
 * percent-encoded, so a path or url cannot end the link or open a tag.
 */
export function markdownUrl(url: string): string {
  return `<${url.replace(/[\s<>\\]/g, encodeURIComponent)}>`;
}
