// The longer texts completion offers besides single openers and verbs: the organ lines and the
// skeletons of whole texts at the top of a draft, the usual continuations of frequent openings
// (`Recalling its resolution … of …,`), and the closing lines after the last paragraph. They were
// contributed snippets; VS Code shows contributed snippets everywhere (its word filter matched
// `determining-threat` on `The`) and beside the server's own `Recalling`, so the server offers them
// where they belong and nowhere else. Bodies are VS Code snippets; UN usage only.
import type { Organ } from '../model';
import type { CompletionItem } from './completion';

/** An organ whose texts open with `The <name>,`. */
export type DraftingOrgan = Exclude<Organ, 'other'>;

export const ORGAN_LINE_NAMES: Record<DraftingOrgan, string> = {
  GA: 'General Assembly',
  SC: 'Security Council',
  HRC: 'Human Rights Council',
  ECOSOC: 'Economic and Social Council',
};

export interface Skeleton {
  organ: DraftingOrgan;
  label: string;
  /** Snippet lines, joined with line breaks; tab stops in reading order. */
  body: readonly string[];
  description: string;
}

/** Skeletons of whole texts, one per kind of text; the organ's resolution first. */
export const SKELETONS: readonly Skeleton[] = [
  {
    organ: 'GA',
    label: 'General Assembly resolution',
    body: [
      '${1:80}/${2:…}.\t${3:Title}',
      '',
      '\tThe General Assembly,',
      '',
      '\tRecalling its resolution ${4:…} of ${5:…},',
      '',
      '\t${6:Reaffirming} ${7:…},',
      '',
      '\t1.\tTakes note of the report of the Secretary-General${8};',
      '',
      '\t2.\t${9:Requests} ${10:…};',
      '',
      '\t3.\tRequests the Secretary-General to submit to the General Assembly at its ${11:…} session a report on the implementation of the present resolution;',
      '',
      '\t4.\tDecides to include in the provisional agenda of its ${11:…} session the item entitled “${12:…}”.',
      '',
      '${13:…}th plenary meeting',
      '${14:…}',
      '$0',
    ],
    description:
      'A whole General Assembly resolution: number and title, organ line, preamble, numbered operative paragraphs, closing with the plenary meeting and date.',
  },
  {
    organ: 'SC',
    label: 'Security Council resolution',
    body: [
      'Resolution ${1:…} (${2:…})',
      '',
      'Adopted by the Security Council at its ${3:…}th meeting, on ${4:…}',
      '',
      '\tThe Security Council,',
      '',
      '\tRecalling its previous resolutions ${5:…},',
      '',
      '\tReaffirming its strong commitment to the sovereignty, independence, unity and territorial integrity of ${6:…},',
      '',
      '\tDetermining that the situation in ${7:…} constitutes a threat to international peace and security in the region,',
      '',
      '\tActing under Chapter VII of the Charter of the United Nations,',
      '',
      '\t1.\tDecides ${8:…};',
      '',
      '\t2.\tRequests the Secretary-General to report to the Council ${9:…};',
      '',
      '\t3.\tDecides to remain seized of the matter.',
      '$0',
    ],
    description:
      'A whole Security Council resolution: heading, adoption line, organ line, preamble ending with Chapter VII, numbered operative paragraphs, “remain seized”. No title.',
  },
  {
    organ: 'HRC',
    label: 'Human Rights Council resolution',
    body: [
      '${1:…}/${2:…}.\t${3:Title}',
      '',
      '\tThe Human Rights Council,',
      '',
      '\tGuided by the purposes and principles of the Charter of the United Nations,',
      '',
      '\tRecalling ${4:…},',
      '',
      '\t1.\t${5:Welcomes} ${6:…};',
      '',
      '\t2.\tRequests the United Nations High Commissioner for Human Rights to present a report on ${7:…} to the Human Rights Council at its ${8:…} session;',
      '',
      '\t3.\tDecides to remain seized of the matter.',
      '',
      '${9:…}th meeting',
      '${10:…}',
      '',
      '[${11|Adopted without a vote.,Adopted by a recorded vote of …|}]',
      '$0',
    ],
    description:
      'A whole Human Rights Council resolution: number and title, organ line, preamble, operative paragraphs, closing with meeting, date and vote.',
  },
  {
    organ: 'ECOSOC',
    label: 'Economic and Social Council resolution',
    body: [
      '${1:2025}/${2:…}.\t${3:Title}',
      '',
      '\tThe Economic and Social Council,',
      '',
      '\tRecalling its resolution ${4:…} of ${5:…},',
      '',
      '\t1.\tTakes note of the report of the Secretary-General${6};',
      '',
      '\t2.\t${7:Requests} ${8:…};',
      '',
      '\t3.\tRequests the Secretary-General to submit to the Economic and Social Council at its ${9:…} session a report on the implementation of the present resolution.',
      '',
      '${10:…}th plenary meeting',
      '${11:…}',
      '$0',
    ],
    description:
      'A whole Economic and Social Council resolution: number (year/number) and title, organ line, preamble, operative paragraphs, closing with the plenary meeting and date.',
  },
  {
    organ: 'GA',
    label: 'General Assembly decision',
    body: [
      '${1:80}/${2:…}.\t${3:Title}',
      '',
      '\tAt its ${4:…}th plenary meeting, on ${5:…}, the General Assembly, on the recommendation of the ${6:…} Committee, ${7:decided …}.',
      '$0',
    ],
    description:
      'A General Assembly decision: number and title, then one paragraph stating the meeting, the date and what the Assembly decided.',
  },
];

