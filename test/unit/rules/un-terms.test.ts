// un-terms on fixtures: `⟦…⟧` marks each reported term; fixes are applied and re-checked.
import * as assert from 'node:assert/strict';
import { unTerms } from '../../../server/src/core/rules/un-terms';
import { checkRule } from '../../support/fixtures';

const GA = (body: string): string => `The General Assembly,\n\nRecalling its resolution 55/25,\n\n${body}`;
const SC = (body: string): string => `The Security Council,\n\nRecalling its resolution 1373 (2001),\n\n${body}`;

describe('un-terms', () => {
  it('Secretary-General: hyphen and capitals', () => {
    const fixed = checkRule(
      unTerms,
      GA(
        '1. Requests the ⟦Secretary General⟧ and the ⟦Secretary-general⟧ to report;\n\n2. Welcomes the ⟦secretary-general⟧’s report and the Secretary-General’s note, and the Under-Secretary-General.\n',
      ),
      [
        'Write "Secretary-General" with a hyphen, not "Secretary General".',
        'Write "Secretary-General" with capital S and G, not "Secretary-general".',
        'Write "Secretary-General" with capital S and G, not "secretary-general".',
      ],
    );
    assert.match(
      fixed,
      /Requests the Secretary-General and the Secretary-General to report;\n\n2\. Welcomes the Secretary-General’s report/,
    );
  });

  it('leaves the Secretary General of another organization alone', () => {
    checkRule(
      unTerms,
      GA(
        '1. Welcomes the cooperation with the Secretary General of the North Atlantic Treaty Organization and the NATO Secretary General.\n',
      ),
    );
  });

  it('Member States for the Members of the United Nations', () => {
    const fixed = checkRule(
      unTerms,
      GA(
        '1. Calls upon ⟦Member states⟧ and ⟦member states⟧ and each ⟦member state⟧ to act;\n\n2. Invites the European Union and its ⟦member states⟧ and the member States of the Organization of Islamic Cooperation;\n\n3. Welcomes the Federal Government of Somalia and federal member states and all Member States.\n',
      ),
      [
        'Write "Member States" (capital M and S) for the Members of the United Nations, not "Member states".',
        'Write "Member States" (capital M and S) for the Members of the United Nations, not "member states".',
        'Write "Member State" (capital M and S) for the Members of the United Nations, not "member state".',
        'Write "member States" (capital S) for the members of an organization, not "member states".',
      ],
    );
    assert.match(
      fixed,
      /Calls upon Member States and Member States and each Member State to act;\n\n2\. Invites the European Union and its member States/,
    );
  });

  it('United Nations, not U.N. or UN in running text; names with UN are left alone', () => {
    const fixed = checkRule(
      unTerms,
      GA(
        '1. Requests ⟦U.N.⟧ experts and the ⟦UN⟧ development system, together with UN-Women, UN‑Habitat, the UN Chronicle, Model UN, the UN80 Initiative and the AU-UN mission, to report to the United Nations (⟦UN⟧).\n',
      ),
    );
    assert.match(
      fixed,
      /Requests United Nations experts and the United Nations development system, .* to report to the United Nations\.\n$/,
    );
  });

  it('non-governmental organizations, Economic and Social Council', () => {
    const fixed = checkRule(
      unTerms,
      GA(
        '1. Invites ⟦NGOs⟧, ⟦an NGO⟧ and ⟦nongovernmental⟧ and ⟦non governmental⟧ organizations, the Committee on Non-Governmental Organizations and the ⟦ECOSOC⟧ in the ECOSOC Chamber, and the Economic and Social Council (⟦ECOSOC⟧).\n',
      ).replace('⟦an NGO⟧', 'an ⟦NGO⟧'),
    );
    assert.match(
      fixed,
      /Invites non-governmental organizations, a non-governmental organization and non-governmental and non-governmental organizations, the Committee on Non-Governmental Organizations and the Economic and Social Council in the ECOSOC Chamber, and the Economic and Social Council\./,
    );
  });

  it('never looks inside quotations', () => {
    checkRule(unTerms, GA('1. Takes note of the report entitled “UN member states and NGOs”.\n'));
  });

  it('Secretary -General: a space before the hyphen (ODS debris), in every organ', () => {
    const fixed = checkRule(
      unTerms,
      GA('1. Requests the ⟦Secretary -General⟧ to report, and the ⟦Secretary - General⟧ to inform;\n'),
      [
        'Write "Secretary-General" without spaces around the hyphen, not "Secretary -General".',
        'Write "Secretary-General" without spaces around the hyphen, not "Secretary - General".',
      ],
    );
    assert.match(fixed, /Requests the Secretary-General to report, and the Secretary-General to inform;/);
    checkRule(unTerms, SC('1. Requests the ⟦Secretary -General⟧ to report;\n'));
  });

  it('follows the Security Council house style: UN, Secretary General and member states pass, the rest is reported', () => {
    checkRule(
      unTerms,
      SC(
        'Welcoming the efforts of UN agencies and of the Special Representative of the Secretary General,\n\n1. Calls upon member states to support the UN country team, the ⟦NGOs⟧ and all ⟦Member states⟧ concerned;\n\n2. Requests the ⟦U.N.⟧ mission to report;\n',
      ),
    );
    // The same text in a General Assembly text: every form is reported.
    checkRule(
      unTerms,
      GA(
        '1. Welcomes the efforts of ⟦UN⟧ agencies and of the Special Representative of the ⟦Secretary General⟧, and calls upon ⟦member states⟧ to act;\n',
      ),
    );
  });

  it('leaves the Secretary General of the OIC, the IMO and the League of Arab States alone', () => {
    checkRule(
      unTerms,
      GA(
        '1. Welcomes the statements of the OIC Secretary General, the Secretary General of the IMO and the Secretary General of the League of Arab States.\n',
      ),
    );
  });

  it('inter alia: two words, without a hyphen', () => {
    const fixed = checkRule(
      unTerms,
      GA(
        '1. Requests, ⟦inter-alia⟧, a report and, ⟦inter\u2011alia⟧, a plan;\n\n2. ⟦Inter-alia⟧ decides, inter alia, to act on an inter-agency basis and an inter-aliated plan.\n',
      ),
      [
        'Write "inter alia" as two words, without a hyphen, not "inter-alia".',
        'Write "inter alia" as two words, without a hyphen, not "inter\u2011alia".',
        'Write "Inter alia" as two words, without a hyphen, not "Inter-alia".',
      ],
    );
    assert.match(fixed, /Requests, inter alia, a report and, inter alia, a plan;\n\n2\. Inter alia decides/);
  });

  it('survives empty and garbage input', () => {
    checkRule(unTerms, '');
    checkRule(unTerms, 'U.N U. UN- -UN Secretary- member\n\n');
  });
});
