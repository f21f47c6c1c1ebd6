// "New Draft from This Resolution" (issue 19): an adopted text becomes the next session's draft —
// the draft's head instead of the masthead, adoption line and numbered title; the closing meeting and
// date gone; the base recalled in the preamble; the organ's own session references moved on to the
// session the item comes back at. Pure: text in, text out. Everything else is kept as written, so the
// comparison with the base shows exactly what was changed.
import type { Catalog } from '../catalog/catalog';
import { extractCitations, ownSymbol } from '../citations/extract';
import { parseOrdinalWords } from '../data/ordinals';
import type { Citation } from '../citations/types';
import { allOperative, type Resolution } from '../model';
import { parse } from '../parser/parse';
import type { TextEdit } from '../rules/types';
import { applyEdits } from '../text/edits';
import { writtenDateOfIso } from '../text/months';
import { draftHead, PLACEHOLDER } from './next-draft-head';
import { recallEdits, type BaseReference, type RecallWay } from './next-draft-recall';
import { ORDINAL_PATTERN, sessionEdits } from './next-draft-sessions';

/** What a catalogue knows of a cited resolution (the LSP's catalogue, the CLI's bundled one). */
export interface NextDraftFacts {
  /** Adoption date, ISO yyyy-mm-dd. */
  date?: string;
  title?: string;
}

/** The look-up a catalogue answers (the server's layered one, the CLI's bundled one). */
export const catalogLookup =
  (catalog: Catalog) =>
  (symbol: string): NextDraftFacts | undefined => {
    const facts = catalog.resolve(symbol);
    return facts && { date: facts.date?.value, title: facts.title?.value };
  };

export interface NextDraftOptions {
  /** Look-up of a canonical symbol (`A/RES/79/123`): the base's date when its closing has none, earlier resolutions' titles. */
  lookup?: (symbol: string) => NextDraftFacts | undefined;
  /**
   * Recall the base in a new paragraph when no paragraph lists earlier resolutions on the item. Off by
   * default: on the corpus' successive GA texts such a paragraph was wrong in 216 of 220 pairs (the next
   * text does not recall its base then).
   */
  recallParagraph?: boolean;
}

export interface NextDraft {
  text: string;
  /** The draft's session (GA, HRC) or year (ECOSOC); undefined when it cannot be told (SC). */
  session?: number;
  /** How the base was recalled; `none` when no paragraph lists earlier resolutions on the item. */
  recall?: RecallWay | 'none';
  /** Why something could not be done, for the user: `the text has no resolution number`. */
  notes: string[];
}

/** Sessions on until the item comes back when the text does not say: GA and ECOSOC yearly, HRC a year is three sessions. */
const DEFAULT_STEP: Partial<Record<Resolution['organ'], number>> = { GA: 1, HRC: 3, ECOSOC: 1 };
/** How far back a resolution the catalogue cannot name is still taken for an earlier one on the item. */
const RECENT_SESSIONS = 3;
/** Where a text says when the item comes back: `include in the provisional agenda of its eighty-first session`, `continue its consideration of the question at its fifty-ninth session`. */
const AGENDA = new RegExp(
  String.raw`(?:provisional agenda of its|consideration of [^.;]{0,120}? at its)[ \u00A0]+(${ORDINAL_PATTERN})[ \u00A0]+session`,
);

const normalizedTitle = (title: string | undefined): string =>
  (title ?? '')
    .replace(/[\s\u00A0]+/g, ' ')
    .replace(/[\u2010\u2011]/g, '-')
    .trim()
    .toLowerCase();

/** The adopting session and the one the item comes back at (the agenda paragraph's, or a year on). */
function sessions(model: Resolution): { own?: number; next?: number } {
  const number = model.title?.number?.text ?? '';
  const own = /^(\d{1,4})\//.exec(number)?.[1];
  if (!own) return {};
  const value = Number(own);
  for (const paragraph of allOperative(model)) {
    const agenda = AGENDA.exec(model.text.slice(paragraph.start, paragraph.end));
    const named = agenda?.[1] ? parseOrdinalWords(agenda[1]) : undefined;
    if (named !== undefined && named > value) return { own: value, next: named };
  }
  const step = DEFAULT_STEP[model.organ];
  return { own: value, next: step === undefined ? undefined : value + step };
}

