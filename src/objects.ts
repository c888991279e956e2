/**
 * `{ ...base, ...more }`, made so that objects made alike share one hidden class. V8 (Node 20) gives every object
 * made by a spread followed by more properties a hidden class of its own: some 400 bytes more each, and property
 * reads that share no inline cache. Where a sector's tens of thousands of recommendations are made so, use this.
 */
export function extended<T extends object, U extends object>(base: T, more: U): Omit<T, keyof U> & U {
  return Object.assign({}, base, more);
}
