// Inputs for the property tests: arbitrary strings (every code unit a drafter's editor, a paste
// or a binary file can produce) and resolution-shaped texts assembled from the parts real texts
// have, with small random corruptions on top.
import fc from 'fast-check';
import {
  OPERATIVE_LEADING_ADVERBS,
  OPERATIVE_VERBS,
  PREAMBLE_LEADING_ADVERBS,
  PREAMBULAR_OPENERS,
  POSTPOSED_ADVERBS,
} from '../../server/src/core/lexicon/phrases';

// ---------- arbitrary strings ----------

/** Characters that stress line splitting, offsets and word boundaries. */
const SPECIAL_UNITS = [
  '\n',
  '\r',
  '\r\n',
  '\n\r',
  '\t',
  ' ',
  '\u00A0',
  '\u2007',
  '\u202F',
  '\u2028',
  '\u2029',
  '\u0085',
  '\v',
  '\f',
  '\uFEFF',
  '\u200B',
  '\u200D',
  '\u0000',
  '\u0001',
  '\u001B',
  '\u007F',
  '\uFFFD',
  '\uFFFF',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\uD83D\uDE00',
  '\uD835\uDC00',
  'e\u0301',
  '\u0130',
  'ß',
  'ﬁ',
  '“',
  '”',
  '‘',
  '’',
  '–',
  '—',
  '\u2011',
  '…',
  '*',
  '/',
  '(',
  ')',
  '[',
  ']',
  '<<',
  '>>',
  '.',
  ',',
  ';',
  ':',
  '1',
  '9',
  '1.',
  '12.',
  '(a)',
  '(b)',
  '(i)',
  '(ii)',
  'a.',
  'I',
  'A',
  '_______________',
];

const fullUnicodeChar = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fullUnicodeChar },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL_UNITS) },
);

/** Any string: full unicode, lone surrogates, control characters, CR/LF mixes. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit, maxLength: 400 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: fc.constantFrom('\r', '\n', '\r\n', ' ', '\t', '1.', ';', 'x'), maxLength: 100 }),
  },
);

// ---------- resolution-shaped texts ----------

const ORGANS = ['General Assembly', 'Security Council', 'Human Rights Council', 'Economic and Social Council'];
const SESSIONS = [
  'Fifty-ninth session',
  'Seventy-fourth session',
  'Seventy-eighth session',
  '2023 session',
  'Fifty-fourth session',
];
const WORDS = [
  'the',
  'of',
  'and',
  'to',
  'in',
  'for',
  'States',
  'Member',
  'United',
  'Nations',
  'Secretary-General',
  'report',
  'implementation',
  'international',
  'cooperation',
  'development',
  'rights',
  'human',
  'Convention',
  'Protocol',
  'programme',
  'organization',
  'Türkiye',
  'Viet',
  'Nam',
  'Vietnam',
  'Turkey',
  'Côte',
  "d'Ivoire",
  'paragraph',
  '5',
  'above',
  'below',
  'present',
  'resolution',
  'this',
  'decision',
  'its',
  'session',
  'seventy-fifth',
  'sixtieth',
  'agenda',
  'provisional',
  'Organisation',
  'U.N.',
  'centre',
  'center',
  'labor',
  'A/74/483',
  'E/CN.15/2004/5',
  '(A/59/494)',
  'Article',
  '19',
  'Charter',
  'including,',
  'in',
  'particular,',
  '“Our',
  'common',
  'agenda”',
  '2030',
  '2004',
];
const CITATIONS = [
  'resolution 55/25 of 15 November 2000',
  'its resolution 58/135 of 22 December 2003',
  'resolutions 54/237 C and 55/5 A to D',
  'Security Council resolution 1373 (2001)',
  'resolution 217 A (III)',
  'decision 74/501',
  'resolution 55/25 of 15 November 2009',
  'Economic and Social Council resolution 2004/27 of 21 July 2004',
  'Human Rights Council resolution 54/1',
  'resolution ES-10/19',
  'resolution S-26/2 of 27 June 2001',
  'the present resolution',
  'this resolution',
  'paragraph 3 above',
  'paragraphs 2 to 4 below',
  '19 June 20207',
  '31 February 2004',
  'December 20, 2004',
  '1st January 2005',
];
const DEBRIS = [
  '[DU1]',
  '<<ODS JOB NO>>N0448568E<<ODS JOB NO>>',
  '<<ODS DOC SYMBOL1>>A/RES/59/157<<ODS DOC SYMBOL1>>',
  '04-48568',
  '3',
  '------------------------------------------------------------',
  'A/RES/59/157',
  '2/5',
  '19-17352',
  '*1917352*',
];

const pick = <T>(values: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...values);

const words = fc
  .array(fc.oneof({ weight: 6, arbitrary: pick(WORDS) }, { weight: 1, arbitrary: pick(CITATIONS) }), {
    minLength: 0,
    maxLength: 14,
  })
  .map((list) => list.join(' '));
const marker = fc.option(fc.integer({ min: 1, max: 6 }).map(String), { freq: 4 }).map((value) => value ?? '');

const preambular = fc
  .tuple(
    fc.option(pick(PREAMBLE_LEADING_ADVERBS), { freq: 6 }),
    pick(PREAMBULAR_OPENERS),
    fc.option(pick(POSTPOSED_ADVERBS), { freq: 5 }),
    words,
    marker,
    pick([',', ',', ',', ':', ';', '.', '']),
  )
  .map(
    ([adverb, opener, postposed, body, note, end]) =>
      [
        adverb && `${adverb} ${opener.charAt(0).toLowerCase()}${opener.slice(1)}`,
        adverb ? undefined : opener,
        postposed,
        body,
      ]
        .filter(Boolean)
        .join(' ') +
      end +
      note,
  );

const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
const letters = 'abcdefghijklmnopqrstuvwxyz'.split('');

/** Sub-paragraph lists: `(a) …;` with an occasional nested `(i) …;` list. */
const items = fc
  .array(fc.tuple(words, fc.array(words, { maxLength: 3 }), pick([';', ';', ',', '.', ':', ''])), { maxLength: 5 })
  .map((list) =>
    list.flatMap(([body, nested, end], index) => [
      `(${letters[index]}) ${body}${nested.length ? ':' : end}`,
      ...nested.map((inner, depth) => `(${romans[depth]}) ${inner}${depth === nested.length - 1 ? ';' : ';'}`),
    ]),
  );

