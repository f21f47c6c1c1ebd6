/**
 * Names of the 193 Member States of the United Nations and of the two non-member
 * observer States (Holy See, State of Palestine).
 *
 * `name` is the English short name of UNTERM, the UN terminology database, as the UN
 * writes it in lists of States (sponsors, voting records, scales of assessment),
 * with UNTERM's "(the)" article marker removed and recorded as `article: true`.
 * Order: UN alphabetical order (diacritics ignored), observers last.
 */

export interface MemberState {
  /** Official UN short name (UNTERM English short name, "(the)" marker removed). */
  readonly name: string;
  /**
   * Formal name, without its leading "the" (which it always takes in running text).
   * Omitted when it is the same as the short name.
   */
  readonly formal?: string;
  /**
   * True when the short name takes "the" in running text ("the Sudan", "the Niger"),
   * i.e. UNTERM marks it "(the)". "Bahamas" takes a capital: "The Bahamas".
   */
  readonly article?: boolean;
  readonly status: 'member' | 'observer';
  /**
   * Forms drafters write that are never correct UN usage for this State today:
   * colloquial names, former names, abbreviations, missing or added diacritics.
   * Each is unambiguous and belongs to one State only.
   */
  readonly variants: readonly string[];
  /**
   * Shorter forms that the UN itself uses in some contexts (running text, fixed
   * expressions such as "United States dollars" or "question of Palestine", titles
   * such as "Special Envoy of the Secretary-General for Syria") but not as the
   * State's name in a list of States. Never an error by themselves: at most a hint.
   */
  readonly informal?: readonly string[];
}

