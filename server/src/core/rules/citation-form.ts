// citation-form: citations written the way the UN writes them in running text — a complete
// session/number (`resolution 55/`, `A/RES//25` are broken), the text form rather than the library
// symbol after "resolution" (`resolution 1373 (2001)`, not `resolution S/RES/1373(2001)`), and a
// space before the parenthesised year or session (`1373 (2001)`, `2625 (XXV)`), and a space after
// the comma between a date's year and the next citation (`2020, 76/69`, not `2020,76/69`). Council
// texts may cite the other organs' resolutions by their library symbol.
import { extractCitations } from '../citations/extract';
import type { Resolution } from '../model';
import type { Finding, Rule } from './types';

const TRUNCATED = /\b([Rr]esolutions?|[Dd]ecisions?)[\s\u00A0]+((?:E?S-)?\d{1,4}\/)(?![\d\w])/g;
const EMPTY_COMPONENT = /(?<![\w/:.-])(?:A|S|E)(?:\/[A-Za-z0-9.-]+)*\/\/[A-Za-z0-9.\-/]*[A-Za-z0-9]/g;
const LIBRARY_AFTER_TRIGGER = /\b[Rr]esolutions?[\s\u00A0]+$/;
/** `December 2020,76/69 of 9 December 2021`: a year, a comma glued to a session/number, and the date the next citation may carry. */
const GLUED_AFTER_YEAR =
  /\b((?:19|20)\d\d),(\d{2,3})\/\d{1,3}(?![\d/])(?:[\s\u00A0]+[A-Z])?(?:[\s\u00A0]+of[\s\u00A0]+\d{1,2}[\s\u00A0]+[A-Z][a-z]+[\s\u00A0]+((?:19|20)\d\d))?/g;

/**
 * True when `session` can be a General Assembly session cited next to `year`: a footnote marker
 * glued after the comma (`2012,727/5` is 2012, marker 7, 27/5) gives a session that cannot be.
 * With the citation's own date the session must be that year's (session 76 ran 2021–2022); without
 * it, within a year or so of the date before the comma.
 */
function plausibleSession(session: number, year: number, ownYear: number | undefined): boolean {
  if (ownYear !== undefined) return session >= ownYear - 1946 && session <= ownYear - 1945;
  return session >= year - 1946 && session <= year - 1944;
}

/** `S/RES/1373(2001)` → `1373 (2001)`; `A/RES/55/25` → `55/25`; `A/RES/217(III)` → `217 (III)`. */
export function runningForm(symbol: string): string | undefined {
  const match = /^(?:A\/HRC|A|S|E)\/(?:RES|DEC)\/(.+)$/.exec(symbol);
  if (!match) return undefined;
  return match[1]!.replace(/[\s\u00A0]*\(/, ' (');
}

/** Spans of the text the rule does not read: masthead and pasted ODS debris. */
function excluded(model: Resolution): { start: number; end: number }[] {
  const spans = model.debris.map((debris) => ({ start: debris.start, end: debris.end }));
  if (model.masthead) spans.push({ start: model.masthead.start, end: model.masthead.end });
  return spans;
}

export const citationForm: Rule = {
  meta: {
    id: 'citation-form',
    description: 'Citations are complete and in running-text form: resolution 55/25, resolution 1373 (2001).',
    defaultSeverity: 'warning',
    fixable: true,
  },
  scope: 'paragraph',
  check(model: Resolution): Finding[] {
    const text = model.text;
    const findings: Finding[] = [];
    const skip = excluded(model);
    const skipped = (position: number): boolean => skip.some((span) => position >= span.start && position < span.end);

    TRUNCATED.lastIndex = 0;
    for (let match = TRUNCATED.exec(text); match; match = TRUNCATED.exec(text)) {
      const symbol = match[2]!;
      const start = match.index + match[0].length - symbol.length;
      if (skipped(start)) continue;
      findings.push({
        start,
        end: start + symbol.length,
        message: `The citation "${match[1]} ${match[2]}" has no number after the slash; write session/number, as in ${match[1]} 55/25.`,
      });
    }
    EMPTY_COMPONENT.lastIndex = 0;
    for (let match = EMPTY_COMPONENT.exec(text); match; match = EMPTY_COMPONENT.exec(text)) {
      if (skipped(match.index)) continue;
      findings.push({
        start: match.index,
        end: match.index + match[0].length,
        message: `The symbol "${match[0]}" has an empty component (two slashes); a symbol reads like A/RES/55/25.`,
      });
    }

    GLUED_AFTER_YEAR.lastIndex = 0;
    for (let match = GLUED_AFTER_YEAR.exec(text); match; match = GLUED_AFTER_YEAR.exec(text)) {
      const comma = match.index + match[1]!.length;
      if (
        skipped(comma) ||
        !plausibleSession(Number(match[2]), Number(match[1]), match[3] === undefined ? undefined : Number(match[3]))
      )
        continue;
      const cited = /^\d+\/\d+/.exec(text.slice(comma + 1, comma + 9))![0];
      findings.push({
        start: match.index,
        end: comma + 1 + cited.length,
        message: `A space goes after the comma before the next citation: write "${match[1]}, ${cited}".`,
        fix: { title: 'Add a space after the comma', edits: [{ start: comma + 1, end: comma + 1, newText: ' ' }] },
      });
    }

    for (const citation of extractCitations(model)) {
      if (skipped(citation.start)) continue;
      if (
        (citation.kind === 'resolution' || citation.kind === 'decision') &&
        citation.organSource === 'symbol' &&
        citation.symbol
      ) {
        if (/^https?:/i.test(citation.text)) continue;
        // The Security Council routinely cites the other organs' resolutions by their library
        // symbol (`General Assembly resolution A/RES/50/81`, a third of its Assembly citations):
        // its house style. Its own are cited `resolution 2282 (2016)`.
        if (model.organ === 'SC' && citation.organ !== 'SC') continue;
        const before = text.slice(Math.max(0, citation.start - 16), citation.start);
        const running = runningForm(citation.symbol);
        if (running && LIBRARY_AFTER_TRIGGER.test(before)) {
          findings.push({
            start: citation.start,
            end: citation.end,
            message: `In running text a resolution is cited as "resolution ${running}", not by its library symbol ${citation.text}.`,
            fix: {
              title: `Write "${running}"`,
              edits: [{ start: citation.start, end: citation.end, newText: running }],
            },
          });
        }
        continue;
      }
      if (citation.kind !== 'resolution' && citation.kind !== 'decision' && citation.kind !== 'self') continue;
      if (citation.organSource === 'symbol') continue;
      // `1373(2001)`, `2625(XXV)`: a space goes before the parenthesis.
      const glued = /(\d{1,4})(\((?:\d{4}|(?:ES-|S-)?[IVXLC]{1,8})\))/.exec(citation.text);
      if (glued) {
        const start = citation.start + glued.index;
        const at = start + glued[1]!.length;
        findings.push({
          start,
          end: start + glued[0].length,
          message: `A space goes between ${glued[1]} and ${glued[2]}: write ${glued[1]} ${glued[2]}.`,
          fix: { title: `Write "${glued[1]} ${glued[2]}"`, edits: [{ start: at, end: at, newText: ' ' }] },
        });
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
