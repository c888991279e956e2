import { createRequire } from 'node:module';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import './resvgMemory.js';

/**
 * The thread's code, plain JavaScript run as it is (`eval`), so that it runs the same from the TypeScript sources
 * (tsx) and from the build; resvg is loaded by the path this thread resolved. It draws as `pngOf` does, one SVG at a
 * time. After each it collects its young generation, then lets a turn of its event loop go by, in which the
 * finalizers of what was found dead run, before it draws the next: resvg frees a chart's tree, fonts and pixels
 * (10-15 MB) only in the finalizer of their small JS wrapper, which V8, seeing a few bytes, would collect when it
 * pleased, and PNGs asked for together would otherwise be drawn in one turn, all their memory held at once (100 MB
 * for nine charts). (`gc` may already be a global: not redeclared.)
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { setFlagsFromString } = require('node:v8');
const { runInNewContext } = require('node:vm');
const { Resvg } = require(workerData.resvg);
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc');
const queue = [];
let drawing = false;
parentPort.on('message', (message) => {
  queue.push(message);
  if (!drawing) drawNext();
});
function drawNext() {
  const message = queue.shift();
  drawing = message !== undefined;
  if (!drawing) return;
  const { id, svg, options } = message;
  let reply;
  try {
    reply = { id, png: new Resvg(svg, options).render().asPng() };
  } catch (error) {
    reply = { id, error: String(error && error.message ? error.message : error) };
  }
  parentPort.postMessage(reply);
  collect({ type: 'minor' });
  setImmediate(drawNext);
}
`;

type Reply = { readonly id: number; readonly png: Uint8Array } | { readonly id: number; readonly error: string };

/** A PNG asked of the thread. */
interface Drawing {
  readonly svg: string;
  readonly options: ResvgRenderOptions;
  readonly resolve: (png: Uint8Array) => void;
  readonly reject: (error: Error) => void;
}

/**
 * PNGs drawn from SVG text by resvg on a thread of their own (`pngOf` on this one gives the same bytes), so that a
 * run goes on with other work while resvg draws pixels (nine charts of a 4,000-document run: 0.7 s). The thread
 * starts with the first PNG asked for and stops at `close`, which every user calls (it holds the process open until
 * then). Should the thread itself fail (it cannot start, or it stops), the PNGs it was drawing, and any asked for
 * later, are drawn on this thread instead; a PNG that resvg cannot draw fails as `pngOf` would.
 */
export class PngThread {
  private worker: Worker | null = null;
  private next = 0;
  private readonly pending = new Map<number, Drawing>();
  /** The thread has failed: PNGs are drawn on this one. */
  private failed = false;
  private closed = false;

  /** `resourceLimits`: the limits of the thread's JavaScript heap (none by default; resvg's own memory is not in it). */
  constructor(private readonly resourceLimits: ResourceLimits = {}) {}

  /** `svg` drawn with `options` (`pngOptions`). */
  png(svg: string, options: ResvgRenderOptions): Promise<Uint8Array> {
    if (this.closed) return Promise.reject(new Error('the PNG thread was closed'));
    if (this.failed) return drawHere(svg, options);
    const id = this.next++;
    const drawn = new Promise<Uint8Array>((resolve, reject) => this.pending.set(id, { svg, options, resolve, reject }));
    this.started().postMessage({ id, svg, options });
    return drawn;
  }

  /** Stop the thread; PNGs still awaited fail. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    if (worker !== null) await worker.terminate();
    for (const drawing of this.pending.values()) drawing.reject(new Error('the PNG thread was closed'));
    this.pending.clear();
  }

  private started(): Worker {
    if (this.worker !== null) return this.worker;
    const worker = new Worker(WORKER, { eval: true, workerData: { resvg: createRequire(import.meta.url).resolve('@resvg/resvg-js') }, resourceLimits: this.resourceLimits });
    worker.on('message', (reply: Reply) => {
      const drawing = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('png' in reply) drawing?.resolve(reply.png);
      else drawing?.reject(new Error(`cannot draw a chart's PNG: ${reply.error}`));
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
    for (const drawing of this.pending.values()) drawHere(drawing.svg, drawing.options).then(drawing.resolve, drawing.reject);
    this.pending.clear();
  }
}

/** `pngOf` on this thread, resvg loaded only then. */
async function drawHere(svg: string, options: ResvgRenderOptions): Promise<Uint8Array> {
  return (await import('./png.js')).pngOf(svg, options);
}
