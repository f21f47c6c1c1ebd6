// Code actions: the rules' quick fixes under the cursor, "disable this rule in .unres.json", and
// fix-all (`source.fixAll.unres`, and as a quick fix beside a preferred one).
import {
  CodeActionKind,
  CreateFile,
  TextDocumentEdit,
  TextEdit,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { CONFIG_FILE_NAME, withRuleSeverity } from '../core/config';
import { ignoreHere, ignoreInFile } from '../core/features/ignore';
import { fixAll } from '../core/fix-all';
import { LineIndex } from '../core/text/positions';
import type { Configuration } from './configuration';
import { rangesOverlap, SOURCE, toCodeAction } from './convert';
import { tooLarge, type Analysis, type DocumentChecks, type LiveDocument } from './document-checks';
import type { ProjectFiles } from './host';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.unres`;

export interface CodeActionParts {
  document(uri: string): LiveDocument | undefined;
  configuration: Configuration;
  checks: DocumentChecks;
  /** The workspace folders (a new .unres.json goes in the one holding the document). */
  folders(): string[];
  files?: ProjectFiles;
}

export class CodeActions {
  constructor(private readonly parts: CodeActionParts) {}

  async actions(params: CodeActionParams): Promise<CodeAction[]> {
    const uri = params.textDocument.uri;
    const only = params.context.only;
    if (only && only.every((kind) => kind.startsWith(CodeActionKind.Source))) {
      const wantsFixAll = only.some((kind) => FIX_ALL_KIND.startsWith(kind));
      const action = wantsFixAll ? await this.fixAll(uri) : undefined;
      return action ? [action] : [];
    }
    const analysis = await this.parts.checks.analysisOf(uri, true);
    if (!analysis) return [];
    const actions = this.quickFixes(uri, analysis, params);
    const rulesHere = new Set(
      params.context.diagnostics
        .filter(
          (candidate) =>
            candidate.source === SOURCE && typeof candidate.code === 'string' && candidate.code !== 'config',
        )
        .map((candidate) => candidate.code as string),
    );
    for (const rule of rulesHere) {
      const related = params.context.diagnostics.filter((candidate) => candidate.code === rule);
      actions.push(...this.ignoreActions(analysis, uri, rule, related));
      const action = await this.disableRule(uri, rule, related);
      if (action) actions.push(action);
    }
    if (actions.some((action) => action.isPreferred)) {
      const all = await this.fixAll(uri);
      if (all) actions.push({ ...all, kind: CodeActionKind.QuickFix, title: 'Fix all auto-fixable unres problems' });
    }
    return actions;
  }

  /** The fixes of the diagnostics in the range, each offered once. */
  private quickFixes(uri: string, analysis: Analysis, params: CodeActionParams): CodeAction[] {
    const actions: CodeAction[] = [];
    const seen = new Set<string>();
    for (const diagnostic of analysis.result.diagnostics) {
      if (!diagnostic.fix) continue;
      const range = analysis.index.rangeOf(diagnostic.start, diagnostic.end);
      if (!rangesOverlap(range, params.range)) continue;
      // Diagnostics sharing one fix (renumbering a part) offer it once.
      const key = `${diagnostic.fix.title}|${JSON.stringify(diagnostic.fix.edits)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const related: Diagnostic[] = params.context.diagnostics.filter(
        (candidate) =>
          candidate.source === SOURCE && candidate.code === diagnostic.rule && rangesOverlap(candidate.range, range),
      );
      actions.push(toCodeAction(analysis.index, uri, diagnostic.fix, related, true));
    }
    return actions;
  }

  /** `source.fixAll.unres`: every safe fix, applied until nothing fixable is left, as one edit. */
  private async fixAll(uri: string): Promise<CodeAction | undefined> {
    const document = this.parts.document(uri);
    if (!document) return undefined;
    const { rules, settings } = await this.parts.configuration.rulesFor(uri);
    const text = document.getText();
    if (tooLarge(text, settings)) return undefined;
    const fixed = fixAll(text, { rules });
    if (fixed.applied === 0 || fixed.text === text) return undefined;
    const index = new LineIndex(text);
    return {
      title: `Fix all unres problems (${fixed.applied})`,
      kind: FIX_ALL_KIND,
      edit: { changes: { [uri]: [TextEdit.replace(index.rangeOf(0, text.length), fixed.text)] } },
    };
  }

  /** "Ignore in this paragraph" (above the first finding of the rule here) and "in this file". */
  private ignoreActions(analysis: Analysis, uri: string, rule: string, related: Diagnostic[]): CodeAction[] {
    const first = related[0];
    if (!first) return [];
    const offset = analysis.index.offsetAt(first.range.start);
    return [ignoreHere(analysis.result.model, rule, offset), ignoreInFile(analysis.result.model, rule)].map((fix) =>
      toCodeAction(analysis.index, uri, fix, related, false),
    );
  }

  private async disableRule(
    documentUri: string,
    rule: string,
    diagnostics: Diagnostic[],
  ): Promise<CodeAction | undefined> {
    if (!this.parts.files) return undefined;
    const state = await this.parts.configuration.configFor(documentUri);
    let edit: WorkspaceEdit;
    if (state.uri !== undefined && state.text !== undefined) {
      const index = new LineIndex(state.text);
      edit = {
        changes: {
          [state.uri]: [
            TextEdit.replace(index.rangeOf(0, state.text.length), withRuleSeverity(state.text, rule, 'off')),
          ],
        },
      };
    } else {
      const uri = this.newConfigUri(documentUri);
      edit = {
        documentChanges: [
          CreateFile.create(uri, { ignoreIfExists: true }),
          TextDocumentEdit.create({ uri, version: null }, [
            TextEdit.insert({ line: 0, character: 0 }, withRuleSeverity(undefined, rule, 'off')),
          ]),
        ],
      };
    }
    return { title: `Disable ${rule} in ${CONFIG_FILE_NAME}`, kind: CodeActionKind.QuickFix, diagnostics, edit };
  }

  /** Where a new .unres.json goes: the workspace folder holding the document, else its directory. */
  private newConfigUri(documentUri: string): string {
    const folder = this.parts
      .folders()
      .filter((candidate) => documentUri.startsWith(candidate.endsWith('/') ? candidate : `${candidate}/`))
      .sort((a, b) => b.length - a.length)[0];
    const base = folder ?? documentUri.slice(0, documentUri.lastIndexOf('/'));
    return `${base.replace(/\/$/, '')}/${CONFIG_FILE_NAME}`;
  }
}
