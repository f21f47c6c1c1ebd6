// Completion as the protocol carries it: the core's items encoded for the client (list defaults
// where it takes them), and their documentation kept for `completionItem/resolve`.
import {
  CompletionItemKind,
  InsertTextFormat,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver';
import { complete, type CatalogSource, type CompletionItem as Item } from '../core/features/completion';
import type { Analysis, Logger } from './document-checks';
import { describeError } from './features';

const COMPLETION_KIND = {
  'organ-line': CompletionItemKind.Keyword,
  skeleton: CompletionItemKind.Snippet,
  opener: CompletionItemKind.Keyword,
  verb: CompletionItemKind.Keyword,
  continuation: CompletionItemKind.Snippet,
  number: CompletionItemKind.Value,
  label: CompletionItemKind.EnumMember,
  closing: CompletionItemKind.Snippet,
  citation: CompletionItemKind.Reference,
  state: CompletionItemKind.Constant,
  body: CompletionItemKind.Module,
} as const;

const formatOf = (item: Item): InsertTextFormat =>
  item.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText;

export class CompletionHandler {
  /** The completion list defaults the client understands (LSP 3.17 `itemDefaults`; VS Code's client takes them all). */
  private clientDefaults: ReadonlySet<string> = new Set();
  private requests = 0;
  /** The documentation of the last completion list's items, until the next list. */
  private last: { request: number; documentation: (string | undefined)[] } | undefined;

  constructor(
    private readonly catalog: CatalogSource,
    private readonly logger: Logger,
  ) {}

  /** Whether items may name VS Code's commands (`editor.action.triggerSuggest`): other editors would send them back unknown. */
  private vscodeCommands = false;

  /** The client's `completionList.itemDefaults` capability, and whether it is the VS Code extension's client. */
  initialize(itemDefaults: readonly string[] | undefined, vscodeCommands = false): void {
    this.clientDefaults = new Set(itemDefaults ?? []);
    this.vscodeCommands = vscodeCommands;
  }

  complete(uri: string, analysis: Analysis, position: Position): CompletionList {
    const result = complete(analysis.result.model, analysis.index.offsetAt(position), this.catalog);
    // The core survives its own exceptions and the catalogue's, and hands them over to be logged.
    if (result.error !== undefined)
      this.logger.error(`unres: completion failed on ${uri}: ${describeError(result.error)}`);
    const request = ++this.requests;
    this.last = { request, documentation: result.items.map((item) => item.documentation) };
    const range = analysis.index.rangeOf(result.replaceStart, result.replaceEnd);
    // Where the client takes list defaults, the range and format the items share are sent once
    // (a list of 180 verbs is a third of the bytes), each item keeping only what is its own.
    const shareRange = this.clientDefaults.has('editRange');
    const firstItem = result.items[0];
    const shareFormat =
      this.clientDefaults.has('insertTextFormat') &&
      firstItem !== undefined &&
      result.items.every((item) => formatOf(item) === formatOf(firstItem));
    const items = result.items.map((item, index): CompletionItem => {
      const ownRange =
        (item.replaceStart ?? result.replaceStart) !== result.replaceStart ||
        (item.replaceEnd ?? result.replaceEnd) !== result.replaceEnd;
      const completion: CompletionItem = {
        label: item.label,
        kind: COMPLETION_KIND[item.kind],
        detail: item.detail,
        data: item.documentation ? { request, index } : undefined,
        sortText: item.sortText,
        // The label is what the client filters by when there is no filter text.
        filterText: item.filterText === item.label ? undefined : item.filterText,
        insertTextFormat: shareFormat ? undefined : formatOf(item),
      };
      if (item.preselect) completion.preselect = true;
      // `1.` in the preamble: the verbs of the operative paragraph are offered once it is in.
      if (item.retrigger && this.vscodeCommands)
        completion.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
      if (shareRange && !ownRange) completion.textEditText = item.insertText;
      else
        completion.textEdit = {
          range: ownRange
            ? analysis.index.rangeOf(item.replaceStart ?? result.replaceStart, item.replaceEnd ?? result.replaceEnd)
            : range,
          newText: item.insertText,
        };
      return completion;
    });
    const itemDefaults =
      shareRange || shareFormat
        ? {
            editRange: shareRange ? range : undefined,
            insertTextFormat: shareFormat && firstItem !== undefined ? formatOf(firstItem) : undefined,
          }
        : undefined;
    // Citations and names are filtered by what was typed: ask again as the word changes.
    const first = result.items[0]?.kind;
    return { isIncomplete: first === 'citation' || first === 'state' || first === 'body', itemDefaults, items };
  }

  /** The documentation of an item of the last list; an item of an older list resolves to itself. */
  resolve(item: CompletionItem): CompletionItem {
    const data = item.data as { request?: unknown; index?: unknown } | undefined;
    if (this.last && data && data.request === this.last.request && typeof data.index === 'number') {
      const value = this.last.documentation[data.index];
      if (value) item.documentation = { kind: 'markdown', value };
    }
    return item;
  }
}
