// The Command Palette's unres commands that act on the active resolution or on the server: fix all,
// renumber (in sequence, or inserted `5 bis` paragraphs into the final sequence), show a rule's documentation (rendered), open the log, restart the server. The work is
// the server's (code actions, unres/renumber); these only ask and apply.
import {
  commands,
  Position,
  Range,
  Selection,
  SnippetString,
  Uri,
  window,
  workspace,
  WorkspaceEdit,
  type CodeAction,
  type ExtensionContext,
  type TextEditor,
} from 'vscode';
import type { BaseLanguageClient, TextEdit as LspTextEdit } from 'vscode-languageclient';
import { SKELETONS } from '../../server/src/core/features/completion-templates';

/** Must match server/src/lsp/server.ts and code-actions.ts. */
const RENUMBER_REQUEST = 'unres/renumber';
const RENUMBER_NEGOTIATION_REQUEST = 'unres/renumberNegotiation';
const FIX_ALL_KIND = 'source.fixAll.unres';

function activeResolution(action: string): TextEditor | undefined {
  const editor = window.activeTextEditor;
  if (editor && editor.document.languageId === 'unres') return editor;
  void window.showErrorMessage(`Open a resolution (.unres) to ${action}.`);
  return undefined;
}

async function fixAll(): Promise<void> {
  const editor = activeResolution('fix its problems');
  if (!editor) return;
  const document = editor.document;
  const whole = new Range(0, 0, document.lineCount, 0);
  const actions =
    (await commands.executeCommand<CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      whole,
      FIX_ALL_KIND,
    )) ?? [];
  const edit = actions.find((action) => action.edit)?.edit;
  if (!edit) {
    void window.showInformationMessage('unres: nothing to fix automatically in this resolution.');
    return;
  }
  await workspace.applyEdit(edit);
}

/** Asks the server for a renumbering (`request`) of the active resolution and applies it; `nothing` says there was none to do. */
async function renumber(client: BaseLanguageClient, request: string, nothing: string): Promise<void> {
  const editor = activeResolution('renumber its paragraphs');
  if (!editor) return;
  const document = editor.document;
  const version = document.version;
  let edits: LspTextEdit[];
  try {
    edits = await client.sendRequest<LspTextEdit[]>(request, { uri: document.uri.toString() });
  } catch (error) {
    void window.showErrorMessage(`unres: cannot renumber: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  if (edits.length === 0) {
    void window.showInformationMessage(`unres: ${nothing}`);
    return;
  }
  // The server renumbered the version it held; an edit typed meanwhile wins.
  if (document.version !== version) return;
  const edit = new WorkspaceEdit();
  edit.set(document.uri, await client.protocol2CodeConverter.asTextEdits(edits));
  await workspace.applyEdit(edit);
}

/** The rules, from the settings the extension contributes (`unres.rules.<id>`), with their descriptions. */
function rulesOf(context: ExtensionContext): { id: string; description: string }[] {
  const properties = (
    context.extension.packageJSON as {
      contributes?: { configuration?: { properties?: Record<string, { markdownDescription?: string }> } };
    }
  ).contributes?.configuration?.properties;
  return Object.entries(properties ?? {})
    .filter(([key]) => key.startsWith('unres.rules.'))
    .map(([key, value]) => ({
      id: key.slice('unres.rules.'.length),
      description: (value.markdownDescription ?? '').replace(/^Severity of `[^`]+`: /, ''),
    }));
}

async function showRuleDocumentation(context: ExtensionContext, ruleArg?: unknown): Promise<void> {
  const rules = rulesOf(context);
  let id = typeof ruleArg === 'string' ? ruleArg : undefined;
  if (!id) {
    const picked = await window.showQuickPick(
      rules.map((rule) => ({ label: rule.id, detail: rule.description })),
      { placeHolder: 'Which rule?', matchOnDetail: true },
    );
    id = picked?.label;
  }
  if (!id) return;
  if (!rules.some((rule) => rule.id === id)) {
    void window.showErrorMessage(`unres has no rule "${id}".`);
    return;
  }
  await commands.executeCommand(
    'markdown.showPreview',
    Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}.md`),
  );
}

/** A whole text's skeleton at the cursor (in a new resolution when no editor is open), tab stops in reading order. */
async function insertSkeleton(): Promise<void> {
  const picked = await window.showQuickPick(
    SKELETONS.map((skeleton) => ({ label: skeleton.label, detail: skeleton.description, skeleton })),
    { placeHolder: 'Which text?' },
  );
  if (!picked) return;
  let editor = window.activeTextEditor;
  if (!editor) {
    const document = await workspace.openTextDocument({ language: 'unres', content: '' });
    editor = await window.showTextDocument(document);
  }
  await editor.insertSnippet(new SnippetString(picked.skeleton.body.join('\n')));
}

/**
 * Tab right before a paragraph's final punctuation moves past it, as the snippet's last tab stop
 * did before Escape ended the snippet; anywhere else Tab is Tab. (Bound to Tab outside snippets and
 * suggestions, in resolutions only.)
 */
async function tabPastPunctuation(): Promise<void> {
  const editor = window.activeTextEditor;
  const selection = editor?.selection;
  if (editor && selection && editor.selections.length === 1 && selection.isEmpty && selection.active.character > 0) {
    const { line, character } = selection.active;
    const rest = editor.document.lineAt(line).text.slice(character);
    if (/^[;,.:][\s\u00a0]*$/.test(rest)) {
      const end = new Position(line, character + 1);
      editor.selection = new Selection(end, end);
      return;
    }
  }
  await commands.executeCommand('tab');
}

export function registerCommands(context: ExtensionContext, client: BaseLanguageClient): void {
  const register = (command: string, run: (...args: unknown[]) => unknown): void => {
    context.subscriptions.push(commands.registerCommand(command, run));
  };
  register('unres.fixAll', fixAll);
  register('unres.renumber', () =>
    renumber(client, RENUMBER_REQUEST, 'the paragraphs are already numbered in sequence.'),
  );
  register('unres.renumberNegotiation', () =>
    renumber(client, RENUMBER_NEGOTIATION_REQUEST, 'no inserted paragraph (5 bis., 5 ter., PP3 bis) to renumber.'),
  );
  register('unres.showRuleDocumentation', (rule) => showRuleDocumentation(context, rule));
  register('unres.insertSkeleton', insertSkeleton);
  register('unres.tabPastPunctuation', tabPastPunctuation);
  register('unres.showLog', () => client.outputChannel.show(true));
  register('unres.restartServer', async () => {
    // Not started yet when no resolution has been opened: then this starts it.
    if (client.isRunning()) await client.stop();
    await client.start();
    void window.showInformationMessage('unres: the language server was restarted.');
  });
}
