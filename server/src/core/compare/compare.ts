// Compares a draft with its base resolution paragraph by paragraph (issue 19). Paragraphs are paired
// by content, not by number: a paragraph that was only renumbered or moved must never read as
// deleted here and new there, which is what a number-by-number comparison would report after every
// insertion.
import type { Resolution, SubParagraph } from '../model';
import type { AlignedParagraph, Comparison, ParagraphRef } from './types';
import { collapseWhitespace, diffWords } from './word-diff';

/** Two paragraphs with at least this share of their words in common are one paragraph, edited. */
export const SIMILARITY_THRESHOLD = 0.5;

/**
 * Above this many candidate pairs, only paragraphs this close in place are weighed against each
 * other: a bound on the similarity work for very long texts (a 300-paragraph pair is well below).
 */
const MAX_PAIRS = 250_000;
const WINDOW = 150;

interface Unit {
  ref: ParagraphRef;
  /** What is compared for identity: no number, no footnote markers, no final punctuation. */
  key: string;
  /** The text the word changes are made of: no number, whitespace collapsed. */
  body: string;
  /** Index in the list of its kind (preambular or operative), in document order. */
  index: number;
  /** Index among all the document's paragraphs, in document order. */
  order: number;
  /**
   * What says whether it was renumbered: its label, or for a sub-paragraph its letters under the
   * operative paragraph (`(b) (ii)`), so that a paragraph renumbered does not make all its items so.
   */
  number: string;
  /** An operative paragraph's sub-paragraphs at every level, in document order, aligned when it changed. */
  items: Unit[];
}

export function compareResolutions(base: Resolution, draft: Resolution): Comparison {
  const baseUnits = unitsOf(base);
  const draftUnits = unitsOf(draft);
  const pairs = new Map<Unit, Unit>();
  for (const kind of ['preambular', 'operative'] as const) {
    const from = baseUnits.filter((unit) => unit.ref.kind === kind);
    const to = draftUnits.filter((unit) => unit.ref.kind === kind);
    for (const [b, d] of alignUnits(from, to)) pairs.set(from[b]!, to[d]!);
  }
  const paragraphs = arrange(baseUnits, draftUnits, pairs);
  relatePieces(paragraphs, baseUnits, draftUnits, pairs);
  return { paragraphs };
}

/** The paragraphs of a resolution in document order, part by part, preambular before operative. */
function unitsOf(model: Resolution): Unit[] {
  const units: Unit[] = [];
  let preambular = 0;
  let operative = 0;
  model.parts.forEach((part, partIndex) => {
    part.preamble.forEach((paragraph, position) => {
      const ref = refOf(model, 'preambular', `PP${position + 1}`, partIndex, paragraph.start, paragraph.end);
      units.push(unitOf(model, ref, paragraph.start, preambular++, units.length));
    });
    part.operative.forEach((paragraph, position) => {
      const label = `OP${position + 1}`;
      const ref = refOf(model, 'operative', label, partIndex, paragraph.start, paragraph.end);
      const unit = unitOf(model, ref, paragraph.number?.end ?? paragraph.start, operative++, units.length);
      unit.items = itemUnits(model, label, partIndex, paragraph.items);
      units.push(unit);
    });
  });
  return units;
}

/** The sub-paragraphs of one operative paragraph, every level in document order, each with its own text only. */
function itemUnits(model: Resolution, paragraphLabel: string, part: number, items: readonly SubParagraph[]): Unit[] {
  const units: Unit[] = [];
  const visit = (list: readonly SubParagraph[], letters: string): void => {
    for (const item of list) {
      const number = `${letters}${item.label.text.trim()}`;
      const ref = refOf(model, 'subparagraph', `${paragraphLabel} ${number}`, part, item.start, item.textEnd);
      units.push(unitOf(model, ref, item.label.end, units.length, units.length, number));
      visit(item.children, `${number} `);
    }
  };
  visit(items, '');
  return units;
}

function refOf(
  model: Resolution,
  kind: ParagraphRef['kind'],
  label: string,
  part: number,
  start: number,
  end: number,
): ParagraphRef {
  return { kind, label, part, text: model.text.slice(start, end), start, end };
}

const FINAL_PUNCTUATION = /[\s;,.:]+$/;

