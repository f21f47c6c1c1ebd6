// Per-model memoisation: derived views of a parsed resolution (its citations, the words of its
// paragraphs, quoted spans …) are computed once per model and shared by every rule and feature
// that needs them, instead of once per rule.
import type { Resolution } from './model';

const caches = new WeakMap<Resolution, Map<string, unknown>>();

/** The value of `compute(model)` under `key`, computed at most once per model. */
export function memo<T>(model: Resolution, key: string, compute: (model: Resolution) => T): T {
  let cache = caches.get(model);
  if (!cache) {
    cache = new Map();
    caches.set(model, cache);
  }
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute(model);
  cache.set(key, value);
  return value;
}

/** Gives `key` its value for `model` (incremental/relint.ts: a view carried over from the model before an edit). */
export function seedMemo<T>(model: Resolution, key: string, value: T): void {
  let cache = caches.get(model);
  if (!cache) {
    cache = new Map();
    caches.set(model, cache);
  }
  cache.set(key, value);
}

/** The value under `key` for `model` when it has been computed, else undefined (nothing is computed). */
export function memoized<T>(model: Resolution, key: string): T | undefined {
  return caches.get(model)?.get(key) as T | undefined;
}

/** Drops the values under `keys` for `model` (a host that keeps a model but not the views it no longer needs). */
export function forgetMemo(model: Resolution, keys: readonly string[]): void {
  const cache = caches.get(model);
  if (cache) for (const key of keys) cache.delete(key);
}
