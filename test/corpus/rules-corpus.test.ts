// Adopted texts are the false-positive test: every text in the corpus was edited by the UN before
// publication, so a rule that reports an error on one is wrong — unless the published text really
// is wrong, and then the case is named below with the reason. Warnings must stay rare (under 0.5
// per General Assembly text on average). The test prints a table per rule and per organ.
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { RULES } from '../../server/src/core/rules/registry';
import type { Diagnostic } from '../../server/src/core/rules/types';
import { LineIndex } from '../../server/src/core/text/positions';
import { ORGANS, corpusOrSkip, corpusTexts, organOfFile, seedText, type OrganKey } from '../support/corpus';
import { KNOWN_ERRORS } from './known-errors';

describe('rules on adopted texts', function () {
  this.timeout(120_000);

  it('report no errors but the named ones, and few warnings', function () {
    corpusOrSkip(this);
    const texts = corpusTexts();
    const counts = new Map<string, Record<OrganKey, Record<Diagnostic['severity'], number>>>();
    const blank = (): Record<Diagnostic['severity'], number> => ({ error: 0, warning: 0, information: 0, hint: 0 });
    for (const { meta } of RULES) counts.set(meta.id, { GA: blank(), SC: blank(), HRC: blank(), ECOSOC: blank() });
    const textsPerOrgan: Record<OrganKey, number> = { GA: 0, SC: 0, HRC: 0, ECOSOC: 0 };
    const unexpected: string[] = [];
    const seen: Record<string, Record<string, string[]>> = {};

    for (const { name, text } of texts) {
      const organ = organOfFile(name);
      textsPerOrgan[organ]++;
      const index = new LineIndex(text);
      const result = lint(text);
      assert.deepEqual(result.failures, [], name);
      for (const diagnostic of result.diagnostics) {
        counts.get(diagnostic.rule)![organ][diagnostic.severity]++;
        if (diagnostic.severity !== 'error') continue;
        // No-break spaces as published are compared as spaces.
        const reported = text.slice(diagnostic.start, diagnostic.end).replace(/\s+/g, ' ');
        ((seen[diagnostic.rule] ??= {})[name] ??= []).push(reported);
        if (!KNOWN_ERRORS[diagnostic.rule]?.[name]?.reported.includes(reported)) {
          unexpected.push(
            `${diagnostic.rule} ${name}:${index.positionAt(diagnostic.start).line + 1} "${reported}" ${diagnostic.message}`,
          );
        }
      }
    }

    const rows = [...counts].map(([rule, byOrgan]) => {
      const cells = ORGANS.map((organ) =>
        `${byOrgan[organ].error}/${byOrgan[organ].warning}/${byOrgan[organ].information + byOrgan[organ].hint}`.padStart(
          11,
        ),
      );
      return `        ${rule.padEnd(24)}${cells.join('')}`;
    });
    console.log(`      findings on ${texts.length} adopted texts (errors/warnings/hints+information per organ):`);
    console.log(
      `        ${'rule'.padEnd(24)}${ORGANS.map((organ) => `${organ} (${textsPerOrgan[organ]})`.padStart(11)).join('')}`,
    );
    console.log(rows.join('\n'));
    const gaWarnings = [...counts.values()].reduce((sum, byOrgan) => sum + byOrgan.GA.warning, 0);
    const perText = gaWarnings / Math.max(1, textsPerOrgan.GA);
    console.log(`        warnings per GA text: ${perText.toFixed(3)}`);

    assert.deepEqual(unexpected, [], 'errors on adopted texts that are not named as real errors');
    for (const [rule, files] of Object.entries(KNOWN_ERRORS)) {
      for (const [name, known] of Object.entries(files)) {
        assert.deepEqual(seen[rule]?.[name], known.reported, `${rule} still reports ${name} (${known.reason})`);
      }
    }
    assert.ok(perText < 0.5, `warnings per GA text ${perText.toFixed(3)} must stay under 0.5`);
  });

  it('find nothing structural in the body of the seed text', function () {
    corpusOrSkip(this);
    const structural = new Set([
      'operative-numbering',
      'subparagraph-labels',
      'footnotes',
      'preamble-punctuation',
      'operative-punctuation',
    ]);
    const found = lint(seedText()).diagnostics.filter((diagnostic) => structural.has(diagnostic.rule));
    assert.deepEqual(
      found.map((diagnostic) => `${diagnostic.rule}: ${diagnostic.message}`),
      [],
    );
  });
});