const operativeVerb = fc
  .tuple(
    fc.option(pick(OPERATIVE_LEADING_ADVERBS), { freq: 5 }),
    pick(OPERATIVE_VERBS),
    fc.option(pick(POSTPOSED_ADVERBS), { freq: 6 }),
  )
  .map(([adverb, verb, postposed]) =>
    [adverb, adverb ? verb.charAt(0).toLowerCase() + verb.slice(1) : verb, postposed].filter(Boolean).join(' '),
  );

const numberSeparator = pick(['. ', '.\t', '.  ', ' ', '.\u00A0', '.']);

const operative = (index: number): fc.Arbitrary<string[]> =>
  fc
    .tuple(
      fc.integer({ min: -1, max: 2 }),
      numberSeparator,
      operativeVerb,
      words,
      marker,
      pick([';', ';', ';', '.', ',', ':', '']),
      items,
    )
    .map(([skew, separator, verb, body, note, end, list]) => [
      `${index + 1 + (skew === 2 ? 1 : 0)}${separator}${verb} ${body}${list.length ? ':' : end}${note}`,
      ...list,
    ]);

const masthead = fc
  .tuple(pick(ORGANS), pick(SESSIONS), fc.integer({ min: 1, max: 300 }))
  .map(([organ, session, number]) => [
    'United Nations',
    `A/RES/74/${number}`,
    organ,
    'Distr.: General',
    '18 October 2019',
    session,
    `Agenda item ${number % 170}`,
    `Resolution adopted by the ${organ} on 10 October 2019`,
    '[on the report of the Fifth Committee (A/74/483)]',
  ]);

const closing = fc
  .tuple(
    fc.integer({ min: 1, max: 120 }),
    pick(['20 December 2004', '10 October 2019', '20 December 20004', '']),
    pick(['plenary meeting', 'meeting', '(resumed) plenary meeting']),
  )
  .map(([meeting, date, what]) => [`${meeting}th ${what}`, date]);

const footnotes = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 7 }), words, pick(['.', '', ';'])), { maxLength: 4 })
  .map((list) =>
    list.length
      ? [
          '_______________',
          ...list.map(
            ([number, body, end]) =>
              `${number} ${body || 'Official Records of the General Assembly, Seventy-fourth Session, Supplement No. 11 (A/74/11)'}${end}`,
          ),
        ]
      : [],
  );

const sections = fc.option(pick(['A', 'B', 'I', 'II. Financing', 'Annex', 'Annex I']), { freq: 5 });

