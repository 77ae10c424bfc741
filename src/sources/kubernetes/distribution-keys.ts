/**
 * The flags of k3s and RKE2, which are also the keys of their flat `config.yaml` files (`flannel-backend: host-gw`).
 * Taken from RKE2's wrapper of the k3s commands (rancher/rke2 `pkg/cli/cmds/server.go` and `agent.go`): it lists
 * every k3s flag and says which RKE2 drops, and adds RKE2's own (`cni`, `profile`, the image and pod-template
 * overrides). A file is told to be one or the other by the keys only one of them accepts.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Flags of both, as agent and server (an agent's config.yaml holds only these and the distribution's own). */
const SHARED_AGENT = words(`
  config debug v vmodule log alsologtostderr data-dir token token-file node-name with-node-id node-label node-taint
  image-credential-provider-bin-dir image-credential-provider-config container-runtime-endpoint
  disable-default-registry-endpoint nonroot-devices pause-image default-runtime private-registry node-ip
  node-external-ip node-internal-dns node-external-dns resolv-conf kubelet-arg kube-proxy-arg server
  protect-kernel-defaults snapshotter selinux lb-server-port airgap-extra-registry bind-address enable-pprof`);

/** Server flags of both. */
const SHARED_SERVER = words(`
  advertise-address tls-san tls-san-security disable-agent cluster-cidr service-cidr cluster-reset
  cluster-reset-restore-path cluster-dns cluster-domain write-kubeconfig write-kubeconfig-mode write-kubeconfig-group
  write-kubeconfig-name kube-apiserver-arg etcd-arg kube-scheduler-arg kube-controller-manager-arg
  kube-cloud-controller-manager-arg datastore-endpoint datastore-cafile datastore-certfile datastore-keyfile disable
  disable-scheduler disable-cloud-controller disable-kube-proxy disable-apiserver disable-controller-manager
  disable-etcd etcd-disable-snapshots etcd-snapshot-schedule-cron etcd-snapshot-reconcile-interval
  etcd-snapshot-retention etcd-snapshot-dir etcd-snapshot-name etcd-snapshot-compress embedded-registry
  supervisor-metrics system-default-registry egress-selector-mode agent-token agent-token-file secrets-encryption
  secrets-encryption-provider service-node-port-range etcd-expose-metrics etcd-s3 etcd-s3-access-key etcd-s3-bucket
  etcd-s3-bucket-lookup-type etcd-s3-config-secret etcd-s3-endpoint etcd-s3-endpoint-ca etcd-s3-folder
  etcd-s3-insecure etcd-s3-proxy etcd-s3-region etcd-s3-secret-key etcd-s3-session-token etcd-s3-skip-ssl-verify
  etcd-s3-timeout etcd-s3-retention helm-job-image helm-controller-arg servicelb-namespace`);

/** k3s agent flags RKE2 drops. */
const K3S_AGENT = words(`
  docker image-service-endpoint disable-apiserver-lb flannel-iface flannel-conf flannel-cni-conf vpn-auth vpn-auth-file
  rootless prefer-bundled-bin`);

/** k3s server flags RKE2 drops: flannel is k3s's own, RKE2 deploys its CNI as a chart. */
const K3S_SERVER = words(`
  https-listen-port supervisor-port apiserver-port apiserver-bind-address advertise-port cluster-init flannel-backend
  flannel-ipv6-masq flannel-external-ip kube-controller-arg kube-cloud-controller-arg kine-tls
  default-local-storage-path disable-network-policy disable-helm-controller`);

const PER_COMPONENT = ['kube-apiserver', 'kube-scheduler', 'kube-controller-manager', 'kube-proxy', 'etcd'];

/** RKE2's flags of agents and servers (`commonFlag`): image and static-pod overrides, the CIS profile. */
const RKE2_AGENT = new Set([
  ...words(`
    runtime-image cloud-controller-manager-image kubelet-path cloud-provider-name cloud-provider-config
    node-name-from-cloud-provider-metadata profile audit-policy-file pod-security-admission-config-file
    control-plane-resource-requests control-plane-resource-limits control-plane-probe-configuration`),
  ...[...PER_COMPONENT, 'cloud-controller-manager'].flatMap((c) => [
    `${c}-image`,
    `${c}-extra-mount`,
    `${c}-extra-env`,
  ]),
]);

/** RKE2's server flags: the CNI and ingress charts to deploy. */
const RKE2_SERVER = words('cni ingress-controller enable-servicelb prime');

