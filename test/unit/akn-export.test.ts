// Akoma Ntoso export and import on fixtures written for the test and on the corpus seed: the structure
// the UN publishes, schema validity (xmllint), text that survives any characters, and no text lost.
import * as assert from 'node:assert/strict';
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { toAkomaNtoso } from '../../server/src/core/export/akn';
import { escapeText, xmlCharacters } from '../../server/src/core/export/xml';
import { AknImportError, fromAkomaNtoso } from '../../server/src/core/import/akn';
import { parse } from '../../server/src/core/parser/parse';
import { corpusAvailable, seedText } from '../support/corpus';
import { schemaOrSkip, validateAll } from '../support/xmllint';

const GA = `United Nations
A/RES/80/999
General Assembly
Distr.: General
5 January 2026
Eightieth session
Agenda item 12
Resolution adopted by the General Assembly on 19 December 2025
[on the report of the Third Committee (A/80/400)]

80/999. Cooperation & "safety" <online>

The General Assembly,

Recalling its resolution 55/25 of 15 November 2000,1

Noting the report of the Secretary-General,2

I

Cooperation

1. Decides to continue its work;

2. Requests the Secretary-General:

(a) To report on the implementation of resolution 55/25;1

(b) To consult States on:

(i) Their needs;

(ii) Their plans;

3. Decides to remain seized of the matter.

45th plenary meeting
19 December 2025

Annex

Terms of reference

1. The group meets twice a year.

_______________

1 United Nations, Treaty Series, vol. 2225, No. 39574.
2 A/80/123.
`;

const SC = `Resolution 2999 (2025)

Adopted by the Security Council at its 9999th meeting, on 3 March 2025

The Security Council,

Recalling its resolution 1373 (2001),

1. Decides to remain actively seized of the matter.
`;

const HRC_PARTS = `74/92. Questions relating to information

A
Information in the service of humanity

The General Assembly,

Taking note of the report,

Urges all countries to cooperate.

47th plenary meeting
13 December 2019

B
Global communications

The General Assembly,

Emphasizing the role of the Department,

1. Requests the Secretary-General to continue;

2. Reaffirms its support.

47th plenary meeting
13 December 2019
`;

