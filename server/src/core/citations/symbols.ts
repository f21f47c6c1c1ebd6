// Document symbols: canonical forms, undocs.org links and a component-by-component explanation.
import type { Organ } from '../model';

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Value of an upper-case roman numeral (`XXV` = 25), undefined when it is not one. */
export function romanToNumber(text: string): number | undefined {
  if (!/^[IVXLC]{1,8}$/.test(text)) return undefined;
  let total = 0;
  for (let index = 0; index < text.length; index++) {
    const value = ROMAN[text.charAt(index)]!;
    const next = index + 1 < text.length ? ROMAN[text.charAt(index + 1)]! : 0;
    total += value < next ? -value : value;
  }
  return total > 0 ? total : undefined;
}

/** Years a regular General Assembly session spans: session N opens in September 1945+N (session 1 met in 1946). */
export function gaSessionYears(session: number): [number, number] {
  if (session === 1) return [1946, 1947];
  return [1945 + session, 1946 + session];
}

/**
 * A symbol in comparable form: upper case, no spaces, the undocs.org prefix, a trailing period and
 * catalogue part brackets removed (`A/RES/37/100[A]`, `S/RES/1411 (2002)`, `https://undocs.org//en/A/RES/217 (III)`).
 */
export function normaliseSymbol(symbol: string): string {
  let text = symbol.trim();
  text = text.replace(/^https?:\/\/(?:www\.)?(?:undocs\.org|docs\.un\.org)\/+(?:(?:en|fr|es|ar|ru|zh)\/+)?/i, '');
  text = text.replace(/[\s\u00A0]+/g, '').toUpperCase();
  text = text.replace(/\[[A-Z\-,]*\]$/, '').replace(/\.$/, '');
  return text;
}

