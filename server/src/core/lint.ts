// Runs the rules over a parsed resolution with the severities in force.
import type { Resolution } from './model';
import { forgetMemo } from './memo';
import { withoutSuppressed } from './suppression';
import { parse } from './parser/parse';
import { WHOLE_TEXT_VIEWS } from './rules/word-index';
import { RULES, RULES_BY_ID } from './rules/registry';
import type { Diagnostic, Finding, Rule, SeveritySetting } from './rules/types';

export interface LintOptions {
  /** Severity per rule id; a rule not named keeps its default. */
  rules?: Readonly<Record<string, SeveritySetting | undefined>>;
  /** At most this many diagnostics are returned (a pathological file cannot flood the editor). */
  maxDiagnostics?: number;
}

export interface LintResult {
  model: Resolution;
  diagnostics: Diagnostic[];
  /** Rules that failed on this input: reported, never thrown. */
  failures: { rule: string; error: string }[];
  /** Every rule's diagnostics, in `RULES` order and uncapped: what an incremental check starts from (incremental/relint.ts). */
  byRule: Diagnostic[][];
  /** For the rules of scope `paragraph`, the diagnostics of `check` alone (without `across`); empty for the others. */
  local: Diagnostic[][];
}

export function lintModel(model: Resolution, options: LintOptions = {}): LintResult {
  const steps = lintSteps(model, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same check, one rule per step: a host that must stay responsive (the language server) runs
 * the steps between other work and abandons them when the document changes meanwhile.
 */
export function* lintSteps(model: Resolution, options: LintOptions = {}): Generator<void, LintResult> {
  const failures: LintResult['failures'] = [];
  const local: Diagnostic[][] = [];
  const byRule: Diagnostic[][] = [];
  for (const rule of RULES) {
    yield;
    const own = runRule(rule, model, options, failures);
    local.push(rule.scope === 'paragraph' ? own : []);
    byRule.push(rule.across ? own.concat(runAcross(rule, model, options, failures)) : own);
  }
  return collect(model, byRule, local, failures, options);
}

/** A rule's `check` over a model, its findings with the severity in force; a failure is recorded, never thrown. */
export function runRule(
  rule: Rule,
  model: Resolution,
  options: LintOptions,
  failures: LintResult['failures'],
): Diagnostic[] {
  return guarded(rule, options, failures, () => rule.check(model));
}

/** A rule's `across` over a model (nothing for a rule without one). */
export function runAcross(
  rule: Rule,
  model: Resolution,
  options: LintOptions,
  failures: LintResult['failures'],
): Diagnostic[] {
  const across = rule.across;
  return across ? guarded(rule, options, failures, () => across.call(rule, model)) : [];
}

function guarded(
  rule: Rule,
  options: LintOptions,
  failures: LintResult['failures'],
  run: () => Finding[],
): Diagnostic[] {
  if (severitySetting(rule, options) === 'off') return [];
  try {
    return withSeverity(rule, run(), options);
  } catch (error) {
    failures.push({ rule: rule.meta.id, error: error instanceof Error ? error.message : String(error) });
    return [];
  }
}

/** Everything a rule reports on a model: its `check` and, for a rule that has one, its `across` part. */
export function ruleFindings(rule: Rule, model: Resolution): Finding[] {
  return rule.across ? rule.check(model).concat(rule.across(model)) : rule.check(model);
}

export const severitySetting = (rule: Rule, options: LintOptions): SeveritySetting =>
  options.rules?.[rule.meta.id] ?? rule.meta.defaultSeverity;

/** A rule's default severity stands for the rule; a rule that reports mixed severities keeps its own when not overridden. */
export function withSeverity(rule: Rule, findings: Finding[], options: LintOptions): Diagnostic[] {
  const setting = severitySetting(rule, options);
  if (setting === 'off') return [];
  const overridden = options.rules?.[rule.meta.id] !== undefined;
  return findings.map((finding) => ({
    ...finding,
    rule: rule.meta.id,
    severity: overridden ? setting : (finding.severity ?? setting),
  }));
}

/** Later occurrences of a form already reported (rules with `repeatsAsInformation`), in document order, as information: copies, `byRule` stays as checked. */
function repeatsAsInformation(model: Resolution, diagnostics: Diagnostic[], options: LintOptions): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.map((diagnostic) => {
    const rule = RULES_BY_ID.get(diagnostic.rule);
    if (
      !rule?.meta.repeatsAsInformation ||
      options.rules?.[diagnostic.rule] !== undefined ||
      diagnostic.severity === 'information' ||
      diagnostic.severity === 'hint'
    )
      return diagnostic;
    const key = `${diagnostic.rule}\u0000${model.text.slice(diagnostic.start, diagnostic.end).replace(/\s+/g, ' ')}`;
    if (!seen.has(key)) {
      seen.add(key);
      return diagnostic;
    }
    return { ...diagnostic, severity: 'information' };
  });
}

/** The diagnostics of all rules in document order, capped. */
export function collect(
  model: Resolution,
  byRule: Diagnostic[][],
  local: Diagnostic[][],
  failures: LintResult['failures'],
  options: LintOptions,
): LintResult {
  const diagnostics = repeatsAsInformation(
    model,
    withoutSuppressed(
      model,
      byRule.flat().sort((a, b) => a.start - b.start || a.end - b.end),
    ),
    options,
  );
  const cap = options.maxDiagnostics;
  return {
    model,
    diagnostics: cap !== undefined && diagnostics.length > cap ? diagnostics.slice(0, cap) : diagnostics,
    failures,
    byRule,
    local,
  };
}

/**
 * Frees what the word-level rules read of the whole text once a check is done: a host that keeps
 * the model (the language server, for hovers and the next incremental check) does not need it —
 * those rules check an edited paragraph on its own (incremental/relint.ts).
 */
export function releaseWholeTextViews(model: Resolution): void {
  forgetMemo(model, WHOLE_TEXT_VIEWS);
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintModel(parse(text), options);
}
