// A text pasted from the UN's document system carries the printed masthead run together at its end
// (`United NationsA/RES/59/157General AssemblyDistr.: General`, `3 February 2005Fifty-ninth
// session`, `Agenda item 96`): the parser sets it aside as debris, and an export that prints the
// resolution as the UN did puts it back at the top, in its pieces.
import type { Resolution } from '../model';
import { MONTH_ALTERNATION } from '../text/months';

export interface RecoveredMasthead {
  symbol?: string;
  organName?: string;
  distribution?: string;
  date?: string;
  session?: string;
  agendaItem?: string;
}

const ORGAN_NAME = /^(?:General Assembly|Security Council|Economic and Social Council|Human Rights Council)$/;

/** Where one piece of the run starts: the letterhead, a symbol, an organ, the distribution, a date, a session, an agenda item. */
const PIECE_START = new RegExp(
  [
    'United Nations',
    '[ASE]/(?:HRC/)?RES/',
    'General Assembly',
    'Security Council',
    'Economic and Social Council',
    'Human Rights Council',
    'Distr\\.:',
    `\\d{1,2}\\s(?:${MONTH_ALTERNATION})\\s\\d{4}`,
    '[A-Z][a-z]+(?:-[a-z]+)?\\ssession',
    '\\d{4}\\ssession',
    'Agenda items?\\s',
  ]
    .map((start) => `(?=${start})`)
    .join('|'),
  'g',
);

/** The masthead in the debris of a pasted text, or undefined when there is none. */
export function mastheadOfRun(model: Resolution): RecoveredMasthead | undefined {
  const lines = model.debris.filter((debris) => debris.debris === 'masthead-run').map((debris) => debris.text);
  if (lines.length === 0) return undefined;
  const masthead: RecoveredMasthead = {};
  const pieces = lines.flatMap((line) => line.split(PIECE_START)).map((piece) => piece.trim());
  for (const piece of pieces) {
    if (/^[ASE]\/(?:HRC\/)?RES\//.test(piece)) masthead.symbol ??= piece;
    else if (ORGAN_NAME.test(piece)) masthead.organName ??= piece;
    else if (piece.startsWith('Distr.:')) masthead.distribution ??= piece;
    else if (/^\d/.test(piece) && /\d{4}$/.test(piece) && !/session$/.test(piece)) masthead.date ??= piece;
    else if (/session$/.test(piece)) masthead.session ??= piece;
    else if (/^Agenda items?\s/.test(piece)) masthead.agendaItem ??= piece;
  }
  return Object.keys(masthead).length > 0 ? masthead : undefined;
}
