// Completion by context: fixtures with a `$0` cursor marker; the expected labels are checked in
// order at the top of the list (sorted by sortText, as the editor shows them).
import * as assert from 'node:assert/strict';
import { BUNDLED_CATALOG } from '../../server/src/core/data/catalog';
import {
  complete,
  shortCitation,
  type CompletionItem,
  type CompletionResult,
} from '../../server/src/core/features/completion';
import { parse } from '../../server/src/core/parser/parse';

const catalog = { entries: () => BUNDLED_CATALOG.map((entry) => ({ ...entry, source: 'bundled' })) };

const sorted = (result: CompletionResult): CompletionItem[] =>
  [...result.items].sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));

interface Expected {
  /** The first labels, in this order. */
  first?: string[];
  /** Labels that must be offered (anywhere). */
  includes?: string[];
  /** Labels that must not be offered. */
  excludes?: string[];
  /** The insert text of the first item. */
  insert?: string;
  /** The text the result replaces (from replaceStart to replaceEnd). */
  replaces?: string;
  kind?: CompletionItem['kind'];
}

function check(fixture: string, expected: Expected): CompletionItem[] {
  const offset = fixture.indexOf('$0');
  assert.ok(offset >= 0, 'fixture has a $0 cursor');
  const text = fixture.slice(0, offset) + fixture.slice(offset + 2);
  const result = complete(parse(text), offset, catalog);
  const items = sorted(result);
  const labels = items.map((item) => item.label);
  assert.ok(result.replaceStart <= offset && offset <= result.replaceEnd, 'the range covers the cursor');
  if (expected.first)
    assert.deepEqual(
      labels.slice(0, expected.first.length),
      expected.first,
      `first labels: ${JSON.stringify(labels.slice(0, 10))}`,
    );
  for (const label of expected.includes ?? [])
    assert.ok(labels.includes(label), `offers ${label}: ${JSON.stringify(labels.slice(0, 15))}`);
  for (const label of expected.excludes ?? []) assert.ok(!labels.includes(label), `does not offer ${label}`);
  if (expected.insert !== undefined) assert.equal(items[0]?.insertText, expected.insert);
  if (expected.replaces !== undefined)
    assert.equal(text.slice(result.replaceStart, result.replaceEnd), expected.replaces);
  if (expected.kind) assert.equal(items[0]?.kind, expected.kind);
  for (const item of items) {
    assert.ok(item.sortText.length > 0);
    assert.equal(new Set(items.map((other) => other.label)).size, items.length, 'no duplicate labels');
  }
  return items;
}

const GA_HEAD =
  'United Nations\nA/RES/59/157\nGeneral Assembly\n\n59/157.\tInternational cooperation in the fight against transnational organized crime\n\nThe General Assembly,\n\n';
const GA = (body: string): string => `${GA_HEAD}${body}`;
const SC = (body: string): string => `Resolution 1373 (2001)\n\nThe Security Council,\n\n${body}`;
const PREAMBLE = 'Recalling its resolution 55/25 of 15 November 2000,\n\n';
const OPERATIVE = (count: number, verb = 'Urges'): string =>
  Array.from(
    { length: count },
    (_, index) => `${index + 1}.\t${index === 0 ? 'Takes note of the report' : verb} ${index};`,
  ).join('\n\n') + '\n\n';

