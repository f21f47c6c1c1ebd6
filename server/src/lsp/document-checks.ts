// The life of each open document's check: its versions, the edits since the last analysis, the
// choice between an incremental and a full check, the debounce, the supersession of a check that no
// longer holds, and the analyses kept for requests. No LSP types: the server hands it documents,
// settings and a publisher; tests drive it with a fake scheduler.
import { extractCitations } from '../core/citations/extract';
import type { Citation } from '../core/citations/types';
import { lintModel, lintSteps, releaseWholeTextViews, type LintOptions, type LintResult } from '../core/lint';
import { relint, type EditedParagraph } from '../core/incremental/relint';
import { updateModel, type TextChange } from '../core/incremental/update-model';
import { parse } from '../core/parser/parse';
import type { SeveritySetting } from '../core/rules/types';
import { LineIndex } from '../core/text/positions';
import { EditLog } from './edit-log';
import type { Settings } from './settings';

/** Time as the checks see it: the real one in the server, a fake one in tests. */
export interface Scheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Resolves once incoming messages have had their turn (between two steps of a full check). */
  yield(): Promise<void>;
}

export interface Logger {
  error(message: string): void;
  /** What the server did (the client's output channel): optional, tests leave it out. */
  info?(message: string): void;
}

/**
 * An open document as the editor's copy holds it: updated in place, so the object itself tells a
 * document closed and opened again (at the same version) from the one a check started on.
 */
export interface LiveDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export interface RulesInForce {
  settings: Settings;
  rules: Record<string, SeveritySetting>;
}

/** What the checks need from the server around them. */
export interface DocumentChecksHost {
  /** The open document at `uri`, undefined once it is closed. */
  document(uri: string): LiveDocument | undefined;
  /** The settings for a document (read for the debounce delay). */
  settings(uri: string): Promise<Settings>;
  /** The settings and the rule severities in force for a document. */
  rules(uri: string): Promise<RulesInForce>;
  /** Sends the diagnostics of an analysis, then its summary. */
  publish(uri: string, analysis: Analysis): Promise<void>;
  /** Replaces the document's diagnostics with one message saying it is too large to check. */
  publishTooLarge(uri: string, version: number, message: string): Promise<void>;
}

export interface Analysis {
  version: number;
  index: LineIndex;
  result: LintResult;
  /** The rule severities and cap the result was checked with (a change means a full check). */
  optionsKey?: string;
  /** How the result was reached: from the last analysis and the edits since, or by a parse and check of the whole text. */
  checked?: 'incremental' | 'full';
  /** Its diagnostics have been sent. */
  published?: boolean;
  /** Computed on first use (hover, links), not on every keystroke. */
  citations?: Citation[];
}

export const citationsOf = (analysis: Analysis): Citation[] =>
  (analysis.citations ??= extractCitations(analysis.result.model));

export const tooLarge = (text: string, settings: Settings): boolean =>
  text.length > settings.maxDocumentSize * 1024 * 1024;

interface Run {
  document: LiveDocument;
  version: number;
  optionsKey: string;
}

export class DocumentChecks {
  private readonly analyses = new Map<string, Analysis>();
  /** Parses of versions not yet checked, for requests that need the model but not diagnostics. */
  private readonly parsedOnly = new Map<string, Analysis>();
  private readonly timers = new Map<string, unknown>();
  /**
   * The full check under way per document. Opening a document schedules two checks (the open and a
   * first change): the second finds the first running and leaves it to publish, rather than
   * doubling the time to the first diagnostics. Any other validation of the document supersedes it
   * — a newer version, other settings, the document grown too large — and it is abandoned:
   * finished, it would publish what no longer holds.
   */
  private readonly running = new Map<string, Run>();
  constructor(
    private readonly host: DocumentChecksHost,
    private readonly scheduler: Scheduler,
    private readonly logger: Logger = { error: () => undefined },
    /** The edits each document received, for the incremental check (the server's documents record into it). */
    private readonly editLog = new EditLog(),
  ) {}

