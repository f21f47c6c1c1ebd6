// "unres: Export Tracked Changes to Word" (`unres.exportTrackedChanges`, issue 19): the draft as a Word
// file whose changes against its base are real tracked changes, which a delegate steps through,
// accepts or rejects in Word. The base is the open comparison's (compare.ts), else picked as the
// comparison picks it; the author is the `unres.export.author` setting, asked for once when it is
// empty. The server makes the file (`unres/exportTrackedChanges`); it is saved as the other exports
// are (export-commands.ts): a save dialog, written whole, never over the draft or its base.
import { commands, ConfigurationTarget, ProgressLocation, Uri, window, workspace, type ExtensionContext } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { TRACKED_DOCX_UNAVAILABLE } from '../../server/src/core/export/formats';
import { pickBase, readBase, type Comparisons } from './compare';
import {
  bytesOf,
  EXPORT_UNAVAILABLE,
  offerToOpen,
  suggestedTarget,
  writeWhole,
  type ExportAnswer,
} from './export-commands';

/** Must match server/src/lsp/tracked-export-request.ts. */
const EXPORT_TRACKED_REQUEST = 'unres/exportTrackedChanges';
export const EXPORT_TRACKED_COMMAND = 'unres.exportTrackedChanges';
const AUTHOR_SETTING = 'export.author';
/** The author of a run that asks nothing (a test, a keybinding with a target) while the setting is empty; the CLI's default too. */
const DEFAULT_AUTHOR = 'unres';
const TITLE = 'Export Tracked Changes to Word';
const NO_DRAFT = 'Open a resolution (.unres) to export it to Word with tracked changes.';

const fileName = (uri: Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/**
 * The name Word shows on each change: the setting, else — when someone is there to answer — asked for
 * and kept in the user settings, so that it is asked once. Undefined when the user cancels.
 */
async function authorName(interactive: boolean): Promise<string | undefined> {
  const configured = workspace.getConfiguration('unres').get<string>(AUTHOR_SETTING)?.trim();
  if (configured) return configured;
  if (!interactive) return DEFAULT_AUTHOR;
  const name = (
    await window.showInputBox({
      title: `${TITLE}: the author of the changes`,
      prompt: 'The name Word shows on each change, e.g. your delegation. Kept in the setting unres.export.author.',
      placeHolder: 'Delegation of …',
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() ? undefined : 'A name, as Word shows it on each change'),
    })
  )?.trim();
  if (!name) return undefined;
  await Promise.resolve(
    workspace.getConfiguration('unres').update(AUTHOR_SETTING, name, ConfigurationTarget.Global),
  ).catch(() => undefined); // Not kept (a read-only profile): asked again next time, the export goes on.
  return name;
}

/**
 * The draft: the one given, the active editor's, else the one of the comparison view in front. The
 * comparison's title-bar button passes the view's own URI (`webview-panel:`), which names no document.
 */
function draftOf(argument: unknown, comparisons: Comparisons): Uri | undefined {
  if (argument instanceof Uri && argument.scheme !== 'webview-panel') return argument;
  const editor = window.activeTextEditor;
  if (editor?.document.languageId === 'unres') return editor.document.uri;
  return comparisons.activeDraft();
}

/**
 * @param draftArg the draft (the editor title's context, a test), else the active one.
 * @param baseArg the base, else the open comparison's, else picked.
 * @param targetArg where to write, skipping the save dialog and the question of the author.
 * @returns the file written, or undefined.
 */
async function exportTracked(
  client: BaseLanguageClient,
  comparisons: Comparisons,
  draftArg?: unknown,
  baseArg?: unknown,
  targetArg?: unknown,
): Promise<Uri | undefined> {
  const target = targetArg instanceof Uri ? targetArg : undefined;
  const draft = draftOf(draftArg, comparisons);
  if (!draft) {
    void window.showErrorMessage(NO_DRAFT);
    return undefined;
  }
  // The server exports open documents: a draft passed as an argument may not be open yet.
  const document =
    workspace.textDocuments.find((open) => open.uri.toString() === draft.toString()) ??
    (await Promise.resolve(workspace.openTextDocument(draft)).catch(() => undefined));
  if (document?.languageId !== 'unres') {
    void window.showErrorMessage(NO_DRAFT);
    return undefined;
  }
  const shown = baseArg instanceof Uri ? undefined : comparisons.baseOf(draft);
  const base = baseArg instanceof Uri ? baseArg : (shown?.uri ?? (await pickBase(draft, client)));
  if (!base) return undefined;
  let baseText: string;
  try {
    baseText = shown?.text ?? (await readBase(base));
  } catch (error) {
    void window.showErrorMessage(`unres could not read ${fileName(base)}: ${String(error)}`);
    return undefined;
  }
  const author = await authorName(!target);
  if (!author) return undefined;
  const chosen =
    target ??
    (await window.showSaveDialog({
      defaultUri: suggestedTarget(draft, 'docx'),
      filters: { Word: ['docx'] },
      saveLabel: 'Export with Tracked Changes',
    }));
  if (!chosen) return undefined;
  if (chosen.toString() === draft.toString() || chosen.toString() === base.toString()) {
    const which = chosen.toString() === draft.toString() ? 'the resolution itself' : 'its base';
    void window.showErrorMessage(`The Word file would replace ${which}; choose another name.`);
    return undefined;
  }
  try {
    const answer = await window.withProgress(
      { location: ProgressLocation.Notification, title: 'Exporting to Word with tracked changes…' },
      () => client.sendRequest<ExportAnswer>(EXPORT_TRACKED_REQUEST, { uri: draft.toString(), baseText, author }),
    );
    await writeWhole(chosen, bytesOf(answer));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unavailable = (error as { code?: number }).code === EXPORT_UNAVAILABLE;
    void (unavailable ? window.showWarningMessage : window.showErrorMessage)(`${TITLE}: ${message}`);
    return undefined;
  }
  if (!target) void offerToOpen(chosen, 'docx');
  return chosen;
}

/**
 * @param canWriteWord false in the web extension: its server has no Word writer, and the command says
 * at once where the file can be made, instead of asking for a base, a name and a place first.
 */
export function registerTrackedExport(
  context: ExtensionContext,
  client: BaseLanguageClient,
  comparisons: Comparisons,
  canWriteWord: boolean,
): void {
  context.subscriptions.push(
    commands.registerCommand(EXPORT_TRACKED_COMMAND, (draft?: unknown, base?: unknown, target?: unknown) => {
      if (canWriteWord) return exportTracked(client, comparisons, draft, base, target);
      void window.showWarningMessage(TRACKED_DOCX_UNAVAILABLE);
      return undefined;
    }),
  );
}
