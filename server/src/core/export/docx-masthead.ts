// The masthead's pieces as runs for the layout's masthead block: the masthead as written, else the
// one a text pasted from the document system carries run together at its end, else the symbol
// alone (from the title's number). The letterhead `United Nations` is the layout's, as the
// emblem is: printed even when the text leaves it out.
import { mastheadTokens, type Span, type Token } from '../model';
import { MASTHEAD_RUN, type MastheadRuns, type Runs } from './docx-layout';
import { spanRuns, textRuns, type RunFormat, type RunSource } from './docx-runs';
import { mastheadOfRun } from './masthead-run';

const isOriginal = (line: Token): boolean => /^Original:/.test(line.text.trim());

export function mastheadRuns(source: RunSource, symbol: string | undefined): MastheadRuns | undefined {
  const masthead = source.model.masthead;
  const runs = (span: Span | undefined, format: RunFormat = {}): Runs | undefined =>
    span && spanRuns(source, span.start, span.end, { format });
  const written = (text: string | undefined, format: RunFormat = {}): Runs | undefined =>
    text ? textRuns(text, format) : undefined;
  if (masthead && mastheadTokens(masthead).length > 0) {
    const letterhead = masthead.other.find((line) => line.text.trim() === 'United Nations');
    const rest = masthead.other.filter((line) => line !== letterhead);
    return {
      letterhead: runs(letterhead, MASTHEAD_RUN.letterhead) ?? textRuns('United Nations', MASTHEAD_RUN.letterhead),
      symbol: runs(masthead.symbol, MASTHEAD_RUN.symbol) ?? written(symbol, MASTHEAD_RUN.symbol),
      organName: runs(masthead.organName, MASTHEAD_RUN.organName),
      distribution: runs(masthead.distribution),
      date: runs(masthead.date),
      rightColumn: rest.filter(isOriginal).map((line) => runs(line) ?? []),
      session: runs(masthead.session),
      agendaItem: runs(masthead.agendaItem),
      below: rest.filter((line) => !isOriginal(line)).map((line) => runs(line) ?? []),
    };
  }
  const recovered = mastheadOfRun(source.model);
  if (!recovered && !symbol) return undefined;
  return {
    letterhead: textRuns('United Nations', MASTHEAD_RUN.letterhead),
    symbol: written(recovered?.symbol ?? symbol, MASTHEAD_RUN.symbol),
    organName: written(recovered?.organName, MASTHEAD_RUN.organName),
    distribution: written(recovered?.distribution),
    date: written(recovered?.date),
    rightColumn: [],
    session: written(recovered?.session),
    agendaItem: written(recovered?.agendaItem),
    below: [],
  };
}
