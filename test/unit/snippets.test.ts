// The snippets completion inserts. The server is the only source of the resolution's phrases (the
// extension's snippet file holds only the directive lines, which the server never offers: VS Code
// shows a file's snippets beside the server's items and in every context): every
// snippet it offers parses as a VS Code snippet and ends with its punctuation then the final tab
// stop; every standard opener and verb of the lexicon is offered, with the usual continuations,
// the closing paragraphs and the skeletons of whole texts.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { complete, type CompletionItem } from '../../server/src/core/features/completion';
import { OPERATIVE_VERBS, PREAMBULAR_OPENERS } from '../../server/src/core/lexicon/phrases';
import { parse } from '../../server/src/core/parser/parse';
import { REPO_ROOT } from '../support/corpus';

/**
 * Validates VS Code snippet syntax (the TextMate-style grammar of the snippet parser): `$1`,
 * `${1}`, `${1:default}` (nesting allowed), `${1|a,b|}`, `$0`, variables `$NAME`/`${NAME:default}`,
 * escapes `\$`, `\}`, `\\`. Returns the tab-stop numbers, or throws with the position of the error.
 */
export function parseSnippet(body: string): number[] {
  const stops: number[] = [];
  let index = 0;
  const fail = (message: string): never => {
    throw new Error(`${message} at ${index} in ${JSON.stringify(body)}`);
  };
  // Reads text until `stop` (a closing brace inside a placeholder) or the end.
  const text = (inside: boolean): void => {
    while (index < body.length) {
      const char = body[index];
      if (char === '\\') {
        const next = body[index + 1];
        if (next === '$' || next === '}' || next === '\\' || (inside && next === ',') || (inside && next === '|'))
          index += 2;
        else index += 1;
        continue;
      }
      if (char === '}' && inside) return;
      if (char === '}') fail('unbalanced }');
      if (char === '$') {
        dollar();
        continue;
      }
      index++;
    }
    if (inside) fail('unclosed ${');
  };
  const dollar = (): void => {
    index++; // $
    const digits = /^\d+/.exec(body.slice(index));
    if (digits) {
      stops.push(Number(digits[0]));
      index += digits[0].length;
      return;
    }
    const name = /^[A-Z_][A-Z0-9_]*/.exec(body.slice(index));
    if (name) {
      index += name[0].length;
      return;
    }
    if (body[index] !== '{') fail('a bare $ must be escaped as \\$');
    index++; // {
    const inner = /^(\d+|[A-Z_][A-Z0-9_]*)/.exec(body.slice(index));
    if (!inner) fail('${ must be followed by a number or a variable name');
    index += inner![0].length;
    if (/^\d/.test(inner![0])) stops.push(Number(inner![0]));
    const next = body[index];
    if (next === '}') {
      index++;
      return;
    }
    if (next === ':') {
      index++;
      text(true);
      if (body[index] !== '}') fail('unclosed placeholder');
      index++;
      return;
    }
    if (next === '|' && /^\d/.test(inner![0])) {
      index++;
      const end = body.indexOf('|}', index);
      if (end < 0) fail('unclosed choice');
      const choices = body.slice(index, end).split(/(?<!\\),/);
      if (choices.some((choice) => choice.length === 0)) fail('empty choice');
      index = end + 2;
      return;
    }
    fail(`unexpected ${JSON.stringify(next)} in a placeholder`);
  };
  text(false);
  return stops;
}

const GA = 'The General Assembly,\n\n';
const SC = 'Resolution 1373 (2001)\n\nThe Security Council,\n\n';
const HRC = '1/1.\tTitle\n\nThe Human Rights Council,\n\n';
const ECOSOC = '2004/1.\tTitle\n\nThe Economic and Social Council,\n\n';
const OPERATIVE =
  'Recalling its resolution 55/25,\n\n1.\tTakes note of the report;\n\n2.\tUrges States;\n\n3.\tInvites States;\n\n4.\tRequests a report;\n\n5.\tDecides to act;\n\n';

/** The items offered at the end of `text`. */
const offered = (text: string): CompletionItem[] => complete(parse(text), text.length).items;
const offeredTexts = (text: string): string[] => offered(text).map((item) => item.insertText ?? item.label);
const labels = (text: string): Set<string> => new Set(offered(text).map((item) => item.label));

/** The places a draft asks for completion at the start of a line, for every organ. */
const PLACES = [
  '',
  ...[GA, SC, HRC, ECOSOC].flatMap((head) => [
    head,
    `${head}Recalling its resolution 55/25,\n\n`,
    `${head}${OPERATIVE}`,
    `${head}Recalling its resolution 55/25,\n\n1.\tDecides to act.\n\n`,
  ]),
];

const BRITISH = /^(?:Recognis|Emphasis|Authoris|Organis|Realis)/;
/** Lexicon entries that exist for the parser's sake and open no paragraph by themselves. */
const HELPERS = new Set(['Calls', 'Takes', 'Is', 'Remains', 'Looks forward to']);

