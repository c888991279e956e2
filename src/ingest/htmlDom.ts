import { singleSpaced } from '../text/keys.js';

/**
 * The few parts of a parsed HTML tree the converter reads (cheerio's domhandler nodes satisfy this), plus the
 * element classes it needs: what is skipped, what starts a block.
 */
export interface DomNode {
  readonly type: string;
  readonly data?: string;
  readonly name?: string;
  readonly attribs?: Readonly<Record<string, string>>;
  readonly children?: readonly DomNode[];
}

/** Elements whose content is never document text: code, chrome, media, forms. `img` goes too (alt-text noise). */
const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'footer', 'form', 'svg', 'math', 'iframe', 'frame',
  'img', 'picture', 'video', 'audio', 'canvas', 'object', 'embed', 'map', 'button', 'select', 'input', 'textarea',
  'meta', 'link', 'title', 'base',
]);

/** Elements that end the current block and start a new one. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const HIDDEN_CLASS = /(?:^|\s)(?:sr-only|visually-hidden|screen-reader-text|hidden)(?:\s|$)/i;
const CHROME_ROLES = new Set(['navigation', 'search', 'banner', 'contentinfo']);

export function isElement(node: DomNode): boolean {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isBlock(node: DomNode): boolean {
  return node.name !== undefined && BLOCKS.has(node.name);
}

/** An element to leave out with everything inside it: chrome, hidden, or a site header holding navigation. */
export function isSkipped(node: DomNode): boolean {
  const name = node.name ?? '';
  if (node.type === 'script' || node.type === 'style' || SKIPPED.has(name)) return true;
  const attribs = node.attribs ?? {};
  if (attribs.hidden !== undefined || attribs['aria-hidden'] === 'true') return true;
  if (attribs.style !== undefined && HIDDEN_STYLE.test(attribs.style)) return true;
  if (attribs.class !== undefined && HIDDEN_CLASS.test(attribs.class)) return true;
  if (attribs.role !== undefined && CHROME_ROLES.has(attribs.role)) return true;
  return name === 'header' && contains(node, (child) => child.name === 'nav');
}

/** True when some descendant satisfies `test`. */
export function contains(node: DomNode, test: (node: DomNode) => boolean): boolean {
  for (const child of node.children ?? []) {
    if (test(child) || contains(child, test)) return true;
  }
  return false;
}

/** Element children only. */
export function elementChildren(node: DomNode): DomNode[] {
  return (node.children ?? []).filter(isElement);
}

/** Text of a subtree without nested lists (for matching a list item to its source), whitespace folded. */
export function ownText(node: DomNode): string {
  const parts: string[] = [];
  const visit = (current: DomNode): void => {
    if (current.type === 'text') parts.push(current.data ?? '');
    if (current.name === 'ul' || current.name === 'ol' || isSkipped(current)) return;
    for (const child of current.children ?? []) visit(child);
  };
  for (const child of node.children ?? []) visit(child);
  return singleSpaced(parts.join(''));
}
