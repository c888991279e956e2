import type { ResourceLimits, Worker } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import { CpcError } from '../errors.js';
import { moduleThread } from '../pool/moduleThread.js';
import type { RenderedChart } from './renderChart.js';
// set on the run's thread, whose environment the chart thread's resvg reads when it loads
import './resvgMemory.js';

/** What the thread (`chartWorker`) answers a chart with. */
export type ChartReply = { readonly id: number; readonly svg: string; readonly png: Uint8Array } | { readonly id: number; readonly error: string };

/**
 * The thread's heap, bounded: drawing one chart (at most about 2,000 pixels a side) took under 24 MB of old
 * generation on a 4,000-document run. Bounded, V8 collects where it would grow: unbounded, the thread raised that
 * run's peak from 493 to 518 MiB. A chart that needs more ends the thread, and it and the rest are drawn here.
 */
const THREAD_HEAP: ResourceLimits = { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 };

/** A chart asked of the thread. */
interface Drawing {
  readonly spec: TopLevelSpec;
  readonly resolve: (chart: RenderedChart) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Charts drawn (`renderChart`: Vega's SVG, resvg's PNG) on a thread of their own, one at a time, the same bytes as
 * on this one, so that a run goes on with other work meanwhile (the nine charts of a 4,000-document run: about a
 * second). The thread starts with the first chart asked for and stops at `close`, which every user calls (it holds
 * the process open until then). Should the thread itself fail (it cannot start, or it stops), the charts it was
 * drawing, and any asked for later, are drawn on this thread instead; a chart that cannot be drawn fails as an
 * `invalid-input` with the reason `renderChart` gives.
 */
export class ChartThread {
  private worker: Worker | null = null;
  private next = 0;
  private readonly pending = new Map<number, Drawing>();
  /** The thread has failed: charts are drawn on this one. */
  private failed = false;
  private closed = false;

  /** `resourceLimits`: the limits of the thread's JavaScript heap (resvg's own memory is not in it). */
  constructor(private readonly resourceLimits: ResourceLimits = THREAD_HEAP) {}

  /** Whether charts are drawn on the caller's thread, the chart thread having failed or not being possible here. */
  get fellBack(): boolean {
    return this.failed;
  }

  draw(spec: TopLevelSpec): Promise<RenderedChart> {
    if (this.closed) return Promise.reject(new Error('the chart thread was closed'));
    const worker = this.failed ? null : this.started();
    if (worker === null) return drawHere(spec);
    const id = this.next++;
    const drawn = new Promise<RenderedChart>((resolve, reject) => this.pending.set(id, { spec, resolve, reject }));
    worker.postMessage({ id, spec });
    return drawn;
  }

  /** Stop the thread; charts still awaited fail. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    if (worker !== null) await worker.terminate();
    for (const drawing of this.pending.values()) drawing.reject(new Error('the chart thread was closed'));
    this.pending.clear();
  }

  /** The thread, started with the first chart; null when none can be made here (a runtime without them). */
  private started(): Worker | null {
    if (this.worker !== null) return this.worker;
    let worker: Worker;
    try {
      worker = moduleThread(import.meta.url, 'chartWorker', this.resourceLimits);
    } catch {
      this.failed = true;
      return null;
    }
    worker.on('message', (reply: ChartReply) => {
      const drawing = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('svg' in reply) drawing?.resolve({ svg: reply.svg, png: reply.png });
      else drawing?.reject(new CpcError('invalid-input', reply.error));
    });
    worker.once('error', () => this.drawRestHere());
    worker.once('exit', () => {
      if (!this.closed) this.drawRestHere();
    });
    this.worker = worker;
    return worker;
  }

  /** The thread failed: what it was drawing, and what comes later, is drawn here. */
  private drawRestHere(): void {
    this.failed = true;
    for (const drawing of this.pending.values()) drawHere(drawing.spec).then(drawing.resolve, drawing.reject);
    this.pending.clear();
  }
}

/** `renderChart` on this thread, vega and resvg loaded only then. */
async function drawHere(spec: TopLevelSpec): Promise<RenderedChart> {
  return (await import('./renderChart.js')).renderChart(spec);
}
