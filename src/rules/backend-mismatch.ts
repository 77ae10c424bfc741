import type { FindingDraft } from '../model/finding.js';
import { named } from '../model/names/index.js';
import { shell, withCommand } from '../model/shell.js';
import type { FlannelConfig } from '../model/snapshot.js';
import type { Topology } from '../model/topology.js';
import {
  defaultsNote,
  isFlannelBackend,
  kindOf,
  nodesRunning,
  remediationOf,
  type SourceKind,
} from './shared/backend-sources.js';
import type { Rule } from './types.js';

const HOST_GW = 'host-gw';
const ANNOTATION = 'flannel.alpha.coreos.com/backend-type';
/** A host-gw source that disagrees with what runs or with another source: a finding of its own identity. */
const DISAGREEMENT = 'disagreement';

/** The nodes that state what they run (the backend-type annotation), by backend, in the order of the nodes. */
function nodesByBackend(topology: Topology): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const view of topology.views) {
    const backend = view.node.backendType;
    if (backend === undefined) continue;
    const names = groups.get(backend) ?? groups.set(backend, []).get(backend)!;
    names.push(view.node.name);
  }
  return groups;
}

interface Evidence {
  /** What runs, in the words of the message: "nodes a, b and 3 more run vxlan (…)", "<source> runs vxlan". */
  readonly running: readonly string[];
  /** Other configurations that ask for something else. */
  readonly asked: readonly string[];
}

/** ", while all 3 nodes run host-gw (…): the next `rke up` switches them", or nothing when all agree. */
function against(config: FlannelConfig, kind: SourceKind, { running, asked }: Evidence): string {
  if (running.length === 0 && asked.length === 0) return '';
  const switches = !config.running && running.length > 0 ? `: ${kind.next} switches them` : '';
  return `, while ${[...running, ...asked].join('; ')}${switches}`;
}

/** 'sets the flannel backend to "vxlan", not "host-gw"'; for another CNI, 'deploys calico, not flannel with "host-gw"'. */
function claimOf(backend: string | undefined): string {
  return isFlannelBackend(backend)
    ? `sets the flannel backend to "${backend}", not "${HOST_GW}"`
    : `deploys ${backend}, not flannel with "${HOST_GW}"`;
}

/**
 * One finding per source that says something else than host-gw, or that disagrees with what runs or with an
 * earlier source, naming both. A source not on host-gw keeps the identity (resource) its finding always had.
 */
function sourceFinding(config: FlannelConfig, evidence: Evidence): FindingDraft | undefined {
  const kind = kindOf(config);
  const others = against(config, kind, evidence);
  const said = `${config.describedBy} ${config.running ? 'runs' : kind.verb} ${config.backendType}`;
  const defaults = defaultsNote(config, kind);
  if (config.backendType !== HOST_GW) {
    const rollout = !config.running && evidence.running.length > 0;
    return {
      resource: config.describedBy,
      message: `${config.describedBy} ${claimOf(config.backendType)}${defaults}${others}`,
      remediation: remediationOf(
        kind,
        rollout
          ? `${kind.set} before ${kind.next} switches the nodes to ${config.backendType}.`
          : `${kind.set}, then ${kind.apply}.`,
      ),
      origin: config.origin,
    };
  }
  if (others === '') return undefined;
  const text =
    evidence.running.length > 0 ? `Make the nodes take it: ${kind.apply}.` : 'Set the other sources to host-gw too.';
  return {
    resource: config.describedBy,
    key: DISAGREEMENT,
    message: `${said}${defaults}${others}`,
    // It already says host-gw: an edit command would point at the wrong step.
    remediation: { text, command: undefined },
    origin: config.origin,
  };
}

