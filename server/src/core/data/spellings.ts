/**
 * UN spelling: the first form of the Concise Oxford English Dictionary, as the UN Editorial
 * Manual prescribes it. Written by the project as facts about English spelling, not taken
 * from any corpus.
 *
 * - -ize in verbs formed with the Greek suffix (organize, recognize, emphasize, realize…) and
 *   their derivatives (organization, organizer, recognizable);
 * - -ise where it is part of the root and never -ize (advise, comprise, exercise, surprise…);
 * - -yse (analyse, paralyse, catalyse);
 * - British -our, -re, -ence forms (labour, centre, defence), fulfil, enrol, programme
 *   (but `program` for a computer program), judgement (but `judgment` of a court).
 *
 * The -ize family is read from stems (`STEM + ise|ises|ised|ising|isation…`, after an optional
 * prefix) so every inflection is covered without listing it: `spellingOf` takes a word apart by
 * its ending instead of holding all 28,000 forms.
 */

export type SpellingKind =
  /** -ise written for -ize (organise → organize): not reported in Security Council texts, which keep -ise. */
  | 'ize'
  /** -ize written for a root -ise (advize → advise). */
  | 'ise-root'
  /** -yze written for -yse (analyze → analyse). */
  | 'yse'
  /** A US form written for the British one (labor → labour). */
  | 'british';

/** Stems of the -ize verbs: `organ` gives organize, organizes, organized, organizing, organization(s), organizer(s), organizable. */
export const IZE_STEMS: readonly string[] = [
  'actual', 'agon', 'bapt', 'token', 'weapon', 'custom', 'moistur', 'vapor', 'categor', 'alphabet', 'amort', 'anatom', 'antagon', 'apolog', 'author', 'brutal',
  'canon', 'capital', 'categor', 'central', 'character', 'civil', 'colon', 'commercial', 'computer',
  'conceptual', 'contextual', 'criminal', 'critic', 'democrat',
  'demon', 'digit', 'dramat', 'econom', 'emphas', 'energ', 'epitom', 'equal', 'eulog', 'evangel',
  'familiar', 'fantas', 'fertil', 'final', 'formal', 'fossil', 'fratern', 'general', 'global',
  'harmon', 'homogen', 'hospital', 'human', 'hypothes', 'ideal', 'immobil', 'immun', 'incentiv',
  'individual', 'industrial', 'initial', 'institution', 'institutional', 'internal', 'international',
  'italic', 'item', 'jeopard', 'legal', 'legitim', 'liberal', 'local', 'magnet', 'marginal', 'maxim',
  'mechan', 'memorial', 'memor', 'militar', 'minim', 'mobil', 'modern', 'monet', 'monopol', 'moral',
  'national', 'natural', 'neutral', 'normal', 'operational', 'optim', 'organ', 'ostrac', 'patron',
  'penal', 'personal', 'polar', 'politic', 'popular', 'pressur', 'priorit', 'privat', 'public',
  'radical', 'rational', 'real', 'recogn', 'regular', 'revital', 'revolution', 'sanit', 'scandal',
  'scrutin', 'secular', 'securit', 'sensit', 'serial', 'social', 'special', 'stabil', 'standard',
  'steril', 'stigmat', 'strateg', 'subsid', 'summar', 'symbol', 'sympath', 'synchron', 'synthes',
  'systemat', 'terror', 'theor', 'traumat', 'trivial', 'union', 'urban', 'util', 'vandal', 'victim',
  'visual', 'vital', 'vocal', 'western', 'aerosol', 'hospital', 'sexual', 'racial', 'tribal', 'oxid', 'miniatur', 'sensational',
  'collateral', 'compartmental', 'decimal', 'factor', 'glamor', 'hybrid', 'maxim', 'motor',
  'nebul', 'ozon', 'pasteur', 'pulver', 'rhapsod', 'satir', 'solemn', 'unit', 'valor', 'accessor', 'annual', 'anonym', 'bureaucrat', 'cannibal',
  'digital', 'lexical',
  'mercer', 'mesmer', 'metabol', 'nominal', 'notar', 'parameter', 'pauper', 'plagiar',
  'polymer', 'proselyt', 'rubber', 'sermon', 'signal', 'spiritual', 'tender', 'tyrann', 'weather',
].filter((stem, index, all) => all.indexOf(stem) === index);

/**
 * Prefixes that may stand before an -ize stem in one word: reorganize, decentralize, demilitarize,
 * unrecognized, non-operationalized (the hyphen splits words, so only solid prefixes matter).
 */
