// footnotes on every adopted text of the corpus (texts/ and dev/texts/): markers are read from the
// whole text, so figures and symbols (`1,137`, `CM/Rec(2022)17`, `Res.9`, `71/2052`) give no
// finding, and what remains is the slips the UN published — each named here with why. A new
// warning or error, or a named one no longer found, fails the test.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from '../../server/src/core/parser/parse';
import { footnotes } from '../../server/src/core/rules/footnotes';
import { LineIndex } from '../../server/src/core/text/positions';
import { CORPUS_DIR, corpusOrSkip } from '../support/corpus';

/** `file:line marker-or-footnote` of every warning and error the rule gives on adopted texts, with why it is a real slip. */
const GENUINE: Record<string, string> = {
  'A_RES_ES-10_24:180 3':
    'footnote 2 is missing from the published footnotes (1 is followed by 3) and no marker 2 stands in the text',
  'A_RES_80_116:133 4':
    'footnote 3 is missing from the published footnotes (2 is followed by 4) and no marker 3 stands in the text',
  'A_RES_75_29:34 1': 'marker glued to the next word: `1994, 1in which`',
  'A_RES_76_222:40 21': 'marker inside a word: `a21nd`',
  'A_RES_77_189:24 6': 'markers inside words: `t6he`, `t7he` … `w14hich`',
  'A_RES_77_189:24 7': 'idem',
  'A_RES_77_189:24 8': 'idem',
  'A_RES_77_189:24 9': 'idem',
  'A_RES_77_189:24 10': 'idem',
  'A_RES_77_189:24 11': 'idem (`a11nd`)',
  'A_RES_77_189:24 12': 'idem',
  'A_RES_77_189:24 13': 'idem (`a13nd`)',
  'A_RES_77_189:24 14': 'idem (`w14hich`)',
  'A_RES_78_163:30 4': 'marker between two words without spaces: `Paris Agreement4and` (reported as inside a word)',
  'A_RES_78_225:30 2': 'marker set apart: `Sustainable Development 2 through`',
  'A_RES_79_149:26 7': 'markers inside words: `t7he` … `w15hich`',
  'A_RES_79_149:26 8': 'idem',
  'A_RES_79_149:26 9': 'idem',
  'A_RES_79_149:26 10': 'idem',
  'A_RES_79_149:26 11': 'idem',
  'A_RES_79_149:26 12': 'idem (`a12nd`)',
  'A_RES_79_149:26 13': 'idem',
  'A_RES_79_149:26 14': 'idem (`a14nd`)',
  'A_RES_79_149:26 15': 'idem (`w15hich`)',
  'A_RES_79_159:140 38': 'marker glued to the next word: `Paris Agreement,38and`',
  'A_RES_79_185:68 4': 'marker glued to the next word: `since March 2011 4and`',
  'A_RES_79_185:84 8': 'marker glued to the next word: `a draft resolution 8was`',
  'A_RES_79_263:39 8': 'marker inside a word: `a8nd`',
  'A_RES_79_36:26 6': 'markers glued to the next word: `Weapons 6and`, `weapons, 7in which`',
  'A_RES_79_36:26 7': 'idem',
  'A_RES_80_129:18 3': 'marker glued to the next word: `resolutions 3on`',
  'A_RES_80_129:26 5': 'markers glued to the next word: `Paris Agreement 5and`, `Climate Change 6that`',
  'A_RES_80_129:26 6': 'idem',
  'A_RES_80_179:38 16': 'marker glued to the next word: `outcomes, 16including`',
  'A_RES_80_51:26 6': 'markers glued to the next word: `Weapons 6and`, `weapons, 7in which`',
  'A_RES_80_51:26 7': 'idem',
  'A_RES_80_61:24 2': 'marker glued to the next word: `Secretary-General, 2and`',
  'A_RES_80_91:94 8': 'marker glued to the next word: `Development, 8including`',
  'E_RES_2023_25:37 2': 'marker set apart: `Sustainable Development 2 through`',
};

describe('footnotes on adopted texts', function () {
  this.timeout(120_000);

  it('reports only the slips the UN published (markers inside words, lost footnotes), not figures or symbols', function () {
    corpusOrSkip(this);
    const found: string[] = [];
    for (const folder of ['texts', path.join('dev', 'texts')]) {
      const directory = path.join(CORPUS_DIR, folder);
      if (!existsSync(directory)) continue;
      for (const file of readdirSync(directory).filter((name) => name.endsWith('.txt'))) {
        const text = readFileSync(path.join(directory, file), 'utf8');
        const index = new LineIndex(text);
        for (const finding of footnotes.check(parse(text))) {
          if ((finding.severity ?? footnotes.meta.defaultSeverity) === 'hint') continue;
          found.push(
            `${file.slice(0, -4)}:${index.positionAt(finding.start).line + 1} ${text.slice(finding.start, finding.end)}`,
          );
        }
      }
    }
    const unexpected = found.filter((key) => !(key in GENUINE));
    assert.deepEqual(unexpected, [], 'footnotes findings on adopted texts that are not named as genuine');
    if (existsSync(path.join(CORPUS_DIR, 'dev', 'texts')))
      assert.deepEqual(
        Object.keys(GENUINE).filter((key) => !found.includes(key)),
        [],
        'named slips no longer found',
      );
  });
});
