// Documentation shown with completion items: what an opener or verb is for, and its rank of
// frequency in adopted General Assembly texts. The rank is the order of the lexicon
// (lexicon/phrases.ts), which follows the survey of the domain reference (§2); no counts are
// invented here — only the first one, which the reference states, is quoted.
import { OPERATIVE_VERBS, PREAMBULAR_OPENERS } from '../lexicon/phrases';
import { detached } from '../text/detached';

/** The ranked part of each list: up to and including its last surveyed entry. */
const OPENER_RANKED = Math.max(0, PREAMBULAR_OPENERS.indexOf('Appreciating') + 1);
const VERB_RANKED = Math.max(0, OPERATIVE_VERBS.indexOf('Confirms') + 1);

/** Openers and verbs the Security Council adds to the General Assembly's usage (domain reference §2). */
const SC_OPENERS = new Set(['Acting', 'Determining', 'Echoing', 'Demanding']);
const SC_VERBS = new Set(['Directs', 'Requires']);
const REITERATION_VERBS = new Set(['Reiterates', 'Renews', 'Continues']);

const OPENER_PURPOSE: Record<string, string> = {
  Recalling: 'cites earlier resolutions, decisions or instruments that the text builds on',
  Recognizing: 'states a fact or principle that the organ accepts',
  Noting: 'records a fact, a report or a development',
  Reaffirming: 'restates a commitment or principle adopted before',
  Welcoming: 'expresses approval of an event, a report or an initiative',
  'Taking note': 'acknowledges a document or development without endorsing it',
  Expressing: 'states the organ’s concern, appreciation or support',
  Stressing: 'gives weight to a point',
  Emphasizing: 'gives weight to a point',
  Underlining: 'gives weight to a point',
  Underscoring: 'gives weight to a point',
  Highlighting: 'draws attention to a point',
  Acknowledging: 'acknowledges a fact or a contribution',
  Reiterating: 'repeats a position the organ has taken before',
  'Having considered': 'names the report or item the organ has considered',
  'Having examined': 'names the report or item the organ has examined',
  'Having received': 'names the report or communication the organ has received',
  'Having heard': 'names the statement the organ has heard',
  'Having reviewed': 'names the report or item the organ has reviewed',
  'Bearing in mind': 'sets out a consideration the organ keeps in view',
  'Keeping in mind': 'sets out a consideration the organ keeps in view',
  Mindful: 'sets out a consideration the organ keeps in view (Mindful of …)',
  Aware: 'sets out a fact the organ is aware of (Aware of / that …)',
  Conscious: 'sets out a fact the organ is conscious of',
  Cognizant: 'sets out a fact the organ is cognizant of',
  'Deeply concerned': 'expresses concern about a situation',
  Concerned: 'expresses concern about a situation',
  'Gravely concerned': 'expresses grave concern about a situation',
  'Seriously concerned': 'expresses serious concern about a situation',
  Alarmed: 'expresses alarm at a situation',
  Convinced: 'states a conviction that motivates the operative part',
  Believing: 'states a belief that motivates the operative part',
  Considering: 'states a consideration that motivates the operative part',
  Guided: 'names the principles or instruments that guide the text (Guided by …)',
  Affirming: 'affirms a principle or position',
  Confirming: 'confirms a principle or position',
  Encouraging: 'encourages an action already under way',
  Condemning: 'condemns an act or practice',
  'Strongly condemning': 'condemns an act or practice in the strongest terms',
  Deploring: 'deplores an act or situation',
  Regretting: 'regrets a situation',
  Commending: 'commends an actor for its work',
  Appreciating: 'expresses appreciation of an effort',
  'Taking into account': 'names what the organ takes into account',
  'Taking into consideration': 'names what the organ takes into consideration',
  'Calling upon': 'calls on actors to act (an operative tone in the preamble)',
  'Calling for': 'calls for an action or outcome',
  'Looking forward': 'looks forward to an event or outcome (Looking forward to …)',
  Urging: 'urges action (an operative tone in the preamble)',
  Determined: 'states the organ’s resolve',
  Desirous: 'states an aim of the organ (Desirous of …)',
  Wishing: 'states an aim of the organ',
  Referring: 'refers to an earlier text or statement',
  Acting:
    'Security Council: states the legal basis of the decisions (Acting under Chapter VII of the Charter of the United Nations)',
  Determining: 'Security Council: determines that a situation constitutes a threat to international peace and security',
  Echoing: 'Security Council: echoes a statement of another body',
  Demanding: 'Security Council: demands an action in the preamble',
};

