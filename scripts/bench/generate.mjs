// @ts-check
// Seeded generator of resolution-shaped text for the benchmark. Everything is generated from word
// banks written here (no corpus text is copied); the same seed gives the same bytes on any machine.
//
// Usage as a script: node scripts/bench/generate.mjs <out-dir> [--seed N] [--quick]
// As a module: import { generateCorpora } from './generate.mjs'.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** mulberry32: small, fast, deterministic PRNG returning floats in [0, 1). */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PREAMBLE_OPENERS = [
  'Recalling',
  'Recalling also',
  'Recalling further',
  'Reaffirming',
  'Reaffirming also',
  'Recognizing',
  'Recognizing also',
  'Noting',
  'Noting with concern',
  'Noting with appreciation',
  'Welcoming',
  'Welcoming also',
  'Bearing in mind',
  'Emphasizing',
  'Stressing',
  'Deeply concerned',
  'Expressing concern',
  'Acknowledging',
  'Mindful',
  'Convinced',
  'Taking note',
  'Underlining',
  'Guided by',
  'Having considered',
  'Aware',
  'Concerned',
  'Determined',
  'Encouraged',
];
const OPERATIVE_VERBS = [
  'Requests',
  'Calls upon',
  'Urges',
  'Encourages',
  'Invites',
  'Welcomes',
  'Decides',
  'Reaffirms',
  'Recognizes',
  'Stresses',
  'Emphasizes',
  'Notes',
  'Takes note of',
  'Expresses its appreciation to',
  'Reiterates',
  'Underlines',
  'Acknowledges',
  'Commends',
  'Recommends',
  'Affirms',
  'Expresses concern about',
  'Also requests',
  'Further invites',
  'Also encourages',
  'Strongly urges',
  'Notes with appreciation',
];
const SUBJECTS = [
  'all States',
  'Member States',
  'the Secretary-General',
  'the relevant United Nations entities',
  'the international community',
  'States that have not yet done so',
  'regional and subregional organizations',
  'the funds and programmes of the United Nations system',
  'the Office of the United Nations High Commissioner for Human Rights',
  'donor countries',
  'the specialized agencies',
  'national human rights institutions',
  'civil society and other relevant stakeholders',
  'the international financial institutions',
];
const ACTIONS = [
  'to strengthen cooperation',
  'to continue to support',
  'to take effective measures',
  'to consider ratifying or acceding to',
  'to provide technical assistance',
  'to enhance coordination',
  'to ensure the full implementation of',
  'to promote the exchange of information on',
  'to mobilize adequate resources for',
  'to integrate a gender perspective into',
  'to develop national action plans on',
  'to submit to the General Assembly at its next session a report on',
  'to improve the collection of disaggregated data on',
  'to continue to give priority to',
  'to increase capacity-building efforts in relation to',
];
const TOPICS = [
  'the conservation and sustainable use of marine resources',
  'the implementation of the 2030 Agenda for Sustainable Development',
  'the rights of persons with disabilities',
  'capacity-building for developing countries',
  'disaster risk reduction',
  'the protection of civilians in armed conflict',
  'the elimination of violence against women and girls',
  'access to safe drinking water and sanitation',
  'the prevention of transnational organized crime',
  'the safety of navigation',
  'biodiversity beyond national jurisdiction',
  'the peaceful settlement of disputes',
  'the promotion of the rule of law at the national and international levels',
  'food security and nutrition',
  'the mitigation of and adaptation to climate change',
  'the rights of the child',
  'migrant workers and their families',
  'the financing of development',
  'the operational activities of the United Nations system',
  'small island developing States',
];
const QUALIFIERS = [
  'in accordance with international law',
  'as appropriate',
  'within existing resources',
  'in close cooperation with Member States',
  'at all levels',
  'in a timely manner',
  'on a voluntary basis',
  'in line with national priorities',
  'in particular in developing countries',
  'taking into account the views of Member States',
  'within their respective mandates',
  'through the regular budget and extrabudgetary resources',
];
const INSTRUMENTS = [
  'the Charter of the United Nations',
  'the Universal Declaration of Human Rights',
  'the United Nations Convention on the Law of the Sea',
  'the Convention on the Rights of the Child',
  'the Paris Agreement',
  'the Sendai Framework for Disaster Risk Reduction 2015–2030',
  'the Addis Ababa Action Agenda of the Third International Conference on Financing for Development',
  'the Vienna Declaration and Programme of Action',
  'the International Covenant on Civil and Political Rights',
  'the Beijing Declaration and Platform for Action',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ORDINAL_SESSIONS = [
  'seventy-fifth',
  'seventy-sixth',
  'seventy-seventh',
  'seventy-eighth',
  'seventy-ninth',
  'eightieth',
  'eighty-first',
  'eighty-second',
];
const HEADINGS = [
  'Implementation of the relevant instruments',
  'Capacity-building',
  'International cooperation and coordination',
  'Follow-up and reporting',
  'Financing and resources',
  'Data, monitoring and review',
  'Partnerships',
  'Regional cooperation',
  'Science and technology',
  'Protection measures',
];
const ROMAN = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
  'XVIII',
  'XIX',
  'XX',
];

