// Text of the document made safe for HTML, with the same policy as hovers (features/markdown.ts):
// the characters hovers drop are dropped here too, and every character with a meaning in HTML is
// written as an entity, so no markup or script in a draft can reach the page. Unlike hovers, no
// text is cut and no-break spaces are kept: the page is the resolution as printed.
import { UNSAFE_CHARACTERS } from '../features/markdown';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML character data (or a quoted attribute value): runs of spaces, tabs and line breaks become one space. */
export function escapeHtml(text: string): string {
  return text
    .replace(UNSAFE_CHARACTERS, '')
    .replace(/[ \t\r\n]+/g, ' ')
    .replace(/[&<>"']/g, (char) => ENTITIES[char] ?? '');
}
