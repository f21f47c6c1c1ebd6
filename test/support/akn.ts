// Reads the structure the UN's Akoma Ntoso XML gives a resolution, to compare a parse with.
// Only the elements the comparison needs, by pattern: the files are regular machine output.

export interface AknStructure {
  operativeNumbers: string[];
  preambularCount: number;
  labels: string[];
  /** Every reference to a footnote, in order: first references and later repeats. */
  markers: string[];
  /** First references only (the authorialNote elements: one per footnote). */
  footnoteMarkers: string[];
}

const stripTags = (xml: string): string => xml.replace(/<[^>]+>/g, '').trim();

export function readAkn(xml: string): AknStructure {
  // The resolution itself: annexes (attachments) are left out of the structure, not of the markers.
  const attachments = xml.indexOf('<attachments');
  const main = attachments >= 0 ? xml.slice(0, attachments) : xml;
  // A multi-part resolution (A, B…) has one statement per part, each with its own mainBody and preamble.
  const body = [...main.matchAll(/<mainBody[\s\S]*?<\/mainBody>/g)].map((m) => m[0]).join('\n');
  // Footnote texts can themselves contain numbered lists: remove them before counting.
  const bodyNoNotes = body.replace(/<authorialNote[\s\S]*?<\/authorialNote>/g, '');
  // Section headings (`I`, `II`) are paragraphs with a roman num in AKN4UN: only figures count.
  const operativeNumbers = [...bodyNoNotes.matchAll(/<paragraph\b[^>]*>\s*<num>([\s\S]*?)<\/num>/g)]
    .map((m) => stripTags(m[1]!).replace(/\.$/, ''))
    .filter((num) => /^\d+$/.test(num));
  const labels = [...bodyNoNotes.matchAll(/<point\b[^>]*>\s*<num>([\s\S]*?)<\/num>/g)].map((m) => stripTags(m[1]!));
  const preamble = [...main.matchAll(/<preamble[\s\S]*?<\/preamble>/g)]
    .map((m) => m[0])
    .join('\n')
    .replace(/<authorialNote[\s\S]*?<\/authorialNote>/g, '');
  const preambularCount = (preamble.match(/<container\b/g) ?? []).length;
  // A first reference is an authorialNote; a later reference to the same footnote is a bare <sup>N</sup>.
  const markers = [...xml.matchAll(/<authorialNote\b[^>]*\bmarker="([^"]*)"|<sup>(\d+)<\/sup>/g)].map(
    // One of the two alternatives matched.
    (m) => (m[1] ?? m[2])!,
  );
  const footnoteMarkers = [...xml.matchAll(/<authorialNote\b[^>]*\bmarker="([^"]*)"/g)].map((m) => m[1]!);
  return { operativeNumbers, preambularCount, labels, markers, footnoteMarkers };
}
