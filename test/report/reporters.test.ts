import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, renderers } from '../../src/report/index.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown, renderMarkdownLimited } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import type { Report } from '../../src/report/types.js';
import type { RuleMeta } from '../../src/rules/types.js';
import type { Finding, Severity } from '../../src/model/finding.js';

const INFO = 'https://github.com/example/hostgw-preflight';
const plain = { color: false };
const ESC = '\u001b';

function rule(id: string, title: string, severity: Severity): RuleMeta {
  return {
    id,
    title,
    severity,
    description: `${title}: host-gw traffic is dropped.`,
    remediation: `Fix ${id}.`,
    docsUrl: `docs/rules.md#${id}`,
    docs: { summary: title, providers: ['aws'], checks: [], needs: [], remediation: [], fix: [] },
  };
}

const RULES: RuleMeta[] = [
  rule('forwarding-disabled', 'IP forwarding disabled on the node interface', 'error'),
  rule('subnet-mismatch', 'Nodes are not in the same subnet', 'error'),
  rule('route-missing', 'No route for a pod CIDR', 'error'),
  rule('route-wrong-next-hop', 'Pod CIDR route points at the wrong node', 'error'),
  rule('route-not-applied', 'Route does not apply to the node', 'error'),
  rule('route-shadowed', 'Route is shadowed by a more specific one', 'warning'),
  rule('route-stale', 'Route to a node that no longer exists', 'warning'),
  rule('route-capacity', 'Route quota nearly exhausted', 'warning'),
  rule('pod-cidr-missing', 'Node has no pod CIDR', 'error'),
  rule('pod-cidr-overlap', 'Pod CIDR overlaps the VPC', 'warning'),
  rule('backend-mismatch', 'Flannel backend is not host-gw', 'error'),
  rule('check-incomplete', 'A check could not run', 'note'),
];

const GCE_JSON = path.join(process.cwd(), 'fixtures', 'gce.json');

const FINDINGS: Finding[] = [
  {
    ruleId: 'pod-cidr-overlap',
    severity: 'warning',
    message: 'Pod CIDR 10.128.0.0/24 of node-a overlaps subnet default (10.128.0.0/20)',
    node: 'node-a',
    provider: 'gce',
    fingerprint: 'fp1',
    baselined: false,
    remediation: { text: 'Choose a cluster CIDR outside the VPC ranges.' },
    location: { file: 'fixtures/nodes.yaml', line: 30, column: 5 },
  },
  {
    ruleId: 'route-missing',
    severity: 'error',
    message: 'No route sends 10.244.0.0/24 to node-a',
    node: 'node-a',
    provider: 'gce',
    fingerprint: 'fp2',
    baselined: false,
    remediation: {
      text: 'Create a route with the node as next hop.',
      command:
        'gcloud compute routes create k8s-node-a --network=default --destination-range=10.244.0.0/24 --next-hop-instance=node-a --next-hop-instance-zone=us-central1-a',
    },
  },
  {
    ruleId: 'forwarding-disabled',
    severity: 'error',
    message: 'canIpForward is false on node-b',
    node: 'node-b',
    resource: 'instances/node-b',
    provider: 'gce',
    fingerprint: 'fp3',
    baselined: false,
    remediation: {
      text: 'canIpForward can only be set at creation; recreate the instance.',
      command: 'gcloud compute instances create node-b --can-ip-forward --zone=us-central1-a',
    },
    location: { file: GCE_JSON, line: 12, column: 3 },
  },
  {
    ruleId: 'route-wrong-next-hop',
    severity: 'error',
    message: 'Route k8s-node-c sends 10.244.2.0/24 to node-b instead of node-c',
    node: 'node-c',
    resource: 'routes/k8s-node-c',
    provider: 'gce',
    fingerprint: 'fp4',
    baselined: false,
    remediation: {
      text: 'Replace the route.',
      command: 'gcloud compute routes delete k8s-node-c',
    },
    location: { file: 'fixtures/gce.json', line: 42, column: 7 },
  },
  {
    ruleId: 'check-incomplete',
    severity: 'note',
    message: 'Subnet <unknown> of nic0 | subnet-mismatch skipped',
    node: 'node-c',
    resource: 'nic0',
    provider: 'gce',
    fingerprint: 'fp5',
    baselined: false,
    remediation: { text: 'Include the subnetworks dump.' },
    location: { file: 'fixtures/gce.json', line: 50 },
  },
  {
    ruleId: 'route-stale',
    severity: 'warning',
    message: 'Route k8s-old-node points at an instance that is not a node',
    resource: 'routes/k8s-old-node',
    provider: 'gce',
    fingerprint: 'fp6',
    baselined: false,
    remediation: { text: 'Delete the route.', command: 'gcloud compute routes delete k8s-old-node' },
    location: { file: 'fixtures/gce.json', line: 88, column: 7 },
  },
];

