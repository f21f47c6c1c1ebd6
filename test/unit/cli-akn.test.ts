// `unres export --format akn` and `unres import` through the CLI's in-memory `main`: what is written
// where, what the command says, exit codes, and never over the source.
import { runCli } from '../support/cli-host';
import * as assert from 'node:assert/strict';

const DRAFT = 'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1. Decides to act;\n';

const UN_XML = `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution"><meta/>
<preamble><formula name="enactingFormula"><p>The General Assembly,</p></formula>
<container name="Recalling"><p>Recalling its work,</p></container></preamble>
<mainBody><paragraph><num>1.</num><content><p>Decides to act;</p></content></paragraph></mainBody></statement></akomaNtoso>`;

const run = (argv: string[], files: Record<string, string>) =>
  runCli(argv, files, { directories: ['out'], version: '9.9.9' });

describe('cli: export --format akn and import', () => {
  it('exports beside the source with .xml and says what it wrote', async () => {
    const result = await run(['export', '--format', 'akn', 'draft.unres'], { 'draft.unres': DRAFT });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, 'unres: wrote draft.xml\n');
    assert.match(result.written['draft.xml'] ?? '', /^<\?xml version="1.0" encoding="UTF-8"\?>\n<akomaNtoso /);
    assert.match(result.written['draft.xml'] ?? '', /<container name="Recalling" eId="container_1">/);
  });

  it('writes to --out, into a directory for several files', async () => {
    const one = await run(['export', '--format=akn', '--out', 'final.xml', 'draft.unres'], { 'draft.unres': DRAFT });
    assert.deepEqual(Object.keys(one.written), ['final.xml']);
    const two = await run(['export', '--format', 'akn', '--out', 'out', 'a.unres', 'b.unres'], {
      'a.unres': DRAFT,
      'b.unres': DRAFT,
    });
    assert.equal(two.code, 0, two.stderr);
    assert.deepEqual(Object.keys(two.written).sort(), ['out/a.xml', 'out/b.xml']);
  });

  it('refuses to write over its source, and exits 2', async () => {
    const result = await run(['export', '--format', 'akn', '--out', 'draft.xml', 'draft.xml'], { 'draft.xml': DRAFT });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /draft\.xml: the output would replace the source/);
    assert.deepEqual(result.written, {});
  });

  it('exits 2 on a missing format, an unknown one, or an unreadable file', async () => {
    assert.equal((await run(['export', 'draft.unres'], { 'draft.unres': DRAFT })).code, 2);
    const unknown = await run(['export', '--format', 'odt', 'draft.unres'], { 'draft.unres': DRAFT });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /export needs --format docx, pdf, akn, html/);
    const missing = await run(['export', '--format', 'akn', 'absent.unres'], {});
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /absent\.unres: cannot read \(ENOENT\)/);
  });

  it('imports the UN XML as .unres text beside it, or to standard output with --out -', async () => {
    const beside = await run(['import', 'A_RES_1_1.xml'], { 'A_RES_1_1.xml': UN_XML });
    assert.equal(beside.code, 0, beside.stderr);
    assert.equal(beside.stderr, 'unres: wrote A_RES_1_1.unres\n');
    assert.equal(
      beside.written['A_RES_1_1.unres'],
      'The General Assembly,\n\nRecalling its work,\n\n1. Decides to act;\n',
    );
    const piped = await run(['import', '--out', '-', 'A_RES_1_1.xml'], { 'A_RES_1_1.xml': UN_XML });
    assert.equal(piped.code, 0);
    assert.equal(piped.stdout, 'The General Assembly,\n\nRecalling its work,\n\n1. Decides to act;\n');
    assert.deepEqual(piped.written, {});
  });

  it('refuses what is not Akoma Ntoso with the reason, still importing the other files, and exits 2', async () => {
    const result = await run(['import', '--out', 'out', 'page.xml', 'draft.unres', 'good.xml'], {
      'page.xml': '<html><body>not a resolution</body></html>',
      'draft.unres': 'The General Assembly,\n\n1. Decides to act;\n',
      'good.xml': UN_XML,
    });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /page\.xml: cannot import: not an Akoma Ntoso file: the root element is <html>/);
    assert.match(result.stderr, /draft\.unres: cannot import: not an Akoma Ntoso file: not XML/);
    assert.deepEqual(Object.keys(result.written), ['out/good.unres']);
  });

  it('will not import over the source, and takes no --format', async () => {
    const over = await run(['import', '--out', 'res.xml', 'res.xml'], { 'res.xml': UN_XML });
    assert.equal(over.code, 2);
    assert.match(over.stderr, /the output would replace the source/);
    const format = await run(['import', '--format', 'akn', 'res.xml'], { 'res.xml': UN_XML });
    assert.equal(format.code, 2);
    assert.match(format.stderr, /takes no --format/);
  });

  describe('a negotiated draft: final layout by default, --layout negotiation as written', () => {
    const NEGOTIATED = [
      'The General Assembly,',
      '',
      'PP1 Recalling its resolution 55/25,',
      '',
      'PP1 alt Recalling also its resolution 55/25,',
      '',
      '1. Decides to act, as set out in paragraph 2 below;',
      '',
      '1 bis. Urges all States to act [without delay];',
      '',
      '2. Requests a report.',
      '',
    ].join('\n');
    const html = async (...options: string[]) => {
      const result = await run(['export', '--format', 'html', ...options, '--out', 'd.html', 'd.unres'], {
        'd.unres': NEGOTIATED,
      });
      assert.equal(result.code, 0, result.stderr);
      return (result.written['d.html'] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    };

    it('numbers inserted paragraphs in sequence and leaves written labels out; keeps brackets and alternatives', async () => {
      const text = await html();
      assert.match(text, / 2\. Urges all States to act \[without delay\];/);
      assert.match(text, / 3\. Requests a report\./);
      assert.match(text, /as set out in paragraph 3 below/);
      assert.match(text, / Recalling its resolution 55\/25,/);
      assert.doesNotMatch(text, /PP1 Recalling/);
      assert.match(text, /PP1 alt Recalling also/, 'an alternative is not agreed: it stays marked');
      assert.doesNotMatch(text, /1 bis/);
    });

    it('prints the draft as written with --layout negotiation, and refuses another layout', async () => {
      const text = await html('--layout', 'negotiation');
      assert.match(text, /1 bis\. Urges/);
      assert.match(text, /PP1 Recalling/);
      assert.match(text, /paragraph 2 below/);
      const wrong = await run(['export', '--format', 'html', '--layout=printed', 'd.unres'], { 'd.unres': NEGOTIATED });
      assert.equal(wrong.code, 2);
      assert.match(wrong.stderr, /--layout takes final or negotiation/);
    });
  });
});
