// The word-level difference of two paragraph texts (issue 19): Myers' O(ND) shortest edit script on
// word tokens. Written here rather than taken from jsdiff: the core needs one small function, and
// the extension ships to the web, where every dependency is bundle weight.
import type { WordChange } from './types';

/**
 * A token is a word (letters and digits) or one punctuation mark, each with the single space before
 * it, so that the tokens of a text concatenate back to it exactly and a run of changed words reads
 * as a phrase (`delete "the cat"`, `insert "a dog"`) rather than words cut by kept spaces.
 */
const TOKEN = / ?[\p{L}\p{N}]+| ?[^\s\p{L}\p{N}]/gu;

/** Whitespace runs as one space, none at the ends: the text the word changes reproduce. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function wordTokens(text: string): string[] {
  return collapseWhitespace(text).match(TOKEN) ?? [];
}

/**
 * Beyond this many edits the texts have little in common: the paragraph is reported as deleted and
 * inserted whole, which keeps the cost bounded (Myers' trace is O(D·(N+M)) in time and memory).
 */
const MAX_EDITS = 1000;

/** And the trace (one array of 2·(N+M) numbers per edit) stays within a few megabytes for a very long paragraph. */
const MAX_TRACE_CELLS = 4_000_000;

type Op = WordChange['op'];

/**
 * The changes that turn `base` into `draft`: the `equal` and `delete` runs concatenated give the base
 * text, the `equal` and `insert` runs the draft text (both with whitespace collapsed). Within a
 * change, the deletion comes before the insertion.
 */
export function diffWords(base: string, draft: string): WordChange[] {
  const a = wordTokens(base);
  const b = wordTokens(draft);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix++;
  const ops: Array<[Op, string]> = [];
  for (const token of a.slice(0, prefix)) ops.push(['equal', token]);
  const middle = myers(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix));
  ops.push(...middle);
  for (const token of a.slice(a.length - suffix)) ops.push(['equal', token]);
  return mergeRuns(ops);
}

/** The shortest edit script of two token lists, or delete-all/insert-all past MAX_EDITS. */
function myers(a: readonly string[], b: readonly string[]): Array<[Op, string]> {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  const limit = Math.min(n + m, MAX_EDITS, Math.floor(MAX_TRACE_CELLS / (2 * offset + 1)));
  let found = -1;
  for (let d = 0; d <= limit && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return [...a.map((t): [Op, string] => ['delete', t]), ...b.map((t): [Op, string] => ['insert', t])];
  // Walk the trace back from (n, m), one edit per step, collecting the diagonal runs between edits.
  const reversed: Array<[Op, string]> = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const previous = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && previous[offset + k - 1]! < previous[offset + k + 1]!);
    const previousK = down ? k + 1 : k - 1;
    const previousX = previous[offset + previousK]!;
    const previousY = previousX - previousK;
    while (x > previousX + (down ? 0 : 1) && y > previousY + (down ? 1 : 0)) {
      reversed.push(['equal', a[x - 1]!]);
      x--;
      y--;
    }
    if (down) reversed.push(['insert', b[y - 1]!]);
    else reversed.push(['delete', a[x - 1]!]);
    x = previousX;
    y = previousY;
  }
  while (x > 0 && y > 0) {
    reversed.push(['equal', a[x - 1]!]);
    x--;
    y--;
  }
  return reversed.reverse();
}

/** Consecutive tokens of one kind as one run; in each stretch of changes, deletions first. */
function mergeRuns(ops: ReadonlyArray<[Op, string]>): WordChange[] {
  const out: WordChange[] = [];
  let deleted = '';
  let inserted = '';
  const flush = (): void => {
    if (deleted) out.push({ op: 'delete', text: deleted });
    if (inserted) out.push({ op: 'insert', text: inserted });
    deleted = inserted = '';
  };
  for (const [op, text] of ops) {
    if (op === 'delete') deleted += text;
    else if (op === 'insert') inserted += text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.op === 'equal') last.text += text;
      else out.push({ op: 'equal', text });
    }
  }
  flush();
  return out;
}

/** The base text a list of word changes was made from (`equal` and `delete` runs). */
export function baseOfChanges(words: readonly WordChange[]): string {
  return words
    .filter((change) => change.op !== 'insert')
    .map((change) => change.text)
    .join('');
}

/** The draft text a list of word changes leads to (`equal` and `insert` runs). */
export function draftOfChanges(words: readonly WordChange[]): string {
  return words
    .filter((change) => change.op !== 'delete')
    .map((change) => change.text)
    .join('');
}
