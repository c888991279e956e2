import type { Block } from './blocks.js';
import { isSectionHeading } from './listContext.js';
import type { ThemeSection } from './schema.js';
import { themeAtStart } from './themeHeadings.js';

/**
 * The feedback text under each theme heading of a feedback report. A theme heading is a paragraph or heading
 * (not an item of a list quoting the five questions) followed by prose; the section runs to the next theme
 * heading or the next numbered section ("5. Next steps").
 */
export function findThemeSections(blocks: readonly Block[]): ThemeSection[] {
  const starts: { index: number; theme: ThemeSection['theme']; heading: string }[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'list-item' && block.bulleted) return;
    if (block.kind === 'list-item' && !/^\d+(?:\.\d+)+$/.test(block.marker ?? '')) return;
    const found = themeAtStart(block.text);
    if (found !== null) starts.push({ index, theme: found.theme, heading: block.text });
  });

  const sections: ThemeSection[] = [];
  starts.forEach((start, n) => {
    const limit = starts[n + 1]?.index ?? blocks.length;
    const body: Block[] = [];
    for (let j = start.index + 1; j < limit; j++) {
      const block = blocks[j]!;
      if (isSectionHeading(block) && !(block.kind === 'heading' && block.text.length > 60)) break;
      body.push(block);
    }
    const prose = body.filter((b) => b.text.length >= 80);
    if (prose.length === 0) return;
    const last = body[body.length - 1]!;
    sections.push({
      theme: start.theme,
      heading: start.heading,
      text: body.map((b) => b.text).join('\n\n'),
      source: { ...blocks[start.index]!.source, end: last.source.end },
    });
  });
  return sections;
}
