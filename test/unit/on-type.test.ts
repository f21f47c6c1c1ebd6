// Numbering as you type: the text is written with `$0` where the cursor is after pressing Enter;
// the edits returned are applied and the result compared (`$0` marks where they were inserted).
import * as assert from 'node:assert/strict';
import { onEnter, renumberHint } from '../../server/src/core/features/on-type';
import { parse } from '../../server/src/core/parser/parse';
import { operativeNumbering } from '../../server/src/core/rules/operative-numbering';
import { applyEdits } from '../../server/src/core/text/edits';
import { firstItems } from '../support/must';

/** Applies onEnter at the `$0` cursor and returns the text, the cursor shown after the inserted text. */
function enter(fixture: string): string {
  const offset = fixture.indexOf('$0');
  assert.ok(offset >= 0, 'fixture has a $0 cursor');
  const text = fixture.replace('$0', '');
  const edits = onEnter(parse(text), offset);
  assert.ok(edits.length <= 1, 'one edit at most');
  const out = applyEdits(text, edits);
  if (edits.length === 0) return fixture;
  const [edit] = firstItems(edits, 1);
  assert.ok(edit.start <= offset && edit.end >= offset, 'the edit replaces the line the cursor is on');
  // The editor moves the cursor past the inserted text.
  const cursor = edit.start + edit.newText.length;
  return out.slice(0, cursor) + '$0' + out.slice(cursor);
}

const HEAD = 'The General Assembly,\n\nRecalling its resolution 55/25,\n\n';

