// Prints what unres reports on the corpus's adopted texts per organ (errors, warnings and hints per
// text, agreement with the UN's markup) as the README's table; `--write` puts it in README.md
// between the `rates` markers. Needs ../shared/corpus.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { corpusAvailable, CORPUS_DIR, REPO_ROOT } from '../test/support/corpus';
import { ratesTable, sweepCorpus } from '../test/support/organ-rates';

if (!corpusAvailable()) {
  console.error(`unres rates: no corpus at ${CORPUS_DIR}`);
  process.exit(2);
}
const table = ratesTable(sweepCorpus());
if (process.argv.includes('--write')) {
  const readme = path.join(REPO_ROOT, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- rates:start -->';
  const end = '<!-- rates:end -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) {
    console.error('unres rates: README.md has no rates markers');
    process.exit(2);
  }
  writeFileSync(readme, `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`);
} else {
  console.log(table);
}
