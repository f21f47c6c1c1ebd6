// The TextMate grammar (syntaxes/unres.tmLanguage.json) as VS Code runs it: vscode-textmate and
// vscode-oniguruma, the two modules VS Code tokenizes with, taken from the VS Code the end-to-end
// tests install (code-server, `bash scripts/setup-e2e.sh`, or CODE_SERVER_DIR). Without it the
// tokenizer tests are skipped with a message; the checks of the rule's own patterns always run.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/corpus';

const GRAMMAR_PATH = path.join(REPO_ROOT, 'syntaxes', 'unres.tmLanguage.json');
const grammarJson = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8'));

const CODE_SERVER = path.resolve(process.env.CODE_SERVER_DIR ?? path.join(REPO_ROOT, '.tmp', 'code-server'));
const VSCODE_MODULES = path.join(CODE_SERVER, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');

/** The scopes of each token of each line, as `text → scopes` pairs. */
type Tokens = { text: string; scopes: string[] }[][];

interface TextMate {
  tokenize(lines: string[]): Tokens;
}

async function loadTextMate(): Promise<TextMate | undefined> {
  if (
    !existsSync(path.join(VSCODE_MODULES, 'vscode-textmate')) ||
    !existsSync(path.join(VSCODE_MODULES, 'vscode-oniguruma'))
  )
    return undefined;
  const load = createRequire(path.join(VSCODE_MODULES, 'index.js'));
  const oniguruma = load('vscode-oniguruma');
  const textmate = load('vscode-textmate');
  const wasm = readFileSync(path.join(VSCODE_MODULES, 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scope: string) =>
      scope === 'text.unres' ? textmate.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
  });
  const grammar = await registry.loadGrammar('text.unres');
  return {
    tokenize(lines) {
      let state = textmate.INITIAL;
      return lines.map((line) => {
        const result = grammar.tokenizeLine(line, state);
        state = result.ruleStack;
        return result.tokens.map((token: { startIndex: number; endIndex: number; scopes: string[] }) => ({
          text: line.slice(token.startIndex, token.endIndex),
          scopes: token.scopes,
        }));
      });
    },
  };
}

const TITLE = 'markup.heading.title.unres';
const hasScope = (tokens: Tokens[number], text: string, scope: string): boolean =>
  tokens.some((token) => token.text.includes(text) && token.scopes.some((name) => name.startsWith(scope)));

describe('TextMate grammar', () => {
  describe('the title rule', () => {
    const rule = grammarJson.repository['title-line'];
    const begin = new RegExp(rule.begin);
    const end = new RegExp(rule.end);

    it('begins at a title number and ends at the blank line, the organ line or a numbered paragraph', () => {
      for (const line of ['59/157.\tInternational cooperation', 'S-32/1. Title', 'ES-10/21.\tTitle', '2023/5.\tTitle'])
        assert.match(line, begin, line);
      for (const line of ['Recalling its resolution 55/25,', '59/157.', '1.\tDecides;'])
        assert.doesNotMatch(line, begin, line);
      for (const line of ['', '\t', '\tThe General Assembly,', 'The Security Council,', '1.\tDecides;'])
        assert.match(line, end, JSON.stringify(line));
      for (const line of ['\torganized crime', 'against transnational organized crime', 'The 2030 Agenda'])
        assert.doesNotMatch(line, end, line);
    });
  });

  describe('tokenized as VS Code does', function () {
    let textmate: TextMate | undefined;
    before(async function () {
      textmate = await loadTextMate();
      if (!textmate) {
        console.log(
          `      (skipped: no vscode-textmate under ${VSCODE_MODULES}; bash scripts/setup-e2e.sh installs it)`,
        );
        this.skip();
      }
    });

    it('styles every line of a wrapped title as the title, up to the blank line', () => {
      const tokens = textmate!.tokenize([
        '59/157.\tInternational cooperation in the fight against transnational',
        '\torganized crime and corruption',
        '',
        '\tThe General Assembly,',
        '',
        '\tRecalling its resolution 55/25,',
      ]);
      assert.ok(hasScope(tokens[0]!, '59/157.', 'constant.numeric.symbol.unres'), JSON.stringify(tokens[0]));
      assert.ok(hasScope(tokens[0]!, 'International cooperation', TITLE), JSON.stringify(tokens[0]));
      assert.ok(hasScope(tokens[1]!, 'organized crime and corruption', TITLE), JSON.stringify(tokens[1]));
      assert.ok(
        hasScope(tokens[3]!, 'The General Assembly', 'entity.name.section.organ.unres'),
        JSON.stringify(tokens[3]),
      );
      assert.ok(
        !tokens[3]!.some((token) => token.scopes.some((scope) => scope.startsWith(TITLE))),
        'the organ line is not title',
      );
      assert.ok(hasScope(tokens[5]!, 'Recalling', 'keyword.other.preambular-opener.unres'), JSON.stringify(tokens[5]));
    });

    it('ends a title without a blank line after it at the organ line', () => {
      const tokens = textmate!.tokenize(['59/157.\tTitle', 'The General Assembly,', 'Recalling x,']);
      assert.ok(hasScope(tokens[0]!, 'Title', TITLE));
      assert.ok(
        hasScope(tokens[1]!, 'The General Assembly', 'entity.name.section.organ.unres'),
        JSON.stringify(tokens[1]),
      );
      assert.ok(hasScope(tokens[2]!, 'Recalling', 'keyword.other.preambular-opener.unres'), JSON.stringify(tokens[2]));
    });
  });
});