const VERB_PURPOSE: Record<string, string> = {
  Encourages: 'encourages an action without requiring it',
  'Calls upon': 'calls on named actors (States, parties, bodies) to act',
  'Calls on': 'calls on named actors (States, parties, bodies) to act',
  'Calls for': 'calls for an action or outcome',
  Requests: 'asks a body or official — often the Secretary-General — to act or to report',
  Welcomes: 'expresses approval of an event, a report or an initiative',
  Notes: 'records a fact, a report or a development',
  Recognizes: 'states a fact or principle that the organ accepts',
  Urges: 'presses for action',
  Reaffirms: 'restates a commitment or principle adopted before',
  Decides: 'takes a decision on the organ’s own work (agenda, mandates, meetings, programmes)',
  'Takes note': 'acknowledges a report or document without endorsing it',
  Invites: 'invites actors to act or to contribute',
  Recalls: 'recalls an earlier text or commitment',
  Stresses: 'gives weight to a point',
  Emphasizes: 'gives weight to a point',
  Underlines: 'gives weight to a point',
  Underscores: 'gives weight to a point',
  Highlights: 'draws attention to a point',
  Expresses: 'states the organ’s concern, appreciation or support',
  Acknowledges: 'acknowledges a fact or a contribution',
  Commends: 'commends an actor for its work',
  Endorses: 'approves a text, a recommendation or a proposal',
  Condemns: 'condemns an act or practice',
  Recommends: 'recommends an action, often to another organ',
  Affirms: 'affirms a principle or position',
  Demands: 'demands an action (the strongest call; most used by the Security Council)',
  Approves: 'approves a proposal, a budget or a programme',
  Appeals: 'appeals to actors to act or to contribute',
  'Looks forward': 'looks forward to an event or outcome (Looks forward to …)',
  Supports: 'supports an initiative or effort',
  Deplores: 'deplores an act or situation',
  Appreciates: 'expresses appreciation of an effort',
  Authorizes: 'gives an actor authority to act (a mission, the Secretary-General, Member States)',
  Considers: 'states the organ’s view',
  Resolves: 'states a firm resolve of the organ',
  Declares: 'declares a position or a status',
  Recommits: 'renews the organ’s commitment',
  Agrees: 'records an agreement',
  Adopts: 'adopts a text (a declaration, a programme, rules)',
  Appropriates: 'appropriates funds (budget resolutions)',
  Reminds: 'reminds actors of their obligations or commitments',
  Determines: 'determines a fact with legal effect',
  Regrets: 'regrets a situation',
  Proclaims: 'proclaims an international day, year or decade',
  Rejects: 'rejects an act, claim or position',
  Confirms: 'confirms a decision or position',
  Reiterates: 'repeats a position or call made before',
  Renews: 'renews a mandate or a call',
  Continues: 'continues an action (Continues to …)',
  Directs: 'Security Council: gives an instruction to a subsidiary body or mission',
  Requires: 'Security Council: imposes a binding obligation',
};

const ordinal = (n: number): string => {
  const lastTwo = n % 100;
  const suffix =
    lastTwo >= 11 && lastTwo <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
};

