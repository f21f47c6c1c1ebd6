import { readFileSync, readdirSync } from 'node:fs';
import { parse } from '../server/src/core/parser/parse';
import { RULES } from '../server/src/core/rules/registry';
import { runRule } from '../server/src/core/lint';
const which = process.argv[2];
const texts = which === 'batch' ? readdirSync('/tmp/unres-bench-ZAE0b9/batch').map((f) => readFileSync('/tmp/unres-bench-ZAE0b9/batch/' + f, 'utf8')) : [readFileSync('/tmp/unres-bench-ZAE0b9/omnibus.unres', 'utf8')];
const totalMB = texts.reduce((a, t) => a + t.length, 0) / 1e6;
for (let round = 0; round < 3; round++) {
  const times = new Map<string, number>();
  const t0 = performance.now();
  let tp = 0;
  for (const text of texts) {
    let s = performance.now();
    const model = parse(text);
    tp += performance.now() - s;
    for (const rule of RULES) {
      s = performance.now();
      runRule(rule, model, {}, []);
      times.set(rule.meta.id, (times.get(rule.meta.id) ?? 0) + performance.now() - s);
    }
  }
  const total = performance.now() - t0;
  console.log(`round ${round}: total ${total.toFixed(0)} ms (${(totalMB / total * 1000).toFixed(1)} MB/s) parse ${tp.toFixed(0)}`);
  if (round === 2) for (const [k, v] of [...times].sort((a, b) => b[1] - a[1])) console.log('  ', v.toFixed(0).padStart(5), k);
}
