import type { Diagnostic } from '../../core/rules/types';
import type { LineIndex } from '../../core/text/positions';

export interface FileReport {
  /** The path as the user gave it (or as found under a directory/glob they gave). */
  file: string;
  index: LineIndex;
  diagnostics: Diagnostic[];
}

export type Formatter = (reports: FileReport[]) => string;
