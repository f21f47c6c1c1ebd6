// Every rule, in the order their diagnostics are listed. Adding a rule: one file in this folder,
// one line here, one page in docs/rules/, then `npm run generate` for its setting and schema entry
// (test/unit/metadata.test.ts checks all of them agree).
import type { Rule } from './types';
import { operativeNumbering } from './operative-numbering';
import { subparagraphLabels } from './subparagraph-labels';
import { preamblePunctuation } from './preamble-punctuation';
import { operativePunctuation } from './operative-punctuation';
import { preambleOpener } from './preamble-opener';
import { operativeVerb } from './operative-verb';
import { repeatedVerb } from './repeated-verb';
import { organLine } from './organ-line';
import { closing } from './closing';
import { selfReference } from './self-reference';
import { unSpelling } from './un-spelling';
import { unTerms } from './un-terms';
import { memberStateName } from './member-state-name';
import { spacing } from './spacing';
import { brackets } from './brackets';
import { curlyQuotesRule } from './curly-quotes';
import { odsArtifact } from './ods-artifact';
import { citationDate } from './citation-date';
import { citationForm } from './citation-form';
import { footnotes } from './footnotes';
import { dateFormat } from './date-format';
import { sessionReference } from './session-reference';
import { internalReference } from './internal-reference';

export const RULES: readonly Rule[] = [
  operativeNumbering,
  subparagraphLabels,
  preamblePunctuation,
  operativePunctuation,
  preambleOpener,
  operativeVerb,
  repeatedVerb,
  organLine,
  closing,
  selfReference,
  unSpelling,
  unTerms,
  memberStateName,
  spacing,
  brackets,
  curlyQuotesRule,
  odsArtifact,
  citationDate,
  citationForm,
  footnotes,
  dateFormat,
  sessionReference,
  internalReference,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));
