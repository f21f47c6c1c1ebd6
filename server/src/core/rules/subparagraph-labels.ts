// subparagraph-labels: sub-paragraph labels run in sequence in each list — `(a)` … `(z)`, `(aa)` …;
// `(i)`, `(ii)` … under them; then `a.`, then `i.`. What a label means (`(i)` after `(h)` is the
// letter, `(v)` after `(iv)` is roman five) is decided by the parser's LabelResolver; this rule
// compares each label with its position in its list. Lists in the preamble (`… namely:` / `(a) …`)
// are checked the same way.
import type { LabelStyle, OperativeParagraph, Resolution, SubParagraph } from '../model';
import { formatLabel } from '../parser/labels';
import { preambularLists } from './preamble-lists';
import type { Finding, Fix, Rule, TextEdit } from './types';

/** The lists of one sibling array: items of the same level form one list (a nested item without a parent sits beside its would-be siblings). */
function listsOf(items: SubParagraph[]): SubParagraph[][] {
  // Headings set apart in a list (`(ii) Disarmament …` between lettered items) run in a sequence of
  // their own; the items under such a heading carry on the list above it or start one at 1.
  const lists: SubParagraph[][] = [];
  const open = new Map<string, SubParagraph[]>();
  let afterHeading = new Set<string>();
  for (const item of items) {
    const key = `${item.level}${item.heading === 'apart' ? ' apart' : ''}`;
    let list = open.get(key);
    if (!list || (afterHeading.has(key) && item.value === 1)) {
      list = [];
      lists.push(list);
      open.set(key, list);
    }
    list.push(item);
    afterHeading.delete(key);
    if (item.heading === 'apart') afterHeading = new Set([...open.keys()].filter((other) => other !== key));
  }
  return lists;
}

/** Writes a label in the list's style, keeping the label's form (`(c)` or `c.`). */
function labelFor(style: LabelStyle, value: number): string {
  return formatLabel(style, value);
}

/** The style a list is written in: the style its first item was read in, unless the list starts with a digit label and later ones are letters or numerals. */
function listStyle(list: SubParagraph[]): LabelStyle {
  const first = list[0]!.style; // lists are checked once they have an item
  if (first !== 'digit-paren') return first;
  const other = list.find((item) => item.style !== 'digit-paren');
  return other ? other.style : first;
}

function relabelFix(list: SubParagraph[], style: LabelStyle): Fix {
  const edits: TextEdit[] = [];
  list.forEach((item, index) => {
    const wanted = labelFor(style, index + 1);
    if (item.label.text !== wanted) edits.push({ start: item.label.start, end: item.label.end, newText: wanted });
  });
  const last = labelFor(style, list.length);
  return { title: `Relabel sub-paragraphs ${labelFor(style, 1)}–${last}`, edits };
}

/**
 * @param sure false where the list has headings among its items (read from their punctuation): a
 * break is then a warning and relabelling is not offered, since it could rewrite labels that are right.
 */
function checkList(list: SubParagraph[], findings: Finding[], sure: boolean): void {
  const style = listStyle(list);
  let fix: Fix | undefined;
  const relabel = (): Fix | undefined => (sure ? (fix ??= relabelFix(list, style)) : undefined);
  const severity = sure ? undefined : ('warning' as const);
  let previous = 0;
  list.forEach((item, index) => {
    const position = index + 1;
    const sameStyle = item.style === style;
    const value = sameStyle ? item.value : -1;
    // A label is accepted when it is its position or follows the one before: one inserted or dropped item is reported once.
    if (sameStyle && (value === position || value === previous + 1) && value > 0) {
      previous = value;
      return;
    }
    const expected = labelFor(style, previous + 1);
    let message: string;
    if (!sameStyle)
      message = `Sub-paragraph label ${item.label.text} does not match its list (${labelFor(style, 1)}, ${labelFor(style, 2)} …); expected ${expected}.`;
    else if (index === 0) message = `Sub-paragraph labels start at ${item.label.text}; expected ${expected}.`;
    else if (value === previous)
      message = `Sub-paragraph label ${item.label.text} is used twice; expected ${expected}.`;
    else if (value < previous)
      message = `Sub-paragraph label ${item.label.text} goes back after ${labelFor(style, previous)}; expected ${expected}.`;
    else
      message = `Sub-paragraph label ${item.label.text} skips ${labelFor(style, previous + 1)}${value - previous > 2 ? `–${labelFor(style, value - 1)}` : ''}; expected ${expected}.`;
    findings.push({ start: item.label.start, end: item.label.end, message, fix: relabel(), severity });
    // Carry on from the label as written, so the items after it are not all reported.
    previous = sameStyle && value > 0 ? value : previous + 1;
  });
}

/**
 * Splits a list where it starts again at its first label right after an item ending with a colon:
 * the item introduced a new list the parser could not nest (`(b) … as follows:` `(a) …`).
 */
function segments(model: Resolution, list: SubParagraph[]): SubParagraph[][] {
  const out: SubParagraph[][] = [];
  let current: SubParagraph[] = [];
  list.forEach((item, index) => {
    const before = list[index - 1];
    if (
      before !== undefined &&
      item.value === 1 &&
      item.style === before.style &&
      before.children.length === 0 &&
      before.terminator?.text === ':' &&
      model.text[before.terminator.start] === ':'
    ) {
      out.push(current);
      current = [];
    }
    current.push(item);
  });
  if (current.length > 0) out.push(current);
  return out;
}

function walk(model: Resolution, items: SubParagraph[], findings: Finding[]): void {
  const sure = !items.some((item) => item.heading !== undefined);
  for (const list of listsOf(items)) for (const segment of segments(model, list)) checkList(segment, findings, sure);
  for (const item of items) if (item.children.length > 0) walk(model, item.children, findings);
}

function checkParagraph(model: Resolution, paragraph: OperativeParagraph, findings: Finding[]): void {
  if (paragraph.items.length > 0) walk(model, paragraph.items, findings);
}

export const subparagraphLabels: Rule = {
  meta: {
    id: 'subparagraph-labels',
    description:
      'Sub-paragraph labels run in sequence in each list: (a), (b) … (z), (aa); (i), (ii) …; a., b. …; i., ii. ….',
    defaultSeverity: 'error',
    fixable: true,
  },
  scope: 'paragraph',
  check(model) {
    const findings: Finding[] = [];
    for (const part of model.parts) for (const paragraph of part.operative) checkParagraph(model, paragraph, findings);
    return findings.sort((a, b) => a.start - b.start);
  },
  // A list in the preamble runs over several paragraphs (each item is one).
  across(model) {
    const findings: Finding[] = [];
    for (const list of preambularLists(model)) walk(model, list, findings);
    return findings.sort((a, b) => a.start - b.start);
  },
};
