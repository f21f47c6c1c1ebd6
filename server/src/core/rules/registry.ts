// Every rule, in the order their diagnostics are listed. Adding a rule: one file in this folder,
// one line here, one page in docs/rules/ (a test checks that each rule has its page).
import type { Rule } from './types';
import { operativeNumbering } from './operative-numbering';

export const RULES: readonly Rule[] = [operativeNumbering];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));
