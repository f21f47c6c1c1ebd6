// What a resolution is, in one line: its organ, its symbol and how many paragraphs it has
// (`GA · A/RES/59/157 · 5 PP · 9 OP`) — for the status bar, workspace symbols and the workspace
// catalogue.
import { allOperative, allPreambular, type Organ, type Resolution } from '../model';

export interface DocumentInfo {
  organ: Organ;
  /** `A/RES/59/157`, from the masthead or, failing that, from the title line's number. */
  symbol?: string;
  title?: string;
  /** Adoption date as written (`20 December 2004`), from the adoption line or the closing. */
  date?: string;
  preambular: number;
  operative: number;
  /** `GA · A/RES/59/157 · 5 PP · 9 OP` */
  summary: string;
}

const ORGAN_LABEL: Record<Organ, string> = { GA: 'GA', SC: 'SC', HRC: 'HRC', ECOSOC: 'ECOSOC', other: 'Resolution' };

/** The document symbol of the resolution itself. */
export function resolutionSymbol(model: Resolution): string | undefined {
  const written = model.masthead?.symbol?.text;
  if (written) return written;
  const number = model.title?.number?.text;
  if (!number) return undefined;
  if (/^\d{1,4}\s?\(\d{4}\)$/.test(number)) return `S/RES/${number.replace(/\s?\(/, ' (')}`;
  switch (model.organ) {
    case 'HRC':
      return `A/HRC/RES/${number}`;
    case 'ECOSOC':
      return `E/RES/${number}`;
    case 'GA':
      return `A/RES/${number.replace(/\s+/g, ' ')}`;
    default:
      return undefined;
  }
}

export function documentInfo(model: Resolution): DocumentInfo {
  const symbol = resolutionSymbol(model);
  const preambular = allPreambular(model).length;
  const operative = allOperative(model).length;
  const title = model.title?.title?.text.replace(/\s+/g, ' ').trim();
  const date = model.adoption?.date?.text ?? model.closings[model.closings.length - 1]?.date?.text;
  const summary = [ORGAN_LABEL[model.organ], symbol, `${preambular} PP`, `${operative} OP`].filter(Boolean).join(' · ');
  return { organ: model.organ, symbol, title, date, preambular, operative, summary };
}
