/**
 * Bundled catalogue: the UN instruments most cited in the reference corpus of adopted
 * resolutions (302 GA, SC, HRC and ECOSOC texts, footnotes included), most cited first.
 *
 * Every entry is a fact checked by the project, never text copied from a document. Provenance
 * (the code after each entry: date source / title source):
 *   J  UN translation service `data_extract` metadata (GA sessions 74–80, ES-10, ES-11, S-32);
 *   M  corpus meta.csv: UNxml `data_extract` (GA 2019–, SC 2000–, HRC, ECOSOC), the SC gold-text
 *      headers (SC 1946–1994), or, for dates only, the unvotes roll-call table where the date is
 *      also certain (its titles are roll-call descriptions and are never used);
 *   C  dated citations in adopted resolutions ("resolution 55/25 of 15 November 2000"); every
 *      dated citation of the symbol in the corpus agrees, except known misprints (see the test);
 *   E  the title quoted by an adopted resolution ("resolution 70/1 … entitled “…”");
 *   K  an instrument whose facts are well established, corroborated by a dated mention in the
 *      corpus (217 A (III): "the Universal Declaration of Human Rights adopted on 10 December 1948").
 * A title is given only when one of those sources states it; SC resolutions have no title.
 *
 * Symbols are in the canonical undocs.org form: 'A/RES/55/25', 'A/RES/217(III)' (the part cited
 * goes in `parts`), 'S/RES/1325(2000)', 'A/HRC/RES/5/1', 'E/RES/1980/67', 'A/RES/ES-10/15',
 * GA decisions 'A/DEC/74/571'. A lookup should report these facts with `source: 'bundled'`.
 */

export interface CatalogEntry {
  /** Canonical symbol, undocs.org form (no space before a parenthesised session or year). */
  symbol: string;
  organ: 'GA' | 'SC' | 'HRC' | 'ECOSOC';
  kind: 'resolution' | 'decision';
  /** Adoption date, ISO yyyy-mm-dd. */
  date: string;
  /** Official title, only when verified (SC resolutions have none). */
  title?: string;
  /** Part usually cited, e.g. 'A' for 217 A (III). */
  parts?: string;
}

