// The document lifecycle of the language server (lsp/document-checks.ts) driven by a fake clock:
// every race — a newer version, other settings, a close — is arranged step by step, with the
// full check held between two rules, so the test exercises the race instead of hoping for it.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES } from '../../server/src/core/rules/registry';
import type { Diagnostic } from '../../server/src/core/rules/types';
import {
  DocumentChecks,
  type Analysis,
  type DocumentChecksHost,
  type Scheduler,
} from '../../server/src/lsp/document-checks';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/lsp/settings';
import { REPO_ROOT } from '../support/corpus';

/** Lets every promise already settled run its callbacks (a turn of the event loop, not a wait for time). */
const drain = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Time that moves only when the test says so, and full checks that pause between rules until let go. */
class FakeScheduler implements Scheduler {
  now = 0;
  private nextId = 1;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();
  private paused: (() => void)[] = [];

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.now + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Steps of full checks taken so far (one per rule for a check run to its end). */
  yields = 0;

  yield(): Promise<void> {
    this.yields++;
    return new Promise((resolve) => this.paused.push(resolve));
  }

  /** Full checks paused between two rules now. */
  get pausedChecks(): number {
    return this.paused.length;
  }

  get pendingTimers(): number {
    return this.timers.size;
  }

  /** Moves the clock on by `ms`, firing the timers that fall due in order; each starts its check up to its first pause. */
  async advance(ms: number): Promise<void> {
    // What the last message set going (a debounce read from the settings) happens before time passes.
    await drain();
    const until = this.now + ms;
    for (;;) {
      const due = [...this.timers]
        .filter(([, timer]) => timer.at <= until)
        .sort(([a, x], [b, y]) => x.at - y.at || a - b)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
      await drain();
    }
    this.now = until;
    await drain();
  }

  /** Lets every paused check run one more rule. */
  async step(): Promise<void> {
    const paused = this.paused;
    this.paused = [];
    for (const resume of paused) resume();
    await drain();
  }

  /** Lets the paused checks run to their end (or to their abandonment). */
  async finish(): Promise<void> {
    while (this.paused.length > 0) await this.step();
  }
}

interface Published {
  uri: string;
  version: number;
  checked?: string;
  diagnostics: Diagnostic[];
  tooLarge?: string;
}

/** An editor as the server sees it: open documents updated in place, settings, and what was published. */
class FakeEditor implements DocumentChecksHost {
  readonly documents = new Map<string, TextDocument>();
  settingsNow: Settings = { ...DEFAULT_SETTINGS, rules: {} };
  readonly published: Published[] = [];
  readonly errors: string[] = [];
  readonly clock = new FakeScheduler();
  slowSettings = false;
  private readonly asked = new Map<string, Promise<Settings>>();
  private unanswered: (() => void)[] = [];
  readonly checks = new DocumentChecks(this, this.clock, { error: (message) => this.errors.push(message) });

