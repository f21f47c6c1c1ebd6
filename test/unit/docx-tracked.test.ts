// Word export with tracked changes (issue 19): the draft in the UN layout with its changes against the
// base as Word insertions and deletions. Read back the way Word's "Accept all" and "Reject all" leave
// it (test/support/docx-changes.ts), the file must give the draft's paragraphs and the base's — on a
// fixture whose comparison is written by hand, on pairs of resolutions of consecutive sessions from
// the corpus aligned by a simple alignment written here, and opened by LibreOffice.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AlignedParagraph, Comparison, ParagraphRef, WordChange } from '../../server/src/core/compare/types';
import { toDocx } from '../../server/src/core/export/docx';
import { toTrackedDocx } from '../../server/src/core/export/docx-tracked';
import { itemsOf } from '../../server/src/core/export/docx-tracked-nodes';
import {
  allOperative,
  allPreambular,
  type Resolution,
  type Span,
  type SubParagraph,
} from '../../server/src/core/model';
import { parse } from '../../server/src/core/parser/parse';
import { writeTrackedDocx } from '../../server/src/node/docx-writer';
import { findOffice, officeToPdf } from '../../server/src/node/pdf-office';
import { compareResolutions } from '../../server/src/core/compare/compare';
import { CORPUS_DIR, corpusOrSkip } from '../support/corpus';
import { successivePairs } from '../support/successive-pairs';
import {
  documentXml,
  readParagraphs,
  referencedNotes,
  trackedChanges,
  type ReadParagraph,
  type Reading,
} from '../support/docx-changes';

const AUTHOR = 'Delegation of Ruritania';
const DATE = new Date('2026-03-04T05:06:07.890Z');

const BASE = `The General Assembly,

Recalling its resolution 58/1 of 2003,

Noting with concern the situation,

1. Welcomes the report of the Secretary-General;

2. Urges all States to cooperate;

3. Requests the Secretary-General to report to it at its sixtieth session;

4. Decides to remain seized of the matter.
`;

const DRAFT = `The General Assembly,

Recalling its resolutions 58/1 of 2003 and 59/2 of 2004,

Noting with concern the situation,

Deeply concerned by the new developments,

1. Welcomes the report of the Secretary-General;

2. Requests the Secretary-General to report to it at its sixty-first session;

3. Decides to remain seized of the matter.
`;

/** The body paragraphs of a model as the comparison names them: PP, OP and sub-paragraphs, in document order. */
function refsOf(model: Resolution, textOf: (start: number, end: number) => string = sliceOf(model)): ParagraphRef[] {
  const refs: ParagraphRef[] = [];
  const ref = (kind: ParagraphRef['kind'], label: string, node: Span): ParagraphRef => ({
    kind,
    label,
    part: 0,
    text: textOf(node.start, node.end),
    start: node.start,
    end: node.end,
  });
  allPreambular(model).forEach((paragraph, index) => refs.push(ref('preambular', `PP${index + 1}`, paragraph)));
  allOperative(model).forEach((paragraph, index) => {
    const op = `OP${index + 1}`;
    refs.push(ref('operative', op, { start: paragraph.start, end: paragraph.textEnd }));
    const items = (list: readonly SubParagraph[]): void =>
      list.forEach((item) => {
        refs.push(ref('subparagraph', `${op} ${item.label.text}`, { start: item.start, end: item.textEnd }));
        items(item.children);
      });
    items(paragraph.items);
  });
  return refs.sort((a, b) => a.start - b.start);
}

const sliceOf =
  (model: Resolution) =>
  (start: number, end: number): string =>
    model.text.slice(start, end);

/** The markers that become Word footnotes (the first of each number with a footnote); the others print as superscripts. */
function footnoteMarkers(model: Resolution): Span[] {
  const numbers = new Set(model.footnotes.map((footnote) => footnote.number.value));
  const seen = new Set<number>();
  return model.markers.filter(
    (marker) => numbers.has(marker.value) && !seen.has(marker.value) && seen.add(marker.value),
  );
}

/** The text as printed: footnote references and debris of the document system left out (they are not words). */
const printedOf =
  (model: Resolution) =>
  (start: number, end: number): string => {
    let text = '';
    let position = start;
    const gaps = [...footnoteMarkers(model), ...model.debris]
      .filter((span) => span.end > start && span.start < end)
      .sort((a, b) => a.start - b.start);
    for (const gap of gaps) {
      if (gap.start > position) text += model.text.slice(position, gap.start);
      position = Math.max(position, gap.end);
    }
    return text + model.text.slice(position, Math.max(position, end));
  };

