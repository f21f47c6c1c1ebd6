// The check of the tracked-changes Word file on one pair of texts, for the property of
// docx-tracked.test.ts and for replaying its counterexamples by hand: accepting all changes gives the
// draft's plain export, rejecting all gives the base's body paragraphs (in any order: a moved
// paragraph stays where the draft has it, only its number tracked).
import * as assert from 'node:assert/strict';
import { compareResolutions } from '../../server/src/core/compare/compare';
import { toDocx } from '../../server/src/core/export/docx';
import { toTrackedDocx } from '../../server/src/core/export/docx-tracked';
import { parse } from '../../server/src/core/parser/parse';
import { documentXml, readParagraphs, type ReadParagraph } from '../support/docx-changes';

const OPTIONS = { author: 'Delegation of Ruritania', date: new Date('2026-03-04T05:06:07.890Z') };

const BODY_STYLES = new Set(['UnPreambular', 'UnOperative', 'UnSubParagraph']);
const bodyOf = (paragraphs: ReadParagraph[]): string[] =>
  paragraphs.filter((p) => p.style !== undefined && BODY_STYLES.has(p.style)).map((p) => p.text);
const sorted = (list: string[]): string[] => [...list].sort();

export async function checkTrackedPair(baseText: string, draftText: string): Promise<void> {
  const [base, draft] = [parse(baseText), parse(draftText)];
  const xml = documentXml(await toTrackedDocx(base, draft, compareResolutions(base, draft), OPTIONS));
  const draftPlain = readParagraphs(documentXml(await toDocx(draft)), 'as-is');
  const basePlain = readParagraphs(documentXml(await toDocx(base)), 'as-is');
  assert.deepEqual(
    readParagraphs(xml, 'accept').map((p) => p.text),
    draftPlain.map((p) => p.text),
    'accepting all gives the draft',
  );
  assert.deepEqual(
    sorted(bodyOf(readParagraphs(xml, 'reject'))),
    sorted(bodyOf(basePlain)),
    "rejecting all gives the base's paragraphs",
  );
}
