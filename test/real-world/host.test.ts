import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured as cli } from '../support/cli.js';

/**
 * The nodes' own address and route dumps, as `ip -json addr/route show` and Windows PowerShell 5.1's
 * `Get-NetIPAddress | ConvertTo-Json` and `Get-NetRoute | ConvertTo-Json` print them (see SOURCES.md). The file
 * names say nothing of the node (host-07…): the tool must match each dump by what it holds.
 *
 * Linux: three bare-metal nodes; bm-wrk-02 sits at 192.168.11.13/16, so it reaches the others on-link while their
 * /24s do not hold it; bm-cp-01 routes bm-wrk-01's pods via the router instead of via bm-wrk-01.
 */
const LINUX = 'test/real-world/host/linux';
const LINUX_INPUTS = [
  `${LINUX}/nodes.json`,
  'fixtures/baremetal/healthy/kube-flannel-cfg.yaml',
  ...['07', '08', '09'].flatMap((n) => [`${LINUX}/host-${n}-addr.json`, `${LINUX}/host-${n}-route.json`]),
];
const HEALTHY = ['nodes.json', 'kube-flannel-cfg.yaml', 'inventory.yaml'].map((f) => `fixtures/baremetal/healthy/${f}`);
const WINDOWS = ['win-node-addr.json', 'win-node-route.json'].map((f) => `test/real-world/host/windows/${f}`);

interface Finding {
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly node?: string;
  readonly resource?: string;
  readonly remediation: { readonly text: string; readonly command?: string };
}

async function findings(...files: string[]): Promise<Finding[]> {
  const result = await cli('check', ...files, '--format', 'json');
  expect(result.stderr).toBe('');
  return (JSON.parse(result.stdout) as { findings: Finding[] }).findings;
}

const of = (found: readonly Finding[], ruleId: string) => found.filter((f) => f.ruleId === ruleId);

describe('Linux nodes: ip -json addr show, checked on-link both ways', () => {
  it('reports each node whose /24 leaves out the node with the wider /16, and says the link works one way', async () => {
    const found = of(await findings(...LINUX_INPUTS), 'subnet-mismatch');
    expect(found.map((f) => [f.node, f.resource])).toEqual([
      ['bm-cp-01', 'ens192 192.168.10.0/24'],
      ['bm-wrk-01', 'ens192 192.168.10.0/24'],
    ]);
    expect(found[0]!.message).toContain('does not hold 1 peer node IP(s): bm-wrk-02 (192.168.11.13)');
    expect(found[0]!.message).toContain('bm-wrk-02 reaches bm-cp-01 on-link through a wider prefix');
    expect(found[0]!.severity).toBe('error');
  });

  it('takes the address dumps over the inventory: no subnet gap, no subnet-based finding', async () => {
    const found = await findings(...LINUX_INPUTS);
    expect(found.filter((f) => f.message.includes('subnet'))).toEqual([]);
    // Without the address dumps, the same nodes are a gap: the tool cannot tell their segments.
    const without = await findings(...LINUX_INPUTS.filter((f) => !f.endsWith('addr.json')));
    expect(of(without, 'check-incomplete').map((f) => f.message)).toContainEqual(
      expect.stringContaining('the subnet of 3 node(s) (bm-cp-01, bm-wrk-01, bm-wrk-02) is unknown'),
    );
  });
});

describe('Linux nodes: ip -json route show, route-not-installed', () => {
  it('names the peers whose pod CIDR a node does not route via the peer, and what the table has instead', async () => {
    const found = of(await findings(...LINUX_INPUTS), 'route-not-installed');
    // bm-wrk-02 is not on-link from the /24s of the others: subnet-mismatch reports it, this rule leaves it out.
    expect(found.map((f) => f.node)).toEqual(['bm-cp-01']);
    const [cp] = found;
    expect(cp!.message).toContain(
      'pod CIDRs of bm-wrk-01 (10.244.1.0/24 via 192.168.10.12; the table has 10.244.1.0/24 via 192.168.10.1 dev ens192):',
    );
    expect(cp!.message).not.toContain('bm-wrk-02');
    expect(cp!.remediation.command).toBe('ip route replace 10.244.1.0/24 via 192.168.10.12');
  });

  it('reports a peer that is not on-link once, by subnet-mismatch, never again as a missing route', async () => {
    const found = await findings(...LINUX_INPUTS);
    const aboutWrk02 = found.filter((f) => f.message.includes('bm-wrk-02 ('));
    expect(aboutWrk02.map((f) => [f.ruleId, f.node])).toEqual([
      ['subnet-mismatch', 'bm-cp-01'],
      ['subnet-mismatch', 'bm-wrk-01'],
    ]);
  });

  it('matches dumps by content: a machine that is no node is check-incomplete naming its file', async () => {
    const found = await findings(...LINUX_INPUTS, `${LINUX}/stray-addr.json`);
    const stray = found.filter((f) => f.ruleId === 'check-incomplete' && f.message.includes('stray-addr.json'));
    expect(stray).toHaveLength(1);
    expect(stray[0]!.message).toContain('holds no node InternalIP');
  });

  it('reports a gap, not a pass, for nodes whose route dump is missing while others have one', async () => {
    const found = await findings(...LINUX_INPUTS.filter((f) => !f.endsWith('host-08-route.json')));
    const gap = of(found, 'check-incomplete').filter((f) => f.message.includes('route dump'));
    expect(gap.map((f) => f.message)).toEqual([expect.stringContaining('no route dump matches 1 node(s) (bm-wrk-01)')]);
  });
});

