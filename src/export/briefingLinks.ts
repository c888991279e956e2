import type { Quote } from '../aggregate/types.js';

/** Where a quote can be read: the local document (at its page) and the published copy, when known and safe. */
export interface QuoteLinks {
  readonly local: string | null;
  readonly online: string | null;
}

/**
 * Links for a quote's source. The local link is `file#page=N`, relative to the briefing through `documentRoot`
 * (each path segment percent-encoded, so a file name cannot become a `javascript:` or other URL) or a `file://`
 * URL for an absolute path. The online link is the quote's url, only when it is http(s).
 */
export function quoteLinks(quote: Quote, documentRoot: string): QuoteLinks {
  const page = quote.page !== null && Number.isInteger(quote.page) && quote.page > 0 ? `#page=${quote.page}` : '';
  return { local: quote.file === '' ? null : localHref(quote.file, documentRoot) + page, online: safeUrl(quote.url) };
}

function localHref(file: string, documentRoot: string): string {
  const path = file.replaceAll('\\', '/');
  const drive = /^[A-Za-z]:\//.test(path);
  if (path.startsWith('/') || drive) {
    const segments = path.split('/').map((segment, i) => (drive && i === 0 ? segment : encodeURIComponent(segment)));
    return `file://${drive ? '/' : ''}${segments.join('/')}`;
  }
  const root = documentRoot.replaceAll('\\', '/').replace(/\/+$/, '');
  const relative = path.split('/').filter((s) => s !== '' && s !== '.').map(encodeURIComponent).join('/');
  const joined = root === '' || root === '.' ? relative : `${root.split('/').map(encodeURIComponent).join('/')}/${relative}`;
  return joined.startsWith('.') || joined.includes('/') ? joined : `./${joined}`;
}

/** The url when it parses and is http or https; anything else (javascript:, data:, relative junk) is dropped. */
export function safeUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
