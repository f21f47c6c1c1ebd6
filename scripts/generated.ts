// The content of the generated editor files (see generate.ts).
import {
  OPERATIVE_LEADING_ADVERBS,
  OPERATIVE_VERBS,
  POSTPOSED_ADVERBS,
  PREAMBLE_LEADING_ADVERBS,
  PREAMBULAR_OPENERS,
} from '../server/src/core/lexicon/phrases';
import { RULES } from '../server/src/core/rules/registry';
import { SEMANTIC_TOKEN_SCOPES, TOKEN_TYPES } from '../server/src/core/features/tokens';
import { SEVERITY_SETTINGS } from '../server/src/core/rules/types';

/** The `unres.rules.<id>` settings contributed in package.json, one per rule, from its metadata. */
export function ruleSettings(): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const { meta } of RULES) {
    settings[`unres.rules.${meta.id}`] = {
      type: 'string',
      enum: [...SEVERITY_SETTINGS],
      default: meta.defaultSeverity,
      markdownDescription: `Severity of \`${meta.id}\`: ${meta.description}`,
    };
  }
  return settings;
}

const TOKEN_SUPER_TYPES: Record<(typeof TOKEN_TYPES)[number], string> = {
  preambleOpener: 'keyword',
  operativeVerb: 'keyword',
  paragraphNumber: 'number',
  subparagraphLabel: 'number',
  citation: 'string',
  documentSymbol: 'string',
  footnoteMarker: 'number',
  debris: 'comment',
  organ: 'keyword',
};

const TOKEN_DESCRIPTIONS: Record<(typeof TOKEN_TYPES)[number], string> = {
  preambleOpener: 'The opening phrase of a preambular paragraph (Recalling also).',
  operativeVerb: 'The verb phrase of an operative paragraph (Also requests).',
  paragraphNumber: 'An operative paragraph number.',
  subparagraphLabel: 'A sub-paragraph label: (a), (i).',
  citation: 'A citation of a resolution or decision.',
  documentSymbol: 'A UN document symbol (A/59/494).',
  footnoteMarker: 'A footnote marker.',
  debris: 'Text pasted from the UN document system that is not part of the resolution.',
  organ: 'The organ named in the enacting formula.',
};

/** package.json with its rule settings brought in line with the rules (other settings kept, in order). */
export function packageJsonFile(current: string): string {
  const json = JSON.parse(current);
  const properties: Record<string, unknown> = json.contributes.configuration.properties;
  const others = Object.fromEntries(Object.entries(properties).filter(([key]) => !key.startsWith('unres.rules.')));
  json.contributes.configuration.properties = { ...ruleSettings(), ...others };
  // The semantic token legend and its fallback scopes, so default themes show openers and verbs in italics (R4).
  json.contributes.semanticTokenTypes = TOKEN_TYPES.map((id) => ({
    id,
    superType: TOKEN_SUPER_TYPES[id],
    description: TOKEN_DESCRIPTIONS[id],
  }));
  json.contributes.semanticTokenScopes = [
    { language: 'unres', scopes: Object.fromEntries(TOKEN_TYPES.map((id) => [id, [...SEMANTIC_TOKEN_SCOPES[id]]])) },
  ];
  return JSON.stringify(json, null, 2) + '\n';
}

