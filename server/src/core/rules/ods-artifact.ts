// ods-artifact: debris of the UN Official Document System in a pasted text — comment tags
// (`[DU1]`), `<<ODS JOB NO>>…` tags, rule lines, page numbers, running heads, job numbers, the
// printed masthead run together — and a footnote separator with no footnote after it. The fix
// deletes each piece: a tag alone, a line of debris with its line break (and the blank lines
// between it and the next debris line or the end of the text).
import type { Debris, DebrisKind, Resolution, Span } from '../model';
import type { Finding, Rule } from './types';

const DESCRIPTIONS: Record<DebrisKind, (text: string) => string> = {
  'ods-tag': (text) => `Document-system tag "${text}" is not part of the resolution; delete it.`,
  'comment-tag': (text) =>
    `Comment tag "${text}" left over from the document system is not part of the resolution; delete it.`,
  'rule-line': () => 'Rule line left over from the printed document is not part of the resolution; delete it.',
  'page-number': (text) =>
    `Page number "${text}" left over from the printed document is not part of the resolution; delete it.`,
  'running-head': (text) =>
    `Running head "${text}" left over from the printed document is not part of the resolution; delete it.`,
  'job-number': (text) =>
    `Job number "${text}" left over from the printed document is not part of the resolution; delete it.`,
  'masthead-run': (text) =>
    `Masthead text run together ("${text}") left over from the printed document is not part of the resolution; delete it.`,
};

const isBlankChar = (char: string | undefined): boolean =>
  char === ' ' ||
  char === '\t' ||
  char === '\u00a0' ||
  char === '\ufeff' ||
  char === '\u200b' ||
  char === '\u202f' ||
  char === '\u2007' ||
  char === '\u000b' ||
  char === '\u000c';

interface LineInfo {
  start: number;
  /** Offset of the line break (or the end of the text). */
  end: number;
  /** Offset after the line break. */
  next: number;
}

function lineAt(text: string, position: number): LineInfo {
  let start = position;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = position;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  const next = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end < text.length ? end + 1 : end;
  return { start, end, next };
}

/** True when the line holds nothing but the given spans and blanks. */
function onlyDebris(text: string, line: LineInfo, spans: readonly Span[]): boolean {
  let position = line.start;
  for (const span of spans) {
    for (; position < span.start; position++) if (!isBlankChar(text[position])) return false;
    position = Math.max(position, span.end);
  }
  for (; position < line.end; position++) if (!isBlankChar(text[position])) return false;
  return true;
}

const isBlankLine = (text: string, line: LineInfo): boolean => {
  for (let position = line.start; position < line.end; position++) if (!isBlankChar(text[position])) return false;
  return true;
};

/**
 * A masthead run is printed masthead text glued together (`United NationsA/RES/59/157General Assembly`);
 * "United Nations," opening a line of hard-wrapped prose is a sentence, not debris.
 */
function isProse(debris: Debris): boolean {
  return debris.debris === 'masthead-run' && /^United Nations(?:[\s,.;:)]|$)/.test(debris.text);
}

/** The next line after `position` that holds anything, or undefined at the end of the text. */
function nextFilledLine(text: string, position: number): string | undefined {
  let line = lineAt(text, position);
  while (line.next < text.length) {
    line = lineAt(text, line.next);
    if (!isBlankLine(text, line)) return text.slice(line.start, line.end).trim();
  }
  return undefined;
}

/** The nearest line before `position` that holds anything. */
function previousFilledLine(text: string, position: number): string | undefined {
  let line = lineAt(text, position);
  while (line.start > 0) {
    line = lineAt(text, line.start - 1);
    if (!isBlankLine(text, line)) return text.slice(line.start, line.end).trim();
  }
  return undefined;
}

/** Signs of a footnote that is not numbered (`* Definitions for the purpose of this resolution only: …`). */
const SIGN_FOOTNOTE = /^(?:\*{1,3}|[†‡§])\s*\S/;

/**
 * Rule lines the document itself prints, which are not debris:
 * - the short rule that ends a document (`-----`, `__________`), with nothing after it;
 * - the line of a signature block, under `(Signed)` in an annexed agreement;
 * - the separator over a footnote marked with a sign (`*`, `†`) rather than a number.
 */
