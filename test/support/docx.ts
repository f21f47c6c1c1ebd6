// Reads a .docx the way the tests need it: the parts of the zip as text, and the paragraphs of a
// part as styles and runs (text, italic, footnote reference, superscript), without an XML library.
import { strFromU8, unzipSync } from 'fflate';

export interface DocxRun {
  text: string;
  italic: boolean;
  superscript: boolean;
  /** The Word footnote this run refers to. */
  footnote?: number;
}

export interface DocxParagraph {
  style?: string;
  runs: DocxRun[];
  /** The runs' text, a tab as `\t`, footnote references left out. */
  text: string;
}

export function docxParts(bytes: Uint8Array): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) parts[name] = strFromU8(data);
  return parts;
}

const decode = (xml: string): string =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** A run's italic switch: `<w:i/>` or `<w:i w:val="true"/>`, not `w:val="false"`. */
const isOn = (properties: string, element: string): boolean => {
  const match = new RegExp(`<w:${element}(?: w:val="([^"]*)")?/>`).exec(properties);
  return match !== null && match[1] !== 'false' && match[1] !== '0';
};

export function paragraphsOf(xml: string): DocxParagraph[] {
  const paragraphs: DocxParagraph[] = [];
  for (const match of xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p\s[^>]*>(.*?)<\/w:p>/gs)) {
    const body = match[1] ?? match[2] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1];
    const runs: DocxRun[] = [];
    for (const run of body.matchAll(/<w:r>(.*?)<\/w:r>/gs)) {
      const inner = run[1] ?? '';
      const properties = /<w:rPr>(.*?)<\/w:rPr>/s.exec(inner)?.[1] ?? '';
      const footnote = /<w:footnoteReference w:id="(-?\d+)"\/>/.exec(inner)?.[1];
      let text = '';
      for (const piece of inner.matchAll(/<w:t(?:\s[^>]*)?>(.*?)<\/w:t>|<w:tab\/>/gs))
        text += piece[0] === '<w:tab/>' ? '\t' : decode(piece[1] ?? '');
      runs.push({
        text,
        italic: isOn(properties, 'i'),
        superscript: /<w:vertAlign w:val="superscript"\/>/.test(properties),
        footnote: footnote === undefined ? undefined : Number(footnote),
      });
    }
    paragraphs.push({ style, runs, text: runs.map((run) => run.text).join('') });
  }
  return paragraphs;
}

/** Word footnotes by id (the separators, ids -1 and 0, left out), each as its text. */
export function footnotesOf(xml: string): Map<number, string> {
  const notes = new Map<number, string>();
  for (const match of xml.matchAll(/<w:footnote(?: w:type="[^"]*")? w:id="(-?\d+)">(.*?)<\/w:footnote>/gs)) {
    const id = Number(match[1]);
    if (id <= 0) continue;
    notes.set(
      id,
      paragraphsOf(match[2] ?? '')
        .map((paragraph) => paragraph.text)
        .join('\n'),
    );
  }
  return notes;
}

export const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
