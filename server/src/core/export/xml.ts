// Text into XML 1.0 that any parser accepts, whatever the input: the five markup characters escaped,
// and the characters XML 1.0 cannot carry at all (C0 controls other than TAB, LF and CR; U+FFFE,
// U+FFFF; a surrogate without its pair) replaced by U+FFFD, so that the reader sees where one was.

const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- finding the control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The characters XML 1.0 allows, others replaced by U+FFFD. */
export function xmlCharacters(text: string): string {
  return text.replace(FORBIDDEN, '\uFFFD');
}

/** Element content. */
export function escapeText(text: string): string {
  return xmlCharacters(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes (line breaks and tabs as references, so a parser keeps them). */
export function escapeAttribute(text: string): string {
  return escapeText(text)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** `<name a="…">` with the attributes that have a value. */
export function startTag(name: string, attributes: Record<string, string | undefined> = {}): string {
  const written = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join('');
  return `<${name}${written}>`;
}

/** `<name …/>`. */
export function emptyElement(name: string, attributes: Record<string, string | undefined> = {}): string {
  return `${startTag(name, attributes).slice(0, -1)}/>`;
}

/** `<name …>content</name>`, content already XML. */
export function element(name: string, attributes: Record<string, string | undefined>, content: string): string {
  return `${startTag(name, attributes)}${content}</${name}>`;
}
