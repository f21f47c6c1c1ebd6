// Incremental parsing against the full parser, on real texts: seeded edits of every kind at
// paragraph starts, in verbs and openers, mid-line and near line ends, one at a time and as typed
// sequences. Whenever updateModel accepts an edit, its model must equal a parse of the new text;
// it must accept most edits made inside a paragraph's line (else the server gains nothing).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { extractCitations } from '../../server/src/core/citations/extract';
import { relint } from '../../server/src/core/incremental/relint';
import { updateModel, type TextChange } from '../../server/src/core/incremental/update-model';
import { lintModel } from '../../server/src/core/lint';
import type { Diagnostic } from '../../server/src/core/rules/types';
import { RULES } from '../../server/src/core/rules/registry';
import { memoized } from '../../server/src/core/memo';
import type { OperativeParagraph, Resolution, Span, SubParagraph } from '../../server/src/core/model';
import { parse } from '../../server/src/core/parser/parse';
import { corpusOrSkip, corpusTexts, REPO_ROOT, seedText, wrapAsPrint } from '../support/corpus';

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

/** The memo keys of the views the rules ask the incremental check to carry over an edit (rules/types.ts `carries`). */
const CARRIED_KEYS = RULES.flatMap((rule) => rule.carries ?? []).map((view) => view.key);

const INSERTS = [
  'a',
  'e',
  ' ',
  ',',
  ';',
  '.',
  ':',
  'A',
  'R',
  'D',
  '7',
  '\n',
  'also ',
  'Further ',
  'and ',
  '“',
  '(b)',
  '[',
  'é',
  '\t',
  'ing',
  'ly',
];

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
  if (kind < 0.55) return { start: at, end: at, text: INSERTS[Math.floor(random() * INSERTS.length)]! };
  if (kind < 0.85) return { start: at, end: Math.min(text.length, at + 1 + Math.floor(random() * 3)), text: '' };
  return {
    start: at,
    end: Math.min(text.length, at + 1 + Math.floor(random() * 6)),
    text: INSERTS[Math.floor(random() * INSERTS.length)]!,
  };
}

export const applyChange = (text: string, change: TextChange): string =>
  text.slice(0, change.start) + change.text + text.slice(change.end);

/**
 * Drafting mistakes sprinkled over an adopted text, so that the rules have something to report
 * (on the clean texts most report nothing, and a wrong incremental result would go unseen).
 */
export function withMistakes(text: string, random: () => number): string {
  const swaps: [RegExp, string][] = [
    [/programme/g, 'program'],
    [/organization/g, 'organization'.replace('s', 'z')],
    [/ise\b/g, 'ize'],
    [/centre/g, 'center'],
    [/labour/g, 'labor'],
    [/Member States/g, 'member states'],
    [/United Nations/g, 'UN'],
    [/Türkiye/g, 'Turkey'],
    [/Côte d’Ivoire/g, 'Ivory Coast'],
    [/(\d{1,2}) (January|March|June|December) (\d{4})/g, '$2 $1, $3'],
    [/sixtieth session/g, '60th session'],
    [/the present resolution/g, 'this resolution'],
    [/;\n/g, '.\n'],
    [/,\n\n([A-Z])/g, ';\n\n$1'],
  ];
  let result = text;
  for (const [pattern, replacement] of swaps) {
    result = result.replace(pattern, (match) =>
      random() < 0.3 ? match.replace(new RegExp(pattern.source), replacement) : match,
    );
  }
  return result;
}

/** Diagnostics in a fixed order: rules may report in any order, the editor sorts them. */
const inOrder = (diagnostics: readonly Diagnostic[]): Diagnostic[] =>
  [...diagnostics].sort(
    (a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message),
  );

