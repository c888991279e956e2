// Output helpers shared by the notebooks (Deno kernel): print, table and show (charts).
//
// The Deno kernel can report a cell finished before its last output has gone out, and a headless run (nbconvert)
// then loses that output; so each helper waits a moment after writing, and cells never end on a bare value.
import { drawCharts, mimeBundle } from '../src/index.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 250));

/** console.log, then wait for the output to reach the notebook. */
export async function print(...values: unknown[]): Promise<void> {
  console.log(...values);
  await settle();
}

/** Rows as a table. */
export async function table(rows: readonly object[]): Promise<void> {
  console.table(rows);
  await settle();
}

/** Charts inline: the Vega-Lite spec (interactive in Jupyter) and its SVG drawing (read on code hosts). */
export async function show(charts: Parameters<typeof drawCharts>[0]): Promise<void> {
  for (const drawn of await drawCharts(charts)) await Deno.jupyter.display(mimeBundle(drawn), { raw: true });
  await settle();
}
