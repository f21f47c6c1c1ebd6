// Word export: the .docx is unzipped and its XML read back — every word of the resolution in order,
// openers and verbs in italics, the numbering as written, one Word footnote per footnote, the
// symbol in the running head, the page number field — on the seed, a written fixture and a sample
// of the corpus's organs; then `unres export --format docx` in memory and as a process.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main';
import { toDocx } from '../../server/src/core/export/docx';
import type { Resolution } from '../../server/src/core/model';
import { CORPUS_DIR, corpusOrSkip, REPO_ROOT, seedText } from '../support/corpus';
import {
  assertSameWords,
  bodyWords,
  checkExport,
  docxParts,
  expectedBodyWords,
  exported,
  exportedLabels,
  paragraphsOf,
  words,
  type Exported,
} from '../support/docx';

/** The masthead block's words: each written piece of the masthead is in it. */
function checkMasthead({ model, paragraphs }: Exported, name: string): void {
  const masthead = words(
    paragraphs
      .filter((paragraph) => paragraph.style === 'UnMasthead')
      .map((paragraph) => paragraph.text)
      .join('\n'),
  ).join(' ');
  const written = model.masthead;
  if (!written) return;
  for (const token of [written.symbol, written.organName, written.date, written.session, ...written.other])
    if (token) assert.ok(masthead.includes(words(token.text).join(' ')), `${name}: masthead has "${token.text}"`);
}

