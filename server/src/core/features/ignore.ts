// "Ignore here" and "ignore in this file": the directives of parser/directives.ts written for a
// finding, as fixes the editor offers beside the rule's own.
import type { Resolution } from '../model';
import type { Fix } from '../rules/types';

const lineStartOf = (text: string, offset: number): number => {
  let at = offset;
  while (at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r') at--;
  return at;
};

const isBlankLine = (text: string, start: number): boolean => {
  for (let at = start; at < text.length; at++) {
    const char = text[at];
    if (char === '\n' || char === '\r') return true;
    if (char !== ' ' && char !== '\t' && char !== '\u00a0') return false;
  }
  return true;
};

/**
 * Where the directive for a finding at `offset` goes: above the finding's line — in hard-wrapped
 * print, above the first line of its paragraph (a directive line inside a paragraph would end it).
 */
function paragraphLineStart(model: Resolution, offset: number): number {
  const text = model.text;
  let start = lineStartOf(text, offset);
  if (!model.wrapped) return start;
  while (start > 0) {
    const previous = lineStartOf(text, start - 1);
    if (isBlankLine(text, previous)) break;
    start = previous;
  }
  return start;
}

const lineBreakOf = (text: string): string => (text.includes('\r\n') ? '\r\n' : '\n');

export function ignoreHere(model: Resolution, rule: string, offset: number): Fix {
  const at = paragraphLineStart(model, offset);
  return {
    title: `Ignore ${rule} in this paragraph`,
    edits: [{ start: at, end: at, newText: `<!-- unres-disable-next-line ${rule} -->${lineBreakOf(model.text)}` }],
  };
}

/** At the end of the text: the first line stays the one that tells editors the file is a resolution. */
export function ignoreInFile(model: Resolution, rule: string): Fix {
  const text = model.text;
  const lineBreak = lineBreakOf(text);
  const before = text.length === 0 || text.endsWith('\n') || text.endsWith('\r') ? '' : lineBreak;
  return {
    title: `Ignore ${rule} in this file`,
    edits: [
      { start: text.length, end: text.length, newText: `${before}<!-- unres-disable-file ${rule} -->${lineBreak}` },
    ],
  };
}
