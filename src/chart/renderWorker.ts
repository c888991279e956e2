/**
 * The worker-thread side of `chartRenderer` (`renderThread.ts`): specs in, drawings out, one at a time in the order
 * sent, with vega and resvg loaded once.
 */
import { parentPort } from 'node:worker_threads';
import { isCpcError } from '../errors.js';
import { renderChart } from './renderChart.js';
import type { RenderReply, RenderRequest } from './renderThread.js';

const port = parentPort;
let queue = Promise.resolve();
port?.on('message', ({ id, spec }: RenderRequest) => {
  queue = queue.then(() => renderChart(spec).then(
    ({ svg, png }) => port.postMessage({ id, svg, png } satisfies RenderReply, [png.buffer as ArrayBuffer]),
    (error: unknown) => port.postMessage({ id, error: { code: isCpcError(error) ? error.code : null, message: (error as Error | undefined)?.message ?? String(error) } } satisfies RenderReply),
  ));
});
