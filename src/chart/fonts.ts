import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The DejaVu Sans files (regular and bold) from the `dejavu-fonts-ttf` package. resvg draws no text without a
 * loaded font, so the renderer passes these explicitly and never depends on the machine's fonts.
 */
export function dejaVuFontFiles(): string[] {
  const root = dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'));
  return [join(root, 'ttf', 'DejaVuSans.ttf'), join(root, 'ttf', 'DejaVuSans-Bold.ttf')];
}
