// The head of a preambular paragraph: its negotiation label when the draft writes one (`PP3 alt`),
// then its opening phrase. Read the same way by the parser and by the incremental update, so that
// typing in a labelled paragraph gives the model a full parse would.
import { matchPreambularOpener } from '../lexicon/match';
import type { PreambularParagraph } from '../model';
import { PREAMBULAR_LABEL } from './lines';

export type PreambularHead = Pick<PreambularParagraph, 'negotiationLabel' | 'opener' | 'openerKnown'>;

/** The label written at `start` (`PP3 alt `, blank included), if any. */
export function matchPreambularLabel(text: string, start: number): PreambularParagraph['negotiationLabel'] {
  PREAMBULAR_LABEL.lastIndex = start;
  const found = PREAMBULAR_LABEL.exec(text);
  if (!found) return undefined;
  const end = start + found[0].length;
  const label: NonNullable<PreambularParagraph['negotiationLabel']> = {
    start,
    end,
    text: text.slice(start, end),
    value: Number(found[1]),
  };
  if (found[2]) label.variant = found[2];
  return label;
}

export function readPreambularHead(text: string, start: number): PreambularHead {
  const negotiationLabel = matchPreambularLabel(text, start);
  const opener = matchPreambularOpener(text, negotiationLabel?.end ?? start);
  return {
    negotiationLabel,
    opener: opener ? { start: opener.start, end: opener.end, text: text.slice(opener.start, opener.end) } : undefined,
    openerKnown: opener?.known ?? false,
  };
}
