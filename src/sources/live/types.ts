import type { Provider } from '../../model/provider.js';
import type { DataKind, Gap } from '../../model/snapshot.js';

/** Where to read a live cluster and its cloud from; every field is optional and falls back to the environment. */
export interface LiveOptions {
  /** A kubeconfig file path, or the file's content (as passed from a secret). */
  readonly kubeconfig?: string;
  readonly context?: string;
  readonly provider?: Provider;
  readonly awsRegion?: string;
  readonly awsEndpoint?: string;
  readonly gcpProject?: string;
  readonly gcpEndpoint?: string;
  readonly azureSubscription?: string;
  readonly azureEndpoint?: string;
  readonly azureEnvironment?: AzureEnvironment;
  /** vCenter URL; GOVC_URL when absent. */
  readonly vsphereServer?: string;
  /** Total time budget for all API calls. */
  readonly timeoutMs: number;
  /** Progress lines for long runs ("reading instances… 3/5 pages"). */
  readonly log: (line: string) => void;
}

export type AzureEnvironment = 'AzurePublicCloud' | 'AzureChinaCloud' | 'AzureUSGovernment';

/** One document read from an API, in the exact shape the matching CLI prints, so file mode reads it unchanged. */
export interface Dump {
  /** File name under --save-snapshot: "nodes.json", "aws-instances.json"... */
  readonly name: string;
  readonly value: unknown;
  /**
   * The kinds of data the listing stands for. An empty listing has no content to be recognised by, yet "no route
   * tables" is itself a finding, not missing data.
   */
  readonly kinds?: readonly DataKind[];
}

export interface LiveResult {
  readonly dumps: readonly Dump[];
  /** What could not be read (permission denied, missing resource): check-incomplete, never a pass. */
  readonly gaps: readonly Gap[];
  /** API calls made, per provider, for the log and the benchmark. */
  readonly calls: Readonly<Record<string, number>>;
}

/** A cloud reader: given the nodes, fetches what the rules need about their machines and networks. */
export interface CloudReader {
  read(nodes: readonly LiveNode[], options: LiveOptions, budget: Budget): Promise<{ dumps: Dump[]; gaps: Gap[] }>;
}

/** The little the cloud readers need from each Kubernetes node. */
export interface LiveNode {
  readonly name: string;
  readonly providerId?: string;
  readonly internalIps: readonly string[];
}

export interface Budget {
  readonly deadline: number;
  count(provider: string): void;
}
