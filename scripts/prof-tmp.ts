import { readFileSync } from 'node:fs';
import { parse } from '../server/src/core/parser/parse';
import { complete } from '../server/src/core/features/completion';
const text = readFileSync(process.argv[2], 'utf8');
const model = parse(text);
const re = /^\d+\.\t/gm; let m; const offs: number[] = []; while ((m = re.exec(text)) && offs.length < 3000) offs.push(m.index + 3);
let t = performance.now();
for (let k = 0; k < 300; k++) complete(model, offs[(k * 10) % offs.length]);
console.log('avg ms', ((performance.now() - t) / 300).toFixed(3));
