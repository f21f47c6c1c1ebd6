// The language server stays a set of small named parts: no function in server/src/lsp runs over
// 80 lines (a handler grown long belongs in one of the parts, or in a part of its own).
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { REPO_ROOT } from '../support/corpus';

const MAX_LINES = 80;
const LSP = path.join(REPO_ROOT, 'server', 'src', 'lsp');

/** Every function (declarations, methods, arrows) of a file with more than `MAX_LINES` lines. */
function longFunctions(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.end).line;
      const name = 'name' in node && node.name ? node.name.getText(source) : '(anonymous)';
      if (last - first + 1 > MAX_LINES)
        found.push(`${path.basename(file)}:${first + 1} ${name} (${last - first + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('language server code size', () => {
  it(`has no function in server/src/lsp over ${MAX_LINES} lines`, () => {
    const files = readdirSync(LSP)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => path.join(LSP, name));
    assert.ok(files.length > 5, LSP);
    assert.deepEqual(files.flatMap(longFunctions), []);
  });
});
