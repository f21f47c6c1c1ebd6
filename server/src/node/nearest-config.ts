// The nearest .unres.json above a file, found the same way by the CLI and the language server.
import * as path from 'node:path';
import { CONFIG_FILE_NAME } from '../core/config';

/**
 * The path of the nearest `.unres.json` in `directory` or a directory above it (one `isFile`
 * accepts: a directory of that name is skipped), or undefined. `cache` (directory → answer) lets
 * the files of a run share the walk.
 */
export function nearestConfigFile(
  directory: string,
  isFile: (file: string) => Promise<boolean>,
  cache?: Map<string, Promise<string | undefined>>,
): Promise<string | undefined> {
  const cached = cache?.get(directory);
  if (cached) return cached;
  const candidate = path.join(directory, CONFIG_FILE_NAME);
  const parent = path.dirname(directory);
  const found = isFile(candidate)
    .then(
      (file) => file,
      () => false,
    )
    .then((file) => (file ? candidate : parent === directory ? undefined : nearestConfigFile(parent, isFile, cache)));
  cache?.set(directory, found);
  return found;
}
