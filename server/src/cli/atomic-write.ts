// Writing a fixed file without ever losing the draft: the new text goes to a temporary file in the
// same directory (same file system, original mode kept), is flushed, and replaces the original by
// rename — atomic on POSIX. If the original changed on disk since it was read, nothing is written.
import { promises as fs, constants } from 'node:fs';
import * as path from 'node:path';

export type WriteOutcome = 'written' | 'changed-on-disk';

/**
 * @param beforeRename called between writing the temporary file and checking/renaming — a seam for
 *   the test that kills the process at that moment (see test/unit/atomic-write.test.ts).
 */
export async function writeFileAtomic(
  file: string,
  text: string,
  expectedOriginal: string,
  beforeRename?: () => Promise<void>,
): Promise<WriteOutcome> {
  const stat = await fs.stat(file);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.unres-${process.pid}-${Date.now()}.tmp`);
  const handle = await fs.open(
    temporary,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
    stat.mode & 0o7777,
  );
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await beforeRename?.();
    // Checked as late as possible: an editor that saved meanwhile wins, and the fix is not applied.
    const current = await fs.readFile(file, 'utf8');
    if (current !== expectedOriginal) {
      await fs.unlink(temporary);
      return 'changed-on-disk';
    }
    await fs.chmod(temporary, stat.mode & 0o7777);
    await fs.rename(temporary, file);
    return 'written';
  } catch (error) {
    await fs.unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/**
 * Writes an exported or imported file whole or not at all: a reader never sees half a Word file,
 * and a failed export leaves the previous one in place.
 */
export async function writeNewFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.unres-${process.pid}-${Date.now()}.tmp`);
  const handle = await fs.open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.unlink(temporary).catch(() => undefined);
    throw error;
  }
}
