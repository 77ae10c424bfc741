import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { knownFormats } from '../../src/engine/formats.js';
import { INVENTORY_SCHEMA_PATH } from '../../src/sources/inventory/inventory.js';

describe('the list of known formats in messages', () => {
  it('names every format once', () => {
    const formats = knownFormats().split('; ');
    expect(formats.length).toBeGreaterThan(20);
    expect(new Set(formats).size).toBe(formats.length);
    expect(formats.filter((format) => format.startsWith('kubectl get nodes -o json'))).toHaveLength(1);
  });

  it('points at the inventory schema where it is in the repository, the schema the reader validates with', async () => {
    expect(knownFormats()).toContain(`JSON Schema: ${INVENTORY_SCHEMA_PATH}`);
    const schema = JSON.parse(await readFile(INVENTORY_SCHEMA_PATH, 'utf8')) as { $id: string; title: string };
    expect(schema.title).toBe('HostGwInventory');
    expect(schema.$id.endsWith(`/${INVENTORY_SCHEMA_PATH}`)).toBe(true);
  });
});
