// The public surface of the core: what hosts (LSP server, CLI, tests) use.
export * from './model';
export { parse } from './parser/parse';
export { lint, lintModel, type LintOptions, type LintResult } from './lint';
export { RULES, RULES_BY_ID } from './rules/registry';
export * from './rules/types';
export { LineIndex, type Position, type Range } from './text/positions';
export { applyEdits } from './text/edits';
