// The edits each open document received, as offsets into the text they were made on, so that the
// server can bring its last analysis up to date edit by edit (core/incremental) instead of parsing
// the whole text again.
import type { TextChange } from '../core/incremental/update-model';

interface Entry {
  /** The document version the edit produced. */
  version: number;
  /** Undefined for a replacement of the whole text (after which nothing is incremental). */
  change?: TextChange;
}

/** More edits than this since the last analysis are cheaper to check in full. */
const MAX_PENDING = 64;

export class EditLog {
  private readonly entries = new Map<string, Entry[]>();
  /** The version each document's log was last pruned at: the log holds every edit after it. */
  private readonly pruned = new Map<string, number>();

  record(uri: string, version: number, change: TextChange | undefined): void {
    let list = this.entries.get(uri);
    if (!list) {
      list = [];
      this.entries.set(uri, list);
    }
    list.push({ version, change });
    // A document nobody analyses (its checks keep being superseded) must not grow the log forever.
    if (list.length > MAX_PENDING * 2) {
      list.splice(0, list.length - MAX_PENDING * 2);
      this.pruned.delete(uri);
    }
  }

  /**
   * The edits made after `version` up to `upTo`, in order; undefined when they cannot be replayed
   * (the whole text was replaced, too many, or the log no longer reaches back to `version`).
   */
  since(uri: string, version: number, upTo: number): TextChange[] | undefined {
    const list = this.entries.get(uri) ?? [];
    const index = list.findIndex((entry) => entry.version > version);
    if (index < 0) return undefined;
    // The log must reach back to `version`: the entry before the first later one is at `version`
    // or the log starts there (entries before it were pruned when `version` was analysed).
    if (index === 0 && this.pruned.get(uri) !== version) return undefined;
    const pending = list.slice(index).filter((entry) => entry.version <= upTo);
    if (pending.length === 0 || pending.length > MAX_PENDING || pending.some((entry) => entry.change === undefined))
      return undefined;
    return pending.map((entry) => entry.change!);
  }

  /** Drops the edits up to `version` (analysed). */
  prune(uri: string, version: number): void {
    const list = this.entries.get(uri);
    if (list)
      this.entries.set(
        uri,
        list.filter((entry) => entry.version > version),
      );
    this.pruned.set(uri, version);
  }

  forget(uri: string): void {
    this.entries.delete(uri);
    this.pruned.delete(uri);
  }
}
