import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null = null;

/** What the heap held after the last collection here: what was live then. */
let liveAfterLast = 0;

/**
 * Heap growth since the last collection below which another is not worth its time: that much garbage at most, and
 * a full collection of a few hundred live MB takes a sixth of a second.
 */
const WORTH_COLLECTING = 1.2;

/**
 * A full garbage collection, between the stages of a run. V8 lets a heap with memory to spare grow to several
 * times what is live before it collects (on 4,000 documents, 1.3 GB for 350 MB live), so each stage would start on
 * top of the garbage of the ones before; collecting at each boundary keeps a run's peak near its live data, for
 * about a tenth of a second each at that size. A stage that left the heap less than a fifth larger than the last
 * collection did (one that made little garbage, or after V8 collected by itself) is not collected after.
 * V8's `gc` is reached without `--expose-gc` on the command line.
 */
export function collectGarbage(): void {
  if (getHeapStatistics().used_heap_size < liveAfterLast * WORTH_COLLECTING) return;
  if (gc === null) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
  liveAfterLast = getHeapStatistics().used_heap_size;
}
