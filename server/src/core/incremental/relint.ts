// Incremental checking: the diagnostics after in-line edits (incremental/update-model.ts), from the
// diagnostics before them.
//
// A rule of `scope: 'paragraph'` checks only the edited paragraph again, in a small document made
// of the text's heading, that paragraph, its neighbours (whether a paragraph is the last one, what
// the one before it says) and the closing: the rule reads a few thousand characters, not the whole
// text. What it reported elsewhere is kept, moved by the edit; its `across` part, which compares
// paragraphs, runs over the whole new model. Rules without a scope run over the whole new model —
// which the edit already gave without a parse — and what they read of the text (the citations, and
// the views each rule names in its `carries`: digits glued to words, `paragraph N above` mentions,
// the opening words of operative paragraphs) is carried over from the model before the edit the same
// way: moved outside the paragraph, read again inside it. No rule reads the whole text again after
// an in-line edit. What this file knows of a rule is in its metadata (rules/types.ts: `scope`,
// `across`, `capped`, `carries`).
//
// test/corpus/incremental-corpus.test.ts checks the result against a full check after thousands of
// edits of real texts.
import { RAW_CITATIONS, rawCitations } from '../citations/extract';
import type { Citation } from '../citations/types';
import { collect, runAcross, runRule, type LintOptions, type LintResult } from '../lint';
import { memoized, seedMemo } from '../memo';
import type {
  Debris,
  FootnoteMarker,
  Heading,
  OperativeParagraph,
  PreambularParagraph,
  Resolution,
  Span,
} from '../model';
import { RULES } from '../rules/registry';
import { MAX_FINDINGS } from '../rules/types';
import { CLOSING, DEBRIS, HEADING, MARKER, OPERATIVE, ORGAN_LINE, PREAMBULAR, type Shape } from '../model-shape';
import { DIAGNOSTIC, type CarriedView as RuleView, type Diagnostic } from '../rules/types';
import { moveNode, shiftBy, shiftNode, type TextChange } from './shift';
import { lineStartAt, topParagraphOf, type ModelUpdate } from './update-model';

type TopParagraph = PreambularParagraph | OperativeParagraph;

/** One edit taken by updateModel: the model before it, the change, the model after it. */
export interface EditedParagraph {
  before: Resolution;
  change: TextChange;
  update: ModelUpdate;
}

/** The result after a sequence of edits, each taken by updateModel; undefined when one cannot be checked incrementally. */
export function relint(
  previous: LintResult,
  edits: readonly EditedParagraph[],
  options: LintOptions,
): LintResult | undefined {
  if (edits.length === 0) return previous;
  if (previous.local.length !== RULES.length) return undefined;
  const failures: LintResult['failures'] = [];
  let local: Diagnostic[][] = previous.local;
  for (const edit of edits) {
    const next = relintParagraph(local, edit, options, failures);
    if (!next) return undefined;
    local = next;
  }
  // Not empty (returned above); `local` holds one list per rule (checked above, kept by relintParagraph).
  const model = edits[edits.length - 1]!.update.model;
  const byRule = RULES.map((rule, index) => {
    if (rule.scope !== 'paragraph') return runRule(rule, model, options, failures);
    return rule.across ? local[index]!.concat(runAcross(rule, model, options, failures)) : local[index]!;
  });
  return collect(model, byRule, local, failures, options);
}

/**
 * The paragraph-scoped rules' own findings after one edit, from those before it: the old ones
 * outside the edited paragraph moved, the paragraph checked again; the carried views moved with them.
 */
