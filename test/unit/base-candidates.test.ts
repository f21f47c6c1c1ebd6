// The order of the bases offered by "Compare with Base Resolution…": the draft's own item first,
// newest first, then the rest by path; the draft itself never.
import * as assert from 'node:assert/strict';
import { orderBaseCandidates } from '../../client/src/base-candidates';

describe('bases offered for a comparison', () => {
  const file = (name: string) => ({ uri: `file:///w/${name}`, path: `/w/${name}` });
  const files = [
    'a-other.unres',
    'draft.unres',
    'res-79-9.unres',
    'res-80-10.unres',
    'res-78-200.unres',
    'z.unres',
  ].map(file);
  const names = new Map([
    ['file:///w/draft.unres', 'A/C.3/81/L.5 — Human rights and extreme poverty'],
    ['file:///w/res-79-9.unres', 'A/RES/79/9 — Human rights and extreme poverty'],
    ['file:///w/res-80-10.unres', 'A/RES/80/10 — Human rights and extreme poverty'],
    ['file:///w/res-78-200.unres', 'A/RES/78/200 — Human rights — and more'],
    ['file:///w/a-other.unres', 'A/RES/80/1 — Another item'],
  ]);

  it('puts the same item first, newest at the top, then the others by path, without the draft', () => {
    const order = orderBaseCandidates('file:///w/draft.unres', files, names);
    assert.deepEqual(
      order.map((candidate) => [candidate.path, candidate.sameItem]),
      [
        ['/w/res-80-10.unres', true],
        ['/w/res-79-9.unres', true],
        ['/w/a-other.unres', false],
        ['/w/res-78-200.unres', false],
        ['/w/z.unres', false],
      ],
    );
    assert.equal(order[0]!.name, 'A/RES/80/10 — Human rights and extreme poverty');
    assert.equal(order.at(-1)!.name, undefined, 'a file the index does not know is offered by its path');
  });

  it('orders by path alone when the index knows nothing (the server is starting)', () => {
    assert.deepEqual(
      orderBaseCandidates('file:///w/draft.unres', files, new Map()).map((candidate) => candidate.path),
      ['/w/a-other.unres', '/w/res-78-200.unres', '/w/res-79-9.unres', '/w/res-80-10.unres', '/w/z.unres'],
    );
  });
});