/** docs/rules/README.md: the index of rules, from their metadata. */
export function rulesIndexFile(): string {
  const rows = RULES.map(
    ({ meta }) =>
      `| [\`${meta.id}\`](${meta.id}.md) | ${meta.defaultSeverity} | ${meta.fixable ? 'yes' : 'no'} | ${meta.description.replace(/\|/g, '\\|')} |`,
  );
  return [
    '# Rules',
    '',
    'Every check unres makes, with its default severity and whether a quick fix (and fix-all) repairs it.',
    'Set a severity with the VS Code setting `unres.rules.<id>`, `rules` in `.unres.json`, or `--rule <id>=<severity>`',
    'on the command line (`off`, `hint`, `information`, `warning`, `error`). This page is generated from the rules by',
    '`npm run generate`.',
    '',
    '| rule | default | fixable | checks |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** The JSON schema of `.unres.json`, contributed to VS Code so it validates and completes the file. */
export function configSchemaFile(): string {
  const rules: Record<string, unknown> = {};
  for (const { meta } of RULES) {
    rules[meta.id] = { enum: [...SEVERITY_SETTINGS], default: meta.defaultSeverity, description: meta.description };
  }
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'unres project configuration (.unres.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: 'Severity per rule: off, hint, information, warning or error.',
        additionalProperties: false,
        properties: rules,
      },
      catalog: {
        type: 'array',
        description: 'Catalogue files with facts about cited resolutions, relative to this file.',
        items: { type: 'string' },
      },
    },
  };
  return JSON.stringify(schema, null, 2) + '\n';
}