function unitOf(
  model: Resolution,
  ref: ParagraphRef,
  bodyStart: number,
  index: number,
  order: number,
  number = ref.label,
): Unit {
  const body = collapseWhitespace(model.text.slice(bodyStart, ref.end));
  // Footnote markers are cut out by position: their numbers shift whenever a footnote is added above.
  let keyText = '';
  let at = bodyStart;
  for (const marker of model.markers) {
    if (marker.start < bodyStart || marker.end > ref.end) continue;
    keyText += model.text.slice(at, marker.start);
    at = marker.end;
  }
  keyText += model.text.slice(at, ref.end);
  // A paragraph moved to the end (or away from it) changes its final `;` into `.`, and a sub-paragraph
  // that becomes the last but one gains `; and`: list punctuation, not an edit.
  let key = collapseWhitespace(keyText).replace(FINAL_PUNCTUATION, '');
  if (ref.kind === 'subparagraph') key = key.replace(/[\s;,]+(?:and|or)$/, '').replace(FINAL_PUNCTUATION, '');
  return { ref, key, body, index, order, number, items: [] };
}

/**
 * Pairs of indices (base, draft): identical paragraphs first, the k-th occurrence of a text with its
 * k-th occurrence, then the most similar of the rest, best first. Every step treats both sides
 * alike, so comparing the other way round pairs the same paragraphs.
 */
function alignUnits(base: readonly Unit[], draft: readonly Unit[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const baseTaken = new Set<number>();
  const draftTaken = new Set<number>();
  const draftByKey = new Map<string, number[]>();
  draft.forEach((unit, index) => {
    const list = draftByKey.get(unit.key);
    if (list) list.push(index);
    else draftByKey.set(unit.key, [index]);
  });
  base.forEach((unit, index) => {
    const match = draftByKey.get(unit.key)?.shift();
    if (match === undefined) return;
    pairs.push([index, match]);
    baseTaken.add(index);
    draftTaken.add(match);
  });
  // Then the same text written the same: the footnote markers the key leaves out are told by the
  // notes of the whole text (`20207` is `2020` and note 7 only while a note 7 follows), so one
  // paragraph, untouched, can have two keys.
  const draftByBody = new Map<string, number[]>();
  draft.forEach((unit, index) => {
    if (draftTaken.has(index)) return;
    const list = draftByBody.get(unit.body);
    if (list) list.push(index);
    else draftByBody.set(unit.body, [index]);
  });
  base.forEach((unit, index) => {
    if (baseTaken.has(index)) return;
    const match = draftByBody.get(unit.body)?.shift();
    if (match === undefined) return;
    pairs.push([index, match]);
    baseTaken.add(index);
    draftTaken.add(match);
  });
  const restBase = base.map((_, index) => index).filter((index) => !baseTaken.has(index));
  const restDraft = draft.map((_, index) => index).filter((index) => !draftTaken.has(index));
  const bags = new Map<Unit, WordBag>();
  const bagOf = (unit: Unit): WordBag => {
    let bag = bags.get(unit);
    if (!bag) bags.set(unit, (bag = wordBag(unit.key)));
    return bag;
  };
  const windowed = restBase.length * restDraft.length > MAX_PAIRS;
  const candidates: Array<{ b: number; d: number; score: number }> = [];
  for (const b of restBase) {
    for (const d of restDraft) {
      if (windowed && Math.abs(b - d) > WINDOW) continue;
      const score = dice(bagOf(base[b]!), bagOf(draft[d]!));
      if (score >= SIMILARITY_THRESHOLD) candidates.push({ b, d, score });
    }
  }
  // Ties are broken by nearness and then by place, on the unordered pair {b, d}: the same order
  // whichever text is the base.
  candidates.sort(
    (x, y) =>
      y.score - x.score ||
      Math.abs(x.b - x.d) - Math.abs(y.b - y.d) ||
      Math.min(x.b, x.d) - Math.min(y.b, y.d) ||
      Math.max(x.b, x.d) - Math.max(y.b, y.d),
  );
  for (const { b, d } of candidates) {
    if (baseTaken.has(b) || draftTaken.has(d)) continue;
    pairs.push([b, d]);
    baseTaken.add(b);
    draftTaken.add(d);
  }
  return pairs;
}

interface WordBag {
  counts: Map<string, number>;
  /** The number of words, repeats included. */
  size: number;
}

function wordBag(text: string): WordBag {
  const counts = new Map<string, number>();
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return { counts, size: words.length };
}

/** The words of `a` that `b` does not have, repeats counted. */
function difference(a: WordBag, b: WordBag): WordBag {
  const counts = new Map<string, number>();
  let size = 0;
  for (const [word, count] of a.counts) {
    const left = count - (b.counts.get(word) ?? 0);
    if (left > 0) {
      counts.set(word, left);
      size += left;
    }
  }
  return { counts, size };
}

/** The share of `piece`'s words (repeats counted) found in `whole`. */
function covered(piece: WordBag, whole: WordBag): number {
  if (piece.size === 0) return 0;
  let common = 0;
  for (const [word, count] of piece.counts) common += Math.min(count, whole.counts.get(word) ?? 0);
  return common / piece.size;
}

/** Dice's coefficient on word multisets: 2·common / (size a + size b); symmetric by construction. */
function dice(a: WordBag, b: WordBag): number {
  const total = a.size + b.size;
  if (total === 0) return 1;
  // Texts of very different lengths cannot reach the threshold: no need to count what they share.
  if ((2 * Math.min(a.size, b.size)) / total < SIMILARITY_THRESHOLD) return 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a.counts, b.counts] : [b.counts, a.counts];
  let common = 0;
  for (const [word, count] of small) common += Math.min(count, large.get(word) ?? 0);
  return (2 * common) / total;
}

