// The properties the core must keep for every input. Each is a check of one text that throws
// (an AssertionError) when the property fails; test/property/core.test.ts runs them with a short
// seeded fast-check run, scripts/fuzz.mjs for as long as asked, and both replay the saved
// counterexamples in test/property/regressions/.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { extractCitations } from '../../server/src/core/citations/extract';
import { compareResolutions } from '../../server/src/core/compare/compare';
import { renderRedline } from '../../server/src/core/compare/redline-html';
import { finalLayout } from '../../server/src/core/export/final-layout';
import { nextDraft } from '../../server/src/core/features/next-draft';
import { renumberNegotiation } from '../../server/src/core/features/renumber-negotiation';
import { decodeTokens, encodeTokens, semanticTokens } from '../../server/src/core/features/tokens';
import { LineIndex } from '../../server/src/core/text/positions';
import { bracketedPassages } from '../../server/src/core/rules/brackets';
import { internalReferences } from '../../server/src/core/rules/internal-reference';
import { numberingGroups } from '../../server/src/core/rules/numbering';
import { allOperative } from '../../server/src/core/model';
import { renderHtml } from '../../server/src/core/export/html';
import { formatText } from '../../server/src/core/features/format';
import { relint } from '../../server/src/core/incremental/relint';
import { updateModel, type TextChange } from '../../server/src/core/incremental/update-model';
import { fixAll } from '../../server/src/core/fix-all';
import { lintModel } from '../../server/src/core/lint';
import { parse } from '../../server/src/core/parser/parse';
import { RULES } from '../../server/src/core/rules/registry';
import type { TextEdit } from '../../server/src/core/rules/types';
import { applyEdits } from '../../server/src/core/text/edits';
import { ARBITRARIES } from './arbitraries';
import {
  assertEqualParagraphsPaired,
  assertEveryParagraphOnce,
  assertSymmetric,
  assertWordsRebuild,
} from './compare-checks';
import { bracketed, mutatedCopies, negotiated } from './variants';

/** Control characters (but tab and line feed) and direction overrides: none may reach a page. */
// eslint-disable-next-line no-control-regex -- control characters are what must not remain
const UNSAFE_IN_PAGE = new RegExp('[\\u0000-\\u0008\\u000B-\\u001F\\u007F\\u202A-\\u202E\\u2066-\\u2069]');

/** Markup, quotes, entities and control characters woven into a text, in every element a parse finds. */
const HOSTILE = [
  '<script>alert("x")</script>',
  '"',
  "'",
  '&',
  '&amp;',
  '<',
  '>',
  '\u0000',
  '\u202E',
  '\u0007',
  '<img src=x onerror=alert(1)>',
  '<!--',
];
function withMarkup(text: string): string {
  let index = 0;
  return text.replace(
    / |\n/g,
    (space) => `${space}${HOSTILE[index++ % HOSTILE.length] ?? ''}${space === ' ' ? ' ' : ''}`,
  );
}

export interface Property {
  id: string;
  description: string;
  check(text: string): void;
}

const show = (text: string, start: number, end: number): string =>
  JSON.stringify(text.slice(Math.max(0, start - 20), Math.min(text.length, end + 20)));

function assertSpan(text: string, span: { start: number; end: number }, what: string): void {
  assert.ok(
    Number.isInteger(span.start) &&
      Number.isInteger(span.end) &&
      span.start >= 0 &&
      span.start <= span.end &&
      span.end <= text.length,
    `${what}: span ${span.start}–${span.end} is not inside the text (length ${text.length})`,
  );
}

/** Edits sorted by start, each inside the text, none overlapping the next (two insertions at one offset count as overlapping: their order is undefined). */
function assertEdits(text: string, edits: readonly TextEdit[], what: string): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const edit of sorted) {
    assertSpan(text, edit, what);
    assert.equal(typeof edit.newText, 'string', `${what}: newText is a string`);
  }
  for (let index = 1; index < sorted.length; index++) {
    const before = sorted[index - 1]!;
    const after = sorted[index]!;
    assert.ok(
      before.end <= after.start &&
        !(before.start === before.end && after.start === after.end && before.start === after.start),
      `${what}: edits ${before.start}–${before.end} and ${after.start}–${after.end} overlap`,
    );
  }
  return sorted;
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
/** True when an offset falls between the two halves of a surrogate pair (an LSP position cannot say that). */
const splitsPair = (text: string, offset: number): boolean =>
  offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));

