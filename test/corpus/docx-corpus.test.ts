// Word export over every text of the corpus: each exported document holds every word of its
// resolution in order, the openers and verbs in italics, the numbers as written and one Word
// footnote per footnote (checkExport). The unit test looks at a sample closely; this sweep is
// for the variety of real layouts.
import { corpusOrSkip, corpusTexts } from '../support/corpus';
import { checkExport, exported } from '../support/docx';

describe('Word export over the corpus', () => {
  it('keeps every text whole, in order, with its italics, numbers and footnotes', async function () {
    corpusOrSkip(this);
    this.timeout(120_000);
    for (const { name, text } of corpusTexts()) checkExport(await exported(text), name);
  });
});
