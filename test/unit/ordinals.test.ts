import assert from 'node:assert/strict';
import {
  cardinalWords,
  capitalize,
  ordinalSuffix,
  ordinalWords,
  parseOrdinalWords,
} from '../../server/src/core/data/ordinals';

describe('ordinals', () => {
  it('writes ordinals in words', () => {
    assert.equal(ordinalWords(1), 'first');
    assert.equal(ordinalWords(12), 'twelfth');
    assert.equal(ordinalWords(20), 'twentieth');
    assert.equal(ordinalWords(59), 'fifty-ninth');
    assert.equal(ordinalWords(60), 'sixtieth');
    assert.equal(ordinalWords(81), 'eighty-first');
    assert.equal(ordinalWords(100), 'one hundredth');
    assert.equal(ordinalWords(101), 'one hundred and first');
    assert.equal(ordinalWords(344), 'three hundred and forty-fourth');
    assert.equal(ordinalWords(0), undefined);
    assert.equal(ordinalWords(1000), undefined);
    assert.equal(ordinalWords(2.5), undefined);
  });

  it('writes cardinals and suffixes', () => {
    assert.equal(cardinalWords(59), 'fifty-nine');
    assert.equal(cardinalWords(100), 'one hundred');
    assert.equal(ordinalSuffix(1), 'st');
    assert.equal(ordinalSuffix(2), 'nd');
    assert.equal(ordinalSuffix(3), 'rd');
    assert.equal(ordinalSuffix(11), 'th');
    assert.equal(ordinalSuffix(12), 'th');
    assert.equal(ordinalSuffix(13), 'th');
    assert.equal(ordinalSuffix(74), 'th');
    assert.equal(ordinalSuffix(101), 'st');
    assert.equal(ordinalSuffix(111), 'th');
    assert.equal(capitalize('fifty-ninth'), 'Fifty-ninth');
  });

  it('reads ordinals back in any case and with any hyphen', () => {
    assert.equal(parseOrdinalWords('sixtieth'), 60);
    assert.equal(parseOrdinalWords('Fifty-ninth'), 59);
    assert.equal(parseOrdinalWords('Fifty\u2011ninth'), 59);
    assert.equal(parseOrdinalWords('fifty ninth'), 59);
    assert.equal(parseOrdinalWords('EIGHTY-FIRST'), 81);
    assert.equal(parseOrdinalWords('one hundred and first'), 101);
    assert.equal(parseOrdinalWords('sixty'), undefined);
    assert.equal(parseOrdinalWords('session'), undefined);
    assert.equal(parseOrdinalWords(''), undefined);
  });

  it('round-trips 1–999', () => {
    for (let n = 1; n <= 999; n++) assert.equal(parseOrdinalWords(ordinalWords(n)!), n);
  });
});