export const backendMismatch: Rule = {
  meta: {
    id: 'backend-mismatch',
    title: 'flannel is not configured for host-gw, or nodes disagree',
    severity: 'error',
    docsUrl: 'docs/rules.md#backend-mismatch',
    description:
      'These checks are for the host-gw backend (L2bridge on Windows). A flannel ConfigMap, RKE cluster.yml, Rancher cluster, k3s/RKE2 ' +
      'configuration or HelmChartConfig with another backend, or nodes whose flannel.alpha.coreos.com/backend-type annotation differs, ' +
      'mean the cluster runs something else, mixes backends that cannot reach each other, or switches at the next rollout.',
    remediation:
      'Set the backend to host-gw where the source keeps it (net-conf.json Backend.Type; RKE and Rancher: network.options.canal_flannel_backend_type or ' +
      'flannel_backend_type; k3s: flannel-backend; RKE2: the chart values), then roll it out (restart flannel, rke up, restart k3s/RKE2).',
    docs: {
      summary: 'flannel is not configured for host-gw, or nodes disagree',
      providers: ['aws', 'gce', 'azure', 'vsphere', 'baremetal'],
      checks: [
        'Every source of the flannel backend that says something other than `host-gw` is reported once: the flannel ConfigMap ' +
          '(`net-conf.json` `Backend.Type`), RKE `cluster.yml` and Rancher cluster config files and v3 API clusters ' +
          '(`network.options.canal_flannel_backend_type` for canal, `flannel_backend_type` for flannel), k3s and RKE2 ' +
          'configuration, `HelmChartConfig` values, the server arguments recorded on nodes, and an inventory.',
        "Where RKE's defaults were assumed they are named: a `cluster.yml` without `network.plugin` is canal, without the " +
          "plugin's backend option vxlan (RKE reads `flannel_backend_type` only for plugin flannel and " +
          '`canal_flannel_backend_type` only for canal), without `cluster_cidr` 10.42.0.0/16.',
        'What the nodes run wins over what a configuration asks for: the `flannel.alpha.coreos.com/backend-type` annotation ' +
          'and server arguments recorded on nodes are what the cluster does. A node running another backend than the ' +
          'configuration is reported on its own; any other disagreement between sources is reported once per ' +
          'source, naming both sides and grouping nodes ("nodes a, b and 3 more run vxlan"), with what would switch the ' +
          'nodes (restarting flannel, the next `rke up`, a restart of k3s).',
      ],
      needs: [
        'The nodes: `kubectl get nodes -o json` (or `-o yaml`), a native inventory, or live mode.',
        'The flannel configuration, when available: the flannel ConfigMap (`kubectl -n kube-flannel get cm kube-flannel-cfg -o yaml`), ' +
          "RKE `cluster.yml`, Rancher's cluster config file or `GET /v3/clusters/<id>`, k3s/RKE2 `config.yaml` or `HelmChartConfig`.",
      ],
      remediation: [
        'ConfigMap: set `"Backend": {"Type": "host-gw"}` (`kubectl edit configmap`) and restart the flannel DaemonSets (Linux and Windows).',
        'RKE: set `network.options.canal_flannel_backend_type: host-gw` (plugin canal) or `flannel_backend_type` (plugin flannel) in `cluster.yml`, then `rke up`.',
        'Rancher: edit the cluster (Edit Config, Edit as YAML) under `rancher_kubernetes_engine_config.network.options`, or `PUT /v3/clusters/<id>`.',
        'k3s: `flannel-backend: host-gw` in `config.yaml` and restart k3s; RKE2: `flannel.backend: host-gw` in a `HelmChartConfig` for rke2-canal or rke2-flannel.',
      ],
      fix: ['Manual: the plan says what a person must do; apply leaves it alone.'],
    },
  },
  *check({ snapshot, topology }) {
    const declared = snapshot.flannel.filter((config) => config.backendType !== undefined);
    // What the nodes run wins over what a configuration asks for: it is what the cluster does.
    const reference = declared.find((config) => config.running) ?? declared[0];
    const expected = reference?.backendType ?? HOST_GW;
    const nodes = nodesByBackend(topology);
    for (const [index, config] of declared.entries()) {
      const finding = sourceFinding(config, evidenceAgainst(index, declared, expected, nodes));
      if (finding) yield finding;
    }
    const configured = reference
      ? `${reference.describedBy} says "${expected}"`
      : `the cluster is configured for "${expected}"`;
    for (const view of topology.views) {
      const actual = view.node.backendType;
      // A node still on host-gw is where the cluster should be; the source's own findings cover the cluster.
      if (actual === undefined || actual === expected || actual === HOST_GW) continue;
      yield {
        node: view.node.name,
        message: `node ${view.node.name} runs flannel backend "${actual}" (annotation ${ANNOTATION}) but ${configured}`,
        remediation: withCommand(
          {
            text: `Restart flannel on ${view.node.name} so it picks up the configured backend (on Windows, also check the flannel config on the host).`,
          },
          // A valid node name is one plain word, so it can follow "spec.nodeName=" inside the selector word.
          shell`kubectl -n kube-flannel delete pod --field-selector spec.nodeName=${named('kubernetes-node', view.node.name)} -l app=flannel`,
        ),
        origin: view.node.origin,
      };
    }
  },
  *gaps({ snapshot, topology }) {
    const backendKnown =
      snapshot.flannel.some((config) => config.backendType) || topology.views.some((view) => view.node.backendType);
    // Planned nodes (infrastructure code only) run no flannel yet: the backend matters once real nodes are checked.
    if (backendKnown || !topology.views.some((view) => !view.node.planned)) return;
    yield {
      message: 'the flannel backend is unknown (no flannel ConfigMap, no backend-type annotation on any node)',
      remediation: { text: 'Add the flannel ConfigMap: kubectl -n kube-flannel get cm kube-flannel-cfg -o yaml.' },
    };
  },
};

/**
 * What disagrees with one source: what runs (node annotations, server arguments) and the sources before it, each
 * pair named once. Nodes already reported one by one are not named again.
 */
function evidenceAgainst(
  index: number,
  declared: readonly FlannelConfig[],
  expected: string,
  nodes: ReadonlyMap<string, readonly string[]>,
): Evidence {
  const config = declared[index]!;
  const backend = config.backendType!;
  const annotated = [...nodes.values()].reduce((sum, names) => sum + names.length, 0);
  const running: string[] = [];
  for (const [actual, names] of nodes) {
    // Nodes on neither host-gw nor the expected backend have findings of their own, comparing them with it.
    const reportedPerNode = backend === expected && actual !== HOST_GW;
    if (actual !== backend && !reportedPerNode)
      running.push(`${nodesRunning(names, actual, annotated)} (${ANNOTATION})`);
  }
  const asked: string[] = [];
  for (const [other, source] of declared.entries()) {
    if (other === index || source.backendType === backend) continue;
    // A configuration names what runs; among sources of one kind, the later names the earlier.
    if (source.running && (!config.running || other < index))
      running.push(`${source.describedBy} runs ${source.backendType}`);
    else if (!source.running && !config.running && other < index)
      asked.push(`${source.describedBy} ${kindOf(source).verb} ${source.backendType}`);
  }
  return { running, asked };
}