export const IZE_PREFIXES: readonly string[] = ['re', 'de', 'un', 'non', 'pre', 'co', 'dis', 'over', 'under', 'mis', 'hyper', 'inter', 'sub', 'trans'];

/** Endings of an -ise word and the -ize ending that replaces each. */
export const IZE_ENDINGS: readonly (readonly [string, string])[] = [
  ['ise', 'ize'], ['ises', 'izes'], ['ised', 'ized'], ['ising', 'izing'],
  ['isation', 'ization'], ['isations', 'izations'], ['isational', 'izational'],
  ['iser', 'izer'], ['isers', 'izers'], ['isable', 'izable'],
];

/**
 * Words in which -ise is part of the root and is never written -ize. Listed so that the rule
 * can report the -ize misspelling (advize → advise) and so that no -ize stem can produce them.
 */
export const ISE_ROOTS: readonly string[] = [
  'advertise', 'advise', 'apprise', 'arise', 'chastise', 'circumcise', 'comprise', 'compromise',
  'concise', 'demise', 'despise', 'devise', 'disguise', 'enfranchise', 'enterprise', 'excise',
  'exercise', 'expertise', 'franchise', 'improvise', 'incise', 'merchandise', 'precise', 'premise',
  'promise', 'revise', 'supervise', 'surmise', 'surprise', 'televise',
];

/** Stems of the -yse verbs: analyse, paralyse, catalyse, dialyse, electrolyse, hydrolyse. */
export const YSE_STEMS: readonly string[] = ['anal', 'paral', 'catal', 'dial', 'electrol', 'hydrol'];

export const YSE_ENDINGS: readonly (readonly [string, string])[] = [
  ['yze', 'yse'], ['yzes', 'yses'], ['yzed', 'ysed'], ['yzing', 'ysing'], ['yzer', 'yser'], ['yzers', 'ysers'],
];

/**
 * US forms and the UN (British) form, lower case. `program` is here; the rule leaves it alone
 * in the computer sense (`computer program`, `software program`).
 */
export const BRITISH_FORMS: Readonly<Record<string, string>> = {
  // -me
  program: 'programme', programs: 'programmes',
  // -re
  center: 'centre', centers: 'centres', centered: 'centred', centering: 'centring',
  epicenter: 'epicentre', epicenters: 'epicentres', theater: 'theatre', theaters: 'theatres',
  kilometer: 'kilometre', kilometers: 'kilometres',
  centimeter: 'centimetre', centimeters: 'centimetres', millimeter: 'millimetre', millimeters: 'millimetres',
  liter: 'litre', liters: 'litres', fiber: 'fibre', fibers: 'fibres', caliber: 'calibre',
  // -ence
  defense: 'defence', defenses: 'defences', defenseless: 'defenceless', offense: 'offence', offenses: 'offences',
  // -our
  labor: 'labour', labors: 'labours', labored: 'laboured', laboring: 'labouring', laborer: 'labourer', laborers: 'labourers',
  color: 'colour', colors: 'colours', colored: 'coloured', coloring: 'colouring', colorful: 'colourful',
  favor: 'favour', favors: 'favours', favored: 'favoured', favoring: 'favouring', favorable: 'favourable',
  favorably: 'favourably', unfavorable: 'unfavourable', favorite: 'favourite', favorites: 'favourites',
  behavior: 'behaviour', behaviors: 'behaviours', behavioral: 'behavioural', misbehavior: 'misbehaviour',
  neighbor: 'neighbour', neighbors: 'neighbours', neighboring: 'neighbouring', neighborhood: 'neighbourhood',
  neighborhoods: 'neighbourhoods', neighborly: 'neighbourly',
  honor: 'honour', honors: 'honours', honored: 'honoured', honoring: 'honouring', honorable: 'honourable',
  dishonor: 'dishonour',
  endeavor: 'endeavour', endeavors: 'endeavours', endeavored: 'endeavoured', endeavoring: 'endeavouring',
  harbor: 'harbour', harbors: 'harbours', harbored: 'harboured', harboring: 'harbouring',
  rigor: 'rigour', vigor: 'vigour', humor: 'humour', odor: 'odour', rumor: 'rumour', rumors: 'rumours',
  tumor: 'tumour', tumors: 'tumours', vapor: 'vapour', armor: 'armour', armored: 'armoured',
  savior: 'saviour', fervor: 'fervour', valor: 'valour', clamor: 'clamour', parlor: 'parlour',
  // -l / -ll
  fulfill: 'fulfil', fulfills: 'fulfils', fulfillment: 'fulfilment', unfulfillment: 'unfulfilment',
  enroll: 'enrol', enrolls: 'enrols', enrollment: 'enrolment', enrollments: 'enrolments',
  installment: 'instalment', installments: 'instalments', skillful: 'skilful', willful: 'wilful', willfully: 'wilfully',
  traveled: 'travelled', traveling: 'travelling', traveler: 'traveller', travelers: 'travellers',
  canceled: 'cancelled', canceling: 'cancelling', labeled: 'labelled', labeling: 'labelling',
  modeled: 'modelled', modeling: 'modelling', counselor: 'counsellor', counselors: 'counsellors',
  counseled: 'counselled', counseling: 'counselling', fueled: 'fuelled', fueling: 'fuelling',
  signaled: 'signalled', signaling: 'signalling', channeled: 'channelled', channeling: 'channelling',
  totaled: 'totalled', leveled: 'levelled', marveled: 'marvelled', jeweled: 'jewelled',
  // others
  aging: 'ageing', gray: 'grey', maneuver: 'manoeuvre', maneuvers: 'manoeuvres', catalog: 'catalogue',
  catalogs: 'catalogues', percent: 'per cent', toward: 'towards', acknowledgment: 'acknowledgement',
  acknowledgments: 'acknowledgements', pediatric: 'paediatric', anemia: 'anaemia', diarrhea: 'diarrhoea',
  esophageal: 'oesophageal', estrogen: 'oestrogen', hemorrhage: 'haemorrhage', hemorrhagic: 'haemorrhagic',
  leukemia: 'leukaemia', anesthesia: 'anaesthesia', orthopedic: 'orthopaedic', plow: 'plough', mold: 'mould', molds: 'moulds',
};