describe('snippets', () => {
  it('the validator accepts VS Code syntax and rejects broken snippets', () => {
    assert.deepEqual(
      parseSnippet('$1 ${2} ${3:default ${4:nested}} ${5|a,b|} \\$ \\} $0 $TM_FILENAME ${CLIPBOARD:x}'),
      [1, 2, 3, 4, 5, 0],
    );
    for (const broken of ['${1:open', 'a } b', '$ 5', '${1|a,b}', '${:x}', '${1x}'])
      assert.throws(() => parseSnippet(broken), broken);
  });

  it('the snippet file holds only the directive lines: the server is the one source of each phrase', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.contributes.snippets, [{ language: 'unres', path: './snippets/unres.code-snippets' }]);
    const file = JSON.parse(readFileSync(path.join(REPO_ROOT, 'snippets', 'unres.code-snippets'), 'utf8')) as Record<
      string,
      { body: string[] }
    >;
    const fromServer = new Set(PLACES.flatMap(offeredTexts));
    for (const [name, snippet] of Object.entries(file)) {
      const body = snippet.body.join('\n');
      parseSnippet(body);
      assert.match(body, /^<!-- unres-disable-(next-line|file) /, `${name} is a directive`);
      assert.ok(!fromServer.has(body), `${name} is not also offered by the server`);
    }
  });

  it('every snippet offered parses, and a paragraph ends with its punctuation then the final tab stop', () => {
    let count = 0;
    for (const text of PLACES) {
      for (const item of offered(text)) {
        if (!item.isSnippet) continue;
        count++;
        const stops = parseSnippet(item.insertText);
        assert.ok(stops.includes(0), `${item.label} has a final tab stop`);
        const paragraph =
          item.kind !== 'organ-line' && (item.kind === 'opener' || item.kind === 'verb' || /[,;.:]$/.test(item.label));
        // A paragraph ends with its punctuation, then the final tab stop: after Escape the cursor is
        // at worst just before that punctuation, where Enter ends the paragraph (on-type formatting).
        if (paragraph) assert.match(item.insertText, /[,;.]”?\$0$/, `${item.label}: ${item.insertText}`);
      }
    }
    assert.ok(count > 1000, `${count} snippets checked`);
  });

  it('offers every standard opener of the lexicon, the also/further forms once the opener is used', () => {
    const first = labels(GA);
    for (const opener of PREAMBULAR_OPENERS.filter((phrase) => !BRITISH.test(phrase))) {
      if (first.has(opener)) continue;
      const further = /^Further (.)(.*)$/.exec(opener);
      const base = further
        ? `${(further[1] ?? '').toUpperCase()}${further[2] ?? ''}`
        : opener.replace(/ (?:also|further)$/, '');
      assert.notEqual(base, opener, `${opener} is offered on the first preambular paragraph`);
      const head = further ? SC : GA;
      assert.ok(labels(`${head}${base} the report,\n\n`).has(opener), `${opener} is offered after ${base}`);
    }
  });

  it('offers every standard verb of the lexicon with the next number', () => {
    const items = offered(`${GA}${OPERATIVE}`);
    for (const verb of OPERATIVE_VERBS.filter((phrase) => !BRITISH.test(phrase) && !HELPERS.has(phrase))) {
      const item = items.find((candidate) => candidate.label === verb);
      assert.equal(item?.insertText, `6.\t${verb} \${1};$0`, verb);
    }
  });

  it('has the usual continuations and closing paragraphs', () => {
    const inserts = PLACES.flatMap((text) => offered(text).map((item) => item.insertText));
    for (const expected of [
      'at its sixtieth session a report on the implementation of the present resolution;',
      'Takes note of the report of the Secretary-General${1};',
      'Recalling its resolution ${1:…} of ${2:…},',
      'Decides to remain seized of the matter.',
      'Acting under Chapter VII of the Charter of the United Nations,',
      '${1:…}th plenary meeting',
    ]) {
      assert.ok(
        inserts.some((insert) => insert.includes(expected.replace('sixtieth', '${1:…}')) || insert.includes(expected)),
        expected,
      );
    }
  });

  it('has skeletons of whole texts with tab stops', () => {
    const items = offered('');
    const expectations: [string, string[]][] = [
      ['General Assembly resolution', ['The General Assembly,', 'plenary meeting', '1.\t', 'provisional agenda']],
      [
        'Security Council resolution',
        ['Resolution ${1:…} (${2:…})', 'The Security Council,', 'Decides to remain seized of the matter.'],
      ],
      ['Human Rights Council resolution', ['The Human Rights Council,', 'Adopted without a vote.']],
      ['Economic and Social Council resolution', ['The Economic and Social Council,', 'plenary meeting']],
      ['General Assembly decision', ['the General Assembly', 'plenary meeting']],
    ];
    for (const [name, parts] of expectations) {
      const skeleton = items.find((item) => item.label === `${name} (whole text)`);
      assert.ok(skeleton, name);
      for (const part of parts) assert.ok(skeleton.insertText.includes(part), `${name} has ${part}`);
      assert.ok(parseSnippet(skeleton.insertText).length >= 4, `${name} has tab stops`);
    }
  });

  it('offers no Model UN inventions', () => {
    const text = JSON.stringify(PLACES.flatMap(offered));
    for (const invented of ['Noting with zest', 'Fully alarmed', 'Noting with deep zest'])
      assert.ok(!text.includes(invented), invented);
  });
});
