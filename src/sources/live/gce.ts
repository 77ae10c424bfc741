import type { CloudReader } from './types.js';

export const gceReader: CloudReader = {
  async read() {
    return { dumps: [], gaps: [{ message: 'GCE live reading is not implemented yet' }] };
  },
};
