import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { records, strings } from '../../src/sources/values.js';

const isRecord = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

// records() and strings() hand back the list itself when every item qualifies: the same items as a plain filter.
describe('records and strings keep exactly what a filter keeps', () => {
  const items = fc.array(fc.oneof(fc.string(), fc.object(), fc.integer(), fc.constant(null), fc.array(fc.string())));

  it('records', () => {
    fc.assert(
      fc.property(items, (list) => {
        expect([...records(list)]).toEqual(list.filter(isRecord));
      }),
    );
  });

  it('strings', () => {
    fc.assert(
      fc.property(items, (list) => {
        expect([...strings(list)]).toEqual(list.filter((item) => typeof item === 'string'));
      }),
    );
  });

  it('take no list for no list', () => {
    expect(records(undefined)).toEqual([]);
    expect(strings({ a: 'b' })).toEqual([]);
  });
});