export const MEMBER_STATES: readonly MemberState[] = [
  // ---- Member States (193) ----
  { name: 'Afghanistan', formal: 'Islamic Republic of Afghanistan', status: 'member', variants: [] },
  { name: 'Albania', formal: 'Republic of Albania', status: 'member', variants: [] },
  { name: 'Algeria', formal: "People's Democratic Republic of Algeria", status: 'member', variants: [] },
  { name: 'Andorra', formal: 'Principality of Andorra', status: 'member', variants: [] },
  { name: 'Angola', formal: 'Republic of Angola', status: 'member', variants: [] },
  { name: 'Antigua and Barbuda', status: 'member', variants: [] },
  { name: 'Argentina', formal: 'Argentine Republic', status: 'member', variants: [] },
  { name: 'Armenia', formal: 'Republic of Armenia', status: 'member', variants: [] },
  { name: 'Australia', status: 'member', variants: [] },
  { name: 'Austria', formal: 'Republic of Austria', status: 'member', variants: [] },
  { name: 'Azerbaijan', formal: 'Republic of Azerbaijan', status: 'member', variants: [] },
  // UNTERM: "Bahamas (The)", capital T: "The Bahamas" outside alphabetical lists.
  { name: 'Bahamas', formal: 'Commonwealth of The Bahamas', article: true, status: 'member', variants: [] },
  { name: 'Bahrain', formal: 'Kingdom of Bahrain', status: 'member', variants: [] },
  { name: 'Bangladesh', formal: "People's Republic of Bangladesh", status: 'member', variants: [] },
  { name: 'Barbados', status: 'member', variants: [] },
  { name: 'Belarus', formal: 'Republic of Belarus', status: 'member', variants: [] },
  { name: 'Belgium', formal: 'Kingdom of Belgium', status: 'member', variants: [] },
  { name: 'Belize', status: 'member', variants: [] },
  { name: 'Benin', formal: 'Republic of Benin', status: 'member', variants: [] },
  { name: 'Bhutan', formal: 'Kingdom of Bhutan', status: 'member', variants: [] },
  // Running text: "the Plurinational State of Bolivia" (UNTERM note).
  {
    name: 'Bolivia (Plurinational State of)',
    formal: 'Plurinational State of Bolivia',
    status: 'member',
    variants: ['Bolivia'],
  },
  { name: 'Bosnia and Herzegovina', status: 'member', variants: [] },
  { name: 'Botswana', formal: 'Republic of Botswana', status: 'member', variants: [] },
  { name: 'Brazil', formal: 'Federative Republic of Brazil', status: 'member', variants: [] },
  { name: 'Brunei Darussalam', status: 'member', variants: ['Brunei'] },
  { name: 'Bulgaria', formal: 'Republic of Bulgaria', status: 'member', variants: [] },
  { name: 'Burkina Faso', status: 'member', variants: [] },
  { name: 'Burundi', formal: 'Republic of Burundi', status: 'member', variants: [] },
  { name: 'Cabo Verde', formal: 'Republic of Cabo Verde', status: 'member', variants: ['Cape Verde'] },
  { name: 'Cambodia', formal: 'Kingdom of Cambodia', status: 'member', variants: [] },
  { name: 'Cameroon', formal: 'Republic of Cameroon', status: 'member', variants: [] },
  { name: 'Canada', status: 'member', variants: [] },
  { name: 'Central African Republic', article: true, status: 'member', variants: [] },
  { name: 'Chad', formal: 'Republic of Chad', status: 'member', variants: [] },
  { name: 'Chile', formal: 'Republic of Chile', status: 'member', variants: [] },
  { name: 'China', formal: "People's Republic of China", status: 'member', variants: [] },
  { name: 'Colombia', formal: 'Republic of Colombia', status: 'member', variants: [] },
  { name: 'Comoros', formal: 'Union of the Comoros', article: true, status: 'member', variants: [] },
  {
    name: 'Congo',
    formal: 'Republic of the Congo',
    article: true,
    status: 'member',
    variants: ['Congo-Brazzaville', 'Republic of Congo'],
  },
  { name: 'Costa Rica', formal: 'Republic of Costa Rica', status: 'member', variants: [] },
  {
    name: "Côte d'Ivoire",
    formal: "Republic of Côte d'Ivoire",
    status: 'member',
    variants: ['Ivory Coast', "Cote d'Ivoire", 'Cote d’Ivoire'],
  },
  { name: 'Croatia', formal: 'Republic of Croatia', status: 'member', variants: [] },
  { name: 'Cuba', formal: 'Republic of Cuba', status: 'member', variants: [] },
  { name: 'Cyprus', formal: 'Republic of Cyprus', status: 'member', variants: [] },
  // "the Czech Republic" is the formal name, so it is not a variant.
  { name: 'Czechia', formal: 'Czech Republic', status: 'member', variants: [] },
  {
    name: "Democratic People's Republic of Korea",
    article: true,
    status: 'member',
    variants: ['North Korea'],
  },
  {
    name: 'Democratic Republic of the Congo',
    article: true,
    status: 'member',
    variants: ['Democratic Republic of Congo', 'DR Congo', 'Congo-Kinshasa', 'Zaire'],
    informal: ['DRC'],
  },
  { name: 'Denmark', formal: 'Kingdom of Denmark', status: 'member', variants: [] },
  { name: 'Djibouti', formal: 'Republic of Djibouti', status: 'member', variants: [] },
  { name: 'Dominica', formal: 'Commonwealth of Dominica', status: 'member', variants: [] },
  { name: 'Dominican Republic', article: true, status: 'member', variants: [] },
  { name: 'Ecuador', formal: 'Republic of Ecuador', status: 'member', variants: [] },
  { name: 'Egypt', formal: 'Arab Republic of Egypt', status: 'member', variants: [] },
  { name: 'El Salvador', formal: 'Republic of El Salvador', status: 'member', variants: [] },
  { name: 'Equatorial Guinea', formal: 'Republic of Equatorial Guinea', status: 'member', variants: [] },
  { name: 'Eritrea', formal: 'State of Eritrea', status: 'member', variants: [] },
  { name: 'Estonia', formal: 'Republic of Estonia', status: 'member', variants: [] },
  { name: 'Eswatini', formal: 'Kingdom of Eswatini', status: 'member', variants: ['Swaziland'] },
  { name: 'Ethiopia', formal: 'Federal Democratic Republic of Ethiopia', status: 'member', variants: [] },
  { name: 'Fiji', formal: 'Republic of Fiji', status: 'member', variants: [] },
  { name: 'Finland', formal: 'Republic of Finland', status: 'member', variants: [] },
  { name: 'France', formal: 'French Republic', status: 'member', variants: [] },
  { name: 'Gabon', formal: 'Gabonese Republic', status: 'member', variants: [] },
  { name: 'Gambia', formal: 'Republic of the Gambia', article: true, status: 'member', variants: [] },
  { name: 'Georgia', status: 'member', variants: [] },
  { name: 'Germany', formal: 'Federal Republic of Germany', status: 'member', variants: [] },
  { name: 'Ghana', formal: 'Republic of Ghana', status: 'member', variants: [] },
  { name: 'Greece', formal: 'Hellenic Republic', status: 'member', variants: [] },
  { name: 'Grenada', status: 'member', variants: [] },
  { name: 'Guatemala', formal: 'Republic of Guatemala', status: 'member', variants: [] },
  { name: 'Guinea', formal: 'Republic of Guinea', status: 'member', variants: [] },
  {
    name: 'Guinea-Bissau',
    formal: 'Republic of Guinea-Bissau',
    status: 'member',
    variants: ['Guinea Bissau'],
  },
  { name: 'Guyana', formal: 'Co-operative Republic of Guyana', status: 'member', variants: [] },
  { name: 'Haiti', formal: 'Republic of Haiti', status: 'member', variants: [] },
  { name: 'Honduras', formal: 'Republic of Honduras', status: 'member', variants: [] },
  { name: 'Hungary', status: 'member', variants: [] },
  { name: 'Iceland', status: 'member', variants: [] },
  { name: 'India', formal: 'Republic of India', status: 'member', variants: [] },
  { name: 'Indonesia', formal: 'Republic of Indonesia', status: 'member', variants: [] },
  // Running text: "the Islamic Republic of Iran" (UNTERM note).
  {
    name: 'Iran (Islamic Republic of)',
    formal: 'Islamic Republic of Iran',
    status: 'member',
    variants: ['Iran'],
  },
  { name: 'Iraq', formal: 'Republic of Iraq', status: 'member', variants: [] },
  { name: 'Ireland', status: 'member', variants: [] },
  { name: 'Israel', formal: 'State of Israel', status: 'member', variants: [] },
  { name: 'Italy', formal: 'Republic of Italy', status: 'member', variants: [] },
  { name: 'Jamaica', status: 'member', variants: [] },
  { name: 'Japan', status: 'member', variants: [] },
  { name: 'Jordan', formal: 'Hashemite Kingdom of Jordan', status: 'member', variants: [] },
  { name: 'Kazakhstan', formal: 'Republic of Kazakhstan', status: 'member', variants: [] },
  { name: 'Kenya', formal: 'Republic of Kenya', status: 'member', variants: [] },
  { name: 'Kiribati', formal: 'Republic of Kiribati', status: 'member', variants: [] },
  { name: 'Kuwait', formal: 'State of Kuwait', status: 'member', variants: [] },
  { name: 'Kyrgyzstan', formal: 'Kyrgyz Republic', status: 'member', variants: [] },
  {
    name: "Lao People's Democratic Republic",
    article: true,
    status: 'member',
    variants: ['Laos', 'Lao PDR'],
  },
  { name: 'Latvia', formal: 'Republic of Latvia', status: 'member', variants: [] },
  { name: 'Lebanon', formal: 'Lebanese Republic', status: 'member', variants: [] },
  { name: 'Lesotho', formal: 'Kingdom of Lesotho', status: 'member', variants: [] },
  { name: 'Liberia', formal: 'Republic of Liberia', status: 'member', variants: [] },
  { name: 'Libya', formal: 'State of Libya', status: 'member', variants: [] },
  { name: 'Liechtenstein', formal: 'Principality of Liechtenstein', status: 'member', variants: [] },
  { name: 'Lithuania', formal: 'Republic of Lithuania', status: 'member', variants: [] },
  { name: 'Luxembourg', formal: 'Grand Duchy of Luxembourg', status: 'member', variants: [] },
  { name: 'Madagascar', formal: 'Republic of Madagascar', status: 'member', variants: [] },
  { name: 'Malawi', formal: 'Republic of Malawi', status: 'member', variants: [] },
  { name: 'Malaysia', status: 'member', variants: [] },
  { name: 'Maldives', formal: 'Republic of Maldives', status: 'member', variants: [] },
  { name: 'Mali', formal: 'Republic of Mali', status: 'member', variants: [] },
  { name: 'Malta', formal: 'Republic of Malta', status: 'member', variants: [] },
  {
    name: 'Marshall Islands',
    formal: 'Republic of the Marshall Islands',
    article: true,
    status: 'member',
    variants: [],
  },
  { name: 'Mauritania', formal: 'Islamic Republic of Mauritania', status: 'member', variants: [] },
  { name: 'Mauritius', formal: 'Republic of Mauritius', status: 'member', variants: [] },
  { name: 'Mexico', formal: 'United Mexican States', status: 'member', variants: [] },
  // Running text: "the Federated States of Micronesia" (UNTERM note).
  {
    name: 'Micronesia (Federated States of)',
    formal: 'Federated States of Micronesia',
    status: 'member',
    variants: [],
    informal: ['Micronesia'],
  },
  { name: 'Monaco', formal: 'Principality of Monaco', status: 'member', variants: [] },
  { name: 'Mongolia', status: 'member', variants: [] },
  { name: 'Montenegro', status: 'member', variants: [] },
  { name: 'Morocco', formal: 'Kingdom of Morocco', status: 'member', variants: [] },
  { name: 'Mozambique', formal: 'Republic of Mozambique', status: 'member', variants: [] },
  { name: 'Myanmar', formal: 'Republic of the Union of Myanmar', status: 'member', variants: ['Burma'] },
  { name: 'Namibia', formal: 'Republic of Namibia', status: 'member', variants: [] },
  { name: 'Nauru', formal: 'Republic of Nauru', status: 'member', variants: [] },
  { name: 'Nepal', status: 'member', variants: [] },
  // Short name since March 2023. UNTERM puts the article inside the parenthesis, so there is
  // no "(the)" marker; plain "the Netherlands" still occurs in running text.
  {
    name: 'Netherlands (Kingdom of the)',
    formal: 'Kingdom of the Netherlands',
    article: true,
    status: 'member',
    variants: ['Holland'],
    informal: ['Netherlands'],
  },
  { name: 'New Zealand', status: 'member', variants: [] },
  { name: 'Nicaragua', formal: 'Republic of Nicaragua', status: 'member', variants: [] },
  { name: 'Niger', formal: 'Republic of the Niger', article: true, status: 'member', variants: [] },
  { name: 'Nigeria', formal: 'Federal Republic of Nigeria', status: 'member', variants: [] },
  {
    name: 'North Macedonia',
    formal: 'Republic of North Macedonia',
    status: 'member',
    variants: ['Macedonia', 'Republic of Macedonia', 'former Yugoslav Republic of Macedonia', 'FYROM'],
  },
  { name: 'Norway', formal: 'Kingdom of Norway', status: 'member', variants: [] },
  { name: 'Oman', formal: 'Sultanate of Oman', status: 'member', variants: [] },
  { name: 'Pakistan', formal: 'Islamic Republic of Pakistan', status: 'member', variants: [] },
  { name: 'Palau', formal: 'Republic of Palau', status: 'member', variants: [] },
  { name: 'Panama', formal: 'Republic of Panama', status: 'member', variants: [] },
  {
    name: 'Papua New Guinea',
    formal: 'Independent State of Papua New Guinea',
    status: 'member',
    variants: [],
  },
  { name: 'Paraguay', formal: 'Republic of Paraguay', status: 'member', variants: [] },
  { name: 'Peru', formal: 'Republic of Peru', status: 'member', variants: [] },
  {
    name: 'Philippines',
    formal: 'Republic of the Philippines',
    article: true,
    status: 'member',
    variants: [],
  },
  { name: 'Poland', formal: 'Republic of Poland', status: 'member', variants: [] },
  { name: 'Portugal', formal: 'Portuguese Republic', status: 'member', variants: [] },
  { name: 'Qatar', formal: 'State of Qatar', status: 'member', variants: [] },
  { name: 'Republic of Korea', article: true, status: 'member', variants: ['South Korea'] },
  { name: 'Republic of Moldova', article: true, status: 'member', variants: ['Moldova'] },
  { name: 'Romania', status: 'member', variants: [] },
  { name: 'Russian Federation', article: true, status: 'member', variants: ['Russia'] },
  { name: 'Rwanda', formal: 'Republic of Rwanda', status: 'member', variants: [] },
  {
    name: 'Saint Kitts and Nevis',
    status: 'member',
    variants: ['St. Kitts and Nevis', 'St Kitts and Nevis'],
  },
  { name: 'Saint Lucia', status: 'member', variants: ['St. Lucia', 'St Lucia'] },
  {
    name: 'Saint Vincent and the Grenadines',
    status: 'member',
    variants: ['St. Vincent and the Grenadines', 'St Vincent and the Grenadines'],
  },
  { name: 'Samoa', formal: 'Independent State of Samoa', status: 'member', variants: [] },
  { name: 'San Marino', formal: 'Republic of San Marino', status: 'member', variants: [] },
  {
    name: 'Sao Tome and Principe',
    formal: 'Democratic Republic of Sao Tome and Principe',
    status: 'member',
    variants: ['São Tomé and Príncipe'],
  },
  { name: 'Saudi Arabia', formal: 'Kingdom of Saudi Arabia', status: 'member', variants: [] },
  { name: 'Senegal', formal: 'Republic of Senegal', status: 'member', variants: [] },
  { name: 'Serbia', formal: 'Republic of Serbia', status: 'member', variants: [] },
  { name: 'Seychelles', formal: 'Republic of Seychelles', status: 'member', variants: [] },
  { name: 'Sierra Leone', formal: 'Republic of Sierra Leone', status: 'member', variants: [] },
  { name: 'Singapore', formal: 'Republic of Singapore', status: 'member', variants: [] },
  { name: 'Slovakia', formal: 'Slovak Republic', status: 'member', variants: [] },
  { name: 'Slovenia', formal: 'Republic of Slovenia', status: 'member', variants: [] },
  { name: 'Solomon Islands', status: 'member', variants: [] },
  { name: 'Somalia', formal: 'Federal Republic of Somalia', status: 'member', variants: [] },
  { name: 'South Africa', formal: 'Republic of South Africa', status: 'member', variants: [] },
  { name: 'South Sudan', formal: 'Republic of South Sudan', status: 'member', variants: [] },
  { name: 'Spain', formal: 'Kingdom of Spain', status: 'member', variants: [] },
  { name: 'Sri Lanka', formal: 'Democratic Socialist Republic of Sri Lanka', status: 'member', variants: [] },
  { name: 'Sudan', formal: 'Republic of the Sudan', article: true, status: 'member', variants: [] },
  { name: 'Suriname', formal: 'Republic of Suriname', status: 'member', variants: [] },
  { name: 'Sweden', formal: 'Kingdom of Sweden', status: 'member', variants: [] },
  { name: 'Switzerland', formal: 'Swiss Confederation', status: 'member', variants: [] },
  { name: 'Syrian Arab Republic', article: true, status: 'member', variants: [], informal: ['Syria'] },
  { name: 'Tajikistan', formal: 'Republic of Tajikistan', status: 'member', variants: [] },
  { name: 'Thailand', formal: 'Kingdom of Thailand', status: 'member', variants: [] },
  {
    name: 'Timor-Leste',
    formal: 'Democratic Republic of Timor-Leste',
    status: 'member',
    variants: ['East Timor', 'Timor Leste'],
  },
  { name: 'Togo', formal: 'Togolese Republic', status: 'member', variants: [] },
  { name: 'Tonga', formal: 'Kingdom of Tonga', status: 'member', variants: [] },
  { name: 'Trinidad and Tobago', formal: 'Republic of Trinidad and Tobago', status: 'member', variants: [] },
  { name: 'Tunisia', formal: 'Republic of Tunisia', status: 'member', variants: [] },
  // Short name since 31 May 2022; "Turkey" survives in citations of older documents.
  { name: 'Türkiye', formal: 'Republic of Türkiye', status: 'member', variants: ['Turkey', 'Turkiye'] },
  { name: 'Turkmenistan', status: 'member', variants: [] },
  { name: 'Tuvalu', status: 'member', variants: [] },
  { name: 'Uganda', formal: 'Republic of Uganda', status: 'member', variants: [] },
  { name: 'Ukraine', status: 'member', variants: [] },
  { name: 'United Arab Emirates', article: true, status: 'member', variants: ['UAE'] },
  {
    name: 'United Kingdom of Great Britain and Northern Ireland',
    article: true,
    status: 'member',
    variants: ['UK', 'U.K.', 'Great Britain', 'Britain'],
    informal: ['United Kingdom'],
  },
  { name: 'United Republic of Tanzania', article: true, status: 'member', variants: ['Tanzania'] },
  {
    name: 'United States of America',
    article: true,
    status: 'member',
    variants: ['USA', 'U.S.A.', 'U.S.'],
    informal: ['United States'],
  },
  { name: 'Uruguay', formal: 'Eastern Republic of Uruguay', status: 'member', variants: [] },
  { name: 'Uzbekistan', formal: 'Republic of Uzbekistan', status: 'member', variants: [] },
  { name: 'Vanuatu', formal: 'Republic of Vanuatu', status: 'member', variants: [] },
  // Running text: "the Bolivarian Republic of Venezuela" (UNTERM note).
  {
    name: 'Venezuela (Bolivarian Republic of)',
    formal: 'Bolivarian Republic of Venezuela',
    status: 'member',
    variants: ['Venezuela'],
  },
  { name: 'Viet Nam', formal: 'Socialist Republic of Viet Nam', status: 'member', variants: ['Vietnam'] },
  { name: 'Yemen', formal: 'Republic of Yemen', status: 'member', variants: [] },
  { name: 'Zambia', formal: 'Republic of Zambia', status: 'member', variants: [] },
  { name: 'Zimbabwe', formal: 'Republic of Zimbabwe', status: 'member', variants: [] },

  // ---- Non-member observer States (2) ----
  // "Vatican City State" is the designation used in ITU and UPU texts (UNTERM note).
  {
    name: 'Holy See',
    article: true,
    status: 'observer',
    variants: ['Vatican', 'Vatican City'],
    informal: ['Vatican City State'],
  },
  { name: 'State of Palestine', article: true, status: 'observer', variants: [], informal: ['Palestine'] },
];
