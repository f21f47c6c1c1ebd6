// The read-only language features, each a short method over the document's analysis and a pure
// function of the core, converted to protocol types.
import {
  SymbolKind,
  TextEdit,
  type DefinitionParams,
  type DocumentLink,
  type DocumentOnTypeFormattingParams,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type InlayHint,
  type InlayHintParams,
  type Location,
  type LocationLink,
  type Range,
  type ReferenceParams,
  type SemanticTokens,
  type SymbolInformation,
  type TextDocumentPositionParams,
  type WorkspaceSymbolParams,
} from 'vscode-languageserver';
import { foldingSpans } from '../core/features/folding';
import { onEnter } from '../core/features/on-type';
import { formatText } from '../core/features/format';
import { hoverAt, type HoverResult } from '../core/features/hover';
import { documentInfo } from '../core/features/info';
import { inlayLabels } from '../core/features/inlay-labels';
import { definitionAt, documentLinks } from '../core/features/navigation';
import { outline } from '../core/features/symbols';
import { encodeTokens, semanticTokens } from '../core/features/tokens';
import type { CatalogState } from './catalog-state';
import type { Configuration } from './configuration';
import { toDocumentSymbol, toFoldingRange } from './convert';
import { citationsOf, type Analysis, type DocumentChecks, type LiveDocument, type Logger } from './document-checks';

export interface FeatureParts {
  document(uri: string): LiveDocument | undefined;
  checks: DocumentChecks;
  catalogs: CatalogState;
  configuration: Configuration;
  logger: Logger;
  /** The base's wording of the paragraph at `offset`, while a comparison is open for the document. */
  baseWordingAt?(uri: string, analysis: Analysis, offset: number): HoverResult | undefined;
  /** `was OP4` by the paragraphs renumbered or moved since the base, while a comparison is open. */
  formerLabels?(uri: string, analysis: Analysis): Map<number, string>;
}

/** An exception's message with its stack, for the log. */
export const describeError = (error: unknown): string =>
  error instanceof Error ? (error.stack ?? error.message) : String(error);

export class LanguageFeatures {
  constructor(private readonly parts: FeatureParts) {}

  private analysisOf(uri: string) {
    return this.parts.checks.analysisOf(uri);
  }

  /**
   * The document's citations; a failing extraction is logged and the feature goes on without them
   * (hover still explains paragraphs, tokens still mark the structure).
   */
  private citations(uri: string, analysis: Analysis) {
    try {
      return citationsOf(analysis);
    } catch (error) {
      this.parts.logger.error(`unres: reading the citations of ${uri} failed: ${describeError(error)}`);
      return [];
    }
  }

