// The editor's comparison with a base resolution (issue 19): `unres/compare` answers the redline of
// the draft as it is now against a base text the client sends (read by the client through VS Code's
// file system, so that the web server needs no file access), and the hover then shows the base's
// wording of a changed paragraph — until the client says the comparison closed (`unres/compareClosed`).
import { compareResolutions } from '../core/compare/compare';
import { renderRedlineSections } from '../core/compare/redline-html';
import { formatSummary } from '../core/compare/summary';
import type { AlignedParagraph, Comparison } from '../core/compare/types';
import type { HoverResult } from '../core/features/hover';
import { escapeMarkdown } from '../core/features/markdown';
import type { Resolution } from '../core/model';
import { parse } from '../core/parser/parse';
import type { Analysis, Logger } from './document-checks';
import { describeError } from './features';

/** `unres/compare` {draftUri, baseText, baseUri?} → {html, summary, version}, or null for a document not open. */
export const COMPARE_REQUEST = 'unres/compare';
/** `unres/compareClosed` {draftUri}: the comparison's view closed; the hover forgets the base. */
export const COMPARE_CLOSED_NOTIFICATION = 'unres/compareClosed';

export interface CompareParams {
  draftUri: string;
  baseText: string;
  /** Where the base came from, for the log only. */
  baseUri?: string;
}

export interface CompareResult {
  /** The redline's paragraphs (<section>s with <ins> and <del>), every text escaped. */
  html: string;
  /** One line per paragraph that changed, then the counts, as `unres compare` prints them. */
  summary: string;
  /** The draft version compared (the client drops an answer older than one it has shown). */
  version: number;
}

export interface CompareParts {
  analysisOf(uri: string): Promise<Analysis | undefined>;
  logger: Logger;
  /** Asks the client for the inlay labels again: `was OP4` appears when a comparison opens and goes when it closes. */
  refreshInlayLabels?(): void;
}

/** A draft's base: its text parsed once, and the last comparison, kept while the draft's model is the same. */
interface Base {
  text: string;
  model: Resolution;
  last?: { draft: Resolution; version: number; comparison: Comparison };
}

const HOVERED_CHANGES: ReadonlySet<AlignedParagraph['change']> = new Set(['changed', 'moved']);

export class Comparisons {
  private readonly bases = new Map<string, Base>();

  constructor(private readonly parts: CompareParts) {}

  async compare(params: CompareParams): Promise<CompareResult | null> {
    if (typeof params?.draftUri !== 'string' || typeof params.baseText !== 'string') return null;
    const analysis = await this.parts.analysisOf(params.draftUri);
    if (!analysis) return null;
    try {
      const opening = this.bases.get(params.draftUri)?.text !== params.baseText;
      const comparison = this.comparisonOf(params.draftUri, analysis, params.baseText);
      if (opening) this.parts.refreshInlayLabels?.();
      return { html: renderRedlineSections(comparison), summary: formatSummary(comparison), version: analysis.version };
    } catch (error) {
      const base = params.baseUri ? ` with ${params.baseUri}` : '';
      this.parts.logger.error(`unres: comparing ${params.draftUri}${base} failed: ${describeError(error)}`);
      return null;
    }
  }

  /** The comparison view closed, or the draft did: its base is no longer shown in hovers. */
  closed(draftUri: string): void {
    if (this.bases.delete(draftUri)) this.parts.refreshInlayLabels?.();
  }

  /**
   * `was OP4` by the draft paragraphs that kept a base paragraph under another number or in another
   * place, keyed by the draft paragraph's start (where its inlay label goes), while a comparison is open.
   */
  formerLabels(uri: string, analysis: Analysis): Map<number, string> {
    const labels = new Map<number, string>();
    const base = this.bases.get(uri);
    if (!base) return labels;
    for (const paragraph of this.comparisonOf(uri, analysis, base.text).paragraphs) {
      if (!paragraph.base || !paragraph.draft) continue;
      const sameName = paragraph.base.label === paragraph.draft.label && paragraph.base.part === paragraph.draft.part;
      if (!sameName || paragraph.change === 'moved') labels.set(paragraph.draft.start, `was ${paragraph.base.label}`);
    }
    return labels;
  }

  /** `Base (OP4): …` for a changed or moved paragraph at `offset` of a draft being compared. */
  baseWordingAt(uri: string, analysis: Analysis, offset: number): HoverResult | undefined {
    const base = this.bases.get(uri);
    if (!base) return undefined;
    const paragraph = this.comparisonOf(uri, analysis, base.text).paragraphs.find(
      ({ draft, change }) => draft && draft.start <= offset && offset <= draft.end && HOVERED_CHANGES.has(change),
    );
    if (!paragraph?.base || !paragraph.draft) return undefined;
    const markdown = `**Base (${escapeMarkdown(paragraph.base.label)}):** ${escapeMarkdown(paragraph.base.text)}`;
    return { markdown, start: paragraph.draft.start, end: paragraph.draft.end };
  }

  /** The base parsed again only when its text changed, compared again only when the draft's model did. */
  private comparisonOf(uri: string, analysis: Analysis, baseText: string): Comparison {
    let base = this.bases.get(uri);
    if (base?.text !== baseText) {
      base = { text: baseText, model: parse(baseText) };
      this.bases.set(uri, base);
    }
    const draft = analysis.result.model;
    // The version too: an incremental check may bring the same model object up to date.
    if (base.last?.draft !== draft || base.last.version !== analysis.version)
      base.last = { draft, version: analysis.version, comparison: compareResolutions(base.model, draft) };
    return base.last.comparison;
  }
}
