import * as assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parser/parse';
import { documentInfo } from '../../server/src/core/features/info';
import { corpusAvailable, corpusTexts, seedText } from '../support/corpus';

describe('document info', () => {
  it('summarises the seed: organ, symbol from the title line, paragraph counts', function () {
    if (!corpusAvailable()) this.skip();
    const info = documentInfo(parse(seedText()));
    assert.equal(info.summary, 'GA · A/RES/59/157 · 5 PP · 9 OP');
    assert.equal(info.date, '20 December 2004');
  });

  it('takes the symbol from the masthead, and builds SC, HRC and ECOSOC symbols from the title', () => {
    assert.equal(
      documentInfo(parse('United Nations\nA/RES/74/157\n\n74/157. Title\n\nThe General Assembly,\n\n1. Decides.\n'))
        .symbol,
      'A/RES/74/157',
    );
    assert.equal(
      documentInfo(parse('Resolution 1373 (2001)\n\nThe Security Council,\n\n1. Decides.\n')).symbol,
      'S/RES/1373 (2001)',
    );
    assert.equal(
      documentInfo(parse('57/12. Title\n\nThe Human Rights Council,\n\n1. Decides.\n')).symbol,
      'A/HRC/RES/57/12',
    );
    assert.equal(
      documentInfo(parse('2023/5. Title\n\nThe Economic and Social Council,\n\n1. Decides.\n')).symbol,
      'E/RES/2023/5',
    );
  });

  it('finds a symbol for every corpus text', function () {
    if (!corpusAvailable()) this.skip();
    const missing = corpusTexts()
      .filter(({ text }) => !documentInfo(parse(text)).symbol)
      .map(({ name }) => name);
    assert.deepEqual(missing, []);
  });
});