/**
 * The aligned paragraphs in the draft's order, each deleted base paragraph after the draft partner
 * of the nearest paragraph before it in the base that stayed in place (at the start when there is
 * none): a moved paragraph's new place says nothing about where the deleted one stood.
 * A pair outside the longest run of pairs kept in order is `moved`.
 */
function arrange(baseUnits: Unit[], draftUnits: Unit[], pairs: Map<Unit, Unit>): AlignedParagraph[] {
  const inPlace = inOrderPairs(pairs);
  const baseOf = new Map<Unit, Unit>();
  for (const [b, d] of pairs) baseOf.set(d, b);
  const deletedAfter = new Map<Unit | undefined, Unit[]>();
  let anchor: Unit | undefined;
  for (const unit of baseUnits) {
    const partner = pairs.get(unit);
    if (partner) {
      if (inPlace.has(partner)) anchor = partner;
    } else {
      const list = deletedAfter.get(anchor);
      if (list) list.push(unit);
      else deletedAfter.set(anchor, [unit]);
    }
  }
  const out: AlignedParagraph[] = [];
  const pushDeleted = (after: Unit | undefined): void => {
    for (const unit of deletedAfter.get(after) ?? []) out.push({ change: 'deleted', base: unit.ref });
  };
  pushDeleted(undefined);
  for (const unit of draftUnits) {
    const partner = baseOf.get(unit);
    if (!partner) out.push({ change: 'new', draft: unit.ref });
    else out.push(alignedPair(partner, unit, inPlace.has(unit)));
    pushDeleted(unit);
  }
  return out;
}

function alignedPair(base: Unit, draft: Unit, inPlace: boolean): AlignedParagraph {
  const same = base.key === draft.key || base.body === draft.body;
  const aligned: AlignedParagraph = {
    change: inPlace ? (same ? 'unchanged' : 'changed') : 'moved',
    base: base.ref,
    draft: draft.ref,
  };
  if (same && (!inPlace || base.number !== draft.number || base.ref.part !== draft.ref.part)) aligned.renumbered = true;
  if (!same) aligned.words = diffWords(base.body, draft.body);
  // The sub-paragraphs of an edited paragraph, aligned by content like paragraphs: `(c)` that was
  // `(b)` before an item was inserted above it is renumbered, not changed. (An unchanged paragraph's
  // items are unchanged: its text, letters included, is the base's.)
  if (!same && (base.items.length > 0 || draft.items.length > 0)) {
    const pairs = new Map<Unit, Unit>();
    for (const [b, d] of alignUnits(base.items, draft.items)) pairs.set(base.items[b]!, draft.items[d]!);
    aligned.subparagraphs = arrange(base.items, draft.items, pairs);
    relatePieces(aligned.subparagraphs, base.items, draft.items, pairs);
  }
  return aligned;
}

/** A piece of a paragraph split (or merged) has at least this share of its words in the whole. */
export const PIECE_THRESHOLD = 0.8;
/**
 * And it holds most of what the whole lost (or gained) against its partner, or is mostly made of
 * it: this share of the one or of the other (a piece repeats the whole's verb, `Also requests`;
 * the lost words of a paragraph split in three are in two pieces).
 */
const PIECE_OF_REST = 0.8;
const REST_IN_PIECE = 0.6;
/** A piece, and what the whole lost, have at least this many words: `and` or a date alone is no piece of anything. */
const PIECE_MIN_WORDS = 3;

/**
 * Marks paragraphs split or merged. A new draft paragraph whose words are (almost all) words its
 * base paragraph lost in the draft paragraph aligned with it — or a deleted base paragraph's words
 * gained by a draft paragraph — is a piece of that paragraph, not a paragraph of its own: word
 * coverage, since a piece is a small share of the whole and no similarity of the two finds it. The
 * two tests are the same with base and draft swapped, so a split one way is a merge the other way.
 */
