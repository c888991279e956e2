import { createHash } from 'node:crypto';
import type { Model } from '../model.js';

/** The model's hash: SHA-256 of its canonical JSON without the `hash` field, first 16 hex digits. */
export function modelHash(model: Omit<Model, 'hash'> | Model): string {
  const { hash: _hash, ...content } = model as Model;
  return createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, 16);
}

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
