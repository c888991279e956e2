import { createHash } from 'node:crypto';
import { canonicalJson } from './canonicalJson.js';
import type { Model } from './model.js';

/** The model's hash: SHA-256 of its canonical JSON without the `hash` field, first 16 hex digits. */
export function modelHash(model: Omit<Model, 'hash'> | Model): string {
  const { hash: _hash, ...content } = model as Model;
  return createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, 16);
}
