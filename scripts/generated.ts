// The content of the generated editor files (see generate.ts).
import { OPERATIVE_VERBS, PREAMBULAR_OPENERS } from '../server/src/core/lexicon/phrases';
import { RULES } from '../server/src/core/rules/registry';
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

/** package.json with its rule settings brought in line with the rules (other settings kept, in order). */
export function packageJsonFile(current: string): string {
  const json = JSON.parse(current);
  const properties: Record<string, unknown> = json.contributes.configuration.properties;
  const others = Object.fromEntries(Object.entries(properties).filter(([key]) => !key.startsWith('unres.rules.')));
  json.contributes.configuration.properties = { ...ruleSettings(), ...others };
  return JSON.stringify(json, null, 2) + '\n';
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

/** How many of the most frequent phrases get a snippet of their own. */
const SNIPPET_OPENERS = 60;
const SNIPPET_VERBS = 60;

interface Snippet {
  prefix: string;
  body: string[];
  description: string;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function snippetsFile(): string {
  const snippets: Record<string, Snippet> = {};
  for (const opener of PREAMBULAR_OPENERS.slice(0, SNIPPET_OPENERS)) {
    snippets[`Preamble: ${opener}`] = {
      prefix: opener.toLowerCase(),
      body: [`${opener} \${1:…},`, '$0'],
      description: `Preambular paragraph opening with “${opener}” (ends with a comma).`,
    };
  }
  for (const verb of OPERATIVE_VERBS.slice(0, SNIPPET_VERBS)) {
    snippets[`Operative: ${verb}`] = {
      prefix: verb.toLowerCase(),
      body: [`\${1:1}.\t${verb} \${2:…};`, '$0'],
      description: `Operative paragraph opening with “${verb}” (numbered, ends with a semicolon).`,
    };
  }
  return JSON.stringify(snippets, null, 2) + '\n';
}

export function grammarFile(): string {
  // Longest phrases first, so `Recalling also` wins over `Recalling`.
  const openers = [...PREAMBULAR_OPENERS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
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
          { name: 'invalid.illegal.debris.unres', match: '<<ODS [^<>]{1,40}>>(?:[^<>\\n]{0,200}?<<ODS [^<>]{1,40}>>)?' },
          { name: 'invalid.illegal.debris.unres', match: '\\[[A-Z]{1,3}\\d{1,3}\\]' },
        ],
      },
      'organ-line': {
        match: '^\\s*(The (?:General Assembly|Security Council|Human Rights Council|Economic and Social Council))(,?)\\s*$',
        captures: { 1: { name: 'entity.name.section.organ.unres markup.italic' }, 2: { name: 'punctuation.separator.unres' } },
      },
      'title-line': {
        match: '^\\s*((?:S-|ES-)?\\d{1,4}/\\d{1,4}(?: [A-Z])?\\.)\\s+(.*)$',
        captures: { 1: { name: 'constant.numeric.symbol.unres' }, 2: { name: 'markup.heading.title.unres markup.bold' } },
      },
      closing: {
        patterns: [
          { name: 'comment.line.closing.meeting.unres', match: '^\\s*\\d{1,5}(?:st|nd|rd|th)\\s+(?:\\(resumed\\)\\s+)?(?:plenary\\s+)?meeting\\.?\\s*$' },
        ],
      },
      'footnote-separator': { name: 'comment.line.separator.unres', match: '^\\s*_{3,}\\s*$' },
      operative: {
        match: '^\\s*(\\d{1,4}\\.)[\\t ]+((?:(?:Also|Further|Strongly|Once again|Again|Urgently|Firmly|Deeply)\\s+)?[A-Z][a-z-]+s\\b(?:\\s+(?:also|further|again|once again|upon|for|note|with (?:appreciation|concern|satisfaction)))*)',
        captures: { 1: { name: 'constant.numeric.paragraph.unres' }, 2: { name: 'keyword.other.operative-verb.unres markup.italic' } },
      },
      subparagraph: {
        match: '^\\s*(\\((?:[a-z]{1,3}|[ivxlc]{1,7})\\)|[a-z]{1,2}\\.|[ivx]{1,5}\\.)[\\t ]',
        captures: { 1: { name: 'constant.numeric.label.unres' } },
      },
      preambular: {
        match: `^\\s*((?:(?:Deeply|Gravely|Strongly|Seriously|Firmly|Particularly|Profoundly|Further|Fully)\\s+)?(?:${openers}))\\b`,
        captures: { 1: { name: 'keyword.other.preambular-opener.unres markup.italic' } },
      },
      inline: {
        patterns: [
          {
            name: 'markup.underline.link.citation.unres',
            match: '\\b(?:[Rr]esolutions?|[Dd]ecisions?)\\s+(?:(?:S-|ES-)?\\d{1,4}/\\d{1,4}(?:\\s[A-Z](?:\\s(?:and|to)\\s[A-Z])?)?|\\d{1,4}(?:\\s[A-Z])?\\s\\((?:\\d{4}|(?:ES-|S-)?[IVXLC]+)\\))',
          },
          { name: 'string.unquoted.symbol.unres', match: '\\b(?:A|S|E|ST|CRC|UNEP|TD)/(?:[A-Z0-9.\\-]+/)*[A-Za-z0-9.\\-]*\\d[A-Za-z0-9.\\-]*\\b' },
          { name: 'constant.numeric.footnote-marker.unres', match: '(?<=[,;:.”)])\\d{1,3}(?=\\s|$)' },
        ],
      },
    },
  };
  return JSON.stringify(grammar, null, 2) + '\n';
}
