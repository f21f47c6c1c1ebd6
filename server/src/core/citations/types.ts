// What the citation engine reports: one entry per reference to a resolution, decision or document.
import type { Organ } from '../model';

export type CitationKind = 'resolution' | 'decision' | 'document' | 'self';

export interface CitationDate {
  start: number;
  /** Exclusive. */
  end: number;
  /** yyyy-mm-dd. */
  iso: string;
  /** True when the date was not written at this citation but taken from the first full citation of the same resolution. */
  inherited?: boolean;
}

export interface Citation {
  /** UTF-16 offsets into model.text; `end` is exclusive. */
  start: number;
  end: number;
  /** The text between start and end, as written (footnote markers inside it included). */
  text: string;
  kind: CitationKind;
  organ: Organ;
  /** Canonical undocs.org symbol ('A/RES/55/25', 'A/RES/217(III)', 'S/RES/1373(2001)'); absent when the organ is not known well enough to name one. */
  symbol?: string;
  /** Part letters as written after the number, normalised: 'A', 'A and B', 'A to D', 'A-C'. */
  parts?: string;
  /** Regular session (GA, HRC, old-style GA and ECOSOC from the roman numeral). */
  session?: number;
  /** Special or emergency special session label: 'S-21', 'ES-10', 'ES-V', 'S-IV'. */
  specialSession?: string;
  /** Year carried by the citation: SC `(2001)`, ECOSOC `2004/27`. */
  year?: number;
  /** The number within its series: '25' for 55/25, '217' for 217 A (III), '1373' for 1373 (2001). */
  number?: string;
  date?: CitationDate;
  /** `5`, `3 to 5`, `11 (j)` from `paragraph(s) … of`. */
  paragraphs?: string;
  /** `by which it adopted the …`, an `entitled "…"` title or an `on …` subject. */
  description?: string;
  /** How the organ was decided: written before the number, `its`, the number's form, or the adopting organ by default. */
  organSource?: 'explicit' | 'its' | 'form' | 'default' | 'symbol' | 'list';
}