type SpanLike = { start: number; end: number };
const isSpan = (value: unknown): value is SpanLike & Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as SpanLike).start === 'number' &&
  typeof (value as SpanLike).end === 'number';

/**
 * Walks the parsed model generically: every object with a start and an end lies inside the text
 * and inside the span object that holds it; a token's text is the text at its span; the span
 * objects of one array are in order and do not overlap; every other offset field is inside the text.
 */
function walkModel(
  text: string,
  value: unknown,
  where: string,
  parent: SpanLike | undefined,
  seen: Set<unknown>,
): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    let previous: (SpanLike & { index: number }) | undefined;
    value.forEach((element, index) => {
      walkModel(text, element, `${where}[${index}]`, parent, seen);
      if (isSpan(element)) {
        if (previous) {
          assert.ok(
            previous.end <= element.start,
            `${where}[${previous.index}] (${previous.start}–${previous.end}) and ${where}[${index}] (${element.start}–${element.end}) are out of order or overlap: ${show(text, previous.start, element.end)}`,
          );
        }
        previous = { start: element.start, end: element.end, index };
      }
    });
    return;
  }
  const record = value as Record<string, unknown>;
  let own = parent;
  if (isSpan(record)) {
    assertSpan(text, record, where);
    if (parent) {
      assert.ok(
        record.start >= parent.start && record.end <= parent.end,
        `${where} (${record.start}–${record.end}) lies outside its parent (${parent.start}–${parent.end}): ${show(text, Math.min(record.start, parent.start), Math.max(record.end, parent.end))}`,
      );
    }
    if (typeof record.text === 'string') {
      assert.equal(record.text, text.slice(record.start, record.end), `${where}.text is the text at its span`);
    }
    own = record;
  }
  for (const [key, field] of Object.entries(record)) {
    if (key === 'text') continue;
    if (typeof field === 'number' && /(?:End|Start)$/.test(key)) {
      assert.ok(
        Number.isInteger(field) && field >= 0 && field <= text.length,
        `${where}.${key} = ${field} is not an offset into the text (length ${text.length})`,
      );
    }
    walkModel(text, field, `${where}.${key}`, own, seen);
  }
}

const words = (text: string): string[] => text.split(/\s+/u).filter(Boolean);

/** Edits a drafter might type at the start of each paragraph and a little into it (the same ones for the same text). */
function typedEdits(text: string, model: ReturnType<typeof parse>): TextChange[] {
  const starts: number[] = [];
  for (const part of model.parts) {
    for (const paragraph of part.preamble) starts.push(paragraph.start + 1);
    for (const paragraph of part.operative) {
      starts.push(paragraph.number ? paragraph.number.end + 1 : paragraph.start + 1);
      for (const item of paragraph.items) starts.push(item.label.end + 1);
    }
  }
  const inserts = ['a', ' ', 'also ', 'R', ',', 'ly', '5', '19'];
  return starts.slice(0, 6).flatMap((start, index) => {
    const at = Math.min(text.length, start + (index % 3) * 5);
    return [
      { start: at, end: at, text: inserts[index % inserts.length]! },
      { start: at, end: Math.min(text.length, at + 1 + (index % 2)), text: '' },
    ];
  });
}

const inOrder = <T extends { start: number; end: number; message: string; rule: string }>(list: readonly T[]): T[] =>
  [...list].sort(
    (a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message),
  );

/** `5 bis`, `PP3 alt`: what the final layout may rewrite or drop, and the words that say so. */
const INSERTION_WORDS = 'bis|ter|quater|quinquies|sexies|septies|octies|novies|decies|alt';
const NEGOTIATION_MARK = new RegExp(String.raw`\b(?:${INSERTION_WORDS})\b|PP[ \u00A0]?\d`);
/**
 * A text without what renumbering and the final layout may change: preambular labels with their
 * `.` or `:`, numbers with their insertion word and their `.` (`5 bis.` and `6.` alike: renumbering writes
 * a number as the sequence does, with its `.`, where a slip left it out).
 */