export interface Continuation {
  /** The opener or verb (as completion labels it) after which it is offered: `Recalling`, `Takes note`. */
  after: string;
  /** The snippet of the whole paragraph after its number; it ends with its punctuation and `$0`. */
  body: string;
  /** Offered to these organs only (all when absent). */
  organs?: readonly Organ[];
  description: string;
}

/** The usual continuations of frequent openings, offered right after the opening they continue. */
export const CONTINUATIONS: readonly Continuation[] = [
  // Preamble
  {
    after: 'Recalling',
    body: 'Recalling its resolution ${1:…} of ${2:…},$0',
    description: 'Recalling an earlier resolution with its adoption date.',
  },
  {
    after: 'Recalling',
    body: 'Recalling its resolutions ${1:…} of ${2:…} and ${3:…} of ${4:…},$0',
    description: 'Recalling two earlier resolutions with their adoption dates.',
  },
  {
    after: 'Recalling also',
    body: 'Recalling also its resolution ${1:…} of ${2:…},$0',
    description: 'The second paragraph of a series that recalls resolutions.',
  },
  {
    after: 'Recalling further',
    body: 'Recalling further its resolution ${1:…} of ${2:…},$0',
    description: 'The third paragraph of a series that recalls resolutions.',
  },
  {
    after: 'Reaffirming',
    body: 'Reaffirming the purposes and principles of the Charter of the United Nations,$0',
    description: 'Reaffirming the Charter.',
  },
  {
    after: 'Reaffirming',
    body: 'Reaffirming its strong commitment to the sovereignty, independence, unity and territorial integrity of ${1:…},$0',
    organs: ['SC'],
    description: 'Security Council: the usual reaffirmation on a country situation.',
  },
  {
    after: 'Guided',
    body: 'Guided by the purposes and principles of the Charter of the United Nations,$0',
    description: 'Guided by the Charter.',
  },
  {
    after: 'Having considered',
    body: 'Having considered the report of the Secretary-General${1},$0',
    description: 'Names the report under consideration (a footnote marker may follow the comma).',
  },
  {
    after: 'Taking note',
    body: 'Taking note of the report of the Secretary-General${1},$0',
    description: 'Taking note of a report.',
  },
  {
    after: 'Welcoming',
    body: 'Welcoming the report of the Secretary-General${1},$0',
    description: 'Welcoming a report.',
  },
  {
    after: 'Bearing in mind',
    body: 'Bearing in mind its resolution ${1:…} of ${2:…},$0',
    description: 'Bearing in mind an earlier resolution.',
  },
  {
    after: 'Expressing',
    body: 'Expressing deep concern at ${1:…},$0',
    description: 'Expressing deep concern at a situation.',
  },
  {
    after: 'Acting',
    body: 'Acting under Chapter VII of the Charter of the United Nations,$0',
    organs: ['SC'],
    description: 'Security Council: the legal basis of binding decisions; usually the last preambular paragraph.',
  },
  {
    after: 'Determining',
    body: 'Determining that the situation in ${1:…} constitutes a threat to international peace and security in the region,$0',
    organs: ['SC'],
    description: 'Security Council: the finding under Article 39 of the Charter.',
  },
  // Operative part (the number is written before the body)
  {
    after: 'Takes note',
    body: 'Takes note of the report of the Secretary-General${1};$0',
    description: 'Taking note of a report (a footnote marker may follow the semicolon).',
  },
  {
    after: 'Takes note with appreciation',
    body: 'Takes note with appreciation of the report of the Secretary-General${1};$0',
    description: 'Taking note of a report with appreciation.',
  },
  {
    after: 'Welcomes',
    body: 'Welcomes the report of the Secretary-General${1};$0',
    description: 'Welcoming a report.',
  },
  {
    after: 'Calls upon',
    body: 'Calls upon all States ${1:to …};$0',
    description: 'Calling upon all States to act.',
  },
  { after: 'Urges', body: 'Urges Member States ${1:to …};$0', description: 'Urging Member States to act.' },
  {
    after: 'Encourages',
    body: 'Encourages Member States ${1:to …};$0',
    description: 'Encouraging Member States to act.',
  },
  {
    after: 'Invites',
    body: 'Invites Member States ${1:to …};$0',
    description: 'Inviting Member States to act or contribute.',
  },
  {
    after: 'Expresses its appreciation',
    body: 'Expresses its appreciation to ${1:…} for ${2:…};$0',
    description: 'Expressing appreciation to an actor.',
  },
  {
    after: 'Requests',
    body: 'Requests the Secretary-General to submit to the General Assembly at its ${1:…} session, under the item entitled “${2:…}”, a report on ${3:the implementation of the present resolution};$0',
    organs: ['GA', 'other'],
    description: 'A follow-up report under a named agenda item.',
  },
  {
    after: 'Requests',
    body: 'Requests the Secretary-General to report to the Council ${1:…};$0',
    organs: ['SC'],
    description: 'Security Council: the usual reporting request.',
  },
  {
    after: 'Decides',
    body: 'Decides to include in the provisional agenda of its ${1:…} session, under the item entitled “${2:…}”, the sub-item entitled “${3:…}”.$0',
    organs: ['GA', 'other'],
    description: 'Placing a sub-item on the agenda of a later session.',
  },
  {
    after: 'Decides',
    body: 'Decides to continue its consideration of this question under the same agenda item.$0',
    organs: ['HRC'],
    description: 'Human Rights Council: a usual last paragraph.',
  },
];

