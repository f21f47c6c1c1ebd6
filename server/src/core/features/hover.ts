// Hover on a citation, a document symbol or a footnote marker: what it cites and where each fact
// comes from, with links to the UN's own sites. All text is escaped markdown (see markdown.ts).
import type { Resolution } from '../model';
import type { Citation } from '../citations/types';
import { explainSymbol, gaSessionYears, undocsUrl } from '../citations/symbols';
import type { Catalog, ResolvedFacts } from '../catalog/catalog';
import { ordinalWords } from '../data/ordinals';
import { MONTHS } from '../text/months';
import { escapeMarkdown, unLink } from './markdown';

export interface HoverResult {
  start: number;
  end: number;
  markdown: string;
}

const ORGAN_NAME = {
  GA: 'General Assembly',
  SC: 'Security Council',
  HRC: 'Human Rights Council',
  ECOSOC: 'Economic and Social Council',
  other: 'UN body',
} as const;

/** `2000-11-15` → `15 November 2000`. */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

/** The links every resolution and document gets: undocs.org, the Official Document System PDF, the Digital Library record search. */
export function documentLinks(symbol: string): string {
  const encoded = encodeURIComponent(symbol);
  return [
    unLink('undocs.org', undocsUrl(symbol)),
    unLink('Official Document System (PDF)', `https://documents.un.org/api/symbol/access?s=${encoded}&l=en&t=pdf`),
    unLink(
      'UN Digital Library',
      `https://digitallibrary.un.org/search?ln=en&p=${encodeURIComponent(`191__a:"${symbol}"`)}`,
    ),
  ].join(' · ');
}

function sessionLine(citation: Citation): string | undefined {
  if (citation.organ === 'GA' && citation.specialSession) {
    const emergency = citation.specialSession.startsWith('ES-');
    return `${emergency ? 'emergency special' : 'special'} session ${citation.specialSession.replace(/^E?S-/, '')}`;
  }
  if (citation.organ === 'GA' && citation.session !== undefined) {
    const [from, to] = gaSessionYears(citation.session);
    const words = ordinalWords(citation.session);
    return `${words ?? `session ${citation.session}`}${words ? ' session' : ''}, ${from}–${to}`;
  }
  if (citation.organ === 'HRC' && citation.session !== undefined) {
    const words = ordinalWords(citation.session);
    return words ? `${words} session` : `session ${citation.session}`;
  }
  if (citation.year !== undefined) return String(citation.year);
  return undefined;
}

/**
 * The catalogue's facts, each with where it comes from. A date adopted texts cite is never shown as
 * the record: it reads "as cited in N adopted resolutions". A Council resolution has no title: its
 * record gives the agenda item under which it was adopted, and the library's description.
 */
function factLines(citation: Citation, facts: ResolvedFacts): string[] {
  const lines: string[] = [];
  if (facts.date) {
    const cited = /^as cited in /.test(facts.date.source);
    lines.push(
      `${cited ? 'Date' : 'Adopted'} ${escapeMarkdown(formatIsoDate(facts.date.value))} — *${escapeMarkdown(facts.date.source)}*`,
    );
  }
  if (facts.disputed)
    lines.push(
      `Adopted texts cite ${escapeMarkdown(formatIsoDate(facts.disputed.date))} instead (${facts.disputed.texts} of them)`,
    );
  if (facts.title) {
    const agenda = citation.organ === 'SC' || facts.symbol.startsWith('S/');
    const quoted = /^as cited in /.test(facts.title.source) ? 'as quoted in adopted resolutions' : facts.title.source;
    lines.push(`${agenda ? 'Agenda item: ' : ''}*${escapeMarkdown(facts.title.value)}* — *${escapeMarkdown(quoted)}*`);
  }
  if (facts.description)
    lines.push(
      `${escapeMarkdown(facts.description.charAt(0).toUpperCase() + facts.description.slice(1))} — *UN Digital Library*`,
    );
  return lines;
}

