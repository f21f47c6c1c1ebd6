// The live preview's content: the resolution as printed (core/export/html.ts), the article alone —
// the client's webview brings its own style sheet, policy and theme. The client asks again after
// each check of the document (the `unres/documentInfo` notification follows its diagnostics).
import type { Analysis, Logger } from './document-checks';
import { renderHtml } from '../core/export/html';
import { describeError } from './features';

/** `unres/preview` {uri} → {html, version}, or null for a document closed or too large to check. */
export const PREVIEW_REQUEST = 'unres/preview';

export interface PreviewParams {
  uri: string;
}

export interface PreviewResult {
  /** The <article> of the resolution as printed; every element from a source line has data-line. */
  html: string;
  /** The document version it shows (the client drops an answer older than one it has shown). */
  version: number;
}

export interface PreviewParts {
  analysisOf(uri: string): Promise<Analysis | undefined>;
  logger: Logger;
}

export class Preview {
  constructor(private readonly parts: PreviewParts) {}

  async render(params: PreviewParams): Promise<PreviewResult | null> {
    const analysis = await this.parts.analysisOf(params.uri);
    if (!analysis) return null;
    try {
      return { html: renderHtml(analysis.result.model), version: analysis.version };
    } catch (error) {
      this.parts.logger.error(`unres: the preview of ${params.uri} failed: ${describeError(error)}`);
      return null;
    }
  }
}
