// Spelling through Code Spell Checker (streetsidesoftware.code-spell-checker), when the user has
// it: unres gives it client/spelling/cspell-unres.json — .unres files enabled, its maintained en-GB
// dictionary with the UN vocabulary that `npm run generate` writes from the core's data, and
// quotations, names and acronyms left unchecked. Code Spell Checker then underlines misspellings
// and offers its own quick fixes, "Add to workspace/folder dictionary" among them. Registered
// through the API its dictionary extensions use (`registerConfig`). Without it, nothing happens:
// unres bundles no English dictionary (see docs/spelling.md for why).
import type { Extension } from 'vscode';

export const CODE_SPELL_CHECKER_ID = 'streetsidesoftware.code-spell-checker';

/** The part of Code Spell Checker's extension API that unres uses. */
export interface CodeSpellCheckerApi {
  registerConfig?(path: string): unknown;
}

/** `vscode.extensions.getExtension`, passed in so that the registration is tested without an editor. */
export type GetExtension = (id: string) => Extension<CodeSpellCheckerApi | undefined> | undefined;

/**
 * Registers unres's cspell configuration with Code Spell Checker. Returns what happened, for the
 * log: `absent` (not installed), `registered`, or `unsupported` (an API without `registerConfig`).
 * An error of the other extension is thrown to the caller, which logs it.
 */
export async function registerSpellingConfig(
  getExtension: GetExtension,
  configPath: string,
): Promise<'absent' | 'registered' | 'unsupported'> {
  const extension = getExtension(CODE_SPELL_CHECKER_ID);
  if (!extension) return 'absent';
  const api = extension.isActive ? extension.exports : await extension.activate();
  if (typeof api?.registerConfig !== 'function') return 'unsupported';
  await api.registerConfig(configPath);
  return 'registered';
}
