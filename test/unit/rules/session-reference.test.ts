// session-reference on fixtures: expected findings are marked inline with `⟦…⟧`.
import * as assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parser/parse';
import { ownSession, sessionReference } from '../../../server/src/core/rules/session-reference';
import { checkRule, marked } from '../../support/fixtures';

const GA = (body: string, number = '59/157'): string =>
  `${number}. International cooperation\n\nThe General Assembly,\n\nRecalling its resolution 55/25,\n\n${body}\n`;
const MASTHEAD = (session: string, symbol = 'A/RES/59/157'): string =>
  `United Nations\n${symbol}\nGeneral Assembly\nDistr.: General\n3 February 2005\n${session}\nAgenda item 96\n\nResolution adopted by the General Assembly on 20 December 2004\n\n59/157. International cooperation\n\nThe General Assembly,\n\nRecalling its resolution 55/25,\n\n1. Decides to remain seized of the matter.\n`;
const severities = (fixture: string): string[] =>
  sessionReference
    .check(parse(marked(fixture).text))
    .map((finding) => finding.severity ?? sessionReference.meta.defaultSeverity);

describe('session-reference', () => {
  it('reads the resolution’s own session from the symbol or the title', () => {
    assert.deepEqual(ownSession(parse(MASTHEAD('Fifty-ninth session'))), {
      kind: 'regular',
      value: 59,
      source: 'A/RES/59/157',
    });
    assert.equal(ownSession(parse(GA('1. Decides.', '60/12')))?.value, 60);
    assert.equal(ownSession(parse(GA('1. Decides.', 'ES-10/24')))?.kind, 'emergency special');
  });

  it('accepts sessions in words and the next, biennial and triennial sessions', () => {
    checkRule(
      sessionReference,
      GA(
        '1. Requests the Secretary-General to report at its sixtieth session;\n\n2. Decides to include in the provisional agenda of its sixtieth session the item entitled “Crime prevention”.',
      ),
    );
    checkRule(
      sessionReference,
      GA(
        '1. Decides to include in the provisional agenda of its sixty-first session the item;\n\n2. Also decides to include in the provisional agenda of its sixty\u2011second session the item.',
      ),
    );
    checkRule(sessionReference, MASTHEAD('Fifty-ninth session'));
  });

  it('accepts quadrennial and five-yearly items (four and five sessions later)', () => {
    checkRule(
      sessionReference,
      GA(
        '1. Decides to include in the provisional agenda of its sixty-third session the item entitled “Review of the Decade”, to assess progress at mid-point.',
      ),
    );
    checkRule(
      sessionReference,
      GA(
        '1. Decides to include in the provisional agenda of its sixty-fourth session, under the item entitled “Sustainable development”, a sub-item entitled “United Nations Decade of Sustainable Transport”.',
      ),
    );
  });

  it('does not check the preamble or a recalled decision', () => {
    checkRule(
      sessionReference,
      GA(
        'Recalling its decision to include in the provisional agenda of its fifty-fifth session the item,\n\n1. Recalls its decision to include in the provisional agenda of its fifty-eighth session the item;\n\n2. Decides.',
      ),
    );
  });

  it('fixes a session in figures', () => {
    const fixed = checkRule(
      sessionReference,
      GA('1. Requests the Secretary-General to report at its ⟦60th⟧ session and to the ⟦61st⟧ Session.'),
      ['Write the session in words: "sixtieth", not "60th".', 'Write the session in words: "Sixty-first", not "61st".'],
    );
    assert.match(fixed, /at its sixtieth session and to the Sixty-first Session\./);
    checkRule(
      sessionReference,
      GA('1. Notes the 344th session of the Governing Body of the International Labour Organization.'),
    );
  });

  it('reports an agenda of the same or an earlier session (error) and a distant one (warning)', () => {
    const same = GA('1. Decides to include in the provisional agenda of its ⟦fifty-ninth session⟧ the item.');
    checkRule(sessionReference, same, [
      'The provisional agenda named is that of the fifty-ninth session, the resolution’s own (fifty-ninth session); name a later session.',
    ]);
    assert.deepEqual(severities(same), ['error']);
    checkRule(
      sessionReference,
      GA(
        '1. Decides:\n\n(a) To include in the provisional agenda of its ⟦fifty-eighth session⟧ the item;\n\n(b) To remain seized.',
      ),
      [
        'The provisional agenda named is that of the fifty-eighth session, an earlier one than the resolution’s own (fifty-ninth session); name a later session.',
      ],
    );
    const far = GA('1. Decides to include in the provisional agenda of its ⟦sixty-fifth session⟧ the item.');
    checkRule(sessionReference, far, [
      'The sixty-fifth session is 6 sessions after the resolution’s own (fifty-ninth session); items are included for the next session, or up to five later for biennial, triennial, quadrennial and five-yearly items.',
    ]);
    assert.deepEqual(severities(far), ['warning']);
  });

  it('reports a masthead session that does not match the symbol (error) and one in figures (warning, fixed)', () => {
    const wrong = MASTHEAD('⟦Fifty-eighth session⟧');
    checkRule(sessionReference, wrong, [
      'The masthead names the fifty-eighth session but the symbol A/RES/59/157 is of the fifty-ninth session.',
    ]);
    assert.deepEqual(severities(wrong), ['error']);
    const fixed = checkRule(sessionReference, MASTHEAD('⟦59th⟧ session'), [
      'Write the session in words: "Fifty-ninth session", not "59th session".',
    ]);
    assert.match(fixed, /\nFifty-ninth session\n/);
    checkRule(sessionReference, MASTHEAD('Tenth emergency special session', 'A/RES/ES-10/24'));
  });

  it('survives garbage, empty and large inputs', () => {
    for (const text of ['', '59/157.', 'A/RES/999999/1\nsession', 'provisional agenda of its session'])
      sessionReference.check(parse(text));
    const big = GA(
      Array.from(
        { length: 5000 },
        (_, index) =>
          `${index + 1}. Decides to include in the provisional agenda of its sixtieth session the item and to report at its 60th session;`,
      ).join('\n\n'),
    );
    // A runaway (quadratic) scan meets mocha's time-out; speed itself is judged by `npm run bench`.
    assert.equal(sessionReference.check(parse(big)).length, 5000);
  });
});
