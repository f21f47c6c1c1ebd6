// Offsets moved by the model's structure (model-shape.ts, incremental/shift.ts). The type checker
// holds every field of model.ts to a shape; these tests hold each shape to the parser: a model moved
// by its shape equals the model of the text moved as far. A shape that called an offset a count (or
// a count an offset) would leave it behind (or move it) and differ.
import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { moveNode, shiftBy, shiftNode } from '../../server/src/core/incremental/shift';
import { RESOLUTION } from '../../server/src/core/model-shape';
import type { Resolution } from '../../server/src/core/model';
import { parse } from '../../server/src/core/parser/parse';
import { corpusOrSkip, corpusTexts, REPO_ROOT, wrapAsPrint } from '../support/corpus';

/** Blanks at the very start of the text: they move every offset and change no reading (the first line's content starts after them). */
const PREFIX = '  ';

const withoutText = (model: Resolution): Resolution => ({ ...model, text: '' });

function assertMovesLikeTheText(name: string, text: string): void {
  const moved = moveNode(parse(text), RESOLUTION, PREFIX.length);
  const parsed = parse(PREFIX + text);
  if (!isDeepStrictEqual(withoutText(moved), withoutText(parsed)))
    assert.deepStrictEqual(withoutText(moved), withoutText(parsed), name);
  // The same through the edit path: an insertion at the start moves everything after it.
  const change = { start: 0, end: 0, text: PREFIX };
  const shifted = shiftNode(parse(text), RESOLUTION, change, shiftBy(change), PREFIX + text);
  if (!isDeepStrictEqual(withoutText(shifted), withoutText(parsed)))
    assert.deepStrictEqual(withoutText(shifted), withoutText(parsed), `${name} (shifted)`);
}

describe("offsets moved by the model's shape", () => {
  it('move a model as the parser reads the text moved (examples)', () => {
    for (const file of ['clean.unres', 'misnumbered.unres'])
      assertMovesLikeTheText(file, readFileSync(path.join(REPO_ROOT, 'examples', file), 'utf8'));
  });

  it('move a model as the parser reads the text moved (corpus, as written and as print)', function () {
    corpusOrSkip(this);
    this.timeout(120_000);
    const texts = corpusTexts().filter((_, index) => index % 7 === 0);
    for (const { name, text } of texts) assertMovesLikeTheText(name, text);
    for (const { name, text } of texts.slice(0, 40)) assertMovesLikeTheText(`${name} (print)`, wrapAsPrint(text, 80));
  });

  it('shares what lies before an edit and copies what lies after it', () => {
    const model = parse(readFileSync(path.join(REPO_ROOT, 'examples', 'clean.unres'), 'utf8'));
    const last = model.parts[0]!.operative[model.parts[0]!.operative.length - 1]!;
    const change = { start: last.end, end: last.end, text: 'x' };
    const shifted = shiftNode(
      model,
      RESOLUTION,
      change,
      shiftBy(change),
      model.text.slice(0, last.end) + 'x' + model.text.slice(last.end),
    );
    assert.equal(shifted.masthead, model.masthead);
    assert.equal(shifted.parts[0]!.preamble[0], model.parts[0]!.preamble[0]);
    assert.deepEqual(
      model.closings.map((closing) => closing.start + 1),
      shifted.closings.map((closing) => closing.start),
    );
  });
});
