// Property-based tests of the core (parser, rules, fixes, fix-all, citations, formatting): a short
// seeded run per property and input family, plus the replay of every saved counterexample.
// Long runs: `npm run fuzz -- --minutes N`. Another seed: UNRES_FUZZ_SEED=123 npx mocha 'test/property/**/*.test.ts'.
import fc from 'fast-check';
import { FAMILIES, PROPERTIES, PROPERTIES_BY_ID, fuzzSeed, propertyFor, regressions } from './properties';

/** Runs per property and family in `npm test` (UNRES_FUZZ_RUNS overrides). */
const RUNS = Number(process.env.UNRES_FUZZ_RUNS) || 100;

describe('property: core', function () {
  this.timeout(120_000);
  const seed = fuzzSeed();

  for (const property of PROPERTIES) {
    for (const family of FAMILIES) {
      it(`${property.id} (${family.name}): ${property.description}`, () => {
        fc.assert(propertyFor(property, family.arbitrary), { seed, numRuns: RUNS, endOnFailure: false });
      });
    }
  }

  describe('regressions (test/property/regressions/*.json)', () => {
    const saved = regressions();
    if (saved.length === 0) it('none saved');
    for (const { file, regression } of saved) {
      it(`${file}: ${regression.property} on its counterexample`, () => {
        const property = PROPERTIES_BY_ID.get(regression.property);
        if (!property) throw new Error(`${file}: unknown property ${regression.property}`);
        property.check(regression.counterexample);
        if (regression.minimal !== undefined) property.check(regression.minimal);
      });
      const family = FAMILIES.find((candidate) => candidate.name === regression.family);
      const property = PROPERTIES_BY_ID.get(regression.property);
      if (family && property && regression.path) {
        it(`${file}: ${regression.property} replayed from seed ${regression.seed} path ${regression.path}`, () => {
          fc.assert(propertyFor(property, family.arbitrary), {
            seed: regression.seed,
            path: regression.path,
            endOnFailure: true,
          });
        });
      }
    }
  });
});
