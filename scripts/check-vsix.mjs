// @ts-check
// Checks the packaged VSIX: under 1.5 MB (the web server carries the UN's records, the Node hosts share
// dist/un-records.js), bundles only (no node_modules), and the files the extension needs at run time. Reads the zip's central directory itself (no unzip needed).
// Usage: node scripts/check-vsix.mjs unres-<version>.vsix
import { readFileSync, statSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/check-vsix.mjs <file.vsix>');
  process.exit(2);
}
const data = readFileSync(file);
// End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
let end = -1;
for (let index = data.length - 22; index >= Math.max(0, data.length - 65_557); index--) {
  if (data.readUInt32LE(index) === 0x06054b50) {
    end = index;
    break;
  }
}
if (end < 0) {
  console.error(`${file}: not a zip file`);
  process.exit(1);
}
const count = data.readUInt16LE(end + 10);
let offset = data.readUInt32LE(end + 16);
const names = [];
for (let entry = 0; entry < count; entry++) {
  const nameLength = data.readUInt16LE(offset + 28);
  const extraLength = data.readUInt16LE(offset + 30);
  const commentLength = data.readUInt16LE(offset + 32);
  names.push(data.toString('utf8', offset + 46, offset + 46 + nameLength));
  offset += 46 + nameLength + extraLength + commentLength;
}
const size = statSync(file).size;
const problems = [];
if (size >= 1.5 * 1024 * 1024) problems.push(`the VSIX is ${(size / 1024).toFixed(0)} KB, not under 1.5 MB`);
if (names.some((name) => name.includes('node_modules/'))) problems.push('the VSIX contains node_modules');
for (const needed of [
  'extension/package.json',
  'extension/dist/client.js',
  'extension/dist/server.js',
  'extension/dist/docx.js',
  'extension/dist/un-records.js',
  'extension/dist/web/client.js',
  'extension/dist/web/server.js',
  'extension/syntaxes/unres.tmLanguage.json',
  'extension/snippets/unres.code-snippets',
  'extension/language-configuration.json',
  'extension/docs/unres.schema.json',
]) {
  if (!names.includes(needed)) problems.push(`missing ${needed}`);
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`check-vsix: ${problem}`);
  process.exit(1);
}
console.log(`check-vsix: ${file} ${(size / 1024).toFixed(0)} KB, ${names.length} files, bundles only`);
