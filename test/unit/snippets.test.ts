// The snippet file: every body parses as a VS Code snippet, prefixes are unique, every standard
// opener and verb of the lexicon has one, the usual continuations and the skeletons are there.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { OPERATIVE_VERBS, PREAMBULAR_OPENERS } from '../../server/src/core/lexicon/phrases';
import { snippetsFile } from '../../scripts/generated';
import { REPO_ROOT } from '../support/corpus';

interface Snippet {
  prefix: string;
  body: string[];
  description: string;
}

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

const committed = (): Record<string, Snippet> =>
  JSON.parse(readFileSync(path.join(REPO_ROOT, 'snippets', 'unres.code-snippets'), 'utf8'));

describe('snippets', () => {
  it('the validator accepts VS Code syntax and rejects broken snippets', () => {
    assert.deepEqual(
      parseSnippet('$1 ${2} ${3:default ${4:nested}} ${5|a,b|} \\$ \\} $0 $TM_FILENAME ${CLIPBOARD:x}'),
      [1, 2, 3, 4, 5, 0],
    );
    for (const broken of ['${1:open', 'a } b', '$ 5', '${1|a,b}', '${:x}', '${1x}'])
      assert.throws(() => parseSnippet(broken), broken);
  });

  it('the committed file is the generated one', () => {
    assert.equal(readFileSync(path.join(REPO_ROOT, 'snippets', 'unres.code-snippets'), 'utf8'), snippetsFile());
  });

  it('every body parses as a VS Code snippet', () => {
    for (const [name, snippet] of Object.entries(committed())) {
      assert.ok(Array.isArray(snippet.body) && snippet.body.length > 0, name);
      assert.ok(snippet.description.length > 0, name);
      const stops = parseSnippet(snippet.body.join('\n'));
      assert.ok(stops.length > 0, `${name} has a tab stop`);
    }
  });

  it('has no duplicate prefixes', () => {
    const prefixes = Object.values(committed()).map((snippet) => snippet.prefix);
    const duplicates = prefixes.filter((prefix, index) => prefixes.indexOf(prefix) !== index);
    assert.deepEqual(duplicates, []);
  });

  it('covers every standard opener and verb of the lexicon', () => {
    const bodies = Object.values(committed()).map((snippet) => snippet.body[0]);
    const british = /^(?:Recognis|Emphasis|Authoris|Organis|Realis)/;
    for (const opener of PREAMBULAR_OPENERS.filter((phrase) => !british.test(phrase)))
      assert.ok(bodies.includes(`${opener} \${1:…},`), opener);
    const helpers = new Set(['Calls', 'Takes', 'Is', 'Remains', 'Looks forward to']);
    for (const verb of OPERATIVE_VERBS.filter((phrase) => !british.test(phrase) && !helpers.has(phrase)))
      assert.ok(bodies.includes(`\${1:1}.\t${verb} \${2:…};`), verb);
  });

  it('has the usual continuations', () => {
    const bodies = Object.values(committed()).map((snippet) => snippet.body.join('\n'));
    for (const expected of [
      'Requests the Secretary-General to submit to the General Assembly at its ${2:…} session a report on ${3:the implementation of the present resolution};',
      'Takes note of the report of the Secretary-General${2};',
      'Recalling its resolution ${1:…} of ${2:…},',
      'Decides to remain seized of the matter.',
      'Acting under Chapter VII of the Charter of the United Nations,',
    ]) {
      assert.ok(
        bodies.some((body) => body.includes(expected)),
        expected,
      );
    }
  });

  it('has skeletons of whole texts with tab stops', () => {
    const snippets = Object.values(committed());
    const byPrefix = (prefix: string): Snippet => snippets.find((snippet) => snippet.prefix === prefix)!;
    const expectations: [string, string[]][] = [
      ['ga-resolution', ['The General Assembly,', 'plenary meeting', '1.\t', 'provisional agenda']],
      [
        'sc-resolution',
        ['Resolution ${1:…} (${2:…})', 'The Security Council,', 'Decides to remain seized of the matter.'],
      ],
      ['hrc-resolution', ['The Human Rights Council,', 'Adopted without a vote.']],
      ['ga-decision', ['the General Assembly', 'plenary meeting']],
    ];
    for (const [prefix, parts] of expectations) {
      const snippet = byPrefix(prefix);
      assert.ok(snippet, prefix);
      const body = snippet.body.join('\n');
      for (const part of parts) assert.ok(body.includes(part), `${prefix} has ${part}`);
      assert.ok(parseSnippet(body).length >= 4, `${prefix} has tab stops`);
    }
  });

  it('offers no Model UN inventions', () => {
    const text = JSON.stringify(committed());
    for (const invented of ['Noting with zest', 'Fully alarmed', 'Noting with deep zest'])
      assert.ok(!text.includes(invented), invented);
  });
});
