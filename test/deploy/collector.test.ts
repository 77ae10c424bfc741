import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCliCaptured as cli } from '../support/cli.js';

const MANIFEST = 'deploy/host-network-collector.yaml';

interface Container {
  image: string;
  command: string[];
  securityContext: Record<string, unknown> & { capabilities: { drop: string[] } };
}

const daemonSet = parse(readFileSync(MANIFEST, 'utf8')) as {
  kind: string;
  spec: { template: { spec: Record<string, unknown> & { containers: Container[]; volumes?: unknown[] } } };
};
const pod = daemonSet.spec.template.spec;
const container = pod.containers[0]!;

describe('the host network collector DaemonSet', () => {
  it('sees the node network and nothing else: host network, no token, no volumes, no privileges', () => {
    expect(daemonSet.kind).toBe('DaemonSet');
    expect(pod.hostNetwork).toBe(true);
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.volumes).toBeUndefined();
    expect(pod.containers).toHaveLength(1);
    expect(container.securityContext).toMatchObject({
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    });
    expect(container.securityContext).not.toHaveProperty('privileged');
  });

  it('prints both dumps with iproute2 as YAML documents, from an image pinned by tag', () => {
    const script = container.command.at(-1)!;
    expect(script).toMatch(/echo ---; ip -json addr show; echo; echo ---; ip -json route show; echo;/);
    expect(container.image).toMatch(/:v\d+\.\d+/);
  });
});

describe("the collector's logs", () => {
  const LINUX = 'test/real-world/host/linux';
  const CLUSTER = [`${LINUX}/nodes.json`, 'fixtures/baremetal/healthy/kube-flannel-cfg.yaml'];

  /** What `kubectl logs` of one collector pod holds: the script's `---` lines around the two JSON dumps. */
  function podLog(n: string): string {
    const dump = (what: string) => readFileSync(`${LINUX}/host-${n}-${what}.json`, 'utf8').trim();
    return `---\n${dump('addr')}\n\n---\n${dump('route')}\n\n`;
  }

  async function findings(files: string[]): Promise<string[]> {
    const result = await cli('check', ...files, '--format', 'json');
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { findings: { ruleId: string; node?: string; message: string }[] };
    return report.findings.map((f) => `${f.ruleId} ${f.node} ${f.message}`);
  }

  it('are read as the separate dumps are, matched to their nodes by content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostgw-collector-'));
    const logs = ['07', '08', '09'].map((n, i) => {
      const file = join(dir, `hostgw-preflight-collector-${'abc'[i]}x9k2.yaml`);
      writeFileSync(file, podLog(n));
      return file;
    });
    const separate = ['07', '08', '09'].flatMap((n) => [
      `${LINUX}/host-${n}-addr.json`,
      `${LINUX}/host-${n}-route.json`,
    ]);
    const fromLogs = await findings([...CLUSTER, ...logs]);
    expect(fromLogs).toEqual(await findings([...CLUSTER, ...separate]));
    expect(fromLogs.some((f) => f.startsWith('route-not-installed bm-cp-01'))).toBe(true);
  });
});