function makeWriter(rng) {
  const pick = (list) => list[Math.floor(rng() * list.length)];
  const int = (min, max) => min + Math.floor(rng() * (max - min + 1));
  const date = (yearMin = 1995, yearMax = 2024) => `${int(1, 28)} ${pick(MONTHS)} ${int(yearMin, yearMax)}`;
  const citation = () => {
    const r = rng();
    if (r < 0.45) return `resolution ${int(50, 79)}/${int(1, 330)} of ${date()}`;
    if (r < 0.6) return `Security Council resolution ${int(1000, 2750)} (${int(1995, 2024)})`;
    if (r < 0.75) return `Human Rights Council resolution ${int(30, 57)}/${int(1, 40)} of ${date(2015, 2024)}`;
    if (r < 0.88) return `the report of the Secretary-General (A/${int(60, 79)}/${int(100, 400)})`;
    return pick(INSTRUMENTS);
  };
  const clause = () => {
    const r = rng();
    if (r < 0.35) return `${pick(TOPICS)}, ${pick(QUALIFIERS)}`;
    if (r < 0.6) return `${pick(TOPICS)}, as set out in ${citation()}`;
    if (r < 0.8) return `${pick(TOPICS)} and ${pick(TOPICS)}`;
    return `${pick(TOPICS)}, including through ${pick(TOPICS)}`;
  };
  return { pick, int, date, citation, clause };
}

/**
 * One resolution of about `targetBytes` UTF-8 bytes (within a paragraph's length).
 * `longParagraphs` makes omnibus-style operative paragraphs (~1.6 KB each with their sub-paragraphs).
 */
