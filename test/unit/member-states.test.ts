import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MEMBER_STATES } from '../../server/src/core/data/member-states';

// The UN's own data lives outside the repository (../shared/corpus from the repo root);
// a user's clone has no ../shared, so the tests that need it skip.
const REPO_ROOT = path.resolve(__dirname, '../..');
const TTL_PATH = path.resolve(REPO_ROOT, '../shared/corpus/reference/unterm-countries.ttl');

interface UntermCountry {
  /** English short name as UNTERM writes it, e.g. "Sudan (the)". */
  readonly prefLabel: string;
  /** English formal name as UNTERM writes it, e.g. "the Republic of the Sudan". */
  readonly altLabel: string;
  readonly kind: 'member' | 'observer' | 'other';
}

const LITERAL = /"((?:[^"\\]|\\.)*)"@([a-zA-Z-]+)/g;

function unescapeTurtle(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_m, e: string) => {
    if (e[0] === 'u' || e[0] === 'U') return String.fromCodePoint(parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e;
  });
}

/** The English literal of `predicate` in one Turtle subject block (one predicate per line). */
function englishLiteral(block: string, predicate: string): string | undefined {
  const line = block.split('\n').find((l) => l.trim().startsWith(`${predicate} `));
  if (line === undefined) return undefined;
  for (const m of line.matchAll(LITERAL)) {
    if (m[2] === 'en') return unescapeTurtle(m[1] ?? '');
  }
  return undefined;
}

/**
 * Minimal reader for the UNTERM export: subjects are separated by blank lines (Turtle
 * short strings cannot hold raw newlines), each predicate is on one line. Observer
 * States carry the English definition "Observer State …", States that are members of
 * specialized agencies only (Cook Islands, Niue) "Member of specialized agencies …".
 */
function readUnterm(ttl: string): UntermCountry[] {
  const out: UntermCountry[] = [];
  for (const block of ttl.replace(/\r\n/g, '\n').split(/\n\s*\n/)) {
    if (!/\ba\s+skos:Concept\b[^;]*\bunterm:Country\b/.test(block)) continue;
    const prefLabel = englishLiteral(block, 'skos:prefLabel');
    const altLabel = englishLiteral(block, 'skos:altLabel');
    assert.ok(prefLabel !== undefined && altLabel !== undefined, `no English labels in:\n${block.slice(0, 200)}`);
    const definition = englishLiteral(block, 'skos:definition') ?? '';
    const kind = /^Observer State\b/.test(definition)
      ? 'observer'
      : /^Member of specialized agencies\b/.test(definition)
        ? 'other'
        : 'member';
    out.push({ prefLabel, altLabel, kind });
  }
  return out;
}

/** "Sudan (the)" -> "Sudan"; "Bahamas (The)" -> "Bahamas". */
function stripArticleMarker(prefLabel: string): { name: string; marked: boolean } {
  const m = /^(.*) \(the\)$/i.exec(prefLabel);
  return m ? { name: m[1] ?? '', marked: true } : { name: prefLabel, marked: false };
}

describe('MEMBER_STATES', () => {
  it('has 193 Member States and 2 observer States', () => {
    assert.equal(MEMBER_STATES.length, 195);
    assert.equal(MEMBER_STATES.filter((s) => s.status === 'member').length, 193);
    assert.deepEqual(
      MEMBER_STATES.filter((s) => s.status === 'observer').map((s) => s.name),
      ['Holy See', 'State of Palestine'],
    );
  });

  it('has unique names', () => {
    const seen = new Set<string>();
    for (const s of MEMBER_STATES) {
      assert.ok(!seen.has(s.name), `duplicate name ${s.name}`);
      seen.add(s.name);
    }
  });

  it('has variants and informal forms that are unique and never an official name', () => {
    const official = new Map<string, string>();
    for (const s of MEMBER_STATES) {
      official.set(s.name, s.name);
      if (s.formal !== undefined) official.set(s.formal, s.name);
    }
    const owner = new Map<string, string>();
    for (const s of MEMBER_STATES) {
      for (const v of [...s.variants, ...(s.informal ?? [])]) {
        assert.equal(v, v.trim(), `untrimmed variant "${v}"`);
        assert.ok(v.length > 0, `empty variant for ${s.name}`);
        assert.ok(!official.has(v), `"${v}" (variant of ${s.name}) is the official name of ${official.get(v)}`);
        assert.ok(!owner.has(v), `"${v}" is listed for both ${owner.get(v)} and ${s.name}`);
        owner.set(v, s.name);
      }
    }
  });

  describe('against UNTERM (../shared/corpus/reference/unterm-countries.ttl)', () => {
    let unterm: UntermCountry[] = [];

    before(function () {
      if (!fs.existsSync(TTL_PATH)) {
        console.log(`    (skipped: ${TTL_PATH} not found; the UNTERM check needs ../shared/corpus)`);
        this.skip();
      }
      unterm = readUnterm(fs.readFileSync(TTL_PATH, 'utf8'));
    });

    it('lists 193 Member States and 2 observer States', () => {
      assert.equal(unterm.filter((c) => c.kind === 'member').length, 193);
      assert.equal(unterm.filter((c) => c.kind === 'observer').length, 2);
    });

    it('has exactly one entry per UNTERM short name, and no other entry', () => {
      const unused = new Set(MEMBER_STATES.map((s) => s.name));
      for (const c of unterm) {
        const { name } = stripArticleMarker(c.prefLabel);
        const matches = MEMBER_STATES.filter((s) => s.name === name);
        if (c.kind === 'other') {
          assert.equal(matches.length, 0, `${name} is not a Member State or observer`);
          continue;
        }
        assert.equal(matches.length, 1, `UNTERM "${c.prefLabel}": ${matches.length} entries`);
        assert.equal(matches[0]?.status, c.kind, `status of ${name}`);
        unused.delete(name);
      }
      assert.deepEqual([...unused], [], 'entries not in UNTERM');
    });

    it('marks the article and gives the formal name as UNTERM does', () => {
      for (const c of unterm) {
        if (c.kind === 'other') continue;
        const { name, marked } = stripArticleMarker(c.prefLabel);
        const state = MEMBER_STATES.find((s) => s.name === name);
        assert.ok(state, name);
        // UNTERM writes the Netherlands' article inside its parenthesis: "(Kingdom of the)".
        const article = marked || name.endsWith('(Kingdom of the)');
        assert.equal(state.article === true, article, `article of ${name}`);
        const formal = c.altLabel.replace(/^the /, '');
        if (formal === name) assert.equal(state.formal, undefined, `formal of ${name}`);
        else assert.equal(state.formal, formal, `formal of ${name}`);
      }
    });
  });
});
