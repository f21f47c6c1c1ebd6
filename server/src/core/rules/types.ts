// What a rule is and what it reports. Rules are pure: a parsed model in, findings out.
import type { OperativeParagraph, PreambularParagraph, Resolution, Span } from '../model';
import type { Shape } from '../model-shape';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A word-level rule stops reporting after this many findings (a pathological paste cannot flood the editor or stall the server). */
export const MAX_FINDINGS = 10000;

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];

/** A replacement of the text between two offsets. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  /** Shown in the editor's quick-fix menu: `Renumber operative paragraphs 1–9`. */
  title: string;
  edits: TextEdit[];
}

export interface RuleMeta {
  /** Stable kebab-case id: the diagnostic's `code`, the settings key, the docs page. Never renamed. */
  id: string;
  /** One line: what the rule checks. */
  description: string;
  /** `off` for a rule that runs only when a setting turns it on. */
  defaultSeverity: SeveritySetting;
  fixable: boolean;
  /**
   * A word-level rule whose finding is one decision per wrong form (`Guinea Bissau`, `programs`):
   * the form's first occurrence in a document keeps the severity in force, the later ones are
   * reported as information (with the same fix), so that a name repeated twenty times is one
   * warning, not twenty. Not when the user set the rule's severity.
   */
  repeatsAsInformation?: boolean;
}

export interface Finding {
  start: number;
  end: number;
  message: string;
  fix?: Fix;
  /** Overrides the rule's default severity for this finding (a rule may report errors and warnings). */
  severity?: Severity;
}

export interface Rule {
  meta: RuleMeta;
  check(model: Resolution): Finding[];
  /**
   * `paragraph`: what the rule reports inside a body paragraph depends on that paragraph and the
   * heading of the document (masthead, title, organ line) alone, and an edit inside one paragraph
   * changes nothing it reports elsewhere. The language server then checks only the edited paragraph
   * again (incremental/relint.ts); test/corpus/incremental-corpus.test.ts holds every rule that says
   * so to it. Absent: the rule reads the whole document and runs in full after every edit.
   */
  scope?: 'paragraph';
  /**
   * With scope `paragraph`: what the rule reports by comparing paragraphs with each other (one
   * resolution cited with two dates, a plural verb among singular ones). `check` leaves that out;
   * the linter runs both, the incremental check runs `check` on the edited paragraph and this over
   * the whole model.
   */
  across?(model: Resolution): Finding[];
  /**
   * True for a rule that stops at `MAX_FINDINGS` (above) on a whole text: at the cap, which
   * findings it reports depends on the whole text, and the incremental check leaves the document to
   * a full check. A rule without a cap reports everything, however many, and stays incremental.
   */
  capped?: boolean;
  /**
   * The views of the whole text the rule computes once per model and reads (memo.ts): what an
   * incremental check carries over an edit instead of letting the rule read the whole text again.
   */
  carries?: readonly CarriedView[];
}

/**
 * A view of the whole text that a rule computes once per model (memo.ts, under `key`): spans in
 * document order, where what lies inside a paragraph depends on that paragraph's text alone. After
 * an edit inside one paragraph the incremental check (incremental/relint.ts) carries the view over:
 * the spans outside the paragraph moved by the edit, those `within` it read again.
 * test/corpus/incremental-corpus.test.ts holds every such view to the one read from the new text.
 */
export interface CarriedView<T extends Span = Span> {
  /** The memo key the rule computes the view under. */
  key: string;
  /** Where the offsets are in the view's spans (model-shape.ts), to move them. */
  shape: Shape<T>;
  /** The view's spans inside one paragraph of `model`. */
  within(model: Resolution, paragraph: PreambularParagraph | OperativeParagraph): readonly T[];
}

/** A view of spans of any type, as the incremental check holds them. */
export const carriedView = <T extends Span>(view: CarriedView<T>): CarriedView => view as unknown as CarriedView;

/** A finding with its rule and the severity in force. */
export interface Diagnostic extends Finding {
  rule: string;
  severity: Severity;
}

/** Where the offsets are in a diagnostic: its span and its fix's edits (model-shape.ts). */
export const DIAGNOSTIC: Shape<Diagnostic> = {
  start: 'start',
  end: 'end',
  message: 'none',
  fix: { title: 'none', edits: [{ start: 'start', end: 'end', newText: 'none' }] },
  severity: 'none',
  rule: 'none',
};
