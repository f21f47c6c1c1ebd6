// A feature that throws is logged and answered with nothing, never swallowed in silence: the core
// lets its exceptions through (or hands them back with an empty result), the server logs them.
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import type { Resolution } from '../../server/src/core/model';
import { LineIndex } from '../../server/src/core/text/positions';
import { CompletionHandler } from '../../server/src/lsp/completion-handler';
import type { Analysis } from '../../server/src/lsp/document-checks';
import { LanguageFeatures, type FeatureParts } from '../../server/src/lsp/features';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';

const URI = 'file:///draft.unres';
const TEXT = 'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1. Decides;\n';

/** An analysis whose model throws on any use but its text: every feature that reads it crashes. */
function brokenAnalysis(): Analysis {
  const model = new Proxy(lint(TEXT).model, {
    get(target, property, receiver) {
      if (property === 'text') return TEXT;
      if (typeof property === 'string') throw new Error('boom');
      return Reflect.get(target, property, receiver);
    },
  }) as Resolution;
  return {
    version: 1,
    index: new LineIndex(TEXT),
    result: { model, diagnostics: [], failures: [], byRule: [], local: [] },
  };
}

function featuresOver(analysis: Analysis, logged: string[]): LanguageFeatures {
  const parts = {
    document: () => undefined,
    checks: { analysisOf: async () => analysis },
    catalogs: {},
    configuration: { settingsFor: async () => DEFAULT_SETTINGS },
    logger: { error: (message: string) => logged.push(message) },
  } as unknown as FeatureParts;
  return new LanguageFeatures(parts);
}

describe('errors in features are logged', () => {
  it('semantic tokens, formatting and on-type formatting answer nothing and log the exception', async () => {
    const logged: string[] = [];
    const features = featuresOver(brokenAnalysis(), logged);
    assert.deepEqual(await features.tokens(URI), { data: [] });
    assert.deepEqual(await features.formatting(URI), []);
    const position = { line: 3, character: 0 };
    assert.deepEqual(
      await features.onType({
        textDocument: { uri: URI },
        position,
        ch: '\n',
        options: { tabSize: 4, insertSpaces: true },
      }),
      [],
    );
    for (const feature of ['semantic highlighting', 'formatting', 'on-type formatting']) {
      assert.ok(
        logged.some((line) => line.startsWith(`unres: ${feature} failed on ${URI}`) && line.includes('boom')),
        `${feature} is logged: ${logged.join('\n')}`,
      );
    }
  });

  it('a completion that survived an exception is logged', () => {
    const logged: string[] = [];
    const failing = {
      entries: (): never => {
        throw new Error('catalogue unreadable');
      },
    };
    const handler = new CompletionHandler(failing, { error: (message) => logged.push(message) });
    const text = 'Recalling its resolution ';
    const analysis: Analysis = { version: 1, index: new LineIndex(text), result: lint(text) };
    handler.complete(URI, analysis, { line: 0, character: text.length });
    assert.equal(logged.length, 1);
    assert.match(logged[0]!, /^unres: completion failed on file:\/\/\/draft\.unres: .*catalogue unreadable/s);
  });

  it('nothing is logged when nothing fails', async () => {
    const logged: string[] = [];
    const analysis: Analysis = { version: 1, index: new LineIndex(TEXT), result: lint(TEXT) };
    const features = featuresOver(analysis, logged);
    assert.ok((await features.tokens(URI)).data.length > 0);
    await features.formatting(URI);
    assert.deepEqual(logged, []);
  });
});