describe('Windows nodes: Windows PowerShell 5.1 ConvertTo-Json (UTF-16 LE, BOM, CRLF, enums as numbers)', () => {
  it('reads a single-object address dump and an array route dump, matched by the /32 route of the node IP', async () => {
    const found = await findings(...HEALTHY, ...WINDOWS);
    const win = of(found, 'route-not-installed');
    expect(win.map((f) => f.node)).toEqual(['bm-win-01']);
    expect(win[0]!.message).toContain(
      'bm-wrk-02 (10.244.2.0/24 via 192.168.10.13; the table has default via 192.168.10.1 dev vEthernet (Ethernet))',
    );
    expect(win[0]!.message).not.toMatch(/bm-cp-01 \(|bm-wrk-01 \(/);
    expect(win[0]!.remediation.command).toBe(
      "New-NetRoute -DestinationPrefix 10.244.2.0/24 -NextHop 192.168.10.13 -InterfaceAlias 'vEthernet (Ethernet)'",
    );
    expect(of(found, 'subnet-mismatch')).toEqual([]);
    expect(found.filter((f) => f.message.includes('win-node-'))).toEqual([]);
  });

  it('counts only routes on the L2bridge vEthernet adapter that carries the node IP', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostnet-'));
    const routes = JSON.parse(
      readFileSync(WINDOWS[1]!)
        .toString('utf16le')
        .replace(/^\uFEFF/, ''),
    ) as Record<string, unknown>[];
    // The route to bm-cp-01's pods sits on a second adapter, as a hand-added route with the wrong -InterfaceIndex may.
    const moved = routes.find((route) => route.DestinationPrefix === '10.244.0.0/24')!;
    Object.assign(moved, { InterfaceAlias: 'Ethernet 2', InterfaceIndex: 12, ifIndex: 12 });
    const file = join(dir, 'routes.json');
    writeFileSync(file, Buffer.from(`\uFEFF${JSON.stringify(routes, null, 4).replace(/\n/g, '\r\n')}`, 'utf16le'));
    const found = of(await findings(...HEALTHY, WINDOWS[0]!, file), 'route-not-installed');
    expect(found.map((f) => f.node)).toEqual(['bm-win-01']);
    expect(found[0]!.message).toContain(
      'bm-cp-01 (10.244.0.0/24 via 192.168.10.11; the table has 10.244.0.0/24 via 192.168.10.11 dev Ethernet 2)',
    );
  });

  it('reads the same dump written as UTF-16 BE with a BOM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostnet-'));
    const le = readFileSync(WINDOWS[1]!);
    const file = join(dir, 'routes.json');
    writeFileSync(file, Buffer.from(le).swap16());
    const found = of(await findings(...HEALTHY, WINDOWS[0]!, file), 'route-not-installed');
    expect(found.map((f) => f.node)).toEqual(['bm-win-01']);
  });
});

describe('bad host dumps', () => {
  it('refuses an address without a valid prefix length: one line naming the file and line, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostnet-'));
    const file = join(dir, 'addr.json');
    const links = JSON.parse(readFileSync(`${LINUX}/host-07-addr.json`, 'utf8')) as { addr_info: object[] }[];
    links[1]!.addr_info[0] = { family: 'inet', local: '192.168.10.11', prefixlen: '24x', scope: 'global' };
    writeFileSync(file, JSON.stringify(links, null, 2));
    const result = await cli('check', `${LINUX}/nodes.json`, file, '--format', 'json');
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/addr\.json:\d+:\d+: .*prefix length "24x" is not valid for 192\.168\.10\.11/);
  });

  it('a route dump that two nodes could own is check-incomplete naming both, never given to either', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostnet-'));
    const file = join(dir, 'routes.json');
    const both = [
      { dst: '192.168.10.0/24', dev: 'ens192', protocol: 'kernel', scope: 'link', prefsrc: '192.168.10.11', flags: [] },
      { dst: '192.168.10.0/24', dev: 'ens193', protocol: 'kernel', scope: 'link', prefsrc: '192.168.10.12', flags: [] },
    ];
    writeFileSync(file, JSON.stringify(both));
    const found = await findings(`${LINUX}/nodes.json`, file);
    expect(of(found, 'check-incomplete').map((f) => f.message)).toContainEqual(
      expect.stringContaining('matches several nodes (bm-cp-01, bm-wrk-01)'),
    );
    expect(of(found, 'route-not-installed')).toEqual([]);
  });
});