describe('numbering as you type (onEnter)', () => {
  it('starts paragraph N+1 after a blank line when the document separates paragraphs so', () => {
    assert.equal(
      enter(`${HEAD}1.\tDecides;\n\n2.\tRequests a report;\n$0`),
      `${HEAD}1.\tDecides;\n\n2.\tRequests a report;\n\n3.\t$0`,
    );
  });

  it('adds no blank line when the user already left one, or the document has none', () => {
    assert.equal(
      enter(`${HEAD}1.\tDecides;\n\n2.\tRequests a report;\n\n$0`),
      `${HEAD}1.\tDecides;\n\n2.\tRequests a report;\n\n3.\t$0`,
    );
    const tight = 'The General Assembly,\nRecalling x,\n1.\tDecides;\n2.\tRequests;\n';
    assert.equal(enter(`${tight}$0`), `${tight}3.\t$0`);
  });

  it('numbers a paragraph inserted in the middle and after the first paragraph', () => {
    const text = `${HEAD}1.\tDecides;\n$0\n\n2.\tRequests a report.\n`;
    assert.equal(enter(text), `${HEAD}1.\tDecides;\n\n2.\t$0\n\n2.\tRequests a report.\n`);
  });

  it('keeps CRLF and ignores a footnote marker after the semicolon', () => {
    const text =
      'The General Assembly,\r\n\r\nRecalling x,\r\n\r\n1.\tDecides;1\r\n$0\r\n_______________\r\n\r\n1 A/59/1.\r\n';
    assert.equal(
      enter(text),
      'The General Assembly,\r\n\r\nRecalling x,\r\n\r\n1.\tDecides;1\r\n\r\n2.\t$0\r\n_______________\r\n\r\n1 A/59/1.\r\n',
    );
  });

  it('puts the punctuation Enter split off back, then starts the next paragraph (a snippet left by Escape)', () => {
    // `2.\tRequests ${1};$0` accepted, the text typed, Escape, Enter: the cursor was before the `;`.
    assert.equal(
      enter(`${HEAD}1.\tDecides;\n\n2.\tRequests a report\n$0;`),
      `${HEAD}1.\tDecides;\n\n2.\tRequests a report;\n\n3.\t$0`,
    );
    // Before the next paragraph, with CRLF and the indentation VS Code carried over.
    assert.equal(
      enter('The General Assembly,\r\n\r\nRecalling x,\r\n\r\n1.\tDecides to act\r\n\t$0;\r\n\r\n2.\tRequests.\r\n'),
      'The General Assembly,\r\n\r\nRecalling x,\r\n\r\n1.\tDecides to act;\r\n\r\n2.\t$0\r\n\r\n2.\tRequests.\r\n',
    );
    // A preambular paragraph keeps its comma; nothing is numbered after it.
    assert.equal(enter(`${HEAD}Noting the report\n$0,`), `${HEAD}Noting the report,\n$0`);
    // A lead-in's colon: its list starts.
    assert.equal(enter(`${HEAD}1.\tDecides\n$0:`), `${HEAD}1.\tDecides:\n\n(a)\t$0`);
    // The closing quotation mark goes back with the semicolon.
    assert.equal(
      enter(`${HEAD}1.\tDecides to include the item entitled “Crime\n$0”;`),
      `${HEAD}1.\tDecides to include the item entitled “Crime”;\n\n2.\t$0`,
    );
  });

  it('leaves a line that holds more than the punctuation, or follows no paragraph, as Enter made it', () => {
    for (const fixture of [
      `${HEAD}1.\tDecides to act\n$0; and more`,
      `${HEAD}1.\tDecides to act\n\n$0;`,
      `$0;`,
      `${HEAD}1.\tDecides to act\n$0a;`,
    ])
      assert.equal(enter(fixture), fixture);
  });

  it('continues a sub-paragraph list and opens one after a lead-in', () => {
    const list = `${HEAD}1.\tDecides:\n\n(a)\tTo act;\n\n(b)\tTo report;\n`;
    assert.equal(enter(`${list}$0`), `${list}\n(c)\t$0`);
    const lead = `${HEAD}1.\tDecides:\n`;
    assert.equal(enter(`${lead}$0`), `${lead}\n(a)\t$0`);
    const nested = `${HEAD}1.\tDecides:\n\n(a)\tTo act as follows:\n`;
    assert.equal(enter(`${nested}$0`), `${nested}\n(i)\t$0`);
    const roman = `${HEAD}1.\tDecides:\n\n(a)\tTo act:\n\n(i)\tNow;\n`;
    assert.equal(enter(`${roman}$0`), `${roman}\n(ii)\t$0`);
  });

  it('inserts nothing after a preambular paragraph, the last paragraph, or inside a line', () => {
    assert.equal(enter(`${HEAD}$0`), `${HEAD}$0`);
    assert.equal(
      enter(`${HEAD}1.\tDecides to remain seized of the matter.\n$0`),
      `${HEAD}1.\tDecides to remain seized of the matter.\n$0`,
    );
    assert.equal(enter(`${HEAD}1.\tDecides;\n$0to act\n`), `${HEAD}1.\tDecides;\n$0to act\n`);
    assert.equal(enter(`${HEAD}1.\tDecides to act\n$0`), `${HEAD}1.\tDecides to act\n$0`);
  });

  it('never throws on odd offsets', () => {
    for (const offset of [-1, 0, 1, 5, 12, 10_000, Number.NaN])
      assert.ok(Array.isArray(onEnter(parse('1.\tDecides;\n'), offset)));
    assert.deepEqual(onEnter(parse(''), 0), []);
  });
});

describe('renumbering after an insertion (renumberHint)', () => {
  it('inserting a paragraph 3. in the middle of 1–5 gives one operative-numbering finding with the renumber fix', () => {
    const paragraphs = ['Decides', 'Requests', 'Urges', 'Invites', 'Encourages'].map(
      (verb, index) => `${index + 1}.\t${verb} action${index === 4 ? '.' : ';'}`,
    );
    paragraphs.splice(3, 0, '3.\tAlso urges action;');
    const text = `${HEAD}${paragraphs.join('\n\n')}\n`;
    const findings = renumberHint(parse(text));
    assert.equal(findings.length, 1);
    assert.deepEqual(
      findings,
      operativeNumbering.check(parse(text)).filter((finding) => finding.fix),
    );
    const fixed = applyEdits(text, findings[0]!.fix!.edits);
    assert.deepEqual(fixed.match(/^\d+\./gm), ['1.', '2.', '3.', '4.', '5.', '6.']);
    assert.deepEqual(renumberHint(parse(fixed)), []);
  });
});