/** The lines after the last paragraph (the Security Council's texts have none: their adoption line is at the top). */
export const CLOSING_LINES: Partial<Record<Organ, { label: string; body: string; description: string }>> = {
  GA: {
    label: '…th plenary meeting',
    body: '${1:…}th plenary meeting\n${2:…}$0',
    description: 'The closing of a General Assembly resolution: the plenary meeting, then the date of adoption.',
  },
  ECOSOC: {
    label: '…th plenary meeting',
    body: '${1:…}th plenary meeting\n${2:…}$0',
    description: 'The closing of an Economic and Social Council resolution: the plenary meeting, then the date.',
  },
  HRC: {
    label: '…th meeting',
    body: '${1:…}th meeting\n${2:…}\n\n[${3|Adopted without a vote.,Adopted by a recorded vote of …|}]$0',
    description: 'The closing of a Human Rights Council resolution: the meeting, the date and how it was adopted.',
  },
};

/** What a snippet shows as its label: placeholders as their default (or `…`), choices as the first. */
export function snippetLabel(body: string): string {
  let label = body;
  // Innermost first, so nested placeholders read as their default text.
  for (let round = 0; round < 4 && /\$\{\d+[:|]/.test(label); round++)
    label = label.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
  return label
    .replace(/\$\{\d+\}|\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1')
    .trim();
}

const ORGAN_ORDER: readonly DraftingOrgan[] = ['GA', 'SC', 'HRC', 'ECOSOC'];

/** The four organs, the text's own (or the General Assembly) first. */
function organsFrom(preferred: Organ): DraftingOrgan[] {
  const first: DraftingOrgan = preferred === 'other' ? 'GA' : preferred;
  return [first, ...ORGAN_ORDER.filter((organ) => organ !== first)];
}

/**
 * `The General Assembly,` and the other organ lines, the text's organ first and preselected. At the
 * end of the text the line is followed by the blank line the preamble starts after.
 */
export function organLineItems(preferred: Organ, atEnd: boolean): CompletionItem[] {
  return organsFrom(preferred).map((organ, index) => {
    const line = `The ${ORGAN_LINE_NAMES[organ]},`;
    return {
      label: line,
      insertText: atEnd ? `${line}\n\n$0` : `${line}$0`,
      isSnippet: true,
      kind: 'organ-line',
      detail: 'organ line',
      documentation: `The line that opens the ${ORGAN_LINE_NAMES[organ]}’s resolution, before the preamble; the organ’s name in italics in print.`,
      sortText: '',
      filterText: line,
      preselect: index === 0,
    };
  });
}

/** The skeletons of whole texts, the text's organ first; filtered by the organ line they contain. */
export function skeletonItems(preferred: Organ): CompletionItem[] {
  const order = organsFrom(preferred);
  return [...SKELETONS]
    .sort((a, b) => order.indexOf(a.organ) - order.indexOf(b.organ))
    .map((skeleton) => ({
      label: `${skeleton.label} (whole text)`,
      insertText: skeleton.body.join('\n'),
      isSnippet: true,
      kind: 'skeleton',
      detail: 'skeleton',
      documentation: skeleton.description,
      sortText: '',
      // What is typed at the top of a draft: the organ line, or the kind of text.
      filterText: `The ${ORGAN_LINE_NAMES[skeleton.organ]}, ${skeleton.label}`,
    }));
}

/** The continuations of the opening labelled `after` for the organ, after `number` (`8.\t`; empty in the preamble). */
export function continuationItems(after: string, organ: Organ, number: string): CompletionItem[] {
  return CONTINUATIONS.filter(
    (continuation) => continuation.after === after && (!continuation.organs || continuation.organs.includes(organ)),
  ).map((continuation) => {
    const label = snippetLabel(continuation.body);
    return {
      label,
      insertText: `${number}${continuation.body}`,
      isSnippet: true,
      kind: 'continuation',
      detail: number ? `${number.trim()} ${after} … — usual paragraph` : `${after} … — usual paragraph`,
      documentation: continuation.description,
      sortText: '',
      filterText: label,
    };
  });
}

/** The closing lines after the paragraph that ends the text, for the organs that have them. */
export function closingLineItems(organ: Organ): CompletionItem[] {
  const closing = CLOSING_LINES[organ === 'other' ? 'GA' : organ];
  if (!closing) return [];
  return [
    {
      label: closing.label,
      insertText: closing.body,
      isSnippet: true,
      kind: 'closing',
      detail: 'closing lines',
      documentation: closing.description,
      sortText: '',
      filterText: closing.label,
    },
  ];
}
