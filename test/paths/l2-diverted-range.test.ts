import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/engine/check.js';
import { pathContextOf } from '../../src/engine/explain.js';
import { hostRoute } from '../../src/paths/checks/host-route.js';
import type { Json } from '../rules/helpers.js';
import { contextOf, disagreements } from './agreement.js';
import { checkFiles, failing, hop, traceOf } from './l2-support.js';

const HOST = 'test/real-world/host/linux';
const DIVERTING = { dst: '10.244.1.128/25', gateway: '192.168.10.1', dev: 'ens192', flags: [] };

let dir: string;
let result: CheckResult;

/**
 * The three bare-metal host dumps, with bm-cp-01's table (host-07) repaired to route bm-wrk-01's pods via
 * bm-wrk-01, and given the extra routes: a /25 of those pods via the router unless told otherwise.
 */
async function withTableOfCp01(...extra: Json[]): Promise<CheckResult> {
  const routes = JSON.parse(await readFile(`${HOST}/host-07-route.json`, 'utf8')) as Json[];
  const own = routes.find((route) => route.dst === '10.244.1.0/24')!;
  own.gateway = '192.168.10.12';
  routes.splice(2, 0, ...(extra.length > 0 ? extra : [DIVERTING]));
  const file = join(dir, `host-07-route-${extra.length}.json`);
  await writeFile(file, JSON.stringify(routes));
  const dumps = ['07', '08', '09'].flatMap((n) => [`${HOST}/host-${n}-addr.json`, `${HOST}/host-${n}-route.json`]);
  const files = [`${HOST}/nodes.json`, 'fixtures/baremetal/healthy/kube-flannel-cfg.yaml', ...dumps];
  return await checkFiles(...files.filter((f) => !f.endsWith('host-07-route.json')), file);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'explain-diverted-'));
  result = await withTableOfCp01();
});
afterAll(async () => await rm(dir, { recursive: true, force: true }));

describe("explain where a more specific kernel route takes part of a peer's pod CIDR elsewhere", () => {
  it('drops the whole node, naming the diverted range, what it goes to and the route to delete', () => {
    const trace = traceOf(result, 'bm-cp-01', 'bm-wrk-01');
    expect([trace.verdict, failing(trace)]).toEqual(['dropped', ['forward route-lookup false route-not-installed']]);
    const route = hop(trace, 'forward', 'route-lookup');
    expect(route.detail).toBe(
      "bm-cp-01's kernel table sends part of bm-wrk-01's pods elsewhere: 10.244.1.128/25 of 10.244.1.0/24 goes via 192.168.10.1 dev ens192, not via 192.168.10.12",
    );
    expect(route.remediation?.command).toBe('ip route del 10.244.1.128/25 via 192.168.10.1 dev ens192');
  });

  it('delivers a pod IP outside the diverted range and drops one inside it', () => {
    expect(traceOf(result, 'bm-cp-01', '10.244.1.5').verdict).toBe('delivered');
    const inside = traceOf(result, 'bm-cp-01', '10.244.1.200');
    expect([inside.verdict, failing(inside)]).toEqual(['dropped', ['forward route-lookup false route-not-installed']]);
    expect(hop(inside, 'forward', 'route-lookup').detail).toBe(
      "bm-cp-01's kernel sends 10.244.1.200 by 10.244.1.128/25 via 192.168.10.1 dev ens192, more specific than 10.244.1.0/24 via 192.168.10.12",
    );
  });

  it('has the rule report it on the node, and the blocks drop the same pair as explain', () => {
    const found = result.report.findings.filter((finding) => finding.ruleId === 'route-not-installed');
    expect(found.map((finding) => [finding.node, finding.message])).toEqual([
      [
        'bm-cp-01',
        "node bm-cp-01's kernel route table sends part of the pod CIDRs of bm-wrk-01 (10.244.1.128/25 of 10.244.1.0/24 goes via 192.168.10.1 dev ens192) elsewhere than the peer: pods on bm-cp-01 cannot reach the pods in those ranges directly",
      ],
    ]);
    const context = pathContextOf(result, { strict: false });
    expect(hostRoute.blocks(context)).toEqual([
      expect.objectContaining({ ok: false, ruleId: 'route-not-installed', from: ['bm-cp-01'], to: ['bm-wrk-01'] }),
    ]);
    expect(disagreements(contextOf(result.snapshot, result.report.findings))).toEqual([]);
  });

  it('delivers when the more specific routes still go via the peer, or ones via it cover the diverting one', async () => {
    const covered = await withTableOfCp01(
      { ...DIVERTING, dst: '10.244.1.0/25', gateway: '192.168.10.12' },
      DIVERTING,
      ...['10.244.1.128/26', '10.244.1.192/26'].map((dst) => ({ ...DIVERTING, dst, gateway: '192.168.10.12' })),
    );
    expect(traceOf(covered, 'bm-cp-01', 'bm-wrk-01').verdict).toBe('delivered');
    expect(covered.report.findings.filter((finding) => finding.ruleId === 'route-not-installed')).toEqual([]);
  });
});
