// nextDraft on the UN's own successive texts: the draft made from each adopted resolution must be
// closer to the next adopted text on the same item than the adopted text itself is (fewer words
// changed, as compareResolutions counts them), on a large majority of GA pairs; no session of the
// organ's own from the adopting one to the draft's may be left behind, and the placeholders stand
// where the drafter has to fill them in.
import * as assert from 'node:assert/strict';
import { Catalog, bundledProviders } from '../../server/src/core/catalog/catalog';
import { compareResolutions } from '../../server/src/core/compare/compare';
import { wordTokens } from '../../server/src/core/compare/word-diff';
import { capitalize, ordinalWords, parseOrdinalWords } from '../../server/src/core/data/ordinals';
import { catalogLookup, nextDraft, type NextDraft } from '../../server/src/core/features/next-draft';
import { allOperative, allPreambular, type Resolution } from '../../server/src/core/model';
import { parse } from '../../server/src/core/parser/parse';
import { corpusOrSkip } from '../support/corpus';
import { successivePairs, type Dated } from '../support/successive-pairs';

/** Words inserted or deleted between two texts' paragraphs. */
function wordsChanged(base: Resolution, draft: Resolution): number {
  let count = 0;
  for (const paragraph of compareResolutions(base, draft).paragraphs) {
    if (paragraph.change === 'new') count += wordTokens(paragraph.draft!.text).length;
    else if (paragraph.change === 'deleted') count += wordTokens(paragraph.base!.text).length;
    else for (const run of paragraph.words ?? []) if (run.op !== 'equal') count += wordTokens(run.text).length;
  }
  return count;
}

const ITS_SESSION = /\bits[ \u00A0]+([a-z]+(?:[-\u2011][a-z]+)?)[ \u00A0]+session\b/g;

describe('nextDraft: successive resolutions on the same item (corpus)', function () {
  this.timeout(600_000);
  const results: Array<{ earlier: Dated; later: Dated; draft: NextDraft; model: Resolution }> = [];

  let lookup: ReturnType<typeof catalogLookup>;

  before(function () {
    corpusOrSkip(this);
    lookup = catalogLookup(new Catalog(bundledProviders()));
    for (const [earlier, later] of successivePairs()) {
      const draft = nextDraft(earlier.model.text, { lookup });
      results.push({ earlier, later, draft, model: parse(draft.text) });
    }
  });

  it('brings a large majority of GA texts closer to the next adopted text on the item', () => {
    const tally = { closer: 0, same: 0, farther: 0, saved: 0 };
    const ways = new Map<string, number>();
    for (const { earlier, later, draft, model } of results.filter(({ earlier }) => earlier.model.organ === 'GA')) {
      const before = wordsChanged(earlier.model, later.model);
      const after = wordsChanged(model, later.model);
      tally[after < before ? 'closer' : after === before ? 'same' : 'farther']++;
      tally.saved += before - after;
      ways.set(String(draft.recall), (ways.get(String(draft.recall)) ?? 0) + 1);
    }
    const pairs = tally.closer + tally.same + tally.farther;
    console.log(
      `      ${pairs} GA pairs: draft closer to the next text in ${tally.closer}, as close in ${tally.same}, farther in ${tally.farther}; ${tally.saved} words of change saved; base ${[...ways].map(([way, n]) => `${way} ${n}`).join(', ')}`,
    );
    assert.ok(pairs >= 300, `only ${pairs} GA pairs`);
    assert.ok(tally.closer >= pairs * 0.6, `closer in only ${tally.closer} of ${pairs}`);
    assert.ok(tally.farther <= pairs * 0.1, `farther in ${tally.farther} of ${pairs}`);
    assert.ok(tally.saved > 0);
  });

  it('adds no new Recalling paragraph where no paragraph recalls the item: the next texts do not have one', () => {
    let farther = 0;
    let cases = 0;
    for (const { earlier, later, draft, model } of results) {
      if (earlier.model.organ !== 'GA' || draft.recall !== 'none') continue;
      cases++;
      const withParagraph = parse(nextDraft(earlier.model.text, { lookup, recallParagraph: true }).text);
      if (wordsChanged(withParagraph, later.model) > wordsChanged(model, later.model)) farther++;
    }
    console.log(
      `      a new Recalling paragraph would take the draft farther from the next text in ${farther} of ${cases} GA pairs`,
    );
    assert.ok(cases >= 100 && farther >= cases * 0.9, `${farther} of ${cases}`);
  });

  it("leaves no session of its own between the adopting one and the draft's behind", () => {
    const left: string[] = [];
    for (const { earlier, draft, model } of results) {
      if (earlier.model.organ !== 'GA' || draft.session === undefined) continue;
      const own = earlier.session;
      const body = model.text.slice(model.organLines[0]?.start ?? 0, model.footnoteSeparator?.start);
      for (const match of body.matchAll(ITS_SESSION)) {
        const value = parseOrdinalWords(match[1]!);
        if (value !== undefined && value >= own && value < draft.session) left.push(`${earlier.name}: ${match[0]}`);
      }
    }
    assert.deepEqual(left.slice(0, 10), [], `${left.length} left behind`);
  });

  it("sets the draft's head: symbol and session line of the draft's session, placeholders, no adoption facts", () => {
    const wrong: string[] = [];
    for (const { earlier, draft, model } of results) {
      if (earlier.model.organ !== 'GA') continue;
      const session = draft.session!;
      const symbol = model.masthead?.other.find((line) => /^A\/(?:C\.\d\/)?\d+\/L\.__$/.test(line.text))?.text ?? '';
      if (!symbol.includes(`/${session}/L.__`)) wrong.push(`${earlier.name}: symbol ${symbol || 'missing'}`);
      if (model.masthead?.session?.text !== `${capitalize(ordinalWords(session)!)} session`)
        wrong.push(`${earlier.name}: session line ${model.masthead?.session?.text}`);
      if (model.closings.length > 0 || model.adoption) wrong.push(`${earlier.name}: adoption facts kept`);
      if (!/^\[Sponsors\]: draft resolution$/m.test(draft.text)) wrong.push(`${earlier.name}: no sponsors line`);
      if (allOperative(model).length !== allOperative(earlier.model).length)
        wrong.push(
          `${earlier.name}: ${allOperative(model).length} operative paragraphs, ${allOperative(earlier.model).length} before`,
        );
      if (allPreambular(model).length !== allPreambular(earlier.model).length)
        wrong.push(`${earlier.name}: preamble changed`);
      const number =
        earlier.model.masthead?.symbol?.text.replace(/^A\/RES\//, '').replace(/ A-B$/, ' A and B') ??
        earlier.model.title!.number!.text;
      if ((draft.recall === 'appended' || draft.recall === 'replaced') && !draft.text.includes(`${number} of `))
        wrong.push(`${earlier.name}: base not recalled`);
    }
    assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} wrong`);
  });
});
