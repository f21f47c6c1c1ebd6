// Markdown built from untrusted text (document text, catalogue files, network answers): every
// character with a meaning in markdown or HTML is escaped, control characters dropped, long text
// cut. Links are only built here, only to https: addresses of the UN's own hosts.

const MAX_TEXT = 600;
const UN_HOSTS = new Set(['undocs.org', 'documents.un.org', 'digitallibrary.un.org']);

/**
 * Characters never shown from untrusted text, in hovers and in the printed HTML alike: control
 * characters (but tab and line feed), zero-width and direction marks, and the bidirectional
 * embeddings, overrides and isolates that can make text read otherwise than it is stored.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
export const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Escapes text for display as plain words in markdown (no links, no HTML, no emphasis). */
export function escapeMarkdown(text: string, max = MAX_TEXT): string {
  let clean = text.replace(UNSAFE_CHARACTERS, '').replace(/\s+/g, ' ').trim();
  if (clean.length > max) clean = `${clean.slice(0, max)}…`;
  return clean.replace(/[\\`*_{}[\]()#+\-.!|<>~&"'=:]/g, (char) => `\\${char}`);
}

/** A markdown link, only to an https: URL on a UN host; otherwise the label alone, escaped. */
export function unLink(label: string, url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return escapeMarkdown(label);
  }
  if (parsed.protocol !== 'https:' || !UN_HOSTS.has(parsed.hostname)) return escapeMarkdown(label);
  // Parentheses and spaces in symbols (`S/RES/1373(2001)`) are percent-encoded so the link holds.
  const href = parsed.href.replace(
    /[()\s<>]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${escapeMarkdown(label)}](${href})`;
}
