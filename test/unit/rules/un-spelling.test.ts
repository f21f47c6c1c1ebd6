// un-spelling on fixtures: `⟦…⟧` marks each reported word; fixes are applied and re-checked.
import * as assert from 'node:assert/strict';
import {
  BRITISH_FORMS,
  forEachWrongForm,
  ISE_ROOTS,
  IZE_ENDINGS,
  IZE_PREFIXES,
  IZE_STEMS,
  spellingOf,
  type Spelling,
  YSE_ENDINGS,
  YSE_STEMS,
} from '../../../server/src/core/data/spellings';
import { unSpelling } from '../../../server/src/core/rules/un-spelling';
import { corpusOrSkip, corpusTexts } from '../../support/corpus';
import { checkRule } from '../../support/fixtures';

/**
 * Every wrong form and its UN form, spelt out combinatorially from the lists (what the rule once
 * held in memory): the reference `spellingOf`, which reads a word by its ending, must agree with.
 */
function spelledOut(): Map<string, Spelling> {
  const map = new Map<string, Spelling>();
  const rootIse = new Set(ISE_ROOTS);
  for (const stem of IZE_STEMS) {
    for (const prefix of ['', ...IZE_PREFIXES]) {
      for (const [wrong, right] of IZE_ENDINGS) {
        const word = prefix + stem + wrong;
        if (rootIse.has(prefix + stem + 'ise')) continue;
        if (!map.has(word)) map.set(word, { right: prefix + stem + right, kind: 'ize' });
      }
    }
  }
  for (const root of ISE_ROOTS) {
    const base = root.slice(0, -3);
    for (const [right, wrong] of IZE_ENDINGS.slice(0, 4))
      map.set(base + wrong, { right: base + right, kind: 'ise-root' });
  }
  for (const stem of YSE_STEMS)
    for (const [wrong, right] of YSE_ENDINGS) map.set(stem + wrong, { right: stem + right, kind: 'yse' });
  for (const [wrong, right] of Object.entries(BRITISH_FORMS))
    if (wrong !== right) map.set(wrong, { right, kind: 'british' });
  return map;
}

const GA = (body: string): string => `The General Assembly,\n\nRecalling its resolution 55/25,\n\n${body}`;
const SC = (body: string): string =>
  `Resolution 2000 (2011)\n\nThe Security Council,\n\nRecalling its resolution 1373 (2001),\n\n${body}`;

