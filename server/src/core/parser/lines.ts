// Splitting text into lines and recognising what a single line is, without context.
// Patterns look only at the head of a line (HEAD characters), so a 2 MB line costs no more
// than a short one.

export interface Line {
  index: number;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset of the line break (exclusive end of the line's text). */
  end: number;
  /** First non-blank character (tabs, spaces, no-break spaces, BOM skipped); equals `end` on a blank line. */
  contentStart: number;
  /** Just after the last non-blank character. */
  contentEnd: number;
}

/** How much of a line's start the patterns read. */
export const HEAD = 400;

/** Blank characters at a line's ends (what `contentStart`/`contentEnd` skip). */
export const isBlankChar = (code: number): boolean =>
  code === 0x20 ||
  code === 0x09 ||
  code === 0xa0 ||
  code === 0xfeff ||
  code === 0x0b ||
  code === 0x0c ||
  code === 0x2007 ||
  code === 0x202f ||
  code === 0x200b;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const length = text.length;
  let start = 0;
  let index = 0;
  // The next CR is looked up again only once passed: a text without CR is searched once, not per line.
  let carriage = text.indexOf('\r');
  for (;;) {
    // indexOf runs natively: far faster than a character loop on long texts.
    const newline = text.indexOf('\n', start);
    let end = newline < 0 ? length : newline;
    let next = newline < 0 ? -1 : newline + 1;
    if (carriage >= 0 && carriage < start) carriage = text.indexOf('\r', start);
    if (carriage >= 0 && carriage < end) {
      // A lone CR (old Mac) or the CR of a CRLF ends the line.
      end = carriage;
      next = text.charCodeAt(carriage + 1) === 0x0a ? carriage + 2 : carriage + 1;
    }
    let contentStart = start;
    while (contentStart < end && isBlankChar(text.charCodeAt(contentStart))) contentStart++;
    let contentEnd = end;
    while (contentEnd > contentStart && isBlankChar(text.charCodeAt(contentEnd - 1))) contentEnd--;
    lines.push({ index: index++, start, end, contentStart, contentEnd });
    if (next < 0) break;
    start = next;
  }
  return lines;
}

export const isBlank = (line: Line): boolean => line.contentStart === line.contentEnd;

/** The head of a line's content, for anchored patterns. */
export function head(text: string, line: Line): string {
  return text.slice(line.contentStart, Math.min(line.contentEnd, line.contentStart + HEAD));
}

/** The whole content of a line, for short lines only (callers check length first). */
export function content(text: string, line: Line): string {
  return text.slice(line.contentStart, line.contentEnd);
}

export const contentLength = (line: Line): number => line.contentEnd - line.contentStart;

// ---- Line patterns (tested on the head of a line) ----

/** `The General Assembly,` — the enacting formula. Emphasis markers allowed. */
export const ORGAN_LINE =
  /^[*_]*The (General Assembly|Security Council|Human Rights Council|Economic and Social Council|Trusteeship Council|[A-Z][A-Za-z-]*(?: (?:[A-Z][A-Za-z-]*|and|on|of|for|the))*? (?:Commission|Conference|Committee|Board|Council|Assembly|Meeting|Forum))[*_]*\s*([,:;.]?)[*_]*$/;

/** GA/HRC/ECOSOC title line: `59/157. Title`, `S-32/1. Title`, `2023/5. Title`, `ES-10/21. Title`. */
export const TITLE_LINE = /^((?:S-|ES-)?\d{1,4}\/\d{1,4}(?:\s?[A-Z](?:\s?(?:and|to)\s?[A-Z])?)?)\.?[\t  ]+(\S.*)$/;
/** Old-style GA title: `2625 (XXV). Title`, `217 A (III). International Bill…`. */
export const OLD_TITLE_LINE =
  /^(\d{1,4}(?:\s[A-Z](?:\s(?:and|to)\s[A-Z])?)?\s\((?:ES-|S-)?[IVXLC]+\))\.?[\t  ]+(\S.*)$/;
/** Old SC heading as printed in the yearbooks: `98 (1952). Resolution of 23 December 1952`. */
export const OLD_SC_TITLE_LINE = /^(\d{1,4}\s?\(\d{4}\))\.[\t  ]+(\S.*)$/;
/** SC heading: `Resolution 1373 (2001)`. */
export const SC_TITLE_LINE = /^(?:Resolution|RESOLUTION)\s+(\d{1,4}\s?\(\d{4}\))\s*$/;

export const ADOPTION_LINE =
  /^(?:(?:Resolutions?|Decisions?) adopted by the .+|Adopted by the .+|Adopted at the .+|of \d{1,2}\s\S+\s\d{4}\.?)$/;
/** `[on the report of the Third Committee (A/79/456, para. 31)]`, or `[without reference to a Main Committee (A/79/L.2)]` for a plenary text: the UN marks both as the document's proponent. */
export const REPORT_LINE =
  /^\[(?:on the (?:report|recommendation|proposal)s? |without reference to a Main Committee).*\]?$/;