export function generateResolution({ seed, targetBytes, longParagraphs = false, sections = false }) {
  const rng = prng(seed);
  const w = makeWriter(rng);
  const session = w.int(70, 80);
  const number = w.int(1, 330);
  const year = 1945 + session + 1;
  const footnotes = [];
  const marker = (note) => {
    footnotes.push(note);
    return String(footnotes.length);
  };
  const footnoteText = () => {
    const r = rng();
    if (r < 0.4) return `A/${w.int(60, 79)}/${w.int(100, 400)}.`;
    if (r < 0.6) return `United Nations, Treaty Series, vol. ${w.int(500, 3200)}, No. ${w.int(1000, 56000)}.`;
    if (r < 0.75) return `Resolution ${w.int(50, 79)}/${w.int(1, 330)}, annex.`;
    if (r < 0.9)
      return `See Official Records of the General Assembly, ${w.pick(['Seventy-fourth', 'Seventy-sixth', 'Seventy-eighth'])} Session, Supplement No. ${w.int(1, 53)} (A/${w.int(70, 79)}/${w.int(1, 53)}).`;
    return `Report of the ${w.pick(['World Summit', 'United Nations Conference', 'International Conference'])} on ${w.pick(TOPICS)}, ${w.date()} (A/CONF.${w.int(150, 240)}/${w.int(1, 20)}), chap. I, resolution ${w.int(1, 3)}, annex.`;
  };
  const title = w.pick(TOPICS).replace(/^the /, '');
  const lines = [
    'United Nations',
    `A/RES/${session}/${number}`,
    'General Assembly',
    'Distr.: General',
    `${w.int(2, 28)} December ${year}`,
    `${/** @type {string} */ (ORDINAL_SESSIONS[session % ORDINAL_SESSIONS.length]).replace(/^./, (c) => c.toUpperCase())} session`,
    `Agenda item ${w.int(10, 140)}`,
    `Resolution adopted by the General Assembly on ${w.int(1, 20)} December ${year}`,
    `[on the report of the ${w.pick(['Second', 'Third', 'Sixth'])} Committee (A/${session}/${w.int(400, 480)})]`,
    '',
    `${session}/${number}. ${title.replace(/^./, (c) => c.toUpperCase())}`,
    '',
    'The General Assembly,',
    '',
  ];
  let bytes = lines.join('\n').length;
  const push = (line) => {
    lines.push(line, '');
    bytes += Buffer.byteLength(line) + 2;
  };
  const preambleCount = Math.max(3, Math.min(40, Math.round(targetBytes / 2500)));
  for (let index = 0; index < preambleCount; index++) {
    const opener = w.pick(PREAMBLE_OPENERS);
    const r = rng();
    let text;
    if (r < 0.3) text = `${opener} ${w.citation()}, on ${w.clause()}`;
    else if (r < 0.6)
      text = `${opener} that ${w.pick(TOPICS)} ${w.pick(['remains essential to', 'contributes to', 'is closely linked to', 'requires'])} ${w.clause()}`;
    else
      text = `${opener} ${w.pick(['the importance of', 'the need for', 'the role of', 'the commitment to'])} ${w.clause()}`;
    if (rng() < 0.5) text += `, and ${w.clause()}`;
    if (rng() < 0.3) text += `,${marker(footnoteText())}`;
    else text += ',';
    push(text);
  }
  const footnoteReserve = () => footnotes.reduce((sum, note) => sum + note.length + 6, 20);
  let operative = 0;
  let section = 0;
  const perSection = sections ? Math.max(20, Math.round(targetBytes / 1600 / 12)) : Infinity;
  while (bytes + footnoteReserve() < targetBytes - 200 || operative < 3) {
    if (sections && operative % perSection === 0 && section < ROMAN.length) {
      push(ROMAN[section]);
      push(HEADINGS[section % HEADINGS.length]);
      section++;
    }
    operative++;
    const verb = w.pick(OPERATIVE_VERBS);
    const sentences = longParagraphs ? w.int(5, 13) : w.int(1, 3);
    let text = `${operative}.\t${verb} ${w.pick(SUBJECTS)} ${w.pick(ACTIONS)} ${w.clause()}`;
    for (let s = 1; s < sentences; s++) text += `, and ${w.pick(ACTIONS).replace(/^to /, '')} ${w.clause()}`;
    if (rng() < 0.2) text += `, ${w.pick(['including', 'in particular', 'as reflected in'])} ${w.citation()}`;
    const withItems = rng() < (longParagraphs ? 0.5 : 0.15);
    if (withItems) {
      push(`${text}:`);
      const items = w.int(2, longParagraphs ? 9 : 4);
      for (let item = 0; item < items; item++) {
        const label = String.fromCharCode(97 + item);
        let itemText = `(${label})\t${w.pick(ACTIONS).replace(/^t/, 'T')} ${w.clause()}`;
        if (rng() < 0.15) itemText += `,${marker(footnoteText())}`;
        push(`${itemText}${item === items - 1 ? ';' : ';'}`);
      }
    } else {
      const end = rng() < 0.25 ? `;${marker(footnoteText())}` : ';';
      push(`${text}${end}`);
    }
  }
  // Last paragraph closes with a full stop: rewrite the final ';' of the body.
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index];
    if (line !== undefined && line.length > 0) {
      lines[index] = line.replace(/;(\d*)$/, '.$1');
      break;
    }
  }
  lines.push(`${w.int(40, 80)}th plenary meeting`, `${w.int(1, 20)} December ${year}`, '', '_______________', '');
  footnotes.forEach((note, index) => lines.push(`${index + 1} ${note}`));
  return { text: `${lines.join('\n')}\n`, operative, footnotes: footnotes.length };
}

