// The helpers that used to live here are split by purpose: text/blanks.ts, text/characters.ts,
// text/phrase.ts, excluded-spans.ts, word-index.ts, sentence.ts, list-entry.ts. This re-export is
// kept only for incremental/relint.ts, which is being reworked; import MAX_FINDINGS from ./types.
export { MAX_FINDINGS } from './types';
