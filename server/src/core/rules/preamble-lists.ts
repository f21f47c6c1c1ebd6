// Lists in the preamble: a preambular paragraph that ends with a colon and the labelled paragraphs
// after it (`Recalling the principles, namely:` / `(a) That all States …;` / `(b) …,`). The parser
// keeps each item as a preambular paragraph of its own; this reads them as a list, with the same
// label resolution as operative sub-paragraphs, so that subparagraph-labels can check them too.
import type { PreambularParagraph, Resolution, SubParagraph } from '../model';
import { LabelResolver } from '../parser/labels';
import { DOT_LABEL, PAREN_LABEL } from '../parser/lines';

/** The final colon of a paragraph, perhaps before a footnote marker (`namely:3`). */
const ENDS_WITH_COLON = /:\d{0,3}[\s\u00A0]*$/;

function itemOf(model: Resolution, paragraph: PreambularParagraph, resolver: LabelResolver): SubParagraph | undefined {
  const head = model.text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 12));
  const paren = PAREN_LABEL.exec(head);
  const match = paren ?? DOT_LABEL.exec(head);
  if (!match) return undefined;
  const label = match[0].replace(/[\t \u00A0]+$/, '');
  const resolved = resolver.resolve(match[1]!, !paren);
  return {
    kind: 'subparagraph',
    start: paragraph.start,
    end: paragraph.end,
    label: { start: paragraph.start, end: paragraph.start + label.length, text: label },
    style: resolved.style,
    value: resolved.value,
    level: resolved.level,
    textEnd: paragraph.end,
    contentEnd: paragraph.contentEnd,
    terminator: paragraph.terminator,
    children: [],
  };
}

/** Each list of the preamble as its items, nested items under their parents (`(i)` under `(a)`). */
export function preambularLists(model: Resolution): SubParagraph[][] {
  const lists: SubParagraph[][] = [];
  for (const part of model.parts) {
    const preamble = part.preamble;
    for (let index = 0; index + 1 < preamble.length; index++) {
      const lead = preamble[index]!;
      if (!ENDS_WITH_COLON.test(model.text.slice(Math.max(lead.start, lead.end - 8), lead.end))) continue;
      const resolver = new LabelResolver();
      const top: SubParagraph[] = [];
      const stack: SubParagraph[] = [];
      let next = index + 1;
      for (; next < preamble.length; next++) {
        const item = itemOf(model, preamble[next]!, resolver);
        if (!item) break;
        stack.length = Math.min(stack.length, item.level - 1);
        const parent = stack[stack.length - 1];
        if (parent && parent.level === item.level - 1) parent.children.push(item);
        else top.push(item);
        stack.push(item);
      }
      if (top.length > 0) lists.push(top);
      index = next - 1;
    }
  }
  return lists;
}
