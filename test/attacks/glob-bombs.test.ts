import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressor } from '../../src/engine/suppress.js';
import { compileGlob } from '../../src/model/glob.js';
import type { Finding } from '../../src/model/finding.js';
import { parseNodeSelector, selectNodes } from '../../src/sources/terraform/select.js';

/**
 * Suppression targets come from `.hostgw-preflight.yml` and node selectors from the workflow, both of which a pull
 * request can change. They used to compile to backtracking regular expressions, kept here as the reference the
 * linear matcher must agree with.
 */
const escapeSuppression = (part: string) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
const escapeSelector = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const oldSuppression = (glob: string) => new RegExp(`^${glob.split('*').map(escapeSuppression).join('.*')}$`);
const oldTag = (glob: string) => new RegExp(`^${glob.split('*').map(escapeSelector).join('.*')}$`);
const oldAddress = (glob: string) => new RegExp(`^${glob.split('*').map(escapeSelector).join('.*')}(?:[.[].*)?$`);

/** A small alphabet that holds every character the semantics turn on: the wildcard, separators, line breaks. */
const ALPHABET = ['a', 'b', '.', '[', ']', '*', '\n', '\r', '\u2028', '\\', '$', '(', 'é', '\ud83d'];
const text = (maxLength: number) =>
  fc.array(fc.constantFrom(...ALPHABET), { maxLength }).map((chars) => chars.join(''));
const pattern = text(8);
const subject = text(12);

/** The subject is often built from the pattern, or a match would be rare. */
const related = fc
  .tuple(pattern, subject, subject, fc.boolean())
  .map(([glob, left, right, fill]) => [glob, fill ? glob.replace(/\*/g, left) + right.slice(0, 2) : left] as const);

function finding(node: string): Finding {
  return {
    ruleId: 'route-stale',
    severity: 'error',
    message: 'm',
    node,
    provider: 'gce',
    remediation: {} as Finding['remediation'],
    fingerprint: 'f',
    baselined: false,
  };
}

describe('glob matching agrees with the regular expressions it replaces', () => {
  it('whole-text globs (suppression targets, tag keys and values)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(pattern, subject), related), ([glob, name]) => {
        expect(compileGlob(glob).matches(name)).toBe(oldSuppression(glob).test(name));
        expect(compileGlob(glob).matches(name)).toBe(oldTag(glob).test(name));
      }),
      { numRuns: 5_000 },
    );
  });

  it('address globs, which also select everything inside the address', () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(pattern, subject), related), ([glob, address]) => {
        expect(compileGlob(glob).matchesWithin(address, '.[')).toBe(oldAddress(glob).test(address));
      }),
      { numRuns: 5_000 },
    );
  });

  it('examples', () => {
    expect(compileGlob('route-*').matches('route-old-1')).toBe(true);
    expect(compileGlob('a*b').matches('a\nb')).toBe(false);
    expect(compileGlob('a\nb').matches('a\nb')).toBe(true);
    expect(compileGlob('module.workers').matchesWithin('module.workers.aws_instance.node[0]', '.[')).toBe(true);
    expect(compileGlob('module.workers').matchesWithin('module.workers_2.aws_instance.node', '.[')).toBe(false);
    expect(compileGlob('module.workers').matchesWithin('module.workers.x\ny', '.[')).toBe(false);
  });
});

describe('glob bombs', () => {
  // As a RegExp this glob took about 10 s against 80 characters, growing with the sixth power of the length.
  const bomb = '*a*a*a*a*a*ab';
  const name = 'a'.repeat(200);

  it('a suppression glob with six wildcards against a 200-character node name is decided at once', () => {
    const suppressed = suppressor([{ rule: 'route-stale', target: bomb, from: '.hostgw-preflight.yml' }]);
    const started = Date.now();
    expect(suppressed(finding(name))).toBe(false);
    expect(suppressed(finding(`${name}b`))).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000); // a sanity bound: the backtracking version ran for minutes
  });

  it('node selectors with six wildcards against a long address, tag key and value are decided at once', () => {
    const machine = { address: `module.${name}`, labels: { [name]: name }, networkTags: [name] };
    const started = Date.now();
    expect(
      selectNodes(
        [machine],
        [
          parseNodeSelector(`module.${bomb}`),
          parseNodeSelector(`tag:${bomb}`),
          parseNodeSelector(`tag:${bomb}=${bomb}`),
        ],
      ).size,
    ).toBe(0);
    expect(selectNodes([machine], [parseNodeSelector(`tag:${bomb.slice(0, -1)}`)]).size).toBe(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
