// Adopted texts are the false-positive test: every text in the corpus was edited by the UN before
// publication, so a rule that reports an error on one is wrong — unless the published text really
// is wrong, and then the case is named below with the reason. Warnings must stay rare (under 0.5
// per General Assembly text on average). The test prints a table per rule and per organ.
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { RULES } from '../../server/src/core/rules/registry';
import type { Diagnostic } from '../../server/src/core/rules/types';
import { LineIndex } from '../../server/src/core/text/positions';
import { corpusOrSkip, corpusTexts, seedText } from '../support/corpus';

interface KnownError {
  /** The reported text of each expected error, in order. */
  reported: string[];
  reason: string;
}

/** Published texts that really are wrong: rule → file → what is reported, and why it is right to. */
export const KNOWN_ERRORS: Record<string, Record<string, KnownError>> = {
  'operative-numbering': {
    A_RES_79_160: {
      reported: ['26', '27'],
      reason: 'the published text prints "26 Condemns" and "27 Affirms" without periods',
    },
    'S_RES_239(1967)': {
      reported: ['4,', '5,'],
      reason: 'OCR of the 1967 print reads the periods of 4 and 5 as commas',
    },
    'S_RES_587(1986)': { reported: ['7,'], reason: 'OCR of the 1986 print reads the period of 7 as a comma' },
  },
  'subparagraph-labels': {
    'S_RES_242(1967)': {
      reported: ['(ii)'],
      reason: 'OCR of the 1967 print reads (i) as (1), so the list seems to start at (ii)',
    },
    'S_RES_27(1947)': { reported: ['(6)'], reason: 'OCR reads (b) as (6)' },
    'S_RES_82(1950)': { reported: ['(5)', '(c)'], reason: 'OCR reads (b) as (5), so (c) then skips (b)' },
  },
  'citation-date': {
    A_RES_74_258: {
      reported: ['24 December 2107'],
      reason: 'resolution 72/256 is cited "of 24 December 2107": a misprint for 2017',
    },
    A_RES_80_24: {
      reported: ['19 December 2019', '19 December 2019', '17 December 2020'],
      reason:
        'resolutions 74/45 and 74/54 were adopted on 12 December 2019 and 75/45 on 7 December 2020 (UN data extract; other corpus texts cite them so)',
    },
    A_RES_76_148: {
      reported: ['16 April 2020'],
      reason:
        'decision 75/561 belongs to the 75th session (September 2020 – September 2021), so "16 April 2020" contradicts its number: one of the two is misprinted',
    },
  },
};

const ORGANS = ['GA', 'SC', 'HRC', 'ECOSOC'] as const;
type OrganKey = (typeof ORGANS)[number];

function organOf(name: string): OrganKey {
  if (name.startsWith('A_HRC_')) return 'HRC';
  if (name.startsWith('S_')) return 'SC';
  if (name.startsWith('E_')) return 'ECOSOC';
  return 'GA';
}

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
      const organ = organOf(name);
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
