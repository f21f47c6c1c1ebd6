// "unres: Renumber Paragraphs": every operative paragraph and sub-paragraph label put in sequence,
// with `paragraph N above` references following — the numbering rules' own fixes, applied alone,
// whatever severity the project gives those rules.
import { fixAll } from '../fix-all';
import { RULES } from '../rules/registry';
import type { SeveritySetting } from '../rules/types';

const NUMBERING_RULES = new Set(['operative-numbering', 'subparagraph-labels']);

export function renumberText(text: string): { text: string; applied: number } {
  const rules: Record<string, SeveritySetting> = {};
  for (const rule of RULES) rules[rule.meta.id] = NUMBERING_RULES.has(rule.meta.id) ? 'error' : 'off';
  return fixAll(text, { rules });
}
