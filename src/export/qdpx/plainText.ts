import { xmlSafe } from './xml.js';

/** A document's text as a REFI-QDA plain-text source, and where a position of the original text falls in it. */
export interface PlainText {
  /** The text to store (UTF-8, no byte-order mark, LF line ends, no control characters but tab and LF). */
  readonly text: string;
  /**
   * The position in `text` of a UTF-16 offset of the original text, counted as the standard counts: in Unicode
   * code points from 0. A removed character takes no position, so later offsets shift back with it.
   */
  position(offset: number): number;
}

/**
 * Canonical text -> plain-text source. Each known trap is removed here so selections stay exact in every tool: a
 * leading byte-order mark (some tools count it, some do not), CR LF and lone CR (some tools turn them into LF on
 * import), control characters (XML and several tools reject them); and offsets are re-counted in code points
 * (JavaScript counts UTF-16 units, so an emoji or a rare CJK character would shift every later selection).
 */
export function plainText(original: string): PlainText {
  const positions = new Uint32Array(original.length + 1);
  const kept: string[] = [];
  let count = 0;
  for (let i = 0; i < original.length; i++) {
    positions[i] = count;
    const code = original.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (width === 2) positions[i + 1] = count;
    const char = original.slice(i, i + width);
    const next = original[i + width];
    if (i === 0 && char === '\ufeff') continue;
    const out = char === '\r' ? (next === '\n' ? '' : '\n') : xmlSafe(char);
    if (out !== '') {
      kept.push(out);
      count++;
    }
    i += width - 1;
  }
  positions[original.length] = count;
  return {
    text: kept.join(''),
    position: (offset) => positions[Math.max(0, Math.min(offset, original.length))]!,
  };
}
