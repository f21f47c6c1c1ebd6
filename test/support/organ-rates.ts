// What unres reports on adopted texts, per organ: the sweep behind test/corpus/organs-corpus.test.ts
// and the table in the README (`npm run rates`). Adopted texts were edited by the UN before
// publication, so every error here must be a real slip, and warnings and hints must stay rare.
import { lint } from '../../server/src/core/lint';
import { allOperative, type Resolution } from '../../server/src/core/model';
import type { Diagnostic } from '../../server/src/core/rules/types';
import { LineIndex } from '../../server/src/core/text/positions';
import { ORGANS, corpusTexts, devStructure, devTexts, organOfFile, type OrganKey } from './corpus';

export interface Reported {
  file: string;
  /** 1-based. */
  line: number;
  rule: string;
  severity: Diagnostic['severity'];
  /** The reported text, blanks folded. */
  text: string;
  message: string;
}

export interface OrganRates {
  texts: number;
  errors: number;
  warnings: number;
  /** Hints and information. */
  hints: number;
  /** Texts with at least one error or warning. */
  flagged: number;
}

export interface Sweep {
  organs: Record<OrganKey, OrganRates>;
  reported: Reported[];
  /** Operative numbers against the UN's markup of the dev texts whose numbering is unambiguous (runs 1, 2, 3 …). */
  numbering: { files: number; agree: number; disagreements: string[] };
}

/** Lints every adopted text of the corpus (`texts/` and `dev/texts/`). */
export function sweepCorpus(): Sweep {
  const organs = Object.fromEntries(
    ORGANS.map((organ) => [organ, { texts: 0, errors: 0, warnings: 0, hints: 0, flagged: 0 }]),
  ) as Record<OrganKey, OrganRates>;
  const reported: Reported[] = [];
  const numbering = new NumberingAgreement();
  for (const { name, text } of [...corpusTexts(), ...devTexts()]) {
    const rates = organs[organOfFile(name)];
    rates.texts++;
    const index = new LineIndex(text);
    let flagged = false;
    const result = lint(text);
    numbering.add(name, result.model);
    for (const diagnostic of result.diagnostics) {
      if (diagnostic.severity === 'error') rates.errors++;
      else if (diagnostic.severity === 'warning') rates.warnings++;
      else rates.hints++;
      if (diagnostic.severity === 'error' || diagnostic.severity === 'warning') flagged = true;
      reported.push({
        file: name,
        line: index.positionAt(diagnostic.start).line + 1,
        rule: diagnostic.rule,
        severity: diagnostic.severity,
        text: text.slice(diagnostic.start, diagnostic.end).replace(/\s+/g, ' '),
        message: diagnostic.message,
      });
    }
    if (flagged) rates.flagged++;
  }
  return { organs, reported, numbering: numbering.result() };
}

/** Operative numbers against the UN's markup, for the dev texts it covers (the model the sweep linted). */
class NumberingAgreement {
  private readonly structure = devStructure();
  private files = 0;
  private agree = 0;
  private readonly disagreements: string[] = [];

  add(name: string, model: Resolution): void {
    const want = this.structure.get(name)?.operative;
    // About 7 % of the UN's files lack or misplace <num>: only numbering that runs 1, 2, 3 … (each
    // part or section perhaps from 1 again) is taken as a verdict.
    const unambiguous =
      want !== undefined &&
      want.length > 0 &&
      want.every(
        (number, index) => /^\d+$/.test(number) && (number === '1' || Number(number) === Number(want[index - 1]) + 1),
      );
    if (!unambiguous) return;
    this.files++;
    const got = allOperative(model).flatMap((paragraph) => (paragraph.number ? [String(paragraph.number.value)] : []));
    if (got.join(' ') === want.join(' ')) this.agree++;
    else this.disagreements.push(`${name}: ${got.length} numbers, the UN's markup ${want.length}`);
  }

  result(): Sweep['numbering'] {
    return { files: this.files, agree: this.agree, disagreements: this.disagreements };
  }
}

/** The README's table: per organ, texts, errors, warnings and hints per text, texts flagged. */
export function ratesTable(sweep: Sweep): string {
  const rows = [
    '| organ | adopted texts | errors | warnings per text | hints and information per text | texts with an error or warning |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const organ of ORGANS) {
    const rates = sweep.organs[organ];
    const per = (count: number): string => (count / Math.max(1, rates.texts)).toFixed(2);
    rows.push(
      `| ${organ} | ${rates.texts} | ${rates.errors} | ${per(rates.warnings)} | ${per(rates.hints)} | ${((100 * rates.flagged) / Math.max(1, rates.texts)).toFixed(1)} % |`,
    );
  }
  const { files, agree } = sweep.numbering;
  rows.push(
    '',
    `Operative numbers agree with the UN's own markup on ${agree} of ${files} development texts whose markup is unambiguous (${((100 * agree) / Math.max(1, files)).toFixed(1)} %).`,
  );
  return rows.join('\n');
}
