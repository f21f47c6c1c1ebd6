// Runs the rules over a parsed resolution with the severities in force.
import type { Resolution } from './model';
import { parse } from './parser/parse';
import { RULES } from './rules/registry';
import type { Diagnostic, SeveritySetting } from './rules/types';

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
  const diagnostics: Diagnostic[] = [];
  const failures: LintResult['failures'] = [];
  for (const rule of RULES) {
    yield;
    const setting = options.rules?.[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (setting === 'off') continue;
    // A rule's default severity stands for the rule; a rule that reports mixed severities keeps its own when not overridden.
    const overridden = options.rules?.[rule.meta.id] !== undefined;
    try {
      for (const finding of rule.check(model)) {
        diagnostics.push({ ...finding, rule: rule.meta.id, severity: overridden ? setting : finding.severity ?? setting });
      }
    } catch (error) {
      failures.push({ rule: rule.meta.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  diagnostics.sort((a, b) => a.start - b.start || a.end - b.end);
  const cap = options.maxDiagnostics;
  return { model, diagnostics: cap !== undefined && diagnostics.length > cap ? diagnostics.slice(0, cap) : diagnostics, failures };
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintModel(parse(text), options);
}
