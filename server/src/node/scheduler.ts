// Time for the checks in Node: its timers, and setImmediate to let incoming messages have their
// turn between two rules of a full check (a web worker brings its own: server/src/browser/main.ts).
import type { Scheduler } from '../lsp/document-checks';

export const nodeScheduler: Scheduler = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout> | undefined),
  yield: () => new Promise<void>((resolve) => setImmediate(resolve)),
};
