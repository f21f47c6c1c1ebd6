// Writes the files that are derived from the core's lexicon and the rules' metadata, so they
// cannot drift from them: the TextMate grammar, the .unres.json schema, the rule settings in
// package.json and the UN vocabulary for Code Spell Checker. `npm run generate`; a test fails when a
// committed file differs.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { configSchemaFile, grammarFile, packageJsonFile, rulesIndexFile } from './generated';
import { unVocabularyFile } from './spelling';

const root = path.resolve(__dirname, '..');
const write = (file: string, content: string): void => {
  writeFileSync(path.join(root, file), content);
  console.log(`wrote ${file}`);
};
write('syntaxes/unres.tmLanguage.json', grammarFile());
write('docs/unres.schema.json', configSchemaFile());
write('docs/rules/README.md', rulesIndexFile());
write('client/spelling/un-vocabulary.txt', unVocabularyFile());
write('package.json', packageJsonFile(readFileSync(path.join(root, 'package.json'), 'utf8')));
