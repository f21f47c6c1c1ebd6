import { readFileSync } from 'node:fs';
import { parse } from '../server/src/core/parser/parse';
import { rawCitations } from '../server/src/core/citations/extract';
const text = readFileSync(process.argv[2], 'utf8');
for (let i = 0; i < 4; i++) {
  const model = parse(text);
  const t = performance.now();
  const c = rawCitations(model);
  console.log('citations', (performance.now() - t).toFixed(1), c.length);
}
