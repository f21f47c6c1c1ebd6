// Reads a Word document's tracked changes the way Word's "Accept all" and "Reject all" would leave
// it: paragraph by paragraph, each with its style and its text (whitespace-normalised, a tab as a
// space, footnote references left out). Accepting drops deleted runs and joins a paragraph whose
// mark was deleted to the next one; rejecting drops inserted runs, restores deleted text and joins
// a paragraph whose mark was inserted to the next one. No XML library: the document's XML is regular.
import { strFromU8, unzipSync } from 'fflate';
import { decode } from './docx';

export interface ReadParagraph {
  style?: string;
  text: string;
}

export type Reading = 'accept' | 'reject' | 'as-is';

/** The main part of a .docx, `word/document.xml`. */
export function documentXml(bytes: Uint8Array): string {
  const part = unzipSync(bytes)['word/document.xml'];
  if (!part) throw new Error('no word/document.xml in the file');
  return strFromU8(part);
}

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The text of a paragraph's content (its properties removed): w:t, w:delText when asked, tabs as spaces, non-breaking hyphens. */
function contentText(content: string, withDeleted: boolean): string {
  let text = '';
  for (const piece of content.matchAll(/<w:(t|delText)(?:\s[^>]*)?>(.*?)<\/w:\1>|<w:tab\/>|<w:noBreakHyphen\/>/gs)) {
    if (piece[0] === '<w:tab/>') text += ' ';
    // LibreOffice saves a non-breaking hyphen as an element of its own.
    else if (piece[0] === '<w:noBreakHyphen/>') text += '\u2011';
    else if (piece[1] === 't' || withDeleted) text += decode(piece[2] ?? '');
  }
  return text;
}

/**
 * The body's paragraphs after accepting all changes, rejecting all, or as they stand (`as-is`: every
 * run's text, deleted or not, for a document without changes).
 */
export function readParagraphs(xml: string, reading: Reading): ReadParagraph[] {
  const paragraphs: ReadParagraph[] = [];
  let carried = '';
  for (const match of xml.matchAll(/<w:p(?:\s[^>]*)?>(.*?)<\/w:p>/gs)) {
    const body = match[1] ?? '';
    const properties = /<w:pPr>(.*?)<\/w:pPr>/s.exec(body)?.[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(properties)?.[1];
    const markProperties = /<w:rPr>(.*?)<\/w:rPr>/s.exec(properties)?.[1] ?? '';
    const markInserted = /<w:ins\b/.test(markProperties);
    const markDeleted = /<w:del\b/.test(markProperties);
    const content = read(body.replace(/<w:pPr>.*?<\/w:pPr>/s, ''), reading);
    const text = carried + contentText(content, reading !== 'accept');
    // A paragraph mark that goes away joins the paragraph to the next one.
    if ((reading === 'accept' && markDeleted) || (reading === 'reject' && markInserted)) {
      carried = text;
      continue;
    }
    carried = '';
    paragraphs.push({ style, text: normalise(text) });
  }
  if (carried.trim()) paragraphs.push({ text: normalise(carried) });
  return paragraphs;
}

/** The authors of the document's insertions and deletions (run-level and paragraph marks), with how many of each. */
export function trackedChanges(xml: string): { insertions: string[]; deletions: string[] } {
  const authors = (element: string): string[] =>
    [...xml.matchAll(new RegExp(`<w:${element}\\b[^>]*\\bw:author="([^"]*)"`, 'g'))].map((m) => decode(m[1] ?? ''));
  return { insertions: authors('ins'), deletions: authors('del') };
}

/** XML with the runs that a reading takes away removed: deleted (moved-from) ones on accepting, inserted (moved-to) ones on rejecting. */
function read(xml: string, reading: Reading): string {
  // LibreOffice saves a deletion whose words are inserted elsewhere as a move: its source and its destination.
  if (reading === 'accept') return xml.replace(/<w:(del|moveFrom)\b[^>]*>.*?<\/w:\1>/gs, '');
  if (reading === 'reject') return xml.replace(/<w:(ins|moveTo)\b[^>]*>.*?<\/w:\1>/gs, '');
  return xml;
}

/**
 * The notes the body refers to, in the order referred to, as Word's "Accept all" or "Reject all"
 * leaves them (references in deleted or in inserted runs gone), each as its text.
 */
export function referencedNotes(bytes: Uint8Array, reading: Reading): string[] {
  const parts = unzipSync(bytes);
  const notesXml = parts['word/footnotes.xml'] ? strFromU8(parts['word/footnotes.xml']) : '';
  const notes = new Map<string, string>();
  for (const note of notesXml.matchAll(/<w:footnote\b[^>]*\bw:id="(-?\d+)"[^>]*>(.*?)<\/w:footnote>/gs))
    notes.set(note[1] ?? '', normalise(contentText(read(note[2] ?? '', reading), reading !== 'accept')));
  const body = read(documentXml(bytes), reading);
  return [...body.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => notes.get(m[1] ?? '') ?? '?');
}