function citationHover(model: Resolution, citation: Citation, catalog: Catalog | undefined): string {
  const lines: string[] = [];
  if (citation.kind === 'self') {
    lines.push('**The present resolution**');
    return lines.join('\n\n');
  }
  if (citation.kind === 'document' && citation.symbol) {
    const explanation = explainSymbol(citation.symbol);
    lines.push(`**${escapeMarkdown(citation.symbol)}** — document symbol`);
    lines.push(escapeMarkdown(explanation.summary));
    // The parts of the symbol, one a line, only where they say more than the summary (`E` is the
    // Economic and Social Council where the summary says ECOSOC): side by side, `A` General Assembly
    // · `59` 59th session read as garble where code spans are not drawn.
    if (
      explanation.components.length > 1 &&
      explanation.components.some((component) => !explanation.summary.includes(component.meaning))
    ) {
      const told = explanation.components.filter((component) => component.meaning !== component.text);
      lines.push(
        told
          .map((component) => `- \`${component.text.replace(/`/g, '')}\` — ${escapeMarkdown(component.meaning)}`)
          .join('\n'),
      );
    }
  } else {
    const symbol = citation.symbol;
    const kind = citation.kind === 'decision' ? 'decision' : 'resolution';
    lines.push(
      symbol
        ? `**${escapeMarkdown(citation.parts && /^[A-Z]$/.test(citation.parts) ? `${symbol} ${citation.parts}` : symbol)}** — ${ORGAN_NAME[citation.organ]} ${kind}`
        : `**${escapeMarkdown(citation.text)}** — ${citation.organ === 'other' ? 'a resolution of another body' : `${ORGAN_NAME[citation.organ]} ${kind}`}`,
    );
    const session = sessionLine(citation);
    if (session) lines.push(escapeMarkdown(session.charAt(0).toUpperCase() + session.slice(1)));
    const facts: ResolvedFacts | undefined = symbol && catalog ? catalog.resolve(symbol, citation.parts) : undefined;
    if (facts) lines.push(...factLines(citation, facts));
    if (citation.date) {
      const cited = formatIsoDate(citation.date.iso);
      if (!facts?.date || facts.date.value !== citation.date.iso)
        lines.push(`Cited${citation.date.inherited ? ' earlier in this text' : ''} as of ${escapeMarkdown(cited)}`);
    }
    if (citation.description) lines.push(`In this text: ${escapeMarkdown(citation.description)}`);
    if (citation.paragraphs)
      lines.push(`Paragraph${/\D/.test(citation.paragraphs) ? 's' : ''} ${escapeMarkdown(citation.paragraphs)}`);
    if (!symbol && citation.organ === 'other')
      lines.push(
        'The organ of this citation is not the General Assembly, the Security Council, the Human Rights Council or ECOSOC; no symbol is assumed.',
      );
    if (symbol && !facts) lines.push('*Not in the catalogues available offline.*');
  }
  if (citation.symbol) lines.push(documentLinks(citation.symbol));
  return lines.join('\n\n');
}

/** The hover at `offset`: a citation or symbol, or a footnote marker (showing its footnote). */
export function hoverAt(
  model: Resolution,
  offset: number,
  citations: readonly Citation[],
  catalog?: Catalog,
): HoverResult | undefined {
  if (!Number.isFinite(offset) || offset < 0 || offset > model.text.length) return undefined;
  const marker = model.markers.find((candidate) => candidate.start <= offset && offset <= candidate.end);
  if (marker) {
    const footnote = model.footnotes.find((candidate) => candidate.number.value === marker.value);
    if (footnote)
      return {
        start: marker.start,
        end: marker.end,
        markdown: `**Footnote ${marker.value}**\n\n${escapeMarkdown(footnote.body.text)}`,
      };
  }
  // The innermost citation under the cursor (a symbol inside a citation's text is its own citation).
  let best: Citation | undefined;
  for (const citation of citations) {
    if (
      citation.start <= offset &&
      offset <= citation.end &&
      (!best || citation.end - citation.start < best.end - best.start)
    )
      best = citation;
  }
  if (!best) return undefined;
  return { start: best.start, end: best.end, markdown: citationHover(model, best, catalog) };
}
