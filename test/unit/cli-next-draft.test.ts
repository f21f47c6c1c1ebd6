// `unres next-draft` through the CLI's in-memory `main`: the draft on standard output or in a new
// file (never over the adopted text), the notes on stderr, the exit codes.
import { runCli } from '../support/cli-host';
import * as assert from 'node:assert/strict';

// 77/990 and 78/990 are numbers no catalogue knows: taken, being recent, for earlier texts on the item.
const ADOPTED = [
  'Resolution adopted by the General Assembly on 4 December 2024',
  '[on the report of the Sixth Committee (A/79/500)]',
  '',
  '79/123. Widgets',
  '',
  'The General Assembly,',
  '',
  'Recalling its resolutions 77/990 of 1 October 2022 and 78/990 of 2 October 2023,',
  '',
  '1.\tDecides to include in the provisional agenda of its eightieth session the item entitled "Widgets".',
  '',
  '51st plenary meeting',
  '4 December 2024',
  '',
].join('\n');

const run = (argv: string[]) => runCli(argv, { 'adopted.unres': ADOPTED });

describe('cli: unres next-draft', () => {
  it('prints the next draft', async () => {
    const { code, stdout } = await run(['next-draft', 'adopted.unres']);
    assert.equal(code, 0);
    assert.match(stdout, /^United Nations\nA\/C\.6\/80\/L\.__\nGeneral Assembly\n/);
    assert.match(stdout, /^Sixth Committee$/m);
    assert.match(
      stdout,
      /resolutions 77\/990 of 1 October 2022, 78\/990 of 2 October 2023 and 79\/123 of 4 December 2024,/,
    );
    assert.match(stdout, /provisional agenda of its eighty-first session/);
    assert.doesNotMatch(stdout, /plenary meeting/);
  });

  it('writes it to --out, never over the adopted text', async () => {
    const written = await run(['next-draft', 'adopted.unres', '--out', 'draft.unres']);
    assert.equal(written.code, 0);
    assert.match(written.written['draft.unres'] ?? '', /\[Sponsors\]: draft resolution/);
    const over = await run(['next-draft', 'adopted.unres', '--out=adopted.unres']);
    assert.equal(over.code, 2);
    assert.match(over.stderr, /would replace the source/);
    assert.deepEqual(over.written, {});
  });

  it('answers bad input with a message and exit status 2', async () => {
    assert.equal((await run(['next-draft'])).code, 2);
    assert.equal((await run(['next-draft', 'a.unres', 'b.unres'])).code, 2);
    assert.equal((await run(['next-draft', '--bogus', 'adopted.unres'])).code, 2);
    const missing = await run(['next-draft', 'missing.unres']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /missing\.unres: cannot read \(ENOENT\)/);
    const help = await run(['next-draft', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: unres next-draft/);
  });
});