function relatePieces(
  aligned: AlignedParagraph[],
  baseUnits: readonly Unit[],
  draftUnits: readonly Unit[],
  pairs: ReadonlyMap<Unit, Unit>,
): void {
  const baseOf = new Map<Unit, Unit>();
  for (const [b, d] of pairs) baseOf.set(d, b);
  const entryOf = new Map<ParagraphRef, AlignedParagraph>();
  for (const entry of aligned) {
    if (entry.draft) entryOf.set(entry.draft, entry);
    if (entry.base && !entry.draft) entryOf.set(entry.base, entry);
  }
  // What a paragraph lost (or gained) against its partner: its own words less the partner's; once each.
  const rests = new Map<Unit, WordBag>();
  const wholes = new Map<Unit, WordBag>();
  const wholeBag = (unit: Unit): WordBag => {
    let bag = wholes.get(unit);
    if (!bag) wholes.set(unit, (bag = wordBag(unit.key)));
    return bag;
  };
  const restOf = (unit: Unit, partner: Unit): WordBag => {
    let bag = rests.get(unit);
    if (!bag) rests.set(unit, (bag = difference(wholeBag(unit), wordBag(partner.key))));
    return bag;
  };
  const pieceOf = (
    piece: Unit,
    candidates: readonly Unit[],
    partnerOf: (unit: Unit) => Unit | undefined,
  ): Unit | undefined => {
    const bag = wordBag(piece.key);
    if (bag.size < PIECE_MIN_WORDS) return undefined;
    // The same bound on the work as the alignment's: in a very long text, only wholes near the piece.
    const windowed = candidates.length * Math.max(baseUnits.length, draftUnits.length) > MAX_PAIRS;
    let best: { whole: Unit; share: number } | undefined;
    for (const whole of candidates) {
      if (windowed && Math.abs(whole.index - piece.index) > WINDOW) continue;
      // The whole is a paragraph of both texts, edited: a piece of a paragraph deleted (or new) is a
      // rewriting of it, not a split (or a merge).
      const partner = partnerOf(whole);
      if (!partner || whole.ref.kind !== piece.ref.kind || whole.key === partner.key) continue;
      const rest = restOf(whole, partner);
      if (rest.size < PIECE_MIN_WORDS) continue;
      const share = covered(bag, wholeBag(whole));
      if (share < PIECE_THRESHOLD) continue;
      if (covered(rest, bag) < PIECE_OF_REST && covered(bag, rest) < REST_IN_PIECE) continue;
      if (!best || share > best.share) best = { whole, share };
    }
    return best?.whole;
  };
  const pairedBase = new Set(pairs.keys());
  for (const unit of draftUnits) {
    if (baseOf.has(unit)) continue;
    const whole = pieceOf(unit, baseUnits, (b) => pairs.get(b));
    if (!whole) continue;
    const entry = entryOf.get(unit.ref);
    if (entry) entry.splitFrom = whole.ref.label;
    const kept = pairs.get(whole);
    const keptEntry = kept && entryOf.get(kept.ref);
    if (keptEntry) keptEntry.splitInto = [...(keptEntry.splitInto ?? []), unit.ref.label];
  }
  for (const unit of baseUnits) {
    if (pairedBase.has(unit)) continue;
    const whole = pieceOf(unit, draftUnits, (d) => baseOf.get(d));
    if (!whole) continue;
    const entry = entryOf.get(unit.ref);
    if (entry) entry.mergedInto = whole.ref.label;
    const wholeEntry = entryOf.get(whole.ref);
    if (wholeEntry) wholeEntry.mergedFrom = [...(wholeEntry.mergedFrom ?? []), unit.ref.label];
  }
}

/**
 * The draft paragraphs of the largest set of pairs whose order is the same in both texts (a longest
 * increasing subsequence of base positions in draft order); the others were moved.
 */
function inOrderPairs(pairs: Map<Unit, Unit>): Set<Unit> {
  const sorted = [...pairs].sort(([, x], [, y]) => x.order - y.order);
  // Patience sorting: tails[k] ends the best increasing run of length k + 1.
  const tails: number[] = [];
  const previous: number[] = [];
  sorted.forEach(([base], index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[tails[mid]!]![0].order < base.order) low = mid + 1;
      else high = mid;
    }
    previous[index] = low > 0 ? tails[low - 1]! : -1;
    tails[low] = index;
  });
  const kept = new Set<Unit>();
  for (let index = tails[tails.length - 1] ?? -1; index >= 0; index = previous[index]!) kept.add(sorted[index]![1]);
  return kept;
}
