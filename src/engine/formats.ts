import { FORMAT_READERS } from '../clouds/index.js';
import { knownFormats as formatsOf } from '../sources/load.js';

/** The commands that print every format the tool reads, for help texts and error messages. */
export function knownFormats(): string {
  return formatsOf(FORMAT_READERS);
}
