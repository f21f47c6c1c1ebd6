// What a rule is and what it reports. Rules are pure: a parsed model in, findings out.
import type { Resolution } from '../model';

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
   * True for a rule that stops at `MAX_FINDINGS` (shared-text.ts) on a whole text: at the cap, which
   * findings it reports depends on the whole text, and the incremental check leaves the document to
   * a full check. A rule without a cap reports everything, however many, and stays incremental.
   */
  capped?: boolean;
}

/** A finding with its rule and the severity in force. */
export interface Diagnostic extends Finding {
  rule: string;
  severity: Severity;
}
