// Fixtures with the expected diagnostics marked inline: `⟦…⟧` around each reported span.
import { ruleFindings } from '../../server/src/core/lint';
import * as assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parser/parse';
import type { Finding, Rule } from '../../server/src/core/rules/types';
import { applyEdits } from '../../server/src/core/text/edits';

export interface Marked {
  text: string;
  spans: { start: number; end: number }[];
}

/** Strips `⟦` `⟧` markers, returning the clean text and the marked spans in order. */
export function marked(fixture: string): Marked {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  let open = -1;
  for (const char of fixture) {
    if (char === '⟦') open = text.length;
    else if (char === '⟧') {
      spans.push({ start: open, end: text.length });
      open = -1;
    } else text += char;
  }
  return { text, spans };
}

export function findingsOf(rule: Rule, text: string): Finding[] {
  return ruleFindings(rule, parse(text)).sort((a, b) => a.start - b.start);
}

/**
 * Checks that `rule` reports exactly the marked spans (and, when given, these messages); when the
 * findings carry fixes, applies them all and checks the result has no fixable finding left.
 * Returns the fixed text (or the clean text when nothing was reported).
 */
export function checkRule(rule: Rule, fixture: string, messages?: string[]): string {
  const { text, spans } = marked(fixture);
  const findings = findingsOf(rule, text);
  assert.deepEqual(
    findings.map(({ start, end }) => ({ start, end })),
    spans,
    `spans reported by ${rule.meta.id}: ${JSON.stringify(findings.map((finding) => [text.slice(finding.start, finding.end), finding.message]))}`,
  );
  if (messages)
    assert.deepEqual(
      findings.map((finding) => finding.message),
      messages,
    );
  const fixes = findings.flatMap((finding) => (finding.fix ? [finding.fix] : []));
  if (fixes.length === 0) return text;
  const fixed = applyEdits(
    text,
    fixes.flatMap((fix) => fix.edits),
  );
  const left = findingsOf(rule, fixed).filter((finding) => finding.fix);
  assert.deepEqual(
    left.map((finding) => finding.message),
    [],
    `no fixable finding is left after the fixes:\n${fixed}`,
  );
  return fixed;
}
