// Texts made from a fuzzed text for the properties of issue 19's features: the same text with
// negotiation marks (`5 bis.`, `PP3 alt`) or square brackets woven in, and copies of it with one
// paragraph inserted, deleted, moved, split, merged or its items relettered — the edits a base
// resolution undergoes on its way to the next draft. Every choice is taken from a hash of the text,
// so a text always gives the same variants and a counterexample replays.
import { allOperative, allPreambular, type Resolution, type Span } from '../../server/src/core/model';
import { parse } from '../../server/src/core/parser/parse';

/** A small deterministic hash (FNV-1a) of a text: the seed of every choice made on it. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A stream of choices seeded by the text: `next(n)` is in [0, n). */
function chooser(text: string): (n: number) => number {
  let state = hashOf(text) || 1;
  return (n) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return n > 0 ? state % n : 0;
  };
}

const INSERTIONS = ['bis', 'ter', 'quater', 'alt'];
const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;

/**
 * The text with negotiation marks: some numbered lines become `5 bis.`, `5 ter.` or `5 alt.`, and some
 * preambular paragraphs get a `PP3 `, `PP3 bis ` or `PP3 alt.` label in front — or, `anyLine`, some
 * other lines too (a label before a masthead line, where it changes what the line is read as).
 */
export function negotiated(text: string, anyLine = false): string {
  const next = chooser(text);
  const preambular = new Set(allPreambular(parse(text)).map((paragraph) => paragraph.start));
  let label = 1;
  let offset = 0;
  return text.replace(LINE, (line) => {
    const start = offset;
    offset += line.length;
    if (line === '') return line;
    const numbered = /^(\s*\d{1,4})\.([\t  ]|$)/.exec(line);
    if (numbered && next(3) > 0)
      return `${numbered[1]} ${INSERTIONS[next(INSERTIONS.length)]}.${line.slice(numbered[0].length - numbered[2]!.length)}`;
    const indent = /^[^\S\r\n]*/.exec(line)![0];
    const labelled = anyLine ? !numbered && /^[^\S\r\n]*[A-Z]/.test(line) : preambular.has(start + indent.length);
    if (labelled && next(3) < (anyLine ? 1 : 2)) {
      const variant = next(3) === 0 ? ` ${INSERTIONS[next(INSERTIONS.length)]}` : '';
      const written = `PP${next(4) === 0 ? label : label++}${variant}${['', '.', ':'][next(3)]} `;
      return `${indent}${written}${line.slice(indent.length)}`;
    }
    return line;
  });
}

/** The text with square brackets put in: around words, across lines, unbalanced, nested, empty. */
export function bracketed(text: string): string {
  const next = chooser(text);
  const cuts = Array.from({ length: 2 + next(6) }, () => next(text.length + 1)).sort((a, b) => a - b);
  let out = '';
  let from = 0;
  for (const cut of cuts) {
    out += text.slice(from, cut) + ['[', ']', '[', ']', '[]', '[[', ']]'][next(7)];
    from = cut;
  }
  return out + text.slice(from);
}

export type Mutation = 'insert' | 'delete' | 'move' | 'split' | 'merge' | 'reletter';
export const MUTATIONS: readonly Mutation[] = ['insert', 'delete', 'move', 'split', 'merge', 'reletter'];

/** The paragraphs a mutation may act on: every preambular and operative paragraph, in document order. */
const paragraphsOf = (model: Resolution): Span[] =>
  [...allPreambular(model), ...allOperative(model)].sort((a, b) => a.start - b.start);

const splice = (text: string, start: number, end: number, insert: string): string =>
  text.slice(0, start) + insert + text.slice(end);

/**
 * The text with one paragraph changed as `mutation` says, or undefined when the text has nothing it
 * applies to (no paragraph, a single one for a move or a merge, no sub-paragraphs to reletter).
 */
export function mutated(text: string, mutation: Mutation, model: Resolution = parse(text)): string | undefined {
  const paragraphs = paragraphsOf(model);
  const next = chooser(`${mutation}\u0000${text}`);
  const at = paragraphs[next(paragraphs.length)];
  if (!at) return undefined;
  const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  switch (mutation) {
    case 'insert': {
      const operative = allOperative(model).length > 0 && next(2) === 0;
      const paragraph = operative
        ? `${1 + next(9)}. Requests the Secretary-General to report on the implementation of the present resolution;`
        : 'Welcoming the progress made by Member States in the implementation of the Programme,';
      return splice(text, at.end, at.end, `${eol}${eol}${paragraph}`);
    }
    case 'delete':
      return splice(text, at.start, at.end, '');
    case 'move': {
      const to = paragraphs[next(paragraphs.length)];
      if (!to || to === at || paragraphs.length < 2) return undefined;
      const moving = text.slice(at.start, at.end);
      // Insert first when the target lies after the paragraph, so that its offsets stay valid.
      return to.start > at.start
        ? splice(splice(text, to.end, to.end, `${eol}${eol}${moving}`), at.start, at.end, '')
        : splice(splice(text, at.start, at.end, ''), to.start, to.start, `${moving}${eol}${eol}`);
    }
    case 'split': {
      const body = text.slice(at.start, at.end);
      const spaces = [...body.matchAll(/ /g)].map((match) => at.start + match.index);
      const cut = spaces[next(spaces.length)];
      if (cut === undefined) return undefined;
      const numbered = allOperative(model).some((paragraph) => paragraph.start === at.start);
      return splice(text, cut, cut + 1, `;${eol}${eol}${numbered ? `${1 + next(9)}. Also decides ` : 'Recalling '}`);
    }
    case 'merge': {
      const index = paragraphs.indexOf(at);
      const following = paragraphs[index + 1];
      if (!following) return undefined;
      const number = allOperative(model).find((paragraph) => paragraph.start === following.start)?.number;
      return splice(text, at.end, number?.end ?? following.start, ' ');
    }
    case 'reletter': {
      const items = allOperative(model).flatMap((paragraph) => paragraph.items);
      if (items.length === 0) return undefined;
      // Every first-level label one letter on, from the last: `(a)` → `(b)`, as when an item is inserted first.
      let out = text;
      for (const item of [...items].reverse()) {
        const letter = /^\(([a-y])\)/.exec(item.label.text)?.[1];
        if (letter)
          out = splice(
            out,
            item.label.start,
            item.label.start + 3,
            `(${String.fromCharCode(letter.charCodeAt(0) + 1)})`,
          );
      }
      return out === text ? undefined : out;
    }
  }
}

/** The text's mutated copies, one per mutation that applies to it. */
export function mutatedCopies(text: string): { mutation: Mutation; text: string }[] {
  const model = parse(text);
  return MUTATIONS.flatMap((mutation) => {
    const copy = mutated(text, mutation, model);
    return copy === undefined || copy === text ? [] : [{ mutation, text: copy }];
  });
}
