// A changed paragraph's word changes (base → draft) laid onto the draft's own text: which stretches of
// the draft were inserted, and where each deleted piece of the base stands. The draft's text, not the
// words, is what gets written, so its italics, footnote markers and typed tabs stay as the plain export
// has them; the words only say which of its characters are new and what was taken out between them.
import type { WordChange } from '../compare/types';
import type { FootnoteMarker, Span } from '../model';
import { isBlank } from './docx-runs';

export interface DeletedPiece {
  /** The draft offset the deleted words stand at (after the last draft character before them). */
  at: number;
  text: string;
}

/**
 * Where the draft's text has a footnote reference, the words compared have this character (a
 * private-use one: no text has it), so that a reference kept, inserted or deleted is one like a word.
 */
export const REFERENCE = '\ue000';

/**
 * A marker that prints as a plain superscript number (a number repeated, or one with no note) is, in
 * the words compared, one private-use character for its number from here on: kept, inserted or
 * deleted like a word, and set in superscript again when deleted.
 */
const FIRST_SUPERSCRIPT = 0xf000;
const LAST_SUPERSCRIPT = 0xf8fe;
export const SUPERSCRIPT_ANY = /[\uf000-\uf8fe]/;

/** The character of a superscript number; the number itself, as printed, when it is beyond the range. */
export const superscriptCharacter = (marker: FootnoteMarker): string =>
  FIRST_SUPERSCRIPT + marker.value <= LAST_SUPERSCRIPT
    ? String.fromCharCode(FIRST_SUPERSCRIPT + marker.value)
    : marker.text;

/** The number a superscript character stands for. */
export const superscriptNumber = (character: string): number => character.charCodeAt(0) - FIRST_SUPERSCRIPT;

export interface WordsOnDraft {
  inserted: Span[];
  deletions: DeletedPiece[];
}

/** Typographic variants a comparison may have folded (curly quotes, dashes): the same character here. */
const fold = (character: string): string =>
  character
    .replace(/[\u2018\u2019\u2032]/, "'")
    .replace(/[\u201c\u201d\u2033]/, '"')
    .replace(/[\u2013\u2014]/, '-');

/** The base's neighbours of a piece: the kept or deleted pieces around it (insertions are not the base's). */
function baseNeighbour(words: readonly WordChange[], index: number, step: 1 | -1): WordChange | undefined {
  for (let at = index + step; at >= 0 && at < words.length; at += step) {
    const word = words[at];
    if (word && word.op !== 'insert') return word;
  }
  return undefined;
}

/**
 * A deleted piece with the space the base had around it: a comparison may keep the space with the
 * neighbouring word (`its ` · `earlier` · ` resolution`), and rejecting the change must not glue
 * the words together.
 */
function spacedDeletion(words: readonly WordChange[], index: number, text: string): string {
  const before = baseNeighbour(words, index, -1);
  const after = baseNeighbour(words, index, 1);
  let spaced = text;
  if (before && /\s$/.test(before.text) && !/^\s/.test(spaced)) spaced = ` ${spaced}`;
  if (after && /^\s/.test(after.text) && !/\s$/.test(spaced)) spaced = `${spaced} `;
  return spaced;
}

/**
 * The words mapped onto text[from, to), character by character with blanks ignored; characters the
 * words leave out are allowed only inside `skippable` spans (footnote markers, debris). A REFERENCE
 * in the words is the one of `references` (footnote markers) that starts there, a superscript
 * character the one of `superscripts` with its number. Undefined when the
 * words do not spell the draft's text: the caller then marks the paragraph replaced as a whole.
 */
export function wordsOnDraft(
  text: string,
  from: number,
  to: number,
  words: readonly WordChange[],
  skippable: readonly Span[],
  references: readonly Span[] = [],
  superscripts: readonly FootnoteMarker[] = [],
): WordsOnDraft | undefined {
  const inserted: Span[] = [];
  const deletions: DeletedPiece[] = [];
  let cursor = from;
  /** Where the character matched ends: after a reference's whole marker, else after the character. */
  let matchedEnd = from;
  /** The offset of the next draft character equal to `character`, skipping blanks and skippable spans. */
  const next = (character: string): number | undefined => {
    let position = cursor;
    for (;;) {
      while (position < to && isBlank(text[position] ?? '')) position++;
      if (position >= to) return undefined;
      if (character === REFERENCE) {
        const reference = references.find((span) => span.start === position);
        if (reference) {
          matchedEnd = reference.end;
          return position;
        }
      } else if (SUPERSCRIPT_ANY.test(character)) {
        const superscript = superscripts.find(
          (marker) => marker.start === position && superscriptCharacter(marker) === character,
        );
        if (superscript) {
          matchedEnd = superscript.end;
          return position;
        }
      } else if (fold(text[position] ?? '') === fold(character)) {
        matchedEnd = position + 1;
        return position;
      }
      const skip = skippable.find((span) => span.start <= position && position < span.end);
      if (!skip) return undefined;
      position = skip.end;
    }
  };
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (!word) continue;
    if (word.op === 'delete') {
      if (word.text.trim()) deletions.push({ at: cursor, text: spacedDeletion(words, index, word.text) });
      continue;
    }
    const pieceStart = cursor;
    let first: number | undefined;
    for (let at = 0; at < word.text.length; at++) {
      const character = word.text[at] ?? '';
      if (isBlank(character)) continue;
      const position = next(character);
      if (position === undefined) return undefined;
      first ??= position;
      cursor = matchedEnd;
    }
    // An inserted piece takes the space before it along (` and 59/2`): rejecting it leaves no stray space.
    if (word.op === 'insert' && first !== undefined)
      inserted.push({ start: /^\s/.test(word.text) ? pieceStart : first, end: cursor });
  }
  // Draft text the words never reached (other than markers and debris): they describe another text.
  for (let position = cursor; position < to; position++) {
    if (isBlank(text[position] ?? '')) continue;
    const skip = skippable.find((span) => span.start <= position && position < span.end);
    if (!skip) return undefined;
    position = skip.end - 1;
  }
  return { inserted, deletions };
}
