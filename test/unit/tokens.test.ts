// Semantic tokens: the seed's first preambular and operative paragraphs token by token, the
// TextMate grammar agreeing on them, citations passed in, line splitting and the LSP encoding.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  SEMANTIC_TOKEN_SCOPES,
  TOKEN_MODIFIERS,
  TOKEN_TYPES,
  decodeTokens,
  encodeTokens,
  findDocumentSymbols,
  semanticTokens,
  type SemanticToken,
} from '../../server/src/core/features/tokens';
import { allOperative, allPreambular } from '../../server/src/core/model';
import { parse } from '../../server/src/core/parser/parse';
import { LineIndex } from '../../server/src/core/text/positions';
import { REPO_ROOT, corpusOrSkip, seedText } from '../support/corpus';

const show = (text: string, tokens: SemanticToken[]): [string, string, string][] =>
  tokens.map((token) => [token.type, text.slice(token.start, token.end), token.modifiers.join(',')]);

const within = (tokens: SemanticToken[], span: { start: number; end: number }): SemanticToken[] =>
  tokens.filter((token) => token.start >= span.start && token.end <= span.end);

function checkShape(text: string, tokens: SemanticToken[]): void {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    assert.ok(token.end > token.start, 'non-empty');
    assert.ok(!/[\r\n]/.test(text.slice(token.start, token.end)), 'within one line');
    if (index > 0) assert.ok(token.start >= tokens[index - 1]!.end, 'sorted and non-overlapping');
  }
}

