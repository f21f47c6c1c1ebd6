// compareResolutions on small texts: each kind of change a draft can make to its base, the labels
// and the word changes, and the cost on long texts.
import * as assert from 'node:assert/strict';
import { compareResolutions } from '../../server/src/core/compare/compare';
import type { AlignedParagraph, Comparison } from '../../server/src/core/compare/types';
import { baseOfChanges, diffWords, draftOfChanges } from '../../server/src/core/compare/word-diff';
import { parse } from '../../server/src/core/parser/parse';

function resolution(preamble: string[], operative: string[]): string {
  const pp = preamble.map((text) => `${text},`);
  const op = operative.map((text, index) => `${index + 1}. ${text}${index === operative.length - 1 ? '.' : ';'}`);
  return ['The General Assembly,', '', ...pp.flatMap((p) => [p, '']), ...op.flatMap((p) => [p, ''])].join('\n');
}

const compare = (base: string, draft: string): Comparison => compareResolutions(parse(base), parse(draft));

/** `OP5 (was OP4): changed`-like summary of every paragraph, unchanged ones included. */
function summary(comparison: Comparison): string[] {
  return comparison.paragraphs.map((p: AlignedParagraph) => {
    const label = p.draft?.label ?? p.base?.label ?? '?';
    const was = p.base && p.draft && p.base.label !== p.draft.label ? ` (was ${p.base.label})` : '';
    return `${label}${was}: ${p.change}${p.renumbered ? ' renumbered' : ''}`;
  });
}

const PP = ['Recalling its resolution 78/1 of 1 January 2024', 'Reaffirming the Charter of the United Nations'];
const OP = [
  'Requests the Secretary-General to report on the implementation of the present resolution',
  'Encourages Member States to cooperate closely with the Special Rapporteur on the matter',
  'Calls upon all parties to respect international humanitarian law in every circumstance',
  'Decides to remain seized of the matter and to include the item in its next session',
];

describe('compare: paragraphs aligned by content', () => {
  it('reports every paragraph unchanged when a text is compared with itself', () => {
    const text = resolution(PP, OP);
    assert.deepEqual(summary(compare(text, text)), [
      'PP1: unchanged',
      'PP2: unchanged',
      'OP1: unchanged',
      'OP2: unchanged',
      'OP3: unchanged',
      'OP4: unchanged',
    ]);
  });

  it('reports a paragraph inserted above others as new and the ones after it as renumbered, not deleted and new', () => {
    const draft = resolution(PP, [
      OP[0]!,
      'Welcomes the report of the Special Committee on its fortieth session',
      ...OP.slice(1),
    ]);
    assert.deepEqual(summary(compare(resolution(PP, OP), draft)), [
      'PP1: unchanged',
      'PP2: unchanged',
      'OP1: unchanged',
      'OP2: new',
      'OP3 (was OP2): unchanged renumbered',
      'OP4 (was OP3): unchanged renumbered',
      'OP5 (was OP4): unchanged renumbered',
    ]);
  });

  it('reports a deleted paragraph after the paragraph aligned before it', () => {
    const draft = resolution(PP.slice(1), [OP[0]!, OP[2]!, OP[3]!]);
    assert.deepEqual(summary(compare(resolution(PP, OP), draft)), [
      'PP1: deleted',
      'PP1 (was PP2): unchanged renumbered',
      'OP1: unchanged',
      'OP2: deleted',
      'OP2 (was OP3): unchanged renumbered',
      'OP3 (was OP4): unchanged renumbered',
    ]);
  });

  it('reports a paragraph moved elsewhere as moved and renumbered, the others in place', () => {
    const draft = resolution(PP, [OP[1]!, OP[2]!, OP[0]!, OP[3]!]);
    assert.deepEqual(summary(compare(resolution(PP, OP), draft)), [
      'PP1: unchanged',
      'PP2: unchanged',
      'OP1 (was OP2): unchanged renumbered',
      'OP2 (was OP3): unchanged renumbered',
      'OP3 (was OP1): moved renumbered',
      'OP4: unchanged',
    ]);
  });

  it('reports a paragraph edited in place as changed, with word changes that rebuild both texts', () => {
    const edited =
      'Calls upon all States and parties to fully respect international humanitarian law in every circumstance';
    const comparison = compare(resolution(PP, OP), resolution(PP, [OP[0]!, OP[1]!, edited, OP[3]!]));
    const changed = comparison.paragraphs.find((p) => p.change === 'changed');
    assert.equal(changed?.draft?.label, 'OP3');
    assert.equal(changed?.base?.label, 'OP3');
    assert.deepEqual(changed?.words, [
      { op: 'equal', text: 'Calls upon all' },
      { op: 'insert', text: ' States and' },
      { op: 'equal', text: ' parties to' },
      { op: 'insert', text: ' fully' },
      { op: 'equal', text: ' respect international humanitarian law in every circumstance;' },
    ]);
    assert.equal(draftOfChanges(changed.words!), `${edited};`);
    assert.equal(baseOfChanges(changed.words!), `${OP[2]};`);
  });

  it('reports an edited paragraph that also moved as moved, with its word changes', () => {
    const edited = `${OP[0]!} at its eightieth session`;
    const draft = resolution(PP, [OP[1]!, OP[2]!, edited, OP[3]!]);
    const moved = compare(resolution(PP, OP), draft).paragraphs.find((p) => p.change === 'moved');
    assert.equal(moved?.renumbered, undefined);
    assert.deepEqual(
      moved?.words?.filter((w) => w.op !== 'equal'),
      [{ op: 'insert', text: ' at its eightieth session' }],
    );
  });

  it('reports a rewritten paragraph as deleted and new, not as changed', () => {
    const draft = resolution(PP, [OP[0]!, OP[1]!, 'Stresses the importance of regional organizations', OP[3]!]);
    assert.deepEqual(summary(compare(resolution(PP, OP), draft)).slice(2), [
      'OP1: unchanged',
      'OP2: unchanged',
      'OP3: deleted',
      'OP3: new',
      'OP4: unchanged',
    ]);
  });

  it('aligns a paragraph split in two with the half most like it, the other half new', () => {
    const draft = resolution(PP, [
      OP[0]!,
      'Encourages Member States to cooperate closely with the Special Rapporteur',
      'Invites the Special Rapporteur to report on the matter',
      OP[2]!,
      OP[3]!,
    ]);
    assert.deepEqual(summary(compare(resolution(PP, OP), draft)).slice(2), [
      'OP1: unchanged',
      'OP2: changed',
      'OP3: new',
      'OP4 (was OP3): unchanged renumbered',
      'OP5 (was OP4): unchanged renumbered',
    ]);
  });

  it('ignores footnote markers, line wrapping and the final punctuation in deciding that a paragraph is unchanged', () => {
    const notes = (count: number): string =>
      '\n__________________\n' +
      Array.from({ length: count }, (_, i) => `${i + 1} Treaty Series, vol. ${i + 1}.`).join('\n');
    const base = resolution(['Recalling the Convention,1 and its Protocols'], [OP[0]!, OP[1]!]) + notes(1);
    const draft =
      resolution(['Noting the Treaty,1', 'Recalling the Convention,2 and\nits   Protocols'], [OP[1]!, OP[0]!]) +
      notes(2);
    assert.equal(parse(draft).markers.length, 2);
    // Of two swapped paragraphs either one may be the one that moved.
    const [pp1, pp2, ...ops] = summary(compare(base, draft));
    assert.deepEqual([pp1, pp2], ['PP1: new', 'PP2 (was PP1): unchanged renumbered']);
    assert.deepEqual(
      ops.map((line) => line.split(': ')[0]),
      ['OP1 (was OP2)', 'OP2 (was OP1)'],
    );
    assert.deepEqual(ops.map((line) => line.split(': ')[1]).sort(), ['moved renumbered', 'unchanged renumbered']);
  });

  it('gives preambular and operative labels by part', () => {
    const text =
      'The General Assembly,\n\nA\n\nRecalling its work,\n\n1. Decides to act;\n\nB\n\nNoting its work,\n\n1. Decides to stop.\n';
    const labels = compare(text, text).paragraphs.map((p) => `${p.draft?.part}:${p.draft?.label}`);
    assert.deepEqual(labels, ['0:PP1', '0:OP1', '1:PP1', '1:OP1']);
  });

  it('gives an empty comparison for texts without paragraphs, without failing', () => {
    assert.deepEqual(compare('', '\n\n'), { paragraphs: [] });
  });
});