export const BUNDLED_CATALOG: readonly CatalogEntry[] = [
  { symbol: 'A/RES/70/1', organ: 'GA', kind: 'resolution', date: '2015-09-25', title: 'Transforming our world: the 2030 Agenda for Sustainable Development' }, // C/E
  { symbol: 'A/RES/69/313', organ: 'GA', kind: 'resolution', date: '2015-07-27', title: 'Addis Ababa Action Agenda of the Third International Conference on Financing for Development (Addis Ababa Action Agenda)' }, // C/E
  { symbol: 'A/RES/217(III)', organ: 'GA', kind: 'resolution', date: '1948-12-10', parts: 'A', title: 'Universal Declaration of Human Rights' }, // K/K
  { symbol: 'S/RES/1325(2000)', organ: 'SC', kind: 'resolution', date: '2000-10-31' }, // M/-
  { symbol: 'A/RES/60/1', organ: 'GA', kind: 'resolution', date: '2005-09-16', title: '2005 World Summit Outcome' }, // C/K
  { symbol: 'A/RES/55/2', organ: 'GA', kind: 'resolution', date: '2000-09-08', title: 'United Nations Millennium Declaration' }, // C/K
  { symbol: 'A/RES/66/288', organ: 'GA', kind: 'resolution', date: '2012-07-27', title: 'The future we want' }, // C/K
  { symbol: 'A/RES/79/1', organ: 'GA', kind: 'resolution', date: '2024-09-22', title: 'The Pact for the Future' }, // J/J
  { symbol: 'A/RES/69/15', organ: 'GA', kind: 'resolution', date: '2014-11-14', title: 'SIDS Accelerated Modalities of Action (SAMOA) Pathway' }, // C/K
  { symbol: 'A/RES/73/195', organ: 'GA', kind: 'resolution', date: '2018-12-19' }, // M/-
  { symbol: 'A/RES/1514(XV)', organ: 'GA', kind: 'resolution', date: '1960-12-14', title: 'Declaration on the granting of independence to colonial countries and peoples' }, // C/K
  { symbol: 'A/RES/72/239', organ: 'GA', kind: 'resolution', date: '2017-12-20', title: 'United Nations Decade of Family Farming (2019–2028)' }, // C/K
  { symbol: 'A/RES/70/125', organ: 'GA', kind: 'resolution', date: '2015-12-16', title: 'Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society' }, // C/E
  { symbol: 'A/RES/973(X)', organ: 'GA', kind: 'resolution', date: '1955-12-15' }, // C/-
  { symbol: 'A/RES/2625(XXV)', organ: 'GA', kind: 'resolution', date: '1970-10-24', title: 'Declaration on Principles of International Law concerning Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations' }, // C/E
  { symbol: 'A/RES/75/123', organ: 'GA', kind: 'resolution', date: '2020-12-10', title: 'Fourth International Decade for the Eradication of Colonialism' }, // J/J
  { symbol: 'S/RES/242(1967)', organ: 'SC', kind: 'resolution', date: '1967-11-22' }, // M/-
  { symbol: 'A/RES/46/182', organ: 'GA', kind: 'resolution', date: '1991-12-19', title: 'Strengthening of the coordination of humanitarian emergency assistance of the United Nations' }, // C/K
  { symbol: 'S/RES/338(1973)', organ: 'SC', kind: 'resolution', date: '1973-10-22' }, // M/-
  { symbol: 'A/HRC/RES/5/1', organ: 'HRC', kind: 'resolution', date: '2007-06-18', title: 'Institution-building of the United Nations Human Rights Council' }, // C/K
  { symbol: 'A/RES/69/137', organ: 'GA', kind: 'resolution', date: '2014-12-12' }, // C/-
  { symbol: 'A/RES/71/1', organ: 'GA', kind: 'resolution', date: '2016-09-19', title: 'New York Declaration for Refugees and Migrants' }, // C/K
  { symbol: 'S/RES/1515(2003)', organ: 'SC', kind: 'resolution', date: '2003-11-19' }, // M/-
  { symbol: 'S/RES/2242(2015)', organ: 'SC', kind: 'resolution', date: '2015-10-13' }, // M/-
  { symbol: 'S/RES/2334(2016)', organ: 'SC', kind: 'resolution', date: '2016-12-23' }, // M/-
  { symbol: 'A/RES/74/252', organ: 'GA', kind: 'resolution', date: '2019-12-27', title: 'Pattern of conferences' }, // J/J
  { symbol: 'A/RES/69/16', organ: 'GA', kind: 'resolution', date: '2014-11-18', title: 'Programme of activities for the implementation of the International Decade for People of African Descent' }, // C/K
  { symbol: 'A/RES/61/276', organ: 'GA', kind: 'resolution', date: '2007-06-29' }, // C/-
  { symbol: 'A/RES/64/269', organ: 'GA', kind: 'resolution', date: '2010-06-24' }, // C/-
  { symbol: 'A/RES/69/307', organ: 'GA', kind: 'resolution', date: '2015-06-25' }, // C/-
  { symbol: 'A/RES/59/296', organ: 'GA', kind: 'resolution', date: '2005-06-22' }, // C/-
  { symbol: 'A/RES/60/266', organ: 'GA', kind: 'resolution', date: '2006-06-30' }, // C/-
  { symbol: 'A/RES/65/289', organ: 'GA', kind: 'resolution', date: '2011-06-30' }, // C/-
  { symbol: 'A/RES/66/264', organ: 'GA', kind: 'resolution', date: '2012-06-21' }, // C/-
  { symbol: 'A/RES/70/286', organ: 'GA', kind: 'resolution', date: '2016-06-17' }, // C/-
  { symbol: 'A/RES/74/135', organ: 'GA', kind: 'resolution', date: '2019-12-18', title: 'Rights of indigenous peoples' }, // J/J
  { symbol: 'A/RES/13(I)', organ: 'GA', kind: 'resolution', date: '1946-02-13' }, // C/-
  { symbol: 'A/RES/60/251', organ: 'GA', kind: 'resolution', date: '2006-03-15', title: 'Human Rights Council' }, // C/K
  { symbol: 'A/RES/69/312', organ: 'GA', kind: 'resolution', date: '2015-07-06' }, // C/-
  { symbol: 'A/RES/72/241', organ: 'GA', kind: 'resolution', date: '2017-12-20' }, // C/-
  { symbol: 'A/RES/1541(XV)', organ: 'GA', kind: 'resolution', date: '1960-12-15' }, // C/-
  { symbol: 'S/RES/425(1978)', organ: 'SC', kind: 'resolution', date: '1978-03-19' }, // M/-
  { symbol: 'S/RES/426(1978)', organ: 'SC', kind: 'resolution', date: '1978-03-19' }, // M/-
  { symbol: 'A/RES/78/1', organ: 'GA', kind: 'resolution', date: '2023-09-29', title: 'Political declaration of the high-level political forum on sustainable development convened under the auspices of the General Assembly' }, // J/J
  { symbol: 'E/RES/1980/67', organ: 'ECOSOC', kind: 'resolution', date: '1980-07-25', title: 'International years and anniversaries' }, // C/K
  { symbol: 'A/HRC/RES/5/2', organ: 'HRC', kind: 'resolution', date: '2007-06-18', title: 'Code of Conduct for Special Procedures Mandate-holders of the Human Rights Council' }, // C/K
  { symbol: 'A/RES/35/201', organ: 'GA', kind: 'resolution', date: '1980-12-16' }, // C/-
  { symbol: 'A/RES/67/19', organ: 'GA', kind: 'resolution', date: '2012-11-29', title: 'Status of Palestine in the United Nations' }, // C/K
  { symbol: 'A/RES/68/237', organ: 'GA', kind: 'resolution', date: '2013-12-23', title: 'Proclamation of the International Decade for People of African Descent' }, // C/K
  { symbol: 'A/RES/74/270', organ: 'GA', kind: 'resolution', date: '2020-04-02', title: 'Global solidarity to fight the coronavirus disease 2019 (COVID-19)' }, // M/M
  { symbol: 'S/RES/2106(2013)', organ: 'SC', kind: 'resolution', date: '2013-06-24' }, // M/-
  { symbol: 'A/RES/73/346', organ: 'GA', kind: 'resolution', date: '2019-09-16' }, // C/-
  { symbol: 'S/RES/661(1990)', organ: 'SC', kind: 'resolution', date: '1990-08-06' }, // M/-
  { symbol: 'A/RES/75/267', organ: 'GA', kind: 'resolution', date: '2021-03-25', title: 'Global Media and Information Literacy Week' }, // J/J
  { symbol: 'S/RES/2118(2013)', organ: 'SC', kind: 'resolution', date: '2013-09-27' }, // M/-
  { symbol: 'A/RES/71/312', organ: 'GA', kind: 'resolution', date: '2017-07-06', title: 'Our ocean, our future: call for action' }, // C/K
  { symbol: 'A/RES/73/271', organ: 'GA', kind: 'resolution', date: '2018-12-22' }, // C/-
  { symbol: 'A/RES/76/238', organ: 'GA', kind: 'resolution', date: '2021-12-24', title: 'Scale of assessments for the apportionment of the expenses of the United Nations' }, // J/J
  { symbol: 'A/RES/194(III)', organ: 'GA', kind: 'resolution', date: '1948-12-11' }, // C/-
  { symbol: 'A/RES/61/295', organ: 'GA', kind: 'resolution', date: '2007-09-13' }, // M/-
  { symbol: 'A/RES/76/258', organ: 'GA', kind: 'resolution', date: '2022-04-01', title: 'Doha Programme of Action for the Least Developed Countries' }, // J/J
  { symbol: 'A/RES/79/323', organ: 'GA', kind: 'resolution', date: '2025-08-25', title: 'Sevilla Commitment' }, // J/J
  { symbol: 'S/RES/1612(2005)', organ: 'SC', kind: 'resolution', date: '2005-07-26' }, // M/-
  { symbol: 'S/RES/478(1980)', organ: 'SC', kind: 'resolution', date: '1980-08-20' }, // M/-
  { symbol: 'A/RES/1874(S-IV)', organ: 'GA', kind: 'resolution', date: '1963-06-27' }, // C/-
  { symbol: 'A/RES/3101(XXVIII)', organ: 'GA', kind: 'resolution', date: '1973-12-11' }, // C/-
  { symbol: 'A/RES/53/199', organ: 'GA', kind: 'resolution', date: '1998-12-15' }, // C/-
  { symbol: 'A/RES/55/235', organ: 'GA', kind: 'resolution', date: '2000-12-23' }, // C/-
  { symbol: 'A/RES/61/185', organ: 'GA', kind: 'resolution', date: '2006-12-20' }, // C/-
  { symbol: 'A/RES/62/214', organ: 'GA', kind: 'resolution', date: '2007-12-21' }, // C/-
  { symbol: 'S/RES/2235(2015)', organ: 'SC', kind: 'resolution', date: '2015-08-07' }, // M/-
  { symbol: 'S/RES/2253(2015)', organ: 'SC', kind: 'resolution', date: '2015-12-17' }, // M/-
  { symbol: 'S/RES/2286(2016)', organ: 'SC', kind: 'resolution', date: '2016-05-03' }, // M/-
  { symbol: 'A/RES/72/279', organ: 'GA', kind: 'resolution', date: '2018-05-31', title: 'Repositioning of the United Nations development system in the context of the quadrennial comprehensive policy review of operational activities for development of the United Nations system' }, // C/K
  { symbol: 'S/RES/1730(2006)', organ: 'SC', kind: 'resolution', date: '2006-12-19' }, // M/-
  { symbol: 'S/RES/1888(2009)', organ: 'SC', kind: 'resolution', date: '2009-09-30' }, // M/-
  { symbol: 'S/RES/1850(2008)', organ: 'SC', kind: 'resolution', date: '2008-12-16' }, // M/-
  { symbol: 'S/RES/1882(2009)', organ: 'SC', kind: 'resolution', date: '2009-08-04' }, // M/-
  { symbol: 'S/RES/1889(2009)', organ: 'SC', kind: 'resolution', date: '2009-10-05' }, // M/-
  { symbol: 'S/RES/1960(2010)', organ: 'SC', kind: 'resolution', date: '2010-12-16' }, // M/-
  { symbol: 'A/RES/60/288', organ: 'GA', kind: 'resolution', date: '2006-09-08', title: 'The United Nations Global Counter-Terrorism Strategy' }, // C/K
  { symbol: 'A/RES/68/1', organ: 'GA', kind: 'resolution', date: '2013-09-20', title: 'Review of the implementation of General Assembly resolution 61/16 on the strengthening of the Economic and Social Council' }, // C/E
  { symbol: 'A/RES/72/305', organ: 'GA', kind: 'resolution', date: '2018-07-23' }, // C/-
  { symbol: 'S/RES/1998(2011)', organ: 'SC', kind: 'resolution', date: '2011-07-12' }, // M/-
  { symbol: 'S/RES/465(1980)', organ: 'SC', kind: 'resolution', date: '1980-03-01' }, // M/-
  { symbol: 'S/RES/904(1994)', organ: 'SC', kind: 'resolution', date: '1994-03-18' }, // C/-
  { symbol: 'A/HRC/RES/49/21', organ: 'HRC', kind: 'resolution', date: '2022-04-01' }, // C/-
  { symbol: 'A/RES/260(III)', organ: 'GA', kind: 'resolution', date: '1948-12-09', parts: 'A' }, // K/-
  { symbol: 'A/RES/61/16', organ: 'GA', kind: 'resolution', date: '2006-11-20' }, // C/-
  { symbol: 'A/RES/70/299', organ: 'GA', kind: 'resolution', date: '2016-07-29', title: 'Follow-up and review of the 2030 Agenda for Sustainable Development at the global level' }, // C/K
  { symbol: 'A/RES/74/306', organ: 'GA', kind: 'resolution', date: '2020-09-11', title: 'Comprehensive and coordinated response to the coronavirus disease (COVID-19) pandemic' }, // M/M
  { symbol: 'A/RES/74/4', organ: 'GA', kind: 'resolution', date: '2019-10-15', title: 'Political declaration of the high-level political forum on sustainable development convened under the auspices of the General Assembly' }, // J/J
  { symbol: 'A/RES/76/227', organ: 'GA', kind: 'resolution', date: '2021-12-24', title: 'Countering disinformation for the promotion and protection of human rights and fundamental freedoms' }, // J/J
  { symbol: 'A/RES/76/254', organ: 'GA', kind: 'resolution', date: '2022-03-15', title: 'International Day to Combat Islamophobia' }, // J/J
  { symbol: 'A/RES/ES-10/15', organ: 'GA', kind: 'resolution', date: '2004-07-20' }, // C/-
  { symbol: 'S/RES/1820(2008)', organ: 'SC', kind: 'resolution', date: '2008-06-19' }, // M/-
  { symbol: 'S/RES/1894(2009)', organ: 'SC', kind: 'resolution', date: '2009-11-11' }, // M/-
  { symbol: 'S/RES/2175(2014)', organ: 'SC', kind: 'resolution', date: '2014-08-29' }, // M/-
  { symbol: 'S/RES/2199(2015)', organ: 'SC', kind: 'resolution', date: '2015-02-12' }, // M/-
  { symbol: 'S/RES/2272(2016)', organ: 'SC', kind: 'resolution', date: '2016-03-11' }, // M/-
  { symbol: 'S/RES/2319(2016)', organ: 'SC', kind: 'resolution', date: '2016-11-17' }, // M/-
  { symbol: 'S/RES/2347(2017)', organ: 'SC', kind: 'resolution', date: '2017-03-24' }, // M/-
  { symbol: 'S/RES/1701(2006)', organ: 'SC', kind: 'resolution', date: '2006-08-11' }, // M/-
  { symbol: 'S/RES/2254(2015)', organ: 'SC', kind: 'resolution', date: '2015-12-18' }, // M/-
  { symbol: 'S/RES/2258(2015)', organ: 'SC', kind: 'resolution', date: '2015-12-22' }, // M/-
  { symbol: 'S/RES/2139(2014)', organ: 'SC', kind: 'resolution', date: '2014-02-22' }, // M/-
  { symbol: 'S/RES/2191(2014)', organ: 'SC', kind: 'resolution', date: '2014-12-17' }, // M/-
  { symbol: 'S/RES/2504(2020)', organ: 'SC', kind: 'resolution', date: '2020-01-10' }, // M/-
  { symbol: 'S/RES/2165(2014)', organ: 'SC', kind: 'resolution', date: '2014-07-14' }, // M/-
  { symbol: 'S/RES/2393(2017)', organ: 'SC', kind: 'resolution', date: '2017-12-19' }, // M/-
  { symbol: 'S/RES/2401(2018)', organ: 'SC', kind: 'resolution', date: '2018-02-24' }, // M/-
  { symbol: 'S/RES/2449(2018)', organ: 'SC', kind: 'resolution', date: '2018-12-13' }, // M/-
  { symbol: 'S/RES/2533(2020)', organ: 'SC', kind: 'resolution', date: '2020-07-11' }, // M/-
  { symbol: 'S/RES/687(1991)', organ: 'SC', kind: 'resolution', date: '1991-04-03' }, // C/-
  { symbol: 'S/RES/2268(2016)', organ: 'SC', kind: 'resolution', date: '2016-02-26' }, // M/-
  { symbol: 'S/RES/2332(2016)', organ: 'SC', kind: 'resolution', date: '2016-12-21' }, // M/-
  { symbol: 'S/RES/660(1990)', organ: 'SC', kind: 'resolution', date: '1990-08-02' }, // M/-
  { symbol: 'S/RES/2664(2022)', organ: 'SC', kind: 'resolution', date: '2022-12-09' }, // M/-
  { symbol: 'A/RES/72/72', organ: 'GA', kind: 'resolution', date: '2017-12-05' }, // C/-
  { symbol: 'A/RES/73/272', organ: 'GA', kind: 'resolution', date: '2018-12-22' }, // C/-
  { symbol: 'A/RES/76/239', organ: 'GA', kind: 'resolution', date: '2021-12-24', title: 'Scale of assessments for the apportionment of the expenses of United Nations peacekeeping operations' }, // J/J
  { symbol: 'A/RES/76/274', organ: 'GA', kind: 'resolution', date: '2022-06-29', title: 'Cross-cutting issues' }, // J/J
  { symbol: 'S/RES/186(1964)', organ: 'SC', kind: 'resolution', date: '1964-03-04' }, // M/-
  { symbol: 'S/RES/2170(2014)', organ: 'SC', kind: 'resolution', date: '2014-08-15' }, // M/-
  { symbol: 'S/RES/2178(2014)', organ: 'SC', kind: 'resolution', date: '2014-09-24' }, // M/-
  { symbol: 'S/RES/54(1948)', organ: 'SC', kind: 'resolution', date: '1948-07-15' }, // M/-
  { symbol: 'A/RES/67/290', organ: 'GA', kind: 'resolution', date: '2013-07-09', title: 'Format and organizational aspects of the high-level political forum on sustainable development' }, // C/K
  { symbol: 'A/RES/71/6', organ: 'GA', kind: 'resolution', date: '2016-10-27' }, // C/-
  { symbol: 'A/RES/78/322', organ: 'GA', kind: 'resolution', date: '2024-08-13', title: 'Multidimensional vulnerability index' }, // J/J
  { symbol: 'A/RES/ES-11/1', organ: 'GA', kind: 'resolution', date: '2022-03-02', title: 'Aggression against Ukraine' }, // J/J
  { symbol: 'S/RES/1559(2004)', organ: 'SC', kind: 'resolution', date: '2004-09-02' }, // M/-
  { symbol: 'S/RES/2336(2016)', organ: 'SC', kind: 'resolution', date: '2016-12-31' }, // M/-
  { symbol: 'S/RES/662(1990)', organ: 'SC', kind: 'resolution', date: '1990-08-09' }, // M/-
  { symbol: 'S/RES/664(1990)', organ: 'SC', kind: 'resolution', date: '1990-08-18' }, // M/-
  { symbol: 'A/DEC/74/571', organ: 'GA', kind: 'decision', date: '2020-09-03' }, // C/-
  { symbol: 'A/RES/2205(XXI)', organ: 'GA', kind: 'resolution', date: '1966-12-17', title: 'Establishment of the United Nations Commission on International Trade Law' }, // C/K
  { symbol: 'A/RES/58/292', organ: 'GA', kind: 'resolution', date: '2004-05-06' }, // C/-
  { symbol: 'A/RES/65/1', organ: 'GA', kind: 'resolution', date: '2010-09-22' }, // C/-
  { symbol: 'A/RES/70/245', organ: 'GA', kind: 'resolution', date: '2015-12-23' }, // C/-
  { symbol: 'A/RES/71/243', organ: 'GA', kind: 'resolution', date: '2016-12-21' }, // C/-
  { symbol: 'A/RES/71/328', organ: 'GA', kind: 'resolution', date: '2017-09-11' }, // C/-
  { symbol: 'A/RES/73/296', organ: 'GA', kind: 'resolution', date: '2019-05-28' }, // C/-
  { symbol: 'A/RES/73/327', organ: 'GA', kind: 'resolution', date: '2019-07-25' }, // C/-
  { symbol: 'A/RES/74/2', organ: 'GA', kind: 'resolution', date: '2019-10-10', title: 'Political declaration of the high-level meeting on universal health coverage' }, // J/J
  { symbol: 'A/RES/74/262', organ: 'GA', kind: 'resolution', date: '2019-12-27', title: 'Questions relating to the proposed programme budget for 2020' }, // J/J
  { symbol: 'A/RES/74/3', organ: 'GA', kind: 'resolution', date: '2019-10-10', title: 'Political declaration of the high-level meeting to review progress made in addressing the priorities of small island developing States through the implementation of the SIDS Accelerated Modalities of Action (SAMOA) Pathway' }, // J/J
  { symbol: 'A/RES/76/250', organ: 'GA', kind: 'resolution', date: '2022-01-20', title: 'Holocaust denial' }, // J/J
  { symbol: 'A/RES/76/266', organ: 'GA', kind: 'resolution', date: '2022-06-07', title: 'Progress Declaration of the International Migration Review Forum' }, // J/J
  { symbol: 'A/RES/76/296', organ: 'GA', kind: 'resolution', date: '2022-07-21', title: 'Our ocean, our future, our responsibility' }, // J/J
  { symbol: 'A/RES/76/6', organ: 'GA', kind: 'resolution', date: '2021-11-15', title: 'Followup to the report of the Secretary-General entitled “Our Common Agenda”' }, // J/J
  { symbol: 'A/RES/77/240', organ: 'GA', kind: 'resolution', date: '2022-12-16', title: 'Promoting and mainstreaming easy-to-understand communication for accessibility for persons with disabilities' }, // J/J
  { symbol: 'A/RES/77/289', organ: 'GA', kind: 'resolution', date: '2023-05-18', title: 'Political declaration of the high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015–2030' }, // J/J
  { symbol: 'A/RES/78/317', organ: 'GA', kind: 'resolution', date: '2024-07-16', title: 'The Antigua and Barbuda Agenda for Small Island Developing States: A Renewed Declaration for Resilient Prosperity' }, // J/J
  { symbol: 'A/RES/79/233', organ: 'GA', kind: 'resolution', date: '2024-12-24', title: 'Programme of Action for Landlocked Developing Countries for the Decade 2024–2034' }, // J/J
  { symbol: 'A/RES/ES-10/17', organ: 'GA', kind: 'resolution', date: '2006-12-15' }, // C/-
  { symbol: 'E/RES/2019/15', organ: 'ECOSOC', kind: 'resolution', date: '2019-07-08' }, // C/-
  { symbol: 'S/RES/1397(2002)', organ: 'SC', kind: 'resolution', date: '2002-03-12' }, // M/-
  { symbol: 'S/RES/1502(2003)', organ: 'SC', kind: 'resolution', date: '2003-08-26' }, // M/-
  { symbol: 'S/RES/1540(2004)', organ: 'SC', kind: 'resolution', date: '2004-04-28' }, // M/-
  { symbol: 'S/RES/1674(2006)', organ: 'SC', kind: 'resolution', date: '2006-04-28' }, // M/-
  { symbol: 'S/RES/1680(2006)', organ: 'SC', kind: 'resolution', date: '2006-05-17' }, // M/-
  { symbol: 'S/RES/2042(2012)', organ: 'SC', kind: 'resolution', date: '2012-04-14' }, // M/-
  { symbol: 'S/RES/2043(2012)', organ: 'SC', kind: 'resolution', date: '2012-04-21' }, // M/-
  { symbol: 'S/RES/2209(2015)', organ: 'SC', kind: 'resolution', date: '2015-03-06' }, // M/-
  { symbol: 'S/RES/508(1982)', organ: 'SC', kind: 'resolution', date: '1982-06-05' }, // M/-
  { symbol: 'S/RES/509(1982)', organ: 'SC', kind: 'resolution', date: '1982-06-06' }, // M/-
  { symbol: 'S/RES/520(1982)', organ: 'SC', kind: 'resolution', date: '1982-09-17' }, // M/-
  { symbol: 'S/RES/665(1990)', organ: 'SC', kind: 'resolution', date: '1990-08-25' }, // M/-
  { symbol: 'A/RES/64/72', organ: 'GA', kind: 'resolution', date: '2009-12-04' }, // C/-
  { symbol: 'A/RES/66/68', organ: 'GA', kind: 'resolution', date: '2011-12-06' }, // C/-
  { symbol: 'A/RES/71/123', organ: 'GA', kind: 'resolution', date: '2016-12-07' }, // C/-
  { symbol: 'S/RES/1970(2011)', organ: 'SC', kind: 'resolution', date: '2011-02-26' }, // M/-
  { symbol: 'A/RES/61/105', organ: 'GA', kind: 'resolution', date: '2006-12-08' }, // C/-
  { symbol: 'S/RES/2585(2021)', organ: 'SC', kind: 'resolution', date: '2021-07-09' }, // M/-
  { symbol: 'A/RES/76/268', organ: 'GA', kind: 'resolution', date: '2022-06-10', title: 'Multilingualism' }, // J/J
  { symbol: 'S/RES/1863(2009)', organ: 'SC', kind: 'resolution', date: '2009-01-16' }, // M/-
  { symbol: 'A/RES/46/215', organ: 'GA', kind: 'resolution', date: '1991-12-20' }, // C/-
  { symbol: 'A/RES/73/6', organ: 'GA', kind: 'resolution', date: '2018-10-26' }, // C/-
  { symbol: 'S/RES/1989(2011)', organ: 'SC', kind: 'resolution', date: '2011-06-17' }, // M/-
  { symbol: 'S/RES/2669(2022)', organ: 'SC', kind: 'resolution', date: '2022-12-21' }, // M/-
  { symbol: 'S/RES/678(1990)', organ: 'SC', kind: 'resolution', date: '1990-11-29' }, // M/-
  { symbol: 'A/RES/72/249', organ: 'GA', kind: 'resolution', date: '2017-12-24' }, // C/-
  { symbol: 'A/RES/74/18', organ: 'GA', kind: 'resolution', date: '2019-12-10', title: 'Sustainable fisheries, including through the 1995 Agreement for the Implementation of the Provisions of the United Nations Convention on the Law of the Sea of 10 December 1982 relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks, and related instruments' }, // J/J
  { symbol: 'A/RES/74/54', organ: 'GA', kind: 'resolution', date: '2019-12-12', title: 'Follow-up to the 2013 high-level meeting of the General Assembly on nuclear disarmament' }, // J/J
  { symbol: 'A/RES/75/233', organ: 'GA', kind: 'resolution', date: '2020-12-21', title: 'Quadrennial comprehensive policy review of operational activities for development of the United Nations system' }, // J/J
  { symbol: 'A/RES/77/250', organ: 'GA', kind: 'resolution', date: '2022-12-30', title: 'Further practical measures for the prevention of an arms race in outer space' }, // J/J
  { symbol: 'A/RES/77/320', organ: 'GA', kind: 'resolution', date: '2023-07-25', title: 'Impact of rapid technological change on the achievement of the Sustainable Development Goals and targets' }, // J/J
  { symbol: 'A/RES/78/244', organ: 'GA', kind: 'resolution', date: '2023-12-22', title: 'Programme planning' }, // J/J
  { symbol: 'S/RES/2474(2019)', organ: 'SC', kind: 'resolution', date: '2019-06-11' }, // M/-
  { symbol: 'A/DEC/52/492', organ: 'GA', kind: 'decision', date: '1998-09-08' }, // C/-
  { symbol: 'A/DEC/72/558', organ: 'GA', kind: 'decision', date: '2018-07-05' }, // C/-
  { symbol: 'A/RES/50/245', organ: 'GA', kind: 'resolution', date: '1996-09-10', title: 'Comprehensive Nuclear-Test-Ban Treaty' }, // C/K
  { symbol: 'A/RES/64/293', organ: 'GA', kind: 'resolution', date: '2010-07-30', title: 'United Nations Global Plan of Action to Combat Trafficking in Persons' }, // C/K
  { symbol: 'A/RES/68/32', organ: 'GA', kind: 'resolution', date: '2013-12-05' }, // C/-
  { symbol: 'A/RES/71/222', organ: 'GA', kind: 'resolution', date: '2016-12-21' }, // C/-
  { symbol: 'A/RES/73/182', organ: 'GA', kind: 'resolution', date: '2018-12-17' }, // C/-
  { symbol: 'A/RES/74/297', organ: 'GA', kind: 'resolution', date: '2020-08-11', title: 'Progress in the implementation of General Assembly resolution 71/243 on the quadrennial comprehensive policy review of operational activities for development of the United Nations system' }, // M/M
  { symbol: 'A/RES/75/240', organ: 'GA', kind: 'resolution', date: '2020-12-31', title: 'Developments in the field of information and telecommunications in the context of international security' }, // J/J
  { symbol: 'A/RES/75/285', organ: 'GA', kind: 'resolution', date: '2021-06-16', title: 'Status of internally displaced persons and refugees from Abkhazia, Georgia, and the Tskhinvali region/South Ossetia, Georgia' }, // J/J
  { symbol: 'A/RES/76/181', organ: 'GA', kind: 'resolution', date: '2021-12-16', title: 'Fourteenth United Nations Congress on Crime Prevention and Criminal Justice' }, // J/J
  { symbol: 'A/RES/79/147', organ: 'GA', kind: 'resolution', date: '2024-12-17', title: 'Follow-up to the Second World Assembly on Ageing' }, // J/J
  { symbol: 'A/RES/79/279', organ: 'GA', kind: 'resolution', date: '2025-04-11', title: 'Further modalities of the Third United Nations Conference on Landlocked Developing Countries' }, // J/J
  { symbol: 'A/RES/S-30/1', organ: 'GA', kind: 'resolution', date: '2016-04-19' }, // C/-
  { symbol: 'S/RES/1526(2004)', organ: 'SC', kind: 'resolution', date: '2004-01-30' }, // M/-
  { symbol: 'S/RES/1769(2007)', organ: 'SC', kind: 'resolution', date: '2007-07-31' }, // M/-
  { symbol: 'S/RES/446(1979)', organ: 'SC', kind: 'resolution', date: '1979-03-22' }, // M/-
  { symbol: 'S/RES/476(1980)', organ: 'SC', kind: 'resolution', date: '1980-06-30' }, // M/-
  { symbol: 'A/DEC/57/573', organ: 'GA', kind: 'decision', date: '2002-12-20' }, // C/-
  { symbol: 'A/DEC/68/548', organ: 'GA', kind: 'decision', date: '2013-12-27' }, // C/-
  { symbol: 'A/DEC/73/555', organ: 'GA', kind: 'decision', date: '2019-07-03' }, // C/-
  { symbol: 'A/HRC/RES/17/4', organ: 'HRC', kind: 'resolution', date: '2011-06-16' }, // C/-
  { symbol: 'A/HRC/RES/40/16', organ: 'HRC', kind: 'resolution', date: '2019-03-22' }, // C/-
  { symbol: 'A/HRC/RES/45/3', organ: 'HRC', kind: 'resolution', date: '2020-10-06' }, // C/-
  { symbol: 'A/HRC/RES/48/15', organ: 'HRC', kind: 'resolution', date: '2021-10-08' }, // C/-
  { symbol: 'A/HRC/RES/S-16/1', organ: 'HRC', kind: 'resolution', date: '2011-04-29' }, // C/-
  { symbol: 'A/RES/36/55', organ: 'GA', kind: 'resolution', date: '1981-11-25' }, // C/-
  { symbol: 'A/RES/377(V)', organ: 'GA', kind: 'resolution', date: '1950-11-03', parts: 'A', title: 'Uniting for peace' }, // C/E
  { symbol: 'A/RES/48/162', organ: 'GA', kind: 'resolution', date: '1993-12-20' }, // C/-
  { symbol: 'A/RES/53/7', organ: 'GA', kind: 'resolution', date: '1998-10-16' }, // C/-
  { symbol: 'A/RES/53/70', organ: 'GA', kind: 'resolution', date: '1998-12-04' }, // C/-
  { symbol: 'A/RES/54/215', organ: 'GA', kind: 'resolution', date: '1999-12-22' }, // C/-
  { symbol: 'A/RES/54/225', organ: 'GA', kind: 'resolution', date: '1999-12-22' }, // C/-
  { symbol: 'A/RES/54/49', organ: 'GA', kind: 'resolution', date: '1999-12-01' }, // C/-
  { symbol: 'A/RES/55/203', organ: 'GA', kind: 'resolution', date: '2000-12-20' }, // C/-
  { symbol: 'A/RES/55/205', organ: 'GA', kind: 'resolution', date: '2000-12-20' }, // C/-
  { symbol: 'A/RES/55/25', organ: 'GA', kind: 'resolution', date: '2000-11-15', title: 'United Nations Convention against Transnational Organized Crime' }, // C/K
  { symbol: 'A/RES/55/258', organ: 'GA', kind: 'resolution', date: '2001-06-14' }, // C/-
  { symbol: 'A/RES/55/28', organ: 'GA', kind: 'resolution', date: '2000-11-20' }, // C/-
  { symbol: 'A/RES/56/13', organ: 'GA', kind: 'resolution', date: '2001-11-28' }, // C/-
  { symbol: 'A/RES/56/19', organ: 'GA', kind: 'resolution', date: '2001-11-29' }, // C/-
  { symbol: 'A/RES/56/200', organ: 'GA', kind: 'resolution', date: '2001-12-21' }, // C/-
  { symbol: 'A/RES/56/253', organ: 'GA', kind: 'resolution', date: '2001-12-24' }, // C/-
  { symbol: 'A/RES/57/261', organ: 'GA', kind: 'resolution', date: '2002-12-20' }, // C/-
  { symbol: 'A/RES/57/53', organ: 'GA', kind: 'resolution', date: '2002-11-22' }, // C/-
  { symbol: 'A/RES/58/210', organ: 'GA', kind: 'resolution', date: '2003-12-23' }, // C/-
  { symbol: 'A/RES/58/316', organ: 'GA', kind: 'resolution', date: '2004-07-01' }, // C/-
  { symbol: 'A/RES/58/32', organ: 'GA', kind: 'resolution', date: '2003-12-08' }, // C/-
  { symbol: 'A/RES/59/230', organ: 'GA', kind: 'resolution', date: '2004-12-22' }, // C/-
  { symbol: 'A/RES/59/61', organ: 'GA', kind: 'resolution', date: '2004-12-03' }, // C/-
  { symbol: 'A/RES/60/199', organ: 'GA', kind: 'resolution', date: '2005-12-22' }, // C/-
  { symbol: 'A/RES/60/31', organ: 'GA', kind: 'resolution', date: '2005-11-29' }, // C/-
  { symbol: 'A/RES/60/45', organ: 'GA', kind: 'resolution', date: '2005-12-08' }, // C/-
  { symbol: 'A/RES/61/197', organ: 'GA', kind: 'resolution', date: '2006-12-20' }, // C/-
  { symbol: 'A/RES/61/237', organ: 'GA', kind: 'resolution', date: '2006-12-22' }, // C/-
  { symbol: 'A/RES/61/54', organ: 'GA', kind: 'resolution', date: '2006-12-06' }, // C/-
  { symbol: 'A/RES/62/153', organ: 'GA', kind: 'resolution', date: '2007-12-18' }, // C/-
  { symbol: 'A/RES/62/17', organ: 'GA', kind: 'resolution', date: '2007-12-05' }, // C/-
  { symbol: 'A/RES/62/197', organ: 'GA', kind: 'resolution', date: '2007-12-19' }, // C/-
  { symbol: 'A/RES/62/219', organ: 'GA', kind: 'resolution', date: '2007-12-22' }, // C/-
  { symbol: 'A/RES/63/112', organ: 'GA', kind: 'resolution', date: '2008-12-05' }, // C/-
  { symbol: 'A/RES/63/214', organ: 'GA', kind: 'resolution', date: '2008-12-19' }, // C/-
  { symbol: 'A/RES/63/307', organ: 'GA', kind: 'resolution', date: '2009-09-09' }, // C/-
  { symbol: 'A/RES/63/37', organ: 'GA', kind: 'resolution', date: '2008-12-02' }, // C/-
  { symbol: 'A/RES/64/162', organ: 'GA', kind: 'resolution', date: '2009-12-18' }, // C/-
  { symbol: 'A/RES/64/206', organ: 'GA', kind: 'resolution', date: '2009-12-21' }, // C/-
  { symbol: 'A/RES/64/243', organ: 'GA', kind: 'resolution', date: '2009-12-24' }, // C/-
  { symbol: 'A/RES/64/248', organ: 'GA', kind: 'resolution', date: '2009-12-24' }, // C/-
  { symbol: 'A/RES/64/25', organ: 'GA', kind: 'resolution', date: '2009-12-02' }, // C/-
  { symbol: 'A/RES/64/296', organ: 'GA', kind: 'resolution', date: '2010-09-07' }, // C/-
  { symbol: 'A/RES/65/119', organ: 'GA', kind: 'resolution', date: '2010-12-10' }, // C/-
  { symbol: 'A/RES/65/151', organ: 'GA', kind: 'resolution', date: '2010-12-20' }, // C/-
  { symbol: 'A/RES/65/155', organ: 'GA', kind: 'resolution', date: '2010-12-20' }, // C/-
  { symbol: 'A/RES/65/178', organ: 'GA', kind: 'resolution', date: '2010-12-20' }, // C/-
  { symbol: 'A/RES/65/281', organ: 'GA', kind: 'resolution', date: '2011-06-17' }, // C/-
  { symbol: 'A/RES/65/287', organ: 'GA', kind: 'resolution', date: '2011-06-29' }, // C/-
  { symbol: 'A/RES/65/41', organ: 'GA', kind: 'resolution', date: '2010-12-08' }, // C/-
  { symbol: 'A/RES/55/255', organ: 'GA', kind: 'resolution', date: '2001-05-31', title: 'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, supplementing the United Nations Convention against Transnational Organized Crime' }, // C/K
  { symbol: 'A/RES/58/135', organ: 'GA', kind: 'resolution', date: '2003-12-22' }, // C/-
];