function relintParagraph(
  local: readonly Diagnostic[][],
  edit: EditedParagraph,
  options: LintOptions,
  failures: LintResult['failures'],
): Diagnostic[][] | undefined {
  const { change, update } = edit;
  const model = update.model;
  const top = topParagraphOf(model, update.paragraph);
  if (!top) return undefined;
  const mini = miniDocument(model, top);
  if (!mini) return undefined;
  const delta = change.text.length - (change.end - change.start);
  // The paragraph's extent in the old text: it starts before the edit, and ends after it (moved by
  // the edit) or, when blanks were written on after its end, where it ended.
  const old: Span = { start: top.start, end: top.end > change.start ? top.end - delta : top.end };
  const shift = shiftBy(change);
  const carry = <T extends Span>(previous: readonly T[], fresh: readonly T[], shape: Shape<T>): T[] => {
    const moved: T[] = [];
    for (const item of previous) {
      if (item.start >= old.start && item.end <= old.end) continue;
      moved.push(item.end <= change.start ? item : shiftNode(item, shape, change, shift, model.text));
    }
    return moved.concat(fresh);
  };
  // The views of the whole text the document-scoped rules read, when the old model had them.
  for (const view of CARRIED_VIEWS) {
    const previous = memoized<readonly Span[]>(edit.before, view.key);
    if (previous)
      seedMemo(
        model,
        view.key,
        carry(previous, view.within(model, top, mini), view.shape).sort((a, b) => a.start - b.start || a.end - b.end),
      );
  }

  const next = RULES.map((rule, index) => {
    if (rule.scope !== 'paragraph') return [];
    const inside = runRule(rule, mini.model, options, failures)
      .map((diagnostic) => moveNode(diagnostic, DIAGNOSTIC, -mini.offset))
      .filter((diagnostic) => diagnostic.start >= top.start && diagnostic.end <= top.end);
    return carry(local[index]!, inside, DIAGNOSTIC);
  });
  // Rules that stop at MAX_FINDINGS on the whole text report the first ones only: which those are
  // after the edit, only a full check tells. The others report all theirs, however many.
  return RULES.some((rule, index) => rule.capped && next[index]!.length >= MAX_FINDINGS) ? undefined : next;
}

/** A view carried over an edit (rules/types.ts `CarriedView`); the citations are read in the paragraph's small document. */
interface CarriedView {
  key: RuleView['key'];
  shape: RuleView['shape'];
  within(model: Resolution, paragraph: TopParagraph, mini: MiniDocument): readonly Span[];
}

/** Where the offsets are in a citation: its span and its date's (model-shape.ts). */
const CITATION: Shape<Citation> = {
  start: 'start',
  end: 'end',
  text: 'text',
  kind: 'none',
  organ: 'none',
  symbol: 'none',
  parts: 'none',
  session: 'none',
  specialSession: 'none',
  year: 'none',
  number: 'none',
  date: { start: 'start', end: 'end', iso: 'none', inherited: 'none' },
  paragraphs: 'none',
  description: 'none',
  organSource: 'none',
};

/** The citations as read (short forms take their dates from earlier ones afterwards): the core's own view, which several rules read. */
const CITATIONS: CarriedView = {
  key: RAW_CITATIONS,
  shape: CITATION as unknown as Shape<Span>,
  within: (_model, paragraph, mini) =>
    rawCitations(mini.model)
      .map((citation) => moveNode(citation, CITATION, -mini.offset))
      .filter((citation) => citation.start >= paragraph.start && citation.end <= paragraph.end),
};

/** The citations first, then the views the rules name (rules/types.ts `carries`). */
const CARRIED_VIEWS: readonly CarriedView[] = [CITATIONS, ...RULES.flatMap((rule) => rule.carries ?? [])];

/** A small document around one paragraph: `offset` is added to the paragraph's offsets in it. */
interface MiniDocument {
  model: Resolution;
  offset: number;
}

const GAP = '\n\n';

/**
 * The document's heading (masthead, title, organ line), the organ line in force for the paragraph,
 * the paragraph with the paragraphs before and after it in its part, and the closings, as a model of
 * its own. In a text of several parts (A, B …) the next part's first operative paragraph follows as
 * a part of its own: a paragraph's checks depend on whether its part is the last.
 */