describe('Word export', () => {
  describe('the seed (A/RES/59/157 pasted from the document system)', () => {
    let seed: Exported;
    before(async function () {
      corpusOrSkip(this);
      seed = await exported(seedText());
    });

    it('prints every word of the resolution in order, italics, numbers, the footnote, head and page numbers', () => {
      checkExport(seed, 'seed');
    });

    it('puts back the masthead the paste carried run together at its end', () => {
      const masthead = seed.paragraphs.filter((paragraph) => paragraph.style === 'UnMasthead').map((p) => p.text);
      assert.deepEqual(masthead, [
        'United Nations\tA/RES/59/157',
        'General Assembly\tDistr.: General',
        '\t3 February 2005',
        'Fifty-ninth session',
        'Agenda item 96',
      ]);
    });

    it('lays out the title, the organ line and the numbered paragraphs as printed', () => {
      const styleOf = (start: string) =>
        seed.paragraphs.find((paragraph) => paragraph.text.startsWith(start))?.style ?? '(none)';
      assert.equal(styleOf('Resolution adopted by the General Assembly'), 'UnAdoption');
      assert.equal(styleOf('[on the report of the Third Committee'), 'UnReport');
      assert.equal(styleOf('59/157.\tInternational cooperation'), 'UnTitle');
      assert.equal(styleOf('The General Assembly,'), 'UnOrganLine');
      assert.deepEqual(exportedLabels(seed.paragraphs), ['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.']);
      const first = seed.paragraphs.find((paragraph) => paragraph.text.startsWith('1.\t'));
      assert.deepEqual(
        first?.runs.slice(0, 3).map((run) => [run.text, run.italic]),
        [
          ['1.', false],
          ['\t', false],
          ['Takes note with appreciation', true],
        ],
      );
      assert.equal(first?.runs.at(-1)?.footnote, 1, 'the marker after "thereto;" is a Word footnote reference');
      assert.equal(seed.notes.get(1), '\tE/CN.15/2004/5.');
      const closing = seed.paragraphs.filter((paragraph) => paragraph.style === 'UnClosing').map((p) => p.text);
      assert.deepEqual(closing, ['74th plenary meeting', '20 December 2004']);
    });

    it('sets the page in Times New Roman on US Letter, the first page without running head', () => {
      const styles = seed.parts['word/styles.xml'] ?? '';
      assert.match(styles, /<w:rFonts w:ascii="Times New Roman"/);
      const document = seed.parts['word/document.xml'] ?? '';
      assert.match(document, /<w:pgSz w:w="12240" w:h="15840"/);
      assert.match(document, /<w:titlePg\/>/);
      assert.match(seed.parts['word/settings.xml'] ?? '', /<w:evenAndOddHeaders\/>/);
    });
  });

  describe('a written fixture', () => {
    const FIXTURE = [
      'Resolution adopted by the General Assembly on 1 December 2030',
      '',
      '99/1. A test of the layout',
      '',
      'The General Assembly,',
      '',
      'Recalling its resolution 98/1 of 1 December 2029,2',
      '',
      'Deeply concerned by the state of things,',
      '',
      '1. Decides:',
      '',
      '(a) To do one thing;',
      '',
      '(i) In one way;',
      '',
      '(ii) In another way;3',
      '',
      '(b) To do another thing;',
      '',
      '2. Requests the Secretary-General to report again,2 and once more;',
      '',
      'II',
      '',
      'Financing',
      '',
      '3. Decides to finance it.',
      '',
      '99th plenary meeting',
      '1 December 2030',
      '',
      '_______________',
      '',
      '2 Resolution 98/1.',
      '3 A/99/1.',
      '5 A footnote no marker points to.',
      '',
    ].join('\n');

    it('keeps every word, the italics, the labels and the footnotes', async () => {
      checkExport(await exported(FIXTURE), 'fixture');
    });

    it('indents each level of sub-paragraphs one stop further, the label then a tab', async () => {
      const { paragraphs, parts } = await exported(FIXTURE);
      const document = parts['word/document.xml'] ?? '';
      const firstLine = (label: string): number => {
        const index = paragraphs.findIndex((paragraph) => paragraph.text.startsWith(`${label}\t`));
        const xml = [...document.matchAll(/<w:p>.*?<\/w:p>/gs)][index]?.[0] ?? '';
        return Number(/w:firstLine="(\d+)"/.exec(xml)?.[1] ?? Number.NaN);
      };
      assert.ok(firstLine('(i)') > firstLine('(a)'), '(i) deeper than (a)');
      assert.equal(firstLine('(a)'), firstLine('(b)'));
      assert.deepEqual(exportedLabels(paragraphs), ['1.', '(a)', '(i)', '(ii)', '(b)', '2.', '3.']);
    });

    it('centres the headings and sets the closing at the right', async () => {
      const { paragraphs } = await exported(FIXTURE);
      const styleOf = (text: string) => paragraphs.find((paragraph) => paragraph.text === text)?.style;
      assert.equal(styleOf('II'), 'UnHeading');
      assert.equal(styleOf('Financing'), 'UnHeading');
      assert.equal(styleOf('99th plenary meeting'), 'UnClosing');
    });

    it('numbers the footnotes from the text’s first, keeps a second marker and an unreferenced footnote', async () => {
      const { paragraphs, parts, notes } = await exported(FIXTURE);
      assert.match(parts['word/document.xml'] ?? '', /<w:footnotePr><w:numStart w:val="2"\/><\/w:footnotePr>/);
      assert.deepEqual([...notes.values()], ['\tResolution 98/1.', '\tA/99/1.']);
      const second = paragraphs.find((paragraph) => paragraph.text.startsWith('2.\t'));
      assert.ok(
        second?.runs.some((run) => run.superscript && run.text === '2'),
        'the second marker 2 stays, as a superscript',
      );
      assert.equal(paragraphs.at(-1)?.style, 'UnFootnote');
      assert.equal(paragraphs.at(-1)?.text, '5\tA footnote no marker points to.');
    });

    it('keeps a list quoted inside a paragraph and prose between items, each a paragraph of its own', async () => {
      const text = [
        'The General Assembly,',
        '',
        '1. Decides;',
        '',
        '2. Approves the following provisional agenda:',
        '',
        '1. Opening of the Congress.',
        '',
        '2. Organizational matters.',
        '',
        '3. Decides:',
        '',
        '(a) To meet;',
        '',
        'as follows, in words of its own.',
        '',
        '(b) To adjourn.',
        '',
      ].join('\n');
      const result = await exported(text);
      checkExport(result, 'quoted');
      assert.deepEqual(
        result.paragraphs.map((paragraph) => paragraph.text),
        [
          'The General Assembly,',
          '1.\tDecides;',
          '2.\tApproves the following provisional agenda:',
          '1.\tOpening of the Congress.',
          '2.\tOrganizational matters.',
          '3.\tDecides:',
          '(a)\tTo meet;',
          'as follows, in words of its own.',
          '(b)\tTo adjourn.',
        ],
      );
    });

    it('writes a document for an empty text and for text that is no resolution', async () => {
      for (const text of ['', '\n\n', 'Just a line of prose.\n\n1) odd\n\t\t\u0000 (z)\n']) {
        const result = await exported(text);
        assert.ok(result.parts['word/document.xml'], 'a document part');
        assertSameWords(bodyWords(result.paragraphs), expectedBodyWords(result.model), JSON.stringify(text));
      }
    });
  });

  describe('corpus sample: every organ, footnotes, sub-paragraphs, parts, an annex, old print', () => {
    const SAMPLE = [
      'A_RES_74_157', // GA: 14 footnotes, markers glued to dates
      'A_RES_77_5', // GA: an annex with numbered and lettered paragraphs
      'A_RES_74_250_A-B', // GA: parts A and B, each with its own organ line and closing
      'A_HRC_RES_57_12', // HRC: sub-paragraphs, footnotes numbered from 2
      'E_RES_2023_5', // ECOSOC: parts with headings, sub-paragraphs
      'S_RES_2533(2020)', // SC: no title, `Resolution 2533 (2020)`
      'S_RES_242(1967)', // SC: hard-wrapped print
    ];
    for (const name of SAMPLE)
      it(name, async function () {
        corpusOrSkip(this);
        const file = path.join(CORPUS_DIR, 'texts', `${name}.txt`);
        const result = await exported(readFileSync(file, 'utf8'));
        checkExport(result, name);
        checkMasthead(result, name);
      });

    it('prints Human Rights Council texts (Geneva) on A4', async function () {
      corpusOrSkip(this);
      const { parts } = await exported(readFileSync(path.join(CORPUS_DIR, 'texts', 'A_HRC_RES_57_12.txt'), 'utf8'));
      assert.match(parts['word/document.xml'] ?? '', /<w:pgSz w:w="11906" w:h="16838"/);
    });
  });

  describe('unres export --format docx', () => {
    const DRAFT = 'The General Assembly,\n\nRecalling its resolution 55/25,\n\n1. Decides;\n\n2. Requests.\n';

    async function run(argv: string[], writeDocx?: (model: Resolution) => Promise<Uint8Array>) {
      const written = new Map<string, string | Uint8Array>();
      let stderr = '';
      const code = await main({
        argv,
        fs: {
          readFile: async (file) => {
            if (file !== 'draft.unres') throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
            return DRAFT;
          },
          stat: async () => {
            throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
          },
          readdir: async () => [],
          writeNewFile: async (file, data) => {
            written.set(file, data);
          },
        },
        writeDocx,
        stdout: () => undefined,
        stderr: (text) => (stderr += text),
      });
      return { code, written, stderr };
    }

    it('writes the Word document beside the source, or to --out, and says so', async () => {
      const beside = await run(['export', '--format', 'docx', 'draft.unres'], toDocx);
      assert.equal(beside.code, 0, beside.stderr);
      const data = beside.written.get('draft.docx');
      assert.ok(data instanceof Uint8Array, 'bytes written to draft.docx');
      assert.deepEqual([...data.slice(0, 2)], [0x50, 0x4b], 'a zip file');
      assert.match(beside.stderr, /wrote draft\.docx/);
      const out = await run(['export', '--format=docx', '--out', 'other.docx', 'draft.unres'], toDocx);
      assert.equal(out.code, 0, out.stderr);
      assert.deepEqual([...out.written.keys()], ['other.docx']);
    });

    it('refuses to write over the source', async () => {
      const result = await run(['export', '--format', 'docx', '--out', 'draft.unres', 'draft.unres'], toDocx);
      assert.equal(result.code, 2);
      assert.equal(result.written.size, 0);
      assert.match(result.stderr, /would replace the source/);
    });

    it('says so when the host has no Word writer', async () => {
      const result = await run(['export', '--format', 'docx', 'draft.unres']);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /cannot export to Word: Word export is not available/);
    });

    it('runs as a process: the built CLI loads the Word writer from its own bundle', function () {
      this.timeout(20_000);
      const bin = path.join(REPO_ROOT, 'dist', 'cli.js');
      if (!existsSync(bin) || !existsSync(path.join(REPO_ROOT, 'dist', 'docx.js'))) {
        console.log('      (skipped: no build; npm run build)');
        this.skip();
      }
      const directory = mkdtempSync(path.join(tmpdir(), 'unres-docx-'));
      writeFileSync(path.join(directory, 'draft.unres'), DRAFT);
      const result = spawnSync(process.execPath, [bin, 'export', '--format', 'docx', 'draft.unres'], {
        cwd: directory,
        encoding: 'utf8',
      });
      assert.equal(result.status, 0, result.stderr);
      const document = docxParts(readFileSync(path.join(directory, 'draft.docx')))['word/document.xml'] ?? '';
      assert.deepEqual(exportedLabels(paragraphsOf(document)), ['1.', '2.']);
      const over = spawnSync(
        process.execPath,
        [bin, 'export', '--format', 'docx', '--out', 'draft.unres', 'draft.unres'],
        {
          cwd: directory,
          encoding: 'utf8',
        },
      );
      assert.equal(over.status, 2);
      assert.equal(readFileSync(path.join(directory, 'draft.unres'), 'utf8'), DRAFT, 'the source untouched');
    });
  });
});