function makeReport(overrides: Partial<Report> = {}): Report {
  return {
    tool: { name: 'hostgw-preflight', version: '0.1.0', informationUri: INFO },
    provider: 'gce',
    providerReason: 'all nodes have gce:// providerIDs',
    clusterCidrs: ['10.244.0.0/16'],
    findings: FINDINGS,
    nodes: [
      {
        name: 'node-a',
        os: 'linux',
        internalIps: ['10.128.0.2'],
        podCidrs: ['10.244.0.0/24'],
        forwarding: 'enabled',
        subnet: 'default',
        routes: 'missing',
        findings: 2,
      },
      {
        name: 'node-b',
        os: 'linux',
        internalIps: ['10.128.0.3'],
        podCidrs: ['10.244.1.0/24'],
        forwarding: 'disabled',
        subnet: 'default',
        routes: 'ok',
        findings: 1,
      },
      {
        name: 'node-c',
        os: 'windows',
        internalIps: ['10.128.0.4', 'fd00::4'],
        podCidrs: ['10.244.2.0/24'],
        forwarding: 'enabled',
        routes: 'wrong',
        findings: 2,
      },
    ],
    sources: [
      { file: 'fixtures/nodes.yaml', format: 'kubectl-nodes', items: 3 },
      { file: 'fixtures/gce.json', format: 'gcloud-compute', items: 7 },
    ],
    rules: RULES,
    summary: {
      nodes: 3,
      errors: 3,
      warnings: 2,
      notes: 1,
      suppressed: 1,
      baselined: 0,
      belowThreshold: 0,
      byRule: {
        'route-missing': 1,
        'forwarding-disabled': 1,
        'route-wrong-next-hop': 1,
        'pod-cidr-overlap': 1,
        'route-stale': 1,
        'check-incomplete': 1,
      },
      failOn: 'error',
      passed: false,
    },
    ...overrides,
  };
}

const cleanReport = makeReport({
  findings: [],
  summary: {
    nodes: 3,
    errors: 0,
    warnings: 0,
    notes: 0,
    suppressed: 0,
    baselined: 0,
    belowThreshold: 0,
    byRule: {},
    failOn: 'error',
    passed: true,
  },
});

