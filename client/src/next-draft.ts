// "unres: New Draft from This Resolution" (`unres.newDraftFromResolution`, issue 19): the server makes
// the next session's draft of the active adopted text (`unres/nextDraft`); it opens here as a new,
// untitled resolution beside the base, and the comparison with the base opens with it
// (`unres.compareWithBase`), so every change the command made is in the redline.
import { commands, Uri, ViewColumn, window, workspace, type ExtensionContext } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

/** Must match server/src/lsp/next-draft-request.ts. */
const NEXT_DRAFT_REQUEST = 'unres/nextDraft';

interface NextDraftAnswer {
  text: string;
  session?: number;
  recall?: 'appended' | 'replaced' | 'new-paragraph' | 'none';
  notes: string[];
}

async function newDraft(client: BaseLanguageClient, argument?: unknown): Promise<void> {
  const base =
    argument instanceof Uri
      ? await workspace.openTextDocument(argument)
      : window.activeTextEditor?.document.languageId === 'unres'
        ? window.activeTextEditor.document
        : undefined;
  if (!base) {
    void window.showErrorMessage('Open an adopted resolution (.unres) to start the next draft from it.');
    return;
  }
  let answer: NextDraftAnswer;
  try {
    answer = await client.sendRequest<NextDraftAnswer>(NEXT_DRAFT_REQUEST, { uri: base.uri.toString() });
  } catch (error) {
    void window.showErrorMessage(`unres: no new draft: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const draft = await workspace.openTextDocument({ language: 'unres', content: answer.text });
  await window.showTextDocument(draft, { viewColumn: ViewColumn.Beside });
  await commands.executeCommand('unres.compareWithBase', draft.uri, base.uri);
  const recalled =
    answer.recall === 'none' ? ' No paragraph recalls earlier resolutions on the item: the base is not recalled.' : '';
  const notes = answer.notes.length > 0 ? ` (${answer.notes.join('; ')})` : '';
  void window.showInformationMessage(
    `unres: new draft${answer.session ? ` for session ${answer.session}` : ''}: fill in the placeholders (__, [date], [Sponsors]).${recalled}${notes}`,
  );
}

export function registerNextDraft(context: ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(
    commands.registerCommand('unres.newDraftFromResolution', (uri?: unknown) => newDraft(client, uri)),
  );
}
