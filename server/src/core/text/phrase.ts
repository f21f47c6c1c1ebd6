// Matching a phrase in running text, where print breaks lines and uses typographic apostrophes.
import { isBlankOrBreakCode } from './blanks';
import { foldCode } from './characters';

/**
 * Matches `phrase` at `position`: a space in the phrase matches any run of blanks and at most one
 * line break, apostrophes and hyphens match their typographic forms. Returns the end, or -1.
 */
export function matchPhrase(text: string, position: number, phrase: string, ignoreCase = false): number {
  let at = position;
  for (let index = 0; index < phrase.length; index++) {
    const wanted = phrase.charCodeAt(index);
    if (wanted === 0x20) {
      if (!isBlankOrBreakCode(text.charCodeAt(at))) return -1;
      let breaks = 0;
      while (at < text.length) {
        const code = text.charCodeAt(at);
        if (!isBlankOrBreakCode(code)) break;
        if (code === 0x0a) breaks++;
        at++;
      }
      if (breaks > 1) return -1;
      continue;
    }
    if (at >= text.length) return -1;
    const folded = foldCode(text.charCodeAt(at));
    if (folded !== wanted) {
      if (!ignoreCase) return -1;
      if (String.fromCharCode(folded).toLowerCase() !== String.fromCharCode(wanted).toLowerCase()) return -1;
    }
    at++;
  }
  return at;
}

/** A phrase's first word: up to its first space, or all of it (`Expresses concern` → `Expresses`). */
export function firstWord(phrase: string): string {
  const space = phrase.indexOf(' ');
  return space < 0 ? phrase : phrase.slice(0, space);
}
