// The entry of the Word bundle (dist/docx.js, see server/src/node/docx-writer.ts): the plain export
// and the one with tracked changes, so that the docx library is in the extension once for both.
export { toDocx } from './docx';
export { toTrackedDocx, type TrackedOptions } from './docx-tracked';