/** `74th plenary meeting`, `48th (resumed) plenary meeting`, HRC `47th meeting`, SC `4385th meeting`. */
export const MEETING_LINE =
  /^(\d{1,5})(?:st|nd|rd|th|d)\s+(?:\((?:resumed|continued)\)\s+)?(?:plenary\s+)?meeting\.?$/i;
/** The meeting written in words (`Seventy-fourth plenary meeting`): a closing in the wrong form, which the closing rule reports. */
export const MEETING_IN_WORDS_LINE =
  /^[A-Z][a-z]+(?:[-‑][a-z]+)?\s+(?:\((?:resumed|continued)\)\s+)?plenary\s+meeting\.?$/;
/** A date on a line of its own: `20 December 2004`. */
export const DATE_LINE =
  /^\d{1,2}[\s\u00A0]+(?:January|February|March|April|May|June|July|August|September|October|November|December)[\s\u00A0]+\d{4}\.?$/;
/** HRC closing note: `[Adopted without a vote.]`, `[Adopted by a recorded vote of 30 to 12 …]`. */
export const VOTE_LINE = /^\[(?:Adopted|Adopted without a vote|Adopted by a recorded vote)\b.*\]$/;

export const FOOTNOTE_SEPARATOR = /^_{3,}$/;
/** `1 E/CN.15/2004/5.`, `12\tSee resolution 70/1.` */
export const FOOTNOTE_LINE = /^(\d{1,3})(?:[\t  ]+|(?=[A-Z*]))(\S.*)$/;

/**
 * `1.` `12.` then the text (a tab or spaces); `5 Encourages` (no period) is checked separately.
 * `5 bis.`, `5 ter.`: a paragraph inserted after 5 in negotiation, before the text is renumbered;
 * `5 alt.`: an alternative wording of paragraph 5 proposed in negotiation, one of which will stay.
 */
