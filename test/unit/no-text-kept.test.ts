// Caches that outlive a document (the phrases read by completion and by repeated-verb, completion's
// documentation, the workspace index of the language server) must not keep its text alive. V8 makes a slice of 13 characters or more point into
// the whole string it was cut from: a phrase kept by its slice (`Recalling also` in an 8 MB text)
// would keep all 8 MB after the document is closed.
import * as assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { complete } from '../../server/src/core/features/completion';
import { lintModel } from '../../server/src/core/lint';
import { parse } from '../../server/src/core/parser/parse';
import { WorkspaceIndex } from '../../server/src/lsp/workspace-index';

const megabytes = 4;
const filler = (): string => 'the matter '.repeat((megabytes * 2 ** 20) / 11);

/** The heap taken by what `run` keeps, after garbage collection. */
function heapKeptBy(run: () => void): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const heapAfterGc = (): number => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  const before = heapAfterGc();
  run();
  return (heapAfterGc() - before) / 2 ** 20;
}

describe('caches keep no document text alive', function () {
  it('checks and completes six large documents, and holds none of their texts once they are gone', function () {
    this.timeout(60_000);
    // Phrases of 13 characters or more, new in each document.
    const openers = [
      'Recalling also',
      'Recalling further',
      'Reaffirming also',
      'Reaffirming further',
      'Deeply concerned',
      'Noting with concern',
    ];
    const verbs = [
      'Takes note with appreciation',
      'Expresses its appreciation',
      'Strongly condemns',
      'Requests further',
      'Decides further',
      'Further requests',
    ];
    const grown = heapKeptBy(() =>
      openers.forEach((opener, index) => {
        const text = `The General Assembly,\n\n${opener} that ${filler()}${index},\n\n${opener} that the matter,\n\n1. ${verbs[index]} the Secretary-General;\n\n2. ${verbs[index]} the Secretary-General.\n`;
        const model = parse(text);
        lintModel(model);
        complete(model, text.length);
      }),
    );
    // One text may stay behind (the last subject of a regular expression); six would be 24 MB.
    assert.ok(
      grown < 3 * megabytes,
      `the heap grew by ${grown.toFixed(0)} MB after checking and completing in ${openers.length} documents of ${megabytes} MB that are gone`,
    );
  });

  it('indexes six large files in the workspace, keeping their facts and not their texts', function () {
    this.timeout(60_000);
    const index = new WorkspaceIndex();
    const grown = heapKeptBy(() => {
      for (let number = 1; number <= 6; number++) {
        const text = `Resolution adopted by the General Assembly on 25 September 2015\n\n70/${number}. Strengthening the coordination of emergency assistance ${number}\n\nThe General Assembly,\n\nRecalling its resolution 55/25 of 15 November 2000 and ${filler()},\n\n1. Decides to remain seized of the matter.\n`;
        index.update(`file:///workspace/${number}.unres`, text);
      }
    });
    assert.equal(index.search('strengthening').length, 6);
    assert.equal(index.references('A/RES/55/25').length, 6);
    assert.ok(grown < 3 * megabytes, `the index of six files of ${megabytes} MB takes ${grown.toFixed(0)} MB of heap`);
  });
});
