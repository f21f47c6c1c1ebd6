// `unres.numbering.auto`: when an edit inserted or deleted a line break (a paragraph came or went),
// the next check's renumbering of the paragraphs after it is applied to the document — guarded by
// the document's version, so that an edit made meanwhile wins and nothing is overwritten.
import { TextDocumentEdit, TextEdit, type Connection } from 'vscode-languageserver';
import { renumberFollowing } from '../core/features/auto-numbering';
import type { Analysis, Logger } from './document-checks';
import { describeError } from './features';

export class AutoNumbering {
  /**
   * Per document, after an edit that added or removed a line break: the version, and where the text
   * written last stands (its last character other than a blank) — the paragraph left as typed; none
   * when only blanks or line breaks were written or text was deleted.
   */
  private readonly pending = new Map<string, { version: number; offset?: number }>();

  constructor(
    private readonly connection: Connection,
    private readonly logger: Logger,
  ) {}

  /** Called for every edit on its way in. */
  edited(uri: string, version: number, change: { start: number; end: number; text: string }, removed: string): void {
    const written = change.text.trimEnd().length;
    const offset = written > 0 ? change.start + written - 1 : undefined;
    if (/[\r\n]/.test(change.text) || /[\r\n]/.test(removed)) {
      this.pending.set(uri, { version, offset });
      return;
    }
    const last = this.pending.get(uri);
    if (!last) return;
    // Typing on after the paragraph break: that is the paragraph being written now.
    last.version = version;
    last.offset = offset ?? (last.offset !== undefined && change.start <= last.offset ? change.start : last.offset);
  }

  forget(uri: string): void {
    this.pending.delete(uri);
  }

  /** After a check was published: renumber what follows the paragraph break, when the setting is on. */
  async checked(uri: string, analysis: Analysis, enabled: boolean): Promise<void> {
    const last = this.pending.get(uri);
    if (!last || last.version !== analysis.version) return;
    this.pending.delete(uri);
    if (!enabled) return;
    const { model, diagnostics } = analysis.result;
    const edits = renumberFollowing(model, diagnostics, last.offset);
    if (edits.length === 0) return;
    const index = analysis.index;
    try {
      await this.connection.workspace.applyEdit({
        label: 'Renumber the following paragraphs',
        edit: {
          documentChanges: [
            TextDocumentEdit.create(
              { uri, version: analysis.version },
              edits.map((edit) => TextEdit.replace(index.rangeOf(edit.start, edit.end), edit.newText)),
            ),
          ],
        },
      });
    } catch (error) {
      this.logger.error(`unres: renumbering ${uri} as you go failed: ${describeError(error)}`);
    }
  }
}
