// Incremental parsing against the full parser, on real texts: seeded edits of every kind at
// paragraph starts, in verbs and openers, mid-line and near line ends, one at a time and as typed
// sequences. Whenever updateModel accepts an edit, its model must equal a parse of the new text;
// it must accept most edits made inside a paragraph's line (else the server gains nothing).
import * as assert from 'node:assert/strict';
import { updateModel, type TextChange } from '../../server/src/core/incremental/update-model';
import type { OperativeParagraph, Resolution, SubParagraph } from '../../server/src/core/model';
import { parse } from '../../server/src/core/parser/parse';
import { corpusOrSkip, corpusTexts } from '../support/corpus';

/** A small seeded generator (mulberry32): the same edits on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** The starts of the paragraphs and items of a model: where drafters type. */
export function paragraphStarts(model: Resolution): number[] {
  const starts: number[] = [];
  const items = (list: SubParagraph[]): void => {
    for (const item of list) {
      starts.push(item.label.end + 1);
      items(item.children);
    }
  };
  for (const part of model.parts) {
    for (const paragraph of part.preamble) starts.push(paragraph.start + 1);
    for (const paragraph of part.operative as OperativeParagraph[]) {
      starts.push(paragraph.number ? paragraph.number.end + 1 : paragraph.start + 1);
      items(paragraph.items);
    }
  }
  return starts;
}

const INSERTS = ['a', 'e', ' ', ',', ';', '.', ':', 'A', 'R', 'D', '7', '\n', 'also ', 'Further ', 'and ', '“', '(b)', '[', 'é', '\t', 'ing', 'ly'];

/** One random edit near `anchor`: an insertion, a deletion or a replacement. */
export function randomEdit(text: string, anchor: number, random: () => number): TextChange {
  const lineEnd = text.indexOf('\n', anchor) < 0 ? text.length : text.indexOf('\n', anchor);
  const where = random();
  let at = anchor;
  if (where < 0.35) at = anchor + Math.floor(random() * 4);
  else if (where < 0.7) at = anchor + Math.floor(random() * 40);
  else at = anchor + Math.floor(random() * Math.max(1, lineEnd - anchor + 2));
  at = Math.min(at, text.length);
  const kind = random();
  if (kind < 0.55) return { start: at, end: at, text: INSERTS[Math.floor(random() * INSERTS.length)] };
  if (kind < 0.85) return { start: at, end: Math.min(text.length, at + 1 + Math.floor(random() * 3)), text: '' };
  return { start: at, end: Math.min(text.length, at + 1 + Math.floor(random() * 6)), text: INSERTS[Math.floor(random() * INSERTS.length)] };
}

export const applyChange = (text: string, change: TextChange): string => text.slice(0, change.start) + change.text + text.slice(change.end);

describe('incremental parsing on the corpus', function () {
  this.timeout(300_000);

  it('equals a full parse whenever it accepts an edit, and accepts most in-line edits', function () {
    corpusOrSkip(this);
    const random = seeded(20261128);
    let tried = 0;
    let accepted = 0;
    let inLine = 0;
    let inLineAccepted = 0;
    for (const { name, text } of corpusTexts()) {
      const model = parse(text);
      const starts = paragraphStarts(model);
      if (starts.length === 0) continue;
      for (let round = 0; round < 6; round++) {
        const anchor = starts[Math.floor(random() * starts.length)];
        const change = randomEdit(text, anchor, random);
        const newText = applyChange(text, change);
        tried++;
        const simple = !/[\n\d[<]/.test(change.text + text.slice(change.start, change.end));
        if (simple) inLine++;
        const update = updateModel(model, change, newText);
        if (!update) continue;
        accepted++;
        if (simple) inLineAccepted++;
        assert.deepStrictEqual(update.model, parse(newText), `${name}: edit ${JSON.stringify(change)} (${JSON.stringify(text.slice(change.start - 20, change.end + 20))})`);
      }
    }
    console.log(`      ${accepted}/${tried} edits taken incrementally; ${inLineAccepted}/${inLine} of those without line breaks, digits or brackets`);
    assert.ok(inLineAccepted / inLine > 0.5, `only ${inLineAccepted}/${inLine} plain in-line edits were taken incrementally`);
  });

  it('stays equal to a full parse through typed sequences', function () {
    corpusOrSkip(this);
    const random = seeded(7);
    const texts = corpusTexts().filter((_, index) => index % 15 === 0);
    let steps = 0;
    let incremental = 0;
    for (const { name, text: original } of texts) {
      let text = original;
      let model = parse(text);
      const starts = paragraphStarts(model);
      if (starts.length === 0) continue;
      let at = starts[Math.floor(random() * starts.length)];
      for (const char of 'and effectively, in close cooperation with all stakeholders, ') {
        const change = { start: at, end: at, text: char };
        const newText = applyChange(text, change);
        const update = updateModel(model, change, newText);
        const full = parse(newText);
        steps++;
        if (update) {
          incremental++;
          assert.deepStrictEqual(update.model, full, `${name}: typing ${JSON.stringify(char)} at ${at}`);
          model = update.model;
        } else {
          model = full;
        }
        text = newText;
        at++;
      }
    }
    console.log(`      ${incremental}/${steps} typed characters taken incrementally`);
    assert.ok(incremental / steps > 0.5);
  });
});