describe('un-spelling', () => {
  it('reports -ise for -ize with every inflection and fixes it', () => {
    const fixed = checkRule(
      unSpelling,
      GA(
        '1. Requests the ⟦organisation⟧ to ⟦prioritise⟧ the ⟦realisation⟧ of rights ⟦recognised⟧ by States;\n\n2. ⟦Emphasises⟧ the role of ⟦organisers⟧ in ⟦mobilising⟧ support for ⟦decentralised⟧ ⟦organisational⟧ reform.\n',
      ),
      [
        'UN spelling is "organization" (-ize), not "organisation".',
        'UN spelling is "prioritize" (-ize), not "prioritise".',
        'UN spelling is "realization" (-ize), not "realisation".',
        'UN spelling is "recognized" (-ize), not "recognised".',
        'UN spelling is "Emphasizes" (-ize), not "Emphasises".',
        'UN spelling is "organizers" (-ize), not "organisers".',
        'UN spelling is "mobilizing" (-ize), not "mobilising".',
        'UN spelling is "decentralized" (-ize), not "decentralised".',
        'UN spelling is "organizational" (-ize), not "organisational".',
      ],
    );
    assert.match(
      fixed,
      /1\. Requests the organization to prioritize the realization of rights recognized by States;\n\n2\. Emphasizes the role of organizers in mobilizing support for decentralized organizational reform\./,
    );
  });

  it('leaves root -ise words alone and reports them written with -ize', () => {
    checkRule(
      unSpelling,
      GA(
        '1. Decides to revise, supervise and advise, exercising expertise in enterprises and premises, otherwise to compromise, comprising a surprise, to raise concise and precise promises;\n\n2. Also decides to ⟦advize⟧ the Committee.\n',
      ),
      ['UN spelling is "advise" (-ise is part of the root), not "advize".'],
    );
    for (const root of ISE_ROOTS) assert.equal(spellingOf(root), undefined, root);
  });

  it('reads a word by its ending exactly as the lists spelt out give it, and lists every wrong form', () => {
    const table = spelledOut();
    for (const [word, spelling] of table) assert.deepEqual(spellingOf(word), spelling, word);
    const listed: string[] = [];
    forEachWrongForm((head, ending) => listed.push(head + ending));
    assert.deepEqual([...new Set(listed)].sort(), [...table.keys()].sort());
    // Words near the wrong forms are not wrong forms.
    for (const word of [
      'organ',
      'organs',
      'organic',
      'ise',
      'ises',
      'izing',
      'reise',
      'advise',
      'revised',
      'analyses',
      'centre',
      'premises',
      'promised',
      'criticism',
      'unionist',
    ]) {
      assert.equal(spellingOf(word), table.get(word), word);
    }
  });

  it('reads every word of the corpus as the lists spelt out give it', function () {
    corpusOrSkip(this);
    const table = spelledOut();
    let words = 0;
    for (const { text } of corpusTexts()) {
      for (const [word] of text.toLowerCase().matchAll(/[a-z]+/g)) {
        words++;
        assert.deepEqual(spellingOf(word), table.get(word), word);
      }
    }
    assert.ok(words > 500_000, `${words} words`);
  });

  it('reports -yze, US -or/-er/-ense forms, fulfill, enroll and program', () => {
    const fixed = checkRule(
      unSpelling,
      GA(
        '1. Requests the Secretary-General to ⟦analyze⟧ the ⟦labor⟧ market, the ⟦defense⟧ sector and the ⟦center⟧ of ⟦programs⟧ for ⟦neighboring⟧ countries, to ⟦fulfill⟧ commitments and ⟦enroll⟧ children, ⟦catalyzing⟧ ⟦behavior⟧ change in ⟦favor⟧ of ⟦people-centered⟧ policies.\n',
      ).replace('⟦people-centered⟧', 'people-⟦centered⟧'),
    );
    assert.match(
      fixed,
      /analyse the labour market, the defence sector and the centre of programmes for neighbouring countries, to fulfil commitments and enrol children, catalysing behaviour change in favour of people-centred policies\./,
    );
  });

  it('keeps program in the computer sense', () => {
    checkRule(
      unSpelling,
      GA('1. Notes that a computer program and software programs were used, with the program code published.\n'),
    );
  });

  it('judgement in general, judgment of a court', () => {
    checkRule(
      unSpelling,
      GA(
        '1. Takes note of the judgment of the International Court of Justice and of judgments of the Tribunal;\n\n2. Stresses the role of human ⟦judgment⟧ and of sound ⟦judgments⟧;\n\n3. Welcomes the final ⟦judgement⟧ and the ⟦judgement⟧ of the International Court of Justice.\n',
      ),
      [
        'UN spelling is "judgement" outside the legal sense, not "judgment".',
        'UN spelling is "judgements" outside the legal sense, not "judgments".',
        'A judgment of a court is spelt "judgment", not "judgement".',
        'A judgment of a court is spelt "judgment", not "judgement".',
      ],
    );
  });

  it('never looks inside quoted titles or capitalised names', () => {
    checkRule(
      unSpelling,
      GA(
        '1. Takes note of the decision entitled “Understanding regarding the aerosolised use of chemicals” and of the "Defense Program";\n\n2. Welcomes the work of the Organisation for the Prohibition of Chemical Weapons, the Pan American Health Organization, the Centers for Disease Control and Prevention, the United States Department of Defense and the Carter Center.\n',
      ),
    );
  });

  it('reports a capitalised opener but not a name that opens a sentence', () => {
    checkRule(
      unSpelling,
      GA(
        '⟦Recognising⟧ the importance of the matter,\n\n1. ⟦Emphasises⟧ the need;\n\n2. Notes that Organisation for Economic Co-operation and Development members agree.\n',
      ),
    );
  });

  it('fixes misspelt names of UN bodies even though they are capitalised', () => {
    const fixed = checkRule(
      unSpelling,
      GA(
        '1. Invites the ⟦International Labor Organization⟧, the ⟦World Food Program⟧ and the ⟦World Health Organisation⟧ to implement the ⟦Program of Action⟧.\n',
      ),
    );
    assert.match(
      fixed,
      /International Labour Organization, the World Food Programme and the World Health Organization to implement the Programme of Action\./,
    );
  });

  it('follows the Security Council house style: -ise and US spellings pass, -yze and misspelt names are reported', () => {
    checkRule(
      unSpelling,
      SC(
        'Recognising the efforts of the organisation in neighboring States,\n\n1. Authorises the mission to implement a disarmament program toward the defense of civilians;\n\n2. Requests the Panel to ⟦analyze⟧ the reports of the ⟦World Food Program⟧;\n\n3. Decides to remain seized of the matter.\n',
      ),
    );
    // The same forms in a General Assembly text are reported.
    checkRule(
      unSpelling,
      GA(
        '1. Authorizes the mission to implement a disarmament ⟦program⟧ ⟦toward⟧ the ⟦defense⟧ of civilians in ⟦neighboring⟧ States;\n',
      ),
    );
  });

  it('survives empty and garbage input', () => {
    checkRule(unSpelling, '');
    checkRule(unSpelling, '“"“”"\u0000((( ');
  });
});
