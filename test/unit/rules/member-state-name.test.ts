// member-state-name on fixtures: `⟦…⟧` marks each reported name; fixes are applied and re-checked.
import * as assert from 'node:assert/strict';
import { memberStateName } from '../../../server/src/core/rules/member-state-name';
import { checkRule } from '../../support/fixtures';

const GA = (body: string, date = '20 December 2024'): string =>
  `Resolution adopted by the General Assembly on ${date}\n\nThe General Assembly,\n\nRecalling its resolution 55/25,\n\n${body}\n\n74th plenary meeting\n${date}\n`;

describe('member-state-name', () => {
  it('reports former and colloquial names with a fix to the UN name', () => {
    const fixed = checkRule(
      memberStateName,
      GA('1. Welcomes the cooperation of ⟦Turkey⟧, ⟦Vietnam⟧, ⟦Ivory Coast⟧ and ⟦Swaziland⟧;'),
      [
        'The UN name is "Türkiye", not "Turkey".',
        'The UN name is "Viet Nam", not "Vietnam".',
        'The UN name is "Côte d\'Ivoire", not "Ivory Coast".',
        'The UN name is "Eswatini", not "Swaziland".',
      ],
    );
    assert.match(fixed, /cooperation of Türkiye, Viet Nam, Côte d'Ivoire and Eswatini;/);
  });

  it('adds or drops the article as the UN name requires', () => {
    const fixed = checkRule(
      memberStateName,
      GA('1. Calls upon ⟦Russia⟧, ⟦Tanzania⟧ and ⟦Iran⟧ and the ⟦former Yugoslav Republic of Macedonia⟧;'),
    );
    assert.match(
      fixed,
      /Calls upon the Russian Federation, the United Republic of Tanzania and the Islamic Republic of Iran and North Macedonia;/,
    );
  });

  it('accepts official, formal and informal names, and variants inside them', () => {
    checkRule(
      memberStateName,
      GA(
        '1. Welcomes Türkiye, Viet Nam, Czechia, the Czech Republic, Iran (Islamic Republic of), the Islamic Republic of Iran, North Macedonia, the Republic of Korea, the United Republic of Tanzania, the United Kingdom of Great Britain and Northern Ireland, the United States, Iranian and Turkish experts and the Netherlands;',
      ),
    );
  });

  it('matches names across a line break and across typographic apostrophes', () => {
    checkRule(
      memberStateName,
      GA("1. Welcomes the United Kingdom of\nGreat Britain and Northern Ireland, Côte d’Ivoire and ⟦Cote d'Ivoire⟧;"),
    );
  });

  it('leaves quoted and cited titles, compounds and texts adopted before the change alone', () => {
    checkRule(
      memberStateName,
      GA(
        '1. Recalls the “UAE Consensus” and the Iran-Iraq war;\n\n2. Takes note of the Report of the Conference, Istanbul, Turkey, 9–13 May 2011 (A/CONF.219/7);',
      ),
    );
    checkRule(memberStateName, GA('1. Welcomes the hosting by Turkey;', '10 December 2021'));
    checkRule(memberStateName, GA('1. Welcomes the hosting by ⟦Turkey⟧;', '10 December 2022'));
  });

  it('reads historical names in old Security Council texts as right', () => {
    checkRule(
      memberStateName,
      'Resolution 82 (1950)\n\nThe Security Council,\n\nNoting the attack by forces from North Korea,\n\nCalls upon the authorities in North Korea to withdraw.\n',
    );
  });

  it('leaves names of cases, missions, persons’ nationalities, names in capitals and list entries alone', () => {
    checkRule(
      memberStateName,
      GA(
        '1. Takes note of the judgments in the cases Georgia v. Russia (II) and Matkava and Others v. Russia, of the work of the Southern African Development Community Mission in the Democratic Republic of Congo (SAMIDRC) and of the election of judges O-Gon Kwon (South Korea) and Antoine Mindua (Democratic Republic of Congo); and of the Domodedovo Police Academy of Russia;\n\n9. PAE WON UK\n\nb. Location: Pyongyang, North Korea; SWIFT/BIC: KUDBKPPY\n\n2. Welcomes the efforts of ⟦Russia⟧ and of the Government of ⟦Cote d’Ivoire⟧;\n\n3. Commends the United Nations Operation in ⟦Cote d’Ivoire⟧ (UNOCI);',
      ),
    );
  });

  it('reports a place at an event before the change under its new name (the UN writes Istanbul, Türkiye, 2016)', () => {
    checkRule(
      memberStateName,
      GA(
        '1. Takes note of the World Humanitarian Summit, held in Istanbul, ⟦Turkey⟧, on 23 and 24 May 2016, and of the meeting held in Istanbul, Türkiye, on 2 May 2016;',
      ),
    );
  });

  it('survives empty and garbage input', () => {
    checkRule(memberStateName, '');
    checkRule(memberStateName, '⟦Iran⟧ (Islamic Republic of\nUnited Kingdom of Great\n\nBritain U.S');
  });
});
