/**
 * Windows-1252 bytes -> string. Node 20's `TextDecoder('windows-1252')` decodes as ISO-8859-1 (0x80-0x9F become
 * C1 control characters instead of curly quotes, dashes and the euro sign), so the 32 differing bytes are mapped here.
 */

/** Code points of bytes 0x80-0x9F; undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to themselves, as browsers do. */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const byte = bytes[i] ?? 0;
      codes[i - start] = byte >= 0x80 && byte <= 0x9f ? (HIGH[byte - 0x80] ?? byte) : byte;
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}