/**
 * `judgment` is the form for the judgment of a court; `judgement` is the form in every other sense.
 * The rule reports `judgment` only after one of these words, where the sense is never legal.
 */
export const NON_LEGAL_JUDGEMENT_MODIFIERS: readonly string[] = [
  'human', 'value', 'professional', 'good', 'sound', 'poor', 'better', 'best', 'own', 'personal',
  'expert', 'clinical', 'moral', 'subjective', 'informed', 'careful', 'balanced', 'critical',
  'independent', 'editorial', 'ethical', 'political', 'scientific', 'technical', 'collective',
  'aesthetic', 'individual',
];

/** Words that make `judgement` the legal sense when they come just before it (the form is then `judgment`). */
export const LEGAL_JUDGMENT_CUES: readonly string[] = [
  'render', 'renders', 'rendered', 'rendering', 'deliver', 'delivers', 'delivered', 'delivering',
  'issue', 'issued', 'final', 'appeal', 'court', 'courts', "court's", 'tribunal', "tribunal's", 'default',
];

/**
 * Names of organizations of the United Nations system and of UN programmes as they are officially
 * written, keyed by a wrong spelling drafters produce. Reported even though they are capitalised
 * (the rule otherwise leaves capitalised names alone).
 */
export const NAME_FIXES: readonly { wrong: string; right: string; kind: SpellingKind }[] = [
  { wrong: 'International Labor Organization', right: 'International Labour Organization', kind: 'british' },
  { wrong: 'International Labor Office', right: 'International Labour Office', kind: 'british' },
  { wrong: 'International Labor Conference', right: 'International Labour Conference', kind: 'british' },
  { wrong: 'International Labour Organisation', right: 'International Labour Organization', kind: 'ize' },
  { wrong: 'World Health Organisation', right: 'World Health Organization', kind: 'ize' },
  { wrong: 'Food and Agriculture Organisation', right: 'Food and Agriculture Organization', kind: 'ize' },
  { wrong: 'World Meteorological Organisation', right: 'World Meteorological Organization', kind: 'ize' },
  { wrong: 'International Maritime Organisation', right: 'International Maritime Organization', kind: 'ize' },
  { wrong: 'International Civil Aviation Organisation', right: 'International Civil Aviation Organization', kind: 'ize' },
  { wrong: 'World Intellectual Property Organisation', right: 'World Intellectual Property Organization', kind: 'ize' },
  { wrong: 'United Nations Industrial Development Organisation', right: 'United Nations Industrial Development Organization', kind: 'ize' },
  { wrong: 'United Nations Educational, Scientific and Cultural Organisation', right: 'United Nations Educational, Scientific and Cultural Organization', kind: 'ize' },
  { wrong: 'International Organisation for Migration', right: 'International Organization for Migration', kind: 'ize' },
  { wrong: 'World Trade Organisation', right: 'World Trade Organization', kind: 'ize' },
  { wrong: 'United Nations Development Program', right: 'United Nations Development Programme', kind: 'british' },
  { wrong: 'United Nations Environment Program', right: 'United Nations Environment Programme', kind: 'british' },
  { wrong: 'United Nations Human Settlements Program', right: 'United Nations Human Settlements Programme', kind: 'british' },
  { wrong: 'Joint United Nations Program on HIV/AIDS', right: 'Joint United Nations Programme on HIV/AIDS', kind: 'british' },
  { wrong: 'World Food Program', right: 'World Food Programme', kind: 'british' },
  { wrong: 'Program of Action', right: 'Programme of Action', kind: 'british' },
  { wrong: 'International Trade Center', right: 'International Trade Centre', kind: 'british' },
];

