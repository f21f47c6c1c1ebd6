// The UN's Akoma Ntoso files as `.unres` text, so that a draft can start from any published resolution.

export interface ImportResult {
  text: string;
  /** What could not be carried over, for people. */
  problems: string[];
}

export function fromAkomaNtoso(_xml: string): ImportResult {
  throw new Error('Akoma Ntoso import is being written (issue 18)');
}