  /** Records an edit on its way in: offsets into the text before it, undefined for a replacement of the whole text. */
  edited(uri: string, version: number, change: TextChange | undefined): void {
    this.editLog.record(uri, version, change);
  }

  /** A document opened: checked at once. */
  opened(uri: string): void {
    this.schedule(uri, 0);
  }

  /** A document's text changed: checked once the edits pause for the settings' `validationDelay`. */
  changed(uri: string): void {
    void this.host.settings(uri).then((settings) => this.schedule(uri, settings.validationDelay));
  }

  /** A document closed: everything known of it is dropped, and a check under way is abandoned. */
  closed(uri: string): void {
    this.scheduler.clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.running.delete(uri);
    this.analyses.delete(uri);
    this.parsedOnly.delete(uri);
    this.editLog.forget(uri);
  }

  /** Checks the document again after `delay` ms, replacing a check scheduled and not yet started. */
  schedule(uri: string, delay: number): void {
    this.scheduler.clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      this.scheduler.setTimeout(() => {
        this.timers.delete(uri);
        void this.validate(uri);
      }, delay),
    );
  }

  /** Parses and checks a document now, unless it changed meanwhile (a newer run is scheduled). */
  async validate(uri: string): Promise<void> {
    const { settings, rules } = await this.host.rules(uri);
    // The editor's copy is updated in place: take its version and text together, now.
    const current = this.host.document(uri);
    if (!current) return;
    const version = current.version;
    const text = current.getText();
    if (tooLarge(text, settings)) {
      this.running.delete(uri);
      this.analyses.delete(uri);
      const megabytes = (text.length / 1024 / 1024).toFixed(1);
      const message = `This document (${megabytes} MB) is larger than unres.maxDocumentSize (${settings.maxDocumentSize} MB): it is too large for full checking and is not checked. Raise the setting to check it.`;
      await this.host.publishTooLarge(uri, version, message);
      return;
    }
    const lintOptions: LintOptions = { rules, maxDiagnostics: settings.maxDiagnostics };
    const optionsKey = JSON.stringify(lintOptions);
    // A check of this very text with these options under way publishes for both; any other under way is superseded.
    const underWay = this.running.get(uri);
    if (underWay?.document === current && underWay.version === version && underWay.optionsKey === optionsKey) return;
    this.running.delete(uri);
    const known = this.analyses.get(uri);
    if (known?.version === version && known.optionsKey === optionsKey) {
      // Checked already (a request needed it first): published once.
      if (!known.published) await this.publish(uri, known);
      return;
    }
    // Brought up to date from the last analysis, edit by edit, when the edits allow it.
    const quick = this.incrementally(uri, version, text, lintOptions, optionsKey);
    if (quick) {
      this.store(uri, quick);
      await this.publish(uri, quick);
      return;
    }
    await this.checkInFull({ document: current, version, optionsKey }, text, lintOptions);
  }

  /**
   * Parses and checks the whole text rule by rule, yielding to incoming messages in between: a
   * newer edit (or a newer check, after a change of settings) makes the run stale, and it is
   * abandoned rather than finished.
   */
  private async checkInFull(run: Run, text: string, lintOptions: LintOptions): Promise<void> {
    const uri = run.document.uri;
    this.running.set(uri, run);
    let result: LintResult | undefined;
    try {
      // The same object too: a document closed and opened again starts over at the same version.
      const stale = (): boolean => {
        const now = this.host.document(uri);
        return now !== run.document || now.version !== run.version || this.running.get(uri) !== run;
      };
      if (stale()) return;
      const model = parse(text);
      const steps = lintSteps(model, lintOptions);
      for (;;) {
        const step = steps.next();
        if (step.done) {
          result = step.value;
          break;
        }
        await this.scheduler.yield();
        if (stale()) return;
      }
    } catch (error) {
      this.logger.error(`unres: checking ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
      return;
    } finally {
      if (this.running.get(uri) === run) this.running.delete(uri);
    }
    releaseWholeTextViews(result.model);
    const analysis: Analysis = {
      version: run.version,
      index: new LineIndex(text),
      result,
      optionsKey: run.optionsKey,
      checked: 'full',
    };
    this.store(uri, analysis);
    await this.publish(uri, analysis);
  }

  /**
   * The analysis of the document as it is now. When the check of this version is still pending,
   * requests that need only the model (hover, completion, outline …) get a fresh parse, and only
   * code actions (`withDiagnostics`) run the rules. Undefined for a closed or too large document.
   */
  async analysisOf(uri: string, withDiagnostics = false): Promise<Analysis | undefined> {
    const document = this.host.document(uri);
    if (!document) return undefined;
    const known = this.analyses.get(uri);
    if (known && known.version === document.version) return known;
    const parsed = this.parsedOnly.get(uri);
    if (!withDiagnostics && parsed && parsed.version === document.version) return parsed;
    const { rules, settings } = await this.host.rules(uri);
    const current = this.host.document(uri);
    if (!current) return undefined;
    const text = current.getText();
    // Outline, hovers and actions are not computed for a document too large to check.
    if (tooLarge(text, settings)) return undefined;
    // The last check brought up to date is as cheap as a parse of a small edit, and complete.
    const lintOptions: LintOptions = { rules, maxDiagnostics: settings.maxDiagnostics };
    const quick = this.incrementally(uri, current.version, text, lintOptions, JSON.stringify(lintOptions));
    if (quick) {
      this.store(uri, quick);
      return quick;
    }
    const model = parse(text);
    if (!withDiagnostics) {
      const analysis: Analysis = {
        version: current.version,
        index: new LineIndex(text),
        result: { model, diagnostics: [], failures: [], byRule: [], local: [] },
      };
      this.parsedOnly.set(uri, analysis);
      return analysis;
    }
    return { version: current.version, index: new LineIndex(text), result: lintModel(model, { rules }) };
  }

  private store(uri: string, analysis: Analysis): void {
    this.analyses.set(uri, analysis);
    this.parsedOnly.delete(uri);
    this.editLog.prune(uri, analysis.version);
  }

  private async publish(uri: string, analysis: Analysis): Promise<void> {
    analysis.published = true;
    for (const failure of analysis.result.failures)
      this.logger.error(`unres: rule ${failure.rule} failed on ${uri}: ${failure.error}`);
    await this.host.publish(uri, analysis);
    const count = analysis.result.diagnostics.length;
    this.logger.info?.(
      `checked ${uri} (version ${analysis.version}, ${analysis.checked ?? 'full'}): ${count} finding${count === 1 ? '' : 's'}`,
    );
  }

  /**
   * The analysis of `version`, from the last checked one and the edits since, without a parse of
   * the whole text: undefined when an edit may change the structure (the caller checks in full).
   */
  private incrementally(
    uri: string,
    version: number,
    text: string,
    lintOptions: LintOptions,
    optionsKey: string,
  ): Analysis | undefined {
    const previous = this.analyses.get(uri);
    if (!previous || previous.optionsKey !== optionsKey || previous.version >= version) return undefined;
    const changes = this.editLog.since(uri, previous.version, version);
    if (!changes) return undefined;
    try {
      let model = previous.result.model;
      let index = previous.index;
      const edits: EditedParagraph[] = [];
      for (const [position, change] of changes.entries()) {
        const before = model.text;
        // The last edit gives the editor's own text: the model shares it rather than a copy of 5 MB.
        const after =
          position === changes.length - 1 &&
          text.length === before.length + change.text.length - (change.end - change.start)
            ? text
            : before.slice(0, change.start) + change.text + before.slice(change.end);
        const update = updateModel(model, change, after);
        if (!update) return undefined;
        edits.push({ before: model, change, update });
        model = update.model;
        index = index.afterEdit(change);
      }
      // The replayed edits must give the editor's text (they are the same edits: a length check suffices).
      if (model.text.length !== text.length) return undefined;
      const result = relint(previous.result, edits, lintOptions);
      return result && { version, index, result, optionsKey, checked: 'incremental' };
    } catch (error) {
      this.logger.error(
        `unres: incremental check of ${uri} failed, checking in full: ${error instanceof Error ? error.stack : String(error)}`,
      );
      return undefined;
    }
  }
}
