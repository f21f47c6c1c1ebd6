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
  bracketed: 'string',
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
  bracketed: 'Text in square brackets in a negotiated draft: not yet agreed.',
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

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The organ lines' words (`The General Assembly`), in the grammar's regular expressions. */
const ORGAN_LINE_NAME = 'The (?:General Assembly|Security Council|Human Rights Council|Economic and Social Council)';

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
        match: `^\\s*(${ORGAN_LINE_NAME})(,?)\\s*$`,
        captures: {
          1: { name: 'entity.name.section.organ.unres markup.italic' },
          2: { name: 'punctuation.separator.unres' },
        },
      },
      // `59/157. Title`; in print-style text the title wraps onto the next line(s), which belong to
      // it up to the blank line (or, without one, up to the organ line or a numbered paragraph).
      'title-line': {
        begin: '^\\s*((?:S-|ES-)?\\d{1,4}/\\d{1,4}(?: [A-Z])?\\.)[\\t ]+(?=\\S)',
        beginCaptures: { 1: { name: 'constant.numeric.symbol.unres' } },
        end: `^(?=\\s*$|\\s*${ORGAN_LINE_NAME}|\\s*\\d{1,4}\\.\\s)`,
        contentName: 'markup.heading.title.unres markup.bold',
        patterns: [{ include: '#debris' }],
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
