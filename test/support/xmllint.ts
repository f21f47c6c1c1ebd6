// Validation against the OASIS Akoma Ntoso 3.0 schema with xmllint (Debian's libxml2-utils), which CI
// installs. Tests skip with a message when xmllint or the schema (in ../shared/corpus) is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CORPUS_DIR } from './corpus';

export const AKN_SCHEMA = path.join(CORPUS_DIR, 'reference', 'akn', 'akomantoso30.xsd');

export function xmllintAvailable(): boolean {
  return spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * Skips the test with a message when the schema (in ../shared/corpus, which a user's clone lacks) or
 * xmllint is absent; with UNRES_REQUIRE_XMLLINT set (CI), a missing xmllint fails instead.
 */
export function schemaOrSkip(context: Mocha.Context): void {
  if (!existsSync(AKN_SCHEMA)) {
    console.log(`      (skipped: no schema at ${AKN_SCHEMA})`);
    context.skip();
  }
  if (xmllintAvailable()) return;
  if (process.env.UNRES_REQUIRE_XMLLINT)
    throw new Error('schema validation needs xmllint (apt-get install libxml2-utils)');
  console.log('      (skipped: no xmllint; apt-get install libxml2-utils)');
  context.skip();
}

/** Validates each document; returns the names that fail with xmllint's message (empty when all validate). */
export function validateAll(documents: { name: string; xml: string }[]): { name: string; message: string }[] {
  const directory = mkdtempSync(path.join(tmpdir(), 'unres-akn-'));
  try {
    const files = documents.map((document, index) => {
      const file = path.join(directory, `${index}.xml`);
      writeFileSync(file, document.xml);
      return { ...document, file };
    });
    const failures: { name: string; message: string }[] = [];
    // One xmllint per batch: the schema is compiled once, not once per file.
    for (let start = 0; start < files.length; start += 100) {
      const batch = files.slice(start, start + 100);
      const result = spawnSync('xmllint', ['--noout', '--schema', AKN_SCHEMA, ...batch.map((file) => file.file)], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      for (const file of batch) {
        if (result.stderr.includes(`${file.file} validates`)) continue;
        const message = result.stderr
          .split('\n')
          .filter((line) => line.startsWith(file.file))
          .slice(0, 3)
          .join('\n')
          .replaceAll(file.file, file.name);
        failures.push({ name: file.name, message: message || result.stderr.slice(0, 500) });
      }
    }
    return failures;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
