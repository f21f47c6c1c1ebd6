// The Code Spell Checker integration: client/spelling/cspell-unres.json run by the cspell CLI (the engine
// of Code Spell Checker) on .unres text — misspellings found with a suggestion, UN usage accepted,
// quotations, names and acronyms not checked — and the client's registration of the file with
// Code Spell Checker's API, with a fake extension.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Extension } from 'vscode';
import {
  CODE_SPELL_CHECKER_ID,
  registerSpellingConfig,
  type CodeSpellCheckerApi,
} from '../../client/src/spell-checker';
import { REPO_ROOT } from '../support/corpus';

export const CSPELL_CONFIG = path.join(REPO_ROOT, 'client', 'spelling', 'cspell-unres.json');
const CSPELL = path.join(REPO_ROOT, 'node_modules', 'cspell', 'bin.mjs');

/** The unknown words cspell reports in `text`, read as a .unres file. */
export function unknownWords(text: string): string[] {
  const run = spawnSync(
    process.execPath,
    [CSPELL, '--no-progress', '--no-summary', '--no-color', '-c', CSPELL_CONFIG, '--language-id', 'unres', 'stdin'],
    { input: text, encoding: 'utf8', timeout: 60_000 },
  );
  assert.ok(run.status === 0 || run.status === 1, `cspell ran: ${run.stderr}`);
  return [...run.stdout.matchAll(/Unknown word \((.+?)\)/g)].map((match) => match[1]!);
}

describe('spelling through Code Spell Checker', function () {
  this.timeout(60_000);

  it('finds misspellings, with a suggestion', () => {
    const text = 'The General Assembly,\n\n1. Decides to recieve the report and to acommodate the goverment;\n';
    assert.deepEqual(unknownWords(text), ['recieve', 'acommodate', 'goverment']);
  });

  it('accepts UN usage: -ize and British forms, the Member States, the bodies, the lexicon, the drafting words', () => {
    const text = [
      'The General Assembly,',
      '',
      'Reaffirming the Charter of the United Nations, and recognizing the organization of the programme of the Centre for Human Rights,',
      '',
      "Deeply concerned by the situation in Côte d’Ivoire, Côte d'Ivoire, Türkiye and the Lao People’s Democratic Republic,",
      '',
      '1. Requests the Secretary-General, inter alia, to report on peacebuilding, mainstreaming and intersessional work, mutatis mutandis, and the extrabudgetary subprogramme;',
      '',
      '2. Encourages the Office of the United Nations High Commissioner for Refugees and UN-Women to operationalize the follow-up;',
      '',
    ].join('\n');
    assert.deepEqual(unknownWords(text), []);
  });

  it('leaves quotations, names in running text and acronyms unchecked, but checks a paragraph’s first word', () => {
    const text =
      'The General Assembly,\n\nTakng note of the report entitled “Teh Situaton”, the work of Mr. Xyzzyvan in Kordofanxy and MONUSCOX,\n';
    assert.deepEqual(unknownWords(text), ['Takng']);
  });

  it('registers the configuration with Code Spell Checker when it is installed', async () => {
    assert.ok(existsSync(CSPELL_CONFIG));
    const config = JSON.parse(readFileSync(CSPELL_CONFIG, 'utf8')) as {
      enabledFileTypes: Record<string, boolean>;
      dictionaryDefinitions: { path: string }[];
    };
    assert.deepEqual(config.enabledFileTypes, { unres: true });
    for (const definition of config.dictionaryDefinitions)
      assert.ok(existsSync(path.join(path.dirname(CSPELL_CONFIG), definition.path)), definition.path);

    const registered: string[] = [];
    const fake = (api: CodeSpellCheckerApi | undefined, isActive: boolean) => (id: string) => {
      assert.equal(id, CODE_SPELL_CHECKER_ID);
      return {
        isActive,
        exports: api,
        activate: () => Promise.resolve(api),
      } as unknown as Extension<CodeSpellCheckerApi | undefined>;
    };
    const api = { registerConfig: (file: string) => void registered.push(file) };
    assert.equal(await registerSpellingConfig(() => undefined, CSPELL_CONFIG), 'absent');
    assert.equal(await registerSpellingConfig(fake(api, false), CSPELL_CONFIG), 'registered');
    assert.equal(await registerSpellingConfig(fake(api, true), CSPELL_CONFIG), 'registered');
    assert.deepEqual(registered, [CSPELL_CONFIG, CSPELL_CONFIG]);
    assert.equal(await registerSpellingConfig(fake({}, true), CSPELL_CONFIG), 'unsupported');
    await assert.rejects(
      registerSpellingConfig(
        fake(
          {
            registerConfig: () => {
              throw new Error('broken');
            },
          },
          true,
        ),
        CSPELL_CONFIG,
      ),
      /broken/,
    );
  });
});
