// The Code Spell Checker configuration on adopted texts: cspell (the engine of Code Spell Checker)
// with client/spelling/cspell-unres.json on every tenth text of the corpus (texts/ and dev/texts/, every
// organ and period, OCR'd print included) reports few unknown words — the UN vocabulary, the
// en-GB dictionary and the patterns for quotations, names and acronyms keep it quiet — while the
// plain en-GB dictionary on the same texts reports many. The whole corpus (2,235 texts) takes two
// minutes; its numbers are in docs/spelling.md.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CORPUS_DIR, REPO_ROOT, corpusOrSkip } from '../support/corpus';

const CSPELL = path.join(REPO_ROOT, 'node_modules', 'cspell', 'bin.mjs');
const CONFIG = path.join(REPO_ROOT, 'client', 'spelling', 'cspell-unres.json');
const MAX_UNKNOWN_PER_TEXT = 2;

/** Every tenth file of the corpus, relative to its folder. */
function sample(): string[] {
  const files = [
    ...readdirSync(path.join(CORPUS_DIR, 'texts')).map((file) => `texts/${file}`),
    ...readdirSync(path.join(CORPUS_DIR, 'dev', 'texts')).map((file) => `dev/texts/${file}`),
  ]
    .filter((file) => file.endsWith('.txt'))
    .sort();
  return files.filter((_, index) => index % 10 === 0);
}

/** The unknown words cspell reports in the files, with `config`, as .unres text. */
function unknownWords(files: readonly string[], config: string): string[] {
  const run = spawnSync(
    process.execPath,
    [
      CSPELL,
      '--no-progress',
      '--no-summary',
      '--no-color',
      '--words-only',
      '-c',
      config,
      '--language-id',
      'unres',
      ...files,
    ],
    { cwd: CORPUS_DIR, encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 },
  );
  assert.ok(run.status === 0 || run.status === 1, `cspell ran: ${run.stderr}`);
  return run.stdout.split('\n').filter(Boolean);
}

describe('spelling: the Code Spell Checker configuration on adopted texts', function () {
  this.timeout(600_000);

  it(`reports at most ${MAX_UNKNOWN_PER_TEXT} unknown words per text, many fewer than plain en-GB`, function () {
    corpusOrSkip(this);
    const files = sample();
    const unknown = unknownWords(files, CONFIG);
    const plainConfig = path.join(tmpdir(), 'unres-plain-en-gb.cspell.json');
    writeFileSync(plainConfig, JSON.stringify({ version: '0.2', language: 'en-GB' }));
    const plain = unknownWords(files, plainConfig);
    const counts = new Map<string, number>();
    for (const word of unknown) counts.set(word, (counts.get(word) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 12);
    console.log(
      `      ${files.length} texts: ${unknown.length} unknown words (${(unknown.length / files.length).toFixed(2)} per text) with the unres configuration, ${plain.length} (${(plain.length / files.length).toFixed(2)}) with plain en-GB; most frequent: ${top.map(([word, count]) => `${word} ${count}`).join(', ')}`,
    );
    assert.ok(files.length > 200);
    assert.ok(unknown.length / files.length <= MAX_UNKNOWN_PER_TEXT, `${unknown.length} unknown words`);
    assert.ok(unknown.length * 5 < plain.length, 'the UN vocabulary and the patterns remove most unknown words');
  });
});
