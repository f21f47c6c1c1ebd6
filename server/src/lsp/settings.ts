// Settings as the client sends them (`unres.*`), validated: a broken value falls back to the
// default and is reported, never thrown.
import { RULES_BY_ID } from '../core/rules/registry';
import { SEVERITY_SETTINGS, type SeveritySetting } from '../core/rules/types';

export interface Settings {
  rules: Record<string, SeveritySetting>;
  /** Milliseconds to wait after a change before checking (typing bursts are checked once). */
  validationDelay: number;
  maxDiagnostics: number;
  /** Documents larger than this many megabytes are not checked (one message says so). */
  maxDocumentSize: number;
  /** Formatting puts a no-break space between day and month (`20 December 2004`), as official files do. */
  noBreakSpaceInDates: boolean;
  /** Formatting puts typographic quotation marks and apostrophes (“ ” ‘ ’) in place of straight ones. */
  curlyQuotes: boolean;
  /** Catalogue files (project catalogue format), relative to the workspace folder. */
  catalogFiles: string[];
  /** Look cited resolutions up in the UN Digital Library when the offline catalogues lack a fact. */
  lookupOnline: boolean;
  /** Renumber the following operative paragraphs when one is inserted or deleted. */
  autoNumbering: boolean;
  /** Inlay labels `PP3` / `OP5` before each paragraph, the names used in negotiations. */
  inlayLabels: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  rules: {},
  validationDelay: 150,
  maxDiagnostics: 1000,
  maxDocumentSize: 10,
  noBreakSpaceInDates: false,
  curlyQuotes: false,
  catalogFiles: [],
  lookupOnline: true,
  autoNumbering: false,
  inlayLabels: true,
};

export interface SettingsResult {
  settings: Settings;
  problems: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function readSettings(raw: unknown): SettingsResult {
  const problems: string[] = [];
  const settings: Settings = { ...DEFAULT_SETTINGS, rules: {} };
  // An empty Lua table reaches us from Neovim as `[]`: no settings, not broken ones.
  if (raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0)) return { settings, problems };
  if (!isRecord(raw)) return { settings, problems: ['unres settings are not an object; using defaults.'] };
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules)) problems.push('unres.rules must be an object of rule ids to severities.');
    else {
      for (const [id, value] of Object.entries(raw.rules)) {
        if (!RULES_BY_ID.has(id)) problems.push(`unres.rules: unknown rule "${id}".`);
        else if (typeof value !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(value)) {
          problems.push(`unres.rules.${id}: "${String(value)}" is not one of ${SEVERITY_SETTINGS.join(', ')}.`);
        } else settings.rules[id] = value as SeveritySetting;
      }
    }
  }
  const number = (key: 'validationDelay' | 'maxDiagnostics' | 'maxDocumentSize', min: number, max: number): void => {
    const value = raw[key];
    if (value === undefined) return;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)
      problems.push(`unres.${key} must be a number from ${min} to ${max}.`);
    else settings[key] = Math.round(value);
  };
  number('validationDelay', 0, 5000);
  number('maxDiagnostics', 1, 100000);
  number('maxDocumentSize', 1, 500);
  const catalog = raw.catalog;
  if (catalog !== undefined) {
    const files = isRecord(catalog) ? catalog.files : undefined;
    if (files !== undefined && (!Array.isArray(files) || !files.every((file) => typeof file === 'string')))
      problems.push('unres.catalog.files must be a list of file paths.');
    else if (Array.isArray(files)) settings.catalogFiles = files as string[];
  }
  const lookup = raw.lookup;
  if (lookup !== undefined) {
    const online = isRecord(lookup) ? lookup.online : undefined;
    if (online !== undefined && typeof online !== 'boolean')
      problems.push('unres.lookup.online must be true or false.');
    else if (typeof online === 'boolean') settings.lookupOnline = online;
  }
  const numbering = raw.numbering;
  if (numbering !== undefined) {
    const auto = isRecord(numbering) ? numbering.auto : undefined;
    if (auto !== undefined && typeof auto !== 'boolean') problems.push('unres.numbering.auto must be true or false.');
    else if (typeof auto === 'boolean') settings.autoNumbering = auto;
  }
  const inlay = raw.inlayLabels;
  if (inlay !== undefined) {
    const enabled = isRecord(inlay) ? inlay.enabled : undefined;
    if (enabled !== undefined && typeof enabled !== 'boolean')
      problems.push('unres.inlayLabels.enabled must be true or false.');
    else if (typeof enabled === 'boolean') settings.inlayLabels = enabled;
  }
  const format = raw.format;
  if (format !== undefined) {
    if (!isRecord(format)) problems.push('unres.format must be an object of formatting options.');
    else {
      for (const key of ['noBreakSpaceInDates', 'curlyQuotes'] as const) {
        const value = format[key];
        if (value === undefined) continue;
        if (typeof value !== 'boolean') problems.push(`unres.format.${key} must be true or false.`);
        else settings[key] = value;
      }
    }
  }
  return { settings, problems };
}