describe('compare: word differences', () => {
  it('keeps the deletion before the insertion in a replaced run', () => {
    assert.deepEqual(diffWords('the cat sat', 'a dog sat'), [
      { op: 'delete', text: 'the cat' },
      { op: 'insert', text: 'a dog' },
      { op: 'equal', text: ' sat' },
    ]);
  });

  it('collapses whitespace in both texts', () => {
    assert.deepEqual(diffWords('a  b\nc', ' a b c '), [{ op: 'equal', text: 'a b c' }]);
  });

  it('falls back to delete-all and insert-all when the texts share nothing, with the texts kept', () => {
    const a = Array.from({ length: 1500 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 1500 }, (_, i) => `b${i}`).join(' ');
    const words = diffWords(a, b);
    assert.equal(baseOfChanges(words), a);
    assert.equal(draftOfChanges(words), b);
  });
});

describe('compare: cost', () => {
  it('diffs a 40,000-word paragraph with scattered changes quickly, texts kept', function () {
    this.timeout(10_000);
    const base = Array.from({ length: 40_000 }, (_, i) => `w${i % 997}`);
    const draft = base.map((word, i) => (i % 50 === 0 ? `changed${i}` : word));
    const started = performance.now();
    const words = diffWords(base.join(' '), draft.join(' '));
    assert.ok(performance.now() - started < 2000, `took ${(performance.now() - started).toFixed(0)} ms`);
    assert.equal(baseOfChanges(words), base.join(' '));
    assert.equal(draftOfChanges(words), draft.join(' '));
  });

  it('compares two 300-paragraph texts, half of them edited, in well under a second', function () {
    this.timeout(10_000);
    const words = (seed: number, n: number): string =>
      Array.from({ length: n }, (_, i) => `word${(seed * 7919 + i * 104729) % 5000}`).join(' ');
    const ops = Array.from({ length: 300 }, (_, i) => `Decides ${words(i, 60)}`);
    const edited = ops.map((text, i) => (i % 2 ? `${text} and ${words(i + 1000, 5)}` : text)).reverse();
    const base = resolution([], ops);
    const draft = resolution([], edited);
    const started = performance.now();
    const comparison = compare(base, draft);
    const elapsed = performance.now() - started;
    assert.equal(comparison.paragraphs.filter((p) => p.change === 'new' || p.change === 'deleted').length, 0);
    assert.ok(elapsed < 500, `took ${elapsed.toFixed(0)} ms`);
  });
});