describe('completion', () => {
  describe('the top of a draft', () => {
    const ORGAN_LINES = [
      'The General Assembly,',
      'The Security Council,',
      'The Human Rights Council,',
      'The Economic and Social Council,',
    ];
    const SKELETONS = [
      'General Assembly resolution (whole text)',
      'Security Council resolution (whole text)',
      'Human Rights Council resolution (whole text)',
      'Economic and Social Council resolution (whole text)',
    ];

    it('offers the organ lines, then the skeletons, on an empty document; the first preselected', () => {
      const items = check('$0', { first: ORGAN_LINES, includes: SKELETONS, kind: 'organ-line' });
      assert.equal(items[0]!.preselect, true);
      assert.equal(items.filter((item) => item.preselect).length, 1, 'one item preselected');
      assert.equal(items[0]!.insertText, 'The General Assembly,\n\n$0');
      const skeleton = items.find((item) => item.label === SKELETONS[0])!;
      assert.equal(skeleton.kind, 'skeleton');
      assert.match(skeleton.insertText, /\tThe General Assembly,\n/);
      assert.ok(items.every((item) => item.kind === 'organ-line' || item.kind === 'skeleton'));
      check('\n\n$0\n', { first: ORGAN_LINES });
    });

    it('offers the organ lines at "The", never a preambular phrase', () => {
      const items = check('The$0', { first: ORGAN_LINES, replaces: 'The' });
      assert.ok(
        !items.some((item) => /threat|Determining/.test(item.label)),
        JSON.stringify(items.map((i) => i.label)),
      );
      assert.ok(items.every((item) => (item.filterText ?? item.label).startsWith('The ')));
      check('\tThe Sec$0', { first: ORGAN_LINES, replaces: 'The Sec' });
    });

    it('offers the organ of the heading first, and no skeleton below a heading already written', () => {
      check('Resolution 1373 (2001)\n\n$0', { first: ['The Security Council,'], excludes: SKELETONS });
      check('59/157.\tTitle\n\n$0', { includes: ORGAN_LINES, excludes: SKELETONS });
    });

    it('offers the organ line without a blank line after it when the text goes on', () => {
      const items = check('$0\nRecalling its resolution 55/25,\n', { first: ORGAN_LINES, excludes: SKELETONS });
      assert.equal(items[0]!.insertText, 'The General Assembly,$0');
    });

    it('offers nothing above an organ line already written', () => {
      const text = 'United Nations\n\nThe General Assembly,\n\nRecalling its resolution 55/25,\n';
      assert.deepEqual(complete(parse(text), text.indexOf('\n') + 1, catalog).items, []);
    });
  });

  describe('preamble', () => {
    it('offers Recalling first on the first preambular paragraph, as a snippet ending with a comma', () => {
      const items = check(GA('$0'), { first: ['Recalling'], insert: 'Recalling ${1},$0', kind: 'opener' });
      assert.equal(items[0]!.isSnippet, true);
      assert.match(items[0]!.documentation ?? '', /Most frequent preambular opener in adopted General Assembly texts/);
      assert.match(
        items.find((item) => item.label === 'Noting')?.documentation ?? '',
        /3rd most frequent preambular opener/,
      );
    });

    it('offers Recalling also first after Recalling, then Recalling further', () => {
      check(GA(`${PREAMBLE}$0`), { first: ['Recalling also', 'Recalling further'] });
    });

    it('offers Recalling further first after Recalling also', () => {
      check(GA(`${PREAMBLE}Recalling also its resolution 55/255 of 31 May 2001,\n\n$0`), {
        first: ['Recalling further'],
      });
    });

    it('offers the adverb form of the most recently used opener first', () => {
      check(GA(`${PREAMBLE}Reaffirming its deep concern at the impact of crime,\n\n$0`), {
        first: ['Reaffirming also', 'Reaffirming further', 'Recalling also'],
      });
    });

    it('puts the adverb in the middle of a phrase with a complement', () => {
      check(GA(`${PREAMBLE}Noting with concern the increase in crime,\n\n$0`), { first: ['Noting also with concern'] });
    });

    it('follows the Security Council profile: Further recalling first', () => {
      check(SC(`${PREAMBLE}$0`), { first: ['Further recalling', 'Recalling also'] });
    });

    it('replaces a half-typed opener from the start of the paragraph', () => {
      check(GA(`${PREAMBLE}Recalling al$0`), { first: ['Recalling also'], replaces: 'Recalling al' });
      check(GA(`${PREAMBLE}\tRec$0`), { replaces: 'Rec' });
    });

    it('offers no -ise spelling and no Model UN phrase', () => {
      check(GA('$0'), { excludes: ['Recognising', 'Emphasising', 'Fully alarmed', 'Noting with zest'] });
    });

    it('offers preambular openers only, and after some preamble the number that starts the operative part', () => {
      const items = check(GA(`${PREAMBLE}$0`), { excludes: ['Takes note', 'Decides', 'Requests'] });
      assert.ok(
        items.every((item) => item.kind === 'opener' || item.kind === 'continuation' || item.kind === 'number'),
        JSON.stringify([...new Set(items.map((item) => item.kind))]),
      );
      const start = items.find((item) => item.kind === 'number');
      assert.equal(start?.label, '1.');
      assert.equal(start?.insertText, '1.\t');
      assert.equal(start?.retrigger, true, 'the verbs are asked for once the number is in');
      assert.equal(items[items.length - 1], start, 'after every opener');
      // On the first preambular paragraph the operative part cannot start yet.
      check(GA('$0'), { excludes: ['1.', 'Takes note'] });
    });

    it('offers the verbs in the preamble once a number is typed', () => {
      const items = check(GA(`${PREAMBLE}1$0`), { includes: ['Takes note'], replaces: '1', kind: 'verb' });
      assert.equal(items.find((item) => item.label === 'Takes note')?.insertText, '1.\tTakes note ${1};$0');
      check(GA(`${PREAMBLE}1.\t$0`), { includes: ['Takes note'], kind: 'verb' });
    });

    it('offers the usual continuations after the bare openers, each once', () => {
      const items = check(GA(`${PREAMBLE}$0`), {
        includes: ['Recalling its resolution … of …,', 'Recalling also its resolution … of …,'],
        excludes: ['Acting under Chapter VII of the Charter of the United Nations,'],
      });
      const continuation = items.find((item) => item.label === 'Recalling its resolution … of …,')!;
      assert.equal(continuation.insertText, 'Recalling its resolution ${1:…} of ${2:…},$0');
      assert.equal(continuation.kind, 'continuation');
      const lastOpener = items.map((item) => item.kind).lastIndexOf('opener');
      assert.ok(items.indexOf(continuation) > lastOpener, 'continuations follow every bare opener');
      // The Security Council's own: Chapter VII, the threat to peace.
      check(SC(`${PREAMBLE}$0`), {
        includes: [
          'Acting under Chapter VII of the Charter of the United Nations,',
          'Determining that the situation in … constitutes a threat to international peace and security in the region,',
        ],
      });
    });
  });

  describe('operative part', () => {
    it('numbers the next paragraph: 8. after 7', () => {
      const items = check(GA(`${PREAMBLE}${OPERATIVE(7)}$0`), { kind: 'verb' });
      for (const item of items.filter((entry) => entry.kind === 'verb' || entry.kind === 'closing'))
        assert.ok(item.insertText.startsWith('8.\t'), item.insertText);
      assert.equal(items.find((item) => item.label === 'Decides')?.insertText, '8.\tDecides ${1};$0');
    });

    it('numbers from the last paragraph before the cursor, not the last of the text', () => {
      const text = GA(
        `${PREAMBLE}1.\tWelcomes the report;\n\n2.\tUrges States;\n\n$0\n\n3.\tRequests the Secretary-General to report.\n`,
      );
      const items = check(text, {});
      assert.ok(items.find((item) => item.label === 'Decides')?.insertText.startsWith('3.\t'));
    });

    it('restarts numbering in a new part', () => {
      const text = GA(
        `A\n\n${PREAMBLE}1.\tWelcomes;\n\n2.\tUrges;\n\nB\n\nThe General Assembly,\n\n${PREAMBLE}1.\tDecides;\n\n$0`,
      );
      check(text, { first: ['Also decides'], insert: '2.\tAlso decides ${1};$0' });
    });

    it('offers Also then Further for a verb already used (General Assembly)', () => {
      check(GA(`${PREAMBLE}1.\tRequests the Secretary-General to act;\n\n$0`), {
        first: ['Also requests', 'Further requests'],
      });
      check(
        GA(
          `${PREAMBLE}1.\tRequests the Secretary-General to act;\n\n2.\tAlso requests the Secretary-General to report;\n\n$0`,
        ),
        { first: ['Further requests'] },
      );
    });

    it('follows the Security Council profile: Further requests, Decides further', () => {
      check(SC(`${PREAMBLE}1.\tRequests the Committee to act;\n\n$0`), {
        first: ['Further requests', 'Also requests'],
      });
      check(SC(`${PREAMBLE}1.\tDecides that all States shall act;\n\n$0`), { first: ['Decides further'] });
    });

    it('offers only verbs after a number already typed', () => {
      check(GA(`${PREAMBLE}1.\tDecides;\n\n2.\t$0`), {
        first: ['Also decides'],
        insert: 'Also decides ${1};$0',
        replaces: '',
      });
    });

    it('replaces a half-typed number', () => {
      check(GA(`${PREAMBLE}1.\tDecides;\n\n2$0`), { insert: '2.\tAlso decides ${1};$0', replaces: '2' });
    });

    it('offers the usual closing paragraph with the next session in words: sixtieth for a 59th-session text', () => {
      const items = check(GA(`${PREAMBLE}${OPERATIVE(7)}$0`), {});
      const closing = items.filter((item) => item.kind === 'closing');
      assert.ok(closing.length >= 2);
      assert.equal(
        closing[0]!.insertText,
        '8.\tDecides to include in the provisional agenda of its sixtieth session the item entitled “${1}”;$0',
      );
      assert.ok(closing.some((item) => item.label.includes('at its sixtieth session a report')));
      // Late in the operative part the closing paragraphs are among the first items.
      assert.ok(items.indexOf(closing[0]!) < 10, `closing at ${items.indexOf(closing[0]!)}`);
    });

    it('reads the session from the title number when there is no masthead', () => {
      const items = check(`74/157.\tTitle\n\nThe General Assembly,\n\n${PREAMBLE}${OPERATIVE(6)}$0`, {});
      assert.ok(items.some((item) => item.kind === 'closing' && item.label.includes('seventy-fifth session')));
    });

    it('leaves a tab stop for the session when it is unknown', () => {
      const items = check(`The General Assembly,\n\n${PREAMBLE}${OPERATIVE(6)}$0`, {});
      assert.ok(items.some((item) => item.kind === 'closing' && item.insertText.includes('of its ${2:…} session')));
    });

    it('offers the Security Council closing: remain (actively) seized of the matter', () => {
      const items = check(SC(`${PREAMBLE}${OPERATIVE(6)}$0`), {});
      const closing = items.filter((item) => item.kind === 'closing').map((item) => item.label);
      assert.deepEqual(closing, [
        'Decides to remain seized of the matter.',
        'Decides to remain actively seized of the matter.',
      ]);
      assert.ok(!items.some((item) => item.label.includes('provisional agenda')));
    });

    it('puts opening verbs first at the start of the operative part', () => {
      const items = check(GA(`${PREAMBLE}1.\t$0`), {});
      assert.ok(items.slice(0, 5).some((item) => item.label === 'Takes note'));
    });
  });

  describe('the end of the text', () => {
    it('offers the closing lines first after the paragraph that ends with a period', () => {
      const items = check(GA(`${PREAMBLE}1.\tDecides to act;\n\n2.\tRequests a report.\n\n$0`), {
        first: ['…th plenary meeting'],
        kind: 'closing',
      });
      assert.equal(items[0]!.insertText, '${1:…}th plenary meeting\n${2:…}$0');
      assert.ok(
        items.some((item) => item.kind === 'verb'),
        'the operative part may still go on',
      );
      check(
        `1/1.\tTitle\n\nThe Human Rights Council,\n\n${PREAMBLE}1.\tDecides to remain seized of the matter.\n\n$0`,
        {
          first: ['…th meeting'],
        },
      );
      // The Security Council's texts end with the last paragraph.
      check(SC(`${PREAMBLE}1.\tDecides to remain seized of the matter.\n\n$0`), {
        excludes: ['…th plenary meeting', '…th meeting'],
      });
    });

    it('offers no closing lines after a semicolon, or before a paragraph that follows', () => {
      check(GA(`${PREAMBLE}1.\tDecides to act;\n\n$0`), { excludes: ['…th plenary meeting'] });
      check(GA(`${PREAMBLE}1.\tDecides to act.\n\n$0\n\n2.\tRequests.\n`), { excludes: ['…th plenary meeting'] });
    });
  });

  describe('sub-paragraph labels', () => {
    const LIST = GA(`${PREAMBLE}1.\tDecides:\n\n(a)\tTo establish a committee;\n\n(b)\tTo request a report;\n\n`);

    it('offers (c) after (b), before the next paragraph number', () => {
      const items = check(`${LIST}$0`, { first: ['(c)'], insert: '(c)\t', kind: 'label' });
      assert.ok(items.some((item) => item.kind === 'verb' && item.insertText.startsWith('2.\t')));
    });

    it('offers (a) after a lead-in ending with a colon', () => {
      check(GA(`${PREAMBLE}1.\tDecides:\n\n$0`), { first: ['(a)'] });
    });

    it('offers (ii) after (i), then the outer (b)', () => {
      check(GA(`${PREAMBLE}1.\tDecides:\n\n(a)\tTo act as follows:\n\n(i)\tFirst;\n\n$0`), { first: ['(ii)', '(b)'] });
    });

    it('offers (i) nested first after an item ending with a colon', () => {
      check(GA(`${PREAMBLE}1.\tDecides:\n\n(a)\tTo act as follows:\n\n$0`), { first: ['(i)', '(b)'] });
    });

    it('offers (i) as the letter after (h)', () => {
      const letters = 'abcdefgh'
        .split('')
        .map((letter) => `(${letter})\tItem;`)
        .join('\n');
      const items = check(GA(`${PREAMBLE}1.\tDecides:\n${letters}\n$0`), { first: ['(i)'] });
      assert.match(items[0]!.detail ?? '', /after \(h\)/);
    });

    it('completes a half-typed label', () => {
      check(`${LIST}($0`, { first: ['(c)'], replaces: '(' });
    });
  });

  describe('citations', () => {
    it('offers catalogue resolutions after "resolution 55/", with date and organ in the detail', () => {
      const items = check(GA(`Recalling its resolution 55/$0`), {
        includes: ['55/25'],
        replaces: '55/',
        kind: 'citation',
      });
      const item = items.find((entry) => entry.label === '55/25')!;
      assert.equal(item.detail, '15 November 2000 · General Assembly');
      assert.match(item.documentation ?? '', /United Nations Convention against Transnational Organized Crime/);
      assert.match(item.documentation ?? '', /bundled/);
      assert.ok(items.every((entry) => entry.label.startsWith('55/')));
    });

    it('inserts the citation with its date as GA style writes it, unless a date follows', () => {
      const items = check(GA(`Recalling its resolution 55/2$0`), { includes: ['55/25'] });
      assert.equal(items.find((entry) => entry.label === '55/25')?.insertText, '55/25 of 15 November 2000');
      const dated = check(GA(`Recalling its resolution 55/2$0 of 15 November 2000,`), { includes: ['55/25'] });
      assert.equal(dated.find((entry) => entry.label === '55/25')?.insertText, '55/25');
    });

    it('writes the short forms: 1373 (2001), 217 A (III)', () => {
      assert.equal(shortCitation('S/RES/1373(2001)'), '1373 (2001)');
      assert.equal(shortCitation('A/RES/217(III)', 'A'), '217 A (III)');
      assert.equal(shortCitation('A/RES/ES-10/15'), 'ES-10/15');
      assert.equal(shortCitation('A/DEC/74/571'), '74/571');
      check(GA('Recalling its resolution 217$0'), { first: ['217 A (III)'] });
    });

    it('prefers the organ of the text, and the organ named before "resolution"', () => {
      check(SC('Recalling its resolution $0'), { first: ['1325 (2000)'] });
      const items = check(GA('Recalling Security Council resolution $0'), {});
      assert.ok(items.every((item) => item.detail?.endsWith('Security Council')));
    });

    it('offers decisions after "decision"', () => {
      const items = check(GA('Recalling its decision $0'), { kind: 'citation' });
      assert.ok(items.length > 0 && items.every((item) => /^\d+\/\d+$/.test(item.label)));
    });

    it('continues a list of resolutions', () => {
      check(GA('Recalling its resolutions 55/25 and 55/2$0'), { includes: ['55/255'], replaces: '55/2' });
    });

    it('offers nothing without a catalogue', () => {
      const text = GA('Recalling its resolution ');
      assert.deepEqual(complete(parse(text), text.length).items, []);
    });
  });

  describe('names', () => {
    it('offers Türkiye for Turk, keeping the variant in the filter text', () => {
      const items = check(GA(`${PREAMBLE}1.\tWelcomes the offer of the Government of Turk$0`), {
        first: ['Türkiye'],
        replaces: 'Turk',
        kind: 'state',
      });
      assert.match(items[0]!.filterText ?? '', /Turkey/);
      assert.match(items[0]!.filterText ?? '', /Türkiye/);
    });

    it('offers Viet Nam for Vietn', () => {
      const items = check(GA(`${PREAMBLE}1.\tWelcomes the offer of Vietn$0`), { first: ['Viet Nam'] });
      assert.match(items[0]!.filterText ?? '', /Vietnam/);
    });

    it('completes names of several words', () => {
      check(GA(`${PREAMBLE}Welcoming the offer of the United K$0`), {
        first: ['United Kingdom of Great Britain and Northern Ireland'],
        replaces: 'United K',
      });
    });

    it('offers UN bodies, also by their abbreviation', () => {
      check(GA(`${PREAMBLE}1.\tInvites the Peacebuilding Com$0`), {
        includes: ['Peacebuilding Commission'],
        kind: 'body',
      });
      check(GA(`${PREAMBLE}1.\tInvites ECOS$0`), { first: ['Economic and Social Council'] });
    });

    it('offers nothing for a lower-case word inside a paragraph', () => {
      const text = GA(`${PREAMBLE}1.\tWelcomes the offer of tur`);
      assert.deepEqual(complete(parse(text), text.length, catalog).items, []);
    });
  });

  describe('robustness', () => {
    it('never throws, at any offset', () => {
      const texts = [
        '',
        '\n',
        GA(`${PREAMBLE}${OPERATIVE(3)}`),
        SC('(b)'),
        '1.\t',
        '(',
        'resolution ',
        'The General Assembly,\n\nTurk',
      ];
      for (const text of texts) {
        const model = parse(text);
        for (const offset of [
          -5,
          0,
          1,
          Math.floor(text.length / 2),
          text.length,
          text.length + 10,
          Number.NaN,
          Infinity,
        ]) {
          const result = complete(model, offset, catalog);
          assert.ok(Array.isArray(result.items));
          assert.equal(result.error, undefined, 'completion caught no exception');
          assert.ok(
            result.replaceStart >= 0 && result.replaceEnd <= text.length && result.replaceStart <= result.replaceEnd,
          );
        }
      }
      // A failing catalogue source costs the citations only, and its error comes back for the host to log.
      const broken = {
        entries: (): never => {
          throw new Error('unreadable');
        },
      };
      const result = complete(parse('Recalling its resolution '), 25, broken);
      assert.ok(Array.isArray(result.items));
      assert.match(String(result.error), /unreadable/);
    });
  });
});