  document(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  /**
   * The client's answer to the settings request. Left to the test with `slowSettings` (the first
   * request for a document goes to the client, and a timer may fire before it answers).
   */
  async settings(uri: string): Promise<Settings> {
    if (!this.slowSettings) return this.settingsNow;
    let asked = this.asked.get(uri);
    if (!asked) {
      asked = new Promise((resolve) => this.unanswered.push(() => resolve(this.settingsNow)));
      this.asked.set(uri, asked);
    }
    return asked;
  }

  async rules(uri: string): Promise<{ settings: Settings; rules: Settings['rules'] }> {
    const settings = await this.settings(uri);
    return { settings, rules: { ...settings.rules } };
  }

  /** The client answers the settings requests pending. */
  async answerSettings(): Promise<void> {
    for (const answer of this.unanswered.splice(0)) answer();
    await drain();
  }

  async publish(uri: string, analysis: Analysis): Promise<void> {
    this.published.push({
      uri,
      version: analysis.version,
      checked: analysis.checked,
      diagnostics: analysis.result.diagnostics,
    });
  }

  async publishTooLarge(uri: string, version: number, message: string): Promise<void> {
    this.published.push({ uri, version, diagnostics: [], tooLarge: message });
  }

  /** Opens a document as TextDocuments reports it: an open, then a first change. */
  open(uri: string, text: string, version = 1): void {
    this.documents.set(uri, TextDocument.create(uri, 'unres', version, text));
    this.checks.opened(uri);
    this.checks.changed(uri);
  }

  /** Replaces the whole text (no incremental check can follow it). */
  replace(uri: string, text: string, version: number): void {
    const document = this.documents.get(uri)!;
    this.checks.edited(uri, version, undefined);
    TextDocument.update(document, [{ text }], version);
    this.checks.changed(uri);
  }

  /** Types `text` over [start, end) (offsets), recorded as the server records an edit on its way in. */
  type(uri: string, version: number, start: number, end: number, text: string): void {
    const document = this.documents.get(uri)!;
    this.checks.edited(uri, version, { start, end, text });
    TextDocument.update(
      document,
      [{ range: { start: document.positionAt(start), end: document.positionAt(end) }, text }],
      version,
    );
    this.checks.changed(uri);
  }

  close(uri: string): void {
    this.documents.delete(uri);
    this.checks.closed(uri);
  }

  /** Settings changed: every open document checked again at once (as the server does). */
  changeSettings(settings: Partial<Settings>): void {
    this.settingsNow = { ...this.settingsNow, ...settings };
    for (const uri of this.documents.keys()) this.checks.schedule(uri, 0);
  }

  publishedFor(uri: string): Published[] {
    return this.published.filter((entry) => entry.uri === uri);
  }
}

const misnumbered = 'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1. Decides;\n\n3. Requests.\n';
const numbered = misnumbered.replace('3. Requests', '2. Requests');
const spelled =
  'The General Assembly,\n\nRecalling the labor of its resolution 55/25,\n\n1. Decides;\n\n2. Requests.\n';
const numbering = (entry: Published): Diagnostic[] =>
  entry.diagnostics.filter((diagnostic) => diagnostic.rule === 'operative-numbering');
const spelling = (entry: Published): boolean =>
  entry.diagnostics.some((diagnostic) => diagnostic.rule === 'un-spelling');
const comparable = (diagnostics: Diagnostic[]): string[] =>
  diagnostics.map((d) => JSON.stringify([d.start, d.end, d.rule, d.severity, d.message])).sort();

describe('document checks (fake scheduler)', () => {
  let editor: FakeEditor;
  beforeEach(() => {
    editor = new FakeEditor();
  });

  it('checks a document opened once: the check the first change schedules leaves the running one to publish', async () => {
    const uri = 'file:///opened.unres';
    editor.slowSettings = true;
    editor.open(uri, misnumbered);
    // The check of the open starts at once and waits for the settings; the first change waits for them to debounce.
    await editor.clock.advance(0);
    await editor.answerSettings();
    assert.ok(editor.clock.pausedChecks > 0, 'the check of the open is running, paused between two rules');
    assert.equal(editor.clock.pendingTimers, 1, 'the check of the first change is scheduled');
    await editor.clock.advance(DEFAULT_SETTINGS.validationDelay);
    assert.equal(editor.clock.pausedChecks, 1, 'a second check of the same text started');
    await editor.clock.finish();
    assert.deepEqual(
      editor.publishedFor(uri).map((entry) => [entry.version, entry.checked]),
      [[1, 'full']],
    );
    assert.equal(editor.clock.yields, RULES.length, 'the text was checked once, rule by rule');
    assert.equal(numbering(editor.published[0]!).length, 1);
  });

  it('abandons a running full check when a newer version arrives: its result is never published', async () => {
    const uri = 'file:///superseded.unres';
    editor.open(uri, misnumbered);
    await editor.clock.advance(DEFAULT_SETTINGS.validationDelay);
    await editor.clock.step();
    assert.ok(editor.clock.pausedChecks > 0, 'the check of version 1 is under way');
    editor.replace(uri, numbered, 2);
    await editor.clock.advance(DEFAULT_SETTINGS.validationDelay);
    await editor.clock.finish();
    assert.deepEqual(
      editor.publishedFor(uri).map((entry) => entry.version),
      [2],
    );
    assert.deepEqual(numbering(editor.published[0]!), []);
    assert.deepEqual(editor.errors, []);
  });

  it('abandons a running check whose settings changed, and publishes the check with the new ones', async () => {
    const uri = 'file:///settings-changed.unres';
    editor.open(uri, spelled);
    await editor.clock.advance(DEFAULT_SETTINGS.validationDelay);
    assert.ok(editor.clock.pausedChecks > 0);
    editor.changeSettings({ rules: { 'un-spelling': 'off' } });
    await editor.clock.advance(0);
    await editor.clock.finish();
    const published = editor.publishedFor(uri);
    assert.equal(published.length, 1, 'the check with the old settings published too');
    assert.equal(spelling(published[0]!), false);
  });

  it('abandons a check whose settings were changed back while it ran: the diagnostics published already hold', async () => {
    const uri = 'file:///settings-reverted.unres';
    editor.open(uri, spelled);
    await editor.clock.advance(DEFAULT_SETTINGS.validationDelay);
    await editor.clock.finish();
    assert.equal(spelling(editor.publishedFor(uri)[0]!), true);
    editor.changeSettings({ rules: { 'un-spelling': 'off' } });
    await editor.clock.advance(0);
    assert.ok(editor.clock.pausedChecks > 0, 'a check with the rule off is under way');
    editor.changeSettings({ rules: {} });
    await editor.clock.advance(0);
    await editor.clock.finish();
    const published = editor.publishedFor(uri);
    assert.equal(published.length, 1, 'the check with the rule off published');
    assert.equal(spelling(published.at(-1)!), true);
  });

  it("checks two quick edits once, after the settings' delay from the last", async () => {
    const uri = 'file:///debounced.unres';
    editor.settingsNow = { ...editor.settingsNow, validationDelay: 200 };
    editor.open(uri, spelled);
    await editor.clock.advance(200);
    await editor.clock.finish();
    const at = spelled.indexOf(' of its');
    editor.type(uri, 2, at, at, 'x');
    await editor.clock.advance(150);
    editor.type(uri, 3, at + 1, at + 1, 'y');
    await editor.clock.advance(199);
    assert.equal(editor.publishedFor(uri).length, 1, 'checked before the edits paused for the delay');
    await editor.clock.advance(1);
    await editor.clock.finish();
    assert.deepEqual(
      editor.publishedFor(uri).map((entry) => [entry.version, entry.checked]),
      [
        [1, 'full'],
        [3, 'incremental'],
      ],
    );
    assert.equal(editor.clock.pendingTimers, 0);
  });

  it('checks in-line edits incrementally, with the diagnostics of a full check of the same text', async () => {
    const uri = 'file:///typed.unres';
    let text = readFileSync(path.join(REPO_ROOT, 'test/fixtures/many-errors.unres'), 'utf8');
    editor.open(uri, text);
    await editor.clock.advance(DEFAULT_SETTINGS.validationDelay);
    await editor.clock.finish();
    // Edits inside a line of a paragraph, each changing what a rule finds there.
    const edits: [needle: string, into: number, remove: number, insert: string][] = [
      ['organise', 0, 8, 'organize'],
      ['Turkey', 0, 6, 'Türkiye'],
      ['Secretary General', 9, 1, '-'],
      ['U.N. Office', 0, 4, 'United Nations'],
      ['programs', 0, 8, 'programmes'],
      ['For judges', 4, 0, 'all '],
      ['this resolution', 0, 4, 'the present'],
    ];
    let version = 1;
    for (const [needle, into, remove, insert] of edits) {
      const at = text.indexOf(needle);
      assert.ok(at >= 0, needle);
      editor.type(uri, ++version, at + into, at + into + remove, insert);
      text = editor.documents.get(uri)!.getText();
      await editor.clock.advance(DEFAULT_SETTINGS.validationDelay);
      await editor.clock.finish();
      const incremental = editor.publishedFor(uri).at(-1)!;
      assert.deepEqual([incremental.version, incremental.checked], [version, 'incremental'], needle);
      const fresh = `file:///fresh-${version}.unres`;
      editor.open(fresh, text);
      await editor.clock.advance(DEFAULT_SETTINGS.validationDelay);
      await editor.clock.finish();
      const full = editor.publishedFor(fresh).at(-1)!;
      assert.equal(full.checked, 'full');
      assert.deepEqual(
        comparable(incremental.diagnostics),
        comparable(full.diagnostics),
        `after typing ${JSON.stringify(insert)} at ${needle}`,
      );
    }
  });

  it('checks in full after other rule severities or another cap, even for an in-line edit', async () => {
    const uri = 'file:///options.unres';
    editor.open(uri, spelled);
    await editor.clock.advance(DEFAULT_SETTINGS.validationDelay);
    await editor.clock.finish();
    const at = spelled.indexOf(' of its');
    editor.type(uri, 2, at, at, 'x');
    await editor.clock.advance(DEFAULT_SETTINGS.validationDelay);
    assert.equal(editor.publishedFor(uri).at(-1)!.checked, 'incremental', 'the same edit with the same settings');
    editor.settingsNow = { ...editor.settingsNow, maxDiagnostics: 1 };
    editor.type(uri, 3, at, at, 'y');
    await editor.clock.advance(DEFAULT_SETTINGS.validationDelay);
    await editor.clock.finish();
    const last = editor.publishedFor(uri).at(-1)!;
    assert.deepEqual([last.version, last.checked], [3, 'full']);
    assert.ok(last.diagnostics.length <= 1, 'the cap holds');
    editor.settingsNow = { ...editor.settingsNow, rules: { 'un-spelling': 'hint' } };
    editor.type(uri, 4, at, at, 'z');
    await editor.clock.advance(DEFAULT_SETTINGS.validationDelay);
    await editor.clock.finish();
    assert.deepEqual(editor.publishedFor(uri).at(-1)!.checked, 'full');
  });

  it('abandons the check of a document closed while it ran: the text opened again at the same version is the one published', async () => {
    const uri = 'file:///reopened.unres';
    editor.open(uri, misnumbered, 1);
    await editor.clock.advance(DEFAULT_SETTINGS.validationDelay);
    assert.ok(editor.clock.pausedChecks > 0);
    editor.close(uri);
    editor.open(uri, numbered, 1);
    await editor.clock.advance(0);
    await editor.clock.advance(DEFAULT_SETTINGS.validationDelay);
    await editor.clock.finish();
    const published = editor.publishedFor(uri);
    assert.equal(published.length, 1, 'the closed text was published too');
    assert.deepEqual(numbering(published[0]!), []);
  });

  it('says a document larger than the setting is too large, and abandons a check under way', async () => {
    const uri = 'file:///large.unres';
    editor.open(uri, misnumbered);
    await editor.clock.advance(DEFAULT_SETTINGS.validationDelay);
    editor.settingsNow = { ...editor.settingsNow, maxDocumentSize: 1 };
    editor.replace(uri, misnumbered + 'x'.repeat(1024 * 1024), 2);
    await editor.clock.advance(DEFAULT_SETTINGS.validationDelay);
    await editor.clock.finish();
    const published = editor.publishedFor(uri);
    assert.equal(published.length, 1);
    assert.match(
      published[0]!.tooLarge ?? '',
      /^This document \(1\.0 MB\) is larger than unres\.maxDocumentSize \(1 MB\)/,
    );
    assert.equal(await editor.checks.analysisOf(uri), undefined, 'no outline or hover for it');
  });

  it('abandons a check under way when the settings make the document too large: the message is the last word', async () => {
    const uri = 'file:///shrunk-limit.unres';
    editor.open(uri, spelled);
    await editor.clock.advance(DEFAULT_SETTINGS.validationDelay);
    assert.ok(editor.clock.pausedChecks > 0);
    editor.changeSettings({ maxDocumentSize: 50 / 1024 / 1024 });
    await editor.clock.advance(0);
    await editor.clock.finish();
    assert.deepEqual(
      editor.publishedFor(uri).map((entry) => Boolean(entry.tooLarge)),
      [true],
    );
  });

  it('answers requests before the check from a parse alone, and code actions with the rules', async () => {
    const uri = 'file:///requested.unres';
    editor.open(uri, misnumbered);
    const parsed = await editor.checks.analysisOf(uri);
    assert.ok(parsed && parsed.result.diagnostics.length === 0 && parsed.result.model.text === misnumbered);
    const checked = await editor.checks.analysisOf(uri, true);
    assert.equal(checked && numbering({ uri, version: 1, diagnostics: checked.result.diagnostics }).length, 1);
    await editor.clock.advance(DEFAULT_SETTINGS.validationDelay);
    await editor.clock.finish();
    assert.equal(editor.publishedFor(uri).length, 1);
  });
});