if (typeof describe === 'function')
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
          const anchor = starts[Math.floor(random() * starts.length)]!;
          const change = randomEdit(text, anchor, random);
          const newText = applyChange(text, change);
          tried++;
          const simple = !/[\n[<]/.test(change.text + text.slice(change.start, change.end));
          if (simple) inLine++;
          const update = updateModel(model, change, newText);
          if (!update) continue;
          accepted++;
          if (simple) inLineAccepted++;
          assert.deepStrictEqual(
            update.model,
            parse(newText),
            `${name}: edit ${JSON.stringify(change)} (${JSON.stringify(text.slice(change.start - 20, change.end + 20))})`,
          );
        }
      }
      console.log(
        `      ${accepted}/${tried} edits taken incrementally; ${inLineAccepted}/${inLine} of those without line breaks or brackets`,
      );
      assert.ok(
        inLineAccepted / inLine > 0.5,
        `only ${inLineAccepted}/${inLine} plain in-line edits were taken incrementally`,
      );
    });

    it('takes nearly every character typed inside a paragraph, on any of its lines', function () {
      corpusOrSkip(this);
      const random = seeded(20261129);
      const characters = 'abcdefghijklmnopqrstuvwxyz  ,';
      let typed = 0;
      let taken = 0;
      const refused: string[] = [];
      for (const { name, text } of corpusTexts()) {
        const model = parse(text);
        // Each paragraph's own text: after its number or label, to the end of its own text.
        const spans: Span[] = [];
        const items = (list: SubParagraph[]): void => {
          for (const item of list) {
            spans.push({ start: item.label.end, end: item.textEnd });
            items(item.children);
          }
        };
        for (const part of model.parts) {
          for (const paragraph of part.preamble) spans.push({ start: paragraph.start, end: paragraph.end });
          for (const paragraph of part.operative) {
            spans.push({ start: paragraph.number?.end ?? paragraph.start, end: paragraph.textEnd });
            items(paragraph.items);
          }
        }
        for (let round = 0; round < 12 && spans.length > 0; round++) {
          const span = spans[Math.floor(random() * spans.length)]!;
          if (span.end - span.start < 3) continue;
          const at = span.start + 1 + Math.floor(random() * (span.end - span.start - 1));
          // Not at the start or the end of a line (writing on at a line's end moves the paragraph's end).
          if (/[\r\n]/.test(text[at - 1]!) || /[\r\n]/.test(text[at] ?? '\n') || /^[\t \u00A0]/.test(text[at - 1]!))
            continue;
          const change = { start: at, end: at, text: characters[Math.floor(random() * characters.length)]! };
          const newText = applyChange(text, change);
          typed++;
          const update = updateModel(model, change, newText);
          if (!update) {
            refused.push(
              `${name}: ${JSON.stringify(text.slice(at - 25, at))} ^ ${JSON.stringify(text.slice(at, at + 15))}`,
            );
            continue;
          }
          taken++;
          assert.deepStrictEqual(
            update.model,
            parse(newText),
            `${name}: ${JSON.stringify(change)} (${JSON.stringify(text.slice(at - 20, at + 20))})`,
          );
        }
      }
      console.log(`      ${taken}/${typed} characters typed inside paragraphs taken incrementally`);
      assert.ok(
        taken / typed >= 0.95,
        `only ${taken}/${typed} taken; refused for example:\n${refused.slice(0, 12).join('\n')}`,
      );
    });

    it('takes a paragraph written on at the end of its line, with the diagnostics of a full check', function () {
      corpusOrSkip(this);
      const random = seeded(1129);
      let typed = 0;
      let taken = 0;
      for (const { name, text: original } of corpusTexts().filter((_, index) => index % 6 === 0)) {
        const paragraphs = parse(original).parts.flatMap((part) => [...part.preamble, ...part.operative]);
        for (let round = 0; round < 3 && paragraphs.length > 0; round++) {
          // The last words of a paragraph taken away, then typed again one character at a time.
          const paragraph = paragraphs[Math.floor(random() * paragraphs.length)]!;
          const lineStart =
            Math.max(original.lastIndexOf('\n', paragraph.end - 1), original.lastIndexOf('\r', paragraph.end - 1)) + 1;
          const cut = Math.max(lineStart + 12, paragraph.end - 40);
          if (cut >= paragraph.end) continue;
          const words = original.slice(cut, paragraph.end);
          let text = original.slice(0, cut) + original.slice(paragraph.end);
          let model = parse(text);
          let lint = lintModel(model);
          for (const [index, char] of [...words].entries()) {
            const change = { start: cut + index, end: cut + index, text: char };
            const newText = applyChange(text, change);
            const full = parse(newText);
            const update = updateModel(model, change, newText);
            typed++;
            const where = `${name}: ${JSON.stringify(newText.slice(change.start - 30, change.start + 1))} typed at the end of its line`;
            if (update) {
              taken++;
              assert.deepStrictEqual(update.model, full, where);
              const incremental = relint(lint, [{ before: model, change, update }], {});
              const fullCheck = lintModel(full);
              if (incremental)
                assert.deepStrictEqual(inOrder(incremental.diagnostics), inOrder(fullCheck.diagnostics), where);
              lint = incremental ?? fullCheck;
              model = incremental ? update.model : full;
            } else {
              model = full;
              lint = lintModel(full);
            }
            text = newText;
          }
        }
      }
      console.log(`      ${taken}/${typed} characters written on at the end of a line taken incrementally`);
      assert.ok(taken / typed >= 0.7, `only ${taken}/${typed} taken`);
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
        let at = starts[Math.floor(random() * starts.length)]!;
        // Words, then a citation with its date (digits near footnote markers are read again).
        for (const char of 'and effectively, in close cooperation with all stakeholders, recalling resolution 70/1 of 25 September 2015, ') {
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

    it('relint equals a full check after every edit it takes, and carries the citations', function () {
      corpusOrSkip(this);
      const random = seeded(424242);
      const texts = corpusTexts().map(({ name, text }) => ({ name, text: withMistakes(text, random) }));
      // A third of them as hard-wrapped print: descriptions and dates then meet line breaks.
      for (const { name, text } of corpusTexts().filter((_, index) => index % 3 === 0)) {
        texts.push({
          name: `${name} (wrapped at 72)`,
          text: withMistakes(wrapAsPrint(text.replace(/\r\n?/g, '\n'), 72), random),
        });
      }
      for (const file of ['test/fixtures/many-errors.unres', 'examples/misnumbered.unres', 'examples/clean.unres']) {
        texts.push({ name: file, text: readFileSync(path.join(REPO_ROOT, file), 'utf8') });
      }
      // The seed as copied from the document system: CRLF line breaks, debris, tabs.
      for (let copy = 0; copy < 20; copy++) texts.push({ name: `seed (${copy})`, text: seedText() });
      let checked = 0;
      let findingsSeen = 0;
      for (const { name, text } of texts) {
        const model = parse(text);
        const before = lintModel(model);
        const starts = paragraphStarts(model);
        if (starts.length === 0) continue;
        for (let round = 0; round < 5; round++) {
          const change = randomEdit(text, starts[Math.floor(random() * starts.length)]!, random);
          const newText = applyChange(text, change);
          const update = updateModel(model, change, newText);
          if (!update) continue;
          const incremental = relint(before, [{ before: model, change, update }], {});
          if (!incremental) continue;
          checked++;
          const full = lintModel(parse(newText));
          findingsSeen += full.diagnostics.length;
          const where = `${name}: edit ${JSON.stringify(change)} (${JSON.stringify(newText.slice(change.start - 30, change.start + 30))})`;
          RULES.forEach((rule, index) => {
            const got = inOrder(incremental.byRule[index]!);
            const wanted = inOrder(full.byRule[index]!);
            if (!isDeepStrictEqual(got, wanted))
              assert.deepStrictEqual(got, wanted, `${rule.meta.id} differs after ${where}`);
          });
          assert.deepStrictEqual(inOrder(incremental.diagnostics), inOrder(full.diagnostics), where);
          const byPlace = (spans: readonly Span[] | undefined): Span[] =>
            [...(spans ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
          // The views carried over the edit (those the rules name in `carries`) equal the views read from the new text.
          for (const key of CARRIED_KEYS) {
            assert.ok(memoized(incremental.model, key) !== undefined, `${key} carried over the edit`);
            const carriedView = byPlace(memoized<Span[]>(incremental.model, key));
            const readView = byPlace(memoized<Span[]>(full.model, key));
            if (!isDeepStrictEqual(carriedView, readView))
              assert.deepStrictEqual(carriedView, readView, `${key} after ${where}`);
          }
          const carried = extractCitations(incremental.model);
          const parsed = extractCitations(full.model);
          if (!isDeepStrictEqual(carried, parsed)) assert.deepStrictEqual(carried, parsed, `citations after ${where}`);
        }
      }
      console.log(
        `      ${checked} edits checked incrementally against a full check (${findingsSeen} diagnostics compared)`,
      );
      assert.ok(checked > 500 && findingsSeen > 5000);
    });
  });

/**
 * Whether an edit is either refused by updateModel (the server then checks in full) or gives the
 * model and the diagnostics of a full check: what the incremental path must never do is differ.
 */
function checkEdit(text: string, change: TextChange): 'refused' | 'equal' {
  const model = parse(text);
  const newText = applyChange(text, change);
  const update = updateModel(model, change, newText);
  if (!update) return 'refused';
  const full = parse(newText);
  assert.deepStrictEqual(
    update.model,
    full,
    `model after ${JSON.stringify(change)} in ${JSON.stringify(text.slice(0, 80))}`,
  );
  const incremental = relint(lintModel(model), [{ before: model, change, update }], {});
  if (!incremental) return 'refused';
  assert.deepStrictEqual(
    inOrder(incremental.diagnostics),
    inOrder(lintModel(full).diagnostics),
    `diagnostics after ${JSON.stringify(change)}`,
  );
  return 'equal';
}

if (typeof describe === 'function')
  describe('incremental parsing at the limits of a line', function () {
    const at = (text: string, needle: string, offset = 0): number => text.indexOf(needle) + offset;
    const decides = '\n\n1. Decides to remain seized of the matter.\n';

    it('reads the end of a line past closing quotes, brackets and a marker', () => {
      // `,”)123`: the comma decides whether the paragraph goes on; it stands six characters from the end.
      for (const next of ['and noting also the report,', 'and noting also the report;']) {
        const text = `The General Assembly,\n\nRecalling its resolution 55/25 of 15 November 2000,”)123\n${next}${decides}`;
        assert.equal(checkEdit(text, { start: at(text, ',”)'), end: at(text, ',”)', 1), text: 'x' }), 'refused');
      }
    });

    it('reads a line that becomes short (≤ 200 characters) as the parser does: a heading when it has no final mark', () => {
      for (const opening of ['Notes', 'Urges', 'recalling', 'Within']) {
        const text = `The General Assembly,\n\nRecalling its resolution 55/25,\n\n${opening} ${'a'.repeat(200)} end of the words here${decides}`;
        const start = at(text, 'aaaa');
        checkEdit(text, { start, end: start + 30, text: '' });
        // And back: a short line that grows past 200 characters.
        const short = `The General Assembly,\n\nRecalling its resolution 55/25,\n\n${opening} ${'a'.repeat(170)} end of the words here${decides}`;
        checkEdit(short, { start: at(short, 'aaaa'), end: at(short, 'aaaa'), text: 'b'.repeat(40) });
      }
    });

    it('ends a line where the parser does: zero-width spaces after the final mark are blank', () => {
      const operative =
        'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1. Decides to consider the question;\u200B\u200B\u200B\u200B\n\n2. Requests a report.\n';
      const mark = at(operative, ';\u200B');
      assert.equal(checkEdit(operative, { start: mark, end: mark + 1, text: '' }), 'refused');
      checkEdit(operative, { start: mark + 1, end: mark + 1, text: ' and' });
      checkEdit(operative, { start: mark, end: mark + 1, text: '.' });
      const preambular =
        'The General Assembly,\r\n\r\nRecalling its resolution 55/25 of 15 November 2000,\u200B\u200B\u200B\u200B\r\n\r\nRecalling also its resolution 55/255,\r\n\r\n1. Decides to remain seized of the matter.\r\n';
      checkEdit(preambular, { start: at(preambular, ',\u200B'), end: at(preambular, ',\u200B', 1), text: '' });
    });

    it('takes characters typed where a line’s reading cannot change (each once refused)', () => {
      const typedAt = (text: string, needle: string, offset: number, char = 'x'): 'refused' | 'equal' =>
        checkEdit(text, { start: at(text, needle, offset), end: at(text, needle, offset), text: char });
      // A later line of a hard-wrapped paragraph.
      const wrapped =
        'The Security Council,\n\nRecalling its resolution 82 (1950) of 25 June\n1950 concerning the matter,\n\n1. Calls upon all Members to render every\nassistance to the United Nations in the\nexecution of this resolution;\n';
      assert.equal(typedAt(wrapped, 'assistance', 6), 'equal');
      assert.equal(typedAt(wrapped.replace(/\n/g, '\r\n'), 'concerning', 4), 'equal');
      // An unnumbered operative paragraph: a resolution of one paragraph.
      assert.equal(
        typedAt(
          'The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n\nDecides to include in the provisional agenda of its seventy-first session the item entitled “Oceans”.\n',
          'provisional',
          6,
        ),
        'equal',
      );
      // Near the end of a line, before its last character.
      assert.equal(
        typedAt(
          'The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n\n1. Decides to remain seized of the matter.\n',
          'matter.',
          5,
        ),
        'equal',
      );
      // Inside a preambular opener, the line long and ended (no heading can be read there).
      assert.equal(
        typedAt(
          'The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n\nRecalling also its resolution 70/2,\n\n1. Decides to remain seized of the matter.\n',
          'Recalling also',
          5,
        ),
        'equal',
      );
      // A citation being typed before another number: `a2/1` reads as a footnote marker for a moment.
      const footnoted =
        'The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,1\n\nRecalling also its resolutions 2/1 and 5/2 on the matter,2\n\n1. Decides to remain seized of the matter.\n\n__________________\n\n1 A/70/PV.4.\n\n2 A/70/PV.5.\n';
      assert.equal(typedAt(footnoted, 'resolutions 2/1', 12, 'a'), 'equal');
    });

    it('takes a comma and the final mark written at the end of a numbered paragraph or an item, where nothing reads them', () => {
      const appended = (text: string, needle: string, chars: string): ('refused' | 'equal')[] => {
        let current = text;
        const outcomes: ('refused' | 'equal')[] = [];
        let position = at(text, needle, needle.length);
        for (const char of chars) {
          outcomes.push(checkEdit(current, { start: position, end: position, text: char }));
          current = applyChange(current, { start: position, end: position, text: char });
          position++;
        }
        return outcomes;
      };
      const head = 'The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n\n';
      // Before the next numbered paragraph, an item, or the end of the text: every character is taken.
      assert.deepEqual(
        appended(`${head}1. Decides to act\n\n2. Requests a report.\n`, 'Decides to act', ', in cooperation;'),
        Array(17).fill('equal'),
      );
      assert.deepEqual(
        appended(`${head}1. Decides:\n\n(a) To act\n\n(b) To report.\n`, 'To act', ', now;'),
        Array(6).fill('equal'),
      );
      assert.deepEqual(appended(`${head}1. Decides to act`, 'Decides to act', '.'), ['equal']);
      // Before a text block the parser reads it (did the paragraph above end?), and in a preambular
      // paragraph a comma decides its kind: parsed in full.
      assert.deepEqual(appended(`${head}1. Decides to act\n\nRequests a report.\n`, 'Decides to act', ';'), [
        'refused',
      ]);
      assert.deepEqual(appended(`${head}1. Decides to act\n\n2.\tIncome\t279\n`, 'Decides to act', ';'), ['refused']);
      assert.deepEqual(
        appended(`${head}Recalling also its resolution 70/2\n\n1. Decides to act.\n`, 'resolution 70/2', ','),
        ['refused'],
      );
      // A colon may lead `a.` items: parsed in full after a number too.
      assert.deepEqual(appended(`${head}1. Decides to act\n\na. To report.\n`, 'Decides to act', ':'), ['refused']);
    });

    it('reads a changed opener again where a heading may depend on it', () => {
      // A short line without a final mark above: whether it is a heading depends on the next line's opener.
      const text =
        'The General Assembly,\n\nThe situation in the region\n\nRecalling its resolution 70/1 of 25 September 2015,\n\n1. Decides to remain seized of the matter.\n';
      checkEdit(text, { start: at(text, 'Recalling', 3), end: at(text, 'Recalling', 3), text: 'x' });
      checkEdit(text, { start: at(text, 'Recalling', 9), end: at(text, 'Recalling', 9), text: ' also' });
    });

    it('parses in full what written on changes in a paragraph’s last character, a line of a number alone, or a debris line read around (reviews found each)', () => {
      const cases: [string, TextChange][] = [
        [
          'The General Assembly,\n\nRecalling its resolution 1/2,\n\nUrges all States to act:\n\n(a) To cooperate;\n\n(b) To report.\n',
          { start: 78, end: 78, text: '”' },
        ],
        ['Encourages,\n', { start: 11, end: 11, text: '7' }],
        ['1. Decides to act:3\n\na. To cooperate-\n', { start: 19, end: 19, text: ':' }],
        [
          'Requests the Secretary-General to report:\n\n(a) the work of the Council\n',
          { start: 41, end: 41, text: ';' },
        ],
        ['1.\n', { start: 2, end: 2, text: '"' }],
        [
          'The General Assembly,\n\n1. Decides to act;\n\n2.\n\nRequests the Secretary-General to report.\n',
          { start: 45, end: 45, text: '"' },
        ],
        ['1.  Invites the Council.\r\n(a)\r\n', { start: 29, end: 29, text: 'Recalling' }],
      ];
      // A second review: a numbered or labelled line the parser drops as debris (`Distr.: General`),
      // after which the next text block reads how the edited paragraph ends; a colon before a blank
      // that is \s but not the parser's (dot labels follow it); a verb read past a debris line.
      const head = 'The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n\n';
      const typedAfter = (text: string, needle: string, char: string): [string, TextChange] => {
        const position = text.indexOf(needle) + needle.length;
        return [text, { start: position, end: position, text: char }];
      };
      cases.push(
        typedAfter(`${head}1. Decides to act\n\n1. Distr.: General\nRequests a report.\n`, 'Decides to act', ';'),
        typedAfter(`${head}1. Decides to act;\n\n1. Distr.: General\nRequests a report.\n`, 'Decides to act;', 'x'),
        typedAfter(`${head}1. Decides:\n\n(a) To act\n\n(a) Distr.: General\nRequests a report.\n`, 'To act', '.'),
        typedAfter(
          `${head}1. Decides to act\r\n\r\n2. Distr.: General\r\n\r\nRequests a report.\r\n`,
          'Decides to act',
          ';',
        ),
        typedAfter(`${head}1. Decides as follows:\u2003\n\n(a) Distr.: General\na. To act;\n`, 'follows:\u2003', 'x'),
        typedAfter(`${head}1. Decides as follows:\u2003\na. To act;\n`, 'follows:', '1'),
        typedAfter(`${head}1.\nInvites Distr.: General\n2.\tIncome\t279\n\nb. To act now;\n`, 'To act no', 'x'),
        // A third review (issue 16): the verb after a number written wrong decides its reading, and
        // the verb of a numbered line decides whether it joins a list quoted above it.
        [
          `${head}l. Decides to designate 12 May;\n\n2. Invites all States.\n`,
          { start: head.length + 3, end: head.length + 4, text: '' },
        ],
        [
          `${head}1. Notes;\n\n2 .Recognizes the need;\n\n3. Decides.\n`,
          { start: head.length + 15, end: head.length + 16, text: 'X' },
        ],
        typedAfter(
          `${head}1. Decides;\n\n2. Approves the agenda:\n\n1. Opening.\n\n2. Matters.\n\n3. Adoption.\n\n4. Decides to act.\n`,
          '4. D',
          'x',
        ),
        typedAfter(
          `${head}1. Decides that:\n\n(g) To act;\n\n(h) Human rights\n\n(i) To support;\n\n(ii) To help;\n`,
          'Human rights',
          ';',
        ),
      );
      for (const [text, change] of cases) checkEdit(text, change);
    });

    it('leaves a rule that stopped at its cap of findings to a full check', () => {
      // 10,000 non-UN spellings: the rule reports the first 10,000; one more at the top pushes the last out.
      const paragraph = `Recalling ${Array(100).fill('labor').join(' ')},\n\n`;
      const text = `The General Assembly,\n\n${paragraph.repeat(100)}1. Decides to remain seized of the matter.\n`;
      const start = at(text, 'labor');
      checkEdit(text, { start, end: start, text: 'labor ' });
    });

    it('stays incremental when a rule without a cap reports more findings than the cap', () => {
      // 10,100 citations dated outside their session: citation-date reports them all, before and after the edit.
      const paragraph = `Recalling ${Array(101).fill('its resolution 55/25 of 15 November 1990').join(', ')},\n\n`;
      const text = `The General Assembly,\n\n${paragraph.repeat(100)}1. Decides to remain seized of the matter.\n`;
      const start = at(text, 'Recalling', paragraph.length * 50 + 'Recalling its '.length);
      assert.equal(checkEdit(text, { start, end: start, text: 'x' }), 'equal');
    });

    it('marks as capped every rule that stops at MAX_FINDINGS', () => {
      const rulesDir = path.join(REPO_ROOT, 'server', 'src', 'core', 'rules');
      const stopping = RULES.filter((rule) =>
        readFileSync(path.join(rulesDir, `${rule.meta.id}.ts`), 'utf8').includes('MAX_FINDINGS'),
      ).map((rule) => rule.meta.id);
      assert.ok(stopping.length > 0);
      assert.deepStrictEqual(
        RULES.filter((rule) => rule.capped).map((rule) => rule.meta.id),
        stopping,
      );
    });
  });