describe('semantic tokens', () => {
  it('declares a legend and a TextMate scope for every type', () => {
    assert.deepEqual(
      [...TOKEN_TYPES],
      [
        'preambleOpener',
        'operativeVerb',
        'paragraphNumber',
        'subparagraphLabel',
        'citation',
        'documentSymbol',
        'footnoteMarker',
        'debris',
        'organ',
        'bracketed',
      ],
    );
    assert.deepEqual([...TOKEN_MODIFIERS], ['unknown']);
    for (const type of TOKEN_TYPES) assert.ok(SEMANTIC_TOKEN_SCOPES[type].length > 0, type);
    assert.deepEqual(SEMANTIC_TOKEN_SCOPES.preambleOpener, ['markup.italic']);
    assert.deepEqual(SEMANTIC_TOKEN_SCOPES.debris, ['invalid.illegal']);
  });

  describe('on the seed (A/RES/59/157)', () => {
    let text: string;
    let tokens: SemanticToken[];
    before(function () {
      corpusOrSkip(this);
      text = seedText();
      tokens = semanticTokens(parse(text));
    });

    it('marks the first preambular paragraph: the opener only', () => {
      const model = parse(text);
      const first = allPreambular(model)[0]!;
      assert.match(
        text.slice(first.start, first.end),
        /^Recalling its resolution 55\/25 of 15 November 2000, by which/,
      );
      assert.deepEqual(show(text, within(tokens, first)), [['preambleOpener', 'Recalling', '']]);
    });

    it('marks the first operative paragraph: number, verb phrase with its complement, footnote marker', () => {
      const model = parse(text);
      const first = allOperative(model)[0]!;
      assert.deepEqual(show(text, within(tokens, first)), [
        ['paragraphNumber', '1.', ''],
        ['operativeVerb', 'Takes note with appreciation', ''],
        ['footnoteMarker', '1', ''],
      ]);
    });

    it('marks the organ, the other openers with their adverbs, symbols, footnote numbers and debris', () => {
      const shown = show(text, tokens);
      assert.deepEqual(shown.slice(0, 3), [
        ['debris', '[DU1]', ''],
        ['documentSymbol', 'A/59/494', ''],
        ['organ', 'General Assembly', ''],
      ]);
      const openers = shown.filter(([type]) => type === 'preambleOpener').map(([, phrase]) => phrase);
      assert.deepEqual(openers, ['Recalling', 'Recalling also', 'Recalling further', 'Reaffirming', 'Reaffirming']);
      assert.ok(shown.some(([type, phrase]) => type === 'operativeVerb' && phrase === 'Also urges'));
      assert.ok(shown.some(([type, phrase]) => type === 'documentSymbol' && phrase === 'E/CN.15/2004/5'));
      assert.ok(
        shown.some(([type, phrase]) => type === 'debris' && phrase === '<<ODS JOB NO>>N0448568E<<ODS JOB NO>>'),
      );
      assert.equal(shown.filter(([type]) => type === 'footnoteMarker').length, 2, 'the marker and the footnote number');
      checkShape(text, tokens);
    });

    it('agrees with the TextMate grammar on the first preambular and operative paragraphs', () => {
      const grammar = JSON.parse(readFileSync(path.join(REPO_ROOT, 'syntaxes', 'unres.tmLanguage.json'), 'utf8'));
      const model = parse(text);
      const lineAt = (offset: number): { start: number; text: string } => {
        const start = text.lastIndexOf('\n', offset - 1) + 1;
        const end = text.indexOf('\n', offset);
        return { start, text: text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '') };
      };
      const span = (pattern: string, offset: number, group: number): [number, number] | undefined => {
        const line = lineAt(offset);
        const match = new RegExp(pattern, 'd').exec(line.text);
        const indices = match?.indices?.[group];
        return indices ? [line.start + indices[0], line.start + indices[1]] : undefined;
      };
      const preambular = allPreambular(model)[0]!;
      const opener = tokens.find((token) => token.type === 'preambleOpener' && token.start === preambular.start)!;
      assert.deepEqual(
        span(grammar.repository.preambular.match, preambular.start, 1),
        [opener.start, opener.end],
        'opener',
      );
      const operative = allOperative(model)[0]!;
      const number = tokens.find((token) => token.type === 'paragraphNumber' && token.start === operative.start)!;
      const verb = tokens.find((token) => token.type === 'operativeVerb' && token.start >= operative.start)!;
      assert.deepEqual(
        span(grammar.repository.operative.match, operative.start, 1),
        [number.start, number.end],
        'number',
      );
      assert.deepEqual(span(grammar.repository.operative.match, operative.start, 2), [verb.start, verb.end], 'verb');
    });
  });

  it('marks unknown openers and verbs, labels, and an organ line', () => {
    const text = 'The Security Council,\n\nPondering the matter,\n\n1.\tFrobnicates:\n\n(a)\tTo act;\n\n(i)\tNow.\n';
    const tokens = semanticTokens(parse(text));
    assert.deepEqual(show(text, tokens), [
      ['organ', 'Security Council', ''],
      ['preambleOpener', 'Pondering', 'unknown'],
      ['paragraphNumber', '1.', ''],
      ['operativeVerb', 'Frobnicates', 'unknown'],
      ['subparagraphLabel', '(a)', ''],
      ['subparagraphLabel', '(i)', ''],
    ]);
  });

  it('sets apart the bracketed text of a negotiated draft around the tokens inside it, not quoted brackets', () => {
    const text = [
      'The General Assembly,',
      '',
      '[Deeply concerned] by the situation,',
      '',
      '1.\t[Strongly] condemns the attacks [, as set out in',
      'resolution 55/25,] and calls for restraint;',
      '',
      '2.\tRecalls the words "the [State] shall act";',
      '',
    ].join('\n');
    const citation = { start: text.indexOf('resolution 55'), end: text.indexOf(',]'), kind: 'resolution' };
    const tokens = semanticTokens(parse(text), [citation]);
    checkShape(text, tokens);
    assert.deepEqual(
      show(text, tokens).filter(([type]) => type === 'bracketed' || type === 'citation'),
      [
        ['bracketed', '[Deeply concerned]', ''],
        ['bracketed', '[Strongly]', ''],
        ['bracketed', '[, as set out in', ''],
        ['citation', 'resolution 55/25', ''],
        ['bracketed', ',]', ''],
      ],
    );
  });

  it('takes citations from the caller, split per line, and then finds no symbols itself', () => {
    const text = 'The General Assembly,\n\nRecalling its resolution\n55/25 and document A/59/494,\n';
    const citation = { start: text.indexOf('resolution'), end: text.indexOf(' and'), kind: 'resolution' };
    const document = {
      start: text.indexOf('A/59'),
      end: text.indexOf(',' + '\n', text.indexOf('A/59')),
      kind: 'document',
    };
    assert.deepEqual(show(text, semanticTokens(parse(text), [citation, document])), [
      ['organ', 'General Assembly', ''],
      ['preambleOpener', 'Recalling', ''],
      ['citation', 'resolution', ''],
      ['citation', '55/25', ''],
      ['documentSymbol', 'A/59/494', ''],
    ]);
    assert.deepEqual(show(text, semanticTokens(parse(text))).slice(2), [['documentSymbol', 'A/59/494', '']]);
  });

  it('finds document symbols and nothing that merely has a slash', () => {
    const text =
      'See A/59/494, E/CN.15/2004/5., S/RES/1373, A/C.3/59/L.5/Rev.1 and UNEP/EA.5/Res.8; not and/or, HIV/AIDS7, 55/25, decision VII/9 or Sudan/South.';
    const found = findDocumentSymbols(text, 0, text.length).map((span) => text.slice(span.start, span.end));
    assert.deepEqual(found, ['A/59/494', 'E/CN.15/2004/5', 'S/RES/1373', 'A/C.3/59/L.5/Rev.1', 'UNEP/EA.5/Res.8']);
  });

  it('encodes tokens relative to each other and decodes them back (CRLF lines)', () => {
    const text = 'The General Assembly,\r\n\r\nRecalling x,\r\n\r\n1.\tDecides;\r\n\r\n2.\tAlso decides.\r\n';
    const index = new LineIndex(text);
    const tokens = semanticTokens(parse(text));
    const data = encodeTokens(tokens, index);
    assert.deepEqual(data, [
      0,
      4,
      16,
      TOKEN_TYPES.indexOf('organ'),
      0,
      2,
      0,
      9,
      TOKEN_TYPES.indexOf('preambleOpener'),
      0,
      2,
      0,
      2,
      TOKEN_TYPES.indexOf('paragraphNumber'),
      0,
      0,
      3,
      7,
      TOKEN_TYPES.indexOf('operativeVerb'),
      0,
      2,
      0,
      2,
      TOKEN_TYPES.indexOf('paragraphNumber'),
      0,
      0,
      3,
      12,
      TOKEN_TYPES.indexOf('operativeVerb'),
      0,
    ]);
    assert.deepEqual(decodeTokens(data, index), tokens);
    const unknown: SemanticToken[] = [{ start: 0, end: 3, type: 'operativeVerb', modifiers: ['unknown'] }];
    assert.deepEqual(encodeTokens(unknown, index), [0, 0, 3, TOKEN_TYPES.indexOf('operativeVerb'), 1]);
  });

  it('never throws', () => {
    for (const garbage of ['', '\n', '1.', '(a)', 'A/', '/'.repeat(1000), 'A/1/'.repeat(10000)])
      checkShape(garbage, semanticTokens(parse(garbage)));
  });
});
