// The parts of the text no word-level rule looks into: quoted titles (cited as written),
// document-system debris and, for organs whose annexes keep their own wording, the annexes.
// Computed once per model (`memo`) and shared by every rule.
import { houseStyle } from '../data/house-style';
import { memo } from '../memo';
import type { Resolution, Span } from '../model';
import { isBlankOrBreakCode } from '../text/blanks';

/**
 * Text between quotation marks (“…”, "…"): titles of documents and events, quoted words, which
 * are cited as written. A quotation never runs past the end of its line (past a blank line in
 * hard-wrapped print); an unclosed quotation mark quotes nothing. Computed once per model; do not
 * modify the array.
 */
export function quotedSpans(model: Resolution): Span[] {
  return memo(model, 'rules.quotedSpans', computeQuotedSpans);
}

/** The characters that matter to quotations: line breaks (\n, \r\n or a lone \r) and quotation marks. */
const QUOTE_STOPS = /[\n\r\u201c\u201d\u201e"]/g;

function computeQuotedSpans(model: Resolution): Span[] {
  const text = model.text;
  const wrapped = model.wrapped;
  const spans: Span[] = [];
  let open = -1;
  let straight = false;
  /** Start of the current line. */
  let lineStart = 0;
  const stops = new RegExp(QUOTE_STOPS);
  let match: RegExpExecArray | null;
  while ((match = stops.exec(text)) !== null) {
    const index = match.index;
    const code = text.charCodeAt(index);
    // A \r is a line break of its own only when no \n follows (else the \n is).
    if (code === 0x0d && text.charCodeAt(index + 1) === 0x0a) continue;
    if (code === 0x0a || code === 0x0d) {
      if (open >= 0) {
        // In hard-wrapped print a quotation runs on to the next line, but not past a blank line.
        let lineBlank = true;
        if (wrapped) {
          for (let at = lineStart; at < index; at++) {
            if (!isBlankOrBreakCode(text.charCodeAt(at))) {
              lineBlank = false;
              break;
            }
          }
        }
        if (!wrapped || lineBlank) open = -1;
      }
      lineStart = index + 1;
    } else if (code === 0x201c || code === 0x201e) {
      open = index;
      straight = false;
    } else if (code === 0x201d) {
      if (open >= 0 && !straight) spans.push({ start: open, end: index + 1 });
      open = -1;
    } else {
      if (open >= 0 && straight) {
        spans.push({ start: open, end: index + 1 });
        open = -1;
      } else if (open < 0) {
        open = index;
        straight = true;
      }
    }
  }
  return spans;
}

/** Spans no word-level rule looks into: quotations, document-system debris and directives, merged and sorted. Computed once per model; do not modify the array. */
export function excludedSpans(model: Resolution): Span[] {
  return memo(model, 'rules.excludedSpans', computeExcludedSpans);
}

function computeExcludedSpans(model: Resolution): Span[] {
  const annexes = houseStyle(model.organ).annexesKeepTheirWording ? model.annexes : [];
  const all = [...quotedSpans(model), ...model.debris, ...model.directives, ...annexes].map(({ start, end }) => ({
    start,
    end,
  }));
  // Quoted spans come sorted; the debris, directives and annexes are merged in by a (stable) sort.
  if (model.debris.length > 0 || model.directives.length > 0 || annexes.length > 0)
    all.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of all) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push(span);
  }
  return merged;
}