function isOwnRule(text: string, rule: Span): boolean {
  const after = nextFilledLine(text, rule.start);
  if (after === undefined) return true;
  if (SIGN_FOOTNOTE.test(after)) return true;
  return /\(Signed\)|^Signed\b/i.test(previousFilledLine(text, rule.start) ?? '');
}

/**
 * The masthead's own line (`Distr.: General`) at the head of a text whose masthead the parser did
 * not read (a presidential statement: `United Nations`, `S/PRST/2020/11`, `Security Council`,
 * `Distr.: General`): part of the document, not run-together debris. Only short lines without a
 * sentence's punctuation stand before it.
 */
function isOwnMastheadLine(model: Resolution, debris: Debris): boolean {
  if (debris.debris !== 'masthead-run' || !/^Distr\.: ?(?:General|Limited|Restricted)$/.test(debris.text.trim()))
    return false;
  const lines = model.text
    .slice(0, debris.start)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines.length <= 6 && lines.every((line) => line.length <= 60 && !/[.,;:]$/.test(line));
}

export const odsArtifact: Rule = {
  meta: {
    id: 'ods-artifact',
    description:
      'Debris pasted from the UN document system (comment and ODS tags, page numbers, running heads, rule lines) is not part of the resolution.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(model: Resolution) {
    const text = model.text;
    const pieces: { start: number; end: number; message: string }[] = [];
    for (const debris of model.debris) {
      if (debris.start < 0 || debris.end > text.length || debris.end <= debris.start || isProse(debris)) continue;
      if ((debris.debris === 'rule-line' && isOwnRule(text, debris)) || isOwnMastheadLine(model, debris)) continue;
      const shown = debris.text.length > 60 ? `${debris.text.slice(0, 57)}…` : debris.text;
      pieces.push({ start: debris.start, end: debris.end, message: DESCRIPTIONS[debris.debris](shown) });
    }
    // A footnote separator with no footnote after it (pasted from the page foot).
    const separator = model.footnoteSeparator;
    if (
      separator &&
      !model.footnotes.some((footnote) => footnote.start > separator.start) &&
      !isOwnRule(text, separator)
    ) {
      pieces.push({
        start: separator.start,
        end: separator.end,
        message: 'Footnote separator with no footnote after it is not part of the resolution; delete it.',
      });
    }
    pieces.sort((a, b) => a.start - b.start);

    // Group the pieces by line: a line of nothing but debris is deleted whole.
    const groups: { line: LineInfo; pieces: typeof pieces }[] = [];
    for (const piece of pieces) {
      const last = groups[groups.length - 1];
      if (last && piece.start < last.line.next && piece.start >= last.line.start) last.pieces.push(piece);
      else groups.push({ line: lineAt(text, piece.start), pieces: [piece] });
    }
    const wholeLine = groups.map((group) => onlyDebris(text, group.line, group.pieces));

    const findings: Finding[] = [];
    groups.forEach((group, index) => {
      if (wholeLine[index]) {
        // Take the blank lines after it too when only debris lines or the end of the text follow.
        let end = group.line.next;
        let probe = end;
        while (probe < text.length) {
          const line = lineAt(text, probe);
          if (!isBlankLine(text, line)) break;
          probe = line.next;
          if (line.next === line.end) break;
        }
        const nextGroup = groups[index + 1];
        const followedByDebris =
          probe >= text.length || (nextGroup !== undefined && wholeLine[index + 1] && nextGroup.line.start === probe);
        if (followedByDebris) end = probe;
        const edit = { start: group.line.start, end, newText: '' };
        for (const piece of group.pieces)
          findings.push({
            start: piece.start,
            end: piece.end,
            message: piece.message,
            fix: { title: 'Delete the line', edits: [edit] },
          });
        return;
      }
      for (const piece of group.pieces) {
        // Inline tag: delete it with one of the blanks around it when it stands between two.
        let end = piece.end;
        const before = text[piece.start - 1];
        if ((piece.start === group.line.start || isBlankChar(before)) && isBlankChar(text[end])) end++;
        findings.push({
          start: piece.start,
          end: piece.end,
          message: piece.message,
          fix: { title: 'Delete it', edits: [{ start: piece.start, end, newText: '' }] },
        });
      }
    });
    return findings;
  },
};