function miniDocument(model: Resolution, paragraph: TopParagraph): MiniDocument | undefined {
  const firstOrganLine = model.organLines[0];
  const headingEnd = Math.max(
    model.masthead?.end ?? 0,
    model.adoption?.end ?? 0,
    model.reportLine?.end ?? 0,
    model.title?.end ?? 0,
    firstOrganLine?.end ?? 0,
  );
  const firstBody = Math.min(
    model.parts[0]?.preamble[0]?.start ?? Infinity,
    model.parts[0]?.operative[0]?.start ?? Infinity,
  );
  if (headingEnd > firstBody || headingEnd > paragraph.start) return undefined;
  const partIndex = model.parts.findIndex((candidate) =>
    (paragraph.kind === 'operative' ? candidate.operative : candidate.preamble).includes(paragraph as never),
  );
  const part = model.parts[partIndex];
  if (part === undefined) return undefined;
  const body: TopParagraph[] = [...part.preamble, ...part.operative];
  const index = body.indexOf(paragraph);
  const chosen = body.slice(Math.max(0, index - 1), index + 2);
  const first = chosen[0];
  const last = chosen[chosen.length - 1];
  if (first === undefined || last === undefined) return undefined;
  if (
    chosen.some((node, at) => {
      const before = chosen[at - 1];
      return before !== undefined && node.start < before.end;
    })
  )
    return undefined;
  const laterOperative = model.parts.slice(partIndex + 1).find((later) => later.operative.length > 0)?.operative[0];
  if (laterOperative && laterOperative.start < last.end) return undefined;

  let text = model.text.slice(0, headingEnd);
  const markers: FootnoteMarker[] = [];
  const debris: Debris[] = model.debris.filter((piece) => piece.end <= headingEnd);
  const preamble: PreambularParagraph[] = [];
  const operative: OperativeParagraph[] = [];
  const headings: Heading[] = [];
  /** Appends a span of the text; returns the offset its nodes move by. */
  const append = (span: Span): number => {
    const moveBy = text.length + GAP.length - span.start;
    text += GAP + model.text.slice(span.start, span.end);
    const within = (inner: Span): boolean => inner.start >= span.start && inner.end <= span.end;
    for (const marker of model.markers) if (within(marker)) markers.push(moveNode(marker, MARKER, moveBy));
    for (const piece of model.debris) if (within(piece)) debris.push(moveNode(piece, DEBRIS, moveBy));
    // Headings between the paragraphs: a citation's description stops where one starts.
    for (const heading of model.headings) if (within(heading)) headings.push(moveNode(heading, HEADING, moveBy));
    return moveBy;
  };
  // The organ line in force for the paragraph, when it is not the first (a repeated organ line), follows the heading.
  const organLines = firstOrganLine ? [firstOrganLine] : [];
  const inForce = [...model.organLines].reverse().find((line) => line.end <= paragraph.start);
  if (inForce && inForce !== firstOrganLine) organLines.push(moveNode(inForce, ORGAN_LINE, append(inForce)));
  const ownLine = part.organLine === undefined ? undefined : model.organLines[part.organLine];
  const ownOrganLine =
    ownLine === undefined
      ? undefined
      : ownLine === firstOrganLine
        ? 0
        : ownLine === inForce
          ? organLines.length - 1
          : undefined;
  // The paragraph and its neighbours as one piece of the text, with what stands between them (a
  // heading, debris): rules that read past a paragraph's end see what they would in the document.
  // From the start of the first one's line: rules look at what stands before a paragraph on its line.
  const lineStart = lineStartAt(model.text, first.start);
  if (lineStart < headingEnd || (inForce && lineStart < inForce.end)) return undefined;
  const offset = append({ start: lineStart, end: last.end });
  for (const node of chosen) {
    const moved: TopParagraph =
      node.kind === 'operative' ? moveNode(node, OPERATIVE, offset) : moveNode(node, PREAMBULAR, offset);
    if (moved.kind === 'operative') {
      moved.part = 0;
      delete moved.section;
      operative.push(moved);
    } else {
      preamble.push(moved);
    }
  }
  // A later part, when there is one: its first operative paragraph, numbered as written.
  const parts: Resolution['parts'] = [{ organLine: ownOrganLine, preamble, operative }];
  if (laterOperative) {
    const moved = moveNode(laterOperative, OPERATIVE, append(laterOperative));
    moved.part = 1;
    delete moved.section;
    parts.push({ preamble: [], operative: [moved] });
  }
  // The closings: their dates are the adoption date some rules go by (member-state-name).
  const closings = model.closings.map((closing) => moveNode(closing, CLOSING, append(closing)));
  const mini: Resolution = {
    text,
    organ: model.organ,
    masthead: model.masthead,
    adoption: model.adoption,
    reportLine: model.reportLine,
    title: model.title,
    organLines,
    parts,
    headings,
    closings,
    annexes: [],
    footnotes: [],
    markers,
    debris,
    unrecognised: [],
    // Findings are matched to directives on the whole model (lint.ts collect), not in the mini one.
    directives: [],
    wrapped: model.wrapped,
  };
  return { model: mini, offset };
}
