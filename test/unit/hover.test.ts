// Hovers and the markdown they are built with: facts with their sources, links only to UN hosts,
// and nothing from a document or a catalogue file ever rendered as markdown or HTML.
import * as assert from 'node:assert/strict';
import { Catalog, MapProvider, bundledProvider, bundledProviders } from '../../server/src/core/catalog/catalog';
import { extractCitations } from '../../server/src/core/citations/extract';
import { escapeMarkdown, unLink } from '../../server/src/core/features/markdown';
import { formatIsoDate, hoverAt } from '../../server/src/core/features/hover';
import { parse } from '../../server/src/core/parser/parse';

const HOSTILE = [
  '[x](command:workbench.action.quit)',
  '<img src=x onerror=alert(1)>',
  '`code`',
  '**bold**',
  '<script>alert(1)</script>',
  'x'.repeat(5000),
];

/** True when `markdown` contains no active markdown link or HTML built from `hostile`. */
function inert(markdown: string): boolean {
  return (
    !/\]\((?!https:\/\/(?:undocs\.org|documents\.un\.org|digitallibrary\.un\.org)\/)/.test(markdown) &&
    !/(^|[^\\])</.test(markdown) &&
    !/(^|[^\\])`/.test(markdown.replace(/`[A-Za-z0-9.-]+`/g, ''))
  );
}

describe('hover', () => {
  it('escapes every markdown and HTML character and cuts long text', () => {
    for (const text of HOSTILE) assert.ok(inert(escapeMarkdown(text)), escapeMarkdown(text));
    assert.ok(escapeMarkdown('x'.repeat(5000)).length < 700);
    assert.equal(escapeMarkdown('a\u0000b\u202Ec'), 'abc');
  });

  it('links only to https addresses of UN hosts', () => {
    assert.equal(
      unLink('undocs', 'https://undocs.org/en/S/RES/1373(2001)'),
      '[undocs](https://undocs.org/en/S/RES/1373%282001%29)',
    );
    assert.equal(unLink('evil', 'https://example.com/'), 'evil');
    assert.equal(unLink('plain', 'http://undocs.org/en/A/RES/1'), 'plain');
    assert.equal(unLink('cmd', 'command:workbench.action.quit'), 'cmd');
  });

  it('shows the cited resolution with its session, date, title, sources and links', () => {
    const model = parse('The General Assembly,\n\nRecalling its resolution 55/25 of 15 November 2000,\n');
    const hover = hoverAt(
      model,
      model.text.indexOf('55/25') + 1,
      extractCitations(model),
      new Catalog([bundledProvider()]),
    )!;
    assert.equal(model.text.slice(hover.start, hover.end), 'resolution 55/25');
    assert.match(hover.markdown, /\*\*A\/RES\/55\/25\*\* — General Assembly resolution/);
    assert.match(hover.markdown, /Fifty\\-fifth session, 2000–2001/);
    assert.match(hover.markdown, /Adopted 15 November 2000 — \*bundled catalogue\*/);
    assert.match(hover.markdown, /United Nations Convention against Transnational Organized Crime/);
    assert.match(hover.markdown, /\(https:\/\/undocs\.org\/en\/A\/RES\/55\/25\)/);
  });

  it('explains a document symbol once: the summary, and the parts only where they say more', () => {
    const hover = (text: string, symbol: string): string => {
      const model = parse(text);
      return hoverAt(model, text.indexOf(symbol) + 3, extractCitations(model))?.markdown ?? '';
    };
    const plain = hover(
      'The General Assembly,\n\nTaking note of the report of the Third Committee (A/59/494),\n\n1. Decides.\n',
      'A/59/494',
    );
    assert.match(plain, /General Assembly · 59th session · document 494/);
    assert.doesNotMatch(plain, /`59`/, 'no second line that repeats the summary part by part');
    const commission = hover(
      'The General Assembly,\n\nTaking note of the report of the Commission (E/CN.15/2004/5),\n\n1. Decides.\n',
      'E/CN.15/2004/5',
    );
    assert.match(commission, /^- `E` — Economic and Social Council$/m);
    assert.doesNotMatch(commission, /`2004` — 2004/);
  });

  it("gives a Council resolution's record: date, agenda item and description, each with its source", () => {
    const model = parse('The Security Council,\n\nRecalling its resolution 2423 (2018),\n');
    const hover = hoverAt(
      model,
      model.text.indexOf('2423') + 1,
      extractCitations(model),
      new Catalog(bundledProviders()),
    )!;
    assert.match(hover.markdown, /\*\*S\/RES\/2423\\\(2018\\\)\*\* — Security Council resolution/);
    assert.match(
      hover.markdown,
      /Adopted 28 June 2018 — \*United Nations records\\: UN documentation metadata \\\(DGACM\\\)\*/,
    );
    assert.match(hover.markdown, /Agenda item: \*The situation in Mali\*/);
    assert.match(
      hover.markdown,
      /On extension of the mandate of the UN Multidimensional Integrated Stabilization Mission in Mali/,
    );
  });

  it('says a date adopted texts cite is as cited, never the record', () => {
    const model = parse('The General Assembly,\n\nRecalling its resolution 51/242,\n');
    const hover = hoverAt(
      model,
      model.text.indexOf('51/242') + 1,
      extractCitations(model),
      new Catalog(bundledProviders()),
    )!;
    assert.match(hover.markdown, /Date 15 September 1997 — \*as cited in \d+ adopted resolutions\*/);
    assert.match(hover.markdown, /\*Supplement to an Agenda for Peace\* — \*as quoted in adopted resolutions\*/);
    assert.doesNotMatch(hover.markdown, /Adopted 15 September/);
  });

  it('shows both dates when adopted texts dispute a record', () => {
    const model = parse('The Security Council,\n\nRecalling its resolution 1265 (1999),\n');
    const hover = hoverAt(
      model,
      model.text.indexOf('1265') + 1,
      extractCitations(model),
      new Catalog(bundledProviders()),
    )!;
    assert.match(hover.markdown, /Adopted 21 September 1999 — \*United Nations records/);
    assert.match(hover.markdown, /Adopted texts cite 17 September 1999 instead \(5 of them\)/);
  });

  it('answers for each symbol of a list, and for a cited part', () => {
    const model = parse('The General Assembly,\n\nRecalling its resolutions 70/1, 74/92 A and 78/1,\n');
    const catalog = new Catalog(bundledProviders());
    const citations = extractCitations(model);
    const at = (text: string) => hoverAt(model, model.text.indexOf(text) + 1, citations, catalog)!.markdown;
    assert.match(at('70/1'), /\*\*A\/RES\/70\/1\*\*[\s\S]*Adopted 25 September 2015/);
    assert.match(
      at('74/92'),
      /\*\*A\/RES\/74\/92 A\*\*[\s\S]*Adopted 13 December 2019[\s\S]*Information in the service of humanity/,
    );
    assert.match(at('78/1'), /\*\*A\/RES\/78\/1\*\*[\s\S]*Adopted \d+ [A-Z][a-z]+ 2023 — \*United Nations records/);
  });

  it('keeps hostile catalogue titles inert', () => {
    const model = parse('The General Assembly,\n\nRecalling its resolution 99/1,\n');
    for (const title of HOSTILE) {
      const catalog = new Catalog([
        new MapProvider('user', [
          { symbol: 'A/RES/99/1', title, date: '2044-12-15', source: '<b>file</b> [s](command:x)' },
        ]),
      ]);
      const hover = hoverAt(model, model.text.indexOf('99/1'), extractCitations(model), catalog)!;
      assert.ok(inert(hover.markdown), hover.markdown);
    }
  });

  it('formats ISO dates the UN way and handles offsets anywhere', () => {
    assert.equal(formatIsoDate('2004-12-20'), '20 December 2004');
    const model = parse('The General Assembly,\n');
    for (const offset of [-1, 0, 1e9, Number.NaN]) assert.equal(hoverAt(model, offset, []), undefined);
  });
});
