// Reading what a test expects to be there: a missing item fails the test with a message, where the
// type of an index (`T | undefined` under noUncheckedIndexedAccess) would otherwise need a `!`.
import assert from 'node:assert/strict';

/** A tuple of `N` items of `T`. */
type Tuple<T, N extends number, Items extends T[] = []> = Items['length'] extends N
  ? Items
  : Tuple<T, N, [T, ...Items]>;

/** The first `count` items of `list`, for destructuring; fails when the list is shorter. */
export function firstItems<T, N extends number>(list: readonly T[], count: N): Tuple<T, N> {
  assert.ok(list.length >= count, `expected at least ${count} item(s), got ${list.length}`);
  return list.slice(0, count) as Tuple<T, N>;
}
