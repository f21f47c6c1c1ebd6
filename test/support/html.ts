// Reading the HTML renderHtml writes, for the tests: its text as a reader sees it, and the words of
// a resolution that the page must show.
import { UNSAFE_CHARACTERS } from '../../server/src/core/features/markdown';
import type { Resolution, Span } from '../../server/src/core/model';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The text content of HTML without its <style> and <title>: tags dropped, the page's entities decoded. */
export function textContent(html: string): string {
  return html
    .replace(/<(style|title)>[^]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_match, name: string) => ENTITIES[name] ?? '');
}

export const wordsOf = (text: string): string[] => text.replace(UNSAFE_CHARACTERS, '').split(/\s+/).filter(Boolean);

/** The text with the given spans blanked out (offsets kept). */
export function blank(text: string, spans: readonly Span[]): string {
  let result = text;
  for (const span of spans)
    result = result.slice(0, span.start) + ' '.repeat(span.end - span.start) + result.slice(span.end);
  return result;
}

/** The words of the resolution a page must show in order: all but debris, the footnote separator and the footnotes. */
export function bodyWords(model: Resolution): string[] {
  const left = [...model.debris, ...model.footnotes, ...(model.footnoteSeparator ? [model.footnoteSeparator] : [])];
  return wordsOf(blank(model.text, left));
}

/** Where `expected` first fails to appear in `actual` as a subsequence (-1 when it all does). */
export function firstMissing(expected: readonly string[], actual: readonly string[]): number {
  let at = 0;
  for (let index = 0; index < expected.length; index++) {
    while (at < actual.length && actual[at] !== expected[index]) at++;
    if (at === actual.length) return index;
    at++;
  }
  return -1;
}
