// Core results → LSP types. The only place besides server.ts that knows the protocol.
import {
  CodeAction,
  CodeActionKind,
  Diagnostic,
  DiagnosticSeverity,
  DocumentSymbol,
  FoldingRange,
  SymbolKind,
  TextEdit,
  type Range,
} from 'vscode-languageserver';
import type { Diagnostic as CoreDiagnostic, Fix, Severity } from '../core/rules/types';
import type { LineIndex } from '../core/text/positions';
import type { OutlineKind, OutlineNode } from '../core/features/symbols';
import type { Span } from '../core/model';

export const SOURCE = 'unres';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** @param docsBase URI of the folder holding the rule pages (`docs/rules/`), ending in `/`. */
export function toDiagnostic(index: LineIndex, diagnostic: CoreDiagnostic, docsBase?: string): Diagnostic {
  return {
    range: index.rangeOf(diagnostic.start, diagnostic.end),
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.rule,
    codeDescription: docsBase ? { href: `${docsBase}${diagnostic.rule}.md` } : undefined,
    source: SOURCE,
    message: diagnostic.message,
  };
}

export function toCodeAction(
  index: LineIndex,
  uri: string,
  fix: Fix,
  diagnostics: Diagnostic[],
  preferred: boolean,
): CodeAction {
  const edits = fix.edits.map((edit) => TextEdit.replace(index.rangeOf(edit.start, edit.end), edit.newText));
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    isPreferred: preferred,
    edit: { changes: { [uri]: edits } },
  };
}

/**
 * The outline's icons (VS Code draws each SymbolKind with its codicon). The Markdown extension shows
 * headings as String; a resolution has more kinds of node, each given the kind whose icon says what
 * it is rather than the generic field:
 *   title → File (the document's own name) · part A, B → Namespace (a named division with its own
 *   preamble and numbering) · preamble, operative part, footnotes → Array (an ordered list of
 *   paragraphs) · section heading → String (a heading, as Markdown) · preambular paragraph → String
 *   (running text, unnumbered) · operative paragraph → Number (a numbered paragraph) ·
 *   sub-paragraph → EnumMember (a labelled item of a sequence: (a), (b)) · closing → Event (the
 *   meeting and date of adoption) · footnote → Key (found by its marker) · annex → Module (a text
 *   attached to the resolution).
 */
const SYMBOL_KIND: Record<OutlineKind, SymbolKind> = {
  title: SymbolKind.File,
  part: SymbolKind.Namespace,
  section: SymbolKind.String,
  preamble: SymbolKind.Array,
  preambular: SymbolKind.String,
  'operative-part': SymbolKind.Array,
  operative: SymbolKind.Number,
  subparagraph: SymbolKind.EnumMember,
  closing: SymbolKind.Event,
  footnotes: SymbolKind.Array,
  footnote: SymbolKind.Key,
  annex: SymbolKind.Module,
};

export function toDocumentSymbol(index: LineIndex, node: OutlineNode): DocumentSymbol {
  const range = index.rangeOf(node.start, node.end);
  const selection = index.rangeOf(
    Math.max(node.start, node.selectionStart),
    Math.min(node.end, Math.max(node.selectionStart, node.selectionEnd)),
  );
  return {
    name: node.name,
    detail: node.detail,
    kind: SYMBOL_KIND[node.kind],
    range,
    selectionRange: selection,
    children: node.children.map((child) => toDocumentSymbol(index, child)),
  };
}

export function toFoldingRange(index: LineIndex, span: Span): FoldingRange | undefined {
  const start = index.positionAt(span.start).line;
  const end = index.positionAt(span.end).line;
  return end > start ? { startLine: start, endLine: end } : undefined;
}

export const rangesOverlap = (a: Range, b: Range): boolean =>
  !(
    a.end.line < b.start.line ||
    (a.end.line === b.start.line && a.end.character < b.start.character) ||
    b.end.line < a.start.line ||
    (b.end.line === a.start.line && b.end.character < a.start.character)
  );
