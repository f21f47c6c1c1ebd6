// The structure views: the outline groups paragraphs as the text is built (preamble, operative
// part, per part A/B), and folding gives the preamble and the operative part a region each, so
// that Fold All folds them both.
import * as assert from 'node:assert/strict';
import { foldingSpans } from '../../server/src/core/features/folding';
import { outline, type OutlineNode } from '../../server/src/core/features/symbols';
import { parse } from '../../server/src/core/parser/parse';

const TEXT = [
  '59/157.\tInternational cooperation',
  '',
  'The General Assembly,',
  '',
  'Recalling its resolution 55/25,',
  '',
  'Noting the report,',
  '',
  '1.\tTakes note of the report;',
  '',
  '2.\tRequests:',
  '(a)\tFirst;',
  '(b)\tSecond;',
  '',
  '3.\tDecides to remain seized of the matter.',
  '',
].join('\n');

const PARTS = [
  'The General Assembly,',
  '',
  'A',
  '',
  'Recalling its resolution 55/25,',
  '',
  '1.\tWelcomes the report;',
  '',
  '2.\tUrges States to act;',
  '',
  'B',
  '',
  'Noting the report,',
  '',
  '1.\tDecides to act;',
  '',
  '2.\tRequests a report.',
  '',
].join('\n');

const shape = (nodes: OutlineNode[]): unknown[] =>
  nodes.map((node) =>
    node.children.length > 0 ? [node.kind, node.name, shape(node.children)] : [node.kind, node.name],
  );

/** The line of an offset (0-based). */
const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length - 1;

/** The folding regions as an editor shows them: line ranges of more than one line, one per start line. */
function regions(text: string): [number, number][] {
  const seen = new Set<number>();
  const result: [number, number][] = [];
  for (const span of foldingSpans(parse(text))) {
    const start = lineOf(text, span.start);
    const end = lineOf(text, span.end);
    if (end <= start || seen.has(start)) continue;
    seen.add(start);
    result.push([start, end]);
  }
  return result;
}

describe('structure views', () => {
  describe('outline', () => {
    it('groups the operative paragraphs under "Operative part", beside "Preamble"', () => {
      assert.deepEqual(shape(outline(parse(TEXT))), [
        ['title', '59/157. International cooperation'],
        ['preamble', 'Preamble', [
          ['preambular', 'Recalling its resolution 55/25,'],
          ['preambular', 'Noting the report,'],
        ]],
        ['operative-part', 'Operative part', [
          ['operative', '1. Takes note of the report;'],
          ['operative', '2. Requests:', [
            ['subparagraph', '(a) First;'],
            ['subparagraph', '(b) Second;'],
          ]],
          ['operative', '3. Decides to remain seized of the…'],
        ]],
      ]); // prettier-ignore
      const group = outline(parse(TEXT))[2]!;
      assert.equal(group.detail, '3 paragraphs');
      assert.equal(TEXT.slice(group.start, group.end), TEXT.slice(TEXT.indexOf('1.\t'), TEXT.lastIndexOf('.') + 1));
      assert.equal(TEXT.slice(group.selectionStart, group.selectionEnd), '1.', 'choosing it selects paragraph 1');
    });

    it('groups each part’s preamble and operative part under the part', () => {
      const nodes = outline(parse(PARTS));
      assert.deepEqual(
        nodes.map((node) => [node.kind, node.name, node.children.map((child) => [child.name, child.children.length])]),
        [
          [
            'part',
            'A',
            [
              ['Preamble', 1],
              ['Operative part', 2],
            ],
          ],
          [
            'part',
            'B',
            [
              ['Preamble', 1],
              ['Operative part', 2],
            ],
          ],
        ],
      );
    });

    it('keeps section headings inside the operative part', () => {
      const text =
        'The General Assembly,\n\nRecalling x,\n\nI\nGeneral provisions\n\n1.\tDecides;\n\n2.\tRequests;\n\nII\nFinal provisions\n\n3.\tDecides to act.\n';
      const group = outline(parse(text)).find((node) => node.kind === 'operative-part');
      assert.ok(group, JSON.stringify(shape(outline(parse(text)))));
      assert.ok(
        group.children.every((child) => child.kind === 'section' || child.kind === 'operative'),
        JSON.stringify(shape(group.children)),
      );
      assert.equal(
        group.children.flatMap((child) => (child.kind === 'section' ? child.children : [child])).length,
        3,
        'every paragraph is in the group',
      );
    });
  });

  describe('folding', () => {
    it('folds the preamble and the operative part as wholes, and each paragraph with a list', () => {
      // Lines: 4–6 preamble, 8–14 operative part (1. on line 8), 10–12 paragraph 2 with its list.
      assert.deepEqual(regions(TEXT), [
        [4, 6],
        [8, 14],
        [10, 12],
      ]);
    });

    it('folds each part, and its preamble and operative part', () => {
      const found = regions(PARTS);
      for (const expected of [
        [2, 8],
        [6, 8],
        [10, 16],
        [14, 16],
      ])
        assert.ok(
          found.some(([start, end]) => start === expected[0] && end === expected[1]),
          `${JSON.stringify(expected)} in ${JSON.stringify(found)}`,
        );
    });

    it('keeps the sub-lists of the first paragraph foldable', () => {
      const text =
        'The General Assembly,\n\nRecalling x,\n\n1.\tDecides:\n(a)\tThat:\n(i)\tOne;\n(ii)\tTwo;\n(b)\tThree;\n\n2.\tRequests.\n';
      assert.deepEqual(regions(text), [
        [4, 10],
        [5, 7],
      ]);
    });
  });
});