describe('renderText', () => {
  const text = renderText(makeReport(), plain);
  const lines = text.split('\n');

  it('writes no ANSI escape without colour and colours severities with it', () => {
    expect(text.includes(ESC)).toBe(false);
    const colored = renderText(makeReport(), { color: true });
    expect(colored).toContain(`${ESC}[31merror  ${ESC}[39m`);
    expect(colored).toContain(`${ESC}[33mwarning${ESC}[39m`);
    expect(colored).toContain(`${ESC}[36mnote   ${ESC}[39m`);
    expect(colored.replace(/\u001b\[\d+m/g, '')).toBe(text);
  });

  it('prints the header with provider, CIDRs and sources', () => {
    expect(lines[0]).toBe('hostgw-preflight 0.1.0');
    expect(text).toContain('provider       gce (all nodes have gce:// providerIDs)');
    expect(text).toContain('cluster CIDRs  10.244.0.0/16');
    expect(text).toContain('nodes          3');
    expect(text).toContain('  fixtures/nodes.yaml  kubectl-nodes   3 items');
    expect(text).toContain('  fixtures/gce.json    gcloud-compute  7 items');
  });

  it('groups findings by node, sorted, with cluster-wide findings last', () => {
    const heading = (name: string) => lines.indexOf(name);
    expect(heading('node-a')).toBeGreaterThan(0);
    expect(heading('node-a')).toBeLessThan(heading('node-b'));
    expect(heading('node-b')).toBeLessThan(heading('node-c'));
    expect(heading('node-c')).toBeLessThan(heading('Cluster'));
    const at = (fragment: string) => lines.findIndex((line) => line.includes(fragment));
    expect(at('route-missing')).toBeLessThan(at('pod-cidr-overlap'));
    expect(at('pod-cidr-overlap')).toBeLessThan(heading('node-b'));
    expect(at('route-wrong-next-hop')).toBeLessThan(at('check-incomplete'));
    expect(at('route-stale')).toBeGreaterThan(heading('Cluster'));
  });

  it('shows the finding line, resource, location, remediation and command', () => {
    expect(text).toContain('  error    route-missing  No route sends 10.244.0.0/24 to node-a\n');
    expect(text).toContain('           resource: routes/k8s-node-c\n           at fixtures/gce.json:42:7\n');
    expect(text).toContain('           at fixtures/gce.json:50\n');
    expect(text).toContain('           Replace the route.\n           $ gcloud compute routes delete k8s-node-c\n');
    expect(text).toContain('$ gcloud compute routes create k8s-node-a --network=default');
  });

  it('ends with the verdict', () => {
    expect(lines.at(-2)).toBe('✖ 3 errors, 2 warnings, 1 note (fail-on: error) — FAILED (1 suppressed)');
    expect(text.endsWith('\n')).toBe(true);
    expect(renderText(cleanReport, plain).trimEnd().split('\n').at(-1)).toBe(
      '✔ no findings at or above error — passed',
    );
  });

  it('neutralises control characters from input files', () => {
    const hostile = makeReport({ findings: [{ ...FINDINGS[1]!, message: `evil ${ESC}[2J name` }] });
    const out = renderText(hostile, plain);
    expect(out.includes(ESC)).toBe(false);
    expect(out).toContain('evil \\x1b[2J name');
  });

  it('keeps a node name on its line and shows bidi marks escaped', () => {
    const name = 'k8s-lin-1\n✔ no findings at or above error — passed\u202e';
    const hostile = makeReport({ findings: [{ ...FINDINGS[1]!, node: name }] });
    const out = renderText(hostile, plain);
    expect(out).toContain('k8s-lin-1\\n✔ no findings at or above error — passed\\u202e');
    expect(out.split('\n').filter((line) => line.startsWith('✔'))).toEqual([]);
    expect(out.includes('\u202e')).toBe(false);
  });
});

describe('renderJson', () => {
  const report = makeReport();
  const json = renderJson(report, plain);
  const parsed = JSON.parse(json);

  it('has the documented top-level shape', () => {
    expect(json.endsWith('}\n')).toBe(true);
    expect(Object.keys(parsed)).toEqual([
      'version',
      'tool',
      'provider',
      'providerReason',
      'clusterCidrs',
      'summary',
      'findings',
      'nodes',
      'sources',
    ]);
    expect(parsed.version).toBe(1);
    expect(parsed.provider).toBe('gce');
    expect(parsed.summary.suppressed).toBe(1);
    expect(parsed.summary.passed).toBe(false);
  });

  it('round-trips findings, nodes and sources', () => {
    expect(parsed.findings).toEqual(report.findings);
    expect(parsed.nodes).toEqual(report.nodes);
    expect(parsed.sources).toEqual(report.sources);
    expect(parsed.summary).toEqual(report.summary);
    expect(Object.keys(parsed.findings[2])).toEqual([
      'ruleId',
      'severity',
      'message',
      'node',
      'resource',
      'provider',
      'remediation',
      'location',
      'fingerprint',
      'baselined',
    ]);
    expect('location' in parsed.findings[1]).toBe(false);
  });

  it('keeps key order independent of how objects were built', () => {
    const first = FINDINGS[0]!;
    const { location, remediation, ...rest } = first;
    const reordered: Finding = { location, remediation, ...rest };
    const byRule = { 'route-stale': 1, 'check-incomplete': 1 };
    const a = makeReport({ findings: [first], summary: { ...report.summary, byRule } });
    const b = makeReport({ findings: [reordered], summary: { ...report.summary, byRule: { ...byRule } } });
    expect(renderJson(a, plain)).toBe(renderJson(b, plain));
    expect(Object.keys(JSON.parse(renderJson(a, plain)).summary.byRule)).toEqual(['check-incomplete', 'route-stale']);
  });
});

describe('renderSarif', () => {
  const report = makeReport();
  const sarif = JSON.parse(renderSarif(report, plain));
  const run = sarif.runs[0];

  it('is a SARIF 2.1.0 log with one run and every rule', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(sarif.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('hostgw-preflight');
    expect(run.tool.driver.semanticVersion).toBe('0.1.0');
    expect(run.tool.driver.rules).toHaveLength(RULES.length);
    // Without a cluster name the workflow's upload-sarif `category` decides (it is ignored when this is set).
    expect(run).not.toHaveProperty('automationDetails');
    expect(run.properties).toMatchObject({ provider: 'gce', errors: 3, warnings: 2, notes: 1, suppressed: 1 });
  });

  it('keeps the clusters of a fleet apart by automationDetails when a cluster name is given', () => {
    const named = JSON.parse(renderSarif({ ...report, cluster: 'prod eu/1' }, plain)).runs[0];
    expect(named.automationDetails).toEqual({ id: 'hostgw-preflight/prod-eu-1/' });
  });

  it('describes rules', () => {
    const descriptor = run.tool.driver.rules[3];
    expect(descriptor.id).toBe('route-wrong-next-hop');
    expect(descriptor.name).toBe('RouteWrongNextHop');
    expect(descriptor.shortDescription.text).toBe('Pod CIDR route points at the wrong node');
    expect(descriptor.helpUri).toBe(`${INFO}/blob/main/docs/rules.md#route-wrong-next-hop`);
    expect(descriptor.help.markdown).toContain(
      `[Rule documentation](${INFO}/blob/main/docs/rules.md#route-wrong-next-hop)`,
    );
    expect(descriptor.defaultConfiguration.level).toBe('error');
    expect(descriptor.properties.tags).toEqual(['networking', 'flannel', 'host-gw']);
    const incomplete = run.tool.driver.rules.find((r: { id: string }) => r.id === 'check-incomplete');
    expect(incomplete.properties['problem.severity']).toBe('recommendation');
    expect(incomplete.defaultConfiguration.level).toBe('note');
  });

  it('points every result at its rule and at least one location', () => {
    expect(run.results).toHaveLength(FINDINGS.length);
    run.results.forEach((result: any, i: number) => {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(result.level).toBe(FINDINGS[i]!.severity);
      expect(result.locations.length).toBeGreaterThanOrEqual(1);
      expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
      expect(result.locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
    });
    expect(run.results.map((r: { level: string }) => r.level)).toEqual([
      'warning',
      'error',
      'error',
      'error',
      'note',
      'warning',
    ]);
  });

  it('makes locations relative and falls back to the first source', () => {
    const [, missing, forwarding] = run.results;
    expect(forwarding.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'fixtures/gce.json', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 3 },
    });
    expect(missing.locations[0].physicalLocation.artifactLocation.uri).toBe('fixtures/nodes.yaml');
    expect(missing.locations[0].physicalLocation.region).toEqual({ startLine: 1 });
    const noSources = JSON.parse(renderSarif(makeReport({ sources: [] }), plain)).runs[0];
    expect(noSources.results[1].locations[0].physicalLocation.artifactLocation.uri).toBe('hostgw-preflight');
  });

  it('carries the command, a stable fingerprint and properties', () => {
    const missing = run.results[1];
    expect(missing.message.text).toBe(
      'No route sends 10.244.0.0/24 to node-a\nFix: gcloud compute routes create k8s-node-a --network=default --destination-range=10.244.0.0/24 --next-hop-instance=node-a --next-hop-instance-zone=us-central1-a',
    );
    expect(run.results[0].message.text).toBe(FINDINGS[0]!.message);
    expect(run.results[2].partialFingerprints).toEqual({ 'hostgwFinding/v1': FINDINGS[2]!.fingerprint });
    expect(run.results[2].baselineState).toBe('new');
    expect(run.results[2].properties).toEqual({ node: 'node-b', resource: 'instances/node-b', provider: 'gce' });
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(makeReport(), plain);

  it('opens with the verdict and counts', () => {
    expect(md.split('\n')[0]).toBe('## ❌ hostgw-preflight: failed');
    expect(md).toContain('**3** errors · **2** warnings · **1** note · 1 suppressed · fail-on: error');
    expect(md).toContain('Provider: **gce** (all nodes have `gce://` providerIDs)');
    expect(renderMarkdown(cleanReport, plain).split('\n')[0]).toBe('## ✅ hostgw-preflight: passed');
    const warned = makeReport({ summary: { ...makeReport().summary, passed: true, failOn: 'never' } });
    expect(renderMarkdown(warned, plain).split('\n')[0]).toBe(
      '## ⚠️ hostgw-preflight: passed with 3 errors, 2 warnings, 1 note',
    );
  });

  it('has the rule table with links, in severity order', () => {
    expect(md).toContain('| Rule | Title | Severity | Count |');
    expect(md).toContain(
      `| [\`route-missing\`](${INFO}/blob/main/docs/rules.md#route-missing) | No route for a pod CIDR | error | 1 |`,
    );
    const rows = md.split('\n').filter((line) => line.startsWith('| [`'));
    expect(rows.map((row) => row.slice(4, row.indexOf('`', 4)))).toEqual([
      'forwarding-disabled',
      'route-missing',
      'route-wrong-next-hop',
      'pod-cidr-overlap',
      'route-stale',
      'check-incomplete',
    ]);
  });

  it('has the node table', () => {
    expect(md).toContain('| Node | OS | Provider | IPs | Pod CIDRs | Forwarding | Subnet | Routes | Findings |');
    expect(md).toContain(
      '| `node-b` | `linux` | gce | `10.128.0.3` | `10.244.1.0/24` | disabled | `default` | ok | 1 |',
    );
    expect(md).toContain(
      '| `node-c` | `windows` | gce | `10.128.0.4`, `fd00::4` | `10.244.2.0/24` | enabled | — | wrong | 2 |',
    );
  });

  it('lists findings per rule in details blocks with commands', () => {
    expect(md.match(/<details>/g)).toHaveLength(6);
    expect(md).toContain('<summary><code>route-missing</code> — No route for a pod CIDR (1)</summary>');
    expect(md).toContain('- **`node-b`** · `instances/node-b`: canIpForward is false on node\\-b (`' + GCE_JSON);
    expect(md).toContain('- cluster · `routes/k8s-old-node`: Route `k8s-old-node` points');
    expect(md).toContain('  ```sh\n  gcloud compute routes delete k8s-old-node\n  ```');
  });

  it('puts names from user text in inline code, pipes as entities, line breaks escaped', () => {
    expect(md).toContain('Subnet `<unknown>` of <code>nic0 &#124;</code> subnet\\-mismatch skipped');
    const piped = makeReport({
      nodes: [{ ...makeReport().nodes[0]!, name: 'a|b', os: 'linux\nx' }],
    });
    expect(renderMarkdown(piped, plain)).toContain('| <code>a&#124;b</code> | `linux\\nx` |');
  });

  it('uses a longer fence when the command contains backticks', () => {
    const tricky = makeReport({
      findings: [{ ...FINDINGS[5]!, remediation: { text: '', command: 'echo ```' } }],
    });
    expect(renderMarkdown(tricky, plain)).toContain('  ````sh\n  echo ```\n  ````');
  });
});

describe('renderMarkdownLimited', () => {
  const report = makeReport();
  const full = renderMarkdown(report, plain);
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

  it('returns the full document when it fits', () => {
    expect(renderMarkdownLimited(report, plain, bytes(full))).toBe(full);
  });

  it('drops finding details from the end and keeps the tables', () => {
    const limit = 3000;
    expect(bytes(full)).toBeGreaterThan(limit);
    const limited = renderMarkdownLimited(report, plain, limit);
    expect(bytes(limited)).toBeLessThanOrEqual(limit);
    expect(limited).toContain('| Rule | Title | Severity | Count |');
    expect(limited).toContain('| `node-c` | `windows` |');
    expect(limited).toContain('<summary><code>forwarding-disabled</code>');
    expect(limited).not.toContain('<summary><code>check-incomplete</code>');
    const note = limited.match(/…(\d+) more findings not shown; see the JSON report/);
    expect(note).not.toBeNull();
    const shown = (limited.match(/^- /gm) ?? []).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown + Number(note![1])).toBe(FINDINGS.length);
  });

  it('drops node rows when even the tables do not fit', () => {
    const limit = 1725;
    const limited = renderMarkdownLimited(report, plain, limit);
    expect(bytes(limited)).toBeLessThanOrEqual(limit);
    expect(limited).toContain('| Rule | Title | Severity | Count |');
    expect(limited).toContain('| `node-a` | `linux` | gce |');
    expect(limited).not.toContain('| `node-b` |');
    expect(limited).toContain('_…2 more nodes not shown; see the JSON report_');
    expect(limited).toContain('_…6 more findings not shown; see the JSON report_');
    expect(limited).not.toContain('### Findings');
  });

  it('cuts a long fix plan by whole rows, saying how many steps are not shown and linking the full report', () => {
    const plan = Array.from({ length: 2000 }, (_, i) => ({
      action: 'gce-route-create',
      provider: 'gce',
      node: `node-${i}`,
      ruleId: 'route-missing',
      reason: 'no route',
      cli: `gcloud compute routes create hostgw-prod-${i} --destination-range 10.${i >> 8}.${i & 255}.0/24 --next-hop-instance node-${i}`,
      scope: 'node' as const,
      applies: true,
      actions: [],
      fingerprint: `p${i}`,
    }));
    const big = makeReport({ plan });
    const run = 'https://github.com/acme/infra/actions/runs/7001';
    const limited = renderMarkdownLimited(big, plain, 60 * 1024, run);
    expect(bytes(limited)).toBeLessThanOrEqual(60 * 1024);
    expect(bytes(renderMarkdown(big, plain))).toBeGreaterThan(60 * 1024);
    const rows = limited.split('\n').filter((line) => /^\| \d+ \| /.test(line));
    expect(rows.length).toBeGreaterThan(100);
    // Whole rows: every row ends its table cell, no code span left open.
    for (const row of rows) {
      expect(row.endsWith(' |')).toBe(true);
      expect((row.match(/`/g) ?? []).length % 2).toBe(0);
    }
    expect(limited).toContain(`_…${2000 - rows.length} more steps not shown; see the [full report](${run})_`);
    expect(limited).toContain('| Rule | Title | Severity | Count |');
  });

  it('never exceeds the limit', () => {
    expect(bytes(renderMarkdownLimited(report, plain, 100))).toBeLessThanOrEqual(100);
  });
});

describe('render', () => {
  it('dispatches on the format', () => {
    const report = makeReport();
    expect(Object.keys(renderers).sort()).toEqual(['json', 'markdown', 'sarif', 'text']);
    expect(render('json', report, plain)).toBe(renderJson(report, plain));
    expect(render('sarif', report, plain)).toBe(renderSarif(report, plain));
    expect(render('markdown', report, plain)).toBe(renderMarkdown(report, plain));
    expect(render('text', report, plain)).toBe(renderText(report, plain));
  });
});

describe('accepted findings (gate visibility)', () => {
  const accepted = [
    { source: '.hostgw-preflight.yml', kind: 'ignored', count: 3 },
    { source: '.hostgw-preflight.yml', kind: 'lowered', severity: 'warning', count: 1 },
    { source: 'hostgw-baseline.json', kind: 'baselined', count: 2 },
  ] as const;
  const report = makeReport({ accepted });

  it('carries them in the JSON report under a key of their own, after the summary', () => {
    const parsed = JSON.parse(renderJson(report, plain));
    expect(Object.keys(parsed).slice(5, 7)).toEqual(['summary', 'accepted']);
    expect(parsed.accepted).toEqual(accepted);
  });

  it('says so in one line of the markdown and text reports', () => {
    const line =
      '`.hostgw-preflight.yml` accepts 4 findings (3 ignored, 1 lowered to warning); baseline `hostgw-baseline.json` accepts 2.';
    expect(renderMarkdown(report, plain).split('\n')).toContain(`⚠️ ${line}`);
    expect(renderText(report, plain).split('\n')).toContain(`⚠ ${line.replace(/`/g, '')}`);
  });

  it('shows a hostile file name as inline code', () => {
    const md = renderMarkdown(
      makeReport({ accepted: [{ source: '@team <img src=x>', kind: 'ignored', count: 1 }] }),
      plain,
    );
    expect(md).toContain('⚠️ `@team <img src=x>` accepts 1 finding (1 ignored).');
  });

  it('writes nothing when nothing is accepted', () => {
    expect(renderMarkdown(makeReport({ accepted: [] }), plain)).not.toContain('accepts');
    expect(renderText(makeReport({ accepted: [] }), plain)).not.toContain('accepts');
  });
});
