// The base resolution recalled in the next draft's preamble, the way the General Assembly's
// successive texts do it (measured on the corpus' successive pairs, see test/corpus/next-draft-corpus):
// a `Recalling its resolutions …` paragraph listing earlier resolutions on the item gets the base
// appended to its list (`… and 78/200 of 22 December 2023` → `…, 78/200 of 22 December 2023 and
// 79/123 of 4 December 2024`); one that cites the latest alone (`Recalling its resolution 78/200 of …`)
// or singles it out (`including resolution 78/200 of …`, `the latest of which was resolution …`) has it
// replaced by the base. A text with neither is left
// so by default — its successors do not recall their base either (216 of 220 GA pairs) — or, when
// asked, gets a new `Recalling its resolution 79/123 of 4 December 2024,` paragraph.
import type { Citation } from '../citations/types';
import { allPreambular, type PreambularParagraph, type Resolution } from '../model';
import type { TextEdit } from '../rules/types';

export interface BaseReference {
  /** The base as cited: `79/123`, `75/242 B`, `2719 (2023)`. */
  number: string;
  /** `4 December 2024`, or a placeholder when neither the text nor the catalogue gives it. */
  date?: string;
}

/** How the base was added, for the command's message and the tests. */
export type RecallWay = 'appended' | 'replaced' | 'new-paragraph';

const cited = (base: BaseReference): string => (base.date ? `${base.number} of ${base.date}` : base.number);

/** Words before a citation that single out the latest resolution on the item: replace it, do not add to it. */
const LATEST_ONLY =
  /(?:including|latest of which(?: (?:was|being|is))?|most recent(?: of which)?(?: (?:was|being|is))?|most recently)[ \u00A0]+(?:its[ \u00A0]+)?(?:resolutions?[ \u00A0]+)?$/;
/** A clause after the citation that speaks of that resolution alone (`…, in which it decided`). */
const OWN_CLAUSE = /^[^\S\n]*,?[^\S\n]*(?:in which|by which|entitled|on the|concerning)\b/;

/** Where a citation's written number starts (`resolution 78/241` → at `78`). */
const numberStart = (citation: Citation): number => citation.start + Math.max(0, citation.text.search(/\d/));
const citationEnd = (citation: Citation): number =>
  citation.date && !citation.date.inherited ? Math.max(citation.end, citation.date.end) : citation.end;

/**
 * Edits adding the base to the preamble. `onItem` says whether a cited resolution is an earlier one
 * on the base's item (from the catalogue's titles); `found` reports which way was taken.
 */
export function recallEdits(
  model: Resolution,
  citations: readonly Citation[],
  base: BaseReference,
  onItem: (citation: Citation) => boolean,
  newParagraphWhenNoList: boolean,
): { edits: TextEdit[]; way: RecallWay | 'none' } {
  const text = model.text;
  const preamble = allPreambular(model);
  let chosen: { paragraph: PreambularParagraph; list: Citation[]; rank: number } | undefined;
  for (const paragraph of preamble) {
    if (!/^(?:Recalling|Reaffirming)/.test(paragraph.opener?.text ?? '')) continue;
    const list = citations.filter(
      (citation) =>
        citation.kind === 'resolution' &&
        citation.start >= paragraph.start &&
        citation.end <= paragraph.end &&
        citation.organ === model.organ &&
        (citation.organSource === 'its' || citation.organSource === 'list' || citation.organSource === 'default'),
    );
    const last = list.filter(onItem).at(-1);
    if (!last || OWN_CLAUSE.test(text.slice(citationEnd(last), citationEnd(last) + 40))) continue;
    // The paragraph naming the most recent resolution on the item is the one the next text extends.
    const rank = (last.session ?? last.year ?? 0) * 100000 + Number(last.number ?? 0);
    if (!chosen || rank > chosen.rank) chosen = { paragraph, list: list.slice(0, list.indexOf(last) + 1), rank };
  }
  if (!chosen)
    return newParagraphWhenNoList
      ? { edits: newParagraph(preamble, base), way: 'new-paragraph' }
      : { edits: [], way: 'none' };
  const last = chosen.list.at(-1)!;
  const before = text.slice(chosen.paragraph.start, numberStart(last));
  // A paragraph citing that one resolution alone is brought up to date rather than lengthened: so the
  // next texts did in most GA pairs (402 drafts closer to the next text this way, 379 appending).
  const alone = chosen.list.length === 1;
  if (alone || (LATEST_ONLY.test(before) && !/[ \u00A0]and[ \u00A0]+$/.test(before)))
    return { edits: [{ start: numberStart(last), end: citationEnd(last), newText: cited(base) }], way: 'replaced' };
  return { edits: appendToList(text, chosen.list, base), way: 'appended' };
}

/** `A and B` → `A, B and base`. */
function appendToList(text: string, list: readonly Citation[], base: BaseReference): TextEdit[] {
  const last = list.at(-1)!;
  const edits: TextEdit[] = [{ start: citationEnd(last), end: citationEnd(last), newText: ` and ${cited(base)}` }];
  const previous = list.at(-2);
  if (previous && /^[^\S\n]*,?[^\S\n]+and[^\S\n]+$/.test(text.slice(citationEnd(previous), numberStart(last))))
    edits.push({ start: citationEnd(previous), end: numberStart(last), newText: ', ' });
  return edits;
}

/** `Recalling its resolution …,` after the preamble's last `Recalling` paragraph, or first of all. */
function newParagraph(preamble: readonly PreambularParagraph[], base: BaseReference): TextEdit[] {
  const openers = new Set(preamble.map((paragraph) => paragraph.opener?.text));
  const lastRecalling = preamble.filter((paragraph) => /^Recalling\b/.test(paragraph.opener?.text ?? '')).at(-1);
  const body = `its resolution ${cited(base)},`;
  if (!lastRecalling) {
    const first = preamble[0];
    if (!first) return [];
    return [{ start: first.start, end: first.start, newText: `Recalling ${body}\n\n` }];
  }
  const opener = !openers.has('Recalling also')
    ? 'Recalling also'
    : !openers.has('Recalling further')
      ? 'Recalling further'
      : 'Recalling also';
  return [{ start: lastRecalling.end, end: lastRecalling.end, newText: `\n\n${opener} ${body}` }];
}
