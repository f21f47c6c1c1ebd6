// Document links and go-to-definition: citations link to undocs.org; a footnote marker leads to its
// footnote, `paragraph 5 above` to paragraph 5, and a citation of a resolution that is a workspace
// file to that file.
import type { Resolution, Span } from '../model';
import type { Citation } from '../citations/types';
import { undocsUrl } from '../citations/symbols';
import type { Catalog } from '../catalog/catalog';
import { internalReferences } from '../rules/internal-reference';
import { numberingGroups } from '../rules/numbering';

export interface DocumentLink extends Span {
  url: string;
}

export function documentLinks(citations: readonly Citation[]): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const citation of citations) {
    if (citation.symbol && citation.kind !== 'self')
      links.push({ start: citation.start, end: citation.end, url: undocsUrl(citation.symbol) });
  }
  return links;
}

export type Definition = { kind: 'here'; span: Span; origin: Span } | { kind: 'file'; uri: string; origin: Span };

export function definitionAt(
  model: Resolution,
  offset: number,
  citations: readonly Citation[],
  catalog?: Catalog,
): Definition | undefined {
  const marker = model.markers.find((candidate) => candidate.start <= offset && offset <= candidate.end);
  if (marker) {
    const footnote = model.footnotes.find((candidate) => candidate.number.value === marker.value);
    if (footnote) return { kind: 'here', span: footnote, origin: marker };
  }
  // `paragraph 5 above` → operative paragraph 5 of the same numbering run.
  const reference = internalReferences(model).find((candidate) => candidate.start <= offset && offset <= candidate.end);
  if (reference) {
    const target = numberingGroups(model)[reference.group]?.find(
      (paragraph) => paragraph.number?.value === reference.target,
    );
    if (target) return { kind: 'here', span: target, origin: reference };
  }
  for (const citation of citations) {
    if (citation.start > offset || offset > citation.end || !citation.symbol) continue;
    const uri = catalog?.resolve(citation.symbol)?.uri;
    if (uri) return { kind: 'file', uri, origin: citation };
  }
  return undefined;
}
