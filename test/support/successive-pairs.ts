// Pairs of the UN's own successive texts on one item: each adopted resolution with the next one the
// corpus holds with the same organ and title from a later session — what delegates compare every
// year (compare-corpus, the tracked-changes Word test).
import { collapseWhitespace } from '../../server/src/core/compare/word-diff';
import type { Resolution } from '../../server/src/core/model';
import { parse } from '../../server/src/core/parser/parse';
import { corpusTexts, devTexts, organOfFile } from './corpus';

export interface Dated {
  name: string;
  session: number;
  model: Resolution;
}

/** Pairs (earlier, later) of texts of one organ with one title, each with the next session holding it. */
export function successivePairs(): Array<[Dated, Dated]> {
  const byTitle = new Map<string, Dated[]>();
  const seen = new Set<string>();
  for (const { name, text } of [...corpusTexts(), ...devTexts()]) {
    if (seen.has(name)) continue;
    seen.add(name);
    const model = parse(text);
    const title = model.title?.title?.text;
    const session = /^(\d+)\//.exec(model.title?.number?.text ?? '')?.[1];
    if (!title || !session) continue;
    const key = `${organOfFile(name)} ${collapseWhitespace(title)}`;
    const list = byTitle.get(key) ?? [];
    list.push({ name, session: Number(session), model });
    byTitle.set(key, list);
  }
  const pairs: Array<[Dated, Dated]> = [];
  for (const list of byTitle.values()) {
    list.sort((a, b) => a.session - b.session || a.name.localeCompare(b.name));
    for (let index = 0; index + 1 < list.length; index++) {
      const [earlier, later] = [list[index]!, list[index + 1]!];
      if (later.session > earlier.session) pairs.push([earlier, later]);
    }
  }
  return pairs;
}