/** The base as the next draft cites it, with its date from its own closing or adoption line, or the catalogue. */
function baseReference(
  model: Resolution,
  options: NextDraftOptions,
  symbol: string | undefined,
): BaseReference | undefined {
  // The symbol names the part (`A/RES/77/253 B`) where the title may not (`77/253. Financial reports …`).
  // Parts as texts cite them: `A-B` → `A and B`, `A-D` → `A to D`.
  const fromSymbol = symbol
    ?.replace(/^(?:A\/(?:HRC\/)?RES|E\/RES)\//, '')
    .replace(/ ([A-Z])-([A-Z])$/, (_, first: string, last: string) =>
      last.charCodeAt(0) - first.charCodeAt(0) === 1 ? ` ${first} and ${last}` : ` ${first} to ${last}`,
    );
  const number =
    (fromSymbol !== symbol ? fromSymbol : undefined) ?? model.title?.number?.text.replace(/[\s\u00A0]+/g, ' ').trim();
  if (!number) return undefined;
  if (model.organ === 'SC') return { number };
  const closingDates = new Set(model.closings.map((closing) => closing.date?.text.replace(/[\s\u00A0]+/g, ' ').trim()));
  closingDates.delete(undefined);
  // Parts adopted on different days have no one date: the catalogue's, or a placeholder.
  const adopted = model.adoption?.date?.text.replace(/[\s\u00A0]+/g, ' ');
  const ownDate = closingDates.size === 1 ? [...closingDates][0] : closingDates.size === 0 ? adopted : undefined;
  const date = ownDate ?? writtenDateOfIso(symbol ? options.lookup?.(symbol)?.date : undefined) ?? PLACEHOLDER.date;
  return { number, date };
}

/** Removes each closing (meeting, date, vote) with the blank lines before it. */
function closingEdits(model: Resolution): TextEdit[] {
  const limit = model.footnoteSeparator?.start ?? model.text.length;
  return model.closings.map((closing) => {
    const before = model.text.slice(0, closing.start);
    let end = closing.end;
    // An HRC vote runs over several lines (`[Adopted by a recorded vote … In favour: … Abstaining: …]`)
    // to its bracket; the parser may have read only its first line, or none of it, as the closing's.
    const vote = /^\s*\[Adopted\b/.exec(model.text.slice(end, limit));
    const written = model.text.slice(closing.start, end);
    if (vote || written.lastIndexOf('[') > written.lastIndexOf(']')) {
      const bracket = model.text.indexOf(']', end);
      if (bracket >= 0 && bracket < limit) end = bracket + 1;
    }
    return { start: before.trimEnd().length, end, newText: '' };
  });
}

/** The span of the adopted head (masthead, adoption and report lines, numbered title). */
function headSpan(model: Resolution): { start: number; end: number } | undefined {
  const spans = [model.masthead, model.adoption, model.reportLine, model.title].filter((span) => span !== undefined);
  if (spans.length === 0) return undefined;
  return { start: Math.min(...spans.map((span) => span.start)), end: Math.max(...spans.map((span) => span.end)) };
}

export function nextDraft(text: string, options: NextDraftOptions = {}): NextDraft {
  const model = parse(text);
  const notes: string[] = [];
  const { own, next } = sessions(model);
  // The Security Council has no sessions; other texts without a `79/123.` number cannot say which is theirs.
  if (own === undefined && model.organ !== 'SC')
    notes.push('the text has no resolution number: session references were left as they are');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const edits: TextEdit[] = [];
  const head = draftHead(model, next).join(eol);
  const span = headSpan(model);
  const bodyStart = span?.end ?? model.organLines[0]?.start ?? 0;
  if (span) edits.push({ start: span.start, end: span.end, newText: head });
  else edits.push({ start: bodyStart, end: bodyStart, newText: head + eol + eol });
  edits.push(...closingEdits(model));
  const organName = model.organLines[0]?.name.text ?? 'General Assembly';
  const bodyEnd = model.footnoteSeparator?.start ?? text.length;
  if (own !== undefined && next !== undefined)
    edits.push(...sessionEdits(text, { own, step: next - own, organName }, bodyStart, bodyEnd));
  const citations = extractCitations(model);
  const base = baseReference(model, options, ownSymbol(model));
  let recall: NextDraft['recall'];
  if (!base) notes.push('the text has no resolution number: the base could not be recalled in the preamble');
  else if (model.parts.some((part) => part.preamble.length > 0)) {
    const baseTitle = normalizedTitle(model.title?.title?.text);
    const onItem = (citation: Citation): boolean => {
      const title = citation.symbol ? options.lookup?.(citation.symbol)?.title : undefined;
      if (title !== undefined) return normalizedTitle(title) === baseTitle;
      // A resolution the catalogue has no title for: a recent one is taken to be on the item.
      return (
        own !== undefined &&
        citation.session !== undefined &&
        citation.session >= own - RECENT_SESSIONS &&
        citation.session <= own
      );
    };
    const added = recallEdits(model, citations, base, onItem, options.recallParagraph ?? false);
    edits.push(...added.edits.map((edit) => ({ ...edit, newText: edit.newText.replace(/\n/g, eol) })));
    recall = added.way;
  } else notes.push('the text has no preamble: the base was not recalled');
  return { text: applyEdits(text, edits), session: next, recall, notes };
}