/**
 * Writes the benchmark corpora under `outDir`:
 * - `batch/NNNN.unres`: `batchCount` documents of 2–18 KB (~10 KB average);
 * - `omnibus.unres`: one document of `omnibusMB` with ~600 operative paragraphs per MB;
 * - `series/<MB>.unres`: the scaling series.
 */
export function generateCorpora(
  outDir,
  { seed = 20250707, batchCount = 1000, batchAverageKB = 10, omnibusMB = 5, series = [0.5, 1, 2, 3, 4, 5] } = {},
) {
  const MB = 1024 * 1024;
  const rng = prng(seed);
  const batchDir = path.join(outDir, 'batch');
  const seriesDir = path.join(outDir, 'series');
  mkdirSync(batchDir, { recursive: true });
  mkdirSync(seriesDir, { recursive: true });
  let batchBytes = 0;
  for (let index = 0; index < batchCount; index++) {
    const targetBytes = Math.round(batchAverageKB * 1024 * (0.2 + rng() * 1.6));
    const { text } = generateResolution({ seed: Math.floor(rng() * 2 ** 31), targetBytes });
    writeFileSync(path.join(batchDir, `${String(index).padStart(4, '0')}.unres`), text);
    batchBytes += Buffer.byteLength(text);
  }
  const omnibus = generateResolution({
    seed: seed + 1,
    targetBytes: omnibusMB * MB,
    longParagraphs: true,
    sections: true,
  });
  const omnibusFile = path.join(outDir, 'omnibus.unres');
  writeFileSync(omnibusFile, omnibus.text);
  const seriesFiles = series.map((mb) => {
    const file = path.join(seriesDir, `${mb}.unres`);
    const { text } = generateResolution({
      seed: seed + 2 + Math.round(mb * 10),
      targetBytes: mb * MB,
      longParagraphs: true,
      sections: true,
    });
    writeFileSync(file, text);
    return { mb, file, bytes: Buffer.byteLength(text) };
  });
  const small = generateResolution({ seed: seed + 3, targetBytes: 4 * 1024 });
  const smallFile = path.join(outDir, 'small.unres');
  writeFileSync(smallFile, small.text);
  return {
    batch: { dir: batchDir, count: batchCount, bytes: batchBytes },
    omnibus: {
      file: omnibusFile,
      bytes: Buffer.byteLength(omnibus.text),
      operative: omnibus.operative,
      footnotes: omnibus.footnotes,
      text: omnibus.text,
    },
    series: seriesFiles,
    small: { file: smallFile, bytes: Buffer.byteLength(small.text) },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('Usage: node scripts/bench/generate.mjs <out-dir> [--seed N] [--quick]');
    process.exit(2);
  }
  const seedIndex = process.argv.indexOf('--seed');
  const seed = seedIndex > 0 ? Number(process.argv[seedIndex + 1]) : undefined;
  const quick = process.argv.includes('--quick');
  const result = generateCorpora(
    outDir,
    quick ? { seed, batchCount: 200, omnibusMB: 2, series: [0.5, 1, 2] } : { seed },
  );
  const { text: _text, ...omnibus } = result.omnibus;
  console.log(JSON.stringify({ ...result, omnibus }, null, 2));
}