/** `Most frequent preambular opener in General Assembly texts`, `12th most frequent …`. */
function rankSentence(index: number, ranked: number, what: string): string | undefined {
  if (index < 0 || index >= ranked) return undefined;
  if (index === 0) return `Most frequent ${what} in adopted General Assembly texts.`;
  return `${ordinal(index + 1)} most frequent ${what} in adopted General Assembly texts.`;
}

function purposeOf(table: Record<string, string>, base: string): string | undefined {
  if (table[base]) return table[base];
  // `Noting with concern` → Noting; `Expresses its appreciation` → Expresses.
  const words = base.split(' ');
  for (let length = words.length - 1; length > 0; length--) {
    const shorter = words.slice(0, length).join(' ');
    if (table[shorter]) return table[shorter];
  }
  return undefined;
}

/**
 * The documentation written once per phrase and form: each completion list offers about 200 of
 * them, and writing them anew for every list was most of what a list allocated.
 */
const OPENER_DOCS = new Map<string, Map<string, string>>();
const VERB_DOCS = new Map<string, Map<string, string>>();

function remembered(
  known: Map<string, Map<string, string>>,
  base: string,
  form: string,
  write: (base: string, form: string) => string,
): string {
  let forms = known.get(base);
  if (!forms) {
    // Phrases come from the lexicon, but an opener read from a text may not: stay bounded.
    if (known.size >= 2000) known.clear();
    forms = new Map();
    known.set(detached(base), forms);
  }
  let documentation = forms.get(form);
  if (documentation === undefined) {
    // Kept for good: copies, not slices of (or concatenations with) a document's text.
    documentation = detached(write(base, form));
    forms.set(detached(form), documentation);
  }
  return documentation;
}

/** Documentation of a preambular opener (its base phrase from the lexicon; `form` as offered). */
export function openerDocumentation(base: string, form: string): string {
  return remembered(OPENER_DOCS, base, form, writeOpenerDocumentation);
}

function writeOpenerDocumentation(base: string, form: string): string {
  const purpose = purposeOf(OPENER_PURPOSE, base) ?? 'sets out part of the context of the operative decisions';
  const lines = [`*${form}* — preambular opener: ${purpose}. Ends with a comma.`];
  if (form !== base)
    lines.push(`A repeated opener takes the adverb: *${base}*, then *${base} also*, then *${base} further*.`);
  const rank = rankSentence(PREAMBULAR_OPENERS.indexOf(base), OPENER_RANKED, 'preambular opener');
  if (rank) lines.push(rank);
  else if (SC_OPENERS.has(base)) lines.push('Security Council usage.');
  else lines.push('Less frequent but standard.');
  return lines.join('\n\n');
}

/** Documentation of an operative verb (its base phrase from the lexicon; `form` as offered). */
export function verbDocumentation(base: string, form: string): string {
  return remembered(VERB_DOCS, base, form, writeVerbDocumentation);
}

function writeVerbDocumentation(base: string, form: string): string {
  const purpose = purposeOf(VERB_PURPOSE, base) ?? 'states what the organ does';
  const lines = [`*${form}* — operative verb: ${purpose}. Ends with a semicolon, the last paragraph with a period.`];
  if (form !== base)
    lines.push(
      'A verb used again takes *Also* the second time and *Further* the third (the Security Council prefers *Further*).',
    );
  const rank = rankSentence(OPERATIVE_VERBS.indexOf(base), VERB_RANKED, 'operative verb');
  if (rank) lines.push(rank);
  else if (SC_VERBS.has(base)) lines.push('Security Council usage.');
  else if (REITERATION_VERBS.has(base)) lines.push('Used to reiterate an earlier position.');
  else lines.push('Less frequent but standard.');
  return lines.join('\n\n');
}

/** Escapes text for a markdown documentation string (catalogue titles may come from a workspace file). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-!<>|~]/g, (char) => `\\${char}`).replace(/[\r\n]+/g, ' ');
}
