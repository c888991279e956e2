/**
 * TEST HELPER, not library code: the five feedback sections of the Stoke-on-Trent 2016 feedback report, split at
 * the theme heading lines using the classic codebook's heading patterns. It stands in for the corpus extractor
 * (src/corpus/themeSections.ts) so the classify tests do not depend on ingestion. Sections start after the
 * "N. Feedback" heading (the numbered list of the five questions before it is not a section) and end at the next
 * theme heading or the next numbered section ("5. Next steps").
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ThemeSection } from '../../src/corpus/schema.js';
import type { Codebook } from '../../src/classify/codebook.js';

export const STOKE_FILE = 'stoke-on-trent-2016-feedback-report.txt';
const TEXT_DIR = fileURLToPath(new URL('../fixtures/sample/text/', import.meta.url));

export function stokeSections(codebook: Codebook): ThemeSection[] {
  const lines = readFileSync(`${TEXT_DIR}${STOKE_FILE}`, 'utf8').split('\n');
  const feedback = lines.findIndex((line) => /^\d+\.\s+Feedback\s*$/.test(line.trim()));
  if (feedback < 0) throw new Error('no Feedback heading in the Stoke report');
  const patterns = codebook.themes.map((t) => ({ theme: t.id, res: t.headings.map((h) => new RegExp(h, 'i')) }));
  const themeOf = (line: string) => patterns.find((p) => p.res.some((re) => re.test(line.trim())))?.theme;

  const sections: ThemeSection[] = [];
  let current: { theme: ThemeSection['theme']; heading: string; line: number; body: string[] } | null = null;
  const close = () => {
    if (current === null) return;
    sections.push({
      theme: current.theme,
      heading: current.heading,
      text: current.body.join('\n').trim(),
      source: { file: STOKE_FILE, page: null, line: current.line + 1, start: 0, end: 0 },
    });
    current = null;
  };
  for (let i = feedback + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const theme = themeOf(line);
    if (theme !== undefined) {
      close();
      current = { theme, heading: line.trim(), line: i, body: [] };
    } else if (/^\d+\.\s+\S/.test(line.trim()) && line.trim().length < 60) {
      close();
      break;
    } else {
      current?.body.push(line);
    }
  }
  close();
  return sections;
}
