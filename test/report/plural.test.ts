import { describe, expect, it } from 'vitest';
import { plural, severityCounts } from '../../src/report/plural.js';

describe('counts in messages', () => {
  it('say one in the singular and any other count in the plural', () => {
    expect([0, 1, 2].map((count) => plural(count, 'warning'))).toEqual(['0 warnings', '1 warning', '2 warnings']);
    expect(plural(1, 'error', (count) => `**${count}**`)).toBe('**1** error');
  });

  it('summarise a report with or without notes', () => {
    const summary = { errors: 1, warnings: 1, notes: 3 };
    expect(severityCounts(summary)).toBe('1 error, 1 warning, 3 notes');
    expect(severityCounts(summary, false)).toBe('1 error, 1 warning');
  });
});
