/** Seeded reordering of list items in each format, so documents of one template differ in recommendation order. */

/** A new array with `items` in a seeded random order (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Reorder the items of each HTML list that has no nested list (browsers renumber `<ol>` items by position). */
export function shuffleHtmlLists(html: string, random: () => number): string {
  return html.replace(/(<(ol|ul)\b[^>]*>)([\s\S]*?)(<\/\2>)/g, (whole, open: string, _tag: string, inner: string, close: string) => {
    if (/<(ol|ul)\b/.test(inner)) return whole;
    const items = inner.match(/<li\b[\s\S]*?<\/li>/g);
    if (items === null || items.length < 2 || inner.replace(/<li\b[\s\S]*?<\/li>/g, '').trim() !== '') return whole;
    return `${open}\n${shuffled(items, random).join('\n')}\n${close}`;
  });
}

/** Reorder runs of adjacent WordprocessingML paragraphs that share a list (same numId and level). */
export function shuffleDocxLists(xml: string, random: () => number): string {
  const parts = xml.split(/(<w:p(?=[ >])[\s\S]*?<\/w:p>)/);
  const out: string[] = [];
  let run: string[] = [];
  let runKey: string | null = null;
  const flush = () => {
    out.push(...(run.length >= 2 ? shuffled(run, random) : run));
    run = [];
    runKey = null;
  };
  for (const part of parts) {
    if (part === '') continue;
    const key = listKey(part);
    if (key !== null && key === runKey) {
      run.push(part);
    } else if (key !== null) {
      flush();
      run = [part];
      runKey = key;
    } else {
      flush();
      out.push(part);
    }
  }
  flush();
  return out.join('');
}

function listKey(paragraph: string): string | null {
  if (!paragraph.startsWith('<w:p')) return null;
  const match = /<w:ilvl w:val="(\d+)"\s*\/><w:numId w:val="(\d+)"\s*\/>/.exec(paragraph);
  // an empty paragraph (a list's lead-in marker) has no text run: keep it in place
  return match === null || !paragraph.includes('<w:t') ? null : `${match[2]}:${match[1]}`;
}

/**
 * Reorder runs of adjacent "- " bullets in plain text (a bullet keeps its indented continuation lines); numbered
 * "- 1) " items take the run's numbers in their new order. Numbered paragraphs ("- 2.1", "- (ii)") stay put.
 */
export function shuffleTextLists(text: string, random: () => number): string {
  const out: string[] = [];
  let run: string[][] = [];
  const flush = () => {
    out.push(...reorderBullets(run, random).flat());
    run = [];
  };
  for (const line of text.split('\n')) {
    const last = run[run.length - 1];
    if (isBullet(line)) run.push([line]);
    else if (last !== undefined && /^ +[^\s-]/.test(line)) last.push(line);
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out.join('\n');
}

function isBullet(line: string): boolean {
  return /^- /.test(line) && !/^- \(?[0-9ivx]+[.)][0-9]/.test(line) && !/^- \(?[ivx]+\)/.test(line);
}

function reorderBullets(run: readonly string[][], random: () => number): string[][] {
  if (run.length < 2) return run.map((item) => [...item]);
  const numbers = run.map((item) => /^- (\d+)\) /.exec(item[0]!)?.[1]);
  const order = shuffled(run, random);
  if (numbers.some((n) => n === undefined)) return order;
  return order.map(([first, ...rest], i) => [first!.replace(/^- \d+\) /, `- ${numbers[i]!}) `), ...rest]);
}
