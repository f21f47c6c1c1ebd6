// Garbage in, a result out: the parser, the rules and the editor features never throw and never
// hang (mocha's timeout bounds each case; speed itself is judged by `npm run bench`, not here).
// The features do not catch their own exceptions (the server logs them), so a crash fails here.
import * as assert from 'node:assert/strict';
import { extractCitations } from '../../server/src/core/citations/extract';
import { complete } from '../../server/src/core/features/completion';
import { formatText } from '../../server/src/core/features/format';
import { onEnter, renumberHint } from '../../server/src/core/features/on-type';
import { semanticTokens } from '../../server/src/core/features/tokens';
import { lint } from '../../server/src/core/lint';
import { parse } from '../../server/src/core/parser/parse';
import { allOperative } from '../../server/src/core/model';
import { LineIndex } from '../../server/src/core/text/positions';

/** A small seeded generator, so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function assertSane(text: string): void {
  const result = lint(text);
  assert.deepEqual(result.failures, []);
  for (const diagnostic of result.diagnostics) {
    assert.ok(
      diagnostic.start >= 0 && diagnostic.start <= diagnostic.end && diagnostic.end <= text.length,
      'spans lie inside the text',
    );
  }
}

/** The editor features on the text: citations, tokens, formatting, Enter and completion at a few places. */
function assertFeaturesSane(text: string): void {
  const model = parse(text);
  const citations = extractCitations(model);
  assert.ok(Array.isArray(semanticTokens(model, citations)));
  for (const edit of formatText(model))
    assert.ok(
      edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length,
      'formatting edits lie inside the text',
    );
  assert.ok(Array.isArray(renumberHint(model)));
  for (const offset of [0, 1, text.length >> 1, text.length]) {
    assert.ok(Array.isArray(onEnter(model, offset)));
    assert.equal(complete(model, offset).error, undefined, 'completion caught no exception');
  }
}

describe('robustness', function () {
  this.timeout(60_000);

  it('parses random bytes decoded as text', () => {
    const next = random(20261128);
    for (let round = 0; round < 50; round++) {
      const bytes = Buffer.from(Array.from({ length: Math.floor(next() * 5000) }, () => Math.floor(next() * 256)));
      assertSane(bytes.toString('utf8'));
      assertSane(bytes.toString('latin1'));
      if (round < 10) assertFeaturesSane(bytes.toString('utf8'));
    }
  });

  it('parses random resolution-shaped fragments', () => {
    const next = random(7);
    const pieces = [
      'The General Assembly,',
      '1.',
      '2.\tDecides',
      '(a)',
      '(i)',
      'Recalling',
      ';',
      ',',
      '.',
      '\n',
      '\n\n',
      '\r\n',
      '_______________',
      '1 Note.',
      'A',
      'I',
      '74th plenary meeting',
      '20 December 2004',
      '[DU1]',
      '<<ODS JOB NO>>',
      'resolution 55/25',
      '19 June 20207',
      '\t',
      '\u00A0',
      '\uFEFF',
      '*',
      '“',
      '”',
    ];
    for (let round = 0; round < 300; round++) {
      const text = Array.from(
        { length: Math.floor(next() * 60) },
        () => pieces[Math.floor(next() * pieces.length)],
      ).join(next() < 0.5 ? ' ' : '');
      assertSane(text);
      assertFeaturesSane(text);
    }
  });

  it('handles a 20 MB document', () => {
    // Long paragraphs (an omnibus text's are), so that numbers stay within what drafts use.
    const body = 'requests the Secretary-General to report on the implementation of the present resolution, '.repeat(
      28,
    );
    const paragraph = (number: number): string =>
      `${number}. Requests the Secretary-General, in consultation with Member States, ${body}at its sixtieth session;\n\n`;
    const parts: string[] = ['The General Assembly,\n\nRecalling its resolution 55/25,\n\n'];
    let size = 0;
    for (let number = 1; size < 20 * 1024 * 1024; number++) {
      const piece = paragraph(number);
      parts.push(piece);
      size += piece.length;
    }
    // The last paragraph ends the resolution with a period.
    const text = parts.join('').replace(/;\n\n$/, '.\n');
    const model = parse(text);
    assert.ok(allOperative(model).length > 7_000);
    // A well-formed text: no errors (the repeated verb is only a hint).
    assert.deepEqual(
      lint(text).diagnostics.filter((diagnostic) => diagnostic.severity !== 'hint'),
      [],
    );
  });

  it('handles 100,000 blank lines and a 2 MB line', () => {
    assertSane('\n'.repeat(100_000));
    assertSane('The General Assembly,\n\n' + '\n'.repeat(100_000) + '1. Decides.\n');
    const longLine = '1. Decides ' + 'that the text goes on '.repeat(100_000) + ';';
    assertSane(`The General Assembly,\n\n${longLine}\n2. Requests.\n`);
    assertSane('x'.repeat(2 * 1024 * 1024));
  });

  it('handles empty input and lone line breaks', () => {
    for (const text of ['', '\n', '\r', '\r\n', '\uFEFF', ' ', '\t\t']) {
      assertSane(text);
      assertFeaturesSane(text);
      assert.equal(new LineIndex(text).positionAt(text.length).character >= 0, true);
    }
  });
});

describe('robustness of footnote markers', function () {
  this.timeout(60_000);
  it('stays linear when many footnotes have no marker in a large text', () => {
    const notes = Array.from({ length: 2000 }, (_, index) => `${index + 1} Note ${index + 1}.`).join('\n');
    const body = Array.from(
      { length: 3000 },
      (_, index) => `${index + 1}. Requests the Secretary-General to report in 2024 on resolution 70/1 and 74/15;`,
    ).join('\n\n');
    const text = `The General Assembly,\n\n${body}\n\n_______________\n\n${notes}\n`;
    assertSane(text);
  });
});
