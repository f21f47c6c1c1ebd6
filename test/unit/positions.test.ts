// Offsets ↔ LSP positions: line breaks \n, \r\n and a lone \r, and the index after an in-line edit.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/core/text/positions';

/** Line starts read character by character: what LineIndex must agree with. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0d) {
      if (text.charCodeAt(index + 1) === 0x0a) index++;
      starts.push(index + 1);
    } else if (code === 0x0a) {
      starts.push(index + 1);
    }
  }
  return starts;
}

const textWithBreaks = fc
  .array(fc.constantFrom('a', 'é', ' ', '\n', '\r', '\r\n', '\t'), { maxLength: 60 })
  .map((pieces) => pieces.join(''));

describe('LineIndex', () => {
  it('finds every line start, whatever the line breaks', () => {
    fc.assert(
      fc.property(textWithBreaks, (text) => {
        const index = new LineIndex(text);
        const starts = lineStarts(text);
        assert.equal(index.lineCount, starts.length);
        starts.forEach((start, line) => assert.deepEqual(index.positionAt(start), { line, character: 0 }));
        for (let offset = 0; offset <= text.length; offset++)
          assert.equal(index.offsetAt(index.positionAt(offset)), offset);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('after an edit without line breaks, equals an index of the new text', () => {
    fc.assert(
      fc.property(
        textWithBreaks,
        fc.nat(),
        fc.nat(3),
        fc.constantFrom('', 'x', 'abc', ' \t'),
        (text, at, length, inserted) => {
          const start = at % (text.length + 1);
          const end = Math.min(text.length, start + length);
          if (/[\r\n]/.test(text.slice(start, end)) || (text[start - 1] === '\r' && text[end] === '\n')) return;
          const after = text.slice(0, start) + inserted + text.slice(end);
          const moved = new LineIndex(text).afterEdit({ start, end, text: inserted });
          const fresh = new LineIndex(after);
          for (let offset = 0; offset <= after.length; offset++)
            assert.deepEqual(
              moved.positionAt(offset),
              fresh.positionAt(offset),
              `offset ${offset} of ${JSON.stringify(after)}`,
            );
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });
});