export type Distribution = 'k3s' | 'rke2' | 'k3s-or-rke2';

export interface ConfigKind {
  readonly distribution: Distribution;
  /** A server's file: the cluster-wide settings (flannel backend, CNI, cluster CIDR) are taken from servers only. */
  readonly server: boolean;
}

const KNOWN = [SHARED_AGENT, SHARED_SERVER, K3S_AGENT, K3S_SERVER, RKE2_AGENT, RKE2_SERVER];
const TOKENS = new Set(['token', 'token-file', 'agent-token', 'agent-token-file']);

const FLAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A config file key: a flag name, optionally with `+` to append to a list set by an earlier file. */
function flagOf(key: string): string | undefined {
  const name = key.endsWith('+') ? key.slice(0, -1) : key;
  return FLAG.test(name) ? name : undefined;
}

function isScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** Values are flag values: scalars, or lists of them for repeatable flags. */
function isFlagValue(value: unknown): boolean {
  return isScalar(value) || (Array.isArray(value) && value.every(isScalar));
}

const has = (flags: readonly string[], set: ReadonlySet<string>): boolean => flags.some((flag) => set.has(flag));

/** Values of `disable` that name one distribution's packaged components. */
function disabledOf(value: unknown): { k3s: boolean; rke2: boolean } {
  const items = (Array.isArray(value) ? value : [value]).flatMap((item) =>
    typeof item === 'string' ? item.split(',') : [],
  );
  return {
    k3s: items.some((item) => ['traefik', 'servicelb', 'local-storage', 'coredns', 'metrics-server'].includes(item)),
    rke2: items.some((item) => item.startsWith('rke2-')),
  };
}

/**
 * What a flat YAML mapping is, when it is a k3s or RKE2 `config.yaml`: every key a flag name with a flag's value,
 * most keys flags one of them knows (newer releases add some), and at least one that says so: a key only one of
 * them accepts, or only known keys, at least two, one of which only a server takes. An agent's file with only
 * shared keys is taken when it names the https URL of the server to join and a token, as agents' files do. A file
 * mixing keys only k3s accepts with keys only RKE2 accepts is neither.
 */
export function configKind(value: unknown): ConfigKind | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length === 0 || 'kind' in value || 'apiVersion' in value) return undefined;
  const flags: string[] = [];
  for (const [key, item] of entries) {
    const flag = flagOf(key);
    if (flag === undefined || !isFlagValue(item)) return undefined;
    flags.push(flag);
  }
  const disabled = disabledOf((value as Record<string, unknown>).disable);
  const k3s = has(flags, K3S_AGENT) || has(flags, K3S_SERVER) || disabled.k3s;
  const rke2 = has(flags, RKE2_AGENT) || has(flags, RKE2_SERVER) || disabled.rke2;
  if (k3s && rke2) return undefined;
  const known = flags.filter((flag) => KNOWN.some((set) => set.has(flag))).length;
  if (known * 2 < flags.length) return undefined;
  const server = has(flags, SHARED_SERVER) || has(flags, K3S_SERVER) || has(flags, RKE2_SERVER);
  if (k3s || rke2) return { distribution: k3s ? 'k3s' : 'rke2', server };
  // Only keys both accept: every key must be known, and there must be more to it than a pair of common words.
  if (known < flags.length || known < 2) return undefined;
  if (server) return { distribution: 'k3s-or-rke2', server };
  const config = value as Record<string, unknown>;
  const joins =
    typeof config.server === 'string' && config.server.startsWith('https://') && flags.some((f) => TOKENS.has(f));
  return joins ? { distribution: 'k3s-or-rke2', server: false } : undefined;
}

/** The value of a flag in a config file, with a `key+` appended to it as k3s does. */
export function configValues(config: Readonly<Record<string, unknown>>, flag: string): unknown[] {
  const values: unknown[] = [];
  for (const key of [flag, `${flag}+`]) {
    const value = config[key];
    if (Array.isArray(value)) values.push(...(value as unknown[]));
    else if (value !== undefined && value !== null) values.push(value);
  }
  return values;
}

/** Where a flag is set in a config file: its key, or its `key+` when only that is there. */
export function configKeyPath(config: Readonly<Record<string, unknown>>, flag: string): string[] {
  return [config[flag] === undefined && config[`${flag}+`] !== undefined ? `${flag}+` : flag];
}