const parseXml = (xml: string) => {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => void (level !== 'warning' && errors.push(message)),
  }).parseFromString(xml, 'text/xml');
  assert.deepEqual(errors, [], 'well-formed XML');
  return document;
};

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('Akoma Ntoso export', () => {
  it('writes the UN structure: FRBR identification, cover page, preface, preamble, paragraphs, notes, conclusions, annex', () => {
    const xml = toAkomaNtoso(parse(GA));
    const document = parseXml(xml);
    const root = document.documentElement;
    assert.equal(root?.localName, 'akomaNtoso');
    assert.equal(root?.namespaceURI, 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0');
    assert.match(xml, /<statement name="resolution">/);
    assert.match(xml, /<FRBRthis value="\/akn\/un\/statement\/deliberation\/unga\/2025-12-19\/80-999\/!main\/"\/>/);
    assert.match(xml, /<FRBRuri value="\/akn\/un\/statement\/deliberation\/unga\/2025-12-19\/80-999\/eng@\/"\/>/);
    assert.match(xml, /<FRBRdate date="2026-01-05" name="publication"\/>/);
    assert.match(xml, /<docNumber refersTo="#symbol">A\/RES\/80\/999<\/docNumber>/);
    assert.match(
      xml,
      /<preface><p><docNumber>80\/999\.<\/docNumber> <docTitle[^>]*>Cooperation &amp; "safety" &lt;online&gt;<\/docTitle>/,
    );
    assert.match(xml, /<formula name="enactingFormula"[^>]*><p>The General Assembly,<\/p><\/formula>/);
    assert.equal(document.getElementsByTagName('container').length, 2);
    assert.match(xml, /<container name="Recalling" eId="container_1">/);
    // The first reference carries the note, a later one is a bare superscript, as in the UN's files.
    assert.match(
      xml,
      /<authorialNote marker="1" placement="bottom" eId="authorialNote_1"><p>United Nations, Treaty Series/,
    );
    assert.match(xml, /55\/25<\/ref>;<sup>1<\/sup>/);
    assert.equal(document.getElementsByTagName('authorialNote').length, 2);
    // The number alone is linked, as the UN links it (`resolution <a>55/25</a>`).
    assert.match(xml, /resolution <ref href="https:\/\/undocs\.org\/en\/A\/RES\/55\/25">55\/25<\/ref>/);
    assert.match(
      xml,
      /<paragraph eId="para_\d+"><num>I<\/num><\/paragraph><paragraph eId="para_\d+"><subheading>Cooperation<\/subheading>/,
    );
    assert.match(
      xml,
      /<num>2\.<\/num><list eId="list_\d+"><intro><p>Requests the Secretary-General:<\/p><\/intro><point eId="point_\d+"><num>\(a\)<\/num>/,
    );
    assert.match(
      xml,
      /<num>\(b\)<\/num><list [^>]*><intro><p>To consult States on:<\/p><\/intro><point [^>]*><num>\(i\)<\/num>/,
    );
    assert.match(
      xml,
      /<conclusions [^>]*><p><inline name="adoptionMeeting">45th plenary meeting<\/inline><eol\/><docDate date="2025-12-19" refersTo="#adoptionDate">19 December 2025<\/docDate><\/p><\/conclusions>/,
    );
    assert.match(
      xml,
      /<attachments><attachment><doc name="annex"><meta>.*!main\/annex".*<\/meta><mainBody><paragraph [^>]*><content><p>Terms of reference<\/p>/,
    );
    assert.doesNotMatch(xml, /_{5}/, 'the separator line is not text');
  });

  it('names the body as the UN does: unsc with the year in the number, the number line on the cover page', () => {
    const xml = toAkomaNtoso(parse(SC));
    assert.match(xml, /\/akn\/un\/statement\/deliberation\/unsc\/2025-03-03\/2999-2025\/!main\//);
    assert.match(xml, /<coverPage><p><docTitle refersTo="#resolutionNumber">Resolution 2999 \(2025\)<\/docTitle><\/p>/);
    assert.doesNotMatch(xml, /<preface>/);
  });

  it('writes a resolution in parts as a documentCollection of statements, one per part', () => {
    const xml = toAkomaNtoso(parse(HRC_PARTS));
    const document = parseXml(xml);
    assert.equal(document.documentElement?.firstChild?.nodeName, 'documentCollection');
    assert.equal(document.getElementsByTagName('statement').length, 2);
    assert.match(xml, /\/akn\/un\/statement\/deliberation\/unga\/2019-12-13\/74-92A\/!main\//);
    assert.match(
      xml,
      /<preface><p><docNumber>B<\/docNumber><eol\/><docTitle>Global communications<\/docTitle><\/p><\/preface>/,
    );
  });

  it("mirrors the UN's markup: a preamble's lettered list, an adopted declaration, parts under one organ line", () => {
    const list = toAkomaNtoso(
      parse(
        'The General Assembly,\n\nConvinced that it contributes to:\n\n(a) Peace,\n\n(b) Security,\n\n1. Decides;\n',
      ),
    );
    assert.match(
      list,
      /<container name="Convinced" eId="container_1"><blockList eId="list_1"><listIntroduction>Convinced that it contributes to:<\/listIntroduction><item><num>\(a\)<\/num><p>Peace,<\/p><\/item><item><num>\(b\)<\/num><p>Security,<\/p><\/item><\/blockList><\/container><\/preamble>/,
    );
    const declaration = toAkomaNtoso(
      parse(
        'The General Assembly\n\nAdopts the following declaration:\n\nA title\n\n1. We, the Heads of State, meet.\n',
      ),
    );
    assert.doesNotMatch(declaration, /<container/);
    assert.match(declaration, /<mainBody><paragraph eId="para_1"><content><p>Adopts the following declaration:<\/p>/);
    const sections = toAkomaNtoso(
      parse(
        'The General Assembly,\n\nRecalling its work,\n\nA\n\nNoting the report,\n\n1. Decides;\n\nB\n\nNoting also the plan,\n\n1. Decides again;\n',
      ),
    );
    assert.doesNotMatch(sections, /documentCollection/);
    assert.equal(sections.match(/<container/g)?.length, 1);
    assert.match(sections, /<paragraph eId="para_\d+"><subheading>B<\/subheading><\/paragraph>/);
  });

  it('keeps every line it cannot place, and a footnote no marker calls', () => {
    const text =
      'The General Assembly,\n\n§§ a line of nothing known\n\n1. Decides;\n\n_______________\n\n7 An orphan note.\n';
    const back = fromAkomaNtoso(toAkomaNtoso(parse(text))).text;
    assert.match(back, /§§ a line of nothing known/);
    assert.match(back, /An orphan note\./);
    // The note comes back as a note, not with its marker as a line of the body.
    assert.equal(back.split('_______________')[0]?.match(/^7$/m), null);
  });

  it('gives the same paragraphs back through import, for the fixtures', () => {
    for (const text of [GA, SC, HRC_PARTS]) {
      const blocks = (value: string) =>
        value
          .split(/\n\s*\n/)
          .map(collapse)
          .filter(Boolean);
      const back = fromAkomaNtoso(toAkomaNtoso(parse(text))).text;
      // The cover page comes back one line per line (no blank line inside it), the parts' letters beside their titles.
      assert.equal(collapse(back), collapse(text), text.slice(0, 30));
      assert.ok(blocks(back).length >= blocks(text).length - 3);
    }
  });

  it('leaves out only the ODS debris of the seed, and keeps all its words', function () {
    if (!corpusAvailable()) {
      console.log('      (skipped: no corpus seed)');
      this.skip();
    }
    const text = seedText();
    const model = parse(text);
    let expected = text;
    for (const span of [...model.debris, ...(model.footnoteSeparator ? [model.footnoteSeparator] : [])].sort(
      (a, b) => b.start - a.start,
    ))
      expected = expected.slice(0, span.start) + ' ' + expected.slice(span.end);
    // The import writes its own separator line before the notes.
    const words = (value: string) =>
      collapse(value)
        .split(' ')
        .filter((word) => word !== '_______________')
        .sort();
    assert.deepEqual(words(fromAkomaNtoso(toAkomaNtoso(model)).text), words(expected));
  });

  it('escapes markup and replaces the characters XML 1.0 cannot carry', () => {
    assert.equal(escapeText('a & b < c > d'), 'a &amp; b &lt; c &gt; d');
    assert.equal(
      xmlCharacters('a\u0000b\u0007c\tok\n\uFFFE\uD800x\uD83D\uDE00'),
      'a\uFFFDb\uFFFDc\tok\n\uFFFD\uFFFDx\uD83D\uDE00',
    );
  });

  it('turns any text into well-formed XML whose words come back on import (property)', () => {
    const unit = fc.oneof(
      fc.constantFrom(
        '&',
        '<',
        '>',
        '"',
        "'",
        ']]>',
        '\u0000',
        '\u0008',
        '\u001F',
        '\uFFFE',
        '\uD800',
        '\uDC00',
        '\r',
        '\n',
        '\n\n',
        '\t',
        '1.',
        '(a)',
        '\u00A0',
        'Recalling',
        'Decides;',
        '_______________',
        '2',
      ),
      fc.string({ unit: 'binary', maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        const xml = toAkomaNtoso(parse(text));
        parseXml(xml);
        const back = fromAkomaNtoso(xml).text;
        // Every letter and digit of the input is somewhere in the output (debris aside, which is punctuation-free here rarely).
        const letters = (value: string) => (value.match(/[A-Za-z0-9]/g) ?? []).length;
        const model = parse(text);
        const dropped = model.debris.reduce((sum, span) => sum + letters(span.text), 0);
        return letters(back) >= letters(text) - dropped;
      }),
      { numRuns: 300 },
    );
  });

  it('validates against the OASIS Akoma Ntoso 3.0 schema (fixtures, seed, hostile text)', function () {
    schemaOrSkip(this);
    const documents = [
      { name: 'ga', xml: toAkomaNtoso(parse(GA)) },
      { name: 'sc', xml: toAkomaNtoso(parse(SC)) },
      { name: 'parts', xml: toAkomaNtoso(parse(HRC_PARTS)) },
      { name: 'empty', xml: toAkomaNtoso(parse('')) },
      { name: 'hostile', xml: toAkomaNtoso(parse('The General Assembly,\n\n1. Decides <b>&\u0001\uD800 ]]>;\n')) },
    ];
    if (corpusAvailable()) documents.push({ name: 'seed', xml: toAkomaNtoso(parse(seedText())) });
    assert.deepEqual(validateAll(documents), []);
  });
});

describe('Akoma Ntoso import', () => {
  const UN_LIKE = `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
  <meta><identification source="#x"/></meta>
  <coverPage><p><docNumber>A/RES/1/2</docNumber></p>
    <p><docAuthority>General Assembly</docAuthority><docStatus>Distr.: General</docStatus></p></coverPage>
  <preface><p><docNumber>1/2.</docNumber>
     <docTitle>A  title</docTitle></p></preface>
  <preamble><formula name="enactingFormula"><p><span class="italic">The General Assembly</span>,</p></formula>
    <container name="Recalling"><p xml:space="preserve">	<span>Recalling</span> its work,<authorialNote marker="1"><p>	 	A/1/1.</p></authorialNote> and\u00A0more,</p></container></preamble>
  <mainBody><paragraph><num>	1.</num><list><intro><p>Decides:</p></intro>
    <point><num>(a)</num><content><p>	To act;</p></content></point></list></paragraph></mainBody>
  <conclusions><p><inline name="adoptionMeeting">1st plenary meeting</inline><eol/><docDate date="2000-01-01">1 January 2000</docDate></p></conclusions>
</statement></akomaNtoso>`;

  it('lays the text out as the corpus was converted', () => {
    assert.equal(
      fromAkomaNtoso(UN_LIKE).text,
      'A/RES/1/2\nGeneral Assembly\nDistr.: General\n\n1/2. A title\n\nThe General Assembly,\n\nRecalling its work,1 and\u00A0more,\n\n1. Decides:\n\n(a) To act;\n\n1st plenary meeting\n1 January 2000\n\n_______________\n\n1 A/1/1.\n',
    );
  });

  it('refuses what is not Akoma Ntoso, with the reason', () => {
    assert.throws(() => fromAkomaNtoso('not xml at all <'), AknImportError);
    assert.throws(() => fromAkomaNtoso('The General Assembly,\n'), /not an Akoma Ntoso file: not XML/);
    assert.throws(() => fromAkomaNtoso(''), /not an Akoma Ntoso file: not XML/);
    assert.throws(() => fromAkomaNtoso('<html><body/></html>'), /not an Akoma Ntoso file: the root element is <html>/);
    assert.throws(() => fromAkomaNtoso('<akomaNtoso><p>unclosed</akomaNtoso>'), /not an Akoma Ntoso file: not XML/);
  });

  it('says when a document has no text', () => {
    const result = fromAkomaNtoso('<akomaNtoso/>');
    assert.deepEqual(result.problems, ['the document has no text']);
  });
});
