// What an Akoma Ntoso file says about a resolution's structure, read with a real XML parser, so that
// the UN's files and our exports are compared on the same terms: the figures of the operative
// paragraphs, how many preambular paragraphs, sub-paragraphs and footnotes, and the text of each
// paragraph. Annexes (attachments) are left out of the counts: they are not the resolution's own
// paragraphs. The UN marks some sub-paragraphs up as points and others as plain paragraphs that
// begin with their label (`(a)<TAB>To cooperate…`, `26<TAB>Condemns…`): both count.
import { DOMParser, type Element } from '@xmldom/xmldom';
import { fromAkomaNtoso } from '../../server/src/core/import/akn';

export interface AknOutline {
  operativeNumbers: string[];
  preambular: number;
  subparagraphs: number;
  footnotes: number;
  /** Each paragraph of the text as the import lays it out, white space collapsed. */
  paragraphs: string[];
}

const LABEL = /^\(?(?:[a-z]{1,3}|[ivxlc]+|\d+)\)$/;

function localName(element: Element): string {
  return element.localName ?? element.nodeName;
}

function elements(root: Element, name: string): Element[] {
  return Array.from(root.getElementsByTagName(name));
}

/** Inside an annex, a footnote or a quoted text: not the resolution's own structure. */
function outsideOwnStructure(element: Element): boolean {
  for (let node = element.parentNode as Element | null; node; node = node.parentNode as Element | null) {
    const name = node.nodeType === 1 ? localName(node) : '';
    if (name === 'attachments' || name === 'authorialNote' || name === 'embeddedStructure') return false;
  }
  return true;
}

const textOf = (element: Element | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

const childNamed = (element: Element, name: string): Element | undefined =>
  Array.from(element.childNodes).find(
    (child): child is Element => child.nodeType === 1 && localName(child as Element) === name,
  );

export function aknOutline(xml: string): AknOutline {
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
  if (!root) throw new Error('no root element');
  const own = (name: string): Element[] => elements(root, name).filter(outsideOwnStructure);
  const inMainBody = (element: Element): boolean => {
    for (let node = element.parentNode as Element | null; node; node = node.parentNode as Element | null)
      if (node.nodeType === 1 && localName(node) === 'mainBody') return true;
    return false;
  };
  const operativeNumbers: string[] = [];
  let subparagraphs = own('point').length + own('item').length;
  for (const paragraph of own('paragraph').filter(inMainBody)) {
    // Invisible format characters (a left-to-right mark after `6.`) are not part of the number.
    const num = textOf(childNamed(paragraph, 'num'))
      .replace(/\p{Cf}/gu, '')
      .replace(/\.$/, '');
    // A figure written in the text counts when it continues the numbering (not a table row's `1`).
    const leading = num ? undefined : /^(\d+)\.?\p{Cf}*\s/u.exec(textOf(paragraph))?.[1];
    const next = String(Number(operativeNumbers[operativeNumbers.length - 1] ?? 0) + 1);
    if (/^\d+$/.test(num)) operativeNumbers.push(num);
    else if (leading === next) operativeNumbers.push(leading);
    else if (LABEL.test(num)) subparagraphs++;
    else if (!num && /^\(?(?:[a-z]{1,3}|[ivxlc]+)\)\s/.test(textOf(paragraph))) subparagraphs++;
  }
  const preambular = elements(root, 'preamble')
    .filter(outsideOwnStructure)
    .reduce((count, preamble) => count + elements(preamble, 'container').filter(outsideOwnStructure).length, 0);
  const footnotes = elements(root, 'authorialNote').length;
  const paragraphs = fromAkomaNtoso(xml)
    .text.split(/\n[ \t]*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { operativeNumbers, preambular, subparagraphs, footnotes, paragraphs };
}
