// Fix-all: applies every fix the rules offer, re-checking between passes, until nothing fixable is
// left. Idempotent: fixing fixed text changes nothing.
import { lint, type LintOptions } from './lint';
import { applyEdits } from './text/edits';

const MAX_PASSES = 10;

export interface FixAllResult {
  text: string;
  /** How many fixes were applied in all. */
  applied: number;
}

export function fixAll(text: string, options: LintOptions = {}): FixAllResult {
  let current = text;
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = [];
    let taken = 0;
    let reach = -1;
    // One fix per diagnostic, in order; a fix overlapping one already taken waits for the next pass.
    const seen = new Set<string>();
    for (const diagnostic of lint(current, { ...options, maxDiagnostics: undefined }).diagnostics) {
      const fix = diagnostic.fix;
      if (!fix || fix.edits.length === 0) continue;
      const key = JSON.stringify(fix.edits);
      if (seen.has(key)) continue;
      seen.add(key);
      const sorted = [...fix.edits].sort((a, b) => a.start - b.start);
      const first = sorted[0];
      if (first === undefined || first.start <= reach) continue;
      edits.push(...sorted);
      reach = Math.max(reach, ...sorted.map((edit) => edit.end));
      taken++;
    }
    if (taken === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    current = next;
    applied += taken;
  }
  return { text: current, applied };
}