const withoutNumbers = (text: string): string =>
  text
    .replace(new RegExp(String.raw`PP[ \u00A0]?\d{1,3}(?:[ \u00A0]?(?:${INSERTION_WORDS}))?[.:]?`, 'g'), ' ')
    .replace(new RegExp(String.raw`\d+(?:[ \u00A0](?:${INSERTION_WORDS}))?\.?`, 'g'), ' ');

/** A word of a session reference that nextDraft moves on (`eighty-first`, `Sixtieth`, `hundred`). */
const SESSION_WORD =
  /^(?:[A-Za-z]+[-\u2010\u2011])?(?:first|second|third|fifth|eighth|ninth|twelfth|[a-z]*th|hundred)[,.;:]?$/i;
/** The words of an operative paragraph, the ordinals nextDraft may move on left out. */
const operativeWords = (text: string): string =>
  words(text)
    .filter((word) => !SESSION_WORD.test(word))
    .join(' ');

/**
 * What each `paragraph N above/below` reference of a text names: the words of the one paragraph of its
 * numbering group numbered N (numbers left out: references inside it are renumbered too), or undefined
 * when no single paragraph has that number.
 */
function referencedWords(text: string): (string | undefined)[] {
  const model = parse(text);
  const groups = numberingGroups(model);
  return internalReferences(model).map((reference) => {
    const named = (groups[reference.group] ?? []).filter(
      (paragraph) => paragraph.number?.value === reference.target && paragraph.number.insertion === undefined,
    );
    return named.length === 1 ? words(withoutNumbers(text.slice(named[0]!.start, named[0]!.end))).join(' ') : undefined;
  });
}

/** The lines of a draft's head that nextDraft writes: the sponsors line and the `L.__` symbol. */
const SPONSORS_LINES = /^[^\S\r\n]*\S.*: draft resolution[^\S\r\n]*$/gm;
const DRAFT_SYMBOL_LINES = /^[^\S\r\n]*(?:[A-Z]\/\S*)?L\.__[^\S\r\n]*$/gm;

/** The redline's own markup, exactly: its head, fixed tags and the classes of the changes. */
const REDLINE_MARKUP = /<\/?(?:section|h1|h2|p|ins|del)(?: class="(?:files|unchanged|changed|moved|new|deleted)")?>/g;

