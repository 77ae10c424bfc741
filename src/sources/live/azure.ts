import type { CloudReader } from './types.js';

export const azureReader: CloudReader = {
  async read() {
    return { dumps: [], gaps: [{ message: 'Azure live reading is not implemented yet' }] };
  },
};
