import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commentLines, planScript } from '../../src/fix/plan.js';
import { type PlanEntry } from '../../src/model/fix-spec.js';
import { NAME_RULES, nameProblem, named, validName, type NameKind } from '../../src/model/names/index.js';
import { escapeControls, hasControl, joinShell, quote, shell, withCommand } from '../../src/model/shell.js';

/** Strings as a dump can hold them: any code point but NUL (which no shell argument can carry), well-formed UTF-16. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const special = fc.constantFrom(
  '\n',
  '\r',
  '\t',
  "'",
  '"',
  '\\',
  '$',
  '`',
  ';',
  '-',
  ' ',
  '\u202e',
  '\u2066',
  '\u200b',
  '\ufeff',
  '\u2028',
  '!',
  '*',
  '~',
  '#',
);
const anyText = fc
  .string({
    unit: fc.oneof(
      special,
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
    ),
    maxLength: 24,
  })
  .filter((text) => !text.includes('\0') && !LONE_SURROGATE.test(text));

/** Runs one script printing each word as a NUL-terminated string: what the shell made of each quoted value. */
function shellWords(shellName: 'bash' | 'sh', words: readonly string[]): string[] {
  const script = words.map((word) => `printf '%s\\0' ${word}`).join('\n');
  const out = execFileSync(
    `/bin/${shellName}`,
    shellName === 'bash' ? ['--norc', '--noprofile', '-c', script] : ['-c', script],
    { env: { PATH: '/usr/bin:/bin' }, encoding: 'utf8' },
  );
  return out.split('\0').slice(0, -1);
}

describe('quote', () => {
  it.each(['bash', 'sh'] as const)(
    '%s reads every quoted string back as one word, byte for byte (fast-check)',
    (shellName) => {
      fc.assert(
        fc.property(fc.array(anyText, { minLength: 1, maxLength: 40 }), (values) => {
          expect(shellWords(shellName, values.map(quote))).toEqual(values);
        }),
        { seed: 1414, numRuns: 60 },
      );
    },
  );

  it('leaves plain words alone and quotes the rest', () => {
    expect(quote('eni-0a5b7c9d1e3f46802')).toBe('eni-0a5b7c9d1e3f46802');
    expect(quote('')).toBe("''");
    expect(quote("it's")).toBe("'it'\\''s'");
    expect(quote('$(touch x)')).toBe("'$(touch x)'");
  });
});