  /** Runs a feature; an exception is logged and answered with `fallback`, as if there were nothing to show. */
  private async guarded<T>(feature: string, uri: string, fallback: T, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      this.parts.logger.error(`unres: ${feature} failed on ${uri}: ${describeError(error)}`);
      return fallback;
    }
  }

  /** `guarded` for a synchronous part of a feature: an exception is logged and the part left out. */
  private guardedSync<T>(feature: string, uri: string, run: () => T | undefined): T | undefined {
    try {
      return run();
    } catch (error) {
      this.parts.logger.error(`unres: ${feature} failed on ${uri}: ${describeError(error)}`);
      return undefined;
    }
  }

  async hover(params: TextDocumentPositionParams): Promise<Hover | null> {
    const analysis = await this.analysisOf(params.textDocument.uri);
    if (!analysis) return null;
    const offset = analysis.index.offsetAt(params.position);
    const citations = this.citations(params.textDocument.uri, analysis);
    await this.parts.catalogs.awaitOnlineFact(citations, offset);
    const found = hoverAt(analysis.result.model, offset, citations, this.parts.catalogs.catalog);
    const base = this.guardedSync('the base wording', params.textDocument.uri, () =>
      this.parts.baseWordingAt?.(params.textDocument.uri, analysis, offset),
    );
    const hover =
      found && base ? { ...found, markdown: `${found.markdown}\n\n---\n\n${base.markdown}` } : (found ?? base);
    if (!hover) return null;
    return {
      contents: { kind: 'markdown', value: hover.markdown },
      range: analysis.index.rangeOf(hover.start, hover.end),
    };
  }

  async links(uri: string): Promise<DocumentLink[]> {
    const analysis = await this.analysisOf(uri);
    if (!analysis) return [];
    return documentLinks(this.citations(uri, analysis)).map((link) => ({
      range: analysis.index.rangeOf(link.start, link.end),
      target: link.url,
    }));
  }

  async definition(params: DefinitionParams): Promise<LocationLink[] | null> {
    const uri = params.textDocument.uri;
    const analysis = await this.analysisOf(uri);
    if (!analysis) return null;
    const definition = definitionAt(
      analysis.result.model,
      analysis.index.offsetAt(params.position),
      this.citations(uri, analysis),
      this.parts.catalogs.catalog,
    );
    if (!definition) return null;
    const origin = analysis.index.rangeOf(definition.origin.start, definition.origin.end);
    if (definition.kind === 'here') {
      const range = analysis.index.rangeOf(definition.span.start, definition.span.end);
      return [{ originSelectionRange: origin, targetUri: uri, targetRange: range, targetSelectionRange: range }];
    }
    const start = { line: 0, character: 0 };
    return [
      {
        originSelectionRange: origin,
        targetUri: definition.uri,
        targetRange: { start, end: start },
        targetSelectionRange: { start, end: start },
      },
    ];
  }

  async references(params: ReferenceParams): Promise<Location[]> {
    const uri = params.textDocument.uri;
    const analysis = await this.analysisOf(uri);
    if (!analysis) return [];
    const offset = analysis.index.offsetAt(params.position);
    // The resolution under the cursor: a citation of it, or the document itself when on its title.
    const citation = this.citations(uri, analysis).find(
      (candidate) => candidate.start <= offset && offset <= candidate.end && candidate.symbol,
    );
    const own = documentInfo(analysis.result.model).symbol;
    const title = analysis.result.model.title;
    const symbol = citation?.symbol ?? (title && title.start <= offset && offset <= title.end ? own : undefined);
    if (!symbol) return [];
    const open = this.parts.document(uri);
    if (open) this.parts.catalogs.workspace.update(uri, open.getText());
    return this.parts.catalogs.workspace.references(symbol);
  }

  tokens(uri: string): Promise<SemanticTokens> {
    return this.guarded('semantic highlighting', uri, { data: [] }, async () => {
      const analysis = await this.analysisOf(uri);
      if (!analysis) return { data: [] };
      return {
        data: encodeTokens(semanticTokens(analysis.result.model, this.citations(uri, analysis)), analysis.index),
      };
    });
  }

  /** The whole document's formatting edits, or those inside `range`. */
  formatting(uri: string, range?: Range): Promise<TextEdit[]> {
    return this.guarded('formatting', uri, [], async () => {
      const analysis = await this.analysisOf(uri);
      if (!analysis) return [];
      const settings = await this.parts.configuration.settingsFor(uri);
      const span = range
        ? { start: analysis.index.offsetAt(range.start), end: analysis.index.offsetAt(range.end) }
        : undefined;
      return formatText(analysis.result.model, {
        noBreakSpaceInDates: settings.noBreakSpaceInDates,
        curlyQuotes: settings.curlyQuotes,
        range: span,
      }).map((edit) => TextEdit.replace(analysis.index.rangeOf(edit.start, edit.end), edit.newText));
    });
  }

  onType(params: DocumentOnTypeFormattingParams): Promise<TextEdit[]> {
    if (params.ch !== '\n') return Promise.resolve([]);
    const uri = params.textDocument.uri;
    return this.guarded('on-type formatting', uri, [], async () => {
      const analysis = await this.analysisOf(uri);
      if (!analysis) return [];
      return onEnter(analysis.result.model, analysis.index.offsetAt(params.position)).map((edit) =>
        TextEdit.replace(analysis.index.rangeOf(edit.start, edit.end), edit.newText),
      );
    });
  }

  async symbols(uri: string): Promise<DocumentSymbol[]> {
    const analysis = await this.analysisOf(uri);
    if (!analysis) return [];
    return outline(analysis.result.model).map((node) => toDocumentSymbol(analysis.index, node));
  }

  async folding(uri: string): Promise<FoldingRange[]> {
    const analysis = await this.analysisOf(uri);
    if (!analysis) return [];
    return foldingSpans(analysis.result.model).flatMap((span) => toFoldingRange(analysis.index, span) ?? []);
  }

  /**
   * `PP3` / `OP5` before the paragraphs in the visible range, unless `unres.inlayLabels.enabled` is
   * off, and `was OP4` by a paragraph renumbered or moved since the base while a comparison is open
   * (shown even with the labels off: the comparison was asked for).
   */
  inlayHints(params: InlayHintParams): Promise<InlayHint[]> {
    const uri = params.textDocument.uri;
    return this.guarded('inlay labels', uri, [], async () => {
      const settings = await this.parts.configuration.settingsFor(uri);
      const analysis = await this.analysisOf(uri);
      if (!analysis) return [];
      const former = this.parts.formerLabels?.(uri, analysis) ?? new Map<number, string>();
      if (!settings.inlayLabels && former.size === 0) return [];
      const from = analysis.index.offsetAt(params.range.start);
      const to = analysis.index.offsetAt(params.range.end);
      const labels = settings.inlayLabels
        ? inlayLabels(analysis.result.model)
        : [...former.keys()].map((offset) => ({ offset, label: '' }));
      return labels
        .filter((label) => from <= label.offset && label.offset <= to)
        .map((label) => {
          const was = former.get(label.offset);
          const text = was ? (label.label ? `${label.label} (${was})` : was) : label.label;
          return { position: analysis.index.positionAt(label.offset), label: text, paddingRight: true };
        });
    });
  }

  workspaceSymbols(params: WorkspaceSymbolParams): SymbolInformation[] {
    return this.parts.catalogs.workspace.search(params.query).map((file) => ({
      name: [file.symbol, file.title].filter(Boolean).join(' — '),
      // A resolution of the workspace, shown as its outline shows its title: a document.
      kind: SymbolKind.File,
      location: { uri: file.uri, range: file.titleRange },
    }));
  }
}
