// Offsets ↔ line/character positions, counted as the Language Server Protocol counts them:
// UTF-16 code units, lines broken by \n, \r\n or \r.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export class LineIndex {
  private lineStarts: number[] = [0];
  private length: number;

  constructor(text: string) {
    this.length = text.length;
    // indexOf runs natively: far faster than reading a long text character by character.
    let carriage = text.indexOf('\r');
    let newline = text.indexOf('\n');
    while (carriage >= 0 || newline >= 0) {
      if (carriage >= 0 && (newline < 0 || carriage < newline)) {
        // \r\n is one break; a lone \r is a break of its own.
        const end = newline === carriage + 1 ? newline : carriage;
        this.lineStarts.push(end + 1);
        carriage = text.indexOf('\r', end + 1);
        if (end === newline) newline = text.indexOf('\n', end + 1);
      } else {
        this.lineStarts.push(newline + 1);
        newline = text.indexOf('\n', newline + 1);
      }
    }
  }

  /**
   * The index after an edit that neither removes nor inserts a line break (the incremental path):
   * the line starts after it move, without a scan of the text.
   */
  afterEdit(change: { start: number; end: number; text: string }): LineIndex {
    const delta = change.text.length - (change.end - change.start);
    const next = Object.create(LineIndex.prototype) as LineIndex;
    next.length = this.length + delta;
    next.lineStarts = this.lineStarts.map((start) => (start > change.start ? start + delta : start));
    return next;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.length;
    const start = this.lineStarts[position.line]!;
    const next = this.lineStarts[position.line + 1] ?? this.length;
    return Math.max(start, Math.min(start + position.character, next));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}
