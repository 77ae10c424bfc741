import { compileGlob, type Glob } from '../../model/glob.js';
import type { TfMachine } from './model.js';

/**
 * Which Terraform machines are Kubernetes nodes. `--node-selector` names them by resource address glob
 * (`module.workers.aws_instance.node[*]`, `module.workers`) or by tag (`tag:Key=Value`, `tag:Key`, GCE network tags
 * too); without one, the machines that follow a Kubernetes tagging convention, or all machines when none does.
 */

export type NodeSelector =
  | { readonly kind: 'address'; readonly text: string; readonly pattern: Glob }
  | { readonly kind: 'tag'; readonly text: string; readonly key: Glob; readonly value?: Glob };

/** After an address, what starts something inside it: `.` a module's resource, `[` a count/for_each instance. */
const INSIDE_ADDRESS = '.[';

/** Parses one selector; throws an Error whose message says what is wrong. */
export function parseNodeSelector(text: string): NodeSelector {
  const trimmed = text.trim();
  if (trimmed === '') throw new Error('empty node selector');
  if (trimmed.startsWith('tag:')) {
    const body = trimmed.slice(4);
    const equals = body.indexOf('=');
    const key = equals < 0 ? body : body.slice(0, equals);
    if (key.trim() === '') throw new Error(`${JSON.stringify(text)}: tag selectors are tag:KEY or tag:KEY=VALUE`);
    return {
      kind: 'tag',
      text: trimmed,
      key: compileGlob(key.trim()),
      value: equals < 0 ? undefined : compileGlob(body.slice(equals + 1).trim()),
    };
  }
  if (/\s/.test(trimmed))
    throw new Error(`${JSON.stringify(text)}: a resource address has no spaces (use tag:KEY=VALUE for tags)`);
  // A resource or module address also selects everything inside it: its count/for_each instances, a module's resources.
  return { kind: 'address', text: trimmed, pattern: compileGlob(trimmed) };
}

export function selects(
  selector: NodeSelector,
  machine: Pick<TfMachine, 'address' | 'labels' | 'networkTags'>,
): boolean {
  if (selector.kind === 'address') return selector.pattern.matchesWithin(machine.address, INSIDE_ADDRESS);
  const labelled = Object.entries(machine.labels).some(
    ([key, value]) => selector.key.matches(key) && (!selector.value || selector.value.matches(value)),
  );
  // GCE network tags are bare words: tag:k8s-node.
  return labelled || (!selector.value && machine.networkTags.some((tag) => selector.key.matches(tag)));
}

/** Tag and label keys, and GCE network tags, that mark Kubernetes nodes in common setups. */
const CONVENTION_KEYS = [
  /^kubernetes\.io\/cluster\/./, // AWS cloud provider, kops, Rancher, EKS-style self-managed
  /^k8s\.io\/cluster-autoscaler\/./, // cluster-autoscaler auto-discovery tags on auto scaling groups
  /^k8s\.io\/role\/node$/,
  /^kubernetes\.io\/role\/node$/,
  /^(k8s|kubernetes)[-_]cluster([-_]name)?$/i, // GCE labels and Azure tags cannot hold "/" or "."
  /^k8s-azure-cluster-name$/,
  /^goog-k8s-cluster-name$/,
];
const CONVENTION_NETWORK_TAG = /(^|-)(k8s|kubernetes)-(node|worker|master|control-plane)s?($|-)/;

export function conventional(machine: Pick<TfMachine, 'labels' | 'networkTags'>): boolean {
  return (
    Object.keys(machine.labels).some((key) => CONVENTION_KEYS.some((pattern) => pattern.test(key))) ||
    machine.networkTags.some((tag) => CONVENTION_NETWORK_TAG.test(tag))
  );
}

/**
 * The machines that are nodes: those the selectors select; without selectors, the conventionally tagged ones, or
 * every machine when none is tagged so.
 */
export function selectNodes<T extends Pick<TfMachine, 'address' | 'labels' | 'networkTags'>>(
  machines: readonly T[],
  selectors: readonly NodeSelector[],
): Set<T> {
  if (selectors.length > 0)
    return new Set(machines.filter((machine) => selectors.some((selector) => selects(selector, machine))));
  const tagged = machines.filter(conventional);
  return new Set(tagged.length > 0 ? tagged : machines);
}