/** A paragraph's words without its number or label (`12.`, `(b)`), as the comparison gives them. */
const withoutLabel = (ref: ParagraphRef): string =>
  ref.kind === 'preambular' ? ref.text.trim() : ref.text.replace(/^\s*(?:\d+\s*\.?|\([a-z]+\)|[a-z]\.)\s*/i, '');

/** A word-level difference by longest common subsequence of the words; each word carries the space before it. */
function wordDiff(base: string, draft: string): WordChange[] {
  const a = base.split(/\s+/).filter(Boolean);
  const b = draft.split(/\s+/).filter(Boolean);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const changes: WordChange[] = [];
  const push = (op: WordChange['op'], word: string): void => {
    const text = changes.length === 0 ? word : ` ${word}`;
    const last = changes[changes.length - 1];
    if (last?.op === op) last.text += text;
    else changes.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push('equal', a[i++]!);
      j++;
    } else if (j < b.length && (i >= a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) push('insert', b[j++]!);
    else push('delete', a[i++]!);
  }
  return changes;
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const same = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
const numberOf = (ref: ParagraphRef): string => ref.text.slice(0, ref.text.length - withoutLabel(ref).length).trim();

/**
 * A simple alignment: paragraphs with the same words (numbers aside) first, then the rest of each kind
 * by position; what is left is new or deleted. Deleted base paragraphs follow the draft paragraph
 * aligned with the base paragraph before them.
 */
function align(base: Resolution, draft: Resolution): Comparison {
  const baseRefs = refsOf(base, printedOf(base));
  const draftRefs = refsOf(draft, printedOf(draft));
  const partner = new Map<ParagraphRef, ParagraphRef>();
  const used = new Set<ParagraphRef>();
  for (const ref of draftRefs) {
    const match = baseRefs.find((b) => !used.has(b) && b.kind === ref.kind && same(withoutLabel(b), withoutLabel(ref)));
    if (match) {
      partner.set(ref, match);
      used.add(match);
    }
  }
  for (const kind of ['preambular', 'operative', 'subparagraph'] as const) {
    const left = baseRefs.filter((b) => b.kind === kind && !used.has(b));
    for (const ref of draftRefs.filter((d) => d.kind === kind && !partner.has(d))) {
      const match = left.shift();
      if (match) {
        partner.set(ref, match);
        used.add(match);
      }
    }
  }
  const inOrder = keptInOrder(draftRefs.map((ref) => partner.get(ref)).map((b) => (b ? baseRefs.indexOf(b) : -1)));
  const entries: AlignedParagraph[] = draftRefs.map((ref, index) => {
    const b = partner.get(ref);
    if (!b) return { change: 'new', draft: ref };
    const renumbered = numberOf(b) !== numberOf(ref);
    const words = same(withoutLabel(b), withoutLabel(ref)) ? undefined : wordDiff(withoutLabel(b), withoutLabel(ref));
    if (!inOrder.has(index)) return { change: 'moved', base: b, draft: ref, renumbered, words };
    if (!words) return { change: 'unchanged', base: b, draft: ref, renumbered };
    return { change: 'changed', base: b, draft: ref, renumbered, words };
  });
  baseRefs.forEach((b, index) => {
    if (used.has(b)) return;
    const before = baseRefs
      .slice(0, index)
      .reverse()
      .find((r) => used.has(r));
    let at = before ? entries.findIndex((entry) => entry.base === before) + 1 : 0;
    while (entries[at]?.change === 'deleted') at++;
    entries.splice(at, 0, { change: 'deleted', base: b });
  });
  return { paragraphs: entries };
}

/** The positions (in `indices`, -1 skipped) of a longest increasing run of base indices: the paragraphs that did not move. */
function keptInOrder(indices: number[]): Set<number> {
  const length: number[] = [];
  const previous: number[] = [];
  indices.forEach((value, i) => {
    length[i] = value < 0 ? 0 : 1;
    previous[i] = -1;
    if (value < 0) return;
    for (let j = 0; j < i; j++)
      if (indices[j]! >= 0 && indices[j]! < value && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
  });
  const kept = new Set<number>();
  let at = length.indexOf(Math.max(0, ...length));
  while (at >= 0 && (length[at] ?? 0) > 0) {
    kept.add(at);
    at = previous[at] ?? -1;
  }
  return kept;
}

/** A paragraph as Word gives it back on rejecting: its base number, then its words. */
const asWritten = (ref: ParagraphRef): string => `${numberOf(ref)} ${withoutLabel(ref)}`.replace(/\s+/g, ' ').trim();

/** `list` without one occurrence of each of `texts`. */
function without(list: string[], texts: string[]): string[] {
  const rest = [...list];
  for (const text of texts) {
    const at = rest.indexOf(text);
    if (at >= 0) rest.splice(at, 1);
  }
  return rest;
}

/**
 * The Word paragraphs a base paragraph prints as, as the reader gives them back (footnote references
 * left out): a moved paragraph's, which rejecting leaves where the draft put it. An operative
 * paragraph named whole (the engine's references) prints as its lead-in and its items.
 */
function printedParagraphs(model: Resolution, ref: ParagraphRef): string[] {
  const printed = printedOf(model);
  const node = allOperative(model).find((paragraph) => paragraph.start === ref.start);
  const whole = ref.kind === 'operative' && node !== undefined && ref.end === node.end;
  const items: SubParagraph[] = [];
  const visit = (list: readonly SubParagraph[]): void =>
    list.forEach((item) => {
      items.push(item);
      visit(item.children);
    });
  if (whole) visit(node.items);
  // A sub-paragraph named with its own items (the engine's references) prints its own words alone.
  const ownItem = (): Span => {
    const item = allOperative(model)
      .flatMap(itemsOf)
      .find((candidate) => candidate.start === ref.start);
    return item ? { start: ref.start, end: Math.min(ref.end, item.textEnd) } : ref;
  };
  const spans = whole
    ? [{ start: ref.start, end: node.textEnd }, ...items.map((i) => ({ start: i.start, end: i.textEnd }))]
    : [ref.kind === 'subparagraph' ? ownItem() : ref];
  return spans.map((span) => {
    const text = printed(span.start, span.end);
    const labelled: ParagraphRef = { ...ref, kind: span === ref ? ref.kind : 'operative', text };
    return ref.kind === 'preambular' ? text.replace(/\s+/g, ' ').trim() : asWritten(labelled);
  });
}
const BODY_STYLES = new Set(['UnPreambular', 'UnOperative', 'UnSubParagraph']);
const bodyOf = (paragraphs: ReadParagraph[]): string[] =>
  paragraphs.filter((p) => p.style !== undefined && BODY_STYLES.has(p.style)).map((p) => p.text);

/** Accepting every change gives the plain export of the draft; rejecting every change, the base's body. */
/**
 * `baseNotes`: whether rejecting must give the base's notes too. The engine's comparison lets the
 * writer tell kept references from inserted and deleted ones; a comparison whose words know no
 * references (the simple alignment here) leaves the draft's notes in place.
 */
async function checkAcceptReject(
  base: Resolution,
  draft: Resolution,
  comparison: Comparison,
  name: string,
  baseNotes = true,
) {
  const bytes = await toTrackedDocx(base, draft, comparison, { author: AUTHOR, date: DATE });
  const plainBytes = await toDocx(draft);
  const xml = documentXml(bytes);
  // The notes referred to: the draft's on accepting, in order; the base's on rejecting (a deleted
  // reference brings back the base's note, a kept one's note has its changes tracked), in any order:
  // a moved paragraph keeps its references where the draft put it.
  const baseBytes = await toDocx(base);
  assert.deepEqual(referencedNotes(bytes, 'accept'), referencedNotes(plainBytes, 'as-is'), `${name}: accepted notes`);
  if (baseNotes)
    assert.deepEqual(
      referencedNotes(bytes, 'reject').sort(),
      referencedNotes(baseBytes, 'as-is').sort(),
      `${name}: rejected notes`,
    );
  const draftPlain = readParagraphs(documentXml(plainBytes), 'as-is');
  const basePlain = readParagraphs(documentXml(baseBytes), 'as-is');
  assert.deepEqual(
    readParagraphs(xml, 'accept').map((p) => p.text),
    draftPlain.map((p) => p.text),
    `${name}: accepting all gives the draft`,
  );
  // A moved paragraph stays where the draft has it (only its number is tracked): rejecting gives the
  // base's paragraphs, the moved ones in their new place. Digits and all: the base's footnote
  // references are left out on both sides (the reader leaves references out).
  const moved = comparison.paragraphs
    .flatMap((p) => [p, ...(p.subparagraphs ?? [])])
    .filter((p) => p.change === 'moved' && p.base)
    .flatMap((p) => printedParagraphs(base, p.base!));
  // A paragraph whose words all go on rejecting must go too: an empty paragraph left behind (its mark
  // not marked inserted) is a blank line in the base the secretary would see. Every paragraph counts
  // here, whatever its style.
  const rejectedAll = readParagraphs(xml, 'reject');
  assert.equal(
    rejectedAll.filter((p) => !p.text).length,
    basePlain.filter((p) => !p.text).length,
    `${name}: rejecting all leaves no empty paragraph the base does not have`,
  );
  const rejected = bodyOf(rejectedAll);
  const expected = bodyOf(basePlain);
  assert.deepEqual(without(rejected, moved), without(expected, moved), `${name}: rejecting all gives the base`);
  assert.deepEqual([...rejected].sort(), [...expected].sort(), `${name}: rejecting all gives the base's paragraphs`);
  return xml;
}

function fixtureComparison(base: Resolution, draft: Resolution): Comparison {
  const [bPP1, bPP2, bOP1, bOP2, bOP3, bOP4] = refsOf(base);
  const [dPP1, dPP2, dPP3, dOP1, dOP2, dOP3] = refsOf(draft);
  assert.ok(bPP1 && bPP2 && bOP1 && bOP2 && bOP3 && bOP4 && dPP1 && dPP2 && dPP3 && dOP1 && dOP2 && dOP3);
  return {
    paragraphs: [
      {
        change: 'changed',
        base: bPP1,
        draft: dPP1,
        words: [
          { op: 'equal', text: 'Recalling its' },
          { op: 'delete', text: ' resolution' },
          { op: 'insert', text: ' resolutions' },
          { op: 'equal', text: ' 58/1 of 2003' },
          { op: 'insert', text: ' and 59/2 of 2004' },
          { op: 'equal', text: ',' },
        ],
      },
      { change: 'unchanged', base: bPP2, draft: dPP2 },
      { change: 'new', draft: dPP3 },
      { change: 'unchanged', base: bOP1, draft: dOP1 },
      { change: 'deleted', base: bOP2 },
      {
        change: 'changed',
        base: bOP3,
        draft: dOP2,
        renumbered: true,
        words: [
          { op: 'equal', text: 'Requests the Secretary-General to report to it at its ' },
          { op: 'delete', text: 'sixtieth' },
          { op: 'insert', text: 'sixty-first' },
          { op: 'equal', text: ' session;' },
        ],
      },
      { change: 'unchanged', base: bOP4, draft: dOP3, renumbered: true },
    ],
  };
}

/** A Word file opened by LibreOffice and saved again as Word (headless, a profile of its own), read back. */
function savedAgainByOffice(office: string, bytes: Uint8Array): Buffer {
  const directory = mkdtempSync(path.join(tmpdir(), 'unres-tracked-'));
  try {
    const input = path.join(directory, 'tracked.docx');
    writeFileSync(input, bytes);
    const out = path.join(directory, 'out');
    const profile = pathToFileURL(path.join(directory, 'profile')).href;
    const run = spawnSync(
      office,
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'docx', '--outdir', out, input],
      { timeout: 150_000, encoding: 'utf8' },
    );
    assert.equal(run.status, 0, run.stderr);
    return readFileSync(path.join(out, 'tracked.docx'));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

describe('Word export with tracked changes', function () {
  this.timeout(60_000);
  const base = parse(BASE);
  const draft = parse(DRAFT);

  it('marks insertions and deletions with the author and the date', async () => {
    const xml = documentXml(
      await toTrackedDocx(base, draft, fixtureComparison(base, draft), { author: AUTHOR, date: DATE }),
    );
    const { insertions, deletions } = trackedChanges(xml);
    assert.ok(insertions.length >= 4, `insertions: ${insertions.length}`);
    assert.ok(deletions.length >= 4, `deletions: ${deletions.length}`);
    for (const author of [...insertions, ...deletions]) assert.equal(author, AUTHOR);
    assert.match(xml, /<w:ins w:id="\d+" w:author="Delegation of Ruritania" w:date="2026-03-04T05:06:07Z"/);
    // Revision ids are unique in the document.
    const ids = [...xml.matchAll(/<w:(?:ins|del)\b[^>]*\bw:id="(\d+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('accepting all gives the draft, rejecting all the base: changed, new, deleted, renumbered', async () => {
    const xml = await checkAcceptReject(base, draft, fixtureComparison(base, draft), 'fixture');
    const body = bodyOf(readParagraphs(xml, 'reject'));
    assert.ok(body.includes('2. Urges all States to cooperate;'), 'the deleted paragraph is back on rejecting');
    assert.ok(body.includes('4. Decides to remain seized of the matter.'), 'the old number is back on rejecting');
    // Accepting drops the deleted paragraph whole: its paragraph mark is deleted too.
    assert.ok(!readParagraphs(xml, 'accept').some((p) => p.text.includes('Urges')));
  });

  it('keeps the opener in italics, in kept and in inserted runs', async () => {
    const xml = documentXml(await toTrackedDocx(base, draft, fixtureComparison(base, draft), { author: AUTHOR }));
    assert.match(xml, /<w:r><w:rPr><w:i\/>(?:<w:iCs\/>)?<\/w:rPr><w:t[^>]*>Recalling<\/w:t>/);
    // The new paragraph is inserted whole, its opener still in italics.
    assert.match(xml, /<w:ins\b[^>]*><w:r><w:rPr><w:i\/>(?:<w:iCs\/>)?<\/w:rPr><w:t[^>]*>Deeply concerned<\/w:t>/);
  });

  it('writes the number change as the old number deleted and the new one inserted', async () => {
    const xml = documentXml(await toTrackedDocx(base, draft, fixtureComparison(base, draft), { author: AUTHOR }));
    assert.match(xml, /<w:del\b[^>]*><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:delText[^>]*>4\.<\/w:delText>/);
    assert.match(xml, /<w:ins\b[^>]*><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t[^>]*>3\.<\/w:t>/);
  });

  it('an unchanged comparison writes no change at all, and the plain export', async () => {
    const comparison = align(draft, draft);
    assert.ok(comparison.paragraphs.every((p) => p.change === 'unchanged'));
    const xml = documentXml(await toTrackedDocx(draft, draft, comparison, { author: AUTHOR }));
    assert.deepEqual(trackedChanges(xml), { insertions: [], deletions: [] });
    assert.deepEqual(readParagraphs(xml, 'as-is'), readParagraphs(documentXml(await toDocx(draft)), 'as-is'));
  });

  it('words that do not spell the two paragraphs are not used: the writer compares them itself, losing nothing', async () => {
    const comparison = fixtureComparison(base, draft);
    const changed = comparison.paragraphs[0];
    assert.ok(changed);
    changed.words = [{ op: 'equal', text: 'Something else entirely' }];
    await checkAcceptReject(base, draft, comparison, 'mismatched words');
  });

  it('a deleted first paragraph, a deleted last word, new and deleted sub-paragraphs', async () => {
    const base = parse(`The General Assembly,

Recalling its earlier resolutions,

Noting the report,

1. Requests the Secretary-General:

(a) To report;

(b) To consult Member States;

2. Decides to remain seized of the matter forthwith.
`);
    const draft = parse(`The General Assembly,

Noting the report,

1. Requests the Secretary-General:

(a) To report;

(b) To consult regional organizations;

(c) To inform the Council;

2. Decides to remain seized of the matter.
`);
    const [bPP1, bPP2, bOP1, bA, bB, bOP2] = refsOf(base);
    const [dPP1, dOP1, dA, dB, dC, dOP2] = refsOf(draft);
    assert.ok(bPP1 && bPP2 && bOP1 && bA && bB && bOP2 && dPP1 && dOP1 && dA && dB && dC && dOP2);
    const comparison: Comparison = {
      paragraphs: [
        { change: 'deleted', base: bPP1 },
        { change: 'unchanged', base: bPP2, draft: dPP1 },
        { change: 'unchanged', base: bOP1, draft: dOP1 },
        { change: 'unchanged', base: bA, draft: dA },
        { change: 'deleted', base: bB },
        { change: 'new', draft: dB },
        { change: 'new', draft: dC },
        {
          change: 'changed',
          base: bOP2,
          draft: dOP2,
          words: [
            { op: 'equal', text: 'Decides to remain seized of the matter' },
            { op: 'delete', text: ' forthwith' },
            { op: 'equal', text: '.' },
          ],
        },
      ],
    };
    const xml = await checkAcceptReject(base, draft, comparison, 'edges');
    assert.equal(readParagraphs(xml, 'reject').filter((p) => p.style === 'UnSubParagraph').length, 2);
  });

  it("footnote references: a deleted one refers to the base's note, an inserted one goes on rejecting, a kept one's note is tracked", async () => {
    const notes = (lines: string[]): string => `\n_______________\n\n${lines.join('\n')}\n`;
    const base = parse(`The General Assembly,

Recalling its resolution 70/1 of 25 September 2015,1 and its resolution 75/2 of 1 October 2020,2

1. Takes note of the report of the Secretary-General;3

2. Decides to remain seized of the matter.
${notes(['1 Resolution 70/1.', '2 Resolution 75/2.', '3 A/79/100.'])}`);
    const draft = parse(`The General Assembly,

Recalling its resolution 70/1 of 25 September 2015,1

1. Takes note of the report of the Secretary-General;2

2. Welcomes the work of the Special Rapporteur;3

3. Decides to remain seized of the matter.
${notes(['1 Resolution 70/1.', '2 A/80/100.', '3 A/HRC/59/1.'])}`);
    assert.equal(base.markers.length, 3);
    assert.equal(draft.markers.length, 3);
    const bytes = await toTrackedDocx(base, draft, compareResolutions(base, draft), { author: AUTHOR, date: DATE });
    const xml = documentXml(bytes);
    assert.match(
      xml,
      /<w:del\b[^>]*><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="\d+"\/>/,
    );
    assert.match(
      xml,
      /<w:ins\b[^>]*><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="\d+"\/>/,
    );
    assert.deepEqual(referencedNotes(bytes, 'accept'), ['Resolution 70/1.', 'A/80/100.', 'A/HRC/59/1.']);
    assert.deepEqual(referencedNotes(bytes, 'reject'), ['Resolution 70/1.', 'Resolution 75/2.', 'A/79/100.']);
    await checkAcceptReject(base, draft, compareResolutions(base, draft), 'footnotes');
  });

  it("a reference in the title goes back to the base's note, an annex only the draft has goes whole on rejecting", async () => {
    const notes = (lines: string[]): string => `\n_______________\n\n${lines.join('\n')}\n`;
    const title = 'Cooperation between the United Nations and the Regional Organization';
    const base = parse(`79/5. ${title}1

The General Assembly,

Recalling its resolution 78/5,

1. Decides to remain seized of the matter.
${notes(['1 See A/79/1.'])}`);
    const draft = parse(`80/5. ${title}

The General Assembly,

Recalling its resolution 79/5,

1. Decides to remain seized of the matter.

Annex

Programme of work1

1. Opening of the meeting.

2. Closure of the meeting.
${notes(['1 See A/80/1.'])}`);
    assert.equal(draft.annexes.length, 1);
    const comparison = compareResolutions(base, draft);
    const bytes = await toTrackedDocx(base, draft, comparison, { author: AUTHOR, date: DATE });
    assert.deepEqual(referencedNotes(bytes, 'reject'), ['See A/79/1.']);
    assert.deepEqual(referencedNotes(bytes, 'accept'), ['See A/80/1.']);
    const xml = await checkAcceptReject(base, draft, comparison, 'title and annex');
    assert.ok(!readParagraphs(xml, 'reject').some((p) => /Annex|Programme|Opening/.test(p.text)));
  });

  it('a paragraph the draft adds under a changed one goes whole on rejecting, leaving no empty paragraph', async () => {
    const notes = (lines: string[]): string => `\n_______________\n\n${lines.join('\n')}\n`;
    const base = parse(`The General Assembly,

Recalling its resolution 70/1,

1. Decides to adopt the following text:1

2. Requests a report.
${notes(['1 See A/70/1.'])}`);
    const draft = parse(`The General Assembly,

Recalling its resolution 70/1,

1. Decides to adopt the following text:1

“All States shall cooperate.”

2. Requests a report.
${notes(['1 See A/70/1.'])}`);
    // The simple alignment names paragraphs by their printed text (the reference left out): the
    // writer lays the alignment's words on the draft, not its own comparison of the two paragraphs.
    const comparison = align(base, draft);
    assert.ok(comparison.paragraphs.some((p) => p.change === 'changed'));
    await checkAcceptReject(base, draft, comparison, 'added quoted paragraph', false);
  });

  it('a number printed as a plain superscript (a note referred to again) is inserted and deleted in superscript', async () => {
    const notes = (lines: string[]): string => `\n_______________\n\n${lines.join('\n')}\n`;
    const base = parse(`The General Assembly,

Recalling its resolution 70/1 of 25 September 2015,1

1. Takes note of resolution 70/1;1 and of resolution 71/1;1

2. Decides to remain seized of the matter.
${notes(['1 Resolution 70/1.'])}`);
    const draft = parse(`The General Assembly,

Recalling its resolution 70/1 of 25 September 2015,1

1. Takes note of resolution 70/1;1

2. Welcomes the report on resolution 70/1;1

3. Decides to remain seized of the matter.
${notes(['1 Resolution 70/1.'])}`);
    assert.equal(base.markers.length, 3);
    const comparison = compareResolutions(base, draft);
    const xml = await checkAcceptReject(base, draft, comparison, 'superscripts');
    const superscript = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>';
    assert.match(xml, new RegExp(`<w:del\\b[^>]*><w:r>${superscript}<w:delText[^>]*>1</w:delText>`));
    assert.match(xml, new RegExp(`<w:ins\\b[^>]*><w:r>${superscript}<w:t[^>]*>1</w:t>`));
  });

  it('a comparison that does not fit the draft loses no text and does not throw', async () => {
    const outside: ParagraphRef = {
      kind: 'operative',
      label: 'OP9',
      part: 0,
      text: '9. Gone.',
      start: 10_000,
      end: 10_010,
    };
    const comparison: Comparison = {
      paragraphs: [
        { change: 'changed', base: outside, draft: outside, words: [{ op: 'insert', text: 'x' }] },
        { change: 'deleted', base: { ...outside, label: 'OP8', text: '8. Deleted before anything.' } },
      ],
    };
    const xml = documentXml(await toTrackedDocx(base, draft, comparison, { author: '' }));
    const accepted = readParagraphs(xml, 'accept').map((p) => p.text);
    assert.deepEqual(
      accepted,
      readParagraphs(documentXml(await toDocx(draft)), 'as-is').map((p) => p.text),
    );
    assert.ok(readParagraphs(xml, 'reject').some((p) => p.text === '8. Deleted before anything.'));
    // A blank author is not left blank.
    assert.ok(trackedChanges(xml).deletions.every((author) => author === 'unres'));
  });

  it('is written by the Node hosts through the Word bundle', async () => {
    const bytes = await writeTrackedDocx(base, draft, fixtureComparison(base, draft), { author: AUTHOR, date: DATE });
    assert.ok(trackedChanges(documentXml(bytes)).insertions.length > 0);
  });

  describe('on resolutions of consecutive sessions (corpus)', () => {
    // Same title, consecutive texts of the same organ: the kind of base and draft a delegate compares.
    const PAIRS = [
      ['A_RES_74_101', 'A_RES_75_110'],
      ['A_RES_74_102', 'A_RES_75_111'],
      ['A_RES_74_105', 'A_RES_75_114'],
      ['A_RES_74_117', 'A_RES_75_126'],
      ['A_HRC_RES_55_1', 'A_HRC_RES_58_1'],
    ];
    const file = (name: string): string => path.join(CORPUS_DIR, 'dev', 'texts', `${name}.txt`);
    for (const [baseName = '', draftName = ''] of PAIRS)
      it(`${baseName} → ${draftName}`, async function () {
        if (!existsSync(file(baseName)) || !existsSync(file(draftName))) {
          console.log(`      (skipped: ${baseName} or ${draftName} is not in ${CORPUS_DIR})`);
          this.skip();
        }
        const base = parse(readFileSync(file(baseName), 'utf8'));
        const draft = parse(readFileSync(file(draftName), 'utf8'));
        const comparison = align(base, draft);
        const changes = comparison.paragraphs.filter((p) => p.change !== 'unchanged' || p.renumbered);
        assert.ok(changes.length > 0, 'the pair differs');
        const xml = await checkAcceptReject(base, draft, comparison, `${baseName} → ${draftName}`, false);
        assert.ok(trackedChanges(xml).insertions.length > 0);
        // Word by word, not paragraphs replaced whole: the words inserted are the comparison's (numbers aside).
        const inserted = [...xml.matchAll(/<w:ins\b[^>]*>(.*?)<\/w:ins>/gs)].map((m) => m[1] ?? '').join(' ');
        const insertedWords = wordCount(inserted.replace(/<w:t(?:\s[^>]*)?>(.*?)<\/w:t>|<[^>]+>/g, ' $1 '));
        const claimed = comparison.paragraphs.reduce(
          (sum, p) =>
            sum +
            (p.change === 'new'
              ? wordCount(p.draft?.text ?? '')
              : wordCount(
                  (p.words ?? [])
                    .filter((w) => w.op === 'insert')
                    .map((w) => w.text)
                    .join(' '),
                ) + (p.base && p.draft && numberOf(p.base) !== numberOf(p.draft) ? 1 : 0)),
          0,
        );
        console.log(
          `      ${changes.length} paragraphs changed, ${insertedWords} words inserted (${claimed} compared)`,
        );
        assert.equal(insertedWords, claimed);
      });
  });

  // Every pair of consecutive sessions the corpus holds (325 on the corpus of December 2026, about a
  // minute): none sampled. A pair the writer cannot yet give back is named here with the reason; the
  // test fails when another one fails, and when a pair named here passes (take it off the list).
  const KNOWN_FAILURES: Record<string, string> = {};

  it('on every pair of consecutive sessions of the UN’s texts, compared by the engine: accepted is the draft, rejected the base, notes and all', async function () {
    corpusOrSkip(this);
    this.timeout(600_000);
    const pairs = successivePairs().filter(([earlier, later]) => later.session === earlier.session + 1);
    assert.ok(pairs.length >= 300, `${pairs.length} pairs from consecutive sessions`);
    const failures: Record<string, string> = {};
    for (const [earlier, later] of pairs) {
      const name = `${earlier.name} → ${later.name}`;
      try {
        await checkAcceptReject(earlier.model, later.model, compareResolutions(earlier.model, later.model), name);
      } catch (error) {
        failures[name] = (error as Error).message.split('\n')[0] ?? '';
      }
    }
    console.log(`      ${pairs.length - Object.keys(failures).length} of ${pairs.length} pairs given back both ways`);
    // Accepting every change gives the draft, rejecting every change the base, on every pair: split,
    // merged and moved paragraphs, deleted ones with lists, footnote references in the body, the
    // title and annexes, an annex only one side has, digits compared, no empty paragraph left behind.
    assert.deepEqual(
      Object.keys(failures).sort(),
      Object.keys(KNOWN_FAILURES).sort(),
      JSON.stringify(failures, null, 2),
    );
  });

  it('opens in LibreOffice (converted to PDF)', async function () {
    const office = findOffice();
    if (!office) {
      console.log('      (skipped: no LibreOffice)');
      this.skip();
    }
    this.timeout(180_000);
    const bytes = await toTrackedDocx(base, draft, fixtureComparison(base, draft), { author: AUTHOR, date: DATE });
    const pdf = await officeToPdf(office, bytes, 150_000);
    assert.equal(Buffer.from(pdf.subarray(0, 5)).toString('latin1'), '%PDF-');
    assert.ok(pdf.length > 1000);
  });

  it('LibreOffice reads the changes as tracked changes (saved again as Word, they are still there)', async function () {
    const office = findOffice();
    if (!office) {
      console.log('      (skipped: no LibreOffice)');
      this.skip();
    }
    this.timeout(180_000);
    const saved = savedAgainByOffice(
      office,
      await toTrackedDocx(base, draft, fixtureComparison(base, draft), { author: AUTHOR, date: DATE }),
    );
    const xml = documentXml(saved);
    const { insertions, deletions } = trackedChanges(xml);
    assert.ok(insertions.includes(AUTHOR) && deletions.includes(AUTHOR), 'the revisions survive');
    assert.deepEqual(
      readParagraphs(xml, 'accept')
        .map((p) => p.text)
        .filter(Boolean),
      readParagraphs(documentXml(await toDocx(draft)), 'as-is')
        .map((p) => p.text)
        .filter(Boolean),
    );
  });

  it('LibreOffice keeps deleted references with their own notes (a corpus pair saved again as Word gives back the draft and the base, notes included)', async function () {
    corpusOrSkip(this);
    const office = findOffice();
    if (!office) {
      console.log('      (skipped: no LibreOffice)');
      this.skip();
    }
    this.timeout(180_000);
    // A pair with deleted references between kept ones: LibreOffice hands the notes to the references
    // in the order of their ids, so ids out of document order gave references the wrong notes.
    const pair = successivePairs().find(
      ([earlier, later]) => earlier.name === 'A_RES_77_92' && later.name === 'A_RES_78_64',
    );
    if (!pair) this.skip();
    const [earlier, later] = pair;
    const comparison = compareResolutions(earlier.model, later.model);
    const saved = savedAgainByOffice(
      office,
      await toTrackedDocx(earlier.model, later.model, comparison, { author: AUTHOR, date: DATE }),
    );
    const draftPlain = await toDocx(later.model);
    const basePlain = await toDocx(earlier.model);
    assert.deepEqual(referencedNotes(saved, 'accept'), referencedNotes(draftPlain, 'as-is'));
    assert.deepEqual(referencedNotes(saved, 'reject').sort(), referencedNotes(basePlain, 'as-is').sort());
    const texts = (xml: string, reading: Reading): string[] =>
      readParagraphs(xml, reading)
        .map((p) => p.text)
        .filter(Boolean);
    assert.deepEqual(texts(documentXml(saved), 'accept'), texts(documentXml(draftPlain), 'as-is'));
    assert.ok(referencedNotes(basePlain, 'as-is').length > 0);
  });
});
