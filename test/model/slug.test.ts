import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { slug } from '../../src/model/slug.js';

describe('slug', () => {
  it('keeps a name from an input to one safe path segment', () => {
    expect(slug('prod eu/1')).toBe('prod-eu-1');
    expect(slug('c\n@someone|$(touch z)')).toBe('c-someone-touch-z');
    expect(slug('../..')).toBe('cluster');
    expect(slug('')).toBe('cluster');
  });

  it('never yields a separator, a dot-name or more than 64 characters, whatever the name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (name) => {
        const result = slug(name);
        expect(result).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,63}$/);
        expect(result.endsWith('-') || result.endsWith('.')).toBe(false);
      }),
    );
  });
});