export const NUMBERED =
  /^(\d{1,4})(?:[ \u00A0](bis|ter|quater|quinquies|sexies|septies|octies|novies|decies|alt))?\.(?:[\t \u00A0\u2000-\u200B\u200E\u200F\u202F]+|(?=[A-Z*"“])|$)/;
/**
 * A preambular paragraph's negotiation label written before its opener: `PP3 alt` (another
 * wording of the third preambular paragraph), `PP3 bis` (inserted after it), or the plain `PP3`
 * of a compilation text. Preambular paragraphs carry no number in the issued text: the label is
 * the negotiators' handle and goes when the text is agreed.
 */
export const PREAMBULAR_LABEL =
  /PP[ \u00A0]?(\d{1,3})(?:[ \u00A0]?(bis|ter|quater|quinquies|sexies|septies|octies|novies|decies|alt))?[.:]?[\t \u00A0]+(?=[*_"“[]*[A-Z])/y;
/** `5 Encourages`, OCR'd `7, Again calls` — a number that lost its period (only before an operative verb). */
export const NUMBERED_NO_DOT = /^(\d{1,4})(,?)[\t  ]+(?=[*_]*[A-Z])/;
/** `(a)`, `(iv)`, `(aa)`, `(1)`. */
export const PAREN_LABEL = /^\(([a-z]{1,3}|[ivxlcdm]{1,7}|\d{1,2})\)(?:[\t  ]+|$|(?=[A-Z]))/;
/** `a.`, `iv.` — the third and fourth levels. */
export const DOT_LABEL = /^([a-z]{1,2}|[ivxlc]{1,6})\.[\t  ]+/;

/** A part letter on its own: `A`, `B`. */
export const PART_HEADING = /^([A-Z])\.?(?:[\t  ]?\d{1,2})?$/;
/** A part letter with the part's title on the same line: `A Information in the service of humanity`. */
export const TITLED_PART_HEADING = /^([A-L])\.?[\t  ]+([A-Z][^.;:,]*)$/;
/** A section: `I`, `II.`, `IV. Financing`. */
export const SECTION_HEADING = /^([IVXL]{1,6})\.?(?:[\t  ]+(\S.*))?$/;
/**
 * An annex or appendix heading, with its number and perhaps its title: `Annex`, `Annex II`,
 * `ANNEX 1 - Comprehensive plan`, `Annex Article 11: Composition of the Chambers`, `Appendix`;
 * or a short label naming the annex (`Designation Annex`).
 */
export const ANNEX_HEADING =
  /^(?:(?:Annex|ANNEX|Appendix|APPENDIX)(?:[\t  ]+(?:[IVX]{1,5}|\d{1,2}|[A-Z]))?\.?(?:(?:[\t  ]+[-\u2013\u2014][\t  ]+|[\t  ]*:[\t  ]*|\t|[  ](?=(?:Article|Part|Chapter|Section)[\t  ]))[A-Z\u201C"][^;]*)?|[A-Z][a-z]+[\t  ]+(?:Annex|ANNEX))$/;
/** `l. Decides`, `I. Decides`: the figure 1 typed as a letter (the line must go on with a verb). */
export const NUMBERED_AS_LETTER = /^([lI])\.[\t  ]+(?=[A-Z])/;
/** `232 .Recognizes`: the period of a number slipped after a space. */
export const NUMBERED_SPACED_DOT = /^(\d{1,4})[\t  ]+\.[\t  ]*(?=[A-Z])/;

// ---- Debris pasted from the UN Official Document System ----

export const ODS_TAG = /<<ODS [^<>\n]{1,40}>>(?:[^<>\n]{0,200}?<<ODS [^<>\n]{1,40}>>)?/g;
export const COMMENT_TAG = /\[[A-Z]{1,3}\d{1,3}\]/g;
export const RULE_LINE = /^-{5,}$/;
export const PAGE_NUMBER = /^\d{1,3}$/;
/** The print job number: `04-48568`, `19-22406 (E)`. */
export const JOB_NUMBER = /^\d{2}-\d{5}(?:[\t  ]*\([A-Z]\))?(?:[\t  ]+\*\d+\*)?$/;
/** A document symbol alone on a line (a running head when it is not in the masthead). */
export const SYMBOL_LINE =
  /^(?:[A-Z]{1,6}(?:\.\d{1,3})?\/)+(?:[A-Za-z0-9.-]+\/)*[A-Za-z0-9.-]+(?:\s?\(\d{4}\))?(?: [A-Z](?:[-–][A-Z]| and [A-Z])?)?$/;
/** Masthead text run together by the copy (`United NationsA/RES/59/157General AssemblyDistr.: General`). */
export const MASTHEAD_RUN =
  /^(?:United Nations[A-Z]|.*Distr\.: ?General|\d{1,2} [A-Z][a-z]+ \d{4}[A-Z]|Agenda items? \d)/;

export { MONTHS } from '../text/months';

/** The end of a paragraph's text that closes it (`;`, `.`, `:`, perhaps a closing quote and a footnote marker): read on its last 6 characters. */
export const PARAGRAPH_ENDED = /[;.:][”"’)]?\d{0,3}$/;

/** Ends with paragraph-final punctuation, ignoring trailing footnote digits and closing quotes. */
export function endsWithTerminal(text: string, line: Line): boolean {
  let position = line.contentEnd - 1;
  let digits = 0;
  while (position > line.contentStart && digits < 3 && /\d/.test(text.charAt(position))) {
    position--;
    digits++;
  }
  // Digits at the end of a line follow punctuation only when they are a footnote marker.
  if (digits > 0 && !/[,;:.)”"’]/.test(text.charAt(position))) return false;
  while (position > line.contentStart && /[”"’)\]*_]/.test(text.charAt(position))) position--;
  return /[,;:.]/.test(text.charAt(position));
}

// What hard-wrapped print may put at a line's start or end (parse.ts reads them; the incremental
// path compares them before and after an edit).
/** Abbreviations that end with a period but never end a sentence (`v.`, `No.`, `para.`, `e.g.`). */
export const ABBREVIATION_AT_END =
  /(?:^|[\s(])(?:v|vs|No|Nos|Mr|Mrs|Ms|Dr|St|paras?|arts?|vols?|pp?|chap|sect|e\.g|i\.e|cf)\.$/;
/** A label and lower-case words or another label: `(g) of resolution 1533`, `(b) (i) and (ii)`. */
export const LABEL_THEN_LOWER = /^\([a-z0-9]{1,4}\)[ \t\u00A0]+[a-z(]/;
/** The end of a line that a reference label may follow: `paragraph 10`, `55 (b)`. */
export const NUMBER_AT_END = /(?:\d|\([a-z0-9]{1,4}\))$/;
/** A roman numeral and lower-case words: `XII of the Convention`, `II or`. */
export const NUMERAL_THEN_LOWER = /^[IVXL]{1,6}[ \t\u00A0]+[a-z]/;
/** Words a roman numeral follows: `Part` / `XI Agreement`, `chapter` / `IV`. */
export const TAKES_NUMERAL =
  /\b(?:[Pp]arts?|[Aa]rticles?|[Cc]hapters?|[Aa]nnex(?:es)?|[Ss]ections?|[Pp]rotocols?|[Pp]hases?|[Vv]olumes?|[Tt]itles?|[Aa]ppendix|[Ss]chedules?)$/;
/** A cited number opening a line: `1624 (2005),`, `71/243 of`. */
export const CITATION_GOES_ON = /^\d{1,4}(?:\/\d|[ \u00A0]?\()/;
/** A day and a month opening a line: `1 August 2015–31 December 2016`. */
export const DATE_START =
  /^\d{1,2}[\s\u00A0]+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
