// The chart thread (`ChartThread`): draws the charts it is sent, one at a time, as `renderChart` does, and answers
// each with its SVG and PNG, or why it could not. After each it collects its young generation, then lets a turn of
// its event loop go by, in which the finalizers of what was found dead run, before it draws the next: resvg frees a
// chart's tree, fonts and pixels (10-15 MB) only in the finalizer of their small JS wrapper, which V8, seeing a few
// bytes, would collect when it pleased, and charts sent together would otherwise be drawn in one turn, all their
// memory held at once (100 MB for nine charts).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import { renderChart } from './renderChart.js';
import type { ChartReply } from './chartThread.js';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (options: { type: 'minor' }) => void;
const queue: { readonly id: number; readonly spec: TopLevelSpec }[] = [];
let drawing = false;

parentPort!.on('message', (message: { id: number; spec: TopLevelSpec }) => {
  queue.push(message);
  if (!drawing) void drawNext();
});

async function drawNext(): Promise<void> {
  const message = queue.shift();
  drawing = message !== undefined;
  if (message === undefined) return;
  let reply: ChartReply;
  try {
    const { svg, png } = await renderChart(message.spec);
    reply = { id: message.id, svg, png };
  } catch (error) {
    reply = { id: message.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
  collect({ type: 'minor' });
  setImmediate(() => void drawNext());
}
