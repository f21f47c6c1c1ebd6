// The comparison of a draft with its base resolution, paragraph by paragraph (issue 19). Pure data:
// the CLI's --format json prints it as is (a documented contract), the Word writer turns it into
// tracked changes, the editor labels paragraphs from it.

/** A preambular (PP) or operative (OP) paragraph, or a sub-paragraph of one, with its place. */
export interface ParagraphRef {
  kind: 'preambular' | 'operative' | 'subparagraph';
  /** `PP3`, `OP5`, `OP5 (b)`: how delegates name it; 1-based in document order within the part. */
  label: string;
  /** The part (0 for a text without parts). */
  part: number;
  /** The paragraph's text as written (number or label included), and its span in its document. */
  text: string;
  start: number;
  end: number;
}

/** One run of words in a changed paragraph: kept, inserted in the draft, or deleted from the base. */
export interface WordChange {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export type ParagraphChange = 'unchanged' | 'changed' | 'moved' | 'new' | 'deleted';

export interface AlignedParagraph {
  change: ParagraphChange;
  /** Absent for a new paragraph. */
  base?: ParagraphRef;
  /** Absent for a deleted paragraph. */
  draft?: ParagraphRef;
  /** True when the paragraph kept its text but not its number or place (`OP5 (was OP4)`). */
  renumbered?: boolean;
  /** For `changed` (and `moved` with changes): the word-level difference, base → draft, numbers excluded. */
  words?: WordChange[];
  /**
   * On a `changed` or `moved` operative paragraph with sub-paragraphs in either text: its items
   * (every level, `OP5 (b)`, `OP5 (b) (ii)`) aligned by content as paragraphs are, in the draft's
   * order, each with its own text only (nested items are entries of their own). The paragraph's
   * `words` still cover its whole text, items included.
   */
  subparagraphs?: AlignedParagraph[];
  /** On a `new` paragraph: the label of the base paragraph it was split off (its words are ones that paragraph lost). */
  splitFrom?: string;
  /** On the paragraph aligned with a base paragraph that was split: the labels of the draft's other pieces. */
  splitInto?: string[];
  /** On a `deleted` paragraph: the label of the draft paragraph it was merged into (its words are ones that paragraph gained). */
  mergedInto?: string;
  /** On a draft paragraph that took in deleted base paragraphs: their labels (besides its own base). */
  mergedFrom?: string[];
}

export interface Comparison {
  /** In the draft's order, each deleted base paragraph placed after the draft paragraph aligned before it. */
  paragraphs: AlignedParagraph[];
}