describe('escapeControls', () => {
  it('shows line breaks, bidi marks and zero-width characters as escapes', () => {
    expect(escapeControls('a\nb\rc\td')).toBe('a\\nb\\rc\\td');
    expect(escapeControls('x\u202ey\u2066z\u200b\ufeff\u2028\u0085\u007f\u0000')).toBe(
      'x\\u202ey\\u2066z\\u200b\\ufeff\\u2028\\u0085\\u007f\\u0000',
    );
    expect(escapeControls('plain ünïcode')).toBe('plain ünïcode');
  });

  it('never leaves a control character, and keeps every other character (fast-check)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const escaped = escapeControls(text);
        expect(hasControl(escaped)).toBe(false);
        expect(escaped.replace(/\\(u[0-9a-f]{4}|[nrt])/g, '')).toBe(
          text
            .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
            .replace(/\\(u[0-9a-f]{4}|[nrt])/g, ''),
        );
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});

describe('naming rules', () => {
  const valid: [NameKind, string][] = [
    ['kubernetes-node', 'ip-10-0-1-201.ec2.internal'],
    ['kubernetes-namespace', 'kube-flannel'],
    ['kubernetes-configmap', 'kube-flannel-cfg'],
    ['aws-instance', 'i-0b1c2d3e4f5a69780'],
    ['aws-eni', 'eni-0a5b7c9d'],
    ['aws-security-group', 'sg-0123456789abcdef0'],
    ['aws-network-acl', 'acl-0123abcd'],
    ['aws-region', 'us-gov-west-1'],
    ['aws-region', 'eu-central-2'],
    ['aws-config-rule', 'securityhub-ec2-enis-source-destination-check-enabled-0deac96e'],
    ['aws-account', '123456789012'],
    ['gce-instance', 'k8s-lin-1'],
    ['gce-project', 'acme-staging'],
    ['gce-project', 'example.com:acme-prod'],
    ['gce-zone', 'europe-west4-a'],
    ['gce-network-tag', 'linux-pool'],
    ['gce-service-account', 'stg-nodes@acme-staging.iam.gserviceaccount.com'],
    ['gce-policy-value', 'under:projects/acme-staging'],
    [
      'azure-resource-id',
      '/subscriptions/c2a7e5f1-8b3d-4a6c-9e0f-1d4b7a2c5e83/resourceGroups/k8s-prod(rg)/providers/Microsoft.Network/routeTables/t',
    ],
    ['azure-resource-group', 'k8s-prod(rg)'],
    ['azure-name', 'k8s-pod-routes'],
    ['azure-subscription', 'c2a7e5f1-8b3d-4a6c-9e0f-1d4b7a2c5e83'],
    ['ip-address', '10.0.1.7'],
    ['ip-address', 'fd00::7'],
  ];
  it.each(valid)('%s accepts %s', (kind, value) => {
    expect(validName(kind, value)).toBe(true);
  });

  const invalid: [NameKind, string][] = [
    ['kubernetes-node', 'node$(touch x)'],
    ['kubernetes-node', 'Node-1'],
    ['kubernetes-node', 'a'.repeat(254)],
    ['kubernetes-namespace', 'kube.flannel'],
    ['aws-eni', 'eni-0a5b7c9d;id'],
    ['aws-instance', 'i-0b1c2d3e4f5a6978\n'],
    ['aws-region', 'us-east-1$(id)'],
    ['aws-region', 'us-east-1 '],
    ['gce-instance', 'k8s-lin-1\u202e'],
    ['gce-project', 'p'],
    ['gce-zone', 'europe-west4-a;'],
    ['gce-network-tag', 'Linux'],
    ['gce-policy-value', 'projects/p/zones/z/instances/n\nEOF'],
    ['azure-resource-id', '/subscriptions/s/resourceGroups/rg/x y'],
    ['azure-name', 'name`id`'],
    ['ip-address', '10.0.1.7;id'],
    ['ip-address', '1.2.3'],
  ];
  it.each(invalid)('%s refuses %j', (kind, value) => {
    expect(validName(kind, value)).toBe(false);
  });

  it('refuses every value that could be read as an option, whatever the rule (fast-check)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(NAME_RULES) as NameKind[])), anyText, (kind, rest) => {
        expect(validName(kind, `-${rest}`)).toBe(false);
      }),
      { seed: 99, numRuns: 500 },
    );
  });

  it('accepts no shell metacharacter, quote, space or control character in any name (fast-check)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(NAME_RULES) as NameKind[])), anyText, (kind, value) => {
        if (validName(kind, value)) expect(value).toMatch(/^[A-Za-z0-9_.:@/()-]+$/);
      }),
      { seed: 5, numRuns: 2_000 },
    );
  });

  it('names the refused value with its control characters escaped, and shortens long ones', () => {
    expect(nameProblem('kubernetes-node', 'a\nb')).toBe(
      'the node name "a\\nb" is not a valid Kubernetes node name (a DNS-1123 subdomain)',
    );
    expect(nameProblem('kubernetes-node', 'ok')).toBeUndefined();
    expect(nameProblem('aws-region', `${'x'.repeat(200)};`)).toMatch(/^the region "x{80}…" is not a valid AWS region$/);
  });
});

describe('shell commands', () => {
  it('quotes interpolated strings, keeps validated names, and withholds the command when a name fails', () => {
    const good = shell`kubectl drain ${named('kubernetes-node', 'n1')} -p ${'{"a": 1}'} --limit ${3}`;
    expect(good.text).toBe(`kubectl drain n1 -p '{"a": 1}' --limit 3`);
    expect(withCommand({ text: 'Drain it.' }, good)).toEqual({ text: 'Drain it.', command: good.text });
    const bad = joinShell([good, shell`kubectl delete node ${named('kubernetes-node', 'n$(id)')}`], ' && ');
    expect(withCommand({ text: 'Drain it.' }, bad)).toEqual({
      text: 'Drain it. Command withheld: the node name "n$(id)" is not a valid Kubernetes node name (a DNS-1123 subdomain).',
    });
  });
});

describe('planScript', () => {
  const entry = (over: Partial<PlanEntry>): PlanEntry => ({
    action: 'manual',
    provider: 'gce',
    ruleId: 'route-stale',
    reason: 'r',
    cli: 'c',
    scope: 'manual',
    applies: false,
    actions: [],
    fingerprint: 'f',
    ...over,
  });

  it('keeps every line of a commented step a comment, whatever its text holds (fast-check)', () => {
    fc.assert(
      fc.property(
        anyText,
        anyText,
        fc.constantFrom('manual', 'network', 'prune', 'node') as fc.Arbitrary<PlanEntry['scope']>,
        (node, text, scope) => {
          const command = scope === 'manual' ? undefined : `gcloud compute routes delete ${text}`;
          const script = planScript([entry({ node, reason: text, cli: command ?? text, command, scope })]);
          const body = script.split('\n').slice(4);
          expect(hasControl(script.replace(/\n/g, ''))).toBe(false);
          const running = body.filter((line) => line !== '' && !line.startsWith('#'));
          // Only a node-scope command without control characters runs, and it is the command as given.
          if (scope === 'node' && !hasControl(command!)) expect(running).toEqual([command]);
          else expect(running).toEqual([]);
        },
      ),
      { seed: 3, numRuns: 1_000 },
    );
  });

  it('comments each line of a multi-line text', () => {
    expect(commentLines('a\nb\u202ec', '# ')).toEqual(['# a', '# b\\u202ec']);
  });
});
