// "unres: Export to Word / PDF / Akoma Ntoso / HTML": the server makes the file from the
// document's current text (unres/export); the client asks where to save it and writes it through
// VS Code's file system, so the same commands work on the desktop and on vscode.dev.
import { commands, env, ProgressLocation, Uri, window, workspace, type ExtensionContext } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  defaultExportName,
  FORMAT_EXTENSION,
  FORMAT_LABEL,
  type ExportFormat,
} from '../../server/src/core/export/formats';

/** Must match server/src/lsp/export-request.ts. */
const EXPORT_REQUEST = 'unres/export';
export const EXPORT_UNAVAILABLE = 1;

export const EXPORT_COMMANDS: Record<string, ExportFormat> = {
  'unres.exportToWord': 'docx',
  'unres.exportToPdf': 'pdf',
  'unres.exportToAkomaNtoso': 'akn',
  'unres.exportToHtml': 'html',
};

export type ExportAnswer = { text: string } | { base64: string };

/** `unres.export.layout`: `final` (inserted paragraphs numbered in sequence) unless `negotiation` is asked for. */
const layoutFor = (source: Uri): string =>
  workspace.getConfiguration('unres', source).get<string>('export.layout') === 'negotiation' ? 'negotiation' : 'final';

export function bytesOf(answer: ExportAnswer): Uint8Array {
  if ('text' in answer) return new TextEncoder().encode(answer.text);
  const binary = atob(answer.base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Beside the source, same name, the format's extension; an untitled draft goes to the first workspace folder. */
export function suggestedTarget(source: Uri, format: ExportFormat): Uri | undefined {
  if (source.scheme !== 'untitled') return source.with({ path: defaultExportName(source.path, format) });
  const folder = workspace.workspaceFolders?.[0];
  return folder ? Uri.joinPath(folder.uri, `resolution${FORMAT_EXTENSION[format]}`) : undefined;
}

/**
 * @param sourceArg the document to export (the explorer's or editor title's context), else the active editor's.
 * @param targetArg where to write, skipping the save dialog (tests, keybindings with arguments).
 */
async function exportDocument(
  client: BaseLanguageClient,
  format: ExportFormat,
  sourceArg?: Uri,
  targetArg?: Uri,
): Promise<Uri | undefined> {
  const label = FORMAT_LABEL[format];
  const source = sourceArg ?? window.activeTextEditor?.document.uri;
  const document = source && workspace.textDocuments.find((open) => open.uri.toString() === source.toString());
  if (!source || !document || document.languageId !== 'unres') {
    void window.showErrorMessage(`Open a resolution (.unres) to export it to ${label}.`);
    return undefined;
  }
  const extension = FORMAT_EXTENSION[format].slice(1);
  const target =
    targetArg ??
    (await window.showSaveDialog({
      defaultUri: suggestedTarget(source, format),
      filters: { [label]: [extension] },
      saveLabel: `Export to ${label}`,
    }));
  if (!target) return undefined;
  if (target.toString() === source.toString()) {
    void window.showErrorMessage(`The ${label} file would replace the resolution itself; choose another name.`);
    return undefined;
  }
  try {
    const answer = await window.withProgress(
      { location: ProgressLocation.Notification, title: `Exporting to ${label}…` },
      () =>
        client.sendRequest<ExportAnswer>(EXPORT_REQUEST, { uri: source.toString(), format, layout: layoutFor(source) }),
    );
    await writeWhole(target, bytesOf(answer));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unavailable = (error as { code?: number }).code === EXPORT_UNAVAILABLE;
    void (unavailable ? window.showWarningMessage : window.showErrorMessage)(`Export to ${label}: ${message}`);
    return undefined;
  }
  if (!targetArg) void offerToOpen(target, format);
  return target;
}

/** Whole or not at all: a temporary file beside the target, renamed over it (a failed export leaves the last one). */
export async function writeWhole(target: Uri, bytes: Uint8Array): Promise<void> {
  const temporary = target.with({ path: `${target.path}.unres-${Date.now()}.tmp` });
  await workspace.fs.writeFile(temporary, bytes);
  try {
    await workspace.fs.rename(temporary, target, { overwrite: true });
  } catch (error) {
    await Promise.resolve(workspace.fs.delete(temporary)).catch(() => undefined);
    throw error;
  }
}

export async function offerToOpen(target: Uri, format: ExportFormat): Promise<void> {
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  const choice = await window.showInformationMessage(`Exported ${name}.`, 'Open');
  if (choice !== 'Open') return;
  // Word and PDF open in the program the system gives them; XML and HTML in the editor.
  if (format === 'docx' || format === 'pdf') await env.openExternal(target);
  else await commands.executeCommand('vscode.open', target);
}

export function registerExportCommands(context: ExtensionContext, client: BaseLanguageClient): void {
  for (const [command, format] of Object.entries(EXPORT_COMMANDS)) {
    context.subscriptions.push(
      commands.registerCommand(command, (source?: Uri, target?: Uri) =>
        exportDocument(client, format, source instanceof Uri ? source : undefined, target),
      ),
    );
  }
}
