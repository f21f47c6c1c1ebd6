// The project configuration file `.unres.json` (nearest up the tree from the checked file), read
// by the language server and the CLI alike. Parsing is pure; finding and reading the file is the
// host's job. A broken file yields problems and the defaults — never an exception.
import { RULES_BY_ID } from './rules/registry';
import { SEVERITY_SETTINGS, type SeveritySetting } from './rules/types';

export const CONFIG_FILE_NAME = '.unres.json';

export interface ProjectConfig {
  rules: Record<string, SeveritySetting>;
  /** Catalogue files (paths relative to the config file) with facts about cited resolutions. */
  catalog: string[];
}

export interface ConfigProblem {
  message: string;
  /** Offset in the file the problem is about, when known. */
  offset?: number;
}

export interface ConfigResult {
  config: ProjectConfig;
  problems: ConfigProblem[];
}

export const emptyConfig = (): ProjectConfig => ({ rules: {}, catalog: [] });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where in the text a key is written (for pointing a diagnostic at it). */
function offsetOfKey(text: string, key: string): number | undefined {
  const index = text.indexOf(JSON.stringify(key));
  return index >= 0 ? index : undefined;
}

export function parseConfig(text: string): ConfigResult {
  const config = emptyConfig();
  const problems: ConfigProblem[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    problems.push({
      message: `${CONFIG_FILE_NAME} is not valid JSON (${message}); using the default settings.`,
      offset: position ? Number(position[1]) : 0,
    });
    return { config, problems };
  }
  if (!isRecord(raw)) {
    problems.push({
      message: `${CONFIG_FILE_NAME} must contain a JSON object; using the default settings.`,
      offset: 0,
    });
    return { config, problems };
  }
  for (const key of Object.keys(raw)) {
    if (key !== 'rules' && key !== 'catalog' && key !== '$schema')
      problems.push({
        message: `${CONFIG_FILE_NAME}: unknown key "${key}" (known: rules, catalog).`,
        offset: offsetOfKey(text, key),
      });
  }
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules))
      problems.push({
        message: `${CONFIG_FILE_NAME}: "rules" must be an object of rule ids to severities.`,
        offset: offsetOfKey(text, 'rules'),
      });
    else {
      for (const [id, value] of Object.entries(raw.rules)) {
        if (!RULES_BY_ID.has(id))
          problems.push({ message: `${CONFIG_FILE_NAME}: unknown rule "${id}".`, offset: offsetOfKey(text, id) });
        else if (typeof value !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(value)) {
          problems.push({
            message: `${CONFIG_FILE_NAME}: rule "${id}" must be one of ${SEVERITY_SETTINGS.join(', ')}; got ${JSON.stringify(value)}.`,
            offset: offsetOfKey(text, id),
          });
        } else config.rules[id] = value as SeveritySetting;
      }
    }
  }
  if (raw.catalog !== undefined) {
    if (!Array.isArray(raw.catalog) || !raw.catalog.every((entry) => typeof entry === 'string')) {
      problems.push({
        message: `${CONFIG_FILE_NAME}: "catalog" must be a list of file paths.`,
        offset: offsetOfKey(text, 'catalog'),
      });
    } else config.catalog = raw.catalog as string[];
  }
  return { config, problems };
}

/** The text of a config file with one rule set to a severity, keeping the other keys. */
export function withRuleSeverity(text: string | undefined, id: string, severity: SeveritySetting): string {
  let raw: Record<string, unknown> = {};
  if (text !== undefined) {
    try {
      const parsed: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
      if (isRecord(parsed)) raw = parsed;
    } catch {
      // A broken file is replaced by a valid one holding the new setting.
    }
  }
  const rules = isRecord(raw.rules) ? { ...raw.rules } : {};
  rules[id] = severity;
  return JSON.stringify({ ...raw, rules }, null, 2) + '\n';
}
