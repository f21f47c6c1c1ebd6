// What is in force for a document: the client's settings (`unres.*`, asked once per scope and
// cached until they change) and the nearest project file (.unres.json, whose problems are
// published on the file itself).
import {
  DiagnosticSeverity,
  MessageType,
  ShowMessageNotification,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver';
import { CONFIG_FILE_NAME, emptyConfig, parseConfig, type ConfigProblem, type ProjectConfig } from '../core/config';
import { LineIndex } from '../core/text/positions';
import { SOURCE } from './convert';
import type { RulesInForce } from './document-checks';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
import type { ProjectFiles } from './host';

export interface ConfigState {
  uri?: string;
  text?: string;
  config: ProjectConfig;
}

export class Configuration {
  /** The client answers `workspace/configuration` (else the defaults hold). */
  canReadConfiguration = false;
  /** The client can be asked to fetch inlay hints again (`workspace/inlayHint/refresh`), as when their setting changes. */
  canRefreshInlayHints = false;
  private readonly settingsCache = new Map<string, Promise<Settings>>();
  private readonly configCache = new Map<string, Promise<ConfigState>>();
  /** Config files whose problems are currently published as diagnostics. */
  private readonly configDiagnostics = new Set<string>();
  /** Settings problems shown once (until the settings change). */
  private readonly reportedProblems = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly files: ProjectFiles | undefined,
  ) {}

  /** The settings for a document or folder; without a URI, the user's and workspace's settings. */
  async settingsFor(uri: string | undefined): Promise<Settings> {
    if (!this.canReadConfiguration) return DEFAULT_SETTINGS;
    let pending = this.settingsCache.get(uri ?? '');
    if (!pending) {
      pending = this.connection.workspace
        .getConfiguration(uri === undefined ? { section: 'unres' } : { scopeUri: uri, section: 'unres' })
        .then((raw) => {
          const { settings, problems } = readSettings(raw);
          for (const problem of problems) {
            if (this.reportedProblems.has(problem)) continue;
            this.reportedProblems.add(problem);
            // A notification, not `window.showWarningMessage` (a request in this protocol version): a client
            // that does not answer that request made its rejection unhandled and brought the server down.
            void this.connection.sendNotification(ShowMessageNotification.type, {
              type: MessageType.Warning,
              message: problem,
            });
          }
          return settings;
        })
        .catch((error: unknown) => {
          this.connection.console.error(
            `unres: reading the settings${uri ? ` for ${uri}` : ''} failed, using the defaults: ${String(error)}`,
          );
          return DEFAULT_SETTINGS;
        });
      this.settingsCache.set(uri ?? '', pending);
    }
    return pending;
  }

  /** The project configuration for a document; a broken file is reported on the file itself. */
  configFor(uri: string): Promise<ConfigState> {
    const files = this.files;
    if (!files) return Promise.resolve({ config: emptyConfig() });
    let pending = this.configCache.get(uri);
    if (!pending) {
      pending = files
        .findConfig(uri)
        .then((found): ConfigState => {
          if (!found) return { config: emptyConfig() };
          const { config, problems } = parseConfig(found.text);
          this.publishProblems(found.uri, found.text, problems);
          return { uri: found.uri, text: found.text, config };
        })
        .catch((error: unknown) => {
          this.connection.console.error(`unres: reading ${CONFIG_FILE_NAME} for ${uri} failed: ${String(error)}`);
          return { config: emptyConfig() };
        });
      this.configCache.set(uri, pending);
    }
    return pending;
  }

  /** Rule severities in force: VS Code settings, then the project's .unres.json over them. */
  async rulesFor(uri: string): Promise<RulesInForce> {
    const [settings, project] = await Promise.all([this.settingsFor(uri), this.configFor(uri)]);
    return { settings, rules: { ...settings.rules, ...project.config.rules } };
  }

  /** The settings changed: asked again, and their problems shown again. */
  settingsChanged(): void {
    this.settingsCache.clear();
    this.reportedProblems.clear();
  }

  /** A .unres.json changed: every document's project file is read again. */
  projectFilesChanged(): void {
    this.configCache.clear();
  }

  /** A document closed: its settings are asked again when it opens. */
  forget(uri: string): void {
    this.settingsCache.delete(uri);
  }

  private publishProblems(uri: string, text: string, problems: ConfigProblem[]): void {
    const index = new LineIndex(text);
    const diagnostics: Diagnostic[] = problems.map((problem) => ({
      range: index.rangeOf(problem.offset ?? 0, (problem.offset ?? 0) + 1),
      severity: DiagnosticSeverity.Error,
      source: SOURCE,
      code: 'config',
      message: problem.message,
    }));
    if (diagnostics.length > 0 || this.configDiagnostics.has(uri)) {
      this.configDiagnostics.add(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
  }
}
