// `unres compare` through the CLI's in-memory `main`: the three formats, --out, exit codes, and the
// redline page's escaping and policy.
import { runCli } from '../support/cli-host';
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { REDLINE_CSP, REDLINE_CSS, REDLINE_CSS_SHA256 } from '../../server/src/core/compare/redline-html';
import type { Comparison } from '../../server/src/core/compare/types';
import { writeTrackedDocx } from '../../server/src/node/docx-writer';
import { documentXml, readParagraphs } from '../support/docx-changes';

const BASE = [
  'The General Assembly,',
  '',
  'Recalling its resolution 78/1,',
  '',
  'Noting the report of the Secretary-General,',
  '',
  '1. Requests the Secretary-General to report to the General Assembly at its eightieth session;',
  '',
  '2. Decides to remain seized of the matter.',
  '',
].join('\n');

const DRAFT = [
  'The General Assembly,',
  '',
  'Recalling its resolution 78/1,',
  '',
  '1. Welcomes the cooperation of <script>alert(1)</script> Member States;',
  '',
  '2. Requests the Secretary-General to report to the General Assembly at its eighty-first session;',
  '',
  '3. Decides to remain seized of the matter.',
  '',
].join('\n');

const run = (argv: string[], files: Record<string, string> = { 'base.unres': BASE, 'draft.unres': DRAFT }) =>
  runCli(argv, files, { writeTrackedDocx });

describe('cli: unres compare', () => {
  it('prints one line per paragraph that is not unchanged, then the counts', async () => {
    const { code, stdout } = await run(['compare', 'base.unres', 'draft.unres']);
    assert.equal(code, 0);
    assert.equal(
      stdout,
      [
        'PP2: deleted',
        'OP1: new',
        'OP2 (was OP1): changed',
        'OP3 (was OP2): renumbered',
        '5 paragraphs: 1 changed, 1 new, 1 deleted, 2 unchanged, 1 renumbered',
        '',
      ].join('\n'),
    );
  });

  it('prints the comparison as JSON', async () => {
    const { code, stdout } = await run(['compare', '--format', 'json', 'base.unres', 'draft.unres']);
    assert.equal(code, 0);
    const comparison = JSON.parse(stdout) as Comparison;
    const changed = comparison.paragraphs.find((p) => p.change === 'changed');
    assert.deepEqual(
      changed?.words?.filter((w) => w.op !== 'equal'),
      [
        { op: 'delete', text: ' eightieth' },
        { op: 'insert', text: ' eighty-first' },
      ],
    );
    assert.equal(changed?.base?.text, BASE.split('\n')[6]);
    assert.equal(changed?.draft?.start, DRAFT.indexOf('2. Requests'));
  });

  it('writes a standalone redline page with the text escaped and nothing allowed to load or run', async () => {
    const { code, written, stderr, stdout } = await run([
      'compare',
      '--format=html',
      '--out',
      'diff.html',
      'base.unres',
      'draft.unres',
    ]);
    assert.equal(code, 0);
    assert.equal(stdout, '');
    assert.match(stderr, /wrote diff\.html/);
    const page = written['diff.html'] ?? '';
    assert.match(page, /^<!DOCTYPE html>/);
    assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="${REDLINE_CSP}">`));
    assert.ok(page.includes('<del> eightieth</del><ins> eighty-first</ins>'));
    assert.ok(page.includes('<del>Noting the report of the Secretary-General,</del>'));
    assert.ok(!page.includes('<script>'));
    assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  });

  it('pins the redline style sheet by its true SHA-256 (update REDLINE_CSS_SHA256 when it changes)', () => {
    assert.equal(REDLINE_CSS_SHA256, createHash('sha256').update(REDLINE_CSS, 'utf8').digest('base64'));
  });

  it('reports nothing but the count for a text compared with itself', async () => {
    const { code, stdout } = await run(['compare', 'base.unres', 'base.unres']);
    assert.equal(code, 0);
    assert.equal(stdout, '4 paragraphs: 4 unchanged\n');
  });

  it('exits 2 on an unreadable file, a wrong number of files, an unknown format or option', async () => {
    const unreadable = await run(['compare', 'base.unres', 'missing.unres']);
    assert.equal(unreadable.code, 2);
    assert.match(unreadable.stderr, /missing\.unres: cannot read \(ENOENT\)/);
    assert.equal((await run(['compare', 'base.unres'])).code, 2);
    const docx = await run(['compare', '--format', 'docx', 'base.unres', 'draft.unres']);
    assert.equal(docx.code, 2);
    assert.match(docx.stderr, /--format docx writes a Word file: give --out FILE\.docx/);
    assert.equal((await run(['compare', '--format', 'rtf', 'base.unres', 'draft.unres'])).code, 2);
    assert.equal((await run(['compare', '--colour', 'base.unres', 'draft.unres'])).code, 2);
    assert.equal((await run(['compare', '--out', 'draft.unres', 'base.unres', 'draft.unres'])).code, 2);
  });

  it('writes the draft with tracked changes by --author: accepted it is the draft, rejected the base', async () => {
    const result = await run([
      'compare',
      '--format',
      'docx',
      '--author',
      'Delegation of Ghana',
      '--out',
      'tracked.docx',
      'base.unres',
      'draft.unres',
    ]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /wrote tracked\.docx/);
    const xml = documentXml(result.bytes['tracked.docx']!);
    assert.match(xml, /<w:ins [^>]*w:author="Delegation of Ghana"/);
    assert.match(xml, /<w:del [^>]*w:author="Delegation of Ghana"/);
    const texts = (reading: 'accept' | 'reject') =>
      readParagraphs(xml, reading)
        .map((paragraph) => paragraph.text)
        .join('\n');
    const accepted = texts('accept');
    assert.match(accepted, /Welcomes the cooperation of <script>alert\(1\)<\/script> Member States/);
    assert.match(accepted, /eighty-first session/);
    assert.doesNotMatch(accepted, /Noting the report/);
    const rejected = texts('reject');
    assert.match(rejected, /Noting the report of the Secretary-General/);
    assert.match(rejected, /eightieth session/);
    assert.doesNotMatch(rejected, /Welcomes the cooperation/);
  });

  it('prints its usage with --help', async () => {
    const { code, stdout } = await run(['compare', '--help']);
    assert.equal(code, 0);
    assert.match(stdout, /Usage: unres compare <base> <draft>/);
  });
});