/** The lines of a resolution, in order, before joining and corruption. */
const resolutionLines = fc
  .record({
    masthead: fc.option(masthead, { freq: 2 }),
    debrisBefore: fc.array(pick(DEBRIS), { maxLength: 2 }),
    title: fc.option(
      fc
        .tuple(fc.integer({ min: 1, max: 300 }), words)
        .map(([number, title]) => `74/${number}. ${title || 'Scale of assessments'}`),
      { freq: 4 },
    ),
    organ: fc.option(
      pick(ORGANS).chain((organ) => pick([`The ${organ},`, `The ${organ}`, `The ${organ}:`])),
      { freq: 8 },
    ),
    preamble: fc.array(preambular, { maxLength: 6 }),
    operativeCount: fc.integer({ min: 0, max: 8 }),
    section: sections,
    closing: fc.option(closing, { freq: 4 }),
    footnotes,
    debrisAfter: fc.array(pick(DEBRIS), { maxLength: 3 }),
  })
  .chain((shape) =>
    fc.tuple(...Array.from({ length: shape.operativeCount }, (_, index) => operative(index))).map((paragraphs) => {
      const lines: string[] = [...(shape.masthead ?? []), ...shape.debrisBefore];
      if (shape.title) lines.push(shape.title);
      if (shape.organ) lines.push(shape.organ);
      lines.push(...shape.preamble);
      paragraphs.forEach((paragraph, index) => {
        if (shape.section && index === Math.floor(paragraphs.length / 2)) lines.push(shape.section);
        lines.push(...paragraph);
      });
      if (shape.closing) lines.push(...shape.closing);
      lines.push(...shape.footnotes, ...shape.debrisAfter);
      return lines;
    }),
  );

/** How lines are joined: blank lines or not, LF, CRLF, CR or a mix, indentation. */
const layout: fc.Arbitrary<Layout> = fc.record({
  eol: pick(['\n', '\r\n', '\r', 'mixed']),
  blank: pick([true, false, 'mixed'] as const),
  indent: pick(['', '\t', '    ', 'mixed']),
  trailing: pick(['', ' ', '\t', '\u00A0']),
  bom: fc.boolean(),
  seed: fc.integer({ min: 0, max: 0xffff }),
});

export type Corruption = {
  kind: 'delete' | 'insert' | 'duplicate-line' | 'swap-lines' | 'digit';
  at: number;
  size: number;
  char: string;
};

const corruption: fc.Arbitrary<Corruption> = fc.record({
  kind: pick(['delete', 'insert', 'duplicate-line', 'swap-lines', 'digit'] as const),
  at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  size: fc.integer({ min: 1, max: 12 }),
  char: fc.oneof(fc.constantFrom(...SPECIAL_UNITS), fullUnicodeChar),
});

function corrupt(text: string, corruptions: readonly Corruption[]): string {
  let out = text;
  for (const { kind, at, size, char } of corruptions) {
    const position = Math.floor(at * (out.length + 1));
    if (kind === 'delete') out = out.slice(0, position) + out.slice(position + size);
    else if (kind === 'insert') out = out.slice(0, position) + char.repeat(Math.min(size, 3)) + out.slice(position);
    else if (kind === 'digit') out = out.slice(0, position) + String(size % 10) + out.slice(position + 1);
    else {
      const lines = out.split('\n');
      const index = Math.min(lines.length - 1, Math.floor(at * lines.length));
      if (kind === 'duplicate-line') lines.splice(index, 0, lines[index]!);
      else {
        const other = (index + size) % lines.length;
        [lines[index]!, lines[other]!] = [lines[other]!, lines[index]!];
      }
      out = lines.join('\n');
    }
  }
  return out;
}

interface Layout {
  eol: string;
  blank: boolean | 'mixed';
  indent: string;
  trailing: string;
  bom: boolean;
  seed: number;
}

function join(lines: readonly string[], options: Layout): string {
  let state = options.seed;
  const flip = (): boolean => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return (state & 0x100) !== 0;
  };
  const eols = ['\n', '\r\n', '\r'];
  let out = options.bom ? '\uFEFF' : '';
  lines.forEach((line, index) => {
    const indent = options.indent === 'mixed' ? (flip() ? '\t' : '') : options.indent;
    const eol = options.eol === 'mixed' ? eols[(state >> 4) % 3]! : options.eol;
    const blank = options.blank === 'mixed' ? flip() : options.blank;
    out += indent + line + (flip() ? options.trailing : '');
    if (index < lines.length - 1) out += blank ? eol + eol : eol;
    flip();
  });
  return out + (flip() ? (options.eol === 'mixed' ? '\n' : options.eol) : '');
}

/** A resolution-shaped text: masthead, title, organ line, preamble, numbered operative paragraphs with lists, closing, footnotes, debris — with a few random corruptions. */
export const resolutionText: fc.Arbitrary<string> = fc
  .tuple(resolutionLines, layout, fc.array(corruption, { maxLength: 3 }))
  .map(([lines, options, corruptions]) => corrupt(join(lines, options), corruptions));

/** Both families, for properties that should hold of any text. */
export const ARBITRARIES: readonly { name: string; arbitrary: fc.Arbitrary<string> }[] = [
  { name: 'any text', arbitrary: anyText },
  { name: 'resolution-shaped text', arbitrary: resolutionText },
];
