// organ-line: the enacting formula (`The General Assembly,`) ends with a comma when a preamble
// follows and with nothing when the operative part follows directly; the first organ line names
// the organ of the document symbol (A/RES → General Assembly, S/RES → Security Council,
// A/HRC/RES → Human Rights Council, E/RES → Economic and Social Council).
import { opensWithOperativeVerb } from '../lexicon/match';
import type { OperativeParagraph, Organ, OrganLine, PreambularParagraph, Resolution } from '../model';
import type { Finding, Rule } from './types';

const ORGAN_NAMES: Record<Exclude<Organ, 'other'>, string> = {
  GA: 'General Assembly',
  SC: 'Security Council',
  HRC: 'Human Rights Council',
  ECOSOC: 'Economic and Social Council',
};

/** The organ a document symbol belongs to, for the four resolution series. */
export function organOfSymbol(symbol: string): Exclude<Organ, 'other'> | undefined {
  const compact = symbol.replace(/[\s\u00A0]+/g, '');
  if (/^A\/HRC\/RES\//.test(compact)) return 'HRC';
  if (/^A\/RES\//.test(compact)) return 'GA';
  if (/^S\/RES\//.test(compact)) return 'SC';
  if (/^E\/RES\//.test(compact)) return 'ECOSOC';
  return undefined;
}

type Node = PreambularParagraph | OperativeParagraph;

/** A paragraph that is really preambular: not an unnumbered operative paragraph the parser kept in the preamble (`Adopts the following declaration:`). */
function isPreamble(model: Resolution, node: Node): boolean {
  if (node.kind !== 'preambular') return false;
  if (node.terminator && node.terminator.text !== ',') return false;
  return !opensWithOperativeVerb(model.text, node.start);
}

function checkTerminator(model: Resolution, line: OrganLine, next: Node): Finding | undefined {
  const terminator = line.terminator;
  const name = line.name.text;
  if (isPreamble(model, next)) {
    if (terminator?.text === ',') return undefined;
    if (terminator) {
      return {
        start: terminator.start,
        end: terminator.end,
        message: `The organ line ends with "${terminator.text}" before the preamble; write "The ${name},".`,
        fix: { title: 'Write a comma', edits: [{ start: terminator.start, end: terminator.end, newText: ',' }] },
      };
    }
    return {
      start: line.name.start,
      end: line.name.end,
      message: `The organ line has no comma before the preamble; write "The ${name},".`,
      fix: { title: 'Add the comma', edits: [{ start: line.name.end, end: line.name.end, newText: ',' }] },
    };
  }
  if (!terminator || next.kind !== 'operative') return undefined;
  // The Security Council prints the comma before a lone operative paragraph too (S/RES/1318 (2000)).
  if (terminator.text === ',' && model.organ === 'SC') return undefined;
  return {
    start: terminator.start,
    end: terminator.end,
    message: `The organ line ends with "${terminator.text}" but no preamble follows; write "The ${name}" without punctuation.`,
    fix: {
      title: `Remove "${terminator.text}"`,
      edits: [{ start: terminator.start, end: terminator.end, newText: '' }],
    },
  };
}

function checkOrgan(model: Resolution): Finding | undefined {
  const symbol = model.masthead?.symbol?.text;
  const first = model.organLines[0];
  if (!symbol || !first) return undefined;
  const expected = organOfSymbol(symbol);
  if (!expected || first.organ === expected) return undefined;
  return {
    start: first.name.start,
    end: first.name.end,
    message: `The organ line names the ${first.name.text}, but ${symbol} is a resolution of the ${ORGAN_NAMES[expected]}; write "The ${ORGAN_NAMES[expected]}".`,
  };
}

export const organLine: Rule = {
  meta: {
    id: 'organ-line',
    description:
      'The organ line ("The General Assembly,") ends with a comma when a preamble follows and with none otherwise, and names the organ of the document symbol.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(model) {
    const findings: Finding[] = [];
    const organ = checkOrgan(model);
    if (organ) findings.push(organ);
    const nodes: Node[] = model.parts
      .flatMap((part): Node[] => [...part.preamble, ...part.operative])
      .sort((a, b) => a.start - b.start);
    let cursor = 0;
    // Below an annex heading a line such as `The United Nations Security Council.` belongs to the
    // annexed text (a signature block: `In the Presence of:`), not to the resolution's enacting formula.
    const annexStart = model.annexes[0]?.start ?? Infinity;
    model.organLines.forEach((line, index) => {
      if (line.start > annexStart) return;
      let next = nodes[cursor];
      while (next !== undefined && next.start < line.end) next = nodes[++cursor];
      const following = model.organLines[index + 1];
      // The paragraph must belong to this organ line, not to the next one.
      if (!next || (following && next.start > following.start)) return;
      const finding = checkTerminator(model, line, next);
      if (finding) findings.push(finding);
    });
    return findings;
  },
};
