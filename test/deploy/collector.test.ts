import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

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
