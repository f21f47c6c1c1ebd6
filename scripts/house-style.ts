// Measures the house style of each organ: runs the style rules over the adopted texts in
// ../shared/corpus (texts/ and dev/texts/) with no organ profile (as for a text of no known organ)
// and counts, per organ, in how many texts each form is published. The profile in
// server/src/core/data/house-style.ts is set by hand from this table: a form an organ publishes in
// at least 1 in 50 of its adopted texts (and in 10 texts at least, so that a small organ's few texts
// decide nothing) is that organ's house style, not an error.
// `npx tsx scripts/house-style.ts` (prints the table; needs the corpus next to the repository).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from '../server/src/core/parser/parse';
import { dateFormat } from '../server/src/core/rules/date-format';
import { memberStateName } from '../server/src/core/rules/member-state-name';
import { unSpelling } from '../server/src/core/rules/un-spelling';
import { unTerms } from '../server/src/core/rules/un-terms';
import type { Finding, Rule } from '../server/src/core/rules/types';
import type { Organ } from '../server/src/core/model';

const corpus = path.resolve(__dirname, '../../shared/corpus');
const dirs = [path.join(corpus, 'texts'), path.join(corpus, 'dev/texts')].filter((dir) => existsSync(dir));
if (dirs.length === 0) {
  console.log(`No corpus at ${corpus}: nothing to measure.`);
  process.exit(0);
}

const ORGANS = ['GA', 'SC', 'HRC', 'ECOSOC'] as const;

/** The organ of a text, from its file name (the symbol): the profile being measured is not read from the text. */
function organOf(file: string): (typeof ORGANS)[number] {
  if (file.startsWith('A_HRC_')) return 'HRC';
  if (file.startsWith('S_')) return 'SC';
  if (file.startsWith('E_')) return 'ECOSOC';
  return 'GA';
}

/** What a finding is about, so that the same form counts together: the form written, or what a date lacks. */
function formOf(rule: Rule, finding: Finding, text: string): string {
  const written = text.slice(finding.start, finding.end).replace(/\s+/g, ' ');
  // Spellings count by kind (-ise for -ize, US forms, -yze): a drafter's spelling is one habit, not a word at a time.
  if (rule === unSpelling)
    return /judg/i.test(written)
      ? `judg(e)ment: ${written.toLowerCase()}`
      : /\(-ize\)/.test(finding.message)
        ? '-ise for -ize'
        : /\(-yse\)/.test(finding.message)
          ? '-yze for -yse'
          : /official name/.test(finding.message)
            ? `name: ${written}`
            : 'US spelling (program, toward, defense …)';
  // Dates count by what is wrong first (`the day before the month`, `no ordinal`).
  if (rule === dateFormat)
    return finding.severity === 'error'
      ? 'impossible date'
      : (/\(([^)]*)\)\.$/.exec(finding.message)?.[1] ?? finding.message)
          .split(', ')[0]!
          .replace(/"(?:st|nd|rd|th)"/, '…');
  return written;
}

/** The right form a fix writes, to count the texts that use it (the share is of the texts that use either). */
function rightOf(finding: Finding): string | undefined {
  const right = finding.fix?.edits[0]?.newText.replace(/^[Tt]he /, '');
  return right ? right : undefined;
}

/** `form` as a whole word (`Russia` is not in `Russian Federation`, `toward` not in `towards`). */
function asWord(form: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
}

const RULES: Rule[] = [unTerms, unSpelling, memberStateName, dateFormat];
const texts: { organ: (typeof ORGANS)[number]; text: string }[] = [];
for (const dir of dirs)
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort())
    texts.push({ organ: organOf(file), text: readFileSync(path.join(dir, file), 'utf8') });

const totals: Record<string, number> = {};
for (const { organ } of texts) totals[organ] = (totals[organ] ?? 0) + 1;

for (const rule of RULES) {
  /** form → organ → texts that publish it; form → the right form. */
  const uses = new Map<string, Record<string, number>>();
  const users = new Map<string, Set<number>>();
  const rights = new Map<string, string>();
  for (const [index, { organ, text }] of texts.entries()) {
    const model = parse(text);
    // No profile: the strict house style of a text of no known organ.
    (model as { organ: Organ }).organ = 'other';
    const seen = new Set<string>();
    for (const finding of rule.check(model)) {
      const form = formOf(rule, finding, text);
      const right = rightOf(finding);
      if (right && rule !== dateFormat && rule !== unSpelling && !rights.has(form)) rights.set(form, right);
      if (seen.has(form)) continue;
      seen.add(form);
      users.set(form, (users.get(form) ?? new Set()).add(index));
      const counts = uses.get(form) ?? {};
      counts[organ] = (counts[organ] ?? 0) + 1;
      uses.set(form, counts);
    }
  }
  console.log(
    `\n${rule.meta.id}: texts publishing the form: share of the organ's texts, share of the texts that use it or its fix; texts per organ ${ORGANS.map((organ) => `${organ} ${totals[organ] ?? 0}`).join(', ')}`,
  );
  const rows = [...uses.entries()].sort(
    (a, b) => Object.values(b[1]).reduce((x, y) => x + y, 0) - Object.values(a[1]).reduce((x, y) => x + y, 0),
  );
  for (const [form, counts] of rows) {
    const right = rights.get(form);
    const cells = ORGANS.map((organ) => {
      const wrong = counts[organ] ?? 0;
      if (wrong === 0) return `${organ} -`.padEnd(20);
      // Texts that use the right form and not the wrong one, for the share.
      let either = wrong;
      if (right)
        for (const [index, entry] of texts.entries())
          if (entry.organ === organ && !users.get(form)?.has(index) && asWord(right).test(entry.text)) either++;
      const ofTexts = `${((100 * wrong) / totals[organ]!).toFixed(1)} %`;
      const ofUsers = right ? ` ${Math.round((100 * wrong) / either)} % of ${either}` : '';
      return `${organ} ${wrong}: ${ofTexts}${ofUsers}`.padEnd(30);
    });
    console.log(`  ${form.slice(0, 40).padEnd(42)}${cells.join('')}`);
  }
}
