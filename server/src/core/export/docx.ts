// The resolution as a Word document in the UN's layout.
import type { Resolution } from '../model';

export function toDocx(_model: Resolution): Promise<Uint8Array> {
  return Promise.reject(new Error('Word export is being written (issue 18)'));
}
