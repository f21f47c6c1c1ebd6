// The resolution as Akoma Ntoso 3.0 in the UN's profile (AKN4UN), as the UN publishes its own texts.
import type { Resolution } from '../model';

export function toAkomaNtoso(_model: Resolution): string {
  throw new Error('Akoma Ntoso export is being written (issue 18)');
}