export interface Spelling {
  /** The UN form, lower case. */
  right: string;
  kind: SpellingKind;
}

const IZE_STEM_SET: ReadonlySet<string> = new Set(IZE_STEMS);
/** `advis` for `advise`: what stands before the -ise of a root -ise word. */
const ISE_ROOT_BASES: ReadonlySet<string> = new Set(ISE_ROOTS.map((root) => root.slice(0, -3)));
const YSE_STEM_SET: ReadonlySet<string> = new Set(YSE_STEMS);
const BRITISH: ReadonlyMap<string, string> = new Map(Object.entries(BRITISH_FORMS).filter(([wrong, right]) => wrong !== right));
/** The -ise endings that a root -ise word can be misspelt with in -ize (advize, advizes, advized, advizing). */
const ROOT_ISE_ENDINGS = IZE_ENDINGS.slice(0, 4);

/** True when `head` (what precedes an -ise ending) is an -ize stem, alone or after one prefix, and not the base of a root -ise word. */
function isIzeHead(head: string): boolean {
  if (ISE_ROOT_BASES.has(head)) return false;
  if (IZE_STEM_SET.has(head)) return true;
  for (const prefix of IZE_PREFIXES) if (head.startsWith(prefix) && IZE_STEM_SET.has(head.slice(prefix.length))) return true;
  return false;
}

/**
 * The UN form of `lower` (a word in lower case) when it is a wrong form, read from the lists above
 * by its ending: a US form, -yze, a root -ise word written -ize, or an -ise form of an -ize word
 * (in that order of precedence). No table of every inflection is built.
 */
export function spellingOf(lower: string): Spelling | undefined {
  const british = BRITISH.get(lower);
  if (british !== undefined) return { right: british, kind: 'british' };
  for (const [wrong, right] of YSE_ENDINGS) {
    if (lower.endsWith(wrong) && YSE_STEM_SET.has(lower.slice(0, -wrong.length))) return { right: lower.slice(0, -wrong.length) + right, kind: 'yse' };
  }
  for (const [right, wrong] of ROOT_ISE_ENDINGS) {
    if (lower.endsWith(wrong) && ISE_ROOT_BASES.has(lower.slice(0, -wrong.length))) return { right: lower.slice(0, -wrong.length) + right, kind: 'ise-root' };
  }
  for (const [wrong, right] of IZE_ENDINGS) {
    if (lower.endsWith(wrong) && isIzeHead(lower.slice(0, -wrong.length))) return { right: lower.slice(0, -wrong.length) + right, kind: 'ize' };
  }
  return undefined;
}

/**
 * Calls `visit` with every wrong form `spellingOf` knows, as a head and an ending (`reorgan`,
 * `ised`; the ending may be empty): a caller that needs only a hash of each word need not build
 * 30,000 strings. Indexed loops: this runs once per process, before the JIT has compiled anything,
 * where iterators and destructuring cost more than the work itself.
 */
export function forEachWrongForm(visit: (head: string, ending: string) => void): void {
  for (let prefix = -1; prefix < IZE_PREFIXES.length; prefix++) {
    for (let stem = 0; stem < IZE_STEMS.length; stem++) {
      const head = (prefix < 0 ? '' : IZE_PREFIXES[prefix]!) + IZE_STEMS[stem]!;
      // `isIzeHead(head)`, knowing the head is a stem after at most one prefix: only the root -ise bases are left out.
      if (ISE_ROOT_BASES.has(head)) continue;
      for (let ending = 0; ending < IZE_ENDINGS.length; ending++) visit(head, IZE_ENDINGS[ending]![0]);
    }
  }
  for (const base of ISE_ROOT_BASES) for (let ending = 0; ending < ROOT_ISE_ENDINGS.length; ending++) visit(base, ROOT_ISE_ENDINGS[ending]![1]);
  for (let stem = 0; stem < YSE_STEMS.length; stem++) for (let ending = 0; ending < YSE_ENDINGS.length; ending++) visit(YSE_STEMS[stem]!, YSE_ENDINGS[ending]![0]);
  for (const wrong of BRITISH.keys()) visit(wrong, '');
}