export const PROPERTIES: readonly Property[] = [
  {
    id: 'incremental-equal',
    description:
      'an edit updateModel takes gives the model a full parse gives, and relint the diagnostics a full check gives',
    check(text) {
      const model = parse(text);
      const before = lintModel(model);
      for (const change of typedEdits(text, model)) {
        const after = text.slice(0, change.start) + change.text + text.slice(change.end);
        const update = updateModel(model, change, after);
        if (!update) continue;
        const full = parse(after);
        assert.deepStrictEqual(update.model, full, `model after ${JSON.stringify(change)}`);
        const incremental = relint(before, [{ before: model, change, update }], {});
        if (!incremental) continue;
        assert.deepStrictEqual(
          inOrder(incremental.diagnostics),
          inOrder(lintModel(full).diagnostics),
          `diagnostics after ${JSON.stringify(change)}`,
        );
      }
    },
  },
  {
    id: 'parse-spans',
    description: 'parse never throws; every node span lies inside the document and its parent, siblings are in order',
    check(text) {
      const model = parse(text);
      assert.equal(model.text, text, 'model.text is the input');
      walkModel(text, model, 'model', undefined, new Set());
    },
  },
  {
    id: 'lint-sane',
    description: 'lint never throws, no rule fails, every diagnostic span lies inside the text with a message',
    check(text) {
      const result = lintModel(parse(text));
      assert.deepEqual(result.failures, [], 'no rule failed');
      const ids = new Set(RULES.map((rule) => rule.meta.id));
      for (const diagnostic of result.diagnostics) {
        assertSpan(text, diagnostic, `diagnostic of ${diagnostic.rule}`);
        assert.ok(ids.has(diagnostic.rule), `diagnostic of a registered rule (${diagnostic.rule})`);
        assert.ok(diagnostic.message.length > 0, `${diagnostic.rule}: a message`);
      }
    },
  },
  {
    id: 'rules-direct',
    description: 'every rule in RULES, called on its own, returns findings inside the text and never throws',
    check(text) {
      const model = parse(text);
      for (const rule of RULES) {
        let findings;
        try {
          findings = rule.check(model);
        } catch (error) {
          assert.fail(`${rule.meta.id} threw: ${error instanceof Error ? error.stack : String(error)}`);
        }
        assert.ok(Array.isArray(findings), `${rule.meta.id} returns an array`);
        for (const finding of findings) {
          assertSpan(text, finding, rule.meta.id);
          if (finding.fix) assert.ok(rule.meta.fixable, `${rule.meta.id} offers a fix but is not declared fixable`);
        }
      }
    },
  },
  {
    id: 'fix-edits',
    description:
      "every fix's edits are inside the text and do not overlap; applying one fix changes only the text inside its edit ranges",
    check(text) {
      let relinted = 0;
      for (const diagnostic of lintModel(parse(text)).diagnostics) {
        if (!diagnostic.fix) continue;
        const what = `fix of ${diagnostic.rule} "${diagnostic.fix.title}"`;
        const sorted = assertEdits(text, diagnostic.fix.edits, what);
        const fixed = applyEdits(text, diagnostic.fix.edits);
        // Walk the result: between the edits it is the original text, at each edit the new text.
        let position = 0;
        let cursor = 0;
        for (const edit of sorted) {
          const kept = text.slice(position, edit.start);
          assert.equal(
            fixed.slice(cursor, cursor + kept.length),
            kept,
            `${what}: the text before ${edit.start} is unchanged`,
          );
          cursor += kept.length;
          assert.equal(
            fixed.slice(cursor, cursor + edit.newText.length),
            edit.newText,
            `${what}: the new text at ${edit.start}`,
          );
          cursor += edit.newText.length;
          position = edit.end;
        }
        assert.equal(fixed.slice(cursor), text.slice(position), `${what}: the text after the last edit is unchanged`);
        // The fixed text is still checkable (one fix per text: re-checking after every fix is slow).
        if (relinted++ === 0)
          assert.deepEqual(lintModel(parse(fixed)).failures, [], `${what}: no rule fails on the fixed text`);
      }
    },
  },
  {
    id: 'no-split-pairs',
    description: 'no diagnostic span or fix edit boundary falls inside a surrogate pair',
    check(text) {
      for (const diagnostic of lintModel(parse(text)).diagnostics) {
        const offsets = [
          diagnostic.start,
          diagnostic.end,
          ...(diagnostic.fix?.edits.flatMap((edit) => [edit.start, edit.end]) ?? []),
        ];
        for (const offset of offsets)
          assert.ok(
            !splitsPair(text, offset),
            `${diagnostic.rule}: offset ${offset} splits a surrogate pair: ${show(text, offset, offset)}`,
          );
      }
    },
  },
  {
    id: 'fix-all',
    description: 'fixAll is idempotent and leaves no fixable diagnostic',
    check(text) {
      const once = fixAll(text).text;
      const twice = fixAll(once);
      assert.equal(twice.text, once, 'fixAll(fixAll(t)) === fixAll(t)');
      assert.equal(twice.applied, 0, 'nothing left to fix');
      const left = lintModel(parse(once)).diagnostics.filter(
        (diagnostic) => diagnostic.fix && diagnostic.fix.edits.length > 0,
      );
      assert.deepEqual(
        left.map((diagnostic) => `${diagnostic.rule}: ${diagnostic.message} ${JSON.stringify(diagnostic.fix?.edits)}`),
        [],
        'no fixable diagnostic after fixAll',
      );
    },
  },
  {
    id: 'citations',
    description: 'citations lie inside the text, in order, and citation.text is the text at its span (dates too)',
    check(text) {
      const citations = extractCitations(parse(text));
      for (const citation of citations) {
        assertSpan(text, citation, `citation ${JSON.stringify(citation.text)}`);
        assert.equal(
          citation.text,
          text.slice(citation.start, citation.end),
          'citation.text === text.slice(start, end)',
        );
        if (citation.date && !citation.date.inherited)
          assertSpan(text, citation.date, `date of citation ${JSON.stringify(citation.text)}`);
      }
      for (let index = 1; index < citations.length; index++) {
        assert.ok(
          citations[index - 1]!.start <= citations[index]!.start,
          `citations in order: ${citations[index - 1]!.start} then ${citations[index]!.start}`,
        );
      }
    },
  },
  {
    id: 'format',
    description:
      'formatting keeps the sequence of words (non-whitespace tokens), its edits are valid, and it is idempotent',
    check(text) {
      for (const options of [{}, { noBreakSpaceInDates: true }, { curlyQuotes: true }]) {
        const edits = formatText(parse(text), options);
        assertEdits(text, edits, 'format edits');
        const formatted = applyEdits(text, edits);
        // Curly quotation marks are the one change besides whitespace that an option asks for.
        const straight = (written: string): string => written.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
        assert.deepEqual(words(straight(formatted)), words(straight(text)), 'the words are the same after formatting');
        const again = formatText(parse(formatted), options);
        assert.deepEqual(
          again,
          [],
          `formatting formatted text changes nothing (${JSON.stringify(options)}): ${JSON.stringify(again.slice(0, 3))}`,
        );
      }
    },
  },
  {
    id: 'html-escaped',
    description:
      'the printed HTML holds only its own markup: with that removed no < or > is left, every & starts an entity, no control character or direction override remains',
    check(text) {
      for (const [input, standalone] of [
        [text, false],
        [text, true],
        [withMarkup(text), false],
      ] as const) {
        const html = renderHtml(parse(input), { standalone });
        // The renderer's own markup, exactly: fixed tag names, fixed class names, numbers in data-line.
        const rest = html
          .replace(/^<!DOCTYPE html>\n<html lang="en">\n<head>\n[^]*?<\/head>\n<body>\n/, '')
          .replace(/<\/body>\n<\/html>\n$/, '')
          .replace(
            /<\/?(?:article|header|section|p|h1|h2|h3|em|sup|span)(?: class="[a-z0-9 -]+")?(?: data-line="\d+")?>/g,
            '',
          );
        assert.doesNotMatch(rest, /[<>]/, `markup from the text in ${JSON.stringify(rest.slice(0, 200))}`);
        assert.doesNotMatch(rest, /&(?!(?:amp|lt|gt|quot|#39);)/, 'a bare &');
        assert.doesNotMatch(html, UNSAFE_IN_PAGE, 'an unsafe character');
      }
    },
  },
  {
    id: 'renumber-negotiation',
    description:
      'renumberNegotiation never throws, its edits are inside the text and do not overlap, after them there is nothing left to renumber, and a `paragraph N above` reference names the paragraph it named',
    check(text) {
      // Labels before any line (`anyLine`) change what the lines are read as: references are checked on the others.
      for (const [input, labelsInPlace] of [
        [text, true],
        [negotiated(text), true],
        [negotiated(text, true), false],
      ] as const) {
        const renumbered = renumberNegotiation(input);
        assertEdits(input, renumbered.edits, 'renumber-negotiation edits');
        const once = applyEdits(input, renumbered.edits);
        const again = renumberNegotiation(once).edits;
        assert.deepEqual(again, [], `renumbering the renumbered text changes nothing: ${JSON.stringify(once)}`);
        // A reference that named one paragraph names the same paragraph after renumbering — where the
        // numbering groups stay as they were (`3 alt.` after a section heading, renumbered `1 alt.`, starts a group).
        const before = referencedWords(input);
        const after = referencedWords(once);
        const shape = (written: string): string =>
          JSON.stringify(numberingGroups(parse(written)).map((group) => group.length));
        if (labelsInPlace && renumbered.inserted > 0 && before.length === after.length && shape(input) === shape(once))
          before.forEach((named, index) => {
            if (named !== undefined)
              assert.equal(
                after[index],
                named,
                `reference ${index + 1} names the paragraph it named: ${JSON.stringify(once)}`,
              );
          });
      }
    },
  },
  {
    id: 'final-layout',
    description:
      'finalLayout never throws, changes nothing but numbers and labels, is idempotent, and is the identity on a text without negotiation marks',
    check(text) {
      // Labels before masthead or organ lines (`anyLine`) change what those lines are read as, and so
      // what is a label once they are gone: idempotence is asked where labels stand before preambular paragraphs.
      for (const [input, settled] of [
        [text, true],
        [negotiated(text), true],
        [negotiated(text, true), false],
      ] as const) {
        const final = finalLayout(input);
        assert.deepEqual(
          words(withoutNumbers(final)),
          words(withoutNumbers(input)),
          'only numbers and labels change in the final layout',
        );
        if (settled) assert.equal(finalLayout(final), final, 'the final layout of the final layout is the same text');
        if (!NEGOTIATION_MARK.test(input)) assert.equal(final, input, 'a text without negotiation marks is unchanged');
      }
    },
  },
  {
    id: 'next-draft',
    description:
      "nextDraft never throws, and the draft it makes parses, keeps every operative paragraph's words in order (but the sessions it moves on), and made a draft again gets one head, not two",
    check(text) {
      for (const input of [text, negotiated(text)]) {
        const draft = nextDraft(input, { recallParagraph: input.length % 2 === 0 });
        assert.equal(typeof draft.text, 'string');
        const model = parse(draft.text);
        walkModel(draft.text, model, 'model', undefined, new Set());
        const kept = operativeWords(draft.text);
        let from = 0;
        for (const paragraph of allOperative(parse(input))) {
          const written = operativeWords(input.slice(paragraph.start, paragraph.end));
          const at = kept.indexOf(written, from);
          assert.ok(at >= 0, `the draft keeps the words of ${JSON.stringify(written)} (after ${from})`);
          from = at + written.length;
        }
        // A draft given as the base gets one head, not the new head's lines on top of its own (when its
        // head is read as one: without an organ line or a title, no masthead is looked for).
        const again = nextDraft(draft.text).text;
        if (model.masthead)
          for (const line of [SPONSORS_LINES, DRAFT_SYMBOL_LINES])
            assert.equal(
              again.match(line)?.length ?? 0,
              draft.text.match(line)?.length ?? 0,
              `as many lines ${line} in the next draft of the draft: ${JSON.stringify(again.slice(0, 400))}`,
            );
      }
    },
  },
  {
    id: 'tokens-bracketed',
    description:
      'with square brackets anywhere, semantic tokens are sorted, do not overlap, lie inside the text and each within one line, cover every bracketed character, and survive the LSP encoding',
    check(text) {
      for (const input of [bracketed(text), bracketed(negotiated(text))]) {
        const model = parse(input);
        for (const passage of bracketedPassages(model)) assertSpan(input, passage, 'bracketed passage');
        for (const citations of [undefined, extractCitations(model)]) {
          const tokens = semanticTokens(model, citations);
          tokens.forEach((token, index) => {
            assertSpan(input, token, `${token.type} token`);
            assert.ok(token.start < token.end, `${token.type} token ${token.start}–${token.end} is not empty`);
            assert.doesNotMatch(
              input.slice(token.start, token.end),
              /[\r\n]/,
              `${token.type} token ${token.start}–${token.end} within one line: ${show(input, token.start, token.end)}`,
            );
            const previous = tokens[index - 1];
            if (previous)
              assert.ok(
                previous.end <= token.start,
                `tokens in order, not overlapping: ${previous.type} ${previous.start}–${previous.end}, ${token.type} ${token.start}–${token.end}`,
              );
          });
          // Bracketed text is set apart throughout: each of its characters but line breaks is in a token.
          let next = 0;
          for (const passage of bracketedPassages(model))
            for (let offset = passage.start; offset < passage.end; offset++) {
              if (/[\r\n]/.test(input.charAt(offset))) continue;
              while (next < tokens.length && tokens[next]!.end <= offset) next++;
              const token = tokens[next];
              assert.ok(
                token !== undefined && token.start <= offset,
                `bracketed character at ${offset} in no token: ${show(input, offset, offset + 1)}`,
              );
            }
          // What the LSP sends gives the same tokens back.
          const lines = new LineIndex(input);
          assert.deepEqual(decodeTokens(encodeTokens(tokens, lines), lines), tokens, 'tokens encoded and decoded');
        }
      }
    },
  },
  {
    id: 'compare-mutated',
    description:
      'a text compared with a copy of it with a paragraph inserted, deleted, moved, split, merged or relettered: the pairs are the same both ways, every paragraph is reported once, a paragraph written the same in both is paired with itself, and the word changes rebuild both',
    check(text) {
      for (const copy of mutatedCopies(text)) {
        const [base, draft] = [parse(text), parse(copy.text)];
        const comparison = compareResolutions(base, draft);
        try {
          assertEveryParagraphOnce(base, draft, comparison);
          assertEqualParagraphsPaired(base, draft, comparison);
          assertWordsRebuild(base, draft, comparison);
          const back = compareResolutions(draft, base);
          assertWordsRebuild(draft, base, back);
          assertSymmetric(base, draft, comparison, back);
        } catch (error) {
          if (error instanceof assert.AssertionError) error.message = `${copy.mutation}: ${error.message}`;
          throw error;
        }
      }
    },
  },
  {
    id: 'redline-escaped',
    description:
      'the redline of a text with markup in it and a mutated copy holds only its own markup: no < or > of the texts, every & an entity',
    check(text) {
      const hostile = withMarkup(text);
      for (const copy of [{ text }, ...mutatedCopies(hostile)]) {
        const html = renderRedline(compareResolutions(parse(hostile), parse(copy.text)), HOSTILE[0]!, HOSTILE[10]!);
        const body = html.slice(html.indexOf('<body>\n') + '<body>\n'.length, html.lastIndexOf('</body>'));
        assert.match(html, /^<!DOCTYPE html>\n<html lang="en">\n<head>\n/, 'the page starts with its own head');
        const rest = body.replace(REDLINE_MARKUP, '');
        assert.doesNotMatch(rest, /[<>]/, `markup from the texts in ${JSON.stringify(rest.slice(0, 200))}`);
        assert.doesNotMatch(rest, /&(?!(?:amp|lt|gt|quot|#39);)/, 'a bare &');
        assert.doesNotMatch(html, UNSAFE_IN_PAGE, 'an unsafe character');
        const head = html.slice(0, html.indexOf('<body>'));
        assert.doesNotMatch(
          head.replace(/<title>[^<>]*<\/title>/, ''),
          /script|onerror/,
          'nothing of the names in the head but the title',
        );
      }
    },
  },
];

export const PROPERTIES_BY_ID: ReadonlyMap<string, Property> = new Map(
  PROPERTIES.map((property) => [property.id, property]),
);

/** One fast-check property per check and input family. */
export function propertyFor(property: Property, arbitrary: fc.Arbitrary<string>): fc.IPropertyWithHooks<[string]> {
  return fc.property(arbitrary, (text) => {
    property.check(text);
  });
}

export const FAMILIES = ARBITRARIES;

// ---------- regressions ----------

export const REGRESSIONS_DIR = path.join(__dirname, 'regressions');

/** A saved failure: the property, the input family, the seed and path that found it and the (shrunk) input itself. */
export interface Regression {
  property: string;
  family: string;
  seed: number;
  path?: string;
  counterexample: string;
  /** The counterexample reduced further by hand or by a delta-debugging pass, when one was made. */
  minimal?: string;
  error?: string;
  found?: string;
}

export function regressions(): { file: string; regression: Regression }[] {
  if (!existsSync(REGRESSIONS_DIR)) return [];
  return readdirSync(REGRESSIONS_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      regression: JSON.parse(readFileSync(path.join(REGRESSIONS_DIR, file), 'utf8')) as Regression,
    }));
}

/** The seed of the short run in `npm test`: UNRES_FUZZ_SEED, or a constant so the run is reproducible. */
export function fuzzSeed(): number {
  const fromEnv = Number(process.env.UNRES_FUZZ_SEED);
  return Number.isInteger(fromEnv) && process.env.UNRES_FUZZ_SEED !== '' ? fromEnv : 20261128;
}