/** undocs.org link for a symbol: `https://undocs.org/en/A/RES/55/25`, `https://undocs.org/en/S/RES/1373(2001)`. */
export function undocsUrl(symbol: string, language = 'en'): string {
  const clean = symbol.trim().replace(/\s+(?=\()/g, '');
  return `https://undocs.org/${language}/${encodeURI(clean)}`;
}

/** Organ of a symbol's series (`A/HRC/…` is the Human Rights Council, `A/…` the General Assembly). */
export function organOfSymbol(symbol: string): Organ {
  const upper = symbol.toUpperCase();
  if (upper.startsWith('A/HRC/')) return 'HRC';
  if (upper.startsWith('A/')) return 'GA';
  if (upper.startsWith('S/')) return 'SC';
  if (upper.startsWith('E/')) return 'ECOSOC';
  return 'other';
}

/** Kind of document a symbol names: `A/RES/…`, `S/RES/…` resolutions; `A/DEC/…`, `A/HRC/DEC/…` decisions. */
export function kindOfSymbol(symbol: string): 'resolution' | 'decision' | 'document' {
  const upper = symbol.toUpperCase();
  if (/^(?:A\/HRC|A|S|E)\/RES\//.test(upper)) return 'resolution';
  if (/^(?:A\/HRC|A|E)\/DEC\//.test(upper)) return 'decision';
  return 'document';
}

export interface SymbolComponent {
  /** The component as written (`E`, `CN.15`, `2004`, `5`). */
  text: string;
  /** What it means (`Economic and Social Council`, `Commission on Crime Prevention and Criminal Justice`, `2004`, `document 5`). */
  meaning: string;
}

export interface SymbolExplanation {
  symbol: string;
  components: SymbolComponent[];
  /** The meanings joined with ` · `: `ECOSOC · Commission on Crime Prevention and Criminal Justice · 2004 · document 5`. */
  summary: string;
}

/** Series (first component). */
const SERIES: Record<string, { meaning: string; short: string }> = {
  A: { meaning: 'General Assembly', short: 'General Assembly' },
  S: { meaning: 'Security Council', short: 'Security Council' },
  E: { meaning: 'Economic and Social Council', short: 'ECOSOC' },
  ST: { meaning: 'Secretariat', short: 'Secretariat' },
  T: { meaning: 'Trusteeship Council', short: 'Trusteeship Council' },
  CRC: { meaning: 'Committee on the Rights of the Child', short: 'Committee on the Rights of the Child' },
  CEDAW: { meaning: 'Committee on the Elimination of Discrimination against Women', short: 'CEDAW Committee' },
  CERD: { meaning: 'Committee on the Elimination of Racial Discrimination', short: 'CERD Committee' },
  CCPR: {
    meaning: 'Human Rights Committee (International Covenant on Civil and Political Rights)',
    short: 'Human Rights Committee',
  },
  UNEP: { meaning: 'United Nations Environment Programme', short: 'UNEP' },
  TD: { meaning: 'United Nations Conference on Trade and Development', short: 'UNCTAD' },
  DP: { meaning: 'Executive Board of UNDP, UNFPA and UNOPS', short: 'UNDP/UNFPA/UNOPS Executive Board' },
  FCCC: { meaning: 'United Nations Framework Convention on Climate Change', short: 'UNFCCC' },
  CD: { meaning: 'Conference on Disarmament', short: 'Conference on Disarmament' },
  NPT: { meaning: 'Treaty on the Non-Proliferation of Nuclear Weapons (review conferences)', short: 'NPT' },
  ISBA: { meaning: 'International Seabed Authority', short: 'International Seabed Authority' },
  SPLOS: {
    meaning: 'Meeting of States Parties to the United Nations Convention on the Law of the Sea',
    short: 'SPLOS',
  },
  CLCS: { meaning: 'Commission on the Limits of the Continental Shelf', short: 'CLCS' },
};

/** Subsidiary bodies written after the series (`A/C.3`, `E/CN.15`, `A/AC.109`). Keyed by `series/body`. */
const BODIES: Record<string, string> = {
  'A/C.1': 'First Committee',
  'A/C.2': 'Second Committee',
  'A/C.3': 'Third Committee',
  'A/C.4': 'Special Political and Decolonization Committee (Fourth Committee)',
  'A/C.5': 'Fifth Committee',
  'A/C.6': 'Sixth Committee',
  'A/HRC': 'Human Rights Council',
  'A/AC.105': 'Committee on the Peaceful Uses of Outer Space',
  'A/AC.109': 'Special Committee on Decolonization',
  'A/AC.121': 'Special Committee on Peacekeeping Operations',
  'A/AC.183': 'Committee on the Exercise of the Inalienable Rights of the Palestinian People',
  'A/AC.198': 'Committee on Information',
  'A/CN.4': 'International Law Commission',
  'A/CN.9': 'United Nations Commission on International Trade Law',
  'A/CN.10': 'Disarmament Commission',
  'A/ES-10': 'tenth emergency special session',
  'A/ES-11': 'eleventh emergency special session',
  'E/CN.3': 'Statistical Commission',
  'E/CN.4': 'Commission on Human Rights',
  'E/CN.5': 'Commission for Social Development',
  'E/CN.6': 'Commission on the Status of Women',
  'E/CN.7': 'Commission on Narcotic Drugs',
  'E/CN.9': 'Commission on Population and Development',
  'E/CN.15': 'Commission on Crime Prevention and Criminal Justice',
  'E/CN.16': 'Commission on Science and Technology for Development',
  'E/CN.17': 'Commission on Sustainable Development',
  'E/CN.18': 'United Nations Forum on Forests',
  'E/C.19': 'Permanent Forum on Indigenous Issues',
  'E/ECA': 'Economic Commission for Africa',
  'E/ECE': 'Economic Commission for Europe',
  'E/ESCAP': 'Economic and Social Commission for Asia and the Pacific',
  'E/ESCWA': 'Economic and Social Commission for Western Asia',
  'E/CEPAL': 'Economic Commission for Latin America and the Caribbean',
  'E/FFDF': 'Forum on Financing for Development follow-up',
  'S/AC.': 'a Security Council committee',
  'ST/SGB': "Secretary-General's bulletin",
  'ST/AI': 'administrative instruction',
  'ST/IC': 'information circular',
};

/** Document types and suffixes. */
const TYPES: Record<string, string> = {
  RES: 'resolution',
  DEC: 'decision',
  PRST: 'presidential statement',
  INF: 'information series',
  NGO: 'statement by a non-governmental organization',
  PET: 'petition',
  AGENDA: 'agenda',
};
const DOTTED_TYPES: Record<string, string> = {
  L: 'limited distribution (draft)',
  PV: 'verbatim record of meeting',
  SR: 'summary record of meeting',
  CRP: 'conference room paper',
  WP: 'working paper',
  ADD: 'addendum',
  CORR: 'corrigendum',
  REV: 'revision',
  AMEND: 'amendment',
  CONF: 'conference',
  AC: 'ad hoc committee',
  C: 'committee',
  CN: 'commission',
  WG: 'working group',
  SUB: 'sub-commission',
  PC: 'preparatory committee',
};

function ordinalSession(value: number): string {
  const suffix = value % 100 >= 11 && value % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return `${value}${suffix} session`;
}

/**
 * Explains a symbol component by component (domain reference §4):
 * `E/CN.15/2004/5` → ECOSOC · Commission on Crime Prevention and Criminal Justice · 2004 · document 5.
 */
export function explainSymbol(symbol: string): SymbolExplanation {
  const trimmed = symbol.trim().replace(/\.$/, '');
  const parts = trimmed.split('/').filter((part) => part.length > 0);
  const components: SymbolComponent[] = [];
  const summary: string[] = [];
  const series = (parts[0] ?? '').toUpperCase();
  const known = SERIES[series];
  let index = 0;
  const first = parts[0];
  if (first !== undefined) {
    components.push({ text: first, meaning: known ? known.meaning : `${first} series` });
    summary.push(known ? known.short : first);
    index = 1;
  }
  let expectSession = true;
  let numberSeen = false;
  for (; index < parts.length; index++) {
    const part = parts[index]!;
    const upper = part.toUpperCase();
    const bodyKey = `${series}/${upper}`;
    const dotted = /^([A-Za-z]+)\.(\S+)$/.exec(part);
    let meaning: string;
    if (BODIES[bodyKey]) {
      meaning = BODIES[bodyKey];
      if (upper.startsWith('ES-')) expectSession = false;
    } else if (TYPES[upper]) {
      meaning = TYPES[upper];
    } else if (/^\d{4}$/.test(part) && Number(part) >= 1946 && expectSession && !numberSeen) {
      meaning = part;
      expectSession = false;
    } else if (
      /^\d{1,3}$/.test(part) &&
      expectSession &&
      !numberSeen &&
      index + 1 < parts.length &&
      /^\d|^[A-Za-z]+\./.test(parts[index + 1] ?? '') &&
      series === 'A'
    ) {
      meaning = ordinalSession(Number(part));
      expectSession = false;
    } else if (/^(?:E?S)-\d{1,2}$/i.test(part)) {
      meaning = upper.startsWith('ES')
        ? `emergency special session ${part.slice(3)}`
        : `special session ${part.slice(2)}`;
      expectSession = false;
    } else if (/^\d+(?:\s?\([^)]*\))?$/.test(part)) {
      meaning = `document ${part}`;
      numberSeen = true;
    } else if (dotted && DOTTED_TYPES[dotted[1]!.toUpperCase()]) {
      const type = dotted[1]!.toUpperCase();
      meaning = ['L', 'PV', 'SR', 'CRP', 'WP', 'ADD', 'CORR', 'REV', 'AMEND'].includes(type)
        ? `${DOTTED_TYPES[type]} ${dotted[2]}`
        : `${DOTTED_TYPES[type]} ${dotted[2]}`;
      if (type === 'L' || type === 'PV' || type === 'SR' || type === 'CRP' || type === 'WP') numberSeen = true;
    } else if (upper === 'SUMMARY') {
      meaning = 'summary';
    } else {
      meaning = part;
    }
    components.push({ text: part, meaning });
    summary.push(meaning);
  }
  return { symbol: trimmed, components, summary: summary.join(' · ') };
}

/** Canonical symbol of a cited resolution or decision, or undefined when the organ has none. */
export function canonicalSymbol(input: {
  kind: 'resolution' | 'decision';
  organ: Organ;
  session?: number;
  specialSession?: string;
  year?: number;
  number: string;
  roman?: string;
}): string | undefined {
  const { kind, organ, number } = input;
  const type = kind === 'resolution' ? 'RES' : 'DEC';
  if (organ === 'SC')
    return kind === 'resolution' && input.year !== undefined ? `S/RES/${number}(${input.year})` : undefined;
  if (organ === 'GA') {
    if (input.roman !== undefined) return kind === 'resolution' ? `A/RES/${number}(${input.roman})` : undefined;
    if (input.specialSession !== undefined) return `A/${type}/${input.specialSession}/${number}`;
    if (input.session !== undefined) return `A/${type}/${input.session}/${number}`;
    return undefined;
  }
  if (organ === 'HRC') {
    if (input.specialSession !== undefined) return `A/HRC/${type}/${input.specialSession}/${number}`;
    if (input.session !== undefined) return `A/HRC/${type}/${input.session}/${number}`;
    return undefined;
  }
  if (organ === 'ECOSOC') {
    if (input.year !== undefined) return `E/${type}/${input.year}/${number}`;
    if (input.roman !== undefined && kind === 'resolution') return `E/RES/${number}(${input.roman})`;
    return undefined;
  }
  return undefined;
}