interface Snippet {
  prefix: string;
  body: string[];
  description: string;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** -ise spellings the lexicon keeps for recognition only: snippets offer the -ize form (R16). */
const BRITISH_SPELLING = /^(?:Recognis|Emphasis|Authoris|Organis|Realis)/;
/** Lexicon entries that exist for the parser's sake and open no paragraph by themselves. */
const NOT_OPENINGS = new Set(['Calls', 'Takes', 'Is', 'Remains', 'Looks forward to']);

/** The usual continuations of frequent openings: [prefix, body lines, description]. UN usage only. */
const CONTINUATIONS: readonly [string, string[], string][] = [
  // Preamble
  [
    'recalling-resolution',
    ['Recalling its resolution ${1:…} of ${2:…},', '$0'],
    'Recalling an earlier resolution with its adoption date.',
  ],
  [
    'recalling-resolutions',
    ['Recalling its resolutions ${1:…} of ${2:…} and ${3:…} of ${4:…},', '$0'],
    'Recalling two earlier resolutions with their adoption dates.',
  ],
  [
    'recalling-also-resolution',
    ['Recalling also its resolution ${1:…} of ${2:…},', '$0'],
    'The second paragraph of a series that recalls resolutions.',
  ],
  [
    'recalling-further-resolution',
    ['Recalling further its resolution ${1:…} of ${2:…},', '$0'],
    'The third paragraph of a series that recalls resolutions.',
  ],
  [
    'reaffirming-charter',
    ['Reaffirming the purposes and principles of the Charter of the United Nations,', '$0'],
    'Reaffirming the Charter.',
  ],
  [
    'guided-charter',
    ['Guided by the purposes and principles of the Charter of the United Nations,', '$0'],
    'Guided by the Charter.',
  ],
  [
    'having-considered-report',
    ['Having considered the report of the Secretary-General${1},', '$0'],
    'Names the report under consideration (a footnote marker may follow the comma).',
  ],
  ['taking-note-report', ['Taking note of the report of the Secretary-General${1},', '$0'], 'Taking note of a report.'],
  ['welcoming-report', ['Welcoming the report of the Secretary-General${1},', '$0'], 'Welcoming a report.'],
  [
    'bearing-in-mind-resolution',
    ['Bearing in mind its resolution ${1:…} of ${2:…},', '$0'],
    'Bearing in mind an earlier resolution.',
  ],
  ['expressing-deep-concern', ['Expressing deep concern at ${1:…},', '$0'], 'Expressing deep concern at a situation.'],
  [
    'acting-chapter-vii',
    ['Acting under Chapter VII of the Charter of the United Nations,', '$0'],
    'Security Council: the legal basis of binding decisions; usually the last preambular paragraph.',
  ],
  [
    'determining-threat',
    [
      'Determining that the situation in ${1:…} constitutes a threat to international peace and security in the region,',
      '$0',
    ],
    'Security Council: the finding under Article 39 of the Charter.',
  ],
  [
    'reaffirming-sovereignty',
    [
      'Reaffirming its strong commitment to the sovereignty, independence, unity and territorial integrity of ${1:…},',
      '$0',
    ],
    'Security Council: the usual reaffirmation on a country situation.',
  ],
  // Operative part
  [
    'requests-report',
    [
      '${1:1}.\tRequests the Secretary-General to submit to the General Assembly at its ${2:…} session a report on ${3:the implementation of the present resolution};',
      '$0',
    ],
    'The usual request for a follow-up report (session in words: “at its eightieth session”).',
  ],
  [
    'requests-report-under-item',
    [
      '${1:1}.\tRequests the Secretary-General to submit to the General Assembly at its ${2:…} session, under the item entitled “${3:…}”, a report on ${4:the implementation of the present resolution};',
      '$0',
    ],
    'A follow-up report under a named agenda item.',
  ],
  [
    'takes-note-report',
    ['${1:1}.\tTakes note of the report of the Secretary-General${2};', '$0'],
    'Taking note of a report (a footnote marker may follow the semicolon).',
  ],
  [
    'takes-note-with-appreciation-report',
    ['${1:1}.\tTakes note with appreciation of the report of the Secretary-General${2};', '$0'],
    'Taking note of a report with appreciation.',
  ],
  ['welcomes-report', ['${1:1}.\tWelcomes the report of the Secretary-General${2};', '$0'], 'Welcoming a report.'],
  ['calls-upon-states', ['${1:1}.\tCalls upon all States ${2:to …};', '$0'], 'Calling upon all States to act.'],
  ['urges-member-states', ['${1:1}.\tUrges Member States ${2:to …};', '$0'], 'Urging Member States to act.'],
  [
    'encourages-member-states',
    ['${1:1}.\tEncourages Member States ${2:to …};', '$0'],
    'Encouraging Member States to act.',
  ],
  [
    'invites-member-states',
    ['${1:1}.\tInvites Member States ${2:to …};', '$0'],
    'Inviting Member States to act or contribute.',
  ],
  [
    'expresses-appreciation',
    ['${1:1}.\tExpresses its appreciation to ${2:…} for ${3:…};', '$0'],
    'Expressing appreciation to an actor.',
  ],
  [
    'decides-include-agenda',
    ['${1:1}.\tDecides to include in the provisional agenda of its ${2:…} session the item entitled “${3:…}”.', '$0'],
    'The usual last paragraph of a General Assembly resolution (session in words, a later session than the text’s own).',
  ],
  [
    'decides-include-sub-item',
    [
      '${1:1}.\tDecides to include in the provisional agenda of its ${2:…} session, under the item entitled “${3:…}”, the sub-item entitled “${4:…}”.',
      '$0',
    ],
    'Placing a sub-item on the agenda of a later session.',
  ],
  [
    'requests-sg-report-council',
    ['${1:1}.\tRequests the Secretary-General to report to the Council ${2:…};', '$0'],
    'Security Council: the usual reporting request.',
  ],
  [
    'remain-seized',
    ['${1:1}.\tDecides to remain seized of the matter.', '$0'],
    'The usual last paragraph of a Security Council resolution.',
  ],
  [
    'remain-actively-seized',
    ['${1:1}.\tDecides to remain actively seized of the matter.', '$0'],
    'Security Council: the matter stays under active consideration.',
  ],
  [
    'hrc-requests-report',
    [
      '${1:1}.\tRequests the United Nations High Commissioner for Human Rights to present a report on ${2:…} to the Human Rights Council at its ${3:…} session;',
      '$0',
    ],
    'Human Rights Council: the usual reporting request.',
  ],
  [
    'hrc-continue-consideration',
    ['${1:1}.\tDecides to continue its consideration of this question under the same agenda item.', '$0'],
    'Human Rights Council: a usual last paragraph.',
  ],
];

/** Skeletons of whole texts, with tab stops in reading order. */
const SKELETONS: readonly [string, string, string[], string][] = [
  [
    'General Assembly resolution',
    'ga-resolution',
    [
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
    'A whole General Assembly resolution: number and title, organ line, preamble, numbered operative paragraphs, closing with the plenary meeting and date.',
  ],
  [
    'Security Council resolution',
    'sc-resolution',
    [
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
    'A whole Security Council resolution: heading, adoption line, organ line, preamble ending with Chapter VII, numbered operative paragraphs, “remain seized”. No title.',
  ],
  [
    'Human Rights Council resolution',
    'hrc-resolution',
    [
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
    'A whole Human Rights Council resolution: number and title, organ line, preamble, operative paragraphs, closing with meeting, date and vote.',
  ],
  [
    'General Assembly decision',
    'ga-decision',
    [
      '${1:80}/${2:…}.\t${3:Title}',
      '',
      '\tAt its ${4:…}th plenary meeting, on ${5:…}, the General Assembly, on the recommendation of the ${6:…} Committee, ${7:decided …}.',
      '$0',
    ],
    'A General Assembly decision: number and title, then one paragraph stating the meeting, the date and what the Assembly decided.',
  ],
];

/**
 * Snippets for every standard opener and verb of the lexicon (in lexicon order, most frequent
 * first), their usual continuations, and skeletons of whole texts. Prefixes are unique.
 */
export function snippetsFile(): string {
  const snippets: Record<string, Snippet> = {};
  const prefixes = new Set<string>();
  const add = (name: string, prefix: string, body: string[], description: string): void => {
    if (prefixes.has(prefix) || snippets[name]) return;
    prefixes.add(prefix);
    snippets[name] = { prefix, body, description };
  };
  for (const [name, prefix, body, description] of SKELETONS) add(`Skeleton: ${name}`, prefix, body, description);
  for (const [prefix, body, description] of CONTINUATIONS) add(`Usual: ${prefix}`, prefix, body, description);
  for (const opener of PREAMBULAR_OPENERS) {
    if (BRITISH_SPELLING.test(opener)) continue;
    add(
      `Preamble: ${opener}`,
      opener.toLowerCase(),
      [`${opener} \${1:…},`, '$0'],
      `Preambular paragraph opening with “${opener}” (ends with a comma).`,
    );
  }
  for (const verb of OPERATIVE_VERBS) {
    if (BRITISH_SPELLING.test(verb) || NOT_OPENINGS.has(verb)) continue;
    const prefix = prefixes.has(verb.toLowerCase()) ? `op ${verb.toLowerCase()}` : verb.toLowerCase();
    add(
      `Operative: ${verb}`,
      prefix,
      [`\${1:1}.\t${verb} \${2:…};`, '$0'],
      `Operative paragraph opening with “${verb}” (numbered, ends with a semicolon).`,
    );
  }
  return JSON.stringify(snippets, null, 2) + '\n';
}

export function grammarFile(): string {
  // Longest phrases first, so `Recalling also` wins over `Recalling`. After a leading adverb the
  // phrase is in lower case (`Deeply concerned`, `Also requests`): the first letter matches either case.
  const alternation = (phrases: readonly string[]): string =>
    [...new Set(phrases)]
      .sort((a, b) => b.length - a.length)
      .map((phrase) => {
        const escaped = escapeRegExp(phrase);
        const first = escaped.charAt(0);
        return /[A-Za-z]/.test(first) ? `[${first.toUpperCase()}${first.toLowerCase()}]${escaped.slice(1)}` : escaped;
      })
      .join('|');
  const openers = alternation(PREAMBULAR_OPENERS);
  const verbs = alternation(OPERATIVE_VERBS);
  const preambleAdverbs = alternation(PREAMBLE_LEADING_ADVERBS);
  const operativeAdverbs = alternation(OPERATIVE_LEADING_ADVERBS);
  const postposed = [...POSTPOSED_ADVERBS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const grammar = {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'UN Resolution',
    scopeName: 'text.unres',
    patterns: [
      { include: '#debris' },
      { include: '#organ-line' },
      { include: '#title-line' },
      { include: '#closing' },
      { include: '#footnote-separator' },
      { include: '#operative' },
      { include: '#subparagraph' },
      { include: '#preambular' },
      { include: '#inline' },
    ],
    repository: {
      debris: {
        patterns: [
          {
            name: 'invalid.illegal.debris.unres',
            match: '<<ODS [^<>]{1,40}>>(?:[^<>\\n]{0,200}?<<ODS [^<>]{1,40}>>)?',
          },
          { name: 'invalid.illegal.debris.unres', match: '\\[[A-Z]{1,3}\\d{1,3}\\]' },
        ],
      },
      'organ-line': {
        match:
          '^\\s*(The (?:General Assembly|Security Council|Human Rights Council|Economic and Social Council))(,?)\\s*$',
        captures: {
          1: { name: 'entity.name.section.organ.unres markup.italic' },
          2: { name: 'punctuation.separator.unres' },
        },
      },
      'title-line': {
        match: '^\\s*((?:S-|ES-)?\\d{1,4}/\\d{1,4}(?: [A-Z])?\\.)\\s+(.*)$',
        captures: {
          1: { name: 'constant.numeric.symbol.unres' },
          2: { name: 'markup.heading.title.unres markup.bold' },
        },
      },
      closing: {
        patterns: [
          {
            name: 'comment.line.closing.meeting.unres',
            match: '^\\s*\\d{1,5}(?:st|nd|rd|th)\\s+(?:\\(resumed\\)\\s+)?(?:plenary\\s+)?meeting\\.?\\s*$',
          },
        ],
      },
      'footnote-separator': { name: 'comment.line.separator.unres', match: '^\\s*_{3,}\\s*$' },
      operative: {
        // Adverb + lower-case verb (`Also requests`), or a known verb phrase (`Expresses its appreciation`), or any capitalised -s verb.
        match: `^\\s*(\\d{1,4}\\.)[\\t ]+((?:(?:${operativeAdverbs})\\s+)?(?:${verbs}|[A-Za-z][a-z-]+s)\\b(?:\\s+(?:${postposed}))*(?:\\s+(?:upon|on|for|note))?)`,
        captures: {
          1: { name: 'constant.numeric.paragraph.unres' },
          2: { name: 'keyword.other.operative-verb.unres markup.italic' },
        },
      },
      subparagraph: {
        match: '^\\s*(\\((?:[a-z]{1,3}|[ivxlc]{1,7})\\)|[a-z]{1,2}\\.|[ivx]{1,5}\\.)[\\t ]',
        captures: { 1: { name: 'constant.numeric.label.unres' } },
      },
      preambular: {
        match: `^\\s*((?:(?:${preambleAdverbs})\\s+)?(?:${openers})\\b(?:\\s+(?:${postposed}))*)`,
        captures: { 1: { name: 'keyword.other.preambular-opener.unres markup.italic' } },
      },
      inline: {
        patterns: [
          {
            name: 'markup.underline.link.citation.unres',
            match:
              '\\b(?:[Rr]esolutions?|[Dd]ecisions?)\\s+(?:(?:S-|ES-)?\\d{1,4}/\\d{1,4}(?:\\s[A-Z](?:\\s(?:and|to)\\s[A-Z])?)?|\\d{1,4}(?:\\s[A-Z])?\\s\\((?:\\d{4}|(?:ES-|S-)?[IVXLC]+)\\))',
          },
          {
            name: 'string.unquoted.symbol.unres',
            match: '\\b(?:A|S|E|ST|CRC|UNEP|TD)/(?:[A-Z0-9.\\-]+/)*[A-Za-z0-9.\\-]*\\d[A-Za-z0-9.\\-]*\\b',
          },
          { name: 'constant.numeric.footnote-marker.unres', match: '(?<=[,;:.”)])\\d{1,3}(?=\\s|$)' },
        ],
      },
    },
  };
  return JSON.stringify(grammar, null, 2) + '\n';
}
