// Everything that is derived from the rules' metadata or the lexicon stays in step with it:
// the docs pages, the settings in package.json, the generated grammar.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/core/rules/registry';
import { SEVERITY_SETTINGS } from '../../server/src/core/rules/types';
import { configSchemaFile, grammarFile, packageJsonFile, rulesIndexFile } from '../../scripts/generated';
import { unVocabularyFile } from '../../scripts/spelling';
import { REPO_ROOT } from '../support/corpus';

const packageJson = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));

describe('metadata', () => {
  it('gives every rule a docs page that states its description and default severity', () => {
    for (const { meta } of RULES) {
      assert.match(meta.id, /^[a-z]+(?:-[a-z]+)*$/);
      const page = path.join(REPO_ROOT, 'docs', 'rules', `${meta.id}.md`);
      assert.ok(existsSync(page), `docs/rules/${meta.id}.md is missing`);
      const text = readFileSync(page, 'utf8');
      assert.ok(text.startsWith(`# ${meta.id}\n`), `${meta.id}: page title`);
      assert.ok(text.includes(meta.description), `${meta.id}: page states the description`);
      assert.ok(
        text.includes(`**Default severity:** ${meta.defaultSeverity}`),
        `${meta.id}: page states the default severity`,
      );
      assert.ok(
        text.includes(`**Fixable:** ${meta.fixable ? 'yes' : 'no'}`),
        `${meta.id}: page states whether it is fixable`,
      );
    }
  });

  it("contributes one setting per rule with the rule's default", () => {
    const properties = packageJson.contributes.configuration.properties;
    for (const { meta } of RULES) {
      const setting = properties[`unres.rules.${meta.id}`];
      assert.ok(setting, `unres.rules.${meta.id} is contributed`);
      assert.equal(setting.default, meta.defaultSeverity);
      assert.deepEqual(setting.enum, [...SEVERITY_SETTINGS]);
      assert.ok(setting.markdownDescription.includes(meta.description));
    }
    const ruleSettings = Object.keys(properties).filter((key) => key.startsWith('unres.rules.'));
    assert.equal(ruleSettings.length, RULES.length, 'no setting for a rule that does not exist');
  });

  it('has the generated files up to date (npm run generate)', () => {
    const read = (file: string): string => readFileSync(path.join(REPO_ROOT, file), 'utf8');
    assert.equal(read('syntaxes/unres.tmLanguage.json'), grammarFile());
    assert.equal(read('docs/unres.schema.json'), configSchemaFile());
    assert.equal(read('docs/rules/README.md'), rulesIndexFile());
    assert.equal(read('client/spelling/un-vocabulary.txt'), unVocabularyFile());
    assert.equal(read('package.json'), packageJsonFile(read('package.json')));
  });

  it('contributes the .unres.json schema', () => {
    assert.deepEqual(packageJson.contributes.jsonValidation, [
      { fileMatch: '.unres.json', url: './docs/unres.schema.json' },
    ]);
  });

  it('activates on the language, and on plain text to recognize a pasted resolution', () => {
    // Plain text: an untitled tab's text is tested against the firstLine pattern (client/src/common.ts);
    // the server starts only once a resolution is open.
    assert.deepEqual(packageJson.activationEvents, ['onLanguage:unres', 'onLanguage:plaintext']);
    assert.equal(packageJson.contributes.languages[0].id, 'unres');
  });
});
