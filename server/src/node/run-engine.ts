// Runs a rendering engine (a headless browser, LibreOffice) to its end; on time-out stops it and
// every process it started, and fails with the engine's last words.
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

export function runEngine(engine: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Its own process group (not on Windows), so that its helpers can be stopped with it.
    const ownGroup = process.platform !== 'win32';
    const child = spawn(engine, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: ownGroup });
    let errors = '';
    child.stderr.on('data', (data: Buffer) => {
      errors = (errors + data.toString('utf8')).slice(-2000);
    });
    const stop = (): void => {
      try {
        if (ownGroup && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`${engine} did not finish printing within ${Math.round(timeoutMs / 1000)} s and was stopped`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot run ${engine}: ${error.message}`));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      // Helpers (a crash handler) may outlive the browser: the group goes with it.
      stop();
      if (code === 0) resolve();
      else reject(new Error(`${engine} failed (${signal ?? `exit ${code}`}): ${lastLines(errors)}`));
    });
  });
}

const lastLines = (text: string): string => text.trim().split('\n').slice(-3).join(' / ') || 'no message';

/** The PDF an engine wrote, checked to be one. */
export async function readPdf(file: string, engine: string): Promise<Uint8Array> {
  let pdf: Buffer;
  try {
    pdf = await readFile(file);
  } catch {
    throw new Error(`${engine} wrote no PDF`);
  }
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error(`${engine} wrote a file that is not a PDF`);
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

/** Whether `file` is a file this process may run (how both engine searches test a candidate). */
export function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
