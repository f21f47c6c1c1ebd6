// The resolution parser. It never throws and never refuses input: every line ends up in a node,
// and what it cannot place becomes an `unrecognised` node. One pass over the lines, a constant
// amount of work per line (patterns look only at a line's head), then one pass for footnote
// markers and one for terminators — linear in the size of the text.
import type {
  Directive,
  Annex,
  Closing,
  Debris,
  DebrisKind,
  Footnote,
  Heading,
  Masthead,
  OperativeParagraph,
  Organ,
  OrganLine,
  Part,
  PreambularParagraph,
  Resolution,
  Span,
  SubParagraph,
  Token,
  Unrecognised,
} from '../model';
import { matchOperativeVerb, opensWithOperativeVerb, opensWithPreambularOpener } from '../lexicon/match';
import { LabelResolver, labelCandidates } from './labels';
import {
  ADOPTION_LINE,
  COMMENT_TAG,
  DATE_LINE,
  DOT_LABEL,
  FOOTNOTE_LINE,
  NUMBERED,
  NUMBERED_NO_DOT,
  NUMBERED_AS_LETTER,
  NUMBERED_SPACED_DOT,
  ODS_TAG,
  OLD_TITLE_LINE,
  OLD_SC_TITLE_LINE,
  PAREN_LABEL,
  PART_HEADING,
  TITLED_PART_HEADING,
  REPORT_LINE,
  SC_TITLE_LINE,
  SECTION_HEADING,
  SYMBOL_LINE,
  TITLE_LINE,
  VOTE_LINE,
  contentLength,
  endsWithTerminal,
  head,
  isBlank,
  splitLines,
  type Line,
  ABBREVIATION_AT_END,
  LABEL_THEN_LOWER,
  NUMBER_AT_END,
  NUMERAL_THEN_LOWER,
  TAKES_NUMERAL,
  CITATION_GOES_ON,
  DATE_START,
} from './lines';
import {
  LONG_HEADING,
  LOOK_AHEAD_LINES,
  MAX_HEADING_LINES,
  SHORT_LINE,
  endsParagraph,
  headingShaped,
  isShort,
  isTableRow,
  isTitleLine,
  leadsDotLabels,
  opensLikePrintHeading,
  opensLikeTitle,
  organLineMatch,
  shortLineKind,
} from './classify';
import { directiveTarget, readDirective } from './directives';
import { findMarkers } from './markers';
import { applyTerminators, markerEndsOf } from './terminators';
import { matchPreambularLabel, readPreambularHead } from './preambular-head';

