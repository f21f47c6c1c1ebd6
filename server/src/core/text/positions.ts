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
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 0x0d) {
        if (text.charCodeAt(index + 1) === 0x0a) index++;
        this.lineStarts.push(index + 1);
      } else if (code === 0x0a) {
        this.lineStarts.push(index + 1);
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
      if (this.lineStarts[middle] <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.length;
    const start = this.lineStarts[position.line];
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.length;
    return Math.max(start, Math.min(start + position.character, next));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}
