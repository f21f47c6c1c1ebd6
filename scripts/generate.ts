// Writes the files that are derived from the core's lexicon, so they cannot drift from it:
// snippets/unres.code-snippets and syntaxes/unres.tmLanguage.json. `npm run generate`; a test
// fails when the committed files differ from what this writes.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { snippetsFile, grammarFile } from './generated';

const root = path.resolve(__dirname, '..');
writeFileSync(path.join(root, 'snippets', 'unres.code-snippets'), snippetsFile());
writeFileSync(path.join(root, 'syntaxes', 'unres.tmLanguage.json'), grammarFile());
console.log('wrote snippets/unres.code-snippets and syntaxes/unres.tmLanguage.json');