/** Final punctuation, perhaps inside a closing quote or bracket: the end of a footnote's text. */
const ENDS_SENTENCE = /[.;:]["”’)\]]?$/;
/** How far into the text the masthead, title and organ line are looked for. */
const HEADER_SEARCH_LINES = 120;

const ORGAN_NAMES: Record<string, Organ> = {
  'General Assembly': 'GA',
  'Security Council': 'SC',
  'Human Rights Council': 'HRC',
  'Economic and Social Council': 'ECOSOC',
};

type Paragraph = PreambularParagraph | OperativeParagraph | SubParagraph;

class Parser {
  private readonly lines: Line[];
  private readonly debris: Debris[] = [];
  private readonly unrecognised: Unrecognised[] = [];
  private readonly organLines: OrganLine[] = [];
  private readonly headings: Heading[] = [];
  /** The part being read: the last of `parts`. */
  private part: Part = { preamble: [], operative: [] };
  private readonly parts: Part[] = [this.part];
  private readonly footnotes: Footnote[] = [];
  private readonly annexes: Annex[] = [];
  private footnoteSeparator?: Token;
  private readonly closings: Closing[] = [];
  private masthead?: Masthead;
  private adoption?: Resolution['adoption'];
  private reportLine?: Token;
  private title?: Resolution['title'];
  /** Lines wholly made of document-system debris. */
  private readonly debrisLine: boolean[];
  private readonly directives: Directive[] = [];
  private readonly wrapped: boolean;
  /** The paragraph that a continuation line extends. */
  private current?: Paragraph;
  private currentOperative?: OperativeParagraph;
  private labels = new LabelResolver();
  /** The labels of headings set apart in a list (`(i) Protection of civilians`, `(ii) …` between lettered items). */
  private headingLabels = new LabelResolver();
  private itemStack: SubParagraph[] = [];
  private section?: number;
  /** The number the next line of a numbered list inside a paragraph has (`inEmbeddedList`). */
  private embeddedNext?: number;
  /** A number or label stood alone on its line: the paragraph's text is on the next line. */
  private awaitingText = false;
  /** The last line of a heading wrapped over several lines (hard-wrapped print), while it is read. */
  private headingThrough = -1;

  constructor(private readonly text: string) {
    this.lines = splitLines(text);
    const directiveAt: (Directive | undefined)[] = this.lines.map((line) => readDirective(text, line));
    // A directive line is passed over as debris is: as if it were blank.
    this.debrisLine = this.lines.map((line, index) => directiveAt[index] !== undefined || this.scanInlineDebris(line));
    this.wrapped = this.detectWrapped();
    directiveAt.forEach((directive, index) => {
      if (!directive) return;
      if (directive.scope === 'next-paragraph')
        directive.target = directiveTarget(this.lines, index, this.wrapped, (at) => directiveAt[at] !== undefined);
      this.directives.push(directive);
    });
  }

  parse(): Resolution {
    const headerEnd = this.parseHeader();
    this.parseBody(headerEnd);
    this.promoteUnnumberedOperative();
    const markers = this.findMarkers();
    this.computeTerminators(markers);
    const organ = this.resolveOrgan();
    return {
      text: this.text,
      organ,
      masthead: this.masthead,
      adoption: this.adoption,
      reportLine: this.reportLine,
      title: this.title,
      organLines: this.organLines,
      parts: this.parts,
      headings: this.headings,
      closings: this.closings,
      annexes: this.annexes,
      footnoteSeparator: this.footnoteSeparator,
      footnotes: this.footnotes,
      markers,
      debris: this.debris.sort((a, b) => a.start - b.start),
      unrecognised: this.unrecognised,
      directives: this.directives,
      wrapped: this.wrapped,
    };
  }

  // ---------- helpers ----------

  private token(start: number, end: number): Token {
    return { start, end, text: this.text.slice(start, end) };
  }

  private lineToken(line: Line): Token {
    return this.token(line.contentStart, line.contentEnd);
  }

  private head(line: Line): string {
    return head(this.text, line);
  }

  private addDebris(line: Line, kind: DebrisKind): void {
    this.debris.push({ ...this.lineToken(line), debris: kind });
  }

  private addUnrecognised(line: Line): void {
    this.unrecognised.push({ ...this.lineToken(line), kind: 'unrecognised' });
  }

  /** Records ODS tags and comment tags in a line; moves the line's content start past leading debris. Returns true when nothing else is on the line. */
  private scanInlineDebris(line: Line): boolean {
    if (isBlank(line)) return false;
    const probe = this.text.slice(line.contentStart, Math.min(line.contentEnd, line.contentStart + 2000));
    if (probe.indexOf('<<ODS') < 0 && probe.indexOf('[') < 0) return false;
    const found: Span[] = [];
    for (const pattern of [ODS_TAG, COMMENT_TAG]) {
      pattern.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = pattern.exec(probe)) !== null) {
        const start = line.contentStart + match.index;
        found.push({ start, end: start + match[0].length });
        this.debris.push({
          ...this.token(start, start + match[0].length),
          debris: pattern === ODS_TAG ? 'ods-tag' : 'comment-tag',
        });
      }
    }
    if (found.length === 0) return false;
    found.sort((a, b) => a.start - b.start);
    // Skip debris (and blanks) at the start of the line.
    let position = line.contentStart;
    for (const span of found) {
      while (position < span.start && /[\s\u00A0]/.test(this.text.charAt(position))) position++;
      if (span.start !== position) break;
      position = span.end;
    }
    while (position < line.contentEnd && /[\s\u00A0]/.test(this.text.charAt(position))) position++;
    line.contentStart = Math.min(position, line.contentEnd);
    return line.contentStart >= line.contentEnd;
  }

  /** Hard-wrapped print: lines that end mid-sentence and continue in lower case on the next line. */
  private detectWrapped(): boolean {
    let wrappedBreaks = 0;
    let nonBlank = 0;
    for (let index = 0; index + 1 < this.lines.length; index++) {
      const line = this.lines[index]!;
      if (isBlank(line)) continue;
      nonBlank++;
      const next = this.lines[index + 1]!;
      if (isBlank(next) || endsWithTerminal(this.text, line)) continue;
      if (/[a-z]/.test(this.text[next.contentStart] ?? '')) wrappedBreaks++;
    }
    return wrappedBreaks >= 3 && wrappedBreaks >= nonBlank * 0.05;
  }

  private isOrganLine(line: Line): RegExpExecArray | null {
    return organLineMatch(this.head(line), contentLength(line));
  }

  // ---------- header: masthead, adoption, title ----------

  /** Parses everything before the body; returns the index of the first body line. */
  private parseHeader(): number {
    const limit = Math.min(this.lines.length, HEADER_SEARCH_LINES);
    let organIndex = -1;
    let organLine: Line | undefined;
    let titleIndex = -1;
    for (let index = 0; index < limit; index++) {
      const line = this.lines[index]!;
      if (isBlank(line) || this.debrisLine[index]) continue;
      const lineHead = this.head(line);
      if (NUMBERED.test(lineHead) && titleIndex >= 0) break;
      // A multi-part resolution: the first part's letter comes before its organ line.
      if (titleIndex >= 0 && (PART_HEADING.test(lineHead) || this.isTitledPartHeading(line, lineHead, index))) {
        this.parseMasthead(0, titleIndex);
        this.parseTitle(titleIndex, index);
        return index;
      }
      if (this.isOrganLine(line)) {
        organIndex = index;
        organLine = line;
        break;
      }
      if (titleIndex < 0 && isTitleLine(lineHead, contentLength(line))) {
        titleIndex = index;
      }
    }
    if (organIndex < 0 && titleIndex < 0) return 0;
    const mastheadEnd = titleIndex >= 0 ? titleIndex : organIndex;
    this.parseMasthead(0, mastheadEnd);
    if (titleIndex >= 0) this.parseTitle(titleIndex, organIndex >= 0 ? organIndex : titleIndex + 1);
    if (organLine === undefined) return titleIndex + 1;
    this.addOrganLine(organLine);
    return organIndex + 1;
  }

  private parseMasthead(from: number, to: number): void {
    const masthead: Masthead = { start: -1, end: -1, other: [] };
    for (let index = from; index < to; index++) {
      const line = this.lines[index]!;
      if (isBlank(line) || this.debrisLine[index]) continue;
      const token = this.lineToken(line);
      const text = isShort(contentLength(line)) ? token.text : '';
      if (masthead.start < 0) masthead.start = token.start;
      masthead.end = token.end;
      if (ADOPTION_LINE.test(text) && !this.adoption) {
        this.adoption = { ...token, date: this.findDate(token) };
      } else if (REPORT_LINE.test(this.head(line))) {
        this.reportLine = token;
      } else if (!masthead.symbol && SYMBOL_LINE.test(text)) {
        masthead.symbol = token;
      } else if (text in ORGAN_NAMES && (!masthead.organName || masthead.organName.text === 'General Assembly')) {
        masthead.organName = token;
      } else if (/^Distr\.:/.test(text)) {
        masthead.distribution = token;
      } else if (!masthead.date && DATE_LINE.test(text)) {
        masthead.date = token;
      } else if (
        !masthead.session &&
        /^(?:[A-Z][a-z]+(?:-[a-z]+)?|\d{4}(?: resumed)?|[A-Z][a-z]+ special|[A-Z][a-z]+(?:-[a-z]+)? (?:special|emergency special)) session$/i.test(
          text,
        )
      ) {
        masthead.session = token;
      } else if (!masthead.agendaItem && /^Agenda items? /.test(text)) {
        masthead.agendaItem = token;
      } else {
        masthead.other.push(token);
      }
    }
    if (masthead.start >= 0) this.masthead = masthead;
  }

  private parseTitle(titleIndex: number, organIndex: number): void {
    const line = this.lines[titleIndex]!;
    const lineHead = this.head(line);
    const match = TITLE_LINE.exec(lineHead) ?? OLD_TITLE_LINE.exec(lineHead) ?? OLD_SC_TITLE_LINE.exec(lineHead);
    const title: NonNullable<Resolution['title']> = { start: line.contentStart, end: line.contentEnd };
    if (match) {
      // The three title patterns capture the number and the title, always.
      const number = match[1]!;
      title.number = this.token(line.contentStart, line.contentStart + number.length);
      const titleStart = line.contentStart + lineHead.indexOf(match[2]!, number.length);
      title.title = this.token(titleStart, line.contentEnd);
    } else {
      const sc = SC_TITLE_LINE.exec(lineHead);
      if (sc) {
        const number = sc[1]!;
        const numberStart = line.contentStart + lineHead.indexOf(number);
        title.number = this.token(numberStart, numberStart + number.length);
      }
    }
    this.title = title;
    // Lines between the title and the organ line: adoption and report lines, or the title wrapped.
    let continuing = Boolean(match);
    for (let index = titleIndex + 1; index < organIndex; index++) {
      const next = this.lines[index]!;
      if (this.debrisLine[index]) continue;
      if (isBlank(next)) {
        continuing = false;
        continue;
      }
      const token = this.lineToken(next);
      const text = isShort(contentLength(next)) ? token.text : '';
      if (ADOPTION_LINE.test(text) && !this.adoption) {
        this.adoption = { ...token, date: this.findDate(token) };
        continuing = false;
      } else if (REPORT_LINE.test(this.head(next))) {
        this.reportLine = token;
        continuing = false;
      } else if (continuing && title.title) {
        title.end = next.contentEnd;
        title.title = this.token(title.title.start, next.contentEnd);
      } else {
        this.addUnrecognised(next);
      }
    }
  }

  private findDate(token: Token): Token | undefined {
    const match = /\d{1,2}[\s\u00A0]+[A-Z][a-z]+[\s\u00A0]+\d{4}/.exec(token.text);
    if (!match) return undefined;
    return this.token(token.start + match.index, token.start + match.index + match[0].length);
  }

  private addOrganLine(line: Line): void {
    const match = this.isOrganLine(line);
    if (!match) return;
    this.awaitingText = false;
    const name = match[1]!;
    const nameStart = line.contentStart + this.head(line).indexOf(name);
    const organLine: OrganLine = {
      start: line.contentStart,
      end: line.contentEnd,
      organ: ORGAN_NAMES[name] ?? 'other',
      name: this.token(nameStart, nameStart + name.length),
    };
    if (match[2]) {
      const position = this.text.lastIndexOf(match[2], line.contentEnd);
      if (position >= line.contentStart) organLine.terminator = this.token(position, position + 1);
    }
    this.organLines.push(organLine);
    if (this.part.organLine === undefined) this.part.organLine = this.organLines.length - 1;
    this.current = undefined;
  }

  // ---------- body ----------

  private parseBody(from: number): void {
    type State = 'body' | 'closing' | 'footnotes' | 'annex';
    let state: State = 'body';
    let previous: Line | undefined;
    let sawBlank = true;
    for (let index = from; index < this.lines.length; index++) {
      const line = this.lines[index]!;
      if (this.debrisLine[index]) {
        sawBlank = true;
        continue;
      }
      if (isBlank(line)) {
        sawBlank = true;
        continue;
      }
      const lineHead = this.head(line);
      const short = isShort(contentLength(line));
      const text = short ? lineHead : '';

      // Lines that mean the same in every state (an annex heading: except among footnotes).
      const kind = short ? shortLineKind(text, this.masthead?.symbol?.text, state !== 'footnotes') : undefined;
      if (kind === 'meeting') {
        this.closings.push({ start: line.contentStart, end: line.contentEnd, meeting: this.lineToken(line) });
        this.current = undefined;
        state = 'closing';
      } else if (kind === 'footnote-separator') {
        if (this.footnoteSeparator) this.addDebris(line, 'rule-line');
        else this.footnoteSeparator = this.lineToken(line);
        this.current = undefined;
        state = 'footnotes';
      } else if (kind === 'annex') {
        this.annexes.push({
          start: line.contentStart,
          end: line.contentEnd,
          heading: this.lineToken(line),
          paragraphs: [],
        });
        this.current = undefined;
        state = 'annex';
      } else if (kind !== undefined) {
        this.addDebris(line, kind);
      } else if (
        (state === 'closing' || state === 'footnotes') &&
        short &&
        (this.isOrganLine(line) ||
          ((sawBlank || !this.wrapped || state === 'closing' || this.lastFootnoteEnded()) &&
            (this.partLetter(text) || this.isTitledPartHeading(line, text, index))))
      ) {
        // (In hard-wrapped print a footnote that has not ended goes on: `chap. IV, sect.` / `A.`.)
        // The next part of an omnibus resolution, after the previous part's closing.
        state = 'body';
        this.bodyLine(line, lineHead, short, previous, sawBlank, index);
      } else if (state === 'closing') {
        state = this.closingLine(line, text);
      } else if (state === 'footnotes') {
        this.footnoteLine(line, lineHead, sawBlank);
      } else if (state === 'annex') {
        this.annexLine(line, sawBlank);
      } else {
        this.bodyLine(line, lineHead, short, previous, sawBlank, index);
      }
      previous = line;
      sawBlank = false;
    }
  }

  /** A lone capital is a part letter, except a roman numeral that does not follow the last part letter (`I` after `H` is a part, else a section). */
  private partLetter(text: string): RegExpExecArray | null {
    const match = PART_HEADING.exec(text);
    const letter = match?.[1];
    if (!match || letter === undefined || !/[IVXLCDM]/.test(letter)) return match;
    const lastPart = [...this.headings].reverse().find((heading) => heading.kind === 'part');
    const previousLetter = lastPart?.label?.text.charCodeAt(0);
    return previousLetter !== undefined && previousLetter + 1 === letter.charCodeAt(0) ? match : null;
  }

  /** `A Information in the service of humanity` — only where an organ line or a paragraph follows. */
  private isTitledPartHeading(line: Line, text: string, index: number): boolean {
    const match = TITLED_PART_HEADING.exec(text);
    return (
      match !== null &&
      this.partLetter(match[1]!) !== null &&
      !endsWithTerminal(this.text, line) &&
      this.nextStartsParagraph(index)
    );
  }

  /**
   * The Fifth Committee titles a budget section with the whole agenda question (`II Estimates in
   * respect of special political missions … authorized by the General Assembly and/or the Security
   * Council`): a numeral and a capital, no final punctuation, a paragraph next.
   */
  private longSectionHeading(line: Line, lineHead: string, index: number): RegExpExecArray | null {
    if (contentLength(line) > LONG_HEADING || endsWithTerminal(this.text, line)) return null;
    const match = SECTION_HEADING.exec(lineHead);
    return match?.[2] && /^[A-Z]/.test(match[2]) && (this.nextStartsParagraph(index) || this.nextOpensWithVerb(index))
      ? match
      : null;
  }

  private closingLine(line: Line, text: string): 'closing' | 'footnotes' {
    // Read in the 'closing' state only, which a meeting line opens after pushing its closing.
    const closing = this.closings[this.closings.length - 1]!;
    if (!closing.date && DATE_LINE.test(text)) {
      closing.date = this.lineToken(line);
      closing.end = line.contentEnd;
      return 'closing';
    }
    if (!closing.vote && VOTE_LINE.test(text)) {
      closing.vote = this.lineToken(line);
      closing.end = line.contentEnd;
      return 'closing';
    }
    // Footnotes may follow the closing without a separator (as copied from the document system).
    this.footnoteLine(line, this.head(line), true);
    return 'footnotes';
  }

  private footnoteLine(line: Line, lineHead: string, sawBlank: boolean): void {
    const match = FOOTNOTE_LINE.exec(lineHead);
    if (match && !DATE_LINE.test(lineHead) && !this.wrappedFootnoteGoesOn(lineHead, Number(match[1]), sawBlank)) {
      const number = match[1]!;
      const numberEnd = line.contentStart + number.length;
      const bodyStart = line.contentStart + lineHead.indexOf(match[2]!, number.length);
      this.footnotes.push({
        start: line.contentStart,
        end: line.contentEnd,
        number: { ...this.token(line.contentStart, numberEnd), value: Number(match[1]) },
        body: this.token(bodyStart, line.contentEnd),
      });
      return;
    }
    const last = this.footnotes[this.footnotes.length - 1];
    if (last && !sawBlank) {
      // A footnote wrapped onto the next line.
      last.end = line.contentEnd;
      last.body = this.token(last.body.start, line.contentEnd);
      return;
    }
    if (SYMBOL_LINE.test(lineHead)) this.addDebris(line, 'running-head');
    else this.addUnrecognised(line);
  }

  /**
   * In hard-wrapped print a footnote may wrap before a number: a line that opens with a number
   * carries the footnote above on when that one's line ends with an abbreviation (`Supplement No.` /
   * `8 (E/2019/28), chap. I`), or, when the number is not the next footnote's, when the line opens
   * with a date (`… Council,` / `1 August 2015–31 December 2016`) or when the line above did not end
   * a sentence and no capital follows the number.
   */
  private wrappedFootnoteGoesOn(lineHead: string, number: number, sawBlank: boolean): boolean {
    const last = this.footnotes[this.footnotes.length - 1];
    if (!this.wrapped || sawBlank || last === undefined) return false;
    const lastLine = this.tailOf({ contentStart: last.start, contentEnd: last.end }, 8);
    // `Supplement No.` / `3 and corrigenda`: after an abbreviation even the next number goes on.
    if (ABBREVIATION_AT_END.test(lastLine)) return true;
    if (number === last.number.value + 1) return false;
    if (DATE_START.test(lineHead)) return true;
    // A footnote's text opens with a capital (`3 United Nations, Treaty Series`: a footnote out of
    // order, which the footnotes rule reports); what follows a number in a footnote's text rarely does.
    return !ENDS_SENTENCE.test(lastLine) && !/^\d+[\s\u00A0]+[A-Z]/.test(lineHead);
  }

  /** Whether the last footnote's text ends with final punctuation (true when there is none). */
  private lastFootnoteEnded(): boolean {
    const last = this.footnotes[this.footnotes.length - 1];
    if (last === undefined) return true;
    const tail = this.tailOf({ contentStart: last.start, contentEnd: last.end }, 8);
    return ENDS_SENTENCE.test(tail) && !ABBREVIATION_AT_END.test(tail);
  }

  private annexLine(line: Line, sawBlank: boolean): void {
    // Read in the 'annex' state only, which an annex heading opens after pushing its annex.
    const annex = this.annexes[this.annexes.length - 1]!;
    const last = annex.paragraphs[annex.paragraphs.length - 1];
    if (last && !sawBlank && !NUMBERED.test(this.head(line)) && !PAREN_LABEL.test(this.head(line)) && this.wrapped) {
      annex.paragraphs[annex.paragraphs.length - 1] = this.token(last.start, line.contentEnd);
    } else {
      annex.paragraphs.push(this.lineToken(line));
    }
    annex.end = line.contentEnd;
  }

  private bodyLine(
    line: Line,
    lineHead: string,
    short: boolean,
    previous: Line | undefined,
    sawBlank: boolean,
    index: number,
  ): void {
    const text = short ? lineHead : '';
    if (index <= this.headingThrough) {
      // The next line of a heading wrapped in print (`headingThrough` is set with the heading pushed).
      const heading = this.headings[this.headings.length - 1]!;
      heading.end = line.contentEnd;
      if (this.part.title && this.part.title.start === heading.start)
        this.part.title = this.token(heading.start, line.contentEnd);
      return;
    }
    if (short && this.isOrganLine(line)) {
      if (this.part.preamble.length > 0 || this.part.operative.length > 0) this.newPart();
      this.addOrganLine(line);
      return;
    }
    const partMatch = short
      ? (this.partLetter(text) ?? (this.isTitledPartHeading(line, text, index) ? TITLED_PART_HEADING.exec(text) : null))
      : null;
    if (partMatch) {
      const heading: Heading = {
        ...this.lineToken(line),
        kind: 'part',
        label: this.token(line.contentStart, line.contentStart + 1),
      };
      if (this.part.preamble.length > 0 || this.part.operative.length > 0 || this.part.heading) this.newPart();
      this.part.heading = heading;
      if (partMatch[2]) {
        const titleStart = line.contentStart + text.indexOf(partMatch[2], 1);
        this.part.title = this.token(titleStart, line.contentEnd);
      }
      this.headings.push(heading);
      this.current = undefined;
      this.section = undefined;
      return;
    }
    // In hard-wrapped print a line right below one that did not end a sentence carries it on, even
    // when it opens with a numeral and lower-case words (`Part` / `XII of the Convention`) or, after a
    // number, with what looks like a label and lower-case words (`paragraph 10` / `(g) of
    // resolution 1533`).
    const carriesOn =
      this.wrapped &&
      !sawBlank &&
      previous !== undefined &&
      this.current !== undefined &&
      !endsWithTerminal(this.text, previous);
    const numeralGoesOn =
      carriesOn && (NUMERAL_THEN_LOWER.test(text) || TAKES_NUMERAL.test(this.tailOf(previous!, 12)));
    const sectionMatch = numeralGoesOn
      ? null
      : short
        ? SECTION_HEADING.exec(text)
        : this.longSectionHeading(line, lineHead, index);
    if (sectionMatch && (!sectionMatch[2] || !endsWithTerminal(this.text, line))) {
      const heading: Heading = {
        ...this.lineToken(line),
        kind: 'section',
        label: this.token(line.contentStart, line.contentStart + sectionMatch[1]!.length),
      };
      this.headings.push(heading);
      this.section = this.headings.length - 1;
      this.embeddedNext = undefined;
      this.current = undefined;
      return;
    }
    // `14.` alone on its line, then `(a) Underlines …`: the number leads items, the label is not its text.
    if (
      this.awaitingText &&
      this.current?.kind === 'operative' &&
      (PAREN_LABEL.exec(lineHead)?.[0].length ?? lineHead.length) < lineHead.length
    )
      this.awaitingText = false;
    if (this.awaitingText && this.current) {
      this.awaitingText = false;
      this.extendCurrent(line);
      if (this.current.kind === 'operative' && !this.current.verb) {
        const verb = matchOperativeVerb(this.text, line.contentStart);
        this.current.verb = verb ? this.token(verb.start, verb.end) : undefined;
        this.current.verbKnown = verb?.known ?? false;
      }
      return;
    }
    const numbered = NUMBERED.exec(lineHead);
    // A numbered row of a table (`1. Income from staff assessment<TAB>279 138 300`) is not a paragraph,
    // nor, in print, a year or a number other than the next one without a capital after it, on a line
    // that carries the last on (`commence on 25 October` / `2021.`).
    const tableRow = numbered !== null && isTableRow(lineHead, numbered);
    const carriedNumber =
      numbered !== null &&
      carriesOn &&
      Number(numbered[1]) !== this.nextOperativeNumber() &&
      (Number(numbered[1]) >= 1000 || !/[A-Z]/.test(lineHead.slice(numbered[0].length, numbered[0].length + 1)));
    if (
      numbered &&
      !tableRow &&
      !carriedNumber &&
      this.inEmbeddedList(Number(numbered[1]), line.contentStart + numbered[0].length)
    ) {
      this.extendCurrent(line, true);
      return;
    }
    if (numbered && !tableRow && !carriedNumber) {
      const insertion = numbered[2];
      const numberLength = numbered[1]!.length + (insertion ? insertion.length + 1 : 0) + 1;
      this.startOperative(line, numbered[0].length, Number(numbered[1]), true, numberLength, insertion);
      return;
    }
    const misprinted =
      NUMBERED_SPACED_DOT.exec(lineHead) ??
      (this.nextOperativeNumber() === 1 ? NUMBERED_AS_LETTER.exec(lineHead) : null);
    if (misprinted && opensWithOperativeVerb(this.text, line.contentStart + misprinted[0].length)) {
      // Reported by operative-numbering as a number written wrong, at its place in the sequence.
      const value = /\d/.test(misprinted[1]!) ? Number(misprinted[1]) : 1;
      this.startOperative(line, misprinted[0].length, value, true, misprinted[0].trimEnd().length);
      return;
    }
    const undotted = NUMBERED_NO_DOT.exec(lineHead);
    if (
      undotted &&
      opensWithOperativeVerb(this.text, line.contentStart + undotted[0].length) &&
      Number(undotted[1]) > 0 &&
      Number(undotted[1]) < 1000
    ) {
      this.startOperative(
        line,
        undotted[0].length,
        Number(undotted[1]),
        false,
        undotted[1]!.length + undotted[2]!.length,
      );
      return;
    }
    const afterNumber = carriesOn && NUMBER_AT_END.test(this.tailOf(previous!, 6)) && LABEL_THEN_LOWER.test(lineHead);
    const label = afterNumber
      ? null
      : (PAREN_LABEL.exec(lineHead) ?? (this.acceptsDotLabel() ? DOT_LABEL.exec(lineHead) : null));
    if (
      label &&
      !this.currentOperative &&
      this.current?.kind === 'preambular' &&
      this.part.operative.length === 0 &&
      this.leadsUnnumberedOperative(this.current)
    ) {
      this.convertToOperative(this.current);
    }
    if (label && this.currentOperative) {
      this.startItem(line, label[0], label[1]!, !label[0].startsWith('('), index);
      return;
    }
    if (this.current && previous && this.continues(previous, line, sawBlank)) {
      this.extendCurrent(line);
      return;
    }
    this.startTextBlock(line, index, sawBlank);
  }

  /** Whether a line carries on the paragraph of the line before it. */
  private continues(previous: Line, line: Line, sawBlank: boolean): boolean {
    const first = this.text[line.contentStart] ?? '';
    const startsLower = /[a-z(]/.test(first) && !PAREN_LABEL.test(this.head(line));
    const previousEndsSentence = endsWithTerminal(this.text, previous);
    if (this.wrapped) {
      if (sawBlank) return false;
      // `(South Africa v.` / `Israel)`: an abbreviation at the end of a printed line ends no sentence.
      if (!previousEndsSentence || ABBREVIATION_AT_END.test(this.tailOf(previous, 8))) return true;
      // A list of citations wraps before a number (`1373 (2001),` / `1624 (2005), 1894 (2009)`).
      return startsLower || (this.text[previous.contentEnd - 1] === ',' && CITATION_GOES_ON.test(this.head(line)));
    }
    if (sawBlank) return false;
    const afterPrevious = this.text[previous.contentEnd];
    const trailingSpace =
      previous.end > previous.contentEnd && afterPrevious !== undefined && /[ \u00A0]/.test(afterPrevious);
    const hyphenated = this.text[previous.contentEnd - 1] === '-';
    return !previousEndsSentence && (startsLower || trailingSpace || hyphenated);
  }

  /** @param embedded a line of a list quoted in the paragraph: it grows the paragraph, not the text its final mark ends. */
  private extendCurrent(line: Line, embedded = false): void {
    const current = this.current!;
    current.end = line.contentEnd;
    if (current.kind === 'preambular') return;
    if (!embedded) current.textEnd = line.contentEnd;
    // Parents of an item grow with it.
    for (const item of this.itemStack) item.end = Math.max(item.end, line.contentEnd);
    if (this.currentOperative) this.currentOperative.end = Math.max(this.currentOperative.end, line.contentEnd);
  }

  /**
   * A numbered list inside a paragraph — an agenda (`11. Approves the following provisional agenda
   * …:` / `1. Opening of the Congress.`), an amendment quoted after its lead-in (`Article 9, new
   * paragraph 4:` / `4. In hearing an application …`), steps a paragraph lists — never joins the
   * resolution's numbering: it opens after a colon with a number other than the next paragraph's, or
   * without an operative verb, and goes on in sequence until the next paragraph's number returns.
   */
  private inEmbeddedList(value: number, bodyStart: number): boolean {
    const expected = this.nextOperativeNumber();
    const current = this.current;
    // A heading between the list's lines ended the paragraph: the list ends with it.
    if (current === undefined || current.kind === 'preambular' || this.currentOperative === undefined) {
      this.embeddedNext = undefined;
      return false;
    }
    const verb = opensWithOperativeVerb(this.text, bodyStart);
    if (this.embeddedNext !== undefined) {
      // The list goes on in sequence until a paragraph of the resolution comes back: a number the
      // numbering can take, opening with an operative verb.
      if (value === this.embeddedNext && !(value >= expected && verb)) {
        this.embeddedNext = value + 1;
        return true;
      }
      this.embeddedNext = undefined;
      return false;
    }
    const leadIn = this.text.slice(Math.max(current.start, current.end - 4), current.end).trimEnd();
    // It opens after a colon, with a number the numbering does not expect (the paragraph's own next
    // number is a paragraph, verb or not: `3. In this regard, urges …`), and no verb unless it is 1.
    if (!leadIn.endsWith(':') || value === expected || (value !== 1 && verb)) return false;
    this.embeddedNext = value + 1;
    return true;
  }

  private acceptsDotLabel(): boolean {
    const operative = this.currentOperative;
    return (
      operative !== undefined &&
      (operative.items.length > 0 || leadsDotLabels(this.text, operative.textEnd, operative.start))
    );
  }

  /** @param numberLength the number with its punctuation (`12.`, `7,`, `5`). */
  private startOperative(
    line: Line,
    prefixLength: number,
    value: number,
    dotted: boolean,
    numberLength: number,
    insertion?: string,
  ): void {
    const start = line.contentStart;
    const bodyStart = start + prefixLength;
    const verb = matchOperativeVerb(this.text, bodyStart);
    const paragraph: OperativeParagraph = {
      kind: 'operative',
      start,
      end: line.contentEnd,
      number: { ...this.token(start, start + numberLength), value, dotted, ...(insertion ? { insertion } : {}) },
      verb: verb ? this.token(verb.start, verb.end) : undefined,
      verbKnown: verb?.known ?? false,
      textEnd: line.contentEnd,
      contentEnd: line.contentEnd,
      items: [],
      part: this.parts.length - 1,
      section: this.section,
    };
    this.addOperative(paragraph);
    this.awaitingText = bodyStart >= line.contentEnd;
  }

  private addOperative(paragraph: OperativeParagraph): void {
    this.embeddedNext = undefined;
    this.part.operative.push(paragraph);
    this.current = paragraph;
    this.currentOperative = paragraph;
    this.labels = new LabelResolver();
    this.headingLabels = new LabelResolver();
    this.itemStack = [];
  }

  /**
   * A labelled line without final punctuation right before another label, or next in a sequence of
   * such headings (`(d) Humanitarian assistance` / `To facilitate …`): a heading inside the list.
   */
  private isHeadingItem(line: Line, index: number, prefixLength: number, inner: string, dotted: boolean): boolean {
    const textStart = line.contentStart + prefixLength;
    // In hard-wrapped print the heading may go on over the lines below, up to a blank line or a label.
    let last = line;
    let length = contentLength(line);
    while (this.wrapped) {
      const below = this.lines[index + 1];
      if (below === undefined || isBlank(below) || this.debrisLine[index + 1] || PAREN_LABEL.test(this.head(below)))
        break;
      index++;
      last = below;
      length += 1 + contentLength(last);
      if (length > LONG_HEADING) return false;
    }
    // A comma ends a heading only over a subheading of its own (`(ii) Support to stabilization …,` / `Stabilization` / `(a) …`).
    const comma = this.tailOf(last, 1) === ',';
    if (
      textStart >= line.contentEnd ||
      length > LONG_HEADING ||
      (endsWithTerminal(this.text, last) && !comma) ||
      /[!?]$/.test(this.tailOf(last, 1))
    )
      return false;
    // A title opens with a capital and no verb; `(a) interest due …; and` is an item of a running
    // sentence, `(a) Expresses concern …` / `(i) to end …` a lead-in that lost its colon.
    if (!opensLikeTitle(this.text, textStart) || /\b(?:and|or)$/.test(this.tailOf(last, 4))) return false;
    // A title has no clause inside (`(3) Demarcation: hold two meetings …` is an item that lost its mark).
    if (/[;:]/.test(this.text.slice(textStart, last.contentEnd))) return false;
    if (this.nextItemOfItsList(index, inner, dotted)) return false;
    if (!comma && this.headingLabels.continues(inner, dotted)) return true;
    // The next line is a label, perhaps after a subheading of its own (`Stabilization` / `(a) …`).
    let subheadings = 0;
    for (let next = index + 1; next < this.lines.length && next < index + 6; next++) {
      const nextLine = this.lines[next]!;
      if (isBlank(nextLine) || this.debrisLine[next]) continue;
      if (PAREN_LABEL.test(this.head(nextLine))) return !comma || subheadings > 0;
      if (
        subheadings++ > 0 ||
        contentLength(nextLine) > 80 ||
        endsWithTerminal(this.text, nextLine) ||
        !/^[A-Z]/.test(this.text.charAt(nextLine.contentStart))
      )
        return false;
    }
    return false;
  }

  /**
   * Whether the label after the item's line is the next of the item's own list (`(a) Poverty` /
   * `(b) …`): then the item lost its mark and is no heading. `(h) Human rights` / `(i) …` is read
   * by the label after that: `(j)` makes `(i)` the next letter, `(ii)` a roman list under a heading.
   */
  private nextItemOfItsList(index: number, inner: string, dotted: boolean): boolean {
    const [first, second] = this.nextLabels(index, 2);
    if (first === undefined) return false;
    /** The styles in which label `b` comes right after label `a` (`h` → `i`: letters). */
    const stylesFollowing = (a: string, b: string): string[] =>
      labelCandidates(a, dotted)
        .filter((x) => labelCandidates(b, dotted).some((y) => y.style === x.style && y.value === x.value + 1))
        .map((x) => x.style);
    const [style] = stylesFollowing(inner, first);
    if (style === undefined) return false;
    // The next label could also open a list under a heading (`i` is roman one).
    const opensList = labelCandidates(first, dotted).some((y) => y.style !== style && y.value === 1);
    return !opensList || second === undefined || stylesFollowing(first, second).includes(style);
  }

  /** The inner text of the labels after line `index` (`(b)` → `b`), the first on the very next line, up to `count`. */
  private nextLabels(index: number, count: number): string[] {
    const found: string[] = [];
    for (let next = index + 1; next < this.lines.length && next < index + 24 && found.length < count; next++) {
      const line = this.lines[next]!;
      if (isBlank(line) || this.debrisLine[next]) continue;
      const lineHead = this.head(line);
      const label = PAREN_LABEL.exec(lineHead);
      if (label) found.push(label[1]!);
      // Text under the item (a heading's own lines) comes first: the next label is not right after it.
      else if (found.length === 0 || NUMBERED.test(lineHead)) break;
    }
    return found;
  }

  private startItem(line: Line, prefix: string, inner: string, dotted: boolean, index: number): void {
    const operative = this.currentOperative!;
    const heading = this.isHeadingItem(line, index, prefix.length, inner, dotted)
      ? this.labels.continues(inner, dotted)
        ? 'in-list'
        : 'apart'
      : undefined;
    const previous = this.itemStack[this.itemStack.length - 1];
    const resolved =
      heading === 'apart'
        ? { ...this.headingLabels.resolve(inner, dotted), level: 1 }
        : this.labels.resolve(inner, dotted, previous?.heading);
    const labelText = prefix.replace(/[\t  ]+$/, '');
    const item: SubParagraph = {
      kind: 'subparagraph',
      start: line.contentStart,
      end: line.contentEnd,
      label: this.token(line.contentStart, line.contentStart + labelText.length),
      style: resolved.style,
      value: resolved.value,
      level: resolved.level,
      textEnd: line.contentEnd,
      contentEnd: line.contentEnd,
      children: [],
    };
    if (heading) item.heading = heading;
    this.itemStack.length = Math.min(this.itemStack.length, resolved.level - 1);
    const parent = this.itemStack[this.itemStack.length - 1];
    if (parent && parent.level === resolved.level - 1) parent.children.push(item);
    else operative.items.push(item);
    this.itemStack.push(item);
    for (const open of this.itemStack) open.end = Math.max(open.end, line.contentEnd);
    operative.end = Math.max(operative.end, line.contentEnd);
    this.current = item;
    this.awaitingText = item.label.end >= line.contentEnd;
  }

  private startTextBlock(line: Line, index: number, sawBlank: boolean): void {
    const start = line.contentStart;
    const part = this.part;
    const headingEnd = this.headingEnd(line, index, sawBlank);
    if (part.operative.length === 0) {
      // A line without final punctuation right before a paragraph is a heading (a part's title).
      const label = matchPreambularLabel(this.text, start);
      if (headingEnd >= 0 && !label && !opensWithPreambularOpener(this.text, start)) {
        const heading: Heading = { ...this.lineToken(line), kind: 'heading' };
        this.headings.push(heading);
        if (part.heading && !part.title) part.title = this.lineToken(line);
        this.current = undefined;
        this.headingThrough = headingEnd;
        return;
      }
      const head = readPreambularHead(this.text, start);
      const paragraph: PreambularParagraph = {
        kind: 'preambular',
        start,
        end: line.contentEnd,
        opener: head.opener,
        openerKnown: head.openerKnown,
        contentEnd: line.contentEnd,
      };
      if (head.negotiationLabel) paragraph.negotiationLabel = head.negotiationLabel;
      part.preamble.push(paragraph);
      this.current = paragraph;
      return;
    }
    // A section with a preamble of its own (budget resolutions: `II Estimates …` / `Having
    // considered …,` / `1. Takes note …`) is read as a part: its numbering starts again.
    const section = this.sectionOpenedHere();
    if (section && opensWithPreambularOpener(this.text, start)) {
      // The section is one of the headings: there is a last one.
      const title = this.headings[this.headings.length - 1]!;
      this.newPart();
      this.part.heading = section;
      if (title !== section) this.part.title = this.token(title.start, title.end);
      this.startTextBlock(line, index, sawBlank);
      return;
    }
    // In the operative part: a paragraph that lost its number, a heading, or text belonging to the paragraph above.
    const last = this.current;
    // The paragraph above ended (`;`, `.`, `:`, perhaps followed by a footnote marker `;1`).
    const lastEnded = last === undefined || endsParagraph(this.text, last.end);
    if (lastEnded && opensWithOperativeVerb(this.text, start) && this.previousParagraphNumbered()) {
      const verb = matchOperativeVerb(this.text, start);
      this.addOperative({
        kind: 'operative',
        start,
        end: line.contentEnd,
        verb: verb ? this.token(verb.start, verb.end) : undefined,
        verbKnown: verb?.known ?? false,
        textEnd: line.contentEnd,
        contentEnd: line.contentEnd,
        items: [],
        part: this.parts.length - 1,
        section: this.section,
      });
      return;
    }
    if (headingEnd >= 0) {
      this.headings.push({ ...this.lineToken(line), kind: 'heading' });
      this.current = undefined;
      this.headingThrough = headingEnd;
      return;
    }
    // A preambular paragraph typed after the operative paragraphs began (`Recalling also …,` after
    // a paragraph that ended): not the paragraph above going on, and reported as out of place.
    if (lastEnded && (sawBlank || !this.wrapped) && opensWithPreambularOpener(this.text, start)) {
      this.unrecognised.push({ ...this.lineToken(line), kind: 'unrecognised', misplaced: 'preambular' });
      // Labels after it are no items of the paragraph before it.
      this.current = undefined;
      this.currentOperative = undefined;
      this.itemStack = [];
      return;
    }
    if (last) {
      this.extendCurrent(line);
      return;
    }
    this.addUnrecognised(line);
  }

  /**
   * Whether a text line starts a heading: short, without final punctuation, right before a
   * paragraph. In hard-wrapped print a heading may run over up to four lines, from a blank line
   * to the next (`Budget performance report for the period from 1 July 2018 to 30 June` / `2019`).
   * The index of the heading's last line, or -1.
   */
  private headingEnd(line: Line, index: number, sawBlank: boolean): number {
    if (headingShaped(this.text, line) && this.nextStartsParagraph(index)) return index;
    if (!this.wrapped || !sawBlank) return -1;
    // Not the rest of a paragraph (lower case, `;` or `:` inside, a marker at the end) nor a paragraph
    // opening with a preambular opener or an operative verb.
    if (!opensLikePrintHeading(this.text, line.contentStart)) return -1;
    let length = contentLength(line);
    for (let next = index + 1; next < this.lines.length && next <= index + MAX_HEADING_LINES - 1; next++) {
      const nextLine = this.lines[next]!;
      if (isBlank(nextLine) || this.debrisLine[next]) return -1;
      const nextHead = this.head(nextLine);
      if (NUMBERED.test(nextHead) || PAREN_LABEL.test(nextHead)) return -1;
      length += 1 + contentLength(nextLine);
      if (length > SHORT_LINE) return -1;
      const lineAfter = this.lines[next + 1];
      const blockEnds = lineAfter === undefined || isBlank(lineAfter);
      if (!blockEnds) continue;
      const block = this.text.slice(line.contentStart, nextLine.contentEnd);
      if (/[;:]/.test(block) || /(?:[,;:.]\s*|[A-Za-z)])\d{1,3}$/.test(block)) return -1;
      return !endsWithTerminal(this.text, nextLine) && this.nextStartsParagraph(next) ? next : -1;
    }
    return -1;
  }

  /** The last `length` characters of a line's content (or a footnote's text). */
  private tailOf(span: { contentStart: number; contentEnd: number }, length: number): string {
    return this.text.slice(Math.max(span.contentStart, span.contentEnd - length), span.contentEnd);
  }

  /** The number the next operative paragraph of the part should have. */
  private nextOperativeNumber(): number {
    const operative = this.part.operative;
    for (let index = operative.length - 1; index >= 0; index--) {
      const number = operative[index]!.number;
      if (number) return number.value + 1;
    }
    return 1;
  }

  /** The section heading read last in the operative part, with nothing but its title since, if any. */
  private sectionOpenedHere(): Heading | undefined {
    const operative = this.part.operative;
    const lastOperative = operative[operative.length - 1];
    if (this.current !== undefined || lastOperative === undefined) return undefined;
    const lastParagraph = lastOperative.start;
    // The section's number, perhaps with its title on a line of its own (`II` / `Financial performance report …`).
    for (let index = this.headings.length - 1; index >= 0; index--) {
      const heading = this.headings[index]!;
      if (heading.start <= lastParagraph) break;
      // A section number, or the row of asterisks the Council sets between the parts of a text.
      if (heading.kind === 'section' || /^[*\s\u00A0]+$/.test(heading.text)) return heading;
      if (heading.kind !== 'heading') return undefined;
    }
    return undefined;
  }

  private previousParagraphNumbered(): boolean {
    const operative = this.part.operative;
    return operative[operative.length - 1]?.number !== undefined;
  }

  /** Whether the next line opens with an operative verb (a budget section's single `Approves …;`). */
  private nextOpensWithVerb(index: number): boolean {
    const line = this.nextContentLine(index);
    return line !== undefined && opensWithOperativeVerb(this.text, line.contentStart);
  }

  private nextStartsParagraph(index: number): boolean {
    const line = this.nextContentLine(index);
    if (line === undefined) return false;
    const lineHead = this.head(line);
    return (
      NUMBERED.test(lineHead) ||
      this.isOrganLine(line) !== null ||
      opensWithPreambularOpener(this.text, line.contentStart) ||
      PART_HEADING.test(lineHead) ||
      SECTION_HEADING.test(lineHead)
    );
  }

  /** The next line with text after line `index`, within the lines the heading tests look ahead. */
  private nextContentLine(index: number): Line | undefined {
    for (let next = index + 1; next < this.lines.length && next <= index + LOOK_AHEAD_LINES; next++) {
      const line = this.lines[next]!;
      if (!isBlank(line) && !this.debrisLine[next]) return line;
    }
    return undefined;
  }

  private newPart(): void {
    this.embeddedNext = undefined;
    this.part = { preamble: [], operative: [] };
    this.parts.push(this.part);
    this.current = undefined;
    this.currentOperative = undefined;
    this.itemStack = [];
  }

  /** `Urges all countries …:` followed by `(a)` items, with no number: the part's single operative paragraph. */
  private leadsUnnumberedOperative(paragraph: PreambularParagraph): boolean {
    return this.text[paragraph.end - 1] === ':' && opensWithOperativeVerb(this.text, paragraph.start);
  }

  private convertToOperative(paragraph: PreambularParagraph): void {
    const preamble = this.part.preamble;
    if (preamble[preamble.length - 1] === paragraph) preamble.pop();
    const verb = matchOperativeVerb(this.text, paragraph.start);
    this.addOperative({
      kind: 'operative',
      start: paragraph.start,
      end: paragraph.end,
      verb: verb ? this.token(verb.start, verb.end) : undefined,
      verbKnown: verb?.known ?? false,
      textEnd: paragraph.end,
      contentEnd: paragraph.end,
      items: [],
      part: this.parts.length - 1,
      section: this.section,
    });
  }

  /** A part with no numbered paragraph may still end in one unnumbered operative paragraph (`Decides …`). */
  private promoteUnnumberedOperative(): void {
    this.parts.forEach((part) => {
      // Paragraph 1 that lost its number: the part's numbering starts at 2 and the last "preambular"
      // paragraph opens with an operative verb and does not end with a comma.
      const first = part.operative[0];
      const last = part.preamble[part.preamble.length - 1];
      if (
        first?.number?.value === 2 &&
        last &&
        this.text[last.end - 1] !== ',' &&
        opensWithOperativeVerb(this.text, last.start)
      ) {
        part.preamble.pop();
        const verb = matchOperativeVerb(this.text, last.start);
        part.operative.unshift({
          kind: 'operative',
          start: last.start,
          end: last.end,
          verb: verb ? this.token(verb.start, verb.end) : undefined,
          verbKnown: verb?.known ?? false,
          textEnd: last.end,
          contentEnd: last.end,
          items: [],
          part: first.part,
          section: first.section,
        });
      }
    });
    this.parts.forEach((part, partIndex) => {
      const last = part.preamble[part.preamble.length - 1];
      if (part.operative.length > 0 || last === undefined) return;
      const lastChar = this.text.slice(Math.max(0, last.end - 1), last.end);
      if (lastChar === ',' || !opensWithOperativeVerb(this.text, last.start)) return;
      part.preamble.pop();
      const verb = matchOperativeVerb(this.text, last.start);
      part.operative.push({
        kind: 'operative',
        start: last.start,
        end: last.end,
        verb: verb ? this.token(verb.start, verb.end) : undefined,
        verbKnown: verb?.known ?? false,
        textEnd: last.end,
        contentEnd: last.end,
        items: [],
        part: partIndex,
      });
    });
  }

  // ---------- footnote markers and terminators ----------

  private findMarkers(): Resolution['markers'] {
    // Debris in order of position: the scan skips it with one cursor.
    this.debris.sort((a, b) => a.start - b.start);
    return findMarkers({
      text: this.text,
      title: this.title,
      parts: this.parts,
      headings: this.headings,
      annexes: this.annexes,
      footnotes: this.footnotes,
      debris: this.debris,
      unrecognised: this.unrecognised,
    });
  }

  private computeTerminators(markers: Resolution['markers']): void {
    const markerEnds = markerEndsOf(markers);
    for (const part of this.parts) {
      for (const paragraph of part.preamble) applyTerminators(this.text, paragraph, markerEnds);
      for (const paragraph of part.operative) applyTerminators(this.text, paragraph, markerEnds);
    }
  }

  private resolveOrgan(): Organ {
    const fromLine = this.organLines[0]?.organ;
    if (fromLine) return fromLine;
    const name = this.masthead?.organName?.text;
    if (name && ORGAN_NAMES[name]) return ORGAN_NAMES[name];
    const symbol = this.masthead?.symbol?.text ?? '';
    if (symbol.startsWith('A/HRC/')) return 'HRC';
    if (symbol.startsWith('S/')) return 'SC';
    if (symbol.startsWith('E/')) return 'ECOSOC';
    if (symbol.startsWith('A/')) return 'GA';
    if (this.title && SC_TITLE_LINE.test(this.text.slice(this.title.start, this.title.end))) return 'SC';
    return 'other';
  }
}

/** Parses a resolution. Never throws: anything it cannot place becomes an `unrecognised` node. */
export function parse(text: string): Resolution {
  return new Parser(text).parse();
}
