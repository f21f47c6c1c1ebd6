/**
 * Fixed UN terms and the history of Member State names, written by the project from the UN
 * Editorial Manual and the UN's terminology (UNTERM) as facts, not taken from any corpus.
 */

/**
 * Abbreviations the UN does not use in its resolutions, with the term written in full.
 * `UN` is reported only in running text (not before a capitalised word or hyphen: `UN-Women`,
 * `UN News`, `Model UN` are names).
 */
export const SPELLED_OUT_TERMS: Readonly<Record<string, { full: string; plural?: string }>> = {
  'U.N.': { full: 'United Nations' },
  UN: { full: 'United Nations' },
  ECOSOC: { full: 'Economic and Social Council' },
  NGO: { full: 'non-governmental organization', plural: 'non-governmental organizations' },
};

/** Names in which an abbreviation above is part of an official name (`ECOSOC Chamber`). */
export const ABBREVIATION_NAME_WORDS: readonly string[] = ['Chamber', 'Branch', 'Committee', 'Forum', 'Section'];

/**
 * Organizations whose head is titled "Secretary General" without a hyphen in their own usage;
 * after "Secretary General of the …" naming one of them the rule says nothing.
 */
export const SECRETARY_GENERAL_OTHER_BODIES: readonly string[] = [
  'North Atlantic Treaty Organization', 'Organization of American States', 'NATO', 'OAS', 'OSCE',
  'Organization for Security and Co-operation in Europe', 'Council of Europe', 'Interpol',
  'International Criminal Police Organization', 'IMO', 'International Maritime Organization', 'OIC',
  'Organization of the Islamic Conference', 'Organization of Islamic Cooperation', 'Organisation of Islamic Cooperation',
  'League of Arab States', 'Arab League', 'Commonwealth', 'ASEAN', 'Association of Southeast Asian Nations',
];

/**
 * Words before "member states" that make it the states of a federation (Somalia's federal member
 * states), not Member States of the United Nations.
 */
export const FEDERAL_STATE_CUES: readonly string[] = ['federal', 'Federal'];

/**
 * Words before "member states" that make it the members of another organization (the UN writes
 * "its member States", "member States of the European Union" with a small m).
 */
export const OTHER_ORGANIZATION_CUES: readonly string[] = ['its', 'their', 'whose', 'African', 'European', 'regional'];

/**
 * When a Member State's former or colloquial name stopped being correct in UN texts (ISO date).
 * A text adopted before that date is not reported for that name: old resolutions are not wrong.
 * Names not listed here have never been correct UN usage.
 */
export const STATE_NAME_CHANGES: Readonly<Record<string, string>> = {
  // Türkiye: the UN uses the new short name from 1 June 2022 (request of 31 May 2022).
  Turkey: '2022-06-01',
  Turkiye: '2022-06-01',
  // Eswatini: renamed 19 April 2018.
  Swaziland: '2018-04-19',
  // North Macedonia: Prespa agreement in force 12 February 2019, UN name from 14 February 2019.
  Macedonia: '2019-02-14',
  'Republic of Macedonia': '2019-02-14',
  'former Yugoslav Republic of Macedonia': '2019-02-14',
  FYROM: '2019-02-14',
  // Cabo Verde: UN name from 24 October 2013.
  'Cape Verde': '2013-10-24',
  // Democratic Republic of the Congo: Zaire until 17 May 1997.
  Zaire: '1997-05-17',
  'Democratic Republic of Congo': '1997-05-17',
  // Myanmar: Burma until 18 June 1989.
  Burma: '1989-06-18',
  // Timor-Leste: independence 20 May 2002.
  'East Timor': '2002-05-20',
  // Côte d'Ivoire: the name in every language from 1986.
  'Ivory Coast': '1986-01-01',
  // Lao People's Democratic Republic: proclaimed 2 December 1975.
  Laos: '1975-12-02',
  // (Vietnam has no date: UN texts wrote "Viet-Nam" / "Viet Nam" before its admission in 1977 too —
  // S/RES/413 (1977) recommends the admission of "the Socialist Republic of Viet Nam".)
  // Russian Federation: continues the USSR's seat from 24 December 1991.
  Russia: '1991-12-24',
  // Republic of Moldova, Democratic People's Republic of Korea, Republic of Korea: admitted 1991–1992.
  Moldova: '1992-03-02',
  'North Korea': '1991-09-17',
  'South Korea': '1991-09-17',
  // Brunei Darussalam: admitted 21 September 1984.
  Brunei: '1984-09-21',
  // United Republic of Tanzania: name from 1 November 1964.
  Tanzania: '1964-11-01',
  // Iran (Islamic Republic of): Islamic Republic proclaimed 1 April 1979.
  Iran: '1979-04-01',
  // Bolivia (Plurinational State of): constitution of 7 February 2009.
  Bolivia: '2009-02-07',
  // Venezuela (Bolivarian Republic of): constitution of 20 December 1999.
  Venezuela: '1999-12-20',
};

/**
 * Variants the Security Council itself writes in running text after the name change, so not
 * reported in SC texts: "Iran" throughout its resolutions on Iran's nuclear programme
 * (1737 (2006) and after) and in 598 (1987).
 */
export const SC_RUNNING_TEXT_NAMES: readonly string[] = ['Iran'];
