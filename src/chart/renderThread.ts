import { Worker } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import { CpcError, type ErrorCode } from '../errors.js';
import type { RenderedChart } from './renderChart.js';

/** A chart to draw, as the renderer's thread is sent it. */
export interface RenderRequest {
  readonly id: number;
  readonly spec: TopLevelSpec;
}

/** What the thread sends back: the drawing, or why it could not be made. */
export type RenderReply =
  | { readonly id: number; readonly svg: string; readonly png: Uint8Array }
  | { readonly id: number; readonly error: { readonly code: ErrorCode | null; readonly message: string } };

/** Draws charts (`renderChart`) on another thread, so that a run can write its tables meanwhile. */
export interface ChartRenderer {
  render(spec: TopLevelSpec): Promise<RenderedChart>;
  /** Start the thread now, so that vega and resvg are loaded by the time the first chart is asked for. */
  warm(): void;
  /** End the thread (if it started); drawings still asked for fail. */
  close(): Promise<void>;
}

/**
 * A renderer whose thread starts with the first chart it is asked to draw (a run whose charts all come from the
 * cache starts none), loads vega and resvg, and draws the charts it is sent, in order. The drawings are the ones
 * `renderChart` makes in this thread, byte for byte. From the TypeScript sources the thread loads them through tsx,
 * as this process does.
 */
export function chartRenderer(): ChartRenderer {
  let thread: Worker | null = null;
  const pending = new Map<number, { resolve: (chart: RenderedChart) => void; reject: (error: unknown) => void }>();
  let next = 0;
  let ended: CpcError | null = null;
  const failAll = (error: CpcError) => {
    ended ??= error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const start = (): Worker => {
    const self = import.meta.url;
    const fromSource = self.endsWith('.ts');
    const worker = new URL(fromSource ? './renderWorker.ts' : './renderWorker.js', self).href;
    const tsx = fromSource ? import.meta.resolve('tsx/esm/api') : null;
    const started = new Worker(
      `const { workerData: w } = require('node:worker_threads');
(w.tsx === null ? Promise.resolve() : import(w.tsx).then((api) => api.register())).then(() => import(w.worker));`,
      { eval: true, workerData: { worker, tsx } },
    );
    started.on('message', (reply: RenderReply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (pending.size === 0) started.unref();
      if ('error' in reply) waiting?.reject(new CpcError(reply.error.code ?? 'invalid-input', reply.error.message));
      else waiting?.resolve({ svg: reply.svg, png: reply.png });
    });
    started.on('error', (error) => failAll(new CpcError('invalid-input', `cannot draw charts: ${error.message}`, { cause: error })));
    started.on('exit', () => failAll(new CpcError('invalid-input', 'cannot draw charts: the drawing thread ended')));
    // a thread with no drawings to send back does not keep the process alive
    started.unref();
    return started;
  };
  return {
    warm: () => {
      if (ended === null) thread ??= start();
    },
    render: (spec) => {
      if (ended !== null) return Promise.reject(ended);
      thread ??= start();
      const id = next++;
      const drawn = new Promise<RenderedChart>((resolve, reject) => pending.set(id, { resolve, reject }));
      // the thread keeps the process alive while it has drawings to send back, and only then
      thread.ref();
      thread.postMessage({ id, spec } satisfies RenderRequest);
      return drawn;
    },
    close: async () => {
      ended ??= new CpcError('invalid-input', 'cannot draw charts: the renderer was closed');
      if (thread !== null) await thread.terminate();
    },
  };
}
