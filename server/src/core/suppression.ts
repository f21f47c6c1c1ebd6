// Findings a drafter let stand with a directive in the file (parser/directives.ts): dropped after
// every rule has run, so that `byRule` (what an incremental check starts from) keeps them and a
// directive deleted later brings them back without a full check.
import type { Directive, Resolution } from './model';
import type { Diagnostic } from './rules/types';

const covers = (directive: Directive, rule: string): boolean =>
  directive.rules.length === 0 || directive.rules.includes(rule);

export function withoutSuppressed(model: Resolution, diagnostics: Diagnostic[]): Diagnostic[] {
  const directives = model.directives;
  if (directives.length === 0) return diagnostics;
  return diagnostics.filter((diagnostic) => !directives.some((directive) => suppresses(directive, diagnostic)));
}

function suppresses(directive: Directive, diagnostic: Diagnostic): boolean {
  if (!covers(directive, diagnostic.rule)) return false;
  if (directive.scope === 'file') return true;
  const target = directive.target;
  return target !== undefined && diagnostic.start >= target.start && diagnostic.start < target.end;
}
