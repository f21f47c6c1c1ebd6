// The final layout an export prints by default: a negotiated draft's inserted paragraphs in
// sequence and its written preambular labels gone, what is not agreed (brackets, alternatives) kept;
// and an adopted text, which has none of it, printed exactly as written.
import * as assert from 'node:assert/strict';
import { exportResolution } from '../../server/src/core/export/export';
import { finalLayout } from '../../server/src/core/export/final-layout';
import { corpusOrSkip, corpusTexts, devTexts } from '../support/corpus';

describe('final layout of a negotiated draft', () => {
  it('numbers 5 bis in sequence, drops PP labels, keeps alternatives and brackets', () => {
    const draft = [
      'The General Assembly,',
      '',
      'PP1 Recalling its resolution 55/25,',
      '',
      'PP1 bis [Noting] the report,',
      '',
      'PP2 alt Bearing in mind its decisions,',
      '',
      '1. Decides to act;',
      '',
      '1 bis. Urges all States to act, in line with paragraph 2 below;',
      '',
      '2. Requests a report;',
      '',
      '2 alt. Requests an oral report.',
      '',
    ].join('\n');
    assert.equal(
      finalLayout(draft),
      [
        'The General Assembly,',
        '',
        'Recalling its resolution 55/25,',
        '',
        '[Noting] the report,',
        '',
        'PP2 alt Bearing in mind its decisions,',
        '',
        '1. Decides to act;',
        '',
        '2. Urges all States to act, in line with paragraph 3 below;',
        '',
        '3. Requests a report;',
        '',
        '3 alt. Requests an oral report.',
        '',
      ].join('\n'),
    );
  });

  it('leaves every adopted text of the corpus as written', function () {
    corpusOrSkip(this);
    this.timeout(120_000);
    const changed = [...corpusTexts(), ...devTexts()].filter((text) => finalLayout(text.text) !== text.text);
    assert.deepEqual(
      changed.map((text) => text.name),
      [],
    );
  });

  it('shades bracketed text in a draft exported as written, escaped, the verb still in italics; not in the final layout', async () => {
    const draft = [
      'The General Assembly,',
      '',
      '[Deeply concerned] by the situation,',
      '',
      '1. Condemns [strongly] the attacks [on <b>journalists</b>];',
      '',
    ].join('\n');
    const asWritten = String(await exportResolution(draft, 'html', {}, 'negotiation'));
    assert.match(asWritten, /<span class="bracketed">\[Deeply concerned\]<\/span> by the situation,/);
    assert.match(asWritten, /<em>Condemns<\/em> <span class="bracketed">\[strongly\]<\/span> the attacks/);
    assert.match(asWritten, /<span class="bracketed">\[on &lt;b&gt;journalists&lt;\/b&gt;\]<\/span>;/);
    const final = String(await exportResolution(draft, 'html'));
    assert.doesNotMatch(final, /class="bracketed"/);
    assert.match(final, /\[on &lt;b&gt;journalists&lt;\/b&gt;\]/, 'the brackets stay: the text is not agreed');
  });
});
