/**
 * United Nations bodies as resolutions name them: the principal organs, the Main
 * Committees of the General Assembly, and the main subsidiary bodies, commissions,
 * committees, funds, programmes and Secretariat offices.
 *
 * `name` is written as in adopted texts (including their capitalization, e.g. the
 * lower-case "high-level political forum on sustainable development"); apostrophes are
 * straight here, published texts often use the typographic one (’).
 * `abbreviation` is the body's own established acronym, given only where it has one;
 * resolutions seldom use acronyms, UN-Women and UN-Habitat being the exceptions.
 */

export interface UnBody {
  readonly name: string;
  readonly abbreviation?: string;
}

export const UN_BODIES: readonly UnBody[] = [
  // Principal organs (the Trusteeship Council, suspended since 1994, is not listed)
  { name: 'General Assembly' },
  { name: 'Security Council' },
  { name: 'Economic and Social Council', abbreviation: 'ECOSOC' },
  { name: 'International Court of Justice', abbreviation: 'ICJ' },
  { name: 'Secretariat' },

  // Main Committees of the General Assembly
  { name: 'First Committee' },
  { name: 'Second Committee' },
  { name: 'Third Committee' },
  { name: 'Fourth Committee' },
  { name: 'Special Political and Decolonization Committee (Fourth Committee)' },
  { name: 'Fifth Committee' },
  { name: 'Sixth Committee' },

  // Subsidiary bodies of the General Assembly
  { name: 'Human Rights Council' },
  { name: 'Peacebuilding Commission' },
  { name: 'International Law Commission' },
  { name: 'United Nations Commission on International Trade Law', abbreviation: 'UNCITRAL' },
  { name: 'Committee on the Peaceful Uses of Outer Space' },
  { name: 'Committee on Information' },
  { name: 'Special Committee on Peacekeeping Operations' },
  {
    name: 'Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples',
  },
  { name: 'Committee on the Exercise of the Inalienable Rights of the Palestinian People' },
  { name: 'Disarmament Commission' },
  { name: 'Advisory Committee on Administrative and Budgetary Questions', abbreviation: 'ACABQ' },
  { name: 'Committee for Programme and Coordination', abbreviation: 'CPC' },
  { name: 'Committee on Contributions' },
  { name: 'Board of Auditors' },
  { name: 'Joint Inspection Unit', abbreviation: 'JIU' },
  { name: 'high-level political forum on sustainable development' },

  // Functional and regional commissions of the Economic and Social Council
  { name: 'Commission on the Status of Women' },
  { name: 'Commission on Crime Prevention and Criminal Justice' },
  { name: 'Commission on Narcotic Drugs' },
  { name: 'Commission for Social Development' },
  { name: 'Statistical Commission' },
  { name: 'Commission on Science and Technology for Development' },
  { name: 'Permanent Forum on Indigenous Issues' },
  { name: 'Economic Commission for Africa', abbreviation: 'ECA' },
  { name: 'Economic Commission for Europe', abbreviation: 'ECE' },
  { name: 'Economic Commission for Latin America and the Caribbean', abbreviation: 'ECLAC' },
  { name: 'Economic and Social Commission for Asia and the Pacific', abbreviation: 'ESCAP' },

  // Security Council
  { name: 'Counter-Terrorism Committee' },

  // Funds, programmes and other entities
  { name: 'United Nations Development Programme', abbreviation: 'UNDP' },
  { name: "United Nations Children's Fund", abbreviation: 'UNICEF' },
  { name: 'United Nations Environment Programme', abbreviation: 'UNEP' },
  { name: 'United Nations Population Fund', abbreviation: 'UNFPA' },
  { name: 'World Food Programme', abbreviation: 'WFP' },
  { name: 'United Nations Human Settlements Programme', abbreviation: 'UN-Habitat' },
  { name: 'United Nations Conference on Trade and Development', abbreviation: 'UNCTAD' },
  {
    name: 'United Nations Relief and Works Agency for Palestine Refugees in the Near East',
    abbreviation: 'UNRWA',
  },
  {
    name: 'United Nations Entity for Gender Equality and the Empowerment of Women',
    abbreviation: 'UN-Women',
  },
  { name: 'Joint United Nations Programme on HIV/AIDS', abbreviation: 'UNAIDS' },
  { name: 'United Nations Office on Drugs and Crime', abbreviation: 'UNODC' },
  { name: 'Office of the United Nations High Commissioner for Human Rights', abbreviation: 'OHCHR' },
  { name: 'Office of the United Nations High Commissioner for Refugees', abbreviation: 'UNHCR' },
  { name: 'United Nations Office for Project Services', abbreviation: 'UNOPS' },
  { name: 'United Nations Institute for Training and Research', abbreviation: 'UNITAR' },
  { name: 'United Nations University', abbreviation: 'UNU' },
  { name: 'United Nations Institute for Disarmament Research', abbreviation: 'UNIDIR' },
  { name: 'United Nations Capital Development Fund', abbreviation: 'UNCDF' },
  { name: 'International Trade Centre', abbreviation: 'ITC' },
  { name: 'Peacebuilding Fund' },
  { name: 'Central Emergency Response Fund', abbreviation: 'CERF' },
  { name: 'International Residual Mechanism for Criminal Tribunals', abbreviation: 'IRMCT' },

  // Secretariat departments and offices
  { name: 'Office for the Coordination of Humanitarian Affairs', abbreviation: 'OCHA' },
  { name: 'United Nations Office for Disaster Risk Reduction', abbreviation: 'UNDRR' },
  { name: 'Office of Internal Oversight Services', abbreviation: 'OIOS' },
  { name: 'Department of Economic and Social Affairs' },
  { name: 'Department of Peace Operations' },
  { name: 'Department of Political and Peacebuilding Affairs' },
  { name: 'Department of Global Communications' },
  { name: 'Department of Operational Support' },
  { name: 'Department for General Assembly and Conference Management' },
  { name: 'Office for Disarmament Affairs' },
  { name: 'Office of Legal Affairs' },
  { name: 'Office of Counter-Terrorism' },

  // Human rights treaty bodies
  { name: 'Human Rights Committee' },
  { name: 'Committee on the Elimination of Discrimination against Women' },
  { name: 'Committee on the Elimination of Racial Discrimination' },
  { name: 'Committee on the Rights of the Child' },
];
